package io.github.eparcours.ror.fhir;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Bundle;

/**
 * One page of search results: the typed matches, the server's total and the link to the next
 * page.
 *
 * <p>Immutable (do not modify the Bundle returned by {@link #asFhir()}).
 *
 * @param <T> the view type
 * @since 0.1.0
 */
public final class SearchPage<T> {

  private final List<T> items;
  private final Bundle bundle;
  private final int number;

  /**
   * Creates a page.
   *
   * @param items the typed matches
   * @param bundle the Bundle they come from
   * @param number 1 for the first page
   */
  public SearchPage(List<T> items, Bundle bundle, int number) {
    this.items = List.copyOf(items);
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.number = number;
  }

  /**
   * Returns the matches of this page.
   *
   * @return the items
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the page number.
   *
   * @return 1 for the first page
   */
  public int number() {
    return number;
  }

  /**
   * Returns the number of matches of the whole search, when the server gives it.
   *
   * @return the total, or empty
   */
  public OptionalInt total() {
    return bundle.hasTotal() ? OptionalInt.of(bundle.getTotal()) : OptionalInt.empty();
  }

  /**
   * Returns the next page's link, as the server wrote it.
   *
   * @return the link, or empty on the last page
   */
  public Optional<URI> next() {
    Bundle.BundleLinkComponent link = bundle.getLink(Bundle.LINK_NEXT);
    if (link == null || !link.hasUrl() || link.getUrl().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(link.getUrl()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the Bundle (escape hatch; do not modify it).
   *
   * @return the Bundle
   */
  public Bundle asFhir() {
    return bundle;
  }

  @Override
  public String toString() {
    return "SearchPage[" + number + ", " + items.size() + " items]";
  }
}
