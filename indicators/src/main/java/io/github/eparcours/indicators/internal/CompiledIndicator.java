package io.github.eparcours.indicators.internal;

import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.ReportingPeriod;
import io.github.eparcours.indicators.definition.Target;
import java.util.Map;

/**
 * One indicator compiled for one period by {@link Plan}: where the reporter finds each of its
 * populations and values. Immutable once compiled (the arrays are not modified afterwards).
 *
 * @param def the definition
 * @param period the reporting period
 * @param target the target for that period, or null when there is none
 * @param pops per population code ({@link #IP} to {@link #NX}), the slot of its criterion in
 *     the plan's {@link SubjectTests}, or -1 when the definition has none
 * @param observation the feature counting the observations of a COUNT scoring, or -1
 * @param strataSlots per stratifier, the LATEST feature giving each subject's stratum
 * @param policies the policies the report states, in order
 */
record CompiledIndicator(IndicatorDefinition def, ReportingPeriod period, Target target,
    int[] pops, int observation, int[] strataSlots, Map<String, String> policies) {

  /** Population indexes, in {@link io.github.eparcours.indicators.report.PopulationCode} order. */
  static final int IP = 0;
  static final int D = 1;
  static final int DX = 2;
  static final int DEXC = 3;
  static final int N = 4;
  static final int NX = 5;
}
