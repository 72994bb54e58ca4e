/**
 * The people a patient account books for besides its holder (children, parents…), and their
 * ownership rules: a relative exists only for the account that added it.
 */
package com.medislot.booking.patient;
