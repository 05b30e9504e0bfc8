package io.github.eparcours.core.document.cda;

import static io.github.eparcours.core.document.cda.CdaHeaderValidator.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.identity.IdentityStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CI-SIS header rule, broken exactly once. */
class CdaHeaderRulesTest {

  @Test
  void validate_validHeader_noIssue() {
    assertThat(CdaHeaderValidator.validate(CdaFixtures.header().build()).issues()).isEmpty();
  }

  static Stream<Arguments> modelRules() {
    return Stream.of(
        rule(ID, b -> b.id(null)),
        rule(CODE, b -> b.code(null)),
        rule(TITLE, b -> b.title(" ")),
        rule(EFFECTIVE_TIME, b -> b.effectiveTime(null)),
        rule(TIME_ZONE, b -> b.effectiveTime(CdaTime.parse("20240312101500"))),
        rule(CONFIDENTIALITY, b -> b.confidentialityCode(null)),
        rule(LANGUAGE, b -> b.languageCode(null)),
        rule(SET_ID, b -> b.setId(InstanceIdentifier.of("not-an-oid"))),
        rule(VERSION, b -> b.versionNumber(0)),
        rule(PATIENT_ID, b -> b.patient(CdaPatient.builder().birthName("X").build())),
        rule(INS_TRAITS, b -> b.patient(CdaPatient.of(CdaFixtures.identity()).toBuilder()
            .birthplace(null).build())),
        rule(INS_NOT_QUALIFIED, b -> b.patient(CdaPatient.of(CdaFixtures.identity())
            .toBuilder().status(IdentityStatus.RECUP).build())),
        rule(AUTHOR, b -> b),
        rule(AUTHOR_ID, b -> b.addAuthor(new CdaAuthor(CdaFixtures.time(9), null,
            new CdaPerson(InstanceIdentifier.of("1.2.3"), "X", null, null, null)))),
        rule(AUTHOR_TIME, b -> b.addAuthor(new CdaAuthor(null, null, CdaFixtures.doctor()))),
        rule(CUSTODIAN, b -> b.custodian(null)),
        rule(LEGAL_AUTHENTICATOR, b -> b.legalAuthenticator(null)),
        rule(SERVICE_EVENT, b -> b.serviceEvent(new CdaServiceEvent(null,
            CdaTime.parse("20240310"), null, null))),
        rule(ENCOUNTER_FACILITY, b -> b.encounter(new CdaEncounter(null, null, null))),
        rule(PARENT_DOCUMENT, b -> b.parentDocument(new CdaParentDocument(
            InstanceIdentifier.of("1.2.250.1.999.1.1.7.42"), null, null))));
  }

  private static Arguments rule(String code, UnaryOperator<CdaHeader.Builder> breaker) {
    return Arguments.of(code, breaker);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelRules")
  void validate_ruleBroken_reportsExactlyItsCode(String code,
      UnaryOperator<CdaHeader.Builder> breaker) {
    CdaHeader.Builder builder = CdaFixtures.header();
    if (code.equals(AUTHOR)) {
      builder = headerWithoutAuthor();
    } else {
      builder = breaker.apply(builder);
    }

    assertThat(CdaHeaderValidator.validate(builder.build()).codes()).containsExactly(code);
  }

  private static CdaHeader.Builder headerWithoutAuthor() {
    CdaHeader full = CdaFixtures.header().build();
    CdaHeader.Builder b = CdaHeader.builder();
    full.id().ifPresent(b::id);
    full.code().ifPresent(b::code);
    return b.title(full.title().orElseThrow()).effectiveTime(full.effectiveTime().orElseThrow())
        .setId(full.setId().orElseThrow()).patient(full.patient().orElseThrow())
        .custodian(full.custodian().orElseThrow())
        .legalAuthenticator(full.legalAuthenticator().orElseThrow())
        .serviceEvent(full.serviceEvent().orElseThrow()).encounter(full.encounter().orElseThrow());
  }

  private static String n1(CdaHeader header) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CdaWriter.writeN1(header, new ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F'}), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> xmlRules() {
    return Stream.of(
        Arguments.of(NOT_CLINICAL_DOCUMENT, (UnaryOperator<String>) x ->
            "<Document xmlns=\"urn:hl7-org:v3\"/>"),
        Arguments.of(REALM_CODE, (UnaryOperator<String>) x ->
            x.replace("<realmCode code=\"FR\"/>", "<realmCode code=\"US\"/>")),
        Arguments.of(TYPE_ID, (UnaryOperator<String>) x ->
            x.replace("POCD_HD000040", "POCD_HD000041")),
        Arguments.of(TEMPLATE_IDS, (UnaryOperator<String>) x ->
            x.replace("root=\"1.2.250.1.213.1.1.1.1\"", "root=\"1.2.3.4\"")),
        Arguments.of(N1_TEMPLATE_IDS, (UnaryOperator<String>) x ->
            x.replace("<id root=", "<templateId root=\"1.2.250.1.213.1.1.1.29\"/><id root=")),
        Arguments.of(INS_MALFORMED, (UnaryOperator<String>) x ->
            x.replace(CdaFixtures.ins().value(), CdaFixtures.MATRICULE + "00")),
        Arguments.of(DUPLICATE, (UnaryOperator<String>) x ->
            x.replace("<title>", "<title>Doublon</title><title>")),
        Arguments.of(BODY_MEDIA, (UnaryOperator<String>) x ->
            x.replace("mediaType=\"application/pdf\"", "mediaType=\"text/plain\"")),
        Arguments.of(BODY_MISSING, (UnaryOperator<String>) x ->
            x.substring(0, x.indexOf("<component>")) + "</ClinicalDocument>"),
        Arguments.of(SIGNATURE_CODE, (UnaryOperator<String>) x ->
            x.replace("<signatureCode code=\"S\"/>", "<signatureCode code=\"X\"/>")),
        Arguments.of(TIME_ZONE, (UnaryOperator<String>) x ->
            x.replace("<effectiveTime value=\"20240312101500+0100\"/>",
                "<effectiveTime value=\"20240312101500\"/>")),
        Arguments.of(PARENT_DOCUMENT, (UnaryOperator<String>) x ->
            x.replace("<componentOf>", "<relatedDocument typeCode=\"APND\"><parentDocument>"
                + "<id root=\"1.2.3.9\"/></parentDocument></relatedDocument><componentOf>")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlRules")
  void read_ruleBroken_reportsExactlyItsCode(String code, UnaryOperator<String> breaker) {
    String xml = breaker.apply(n1(CdaFixtures.header().build()));

    CdaDocument doc = CdaReader.read(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(doc.report().codes()).containsExactly(code);
  }

  @Test
  void read_structuredWithoutVoletTemplate_warnsOnly() {
    CdaHeader header = CdaFixtures.header()
        .documentType(CdaDocumentType.COMPTE_RENDU_OPERATOIRE).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CdaWriter.writeStructured(header, w -> w.writeEmptyElement("structuredBody"), out);

    CdaDocument doc = CdaReader.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(doc.report().codes()).containsExactly(VOLET_TEMPLATE_ID);
    assertThat(doc.report().isValid()).isTrue();
  }

  @Test
  void read_bodyNotBase64_reportsBodyMedia() {
    String xml = n1(CdaFixtures.header().build()).replace("JVBERg==", "JV*ERg==");
    ByteArrayOutputStream body = new ByteArrayOutputStream();

    CdaDocument doc = CdaReader.read(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8)), body, CdaReader.DEFAULT_MAX_BYTES);

    assertThat(doc.report().codes()).containsExactly(BODY_MEDIA);
  }
}
