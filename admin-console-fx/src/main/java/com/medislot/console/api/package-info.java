/**
 * Calls to the Medislot web API. Blocking by design: callers run them on a background executor,
 * never on the FX thread. Outcomes are values, not exceptions, so every screen handles every case.
 */
package com.medislot.console.api;
