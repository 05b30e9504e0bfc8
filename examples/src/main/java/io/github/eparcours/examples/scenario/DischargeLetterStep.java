package io.github.eparcours.examples.scenario;

import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.examples.tasks.BuildCdaN1;
import io.github.eparcours.examples.tasks.DischargeLetter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Step 1: the hospital's software writes the discharge letter as a PDF, wraps it in a CI-SIS CDA
 * N1 (lettre de liaison à la sortie) and derives the XDS DocumentEntry from the CDA.
 */
public final class DischargeLetterStep implements ScenarioStep {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Override
  public String title() {
    return "The hospital writes the discharge letter (CDA N1 with a PDF) and its XDS metadata";
  }

  @Override
  public void run(ScenarioContext context) throws Exception {
    PatientIdentity patient = context.get(PatientIdentity.class);
    DischargeLetter letter = BuildCdaN1.letter(patient, OffsetDateTime.now(PARIS).withNano(0));
    context.put(DischargeLetter.class, letter);

    Path cdaFile = context.outputDirectory().resolve("lettre-de-liaison.xml");
    Files.write(cdaFile, letter.cda());
    Files.write(context.outputDirectory().resolve("lettre-de-liaison.pdf"), letter.pdf());
    Narrator narrator = context.narrator();
    narrator.sayf("CDA N1 %s (%d bytes, PDF %d bytes) by IdNat_PS %s of IdNat_Struct %s",
        letter.entry().typeCode().orElseThrow().code(), letter.cda().length, letter.pdf().length,
        letter.header().authors().get(0).person().id().extensionValue().orElse("?"),
        letter.header().custodian().orElseThrow().id().extensionValue().orElse("?"));
    narrator.sayf("XDS entry derived from the CDA: class %s, format %s; written to %s",
        letter.entry().classCode().orElseThrow().code(),
        letter.entry().formatCode().orElseThrow().code(), cdaFile);
    narrator.detail("uniqueId " + letter.uniqueId() + ", SHA-1 "
        + letter.entry().hash().orElseThrow() + ", size " + letter.entry().size().orElseThrow());
    context.summarise("letter: CDA N1 " + letter.cda().length + " bytes, XDS entry "
        + letter.uniqueId());
  }
}
