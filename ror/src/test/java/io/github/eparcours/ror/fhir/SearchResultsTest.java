package io.github.eparcours.ror.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

class SearchResultsTest {

  private static Bundle page(int total, String next, String... names) {
    Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(total);
    for (String n : names) {
      b.addEntry().setResource(new Organization().setName(n));
    }
    if (next != null) {
      b.addLink().setRelation(Bundle.LINK_NEXT).setUrl(next);
    }
    return b;
  }

  private static SearchResults<String> results(java.util.function.Function<URI, Bundle> src,
      SearchListener listener) {
    return new SearchResults<>(URI.create("https://x/Organization"), src::apply,
        b -> b.getEntry().stream().map(e -> ((Organization) e.getResource()).getName()).toList(),
        listener, 100);
  }

  @Test
  void iterator_threePages_fetchesLazilyInOrder() {
    List<URI> fetched = new ArrayList<>();
    SearchResults<String> r = results(u -> {
      fetched.add(u);
      return switch (u.toString()) {
        case "https://x/Organization" -> page(5, "https://x/p2", "a", "b");
        case "https://x/p2" -> page(5, "https://x/p3", "c", "d");
        default -> page(5, null, "e");
      };
    }, SearchListener.NONE);

    var it = r.iterator();
    assertThat(it.next()).isEqualTo("a");
    assertThat(fetched).hasSize(1);
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(rest::add);
    assertThat(rest).containsExactly("b", "c", "d", "e");
    assertThat(fetched).extracting(URI::toString)
        .containsExactly("https://x/Organization", "https://x/p2", "https://x/p3");
  }

  @Test
  void pages_nextLinkSeenBefore_stopsWithPagingLoop() {
    SearchResults<String> r = results(u -> page(10, "https://x/p2", "a"), SearchListener.NONE);

    assertThatThrownBy(() -> r.stream().toList())
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.PAGING_LOOP));
  }

  @Test
  void pages_beyondMaxPages_stopsWithPagingLoop() {
    int[] n = {0};
    SearchResults<String> r = results(u -> page(1000, "https://x/p" + (++n[0]), "a"),
        SearchListener.NONE).withMaxPages(3);

    assertThatThrownBy(() -> r.stream().toList())
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.PAGING_LOOP));
  }

  @Test
  void pages_emptyPageBeforeTotal_endsAndReportsIncomplete() {
    int[] incomplete = {-1, -1};
    SearchListener l = new SearchListener() {
      @Override
      public void onIncomplete(int itemsSoFar, int announcedTotal) {
        incomplete[0] = itemsSoFar;
        incomplete[1] = announcedTotal;
      }

      @Override
      public void onPage(int pageNumber, int itemsSoFar, OptionalInt total) {
        throw new IllegalStateException("listeners must not break the walk");
      }
    };
    SearchResults<String> r = results(u -> u.toString().endsWith("Organization")
        ? page(4, "https://x/p2", "a", "b") : page(4, "https://x/p3"), l);

    assertThat(r.stream().toList()).containsExactly("a", "b");
    assertThat(incomplete).containsExactly(2, 4);
  }

  @Test
  void toList_limit_fetchesOnlyNeededPages() {
    int[] calls = {0};
    SearchResults<String> r = results(u -> {
      calls[0]++;
      return page(100, "https://x/p" + calls[0], "a", "b");
    }, SearchListener.NONE);

    assertThat(r.toList(3)).hasSize(3);
    assertThat(calls[0]).isEqualTo(2);
  }
}
