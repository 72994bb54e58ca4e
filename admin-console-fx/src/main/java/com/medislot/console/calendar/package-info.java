/**
 * The clinic staff's calendar screens: week and day views of a practitioner's calendar at one
 * location, in that location's time zone, with the dialogs that change it (exceptions, weekly
 * template, cancelling an appointment).
 */
package com.medislot.console.calendar;
