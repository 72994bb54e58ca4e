package com.medislot.booking.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The bundled gazetteer, read once. */
@ApplicationScoped
public class GazetteerProducer {

  @Produces
  @Singleton
  Gazetteer gazetteer() {
    return Gazetteer.bundled();
  }
}
