package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import java.io.PrintStream;

/**
 * Task example: check an INS as received from INSi, refuse a malformed one with the rule it
 * breaks, and decide whether the identity may be used in an exchange.
 */
public final class ValidateIns {

  private ValidateIns() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   * @return the qualified identity built
   */
  public static PatientIdentity run(PrintStream out) {
    // START SNIPPET: validate-ins
    // The CI-SIS example test patient, under the test authority (…4.10).
    Ins ins = Ins.parse("279035121518989", "1.2.250.1.213.1.4.10", Environment.TEST);
    out.println("INS accepted: " + ins + " (" + ins.authority() + ")"); // toString() is redacted

    try {
      Ins.parse("279035121518988", InsAuthority.NIR_TEST); // last digit of the key changed
    } catch (EparcoursException e) {
      out.println("Refused: " + e.getMessage()); // names the rule, never the value
    }

    PatientIdentity patient = PatientIdentity.builder()
        .ins(ins)
        .traits(InsTraits.builder()
            .birthName("PAT-TROIS")
            .firstGivenName("DOMINIQUE")
            .givenNamesFromText("DOMINIQUE MARIE-LOUISE")
            .sex(Sex.F)
            .birthDate(PartialDate.of(1979, 3, 28))
            .birthplace("51215")
            .build())
        .status(IdentityStatus.QUAL)
        .build();
    out.println("May feed the DMP: " + patient.status().mayFeedDmp());
    out.println("Patient MSSanté address available: " + patient.insForExchange().isPresent());
    // END SNIPPET: validate-ins
    return patient;
  }
}
