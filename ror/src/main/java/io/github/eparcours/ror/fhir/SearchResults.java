package io.github.eparcours.ror.fhir;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.internal.PageSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The lazy result of a search: pages are fetched as the caller consumes them, by following the
 * server's {@code next} links verbatim.
 *
 * <p>Guards: a next link already followed in the same walk, or more than {@link #maxPages()}
 * pages, stops the walk with {@code ROR-0030} (a server bug must not loop forever); an empty
 * page ends the walk (and is reported to the listener when the announced total was not reached).
 *
 * <p>Each call to {@link #iterator()}, {@link #pages()} or {@link #stream()} starts a new walk
 * from the first page. An iterator is for one thread; the object itself is immutable and may be
 * shared.
 *
 * <pre>{@code
 * for (CareOffer offer : ror.searchOffers(query)) { ... }          // every match, lazily
 * List<CareOffer> first = ror.searchOffers(query).firstPage().items();
 * }</pre>
 *
 * @param <T> the view type
 * @since 0.1.0
 */
public final class SearchResults<T> implements Iterable<T> {

  /** Default page limit of one walk. */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  private final URI first;
  private final PageSource source;
  private final Function<Bundle, List<T>> mapper;
  private final SearchListener listener;
  private final int maxPages;

  /**
   * Creates lazy results (used by the clients).
   *
   * @param first the first page's URL
   * @param source fetches pages
   * @param mapper maps a Bundle to the page's views
   * @param listener progress listener
   * @param maxPages page limit of one walk
   */
  public SearchResults(URI first, PageSource source, Function<Bundle, List<T>> mapper,
      SearchListener listener, int maxPages) {
    this.first = Objects.requireNonNull(first, "first");
    this.source = Objects.requireNonNull(source, "source");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.maxPages = maxPages;
  }

  /**
   * Returns the URL of the first page.
   *
   * @return the URL
   */
  public URI firstUrl() {
    return first;
  }

  /**
   * Returns the page limit of one walk.
   *
   * @return the limit
   */
  public int maxPages() {
    return maxPages;
  }

  /**
   * Returns a copy reporting progress to {@code listener}.
   *
   * @param newListener the listener
   * @return the copy
   */
  public SearchResults<T> withListener(SearchListener newListener) {
    return new SearchResults<>(first, source, mapper, newListener, maxPages);
  }

  /**
   * Returns a copy with another page limit.
   *
   * @param newMaxPages at least 1
   * @return the copy
   */
  public SearchResults<T> withMaxPages(int newMaxPages) {
    if (newMaxPages < 1) {
      throw new EparcoursClientException(RorErrors.INVALID_QUERY,
          "Page limit refused: " + newMaxPages + "; give at least 1");
    }
    return new SearchResults<>(first, source, mapper, listener, newMaxPages);
  }

  /**
   * Fetches the first page only.
   *
   * @return the page
   * @throws io.github.eparcours.core.error.EparcoursException if the search fails
   */
  public SearchPage<T> firstPage() {
    return pages().next();
  }

  /**
   * Walks the pages lazily.
   *
   * @return an iterator over pages; its {@code next()} fetches
   */
  public Iterator<SearchPage<T>> pages() {
    return new PageIterator();
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<SearchPage<T>> pages = pages();
    return new Iterator<>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * Streams the matches lazily (sequential).
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Collects at most {@code limit} matches, fetching only the pages needed.
   *
   * @param limit the maximum
   * @return the matches
   */
  public List<T> toList(int limit) {
    List<T> out = new ArrayList<>();
    Iterator<T> it = iterator();
    while (out.size() < limit && it.hasNext()) {
      out.add(it.next());
    }
    return out;
  }

  private final class PageIterator implements Iterator<SearchPage<T>> {
    private URI nextUrl = first;
    private final Set<String> followed = new HashSet<>();
    private int number;
    private int items;
    private OptionalInt total = OptionalInt.empty();

    @Override
    public boolean hasNext() {
      return nextUrl != null;
    }

    @Override
    public SearchPage<T> next() {
      if (nextUrl == null) {
        throw new NoSuchElementException();
      }
      if (number >= maxPages) {
        throw new EparcoursClientException(RorErrors.PAGING_LOOP, "Paging stopped after "
            + maxPages + " pages: raise SearchResults.withMaxPages or narrow the search");
      }
      Bundle bundle = source.fetch(nextUrl);
      number++;
      SearchPage<T> page = new SearchPage<>(mapper.apply(bundle), bundle, number);
      items += page.items().size();
      if (number == 1) {
        total = page.total();
      }
      notify(page);
      URI following = page.next().orElse(null);
      if (following != null && !followed.add(following.toString())) {
        throw new EparcoursClientException(RorErrors.PAGING_LOOP, "Paging stopped: the server "
            + "sent a next link already followed (page " + number + "); the search cannot "
            + "progress, report it to the service operator");
      }
      if (page.items().isEmpty() && number > 1) {
        following = null;
      }
      if (following == null && total.isPresent() && items < total.getAsInt()) {
        try {
          listener.onIncomplete(items, total.getAsInt());
        } catch (RuntimeException ignored) {
          // A listener must not break the walk.
        }
      }
      nextUrl = following;
      return page;
    }

    private void notify(SearchPage<T> page) {
      try {
        listener.onPage(number, items, total);
      } catch (RuntimeException ignored) {
        // A listener must not break the walk.
      }
    }
  }
}
