package io.github.eparcours.mss.xdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.mss.MssErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class XdmArchivesTest {

  private static final byte[] CDA = ("<ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
      + "<code code=\"11490-0\"/></ClinicalDocument>").getBytes(StandardCharsets.UTF_8);

  static XdmPackage pkg() {
    byte[] pdf = new byte[5000];
    new Random(1).nextBytes(pdf);
    return XdmPackage.builder()
        .addDocument(XdmDocument.cda("DOC0001.XML", CDA, "11490-0", "2.16.840.1.113883.6.1")
            .withEntry(DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid())
                .classCode(Code.of("10", "1.2.250.1.213.1.1.4.1")).title("Lettre").build()))
        .addDocument(XdmDocument.of("DOC0002.PDF", "application/pdf", pdf))
        .sourceId("1.2.250.1.999.2.1")
        .submissionTime(Instant.parse("2026-01-15T10:00:00Z"))
        .build();
  }

  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static void assertCode(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void write_package_hasIheLayoutAndConsistentMetadata() throws IOException {
    byte[] zip = XdmWriter.toBytes(pkg());
    Map<String, byte[]> entries = entries(zip);
    assertThat(entries.keySet()).containsExactly("README.TXT", "INDEX.HTM",
        "IHE_XDM/SUBSET01/METADATA.XML", "IHE_XDM/SUBSET01/DOC0001.XML",
        "IHE_XDM/SUBSET01/DOC0002.PDF");
    String metadata = new String(entries.get("IHE_XDM/SUBSET01/METADATA.XML"),
        StandardCharsets.UTF_8);
    String sha1 = HexFormat.of().formatHex(sha1(CDA));
    assertThat(metadata).contains(sha1).contains("DOC0001.XML").contains("SubmitObjectsRequest")
        .contains("11490-0").doesNotContain("<!DOCTYPE");
    assertThat(new String(entries.get("INDEX.HTM"), StandardCharsets.UTF_8))
        .contains("href=\"IHE_XDM/SUBSET01/DOC0002.PDF\"");
  }

  private static byte[] sha1(byte[] b) {
    try {
      return java.security.MessageDigest.getInstance("SHA-1").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void read_writtenPackage_returnsDocumentsAndTypedMetadata() {
    XdmPackage pkg = pkg();
    XdmArchive archive = XdmReader.create().read(XdmWriter.toBytes(pkg));
    assertThat(archive.subsetName()).isEqualTo("SUBSET01");
    assertThat(archive.documents()).extracting(XdmDocument::fileName)
        .containsExactly("DOC0001.XML", "DOC0002.PDF");
    assertThat(archive.documents().get(1).content()).isEqualTo(pkg.documents().get(1).content());
    assertThat(archive.cdaTypeCodes()).containsExactly("11490-0");
    assertThat(archive.submission().documentEntries()).hasSize(2);
    assertThat(archive.documents().get(0).entry()).get()
        .satisfies(e -> assertThat(e.title()).contains("Lettre"));
    assertThat(archive.submission().submissionSet().sourceId()).contains("1.2.250.1.999.2.1");
    assertThat(archive.readme()).get().asString().contains("IHE XDM");
  }

  @Test
  void toBytes_calledTwice_returnsEqualIndependentCopies() {
    XdmPackage pkg = pkg();
    byte[] a = XdmWriter.toBytes(pkg);
    byte[] b = XdmWriter.toBytes(pkg);
    assertThat(a).isEqualTo(b).isNotSameAs(b);
  }

  @Test
  void read_alteredDocument_throwsHashMismatch() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    byte[] cda = e.get("IHE_XDM/SUBSET01/DOC0001.XML").clone();
    cda[10] ^= 1;
    e.put("IHE_XDM/SUBSET01/DOC0001.XML", cda);
    assertCode(() -> XdmReader.create().read(zip(e)), MssErrors.XDM_HASH_MISMATCH);
  }

  @Test
  void read_truncatedDocument_throwsSizeMismatch() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    byte[] pdf = e.get("IHE_XDM/SUBSET01/DOC0002.PDF");
    e.put("IHE_XDM/SUBSET01/DOC0002.PDF", java.util.Arrays.copyOf(pdf, pdf.length - 1));
    assertCode(() -> XdmReader.create().read(zip(e)), MssErrors.XDM_SIZE_MISMATCH);
  }

  @Test
  void read_missingDocument_throwsDocumentMissing() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    e.remove("IHE_XDM/SUBSET01/DOC0002.PDF");
    assertCode(() -> XdmReader.create().read(zip(e)), MssErrors.XDM_DOCUMENT_MISSING);
  }

  @Test
  void read_noMetadata_throwsMetadataMissing() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    e.remove("IHE_XDM/SUBSET01/METADATA.XML");
    assertCode(() -> XdmReader.create().read(zip(e)), MssErrors.XDM_METADATA_MISSING);
  }

  @Test
  void read_metadataWithDoctype_throwsMetadataInvalid() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    e.put("IHE_XDM/SUBSET01/METADATA.XML", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a "
        + "SYSTEM \"file:///etc/passwd\">]><x>&a;</x>").getBytes(StandardCharsets.UTF_8));
    assertCode(() -> XdmReader.create().read(zip(e)), MssErrors.XDM_METADATA_INVALID);
  }

  @Test
  void read_zipSlipEntry_throwsUnsafePath() throws IOException {
    for (String evil : List.of("../../etc/passwd", "/etc/passwd", "IHE_XDM\\..\\x",
        "C:/x", "IHE_XDM/SUBSET01/../../x", "a//b")) {
      Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
      e.put(evil, new byte[] {1});
      assertCode(() -> XdmReader.create().read(zip(e)), MssErrors.XDM_UNSAFE_PATH);
    }
  }

  @Test
  void read_zipBomb_throwsRatioExceeded() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    e.put("IHE_XDM/SUBSET01/BOMB.BIN", new byte[20 * 1024 * 1024]);
    assertCode(() -> XdmReader.create().read(zip(e)), MssErrors.XDM_RATIO_EXCEEDED);
  }

  @Test
  void read_entryOverSizeLimit_throwsTooLarge() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    byte[] big = new byte[300_000];
    new Random(2).nextBytes(big);
    e.put("IHE_XDM/SUBSET01/BIG.BIN", big);
    XdmReader reader = XdmReader.withLimits(new XdmLimits(100, 200_000, 10_000_000, 100));
    assertCode(() -> reader.read(zip(e)), MssErrors.XDM_TOO_LARGE);
    XdmReader total = XdmReader.withLimits(new XdmLimits(100, 1_000_000, 250_000, 100));
    assertCode(() -> total.read(zip(e)), MssErrors.XDM_TOO_LARGE);
  }

  @Test
  void read_tooManyEntries_throwsTooLarge() throws IOException {
    Map<String, byte[]> e = entries(XdmWriter.toBytes(pkg()));
    for (int i = 0; i < 20; i++) {
      e.put("EXTRA" + i + ".TXT", new byte[] {1});
    }
    assertCode(() -> XdmReader.withLimits(new XdmLimits(10, 1 << 20, 1 << 24, 100))
        .read(zip(e)), MssErrors.XDM_TOO_LARGE);
  }

  @Test
  void read_duplicateEntry_throwsDuplicate() throws IOException {
    byte[] original = XdmWriter.toBytes(pkg());
    Map<String, byte[]> e = entries(original);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> x : e.entrySet()) {
        out.putNextEntry(new ZipEntry(x.getKey()));
        out.write(x.getValue());
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("ihe_xdm/subset01/doc0001.xml"));
      out.write(CDA);
      out.closeEntry();
    }
    assertCode(() -> XdmReader.create().read(bytes.toByteArray()), MssErrors.XDM_DUPLICATE_ENTRY);
  }

  @Test
  void read_garbageOrTruncatedArchive_throwsMalformedNeverCrashes() {
    byte[] valid = XdmWriter.toBytes(pkg());
    Random random = new Random(3);
    List<byte[]> hostile = new ArrayList<>();
    hostile.add(new byte[0]);
    hostile.add("not a zip at all".getBytes(StandardCharsets.US_ASCII));
    hostile.add(java.util.Arrays.copyOf(valid, valid.length / 2));
    for (int i = 0; i < 200; i++) {
      byte[] mutated = valid.clone();
      for (int j = 0; j < 5; j++) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt();
      }
      hostile.add(mutated);
    }
    for (byte[] h : hostile) {
      try {
        XdmReader.create().read(h);
      } catch (EparcoursClientException e) {
        assertThat(e.code().value()).startsWith("MSS-05");
      }
    }
    assertCode(() -> XdmReader.create().read(new byte[0]), MssErrors.XDM_MALFORMED);
    assertCode(() -> XdmReader.create().read(java.util.Arrays.copyOf(valid, valid.length / 2)),
        MssErrors.XDM_MALFORMED);
  }

  @Test
  void build_invalidPackages_throwInvalidPackage() {
    assertCode(() -> XdmPackage.builder().sourceId("1.2.3").build(),
        MssErrors.XDM_INVALID_PACKAGE);
    assertCode(() -> XdmPackage.builder()
        .addDocument(XdmDocument.of("A.PDF", "application/pdf", new byte[1]))
        .addDocument(XdmDocument.of("a.pdf", "application/pdf", new byte[1]))
        .sourceId("1.2.3").build(), MssErrors.XDM_INVALID_PACKAGE);
    assertCode(() -> XdmPackage.builder()
        .addDocument(XdmDocument.of("A.PDF", "application/pdf", new byte[1]))
        .sourceId("not-an-oid").build(), MssErrors.XDM_INVALID_PACKAGE);
    assertCode(() -> XdmDocument.of("../A.PDF", "application/pdf", new byte[1]),
        MssErrors.XDM_INVALID_PACKAGE);
    assertCode(() -> XdmPackage.builder().subsetName("subset-1"), MssErrors.XDM_INVALID_PACKAGE);
  }
}
