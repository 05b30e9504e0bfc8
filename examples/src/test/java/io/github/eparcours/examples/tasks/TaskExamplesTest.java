package io.github.eparcours.examples.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.identity.IdentityStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every task example, as the README and Javadoc show them. */
class TaskExamplesTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void validateIns_acceptsTheTestPatientAndRefusesABadKey() {
    var patient = ValidateIns.run(out);
    assertThat(patient.status()).isEqualTo(IdentityStatus.QUAL);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("INS accepted", "Refused", "May feed the DMP: true");
    assertThat(text).doesNotContain("279035121518989", "279035121518988");
  }
}
