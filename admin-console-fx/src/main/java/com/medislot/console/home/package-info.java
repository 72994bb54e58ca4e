/** The screen after sign-in: who is signed in, with which roles, and the known countries. */
package com.medislot.console.home;
