package io.github.eparcours.benchmarks.core;

import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing identifiers: {@link Ins#parse(String, String)} and {@link IdNatPs#parse(String)},
 * against a baseline that does the minimum a caller would write by hand (a regular expression and
 * {@code Long.parseLong} modulo 97).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IdentityBenchmark {

  private static final Pattern NAIVE = Pattern.compile("[12]\\d{4}(\\d{2}|2[AB])\\d{8}");

  private final String ins = "297022A02077878";
  private final String oid = InsAuthority.NIR.oid();
  private final String idNatPs = "899900077985";

  /** Our parser: every rule, Corsica at positions 6-7 only, normalisation, an immutable value. */
  @Benchmark
  public Ins insParse() {
    return Ins.parse(ins, oid);
  }

  /** Baseline: regex shape check and a key computed by Long.parseLong after replacing 2A/2B. */
  @Benchmark
  public boolean insNaiveRegexBaseline() {
    if (!NAIVE.matcher(ins).matches()) {
      return false;
    }
    String digits = ins.substring(0, 13).replace("2A", "19").replace("2B", "18");
    return 97 - Long.parseLong(digits) % 97 == Integer.parseInt(ins.substring(13));
  }

  /** IdNat_PS with RPPS Luhn check. */
  @Benchmark
  public IdNatPs idNatPsParse() {
    return IdNatPs.parse(idNatPs);
  }
}
