package io.github.eparcours.dmp.xades;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.validation.ValidationReport;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.TestCredentials;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionSetVerifierTest {

  private static final TestCredentials CRED = TestCredentials.signing();
  private static final String PATIENT = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";
  private static final byte[] CDA = "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8);
  private static final String DOC_UID = "1.2.3.4.5";
  private static final String SS_UID = "1.2.3.9";
  private static final SubmissionSetVerifier TRUSTING = SubmissionSetVerifier.of(
      c -> c.equals(CRED.certificate()));
  private static final byte[] SIGNATURE = sign();

  private static byte[] sign() {
    DocumentContent c = DocumentContent.ofBytes(CDA);
    DocumentEntry e = DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId(DOC_UID)
        .patientId(Cx.parse(PATIENT)).hashAndSize(c).build();
    SubmissionSet ss = SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId(SS_UID)
        .sourceId("1.2.3").patientId(Cx.parse(PATIENT)).build();
    SubmissionRequest signed = SubmissionSetSigner.of(CRED.key(), CRED.certificate()).sign(
        SubmissionRequest.builder().submissionSet(ss).addDocument(e, c)
            .addAssociation(Association.hasMember(ss.entryUuid(), e.entryUuid())).build());
    DocumentEntry sig = signed.documentEntries().get(1);
    try (InputStream in = signed.content(sig.entryUuid()).orElseThrow().openStream()) {
      return in.readAllBytes();
    } catch (java.io.IOException x) {
      throw new IllegalStateException(x);
    }
  }

  private static ValidationReport verify(SubmissionSetVerifier v, byte[] signature,
      Map<String, byte[]> docs) {
    return v.verify(signature, SS_UID, uid -> docs.containsKey(uid)
        ? new ByteArrayInputStream(docs.get(uid)) : null, docs.keySet());
  }

  @Test
  void verify_untouchedSubmission_valid() {
    assertThat(verify(TRUSTING, SIGNATURE, Map.of(DOC_UID, CDA)).isValid()).isTrue();
  }

  @Test
  void verify_notXml_dmp0401() {
    assertThat(verify(TRUSTING, "not xml".getBytes(StandardCharsets.UTF_8),
        Map.of(DOC_UID, CDA)).codes()).containsExactly(DmpErrors.RULE_SIGNATURE_MALFORMED);
  }

  @Test
  void verify_signedPropertiesAltered_dmp0402() {
    String xml = new String(SIGNATURE, StandardCharsets.UTF_8);
    String altered = xml.replaceFirst("SigningTime>(\\d{4})", "SigningTime>1999");

    assertThat(altered).isNotEqualTo(xml);
    assertThat(verify(TRUSTING, altered.getBytes(StandardCharsets.UTF_8), Map.of(DOC_UID, CDA))
        .codes()).containsExactly(DmpErrors.RULE_SIGNATURE_INVALID);
  }

  @Test
  void verify_untrustedSigner_dmp0402() {
    assertThat(verify(SubmissionSetVerifier.of(c -> false), SIGNATURE, Map.of(DOC_UID, CDA))
        .codes()).containsExactly(DmpErrors.RULE_SIGNATURE_INVALID);
  }

  @Test
  void verify_documentTampered_dmp0403() {
    assertThat(verify(TRUSTING, SIGNATURE, Map.of(DOC_UID,
        "<ClinicalDocument>x</ClinicalDocument>".getBytes(StandardCharsets.UTF_8))).codes())
        .containsExactly(DmpErrors.RULE_MANIFEST_DIGEST);
  }

  @Test
  void verify_documentNotCoveredByManifest_dmp0404() {
    ValidationReport r = TRUSTING.verify(SIGNATURE, SS_UID, uid -> new ByteArrayInputStream(CDA),
        Set.of(DOC_UID, "1.2.3.4.6"));

    assertThat(r.codes()).containsExactly(DmpErrors.RULE_MANIFEST_COVERAGE);
  }
}
