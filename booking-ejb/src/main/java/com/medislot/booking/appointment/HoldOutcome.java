package com.medislot.booking.appointment;

/**
 * The result of placing a hold: the hold, and whether an earlier call with the same key made it.
 */
public record HoldOutcome(HoldView hold, boolean replayed) {}
