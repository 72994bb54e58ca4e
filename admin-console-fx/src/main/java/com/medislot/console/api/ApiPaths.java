package com.medislot.console.api;

import java.net.URI;

/** Joins the configured base URL and an API path, whether or not the base ends with a slash. */
public final class ApiPaths {

  private ApiPaths() {}

  public static URI resolve(URI base, String path) {
    String text = base.toString();
    return URI.create(text.endsWith("/") ? text + path : text + "/" + path);
  }
}
