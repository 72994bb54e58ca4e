package com.medislot.booking.search;

import com.medislot.booking.errors.BusinessException;
import java.util.List;

/** A place name or postcode the gazetteer does not know (HTTP 404), with the closest names. */
public class UnknownPlaceException extends BusinessException {

  private static final long serialVersionUID = 1L;
  private final List<String> suggestions;

  public UnknownPlaceException(String field, String query, List<String> suggestions) {
    super(field, "no known place is called " + query);
    this.suggestions = List.copyOf(suggestions);
  }

  /** Known names close to the one asked for, closest first; may be empty. */
  public List<String> suggestions() {
    return suggestions;
  }
}
