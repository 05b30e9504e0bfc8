package io.github.eparcours.examples;

import io.github.eparcours.examples.scenario.DischargeLetterStep;
import io.github.eparcours.examples.scenario.DmpFeedStep;
import io.github.eparcours.examples.scenario.IndicatorsStep;
import io.github.eparcours.examples.scenario.MssSendStep;
import io.github.eparcours.examples.scenario.Narrator;
import io.github.eparcours.examples.scenario.PatientAdmissionStep;
import io.github.eparcours.examples.scenario.RorSearchStep;
import io.github.eparcours.examples.scenario.ScenarioConfig;
import io.github.eparcours.examples.scenario.ScenarioContext;
import io.github.eparcours.examples.scenario.ScenarioStep;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end e-parcours scenario: a patient with a qualified INS leaves hospital, the
 * discharge letter goes to the DMP and to the GP over MSSanté, follow-up care is found in the ROR
 * and the coordination platform computes its indicators.
 *
 * <p>With no argument it starts the built-in fakes of the national services. Options:
 * {@code --verbose} (details), {@code --config FILE} (properties pointing parts of the scenario
 * at real services), {@code --set key=value}, {@code --out DIR} (where files are written).
 * Exit code 0 when every step succeeded, 1 when a step failed, 2 for bad arguments.
 */
public final class EparcoursScenario {

  private EparcoursScenario() {}

  /**
   * Runs the scenario and exits with its status.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.getenv()));
  }

  /**
   * Runs the scenario.
   *
   * @param args command-line arguments
   * @param out where to print
   * @param environment the process environment ({@code EPARCOURS_*} entries configure services)
   * @return the exit status: 0 success, 1 a step failed, 2 bad arguments
   */
  public static int run(String[] args, PrintStream out, java.util.Map<String, String> environment) {
    boolean verbose = false;
    Path configFile = null;
    Path outputDirectory = Path.of("target", "scenario");
    List<String> overrides = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--verbose", "-v" -> verbose = true;
        case "--config" -> configFile = Path.of(argumentAfter(args, i++));
        case "--set" -> overrides.add(argumentAfter(args, i++));
        case "--out" -> outputDirectory = Path.of(argumentAfter(args, i++));
        case "--help", "-h" -> {
          out.println("usage: eparcours-scenario [--verbose] [--config FILE] [--set key=value]... "
              + "[--out DIR]");
          return 0;
        }
        default -> {
          out.println("unknown argument: " + args[i] + " (try --help)");
          return 2;
        }
      }
      }
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage() + " (try --help)");
      return 2;
    }
    // Quiet by default: the story is what this program prints, not the libraries' logs.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    // The fake mail server warns about MDN parts it does not index: noise for this story.
    System.setProperty("org.slf4j.simpleLogger.log.com.icegreen.greenmail",
        verbose ? "info" : "error");

    Narrator narrator = new Narrator(out, verbose);
    ScenarioConfig config;
    try {
      config = ScenarioConfig.load(configFile, environment, overrides);
      Files.createDirectories(outputDirectory);
    } catch (Exception e) {
      out.println("configuration error: " + e.getMessage());
      return 2;
    }

    narrator.plain("e-parcours end-to-end scenario"
        + (configFile == null && overrides.isEmpty() ? " (built-in fakes of the national services)"
            : " (configuration: " + (configFile == null ? "command line" : configFile) + ")"));
    List<ScenarioStep> steps = List.of(
        new PatientAdmissionStep(),
        new DischargeLetterStep(),
        new DmpFeedStep(),
        new MssSendStep(),
        new RorSearchStep(),
        new IndicatorsStep()); // the coordination platform's quarter: always last
    try (ScenarioContext context = new ScenarioContext(config, narrator, outputDirectory)) {
      int number = 0;
      for (ScenarioStep step : steps) {
        narrator.step(number++, step.title());
        try {
          step.run(context);
        } catch (Exception e) {
          narrator.say("FAILED: " + describe(e));
          if (verbose) {
            e.printStackTrace(out);
          }
          narrator.plain("");
          narrator.plain("Scenario stopped at step " + (number - 1) + ".");
          return 1;
        }
      }
      narrator.plain("");
      narrator.plain("Summary");
      context.summary().forEach(line -> narrator.plain("  - " + line));
      narrator.plain("All " + steps.size() + " steps succeeded.");
      return 0;
    }
  }

  private static String argumentAfter(String[] args, int i) {
    if (i + 1 >= args.length) {
      throw new IllegalArgumentException(args[i] + " needs a value");
    }
    return args[i + 1];
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
