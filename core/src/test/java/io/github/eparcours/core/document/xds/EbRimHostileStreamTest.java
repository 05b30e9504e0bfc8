package io.github.eparcours.core.document.xds;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.EparcoursClientException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile or malformed streams handed to the ebRIM stream readers. */
class EbRimHostileStreamTest {

  private static final String RS = "urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0";
  private static final String SUCCESS =
      "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success";

  private static void assertRefused(String xml) {
    assertThatThrownBy(() -> EbRim.readRegistryResponse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.code())
                .isEqualTo(DocumentErrors.XML_REFUSED));
  }

  @Test
  void read_doctypeWithoutEntities_refused() {
    assertRefused("<!DOCTYPE rs:RegistryResponse><rs:RegistryResponse xmlns:rs=\"" + RS
        + "\" status=\"" + SUCCESS + "\"/>");
  }

  @Test
  void read_externalDtdReference_refusedWithoutFetching() {
    assertRefused("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\"><rs:RegistryResponse"
        + " xmlns:rs=\"" + RS + "\" status=\"" + SUCCESS + "\"/>");
  }

  @Test
  void read_undeclaredEntityInText_refused() {
    assertRefused("<rs:RegistryResponse xmlns:rs=\"" + RS + "\" status=\"" + SUCCESS + "\">"
        + "<rs:RegistryErrorList><rs:RegistryError errorCode=\"x\" codeContext=\"&secret;\""
        + " severity=\"e\"/></rs:RegistryErrorList></rs:RegistryResponse>");
  }

  @Test
  void read_contentAfterTheRootElement_refused() {
    assertRefused("<rs:RegistryResponse xmlns:rs=\"" + RS + "\" status=\"" + SUCCESS + "\"/>"
        + "<trailing/>");
  }

  @Test
  void read_nestingDeeperThanTheLimit_refused() {
    StringBuilder xml = new StringBuilder("<rs:RegistryResponse xmlns:rs=\"" + RS
        + "\" status=\"" + SUCCESS + "\">");
    xml.append("<x>".repeat(5_000)).append("</x>".repeat(5_000));
    xml.append("</rs:RegistryResponse>");
    assertRefused(xml.toString());
  }

  @Test
  void read_truncatedDocument_refused() {
    assertRefused("<rs:RegistryResponse xmlns:rs=\"" + RS + "\" status=\"" + SUCCESS + "\">"
        + "<rs:RegistryErrorList>");
  }
}
