package com.medislot.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's cursor codec, keyed by {@code medislot.search.cursor-key} (at least 32
 * characters; every node of a deployment needs the same). Without the setting a random key is drawn
 * at start: cursors then stop working at the next restart and on other nodes.
 */
@ApplicationScoped
public class SearchCursors {

  private static final Logger LOG = Logger.getLogger(SearchCursors.class.getName());

  @Inject
  @ConfigProperty(name = "medislot.search.cursor-key")
  Optional<String> configuredKey;

  private CursorCodec codec;

  @PostConstruct
  void init() {
    codec = new CursorCodec(keyBytes(configuredKey));
  }

  CursorCodec codec() {
    return codec;
  }

  static byte[] keyBytes(Optional<String> configured) {
    if (configured.isPresent() && !configured.get().isBlank()) {
      byte[] key = configured.get().strip().getBytes(StandardCharsets.UTF_8);
      if (key.length < CursorCodec.MIN_KEY_BYTES) {
        throw new IllegalStateException(
            "medislot.search.cursor-key must be at least "
                + CursorCodec.MIN_KEY_BYTES
                + " characters long");
      }
      return key;
    }
    LOG.warning(
        "medislot.search.cursor-key is not set: paging cursors are signed with a random key and"
            + " stop working after a restart and on other nodes");
    byte[] key = new byte[CursorCodec.MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
