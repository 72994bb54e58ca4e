/**
 * Access tokens: issued here (RS256, signed with the key configured by {@code
 * medislot.jwt.private-key.location}) and verified by MicroProfile JWT on every request.
 */
package com.medislot.web.security;
