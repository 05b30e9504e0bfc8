package io.github.eparcours.examples;

/**
 * The end-to-end e-parcours scenario: a patient with a qualified INS leaves hospital, the
 * discharge letter goes to the DMP and to the GP over MSSanté, follow-up care is found in the ROR
 * and the coordination platform computes its indicators.
 *
 * <p>Run it with no argument to use the built-in fakes of the national services.
 */
public final class EparcoursScenario {

  private EparcoursScenario() {}

  /**
   * Runs the scenario.
   *
   * @param args command-line arguments ({@code --verbose}, {@code --config FILE})
   */
  public static void main(String[] args) {
    System.out.println("e-parcours scenario: the steps are being built; nothing to run yet.");
  }
}
