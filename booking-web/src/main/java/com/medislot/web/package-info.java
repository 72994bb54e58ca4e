/** The public web API, version 1: JAX-RS resources, security and error answers. */
package com.medislot.web;
