/**
 * Business failures the API turns into problem+json answers. Each is an EJB application exception
 * that rolls the transaction back, so nothing half-done is ever stored.
 */
package com.medislot.booking.errors;
