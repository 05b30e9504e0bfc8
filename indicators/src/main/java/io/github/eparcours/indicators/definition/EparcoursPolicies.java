package io.github.eparcours.indicators.definition;

import java.time.Period;
import java.util.Objects;

/**
 * The choices made where the e-parcours texts (instruction of 24 May 2019, annex 2) are
 * ambiguous, with their defaults. Every choice is copied into the reports' {@code policies}.
 * Immutable and thread-safe.
 *
 * @param openFiles what "file open in the quarter" means for 6.1 and 7.2 (default {@link
 *     OpenFilePolicy#AT_PERIOD_END}, the wording "open at the end of the quarter")
 * @param activeFiles what "patient with an active file in the quarter" means for 6.3, 6.4, 6.5
 *     (default {@link OpenFilePolicy#AT_ANY_TIME_DURING_PERIOD})
 * @param members what "member of the collective" means for 7.1 (default {@link
 *     OpenFilePolicy#AT_PERIOD_END})
 * @param firstEvaluationDelay the delay of 6.2 (default one month, inclusive, calendar)
 * @param lookAhead whether 6.2 may use facts after the quarter (default {@link
 *     LookAheadPolicy#LOOK_AHEAD})
 * @param careTeam when 6.4 measures the care team (default {@link CareTeamPolicy#AT_PERIOD_END})
 * @param minimumDenominator the smallest denominator given a verdict (default 1)
 */
public record EparcoursPolicies(OpenFilePolicy openFiles, OpenFilePolicy activeFiles,
    OpenFilePolicy members, Period firstEvaluationDelay, LookAheadPolicy lookAhead,
    CareTeamPolicy careTeam, int minimumDenominator) {

  /** Validates the components. */
  public EparcoursPolicies {
    Objects.requireNonNull(openFiles, "openFiles");
    Objects.requireNonNull(activeFiles, "activeFiles");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(firstEvaluationDelay, "firstEvaluationDelay");
    Objects.requireNonNull(lookAhead, "lookAhead");
    Objects.requireNonNull(careTeam, "careTeam");
  }

  /**
   * Returns the documented defaults.
   *
   * @return the defaults
   */
  public static EparcoursPolicies defaults() {
    return new EparcoursPolicies(OpenFilePolicy.AT_PERIOD_END,
        OpenFilePolicy.AT_ANY_TIME_DURING_PERIOD, OpenFilePolicy.AT_PERIOD_END, Period.ofMonths(1),
        LookAheadPolicy.LOOK_AHEAD, CareTeamPolicy.AT_PERIOD_END, 1);
  }

  /** @param value the policy for 6.1 and 7.2 @return a copy */
  public EparcoursPolicies withOpenFiles(OpenFilePolicy value) {
    return new EparcoursPolicies(value, activeFiles, members, firstEvaluationDelay, lookAhead,
        careTeam, minimumDenominator);
  }

  /** @param value the policy for 6.3 to 6.5 @return a copy */
  public EparcoursPolicies withActiveFiles(OpenFilePolicy value) {
    return new EparcoursPolicies(openFiles, value, members, firstEvaluationDelay, lookAhead,
        careTeam, minimumDenominator);
  }

  /** @param value the look-ahead policy of 6.2 @return a copy */
  public EparcoursPolicies withLookAhead(LookAheadPolicy value) {
    return new EparcoursPolicies(openFiles, activeFiles, members, firstEvaluationDelay, value,
        careTeam, minimumDenominator);
  }

  /** @param value the care-team policy of 6.4 @return a copy */
  public EparcoursPolicies withCareTeam(CareTeamPolicy value) {
    return new EparcoursPolicies(openFiles, activeFiles, members, firstEvaluationDelay,
        lookAhead, value, minimumDenominator);
  }
}
