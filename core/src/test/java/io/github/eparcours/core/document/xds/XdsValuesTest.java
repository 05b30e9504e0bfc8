package io.github.eparcours.core.document.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.document.cda.CdaTime;
import io.github.eparcours.core.document.xds.internal.Ids;
import io.github.eparcours.core.error.EparcoursClientException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class XdsValuesTest {

  @Test
  void newUniqueId_is225OidOfAnUnsignedUuid() {
    String oid = XdsIds.newUniqueId();

    assertThat(oid).startsWith("2.25.").hasSizeLessThanOrEqualTo(44).matches("2\\.25\\.[1-9]\\d*");
    assertThat(XdsIds.newUniqueId()).isNotEqualTo(oid);
  }

  @Test
  void uuidToInteger_highBitSet_readAsUnsigned() {
    UUID u = UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff");

    assertThat(new BigInteger(Ids.uuidToInteger(u)))
        .isEqualTo(new BigInteger("ffffffffffff4fffbfffffffffffffff", 16));
  }

  @Test
  void cx_of_escapesDelimitersAndReadsBack() {
    Cx cx = Cx.of("A^B&C", "1.2.3", "PI");

    assertThat(cx.value()).isEqualTo("A\\S\\B\\T\\C^^^&1.2.3&ISO^PI");
    assertThat(cx.idNumber()).isEqualTo("A^B&C");
    assertThat(cx.toString()).doesNotContain("A");
  }

  @Test
  void xcn_ofIdNatPs_followsFrenchProfile() {
    Xcn x = Xcn.of(io.github.eparcours.core.identity.IdNatPs.parse("899900077985"), "MEDECIN",
        "Paul");

    assertThat(x.value())
        .isEqualTo("899900077985^MEDECIN^Paul^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS");
    assertThat(x.idNumber()).isEqualTo("899900077985");
    assertThat(x.assigningAuthorityOid()).isEqualTo("1.2.250.1.71.4.2.1");
  }

  @Test
  void cx_of_badOid_refused() {
    assertThatThrownBy(() -> Cx.of("1", "1.02", "PI"))
        .isInstanceOf(EparcoursClientException.class).hasMessageContaining("CORE-0507");
  }

  @Test
  void xdsTime_ofInstant_isUtcSeconds() {
    assertThat(XdsTime.of(OffsetDateTime.of(2024, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1)))
        .value()).isEqualTo("20231231233000");
    assertThat(new XdsTime("2024").toInstant()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void xdsTime_malformed_refused() {
    assertThatThrownBy(() -> new XdsTime("2024-01-01"))
        .isInstanceOf(EparcoursClientException.class);
  }

  @Test
  void cdaTime_toXdsTime_convertsToUtcKeepingPrecision() {
    assertThat(CdaTime.parse("202403120130-0300").toXdsTime().value()).isEqualTo("202403120430");
    assertThat(CdaTime.parse("20240312").toXdsTime().value()).isEqualTo("20240312");
    assertThat(CdaTime.parse("20240312101500.123+0100").toXdsTime().value())
        .isEqualTo("20240312091500");
  }

  @Test
  void availabilityStatus_unknown_keptRaw() {
    AvailabilityStatus s = AvailabilityStatus.of("urn:asip:ci-sis:2010:StatusType:Deleted");
    AvailabilityStatus other = AvailabilityStatus.of("urn:example:Frozen");

    assertThat(s).isSameAs(AvailabilityStatus.DMP_DELETED);
    assertThat(other.isKnown()).isFalse();
    assertThat(other.value()).isEqualTo("urn:example:Frozen");
  }

  @Test
  void documentContent_digest_isSha1AndSize() {
    DocumentContent.Digest d = DocumentContent.ofBytes("abc".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII)).digest();

    assertThat(d.sha1Hex()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    assertThat(d.size()).isEqualTo(3);
  }

  @Test
  void documentEntry_toString_hasNoPatientData() {
    DocumentEntry e = XdsFixtures.entry().build();

    assertThat(e.toString()).doesNotContain("279035121518989").doesNotContain("DUPONT");
  }
}
