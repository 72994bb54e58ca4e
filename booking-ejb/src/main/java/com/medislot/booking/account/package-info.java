/**
 * Accounts of every role (patient, staff, country admin, admin), registration and password checks.
 * Passwords are stored as PBKDF2 hashes from Jakarta Security.
 */
package com.medislot.booking.account;
