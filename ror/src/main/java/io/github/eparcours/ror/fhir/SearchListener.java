package io.github.eparcours.ror.fhir;

import java.util.OptionalInt;

/**
 * Follows a long search walk (e.g. a region's whole offer): called once per page fetched.
 *
 * <p>Called on the thread that iterates. Implementations must be fast and must not throw; an
 * exception thrown by a listener is ignored.
 *
 * @since 0.1.0
 */
public interface SearchListener {

  /** A listener that does nothing. */
  SearchListener NONE = new SearchListener() {};

  /**
   * A page arrived.
   *
   * @param pageNumber 1 for the first page
   * @param itemsSoFar matches received so far, this page included
   * @param total the server's total, when it gave one
   */
  default void onPage(int pageNumber, int itemsSoFar, OptionalInt total) {}

  /**
   * The walk ended before the announced total: the server stopped giving pages (a known fault
   * of the Annuaire's next links on chained searches).
   *
   * @param itemsSoFar matches received
   * @param announcedTotal the total the first page announced
   */
  default void onIncomplete(int itemsSoFar, int announcedTotal) {}
}
