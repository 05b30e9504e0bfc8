package io.github.eparcours.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class SecureXmlTest {

  private static final String SECRET = "TOP-SECRET-CONTENT";
  private static HttpServer server;
  private static final AtomicInteger HITS = new AtomicInteger();
  private static String base;

  @TempDir
  static Path tmp;
  private static Path secretFile;

  @BeforeAll
  static void startServer() throws IOException {
    secretFile = Files.writeString(tmp.resolve("secret.txt"), SECRET);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      HITS.incrementAndGet();
      byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  // ------------------------------------------------------------------------------- attacks

  private static String xxeFile() {
    return "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secretFile.toUri()
        + "\">]><r>&xxe;</r>";
  }

  private static String xxeHttp() {
    return "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + base + "/entity\">]><r>&xxe;</r>";
  }

  private static String externalDtd() {
    return "<!DOCTYPE r SYSTEM \"" + base + "/evil.dtd\"><r>&leak;</r>";
  }

  private static String parameterEntity() {
    return "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p;]><r>&leak;</r>";
  }

  private static String billionLaughs() {
    StringBuilder sb = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      sb.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        sb.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
      }
      sb.append("\">");
    }
    return sb.append("]><lolz>&lol9;</lolz>").toString();
  }

  private static String xinclude() {
    return "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\""
        + secretFile.toUri() + "\" parse=\"text\"/></r>";
  }

  @Test
  void parse_xxeFileEntity_isRefusedAsDoctype() {
    assertRefused(() -> SecureXml.parse(in(xxeFile())), XmlErrorCodes.DOCTYPE)
        .hasMessageContaining("DOCTYPE not allowed").hasMessageNotContaining(SECRET);
  }

  @Test
  void parse_xxeHttpEntity_isRefusedWithoutAnyRequest() {
    int before = HITS.get();
    assertRefused(() -> SecureXml.parse(in(xxeHttp())), XmlErrorCodes.DOCTYPE);
    assertRefused(() -> SecureXml.parse(in(parameterEntity())), XmlErrorCodes.DOCTYPE);
    assertThat(HITS.get()).isEqualTo(before);
  }

  @Test
  void parse_externalDtd_isRefusedWithoutAnyRequest() {
    int before = HITS.get();
    assertRefused(() -> SecureXml.parse(in(externalDtd())), XmlErrorCodes.DOCTYPE);
    assertThat(HITS.get()).isEqualTo(before);
  }

  @Test
  void parse_billionLaughs_isRefused() {
    assertRefused(() -> SecureXml.parse(in(billionLaughs())), XmlErrorCodes.DOCTYPE);
  }

  @Test
  void parse_xinclude_isRefusedAndNeverProcessed() {
    assertRefused(() -> SecureXml.parse(in(xinclude())), XmlErrorCodes.XINCLUDE)
        .hasMessageContaining("XInclude");
  }

  @Test
  void newDocumentBuilder_xinclude_isNotProcessed() throws Exception {
    Document d = SecureXml.newDocumentBuilder().parse(in(xinclude()));
    assertThat(d.getDocumentElement().getTextContent()).doesNotContain(SECRET);
    assertThat(d.getElementsByTagNameNS(SecureXml.XINCLUDE_NAMESPACE, "include").getLength())
        .isEqualTo(1);
  }

  @Test
  void parse_oversizedDocument_isRefusedWhileStreaming() {
    XmlLimits small = XmlLimits.builder().maxDocumentBytes(1_024).build();
    String big = "<r>" + "<a>x</a>".repeat(1_000) + "</r>";
    CountingStream counting = new CountingStream(big.getBytes(StandardCharsets.UTF_8));
    assertRefused(() -> SecureXml.parse(counting, small), XmlErrorCodes.TOO_LARGE)
        .hasMessageContaining("1024 bytes");
    assertThat(counting.read).isLessThan(big.length());
    assertThat(SecureXml.parse(in("<r>" + "<a>x</a>".repeat(100) + "</r>"), small)).isNotNull();
  }

  @Test
  void parse_tooDeep_isRefusedByLimit() {
    XmlLimits shallow = XmlLimits.builder().maxElementDepth(10).build();
    String deep = "<a>".repeat(20) + "</a>".repeat(20);
    assertRefused(() -> SecureXml.parse(in(deep), shallow), XmlErrorCodes.LIMIT)
        .hasMessageContaining("element depth");
    assertThat(SecureXml.parse(in("<a>".repeat(5) + "</a>".repeat(5)), shallow)).isNotNull();
  }

  @Test
  void parse_tooManyAttributes_isRefusedByLimit() {
    XmlLimits few = XmlLimits.builder().maxAttributesPerElement(3).build();
    assertRefused(() -> SecureXml.parse(in("<a b='1' c='2' d='3' e='4'/>"), few),
        XmlErrorCodes.LIMIT);
  }

  @Test
  void parse_malformed_isRefusedWithPositionAndWithoutContent() {
    assertRefused(() -> SecureXml.parse(in("<r><patient>DUPONT</r>")), XmlErrorCodes.MALFORMED)
        .hasMessageContaining("line 1").hasMessageNotContaining("<patient")
        .hasMessageNotContaining("DUPONT");
  }

  @Test
  void parse_readFailure_isIoError() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertRefused(() -> SecureXml.parse(failing), XmlErrorCodes.IO);
  }

  @Test
  void parse_repeatedOnOneThread_staysHardenedAfterFailuresAndSuccesses() {
    for (int i = 0; i < 3; i++) {
      assertRefused(() -> SecureXml.parse(in(xxeFile())), XmlErrorCodes.DOCTYPE);
      assertRefused(() -> SecureXml.parse(in("<r><a></r>")), XmlErrorCodes.MALFORMED);
      assertRefused(() -> SecureXml.parse(new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("gone");
        }
      }), XmlErrorCodes.IO);
      assertThat(SecureXml.parse(in("<r>ok</r>")).getDocumentElement().getTextContent())
          .isEqualTo("ok");
      assertRefused(() -> SecureXml.parse(in(billionLaughs())), XmlErrorCodes.DOCTYPE);
    }
  }

  @Test
  void parse_reentrantFromTheInputStream_usesASeparateParser() {
    byte[] outer = "<outer>text</outer>".getBytes(StandardCharsets.UTF_8);
    List<String> inner = new ArrayList<>();
    InputStream reentrant = new ByteArrayInputStream(outer) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        if (inner.isEmpty()) {
          inner.add(SecureXml.parse(in("<inner>x</inner>")).getDocumentElement().getTagName());
        }
        return super.read(b, off, len);
      }
    };
    assertThat(SecureXml.parse(reentrant).getDocumentElement().getTagName()).isEqualTo("outer");
    assertThat(inner).containsExactly("inner");
    assertThat(SecureXml.parse(in("<again/>")).getDocumentElement().getTagName())
        .isEqualTo("again");
  }

  @Test
  void parseAndStax_concurrentThreads_eachGetAWorkingParser() throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int id = t;
      threads.add(new Thread(() -> {
        try {
          for (int i = 0; i < 50; i++) {
            Document d = SecureXml.parse(in("<r>" + id + "-" + i + "</r>"));
            assertThat(d.getDocumentElement().getTextContent()).isEqualTo(id + "-" + i);
            XMLStreamReader reader = SecureXml.newXmlStreamReader(in("<r>" + id + "/" + i + "</r>"));
            reader.nextTag();
            assertThat(reader.getElementText()).isEqualTo(id + "/" + i);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void translate_frenchParserMessages_areClassifiedTheSame() {
    java.util.Locale previous = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.FRANCE);
    try {
      XmlLimits fresh = XmlLimits.builder().maxElementDepth(10).build();
      assertRefused(() -> SecureXml.parse(in(xxeFile()), fresh), XmlErrorCodes.DOCTYPE);
      assertRefused(() -> SecureXml.parse(in("<a>".repeat(20) + "</a>".repeat(20)), fresh),
          XmlErrorCodes.LIMIT);
      assertRefused(() -> SecureXml.parse(in("<r><a></r>"), fresh), XmlErrorCodes.MALFORMED);
      assertRefused(() -> SecureXml.parse(in(xxeHttp()), new DefaultHandler(), fresh),
          XmlErrorCodes.DOCTYPE);
    } finally {
      java.util.Locale.setDefault(previous);
    }
  }

  // --------------------------------------------------------------------------- normal use

  @Test
  void parse_normalDocument_keepsNamespacesEntitiesAndCdata() {
    Document d = SecureXml.parse(in("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>A &amp; B &#233;&lt;</title>"
        + "<text><![CDATA[<b>raw</b>]]></text></ClinicalDocument>"));
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("urn:hl7-org:v3");
    assertThat(d.getElementsByTagNameNS("urn:hl7-org:v3", "title").item(0).getTextContent())
        .isEqualTo("A & B é<");
    assertThat(d.getElementsByTagNameNS("urn:hl7-org:v3", "text").item(0).getTextContent())
        .isEqualTo("<b>raw</b>");
  }

  @Test
  void write_roundTrips() {
    Document d = SecureXml.parse(in("<r xmlns=\"urn:x\"><a k=\"v\">é &amp;</a></r>"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SecureXml.write(d, out);
    Document again = SecureXml.parse(new ByteArrayInputStream(out.toByteArray()));
    assertThat(again.getDocumentElement().getTextContent()).isEqualTo("é &");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("UTF-8");
  }

  // ----------------------------------------------------------------------------------- SAX

  @Test
  void saxParse_attacksAreRefused() {
    int before = HITS.get();
    for (String attack : List.of(xxeFile(), xxeHttp(), externalDtd(), billionLaughs())) {
      assertRefused(() -> SecureXml.parse(in(attack), new DefaultHandler()),
          XmlErrorCodes.DOCTYPE);
    }
    assertThat(HITS.get()).isEqualTo(before);
  }

  @Test
  void saxParse_normalDocumentAndXincludeNotProcessed() {
    List<String> elements = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    SecureXml.parse(in(xinclude()), new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String qName, Attributes attributes) {
        elements.add(uri + "|" + local);
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
      }
    });
    assertThat(elements).containsExactly("|r", SecureXml.XINCLUDE_NAMESPACE + "|include");
    assertThat(text.toString()).doesNotContain(SECRET);
  }

  @Test
  void saxParse_oversized_isRefused() {
    XmlLimits small = XmlLimits.builder().maxDocumentBytes(100).build();
    assertRefused(() -> SecureXml.parse(in("<r>" + "x".repeat(200) + "</r>"),
        new DefaultHandler(), small), XmlErrorCodes.TOO_LARGE);
  }

  // ---------------------------------------------------------------------------------- StAX

  @Test
  void staxReader_attacksAreRefused() {
    int before = HITS.get();
    for (String attack : List.of(xxeFile(), xxeHttp(), externalDtd(), billionLaughs())) {
      assertRefused(() -> drain(SecureXml.newXmlStreamReader(in(attack))), XmlErrorCodes.DOCTYPE);
    }
    assertThat(HITS.get()).isEqualTo(before);
  }

  @Test
  void staxFactory_billionLaughsAndXxe_areNeverExpanded() throws Exception {
    int before = HITS.get();
    for (String attack : List.of(xxeFile(), xxeHttp(), billionLaughs())) {
      XMLStreamReader reader = SecureXml.newXmlInputFactory().createXMLStreamReader(in(attack));
      StringBuilder text = new StringBuilder();
      assertThatThrownBy(() -> {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.CHARACTERS) {
            text.append(reader.getText());
          }
        }
      }).isNotNull();
      assertThat(text.toString()).doesNotContain(SECRET).doesNotContain("lollol");
    }
    assertThat(HITS.get()).isEqualTo(before);
  }

  @Test
  void staxReader_normalDocumentXincludeAndLimits() throws Exception {
    XMLStreamReader reader = SecureXml.newXmlStreamReader(in(xinclude()));
    List<String> names = new ArrayList<>();
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT) {
        names.add(reader.getLocalName());
      }
    }
    assertThat(names).containsExactly("r", "include");
    XmlLimits small = XmlLimits.builder().maxDocumentBytes(100).build();
    assertRefused(() -> drain(SecureXml.newXmlStreamReader(
        in("<r>" + "<a/>".repeat(200) + "</r>"), small)), XmlErrorCodes.TOO_LARGE);
    assertRefused(() -> drain(SecureXml.newXmlStreamReader(in("<r><a></r>"))),
        XmlErrorCodes.MALFORMED);
    XmlLimits shallow = XmlLimits.builder().maxElementDepth(5).build();
    assertRefused(() -> drain(SecureXml.newXmlStreamReader(
        in("<a>".repeat(10) + "</a>".repeat(10)), shallow)), XmlErrorCodes.LIMIT);
  }

  @Test
  void staxWriter_writesEscapedXml() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter w = SecureXml.newXmlOutputFactory().createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("r");
    w.writeAttribute("a", "\"<&");
    w.writeCharacters("<&>");
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    Document d = SecureXml.parse(new ByteArrayInputStream(out.toByteArray()));
    assertThat(d.getDocumentElement().getAttribute("a")).isEqualTo("\"<&");
    assertThat(d.getDocumentElement().getTextContent()).isEqualTo("<&>");
  }

  // -------------------------------------------------------------------------------- Schema

  @Test
  void schema_validatesAndRefusesDoctypeInInstances() throws Exception {
    String xsd = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
        + "<xs:element name=\"r\" type=\"xs:int\"/></xs:schema>";
    Schema schema = SecureXml.newSchemaFactory().newSchema(new StreamSource(in(xsd)));
    SecureXml.newValidator(schema).validate(new StreamSource(in("<r>42</r>")));
    assertThatThrownBy(() -> SecureXml.newValidator(schema)
        .validate(new StreamSource(in("<r>x</r>")))).hasMessageContaining("cvc-");
    SecureXml.newValidator(schema).validate(SecureXml.newSaxSource(in("<r>7</r>")));
    SecureXml.newValidator(schema).validate(new DOMSource(SecureXml.parse(in("<r>7</r>"))));
    int before = HITS.get();
    for (String attack : List.of(xxeHttp(), externalDtd(), billionLaughs(), xxeFile())) {
      assertThatThrownBy(() -> SecureXml.newValidator(schema)
          .validate(SecureXml.newSaxSource(in(attack)))).hasMessageContaining("DOCTYPE")
          .hasMessageNotContaining(SECRET);
      assertThatThrownBy(() -> SecureXml.newValidator(schema)
          .validate(new StreamSource(in(attack)))).hasMessageNotContaining(SECRET);
    }
    assertThat(HITS.get()).isEqualTo(before);
  }

  @Test
  void schemaFactory_remoteImport_isNotFetched() {
    String xsd = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
        + "<xs:include schemaLocation=\"" + base + "/other.xsd\"/>"
        + "<xs:element name=\"r\" type=\"xs:int\"/></xs:schema>";
    int before = HITS.get();
    assertThatThrownBy(() -> SecureXml.newSchemaFactory().newSchema(new StreamSource(in(xsd))))
        .isNotNull();
    assertThat(HITS.get()).isEqualTo(before);
  }

  @Test
  void transformerFactory_remoteStylesheetImport_isNotFetched() {
    String xsl = "<xsl:stylesheet version=\"1.0\" "
        + "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:import href=\"" + base
        + "/x.xsl\"/></xsl:stylesheet>";
    int before = HITS.get();
    assertThatThrownBy(() -> SecureXml.newTransformerFactory()
        .newTransformer(new StreamSource(in(xsl)))).isNotNull();
    assertThat(HITS.get()).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------- helpers

  private static ByteArrayInputStream in(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static void drain(XMLStreamReader reader) throws Exception {
    while (reader.hasNext()) {
      reader.next();
    }
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable call, ErrorCode code) {
    return assertThatThrownBy(call).isInstanceOf(EparcoursClientException.class)
        .satisfies(e -> assertThat(((EparcoursClientException) e).code()).isEqualTo(code))
        .hasMessageNotContaining(SECRET);
  }

  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      read += Math.max(n, 0);
      return n;
    }

    @Override
    public synchronized int read() {
      int n = super.read();
      read += n >= 0 ? 1 : 0;
      return n;
    }
  }
}
