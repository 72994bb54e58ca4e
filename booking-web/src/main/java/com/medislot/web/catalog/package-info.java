/** Public catalogue: specialties and practitioner profiles with their free slots. */
package com.medislot.web.catalog;
