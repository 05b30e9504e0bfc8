package io.github.eparcours.core.document.xds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.xml.XmlErrorCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EbRimTest {

  private static byte[] write(SubmissionRequest r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EbRim.writeSubmitObjectsRequest(r, out);
    return out.toByteArray();
  }

  private static SubmissionRequest read(byte[] xml) {
    return EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(xml));
  }

  private static SubmissionRequest read(String xml) {
    return read(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void submitObjectsRequest_roundTrip_keepsEveryField() {
    DocumentEntry entry = XdsFixtures.entry()
        .addEventCode(io.github.eparcours.core.code.Code.of("E1", "1.2.3", "Event"))
        .addConfidentialityCode(io.github.eparcours.core.code.Code.of("MASQUE_PS",
            XdsConstants.DMP_CONFIDENTIALITY_SYSTEM, "Masqué aux professionnels"))
        .addReferenceId(Cx.parse("ACC-1^^^&1.2.3&ISO^urn:ihe:iti:xds:2013:accession"))
        .extraSlot("urn:example:vendor:batch", List.of("B-7"))
        .comments("Commentaire & <détail>")
        .build();
    SubmissionRequest request = SubmissionRequest.builder()
        .submissionSet(XdsFixtures.set().title("Lot").build())
        .addDocument(entry, DocumentContent.ofBytes(new byte[] {1}))
        .addAssociation(Association.replace(entry.entryUuid(),
            "urn:uuid:11111111-2222-4333-8444-555555555555"))
        .build();

    SubmissionRequest back = read(write(request));

    assertThat(back.submissionSet()).isEqualTo(request.submissionSet());
    assertThat(back.documentEntries()).containsExactly(entry);
    assertThat(back.associations()).isEqualTo(request.associations());
  }

  @Test
  void submitObjectsRequest_newMetadataVersion_keepsLidAndVersionInfoInSchemaOrder() {
    DocumentEntry entry = XdsFixtures.entry()
        .logicalId("urn:uuid:11111111-2222-4333-8444-555555555555").version("2").build();
    SubmissionRequest request = SubmissionRequest.builder().submissionSet(XdsFixtures.set()
        .build()).addDocument(entry, DocumentContent.ofBytes(new byte[] {1})).build();

    byte[] xml = write(request);
    String text = new String(xml, StandardCharsets.UTF_8);

    assertThat(read(xml).documentEntries()).containsExactly(entry);
    assertThat(text).contains("lid=\"urn:uuid:11111111-2222-4333-8444-555555555555\"")
        .contains("<rim:VersionInfo versionName=\"2\"");
    int eo = text.indexOf("<rim:ExtrinsicObject");
    assertThat(text.indexOf("<rim:VersionInfo", eo))
        .isGreaterThan(text.indexOf("<rim:Name", eo))
        .isLessThan(text.indexOf("<rim:Classification", eo));
  }

  @Test
  void submitObjectsRequest_written_usesXdsSchemesAndNamespaces() {
    String xml = new String(write(XdsFixtures.request(1)), StandardCharsets.UTF_8);

    assertThat(xml).contains("urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0")
        .contains("SubmitObjectsRequest").contains("rim:ExtrinsicObject")
        .contains("classificationScheme=\"" + XdsConstants.DE_CLASS_CODE + "\"")
        .contains("identificationScheme=\"" + XdsConstants.DE_UNIQUE_ID + "\"")
        .contains("classificationNode=\"" + XdsConstants.SUBMISSION_SET_NODE + "\"")
        .contains("SubmissionSetStatus");
    int eo = xml.indexOf("<rim:ExtrinsicObject");
    assertThat(xml.indexOf("<rim:Slot", eo)).isLessThan(xml.indexOf("<rim:Name", eo));
    assertThat(xml.indexOf("<rim:Name", eo)).isLessThan(xml.indexOf("<rim:Classification", eo));
    assertThat(xml.indexOf("<rim:Classification", eo))
        .isLessThan(xml.indexOf("<rim:ExternalIdentifier", eo));
  }

  @Test
  void submitObjectsRequest_unknownStatusAndElements_keptOrSkipped() {
    String xml = """
        <lcm:SubmitObjectsRequest xmlns:lcm="urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0"
            xmlns:rim="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0" xmlns:x="urn:example">
          <rim:RegistryObjectList>
            <rim:ExtrinsicObject id="Doc1" mimeType="text/xml"
                objectType="urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1"
                status="urn:asip:ci-sis:2010:StatusType:Archived" x:foo="bar">
              <rim:Slot name="creationTime"><rim:ValueList><rim:Value>2024-03-12</rim:Value>
                </rim:ValueList></rim:Slot>
              <x:Unknown>ignored</x:Unknown>
              <rim:Classification classificationScheme="urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a"
                  classifiedObject="Doc1" nodeRepresentation="10" id="c1"/>
            </rim:ExtrinsicObject>
            <rim:RegistryPackage id="SS1"/>
            <rim:Classification id="c2" classifiedObject="SS1"
                classificationNode="urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd"/>
            <rim:Association id="a1" associationType="urn:example:NewType" sourceObject="SS1"
                targetObject="Doc1"/>
          </rim:RegistryObjectList>
        </lcm:SubmitObjectsRequest>
        """;

    SubmissionRequest r = read(xml);

    DocumentEntry de = r.documentEntries().get(0);
    assertThat(de.availabilityStatus()).contains(AvailabilityStatus.DMP_ARCHIVED);
    assertThat(de.creationTime()).isEmpty();
    assertThat(de.extraSlots()).containsEntry("creationTime", List.of("2024-03-12"));
    assertThat(de.classCode().orElseThrow().system()).isEqualTo(XdsConstants.DE_CLASS_CODE);
    assertThat(r.associations().get(0).type().value()).isEqualTo("urn:example:NewType");
    assertThat(r.associations().get(0).type().isKnown()).isFalse();
  }

  @Test
  void read_doctype_refused() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <lcm:SubmitObjectsRequest xmlns:lcm="urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0">&xxe;
        </lcm:SubmitObjectsRequest>
        """;

    assertThatThrownBy(() -> read(xml)).isInstanceOf(EparcoursClientException.class)
        .extracting(e -> ((EparcoursClientException) e).code())
        .isIn(DocumentErrors.XML_REFUSED, XmlErrorCodes.DOCTYPE);
  }

  @Test
  void read_billionLaughs_refused() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
        <rs:RegistryResponse xmlns:rs="urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0"
            status="&lol2;"/>
        """;

    assertThatThrownBy(() -> EbRim.readRegistryResponse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> assertThat(e.code())
            .isIn(DocumentErrors.XML_REFUSED, XmlErrorCodes.DOCTYPE));
  }

  @Test
  void read_wrongRoot_unreadable() {
    String xml = "<rs:RegistryResponse xmlns:rs=\"urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0\""
        + " status=\"urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success\"/>";

    assertThatThrownBy(() -> read(xml)).isInstanceOf(EparcoursClientException.class)
        .hasMessageContaining(DocumentErrors.EBRIM_UNREADABLE.value());
  }

  @Test
  void registryResponse_roundTrip_keepsErrors() {
    RegistryResponse response = RegistryResponse.of(XdsConstants.RESPONSE_FAILURE, List.of(
        new RegistryError("XDSRegistryError", "patient unknown", RegistryError.SEVERITY_ERROR,
            "Doc1"),
        new RegistryError("XDSExtraMetadataNotSaved", "slot ignored",
            RegistryError.SEVERITY_WARNING, "")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EbRim.writeRegistryResponse(response, out);

    RegistryResponse back = EbRim.readRegistryResponse(
        new ByteArrayInputStream(out.toByteArray()));

    assertThat(back).isEqualTo(response);
    assertThat(back.isSuccess()).isFalse();
    assertThat(back.errors().get(1).isError()).isFalse();
  }

  @Test
  void adhocQueryResponse_roundTrip_keepsObjectsAndStatus() {
    DocumentEntry entry = XdsFixtures.entry()
        .entryUuid("urn:uuid:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee")
        .availabilityStatus(AvailabilityStatus.DMP_DELETED)
        .repositoryUniqueId("1.2.250.1.213.4.1.2.1")
        .build();
    SubmissionSet set = XdsFixtures.set().availabilityStatus(AvailabilityStatus.APPROVED).build();
    Association member = Association.hasMember(set.entryUuid(), entry.entryUuid());
    QueryResponse response = QueryResponse.of(RegistryResponse.success(), List.of(entry),
        List.of(set), List.of(member), List.of("urn:uuid:12345678-1234-4234-8234-123456789012"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EbRim.writeAdhocQueryResponse(response, out);

    QueryResponse back = EbRim.readAdhocQueryResponse(
        new ByteArrayInputStream(out.toByteArray()));

    assertThat(back.status().isSuccess()).isTrue();
    assertThat(back.documentEntries()).containsExactly(entry);
    assertThat(back.submissionSets()).containsExactly(set);
    assertThat(back.associations()).containsExactly(member);
    assertThat(back.objectRefs()).containsExactly(
        "urn:uuid:12345678-1234-4234-8234-123456789012");
  }
}
