package io.github.eparcours.core.document.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.xds.internal.EbRimReader;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * The hand-written ebRIM writer and reader: escaping, refused characters, the positioned-reader
 * contract, tolerance to what foreign producers send, and the size bound.
 */
class EbRimStreamingTest {

  private static final String RIM = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0";
  private static final String LCM = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0";
  private static final String RS = "urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0";
  /** Every character that needs care in XML, a supplementary character and non-ASCII text. */
  private static final String AWKWARD =
      "a&b<c>d\"e'f\tg\nh\r\ni ]]> \u00e9\u20ac \uD83D\uDE00 \u007f\u0085 end";

  private static byte[] write(SubmissionRequest r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EbRim.writeSubmitObjectsRequest(r, out);
    return out.toByteArray();
  }

  private static SubmissionRequest read(String xml) {
    return EbRim.readSubmitObjectsRequest(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** A SubmitObjectsRequest with one ExtrinsicObject holding {@code content}, and a set. */
  private static String withOneEntry(String content) {
    return "<lcm:SubmitObjectsRequest xmlns:lcm=\"" + LCM + "\" xmlns:rim=\"" + RIM
        + "\"><rim:RegistryObjectList><rim:ExtrinsicObject id=\"D\">" + content
        + "</rim:ExtrinsicObject><rim:RegistryPackage id=\"SS1\"/><rim:Classification"
        + " id=\"c\" classifiedObject=\"SS1\" classificationNode=\""
        + XdsConstants.SUBMISSION_SET_NODE + "\"/></rim:RegistryObjectList>"
        + "</lcm:SubmitObjectsRequest>";
  }

  private static XMLStreamReader staxOn(String xml, String localName) throws XMLStreamException {
    XMLStreamReader r = SecureXml.newXmlInputFactory().createXMLStreamReader(
        new StringReader(xml));
    while (!(r.isStartElement() && r.getLocalName().equals(localName))) {
      r.next();
    }
    return r;
  }

  // ---------------------------------------------------------------------------------- escaping

  @Test
  void write_awkwardCharactersInAttributesAndText_readBackUnchanged() {
    DocumentEntry entry = XdsFixtures.entry()
        .title(AWKWARD).comments("line 1\r\nline 2\n\tindented")
        .sourcePatientInfo(List.of("PID-5|" + AWKWARD))
        .extraSlot("urn:example:" + "a&b", List.of(AWKWARD, ""))
        .classCode(Code.of("10", XdsConstants.CLASS_CODE_SYSTEM, AWKWARD))
        .build();
    SubmissionRequest request = XdsFixtures.request(entry);

    byte[] xml = write(request);
    DocumentEntry back = EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(xml))
        .documentEntries().get(0);

    assertThat(back).isEqualTo(entry);
    assertThat(back.title()).contains(AWKWARD);
    assertThat(back.comments()).contains("line 1\r\nline 2\n\tindented");
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("&#13;&#10;").contains("&#9;").contains("&quot;").contains("&lt;")
        .contains("\uD83D\uDE00").doesNotContain("]]>");
  }

  @Test
  void write_output_isUtf8WithDeclaration() {
    String xml = new String(write(XdsFixtures.request(1)), StandardCharsets.UTF_8);

    assertThat(xml)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><lcm:SubmitObjectsRequest")
        .contains("xmlns:lcm=\"" + LCM + "\"").contains("xmlns:rim=\"" + RIM + "\"")
        .contains("Médecin");
  }

  @Test
  void write_controlCharacterInTitle_refusedNamingTheFieldNotTheValue() {
    DocumentEntry entry = XdsFixtures.entry().title("DUPONT\u0001Marie").build();

    assertThatThrownBy(() -> write(XdsFixtures.request(entry)))
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> {
          assertThat(e.code()).isEqualTo(DocumentErrors.INVALID_VALUE);
          assertThat(e.getMessage()).contains("DocumentEntry #1", "title", "U+0001",
              "index 6").doesNotContain("DUPONT").doesNotContain("Marie");
        });
  }

