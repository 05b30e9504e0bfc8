package io.github.eparcours.dmp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.crypto.Data;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.junit.jupiter.api.Test;

class CanonicalXmlTest {

  /** The JDK's own exclusive canonicaliser, independent of the writer under test. */
  private static String jdkCanonical(byte[] xml) throws Exception {
    TransformService c14n = TransformService.getInstance(CanonicalizationMethod.EXCLUSIVE, "DOM");
    c14n.init((TransformParameterSpec) null);
    Data out = c14n.transform(new OctetStreamData(new ByteArrayInputStream(xml)), null);
    return new String(((OctetStreamData) out).getOctetStream().readAllBytes(),
        StandardCharsets.UTF_8);
  }

  @Test
  void text_markupAndLineEnds_escapedAsTheCanonicalForm() throws Exception {
    String xml = new CanonicalXml().start("p:a").namespace("p", "urn:p")
        .text("x & y < z > w \r\n \"q\" 'r' \t é").end("p:a").text();

    assertThat(xml).isEqualTo("<p:a xmlns:p=\"urn:p\">x &amp; y &lt; z &gt; w &#xD;\n"
        + " \"q\" 'r' \t é</p:a>");
    assertThat(jdkCanonical(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(xml);
  }

  @Test
  void attribute_quotesAndWhitespace_escapedAsTheCanonicalForm() throws Exception {
    String xml = new CanonicalXml().start("a").attribute("v", "\"1\" & <2> \t\n\r 'é'")
        .end("a").text();

    assertThat(xml).isEqualTo("<a v=\"&quot;1&quot; &amp; &lt;2> &#x9;&#xA;&#xD; 'é'\"></a>");
    assertThat(jdkCanonical(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(xml);
  }

  @Test
  void nestedElements_namespacesWhereUsed_equalTheJdkCanonicalForm() throws Exception {
    String xml = new CanonicalXml().start("s:r").namespace("s", "urn:s").attribute("ID", "_1")
        .attribute("Z", "z").start("s:e").end("s:e")
        .start("v").namespace("", "urn:v").namespace("xsi", "urn:xsi").attribute("code", "1")
        .attribute("xsi:type", "CE").end("v").element("s:t", "text").end("s:r").text();

    assertThat(jdkCanonical(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(xml);
    assertThat(xml).contains("<s:e></s:e>");
  }

  @Test
  void text_controlCharacter_refused() {
    CanonicalXml w = new CanonicalXml().start("a");

    assertThatThrownBy(() -> w.text("bell \u0007")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+0007");
  }

  @Test
  void attribute_afterContent_refused() {
    CanonicalXml w = new CanonicalXml().start("a").text("t");

    assertThatThrownBy(() -> w.attribute("b", "c")).isInstanceOf(IllegalStateException.class);
  }
}
