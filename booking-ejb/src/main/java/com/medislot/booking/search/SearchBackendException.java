package com.medislot.booking.search;

import jakarta.ejb.ApplicationException;

/**
 * The index or its backend failed to answer a search. An application exception, so that the
 * container hands it to the caller as it is, without logging a stack trace for each request while
 * the backend is away: {@link HotQueries} serves a stale answer or a 503 and says so in the log.
 */
@ApplicationException(rollback = true)
public class SearchBackendException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SearchBackendException(Throwable cause) {
    super("search backend failed: " + cause.getMessage(), cause);
  }
}
