/** The sign-in screen: API address, email and password exchanged for a session. */
package com.medislot.console.login;
