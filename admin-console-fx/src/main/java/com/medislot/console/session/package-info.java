/** Who is signed in: the access token and what the console reads from it. */
package com.medislot.console.session;
