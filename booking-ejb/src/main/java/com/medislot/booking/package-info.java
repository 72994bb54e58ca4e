/**
 * The booking core of Medislot: practitioners and their calendars, availability, booking, the
 * search read model, the slot cache and domain events. Each sub-package is one feature; its domain
 * types sit beside the adapters that store or transport them.
 */
package com.medislot.booking;
