/**
 * Clinic staff's API: their practitioners, calendar view, weekly template, exceptions,
 * cancellations.
 */
package com.medislot.web.staff;
