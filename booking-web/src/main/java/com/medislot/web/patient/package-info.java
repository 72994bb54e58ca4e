/** The signed-in patient's own data: the relatives the account books for. */
package com.medislot.web.patient;
