/**
 * Free slots as the patient sees them: computed by the pure availability engine from the live
 * calendar, precomputed for the next days into the distributed Infinispan cache, refreshed when an
 * event says a calendar changed, computed on demand on a miss.
 */
package com.medislot.booking.slots;
