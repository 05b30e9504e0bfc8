package io.github.eparcours.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.testkit.ror.RorFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EparcoursScenarioTest {

  @TempDir Path out;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private int run(String... args) {
    return EparcoursScenario.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8),
        Map.of());
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_onFakes_succeedsAndTellsTheStory() {
    assertThat(run("--out", out.toString())).isZero();
    assertThat(printed()).contains("built-in fakes", "qualified INS", "Summary", "succeeded");
    assertThat(printed())
        .contains("CDA N1 11490-0", "IdNat_PS 899900077985", "IdNat_Struct 1330781196")
        .contains("letter fed (ITI-41, signed VIHF and XAdES, mutual TLS): Success",
            "registered exactly once (Approved)")
        .contains("anne.legoff@medecin.mssante.fr",
            "letter delivered, XDM valid (2 documents, type 11490-0); patient's copy delivered",
            "MDN processed (integrated) for the letter sent")
        .contains("2 SMR offer(s)", "Centre de rééducation de Beauregard: 5.8 km, 4 free bed(s)");
    assertThat(printed()).doesNotContain("Exception", "\tat ", "WARN", "INFO", "279035121518989");
    assertThat(out.resolve("lettre-de-liaison.xml")).isNotEmptyFile();
    assertThat(out.resolve("lettre-de-liaison.pdf")).isNotEmptyFile();
    assertThat(out.resolve("dashboard.html")).isNotEmptyFile();
    assertThat(printed()).contains("eparcours-6.1", "regional-4.2", "funding total",
        "6.1-6.5 match the generator's independent file-by-file count");
  }

  @Test
  void run_gpWithoutMailbox_stopsAtTheMssStepWithAClearMessage() {
    assertThat(run("--out", out.toString(), "--set",
        "gp.rpps=" + RorFixtures.RPPS_NO_MAILBOX)).isEqualTo(1);
    assertThat(printed()).contains("FAILED: the Annuaire Santé lists no MSSanté address",
        "--set gp.rpps=", "Scenario stopped at step 3.").doesNotContain("\tat ", "Exception");
  }

  @Test
  void run_realDmpWithoutItsKeys_namesTheMissingKey() {
    assertThat(run("--out", out.toString(), "--set", "dmp.endpoint=https://dmp.invalid/x"))
        .isEqualTo(1);
    assertThat(printed()).contains("FAILED: configuration key 'dmp.tls.truststore' is required",
        "EPARCOURS_DMP_TLS_TRUSTSTORE", "Scenario stopped at step 2.").doesNotContain("\tat ");
  }

  @Test
  void run_withUnknownArgument_exitsWith2() {
    assertThat(run("--nope")).isEqualTo(2);
    assertThat(printed()).contains("unknown argument: --nope");
  }

  @Test
  void run_withMissingOptionValue_exitsWith2WithoutStackTrace() {
    assertThat(run("--config")).isEqualTo(2);
    assertThat(printed()).contains("--config needs a value").doesNotContain("\tat ");
  }

  @Test
  void run_withUnreadableConfig_exitsWith2() {
    assertThat(run("--config", out.resolve("missing.properties").toString())).isEqualTo(2);
    assertThat(printed()).contains("configuration error", "missing.properties");
  }

  @Test
  void run_withInvalidConfiguredIns_failsTheStepWithTheRule() {
    assertThat(run("--out", out.toString(), "--set", "patient.ins=279035121518988")).isEqualTo(1);
    assertThat(printed()).contains("FAILED", "key").doesNotContain("279035121518988");
  }
}
