/** The patient's appointments: book (idempotent), list, read. */
package com.medislot.web.appointment;
