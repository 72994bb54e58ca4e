/** Patient sign-up and token issuance. */
package com.medislot.web.auth;
