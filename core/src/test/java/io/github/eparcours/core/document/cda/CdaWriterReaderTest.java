package io.github.eparcours.core.document.cda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ValidationException;
import io.github.eparcours.core.identity.IdentityStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CdaWriterReaderTest {

  private static byte[] pdf(int size) {
    byte[] b = new byte[size];
    new Random(42).nextBytes(b);
    return b;
  }

  private static byte[] writeN1(CdaHeader h, byte[] pdf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CdaWriter.writeN1(h, new ByteArrayInputStream(pdf), out);
    return out.toByteArray();
  }

  @Test
  void writeN1_thenRead_roundTripsHeaderAndPdf() {
    CdaHeader header = CdaFixtures.header().build();
    byte[] pdf = pdf(100_001);

    byte[] xml = writeN1(header, pdf);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    CdaDocument doc = CdaReader.read(new ByteArrayInputStream(xml), body,
        CdaReader.DEFAULT_MAX_BYTES);

    assertThat(doc.report().issues()).isEmpty();
    assertThat(doc.bodyKind()).isEqualTo(CdaDocument.BodyKind.NON_XML);
    assertThat(body.toByteArray()).isEqualTo(pdf);
    assertThat(doc.bodyBytes()).isEqualTo(pdf.length);
    CdaHeader read = doc.header();
    assertThat(read.templateIds()).containsExactly(CdaWriter.TEMPLATE_HL7_FRANCE,
        CdaWriter.TEMPLATE_CI_SIS, CdaWriter.TEMPLATE_XDS_SD);
    // Everything but the template list and the identity status (not carried by CDA) survives.
    CdaPatient expectedPatient = header.patient().orElseThrow().toBuilder().status(null).build();
    assertThat(read.toBuilder().patient(expectedPatient).build())
        .isEqualTo(header.toBuilder().patient(expectedPatient)
            .addTemplateId(CdaWriter.TEMPLATE_HL7_FRANCE).addTemplateId(CdaWriter.TEMPLATE_CI_SIS)
            .addTemplateId(CdaWriter.TEMPLATE_XDS_SD).build());
  }

  @Test
  void writeN1_body_isPlainBase64OfThePdf() {
    byte[] pdf = pdf(1000);
    String xml = new String(writeN1(CdaFixtures.header().build(), pdf), StandardCharsets.UTF_8);

    assertThat(xml).contains("<text mediaType=\"application/pdf\" representation=\"B64\">"
        + Base64.getEncoder().encodeToString(pdf) + "</text>");
    assertThat(xml).contains("<realmCode code=\"FR\"/>")
        .contains("<typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>")
        .contains("<family qualifier=\"BR\">DUPONT</family>")
        .contains("<given qualifier=\"BR\">MARIE</given>")
        .contains("<county>63113</county>")
        .contains("<effectiveTime value=\"20240312101500+0100\"/>");
  }

  @Test
  void writeN1_hugePdf_streamsWithoutHoldingIt() {
    long size = 64L * 1024 * 1024 + 7;
    InputStream pdf = new InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    long[] written = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        written[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        written[0] += len;
      }
    };

    CdaWriter.writeN1(CdaFixtures.header().build(), pdf, counting);

    assertThat(written[0]).isGreaterThan((size + 2) / 3 * 4);
  }

  @Test
  void writeN1_invalidHeader_refusedWithReport() {
    CdaHeader header = CdaFixtures.header().title(null).build();

    assertThatThrownBy(() -> writeN1(header, pdf(10)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.code()).isEqualTo(DocumentErrors.CDA_INVALID);
          assertThat(e.report().codes()).containsExactly(CdaHeaderValidator.TITLE);
        });
  }

  @Test
  void writeN1_patientNotQualified_insLeftOutAndIppKept() {
    var identity = CdaFixtures.identity().toBuilder().status(IdentityStatus.RECUP).build();
    CdaHeader header = CdaFixtures.header().patient(CdaPatient.of(identity)).build();

    CdaDocument doc = CdaReader.read(new ByteArrayInputStream(writeN1(header, pdf(10))));

    assertThat(doc.header().patient().orElseThrow().ins()).isEmpty();
    assertThat(doc.header().patient().orElseThrow().localId()).isPresent();
    assertThat(doc.report().isValid()).isTrue();
  }

  @Test
  void writeStructured_addsVoletTemplateAndBody() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CdaWriter.writeStructured(CdaFixtures.header().build(), w -> {
      w.writeStartElement("structuredBody");
      w.writeStartElement("component");
      w.writeStartElement("section");
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    }, out);

    CdaDocument doc = CdaReader.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(doc.bodyKind()).isEqualTo(CdaDocument.BodyKind.STRUCTURED);
    assertThat(doc.header().templateIds()).contains("1.2.250.1.213.1.1.1.29");
    assertThat(doc.report().issues()).isEmpty();
  }

  @Test
  void read_foreignDocumentWithExtraContent_tolerated() throws Exception {
    CdaDocument doc;
    try (InputStream in = getClass().getResourceAsStream("foreign-cr-imagerie-n1.xml")) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      doc = CdaReader.read(in, body, CdaReader.DEFAULT_MAX_BYTES);
      assertThat(new String(body.toByteArray(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
    }

    assertThat(doc.report().issues()).isEmpty();
    CdaHeader h = doc.header();
    assertThat(h.documentType()).contains(CdaDocumentType.COMPTE_RENDU_IMAGERIE);
    assertThat(h.patient().orElseThrow().ins()).isPresent();
    assertThat(h.patient().orElseThrow().hasAllInsTraits()).isTrue();
    assertThat(h.patient().orElseThrow().givenNames()).containsExactly("RUTH", "ANNE");
    assertThat(h.authors()).hasSize(2);
    assertThat(h.parentDocument()).isPresent();
    assertThat(h.versionNumber()).contains(2);
  }

  @Test
  void read_doctype_refused() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE ClinicalDocument [<!ENTITY x SYSTEM"
        + " \"file:///etc/hostname\">]><ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&x;"
        + "</title></ClinicalDocument>";

    assertThatThrownBy(() -> CdaReader.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentErrors.XML_REFUSED));
  }

  @Test
  void read_tooLarge_refused() {
    byte[] xml = writeN1(CdaFixtures.header().build(), pdf(10_000));

    assertThatThrownBy(() -> CdaReader.read(new ByteArrayInputStream(xml), null, 5_000))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentErrors.XML_REFUSED));
  }

  @Test
  void read_notWellFormed_refused() {
    assertThatThrownBy(() -> CdaReader.read(new ByteArrayInputStream(
        "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentErrors.XML_REFUSED));
  }
}
