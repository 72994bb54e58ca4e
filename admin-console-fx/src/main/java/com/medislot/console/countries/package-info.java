/**
 * The country administrators' screens: the live countries and the country file import wizard
 * (choose a file, see its errors or its diff against what is live, apply, see the result).
 */
package com.medislot.console.countries;
