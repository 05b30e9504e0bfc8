package io.github.eparcours.indicators.definition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Targets that depend on the date (4.2: 1 % at end 2020, 2 % at end 2021, 4 % at end 2022). The
 * target of a period is the one of the latest milestone due on or before the period's last day;
 * before the first milestone there is no target (documented default: a milestone is what must be
 * reached <em>by</em> its date, so it applies from that date on). Immutable and thread-safe.
 *
 * @param milestones the milestones, in any order
 */
public record TargetSchedule(List<Milestone> milestones) {

  /** An empty schedule: no target, verdict "not applicable". */
  public static final TargetSchedule NONE = new TargetSchedule(List.of());

  /** Copies and sorts the milestones by date. */
  public TargetSchedule {
    milestones = milestones.stream().sorted(Comparator.comparing(Milestone::due)).toList();
  }

  /**
   * The same target for every period.
   *
   * @param target the target
   * @return the schedule
   */
  public static TargetSchedule constant(Target target) {
    return new TargetSchedule(List.of(new Milestone(LocalDate.MIN, target)));
  }

  /**
   * Returns the target applying to a period.
   *
   * @param period the period
   * @return the target, or empty when none applies yet
   */
  public Optional<Target> targetFor(ReportingPeriod period) {
    Target found = null;
    for (Milestone m : milestones) {
      if (!m.due().isAfter(period.lastDay())) {
        found = m.target();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * A target due by a date.
   *
   * @param due the date
   * @param target the target
   */
  public record Milestone(LocalDate due, Target target) {
    /** Validates the components. */
    public Milestone {
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(target, "target");
    }
  }
}
