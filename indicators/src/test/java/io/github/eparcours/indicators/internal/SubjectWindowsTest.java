package io.github.eparcours.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How batches are cut into windows of subject ids, slices and owned ranges. */
class SubjectWindowsTest {

  @Test
  void shift_stateFittingTheCache_isOneWindow() {
    assertThat(SubjectWindows.shift(1000, 20)).isEqualTo(31);
    assertThat(SubjectWindows.count(1000, 31)).isEqualTo(1);
  }

  @Test
  void shift_largeState_windowsOfRowsWithinTheWindowBytes() {
    int shift = SubjectWindows.shift(1_000_000, 20);

    assertThat((1L << shift) * 20 * 8).isLessThanOrEqualTo(SubjectWindows.WINDOW_BYTES);
    assertThat((1L << (shift + 1)) * 20 * 8).isGreaterThan(SubjectWindows.WINDOW_BYTES);
    assertThat(SubjectWindows.count(1_000_000, shift))
        .isEqualTo((1_000_000 + (1 << shift) - 1) >>> shift);
  }

  @Test
  void parallelShift_givesEachTaskSeveralWindowsOfAtLeast64Subjects() {
    int shift = SubjectWindows.parallelShift(20_000, 20, 2);

    assertThat(SubjectWindows.count(20_000, shift))
        .isGreaterThanOrEqualTo(2 * SubjectWindows.OWNED_WINDOWS);
    assertThat(SubjectWindows.parallelShift(100, 20, 4)).isEqualTo(6);
  }

  @Test
  void grouped_runsOfAtLeastLocalRunOnAverage() {
    int[] subjects = new int[256];
    for (int i = 0; i < subjects.length; i++) {
      subjects[i] = i / 128 * 64;
    }

    assertThat(SubjectWindows.runs(subjects, 0, 256, 6)).isEqualTo(2);
    assertThat(SubjectWindows.grouped(2, 256)).isTrue();
    assertThat(SubjectWindows.grouped(5, 256)).isFalse();
  }

  @Test
  void runs_countWindowChangesOnly_inAnyRange() {
    // Windows of 64 subjects: 0, 0, 1, 1, 0, 2^25 (the top window), 2^25, 1.
    int[] subjects = {3, 63, 64, 127, 0, Integer.MAX_VALUE, Integer.MAX_VALUE - 63, 100};

    assertThat(SubjectWindows.runs(subjects, 0, subjects.length, 6)).isEqualTo(5);
    assertThat(SubjectWindows.runs(subjects, 1, 4, 6)).isEqualTo(2);
    assertThat(SubjectWindows.runs(subjects, 3, 3, 6)).isZero();
    assertThat(SubjectWindows.runs(subjects, 5, 6, 6)).isEqualTo(1);
    // Shift 0: every change of subject is a new run.
    assertThat(SubjectWindows.runs(subjects, 0, subjects.length, 0)).isEqualTo(8);
    // A batch longer than the compiler's vector steps, a run change near its end.
    int[] grouped = new int[1001];
    grouped[1000] = 64;
    assertThat(SubjectWindows.runs(grouped, 0, grouped.length, 6)).isEqualTo(2);
  }

  @Test
  void sampledRuns_exactOnShortRanges_closeOnLongOnes() {
    int n = 1_000_000;
    int[] grouped = new int[n];
    int[] scattered = new int[n];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < n; i++) {
      grouped[i] = i / 10;
      scattered[i] = random.nextInt(n);
    }
    int shift = 6;
    long exact = SubjectWindows.runs(grouped, 0, n, shift);

    assertThat(SubjectWindows.sampledRuns(grouped, 5, SubjectWindows.SAMPLED_FROM, shift))
        .isEqualTo(SubjectWindows.runs(grouped, 5, SubjectWindows.SAMPLED_FROM, shift));
    assertThat(SubjectWindows.sampledRuns(grouped, 0, n, shift))
        .isBetween(exact * 9 / 10, exact * 11 / 10);
    assertThat(SubjectWindows.grouped(SubjectWindows.sampledRuns(grouped, 0, n, shift), n))
        .isTrue();
    assertThat(SubjectWindows.grouped(SubjectWindows.sampledRuns(scattered, 0, n, shift), n))
        .isFalse();
  }

  @Test
  void alignOnWindows_movesInnerBoundsToTheNextWindowStart() {
    // Windows of 64 subjects: rows 0-4 in window 0, 5-9 in window 1, 10-11 in window 2.
    int[] subjects = {0, 1, 2, 3, 63, 64, 65, 70, 80, 127, 128, 129};
    int[] slice = SubjectWindows.slices(0, 12, 3);
    assertThat(slice).containsExactly(0, 4, 8, 12);

    SubjectWindows.alignOnWindows(slice, subjects, 6);

    assertThat(slice).containsExactly(0, 5, 10, 12);
  }

  @Test
  void alignOnWindows_oneWindowThroughout_lastSlicesEmpty() {
    int[] subjects = {5, 6, 7, 8, 9, 10};
    int[] slice = SubjectWindows.slices(0, 6, 3);

    SubjectWindows.alignOnWindows(slice, subjects, 6);

    assertThat(slice).containsExactly(0, 6, 6, 6);
  }

  @Test
  void disjoint_onlyWhenNoWindowHasFactsInTwoSlices() {
    assertThat(SubjectWindows.disjoint(new int[][] {{3, 2, 0}, {0, 0, 4}})).isTrue();
    assertThat(SubjectWindows.disjoint(new int[][] {{3, 2, 0}, {0, 1, 4}})).isFalse();
  }

  @Test
  void positions_windowAfterWindowSlicesInOrder() {
    int[][] counts = {{2, 0, 1}, {1, 3, 0}};

    int[] windowStart = SubjectWindows.positions(counts);

    assertThat(windowStart).containsExactly(0, 3, 6, 7);
    assertThat(counts[0]).containsExactly(0, 3, 6);
    assertThat(counts[1]).containsExactly(2, 3, 7);
  }

  @Test
  void shareOut_contiguousRangesOfAboutEqualFacts() {
    int[] owned = SubjectWindows.shareOut(new int[] {0, 10, 20, 30, 40}, 2);

    assertThat(owned).containsExactly(0, 2, 4);
  }
}
