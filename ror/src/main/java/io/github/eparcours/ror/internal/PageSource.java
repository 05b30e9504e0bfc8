package io.github.eparcours.ror.internal;

import java.net.URI;
import org.hl7.fhir.r4.model.Bundle;

/** Fetches one search Bundle by URL (the first query, then next links verbatim). */
@FunctionalInterface
public interface PageSource {

  /**
   * Fetches a page.
   *
   * @param url the absolute URL
   * @return the Bundle
   * @throws io.github.eparcours.core.error.EparcoursException on any failure
   */
  Bundle fetch(URI url);
}
