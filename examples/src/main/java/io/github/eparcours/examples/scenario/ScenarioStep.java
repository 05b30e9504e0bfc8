package io.github.eparcours.examples.scenario;

/**
 * One step of the end-to-end scenario.
 */
public interface ScenarioStep {

  /**
   * Returns what the step does, as printed in its heading.
   *
   * @return a short sentence
   */
  String title();

  /**
   * Runs the step. A step that fails throws; the scenario prints a clear message and stops.
   *
   * @param context the shared state of the run
   * @throws Exception any failure, reported by the runner without a stack trace unless verbose
   */
  void run(ScenarioContext context) throws Exception;
}
