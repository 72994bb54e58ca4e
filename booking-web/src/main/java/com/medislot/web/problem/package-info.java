/**
 * Every error answer is {@code application/problem+json} (RFC 9457): the mappers here turn business
 * refusals, malformed input and unexpected faults into problems, never a stack trace.
 */
package com.medislot.web.problem;
