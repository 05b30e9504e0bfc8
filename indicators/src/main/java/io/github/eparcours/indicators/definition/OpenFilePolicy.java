package io.github.eparcours.indicators.definition;

/**
 * What "an open file" (or "a current member") means for a period; the e-parcours texts read
 * both ways. A subject is open at an instant when its latest opening before that instant is later
 * than its latest closing (a closing at the same instant as an opening wins).
 */
public enum OpenFilePolicy {
  /** Open at the end of the period (default for 6.1, 7.1 and 7.2, following their wording). */
  AT_PERIOD_END,
  /**
   * Open at any moment of the period, including files opened and closed inside it (default for
   * 6.3–6.5, "patients with an active file in the quarter").
   */
  AT_ANY_TIME_DURING_PERIOD
}
