package io.github.eparcours.dmp.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.dmp.TestCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The submission-set signer built from the structure's signature key material. */
class SubmissionSetSignerKeyMaterialTest {

  private static final String PATIENT = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";
  private static final byte[] CDA = "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8);

  @Test
  void sign_signingKeyMaterial_signatureVerifiesForItsCertificate() throws IOException {
    KeyMaterial signing = TestCredentials.signingKeyMaterial();
    DocumentContent c = DocumentContent.ofBytes(CDA);
    DocumentEntry e = DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId("1.2.3.4.5")
        .patientId(Cx.parse(PATIENT)).hashAndSize(c).build();
    SubmissionSet ss = SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId("1.2.3.9")
        .sourceId("1.2.3").patientId(Cx.parse(PATIENT)).build();

    SubmissionRequest signed = SubmissionSetSigner.of(signing).sign(SubmissionRequest.builder()
        .submissionSet(ss).addDocument(e, c)
        .addAssociation(Association.hasMember(ss.entryUuid(), e.entryUuid())).build());

    DocumentEntry sig = signed.documentEntries().get(1);
    byte[] xml;
    try (InputStream in = signed.content(sig.entryUuid()).orElseThrow().openStream()) {
      xml = in.readAllBytes();
    }
    assertThat(SubmissionSetVerifier.of(cert -> cert.equals(signing.certificate()))
        .verify(xml, "1.2.3.9", uid -> uid.equals("1.2.3.4.5") ? new ByteArrayInputStream(CDA)
            : null, Set.of("1.2.3.4.5")).isValid()).isTrue();
  }

  @Test
  void of_tlsClientKeyMaterial_refusedWithDmp0003() {
    KeyMaterial tls = TestCredentials.tlsClientKeyMaterial();

    assertThatThrownBy(() -> SubmissionSetSigner.of(tls))
        .isInstanceOfSatisfying(EparcoursClientException.class, x -> {
          assertThat(x.code().value()).isEqualTo("DMP-0003");
          assertThat(x.getMessage()).contains("KeyRole.SIGNATURE");
        });
  }
}