  @Test
  void write_nulInSlotValue_refusedNamingTheSlot() {
    DocumentEntry entry = XdsFixtures.entry()
        .sourcePatientInfo(List.of("PID-5|DUPONT\u0000^Marie")).build();

    assertThatThrownBy(() -> write(XdsFixtures.request(entry)))
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> {
          assertThat(e.code()).isEqualTo(DocumentErrors.INVALID_VALUE);
          assertThat(e.getMessage()).contains("slot sourcePatientInfo", "U+0000")
              .doesNotContain("DUPONT");
        });
  }

  @Test
  void write_unpairedSurrogateOrNonCharacter_refused() {
    SubmissionRequest lone = XdsFixtures.request(XdsFixtures.set()
        .comments("x\uD83Dy").build(), XdsFixtures.entry().build());
    SubmissionRequest fffe = XdsFixtures.request(XdsFixtures.entry()
        .extraSlot("urn:example:v", List.of("\uFFFE")).build());

    assertThatThrownBy(() -> write(lone)).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.getMessage()).contains("SubmissionSet", "comments", "U+D83D"));
    assertThatThrownBy(() -> write(fffe)).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.getMessage()).contains("slot urn:example:v", "U+FFFE"));
  }

  @Test
  void write_invalidCharacterInRegistryError_refused() {
    RegistryResponse response = RegistryResponse.of(XdsConstants.RESPONSE_FAILURE, List.of(
        new RegistryError("XDSRegistryError", "ok", RegistryError.SEVERITY_ERROR, ""),
        new RegistryError("XDSRegistryError", "bad\u001b", RegistryError.SEVERITY_ERROR, "")));

    assertThatThrownBy(() -> EbRim.writeRegistryResponse(response, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> assertThat(e.getMessage())
            .contains("RegistryError #2", "attribute codeContext", "U+001B"));
  }

  @Test
  void writeToStaxWriter_invalidCharacter_refusedBeforeReachingTheWriter() throws Exception {
    DocumentEntry entry = XdsFixtures.entry().title("a\u0002b").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes,
        "UTF-8");

    assertThatThrownBy(() -> EbRim.writeSubmitObjectsRequest(XdsFixtures.request(entry), w))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentErrors.INVALID_VALUE));
    w.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\u0002");
  }

  // ----------------------------------------------------------------------- positioned reader

  @Test
  void writeToStaxWriter_insideEnvelope_readBackWithPositionedReaderLeftOnEndTag()
      throws Exception {
    SubmissionRequest request = XdsFixtures.request(2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes,
        "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("s", "Body", "urn:example:soap");
    w.writeNamespace("s", "urn:example:soap");
    EbRim.writeSubmitObjectsRequest(request, w);
    w.writeStartElement("s", "After", "urn:example:soap");
    w.writeCharacters("sibling");
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    w.flush();

    XMLStreamReader r = staxOn(bytes.toString(StandardCharsets.UTF_8), "SubmitObjectsRequest");
    SubmissionRequest back = EbRim.readSubmitObjectsRequest(r);

    assertThat(back.documentEntries()).isEqualTo(request.documentEntries());
    assertThat(back.submissionSet()).isEqualTo(request.submissionSet());
    assertThat(r.getEventType()).isEqualTo(XMLStreamConstants.END_ELEMENT);
    assertThat(r.getLocalName()).isEqualTo("SubmitObjectsRequest");
    assertThat(r.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);
    assertThat(r.getLocalName()).isEqualTo("After");
    assertThat(r.getElementText()).isEqualTo("sibling");
  }

  @Test
  void readPositioned_emptyRegistryResponse_leftOnItsEndTagThenSiblingReadable()
      throws Exception {
    String xml = "<env><rs:RegistryResponse xmlns:rs=\"" + RS + "\" status=\"S\"/>"
        + "<next>1</next><rs:RegistryResponse xmlns:rs=\"" + RS + "\" status=\"T\">"
        + "<rs:RegistryErrorList><rs:RegistryError errorCode=\"E\"/></rs:RegistryErrorList>"
        + "</rs:RegistryResponse></env>";
    XMLStreamReader r = staxOn(xml, "RegistryResponse");

    RegistryResponse first = EbRim.readRegistryResponse(r);
    assertThat(r.isEndElement()).isTrue();
    assertThat(r.getLocalName()).isEqualTo("RegistryResponse");
    r.nextTag();
    assertThat(r.getElementText()).isEqualTo("1");
    r.nextTag();
    RegistryResponse second = EbRim.readRegistryResponse(r);

    assertThat(first).isEqualTo(RegistryResponse.of("S", List.of()));
    assertThat(second.errors()).extracting(RegistryError::errorCode).containsExactly("E");
    assertThat(r.isEndElement()).isTrue();
    assertThat(r.nextTag()).isEqualTo(XMLStreamConstants.END_ELEMENT);
    assertThat(r.getLocalName()).isEqualTo("env");
  }

  @Test
  void readPositioned_atStartOfDocument_readsTheRoot() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QueryResponse response = QueryResponse.of(RegistryResponse.success(),
        List.of(XdsFixtures.entry().build()), List.of(), List.of(), List.of());
    EbRim.writeAdhocQueryResponse(response, out);
    XMLStreamReader r = SecureXml.newXmlInputFactory().createXMLStreamReader(
        new ByteArrayInputStream(out.toByteArray()));

    QueryResponse back = EbRim.readAdhocQueryResponse(r);

    assertThat(back.documentEntries()).isEqualTo(response.documentEntries());
    assertThat(r.isEndElement()).isTrue();
  }

  @Test
  void readPositioned_wrongElement_unreadable() throws Exception {
    XMLStreamReader r = staxOn("<env><other/></env>", "other");

    assertThatThrownBy(() -> EbRim.readRegistryResponse(r))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentErrors.EBRIM_UNREADABLE));
  }

  @Test
  void readPositioned_notOnStartTag_unreadable() throws Exception {
    XMLStreamReader r = staxOn("<env><rs:RegistryResponse xmlns:rs=\"" + RS
        + "\" status=\"S\"/></env>", "RegistryResponse");
    r.next();

    assertThatThrownBy(() -> EbRim.readRegistryResponse(r))
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> {
          assertThat(e.code()).isEqualTo(DocumentErrors.EBRIM_UNREADABLE);
          assertThat(e.getMessage()).contains("start tag");
        });
  }

  @Test
  void readPositioned_unexpandedEntityReference_refused() throws Exception {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    String xml = "<!DOCTYPE r [<!ENTITY e \"x\">]><rs:RegistryResponse xmlns:rs=\"" + RS
        + "\" status=\"S\"><rs:RegistryErrorList>&e;</rs:RegistryErrorList>"
        + "</rs:RegistryResponse>";
    XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
    while (!r.isStartElement()) {
      r.next();
    }

    assertThatThrownBy(() -> EbRim.readRegistryResponse(r))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentErrors.XML_REFUSED));
  }

  // ------------------------------------------------------------------------------- tolerance

  @Test
  void read_unknownElementsAtEveryDepth_skippedWithTheirSubtree() {
    String xml = """
        <lcm:SubmitObjectsRequest xmlns:lcm="urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0"
            xmlns:rim="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0" xmlns:x="urn:example">
          <x:Header><rim:RegistryObjectList><rim:ExtrinsicObject id="Ghost"/>
            </rim:RegistryObjectList></x:Header>
          <rim:RegistryObjectList>
            <x:Before><rim:ExtrinsicObject id="Ghost2"/></x:Before>
            <rim:ExtrinsicObject id="Doc1" mimeType="text/xml">
              <x:Deep><x:Deeper><rim:Slot name="hash"><rim:ValueList><rim:Value>bad</rim:Value>
                </rim:ValueList></rim:Slot></x:Deeper></x:Deep>
              <rim:Slot name="languageCode">
                <x:InSlot><rim:ValueList><rim:Value>xx</rim:Value></rim:ValueList></x:InSlot>
                <rim:ValueList>
                  <x:InList>ignored</x:InList>
                  <rim:Value>fr<x:InValue>NOT</x:InValue>-FR</rim:Value>
                </rim:ValueList>
              </rim:Slot>
              <x:Slot name="hash"><rim:ValueList><rim:Value>bad</rim:Value></rim:ValueList>
                </x:Slot>
              <rim:Name><x:N/><rim:LocalizedString value="Titre"><x:L/></rim:LocalizedString>
                <rim:LocalizedString value="Second"/></rim:Name>
              <rim:Classification id="c1" classifiedObject="Doc1" nodeRepresentation="10"
                  classificationScheme="urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a">
                <x:InClassification><rim:Slot name="codingScheme"/></x:InClassification>
                <rim:Classification id="nested" nodeRepresentation="NO"
                    classificationScheme="urn:uuid:f0306f51-975f-434e-a61c-c59651d33983"/>
                <rim:Slot name="codingScheme"><rim:ValueList><rim:Value>1.2.3</rim:Value>
                  </rim:ValueList></rim:Slot>
              </rim:Classification>
              <rim:ExtrinsicObject id="NestedIsSkipped"/>
              <rim:Value>misplaced</rim:Value>
            </rim:ExtrinsicObject>
            <rim:RegistryPackage id="SS1"/>
            <rim:Classification id="c2" classifiedObject="SS1"
                classificationNode="urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd"/>
            <x:After/>
          </rim:RegistryObjectList>
          <x:Trailer/>
        </lcm:SubmitObjectsRequest>
        """;

    SubmissionRequest r = read(xml);

    assertThat(r.documentEntries()).hasSize(1);
    DocumentEntry de = r.documentEntries().get(0);
    assertThat(de.entryUuid()).isEqualTo("Doc1");
    assertThat(de.languageCode()).contains("fr-FR");
    assertThat(de.hash()).isEmpty();
    assertThat(de.title()).contains("Titre");
    assertThat(de.classCode()).contains(Code.of("10", "1.2.3"));
    assertThat(de.typeCode()).isEmpty();
    assertThat(de.extraSlots()).isEmpty();
    assertThat(r.submissionSet().entryUuid()).isEqualTo("SS1");
  }

  @Test
  void read_otherPrefixesDefaultNamespaceAndAttributeOrder_understood() {
    String xml = """
        <SubmitObjectsRequest xmlns="urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0">
          <ns2:RegistryObjectList xmlns:ns2="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0"
              xmlns:x="urn:example">
            <ExtrinsicObject xmlns="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0"
                x:id="not-this" mimeType="application/pdf" status="urn:example:Status"
                id="Doc1">
              <Slot name="creationTime"><ValueList><Value>20240312101500</Value></ValueList>
              </Slot>
              <Description><LocalizedString value="Commentaire" xml:lang="fr-FR"/>
              </Description>
              <ExternalIdentifier value="1.2.3.4" registryObject="Doc1" id="e1"
                  identificationScheme="urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab"/>
            </ExtrinsicObject>
            <ns2:RegistryPackage id="SS1">
              <ns2:ExternalIdentifier id="e2" value="1.2.3.5"
                  identificationScheme="urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8"/>
            </ns2:RegistryPackage>
            <ns2:Association targetObject="Doc1" sourceObject="SS1" id="a1"
                associationType="urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember">
              <ns2:Slot name="SubmissionSetStatus"><ns2:ValueList>
                <ns2:Value>Original</ns2:Value></ns2:ValueList></ns2:Slot>
            </ns2:Association>
          </ns2:RegistryObjectList>
        </SubmitObjectsRequest>
        """;

    SubmissionRequest r = read(xml);

    DocumentEntry de = r.documentEntries().get(0);
    assertThat(de.entryUuid()).isEqualTo("Doc1");
    assertThat(de.mimeType()).contains("application/pdf");
    assertThat(de.availabilityStatus().map(AvailabilityStatus::value))
        .contains("urn:example:Status");
    assertThat(de.creationTime()).contains(new XdsTime("20240312101500"));
    assertThat(de.comments()).contains("Commentaire");
    assertThat(de.uniqueId()).contains("1.2.3.4");
    assertThat(r.submissionSet().uniqueId()).contains("1.2.3.5");
    assertThat(r.associations()).singleElement().satisfies(a -> {
      assertThat(a.sourceUuid()).isEqualTo("SS1");
      assertThat(a.submissionSetStatus()).contains("Original");
    });
  }

  @Test
  void read_rimElementsInAnotherNamespace_skipped() {
    String xml = "<lcm:SubmitObjectsRequest xmlns:lcm=\"" + LCM + "\" xmlns:rim=\"" + RIM
        + "\" xmlns:old=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:2.1\"><rim:RegistryObjectList>"
        + "<old:ExtrinsicObject id=\"Old\"/><rim:RegistryPackage id=\"SS1\"><rim:Classification"
        + " id=\"c\" classificationNode=\"" + XdsConstants.SUBMISSION_SET_NODE + "\"/>"
        + "</rim:RegistryPackage></rim:RegistryObjectList></lcm:SubmitObjectsRequest>";

    SubmissionRequest r = read(xml);

    assertThat(r.documentEntries()).isEmpty();
    assertThat(r.submissionSet().entryUuid()).isEqualTo("SS1");
  }

  @Test
  void read_charRefsCdataAndEntities_decoded() {
    String xml = withOneEntry("<rim:Slot name=\"hash\">"
        + "<rim:ValueList><rim:Value>a&amp;b&#x41;<![CDATA[<c>]]>&#13;</rim:Value>"
        + "</rim:ValueList></rim:Slot><rim:Name><rim:LocalizedString value=\"x&#10;y&#9;z\"/>"
        + "</rim:Name>");

    DocumentEntry de = read(xml).documentEntries().get(0);

    assertThat(de.hash()).contains("a&bA<c>\r");
    assertThat(de.title()).contains("x\ny\tz");
  }

  @Test
  void read_namelessSlotAndEmptyValueList_ignoredAndKeptEmpty() {
    String xml = withOneEntry(
        "<rim:Slot><rim:ValueList><rim:Value>v</rim:Value></rim:ValueList></rim:Slot>"
        + "<rim:Slot name=\"urn:example:empty\"><rim:ValueList/></rim:Slot>"
        + "<rim:Slot name=\"urn:example:none\"/>"
        + "<rim:Slot name=\"urn:example:blank\"><rim:ValueList><rim:Value/></rim:ValueList>"
        + "</rim:Slot>");

    DocumentEntry de = read(xml).documentEntries().get(0);

    assertThat(de.extraSlots()).containsExactly(
        Map.entry("urn:example:empty", List.of()),
        Map.entry("urn:example:none", List.of()),
        Map.entry("urn:example:blank", List.of("")));
  }

  @Test
  void read_withoutSubmissionSet_unreadable() {
    String xml = "<lcm:SubmitObjectsRequest xmlns:lcm=\"" + LCM + "\" xmlns:rim=\"" + RIM
        + "\"><rim:RegistryObjectList/></lcm:SubmitObjectsRequest>";

    assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.code()).isEqualTo(DocumentErrors.EBRIM_UNREADABLE));
  }

  // ---------------------------------------------------------------------- responses and lists

  @Test
  void readRegistryResponse_severalErrorsFromAForeignProducer_keptInOrder() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <RegistryResponse xmlns="urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0"
            requestId="r1" status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure">
          <!-- three errors -->
          <RegistryErrorList
              highestSeverity="urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error">
            <RegistryError location="Doc1"
                severity="urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error"
                errorCode="XDSPatientIdDoesNotMatch"
                codeContext="patient mismatch">detail</RegistryError>
            <RegistryError errorCode="XDSExtraMetadataNotSaved"
                severity="urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Warning"
                codeContext="slot ignored"/>
            <RegistryError codeContext="no code"/>
            <Unknown errorCode="ignored"/>
          </RegistryErrorList>
        </RegistryResponse>
        """;

    RegistryResponse r = EbRim.readRegistryResponse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(r.isSuccess()).isFalse();
    assertThat(r.errors()).containsExactly(
        new RegistryError("XDSPatientIdDoesNotMatch", "patient mismatch",
            RegistryError.SEVERITY_ERROR, "Doc1"),
        new RegistryError("XDSExtraMetadataNotSaved", "slot ignored",
            RegistryError.SEVERITY_WARNING, ""),
        new RegistryError("", "no code", "", ""));
  }

  @Test
  void registryResponse_warningsOnly_highestSeverityWarningAndRoundTrip() {
    RegistryResponse response = RegistryResponse.of(XdsConstants.RESPONSE_PARTIAL_SUCCESS,
        List.of(new RegistryError("W1", "a", RegistryError.SEVERITY_WARNING, ""),
            new RegistryError("W2", "b", RegistryError.SEVERITY_WARNING, "x")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EbRim.writeRegistryResponse(response, out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("highestSeverity=\"" + RegistryError.SEVERITY_WARNING + "\"");
    assertThat(EbRim.readRegistryResponse(new ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(response);
  }

  @Test
  void emptyLists_roundTrip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EbRim.writeRegistryResponse(RegistryResponse.success(), out);
    String registry = out.toString(StandardCharsets.UTF_8);
    out.reset();
    EbRim.writeAdhocQueryResponse(QueryResponse.of(RegistryResponse.success(), List.of(),
        List.of(), List.of(), List.of()), out);
    String query = out.toString(StandardCharsets.UTF_8);

    assertThat(registry).doesNotContain("RegistryErrorList").endsWith("/>");
    assertThat(EbRim.readRegistryResponse(new ByteArrayInputStream(
        registry.getBytes(StandardCharsets.UTF_8)))).isEqualTo(RegistryResponse.success());
    assertThat(query).contains("<rim:RegistryObjectList/>");
    QueryResponse back = EbRim.readAdhocQueryResponse(
        new ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8)));
    assertThat(back.status().isSuccess()).isTrue();
    assertThat(back.documentEntries()).isEmpty();
    assertThat(back.submissionSets()).isEmpty();
    assertThat(back.associations()).isEmpty();
    assertThat(back.objectRefs()).isEmpty();
  }

  @Test
  void readAdhocQueryResponse_withoutObjectListOrStatus_empty() {
    String xml = "<q:AdhocQueryResponse xmlns:q=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\""
        + "/>";

    QueryResponse back = EbRim.readAdhocQueryResponse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(back.status().status()).isEmpty();
    assertThat(back.documentEntries()).isEmpty();
  }

  // ------------------------------------------------------------------------------- size bound

  @Test
  void read_hugeSlotValueWithinLimit_readWhole() {
    String huge = "x".repeat(2 * 1024 * 1024);
    SubmissionRequest request = XdsFixtures.request(XdsFixtures.entry()
        .extraSlot("urn:example:huge", List.of(huge)).build());
    byte[] xml = write(request);

    SubmissionRequest back = EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(xml));
    SubmissionRequest again = read(new String(write(XdsFixtures.request(1)),
        StandardCharsets.UTF_8));

    assertThat(back.documentEntries().get(0).extraSlots().get("urn:example:huge"))
        .containsExactly(huge);
    assertThat(again.documentEntries()).hasSize(1);
  }

  @Test
  void read_hugeSlotValueBeyondLimit_refused() {
    String huge = "x".repeat(256 * 1024);
    byte[] xml = write(XdsFixtures.request(XdsFixtures.entry()
        .extraSlot("urn:example:huge", List.of(huge)).build()));

    assertThatThrownBy(() -> EbRimReader.readSubmission(new ByteArrayInputStream(xml),
        128 * 1024)).isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(DocumentErrors.XML_REFUSED));
    assertThat(EbRimReader.readSubmission(new ByteArrayInputStream(xml), xml.length)
        .documentEntries()).hasSize(1);
  }

  @Test
  void read_concurrently_everyThreadGetsItsOwnResult() throws Exception {
    List<SubmissionRequest> requests = List.of(XdsFixtures.request(1), XdsFixtures.request(3),
        XdsFixtures.request(5), XdsFixtures.request(7));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (SubmissionRequest request : requests) {
        byte[] xml = write(request);
        results.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            SubmissionRequest back =
                EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(xml));
            if (!back.documentEntries().equals(request.documentEntries())) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void read_callersStream_leftOpen() {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(write(XdsFixtures.request(1))) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    EbRim.readSubmitObjectsRequest(in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void read_afterAMalformedMessage_nextMessageReadNormally() {
    byte[] good = write(XdsFixtures.request(1));
    String truncated = new String(good, StandardCharsets.UTF_8).substring(0, good.length / 2);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> read(truncated))
          .isInstanceOfSatisfying(EparcoursClientException.class,
              e -> assertThat(e.code()).isEqualTo(DocumentErrors.XML_REFUSED));
      assertThat(EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(good))
          .documentEntries()).hasSize(1);
    }
  }
}
