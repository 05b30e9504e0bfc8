package io.github.eparcours.examples.scenario;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints what the scenario does, for a person to follow: one or two lines per step, details only
 * in verbose mode. Not thread-safe: one narrator per run.
 */
public final class Narrator {

  private final PrintStream out;
  private final boolean verbose;

  /**
   * Creates a narrator.
   *
   * @param out where to print
   * @param verbose whether {@link #detail} lines are printed
   */
  public Narrator(PrintStream out, boolean verbose) {
    this.out = Objects.requireNonNull(out, "out");
    this.verbose = verbose;
  }

  /**
   * Prints a step heading.
   *
   * @param number the step number
   * @param title what the step does
   */
  public void step(int number, String title) {
    out.println();
    out.printf("%d. %s%n", number, title);
  }

  /**
   * Prints what was done, indented under the current step.
   *
   * @param line one line, without patient data unless the run is a demonstration on fakes
   */
  public void say(String line) {
    out.println("   " + line);
  }

  /**
   * Prints a formatted line, indented under the current step.
   *
   * @param format a {@link String#format} pattern
   * @param args its arguments
   */
  public void sayf(String format, Object... args) {
    say(String.format(java.util.Locale.ROOT, format, args));
  }

  /**
   * Prints a detail line, only in verbose mode.
   *
   * @param line the detail
   */
  public void detail(String line) {
    if (verbose) {
      out.println("     · " + line);
    }
  }

  /**
   * Prints a line without indentation.
   *
   * @param line the line
   */
  public void plain(String line) {
    out.println(line);
  }

  /**
   * Tells whether details are printed.
   *
   * @return true in verbose mode
   */
  public boolean verbose() {
    return verbose;
  }
}
