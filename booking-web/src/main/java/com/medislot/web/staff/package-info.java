/** Clinic staff's calendar API: calendar view, weekly template, exceptions. */
package com.medislot.web.staff;
