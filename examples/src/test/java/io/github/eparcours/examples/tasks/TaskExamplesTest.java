package io.github.eparcours.examples.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.document.cda.CdaReader;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.mss.ack.DispositionNotification;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every task example, as the README and Javadoc show them. */
class TaskExamplesTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validateIns_acceptsTheTestPatientAndRefusesABadKey() {
    var patient = ValidateIns.run(out);
    assertThat(patient.status()).isEqualTo(IdentityStatus.QUAL);
    String text = printed();
    assertThat(text).contains("INS accepted", "Refused", "May feed the DMP: true");
    assertThat(text).doesNotContain("279035121518989", "279035121518988");
  }

  @Test
  void buildCdaN1_letterReadsBackWithItsPdfAndEntryCodes() {
    DischargeLetter letter = BuildCdaN1.run(out);

    var read = CdaReader.read(new ByteArrayInputStream(letter.cda()));
    assertThat(read.header().documentType()).isPresent();
    assertThat(new String(letter.pdf(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
    assertThat(letter.entry().typeCode().orElseThrow().code()).isEqualTo("11490-0");
    assertThat(letter.entry().size()).contains((long) letter.cda().length);
    assertThat(printed()).contains("XDS entry: typeCode 11490-0, classCode 10");
  }

  @Test
  void feedDmp_registersTheLetterOnce() {
    assertThat(FeedDmp.run(out)).isEqualTo(1);
    assertThat(printed()).contains("Feed: ", ":Success", "Registered copies: 1");
  }

  @Test
  void searchAndRetrieve_getsBackTheBytesFed() {
    byte[] cda = SearchAndRetrieve.run(out);
    assertThat(new String(cda, StandardCharsets.UTF_8)).contains("ClinicalDocument");
    assertThat(printed()).contains("Found 1 discharge letter(s)", "Retrieved ");
  }

  @Test
  void maskAndDelete_feedsMaskedThenDeletes() {
    String status = MaskAndDelete.run(out);
    assertThat(status).endsWith("Deleted");
    assertThat(printed()).contains("MASQUE_PS", "Deleted: still listed = false");
  }

  @Test
  void runDmpConformance_exampleConfigurationPassesEveryStep() {
    var report = RunDmpConformance.run(out);

    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.steps()).hasSize(12);
    assertThat(printed()).contains("PASS feed (ITI-41)", "PASS a professional without "
        + "authorisation is refused").doesNotContain("FAIL");
  }

  @Test
  void handleErrors_meetsValidationClientAndServiceErrors() {
    var codes = HandleErrors.run(out);
    assertThat(codes).hasSize(4);
    assertThat(codes.get(1)).isEqualTo("DMP-0201");
    assertThat(codes.get(2)).isEqualTo("DMP-0210");
    assertThat(printed()).contains("Call refused before sending (DMP-0201)",
        "Service refused (DMP-0210", "setAuthorization", "retry later");
    assertThat(printed()).doesNotContain("279035121518988");
  }

  @Test
  void sendMssXdm_operatorReceivesTheMessage() {
    assertThat(SendMssXdm.run(out)).isEqualTo(1);
    assertThat(printed()).contains("Sent <");
  }

  @Test
  void readMailboxAndAcks_readsTheXdmAndGetsTheMdnBack() throws Exception {
    var acks = ReadMailboxAndAcks.run(out);
    assertThat(acks).singleElement().isInstanceOfSatisfying(DispositionNotification.class,
        mdn -> assertThat(mdn.successful()).isTrue());
    assertThat(printed()).contains("with 2 XDM document(s)", "MDN processed");
  }

  @Test
  void findMssAddress_givesTheGpsPersonalMailboxFirst() {
    assertThat(FindMssAddress.run(out)).first().isEqualTo(RorFixtures.MSS_GP_RENNES);
  }

  @Test
  void searchRorOffers_findsSmrBedsNearRennes() {
    var offers = SearchRorOffers.run(out);
    assertThat(offers).isNotEmpty()
        .allSatisfy(o -> assertThat(o.available(RorCodes.CAPACITE_LIT).orElse(0)).isPositive());
    assertThat(printed()).contains("free bed(s)");
  }

  @Test
  void multiTenant_oneTransportServesTwoStructuresAndThreeProfessionals() {
    var subjects = MultiTenant.run(out);
    assertThat(subjects).hasSize(3).doesNotHaveDuplicates();
    assertThat(subjects.get(2)).startsWith("1" + RorFixtures.FINESS_EJ_CHU_RENNES);
  }

  @Test
  void computeIndicatorsFromCsv_handCountedQuarter() {
    var results = ComputeIndicatorsFromCsv.run(out);
    var e61 = results.find("dac-rennes", "eparcours-6.1").orElseThrow();
    // Files 001-003 are open in 2026-Q3 (004 closed in Q2); 001 and 003 were updated in Q3.
    assertThat(e61.count(io.github.eparcours.indicators.report.PopulationCode.DENOMINATOR))
        .isEqualTo(3);
    assertThat(e61.subjects(io.github.eparcours.indicators.report.PopulationCode.NUMERATOR))
        .containsExactlyInAnyOrder("file-001", "file-003");
    assertThat(printed()).contains("eparcours-6.1", "numerator: [");
  }

  @Test
  void computeIndicatorsFromCsv_malformedLineNamesTheColumn() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            ComputeIndicatorsFromCsv.parseLine("t,s,file.opened,yesterday,,,"))
        .hasMessageContaining("column 'at'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            ComputeIndicatorsFromCsv.parseLine("t,s,file.opened"))
        .hasMessageContaining("7 comma-separated columns");
  }
}
