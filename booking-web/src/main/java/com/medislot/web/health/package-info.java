/**
 * Health: MicroProfile Health checks (served by Payara at {@code /health}) and the same checks
 * under the API at {@code /api/v1/health}, {@code /live} and {@code /ready}.
 */
package com.medislot.web.health;
