/**
 * The country administrators' API: the live countries and the country file import (validate,
 * preview, apply).
 */
package com.medislot.web.admin;
