/** {@code GET /search/practitioners}: geo search with filters and cursor paging. */
package com.medislot.web.search;
