/** Small helpers shared by the resources: strict parameter parsing and JSON writing. */
package com.medislot.web.support;
