package io.github.eparcours.testkit.dmp;

import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.soap.SoapWriter.BodyContent;
import io.github.eparcours.testkit.dmp.internal.Xds;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Hand-written XDS.b request bodies, independent of the SDK's own metadata writer. */
final class WireFixtures {

  static final String RIM = SoapNamespaces.RIM;

  private WireFixtures() {}

  /** Options of a minimal DMP submission of one document. */
  record Doc(String patientCx, String uniqueId, String authorId, String cid, boolean withClassCode,
      String replaces, String confidentiality) {
    static Doc of(String patientCx, String uniqueId, String cid) {
      return new Doc(patientCx, uniqueId, "899900077985", cid, true, null, "N");
    }

    Doc withoutClassCode() {
      return new Doc(patientCx, uniqueId, authorId, cid, false, replaces, confidentiality);
    }

    Doc replacing(String entryUuid) {
      return new Doc(patientCx, uniqueId, authorId, cid, withClassCode, entryUuid, confidentiality);
    }
  }

  static BodyContent provideAndRegister(Doc d) {
    return w -> {
      w.writeStartElement("xdsb", "ProvideAndRegisterDocumentSetRequest", SoapNamespaces.XDS_B);
      w.writeNamespace("xdsb", SoapNamespaces.XDS_B);
      w.writeStartElement("lcm", "SubmitObjectsRequest", SoapNamespaces.LCM);
      w.writeNamespace("lcm", SoapNamespaces.LCM);
      w.writeNamespace("rim", RIM);
      w.writeStartElement("rim", "RegistryObjectList", RIM);
      w.writeStartElement("rim", "ExtrinsicObject", RIM);
      w.writeAttribute("id", "Document01");
      w.writeAttribute("mimeType", "text/xml");
      w.writeAttribute("objectType", Xds.DOCUMENT_ENTRY_TYPE);
      slot(w, "creationTime", "20250101120000");
      if (d.withClassCode()) {
        classification(w, Xds.CLASS_CODE, "Document01", "10", "1.2.250.1.213.1.1.4.1");
      }
      classification(w, Xds.TYPE_CODE, "Document01", "11490-0", "2.16.840.1.113883.6.1");
      classification(w, Xds.FORMAT_CODE, "Document01", "urn:ihe:iti:xds-sd:pdf:2008",
          "1.3.6.1.4.1.19376.1.2.3");
      classification(w, Xds.CONFIDENTIALITY_CODE, "Document01", d.confidentiality(),
          "2.16.840.1.113883.5.25");
      classification(w, Xds.FACILITY_TYPE_CODE, "Document01", "SA07", "1.2.250.1.71.4.2.4");
      classification(w, Xds.PRACTICE_SETTING_CODE, "Document01", "AMBULATOIRE",
          "1.2.250.1.213.1.1.4.9");
      w.writeStartElement("rim", "Classification", RIM);
      w.writeAttribute("classificationScheme", Xds.DE_AUTHOR);
      w.writeAttribute("classifiedObject", "Document01");
      w.writeAttribute("nodeRepresentation", "");
      w.writeAttribute("id", "author01");
      slot(w, "authorPerson", d.authorId() + "^Kit^Jean^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS");
      w.writeEndElement();
      externalId(w, Xds.DE_PATIENT_ID, "Document01", d.patientCx());
      externalId(w, Xds.DE_UNIQUE_ID, "Document01", d.uniqueId());
      w.writeEndElement();
      w.writeStartElement("rim", "RegistryPackage", RIM);
      w.writeAttribute("id", "SubmissionSet01");
      w.writeStartElement("rim", "Classification", RIM);
      w.writeAttribute("classificationNode", Xds.SS_NODE);
      w.writeAttribute("classifiedObject", "SubmissionSet01");
      w.writeAttribute("id", "ss01");
      w.writeEndElement();
      externalId(w, Xds.SS_PATIENT_ID, "SubmissionSet01", d.patientCx());
      externalId(w, Xds.SS_UNIQUE_ID, "SubmissionSet01", d.uniqueId() + ".1");
      w.writeEndElement();
      association(w, Xds.HAS_MEMBER, "SubmissionSet01", "Document01");
      if (d.replaces() != null) {
        association(w, Xds.RPLC, "Document01", d.replaces());
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement("xdsb", "Document", SoapNamespaces.XDS_B);
      w.writeAttribute("id", "Document01");
      w.writeStartElement("xop", "Include", SoapNamespaces.XOP);
      w.writeNamespace("xop", SoapNamespaces.XOP);
      w.writeAttribute("href", "cid:" + d.cid());
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    };
  }

  static BodyContent findDocuments(String patientCx, String... statuses) {
    return w -> {
      w.writeStartElement("query", "AdhocQueryRequest", SoapNamespaces.QUERY);
      w.writeNamespace("query", SoapNamespaces.QUERY);
      w.writeNamespace("rim", RIM);
      w.writeStartElement("query", "ResponseOption", SoapNamespaces.QUERY);
      w.writeAttribute("returnComposedObjects", "true");
      w.writeAttribute("returnType", "LeafClass");
      w.writeEndElement();
      w.writeStartElement("rim", "AdhocQuery", RIM);
      w.writeAttribute("id", Xds.FIND_DOCUMENTS);
      slot(w, "$XDSDocumentEntryPatientId", "'" + patientCx + "'");
      slot(w, "$XDSDocumentEntryStatus", "('" + String.join("','", statuses) + "')");
      w.writeEndElement();
      w.writeEndElement();
    };
  }

  static BodyContent retrieve(String repositoryId, String uniqueId) {
    return w -> {
      w.writeStartElement("xdsb", "RetrieveDocumentSetRequest", SoapNamespaces.XDS_B);
      w.writeNamespace("xdsb", SoapNamespaces.XDS_B);
      w.writeStartElement("xdsb", "DocumentRequest", SoapNamespaces.XDS_B);
      element(w, "RepositoryUniqueId", repositoryId);
      element(w, "DocumentUniqueId", uniqueId);
      w.writeEndElement();
      w.writeEndElement();
    };
  }

  static BodyContent updateStatus(String entryUuid, String from, String to) {
    return w -> {
      w.writeStartElement("lcm", "SubmitObjectsRequest", SoapNamespaces.LCM);
      w.writeNamespace("lcm", SoapNamespaces.LCM);
      w.writeNamespace("rim", RIM);
      w.writeStartElement("rim", "RegistryObjectList", RIM);
      w.writeStartElement("rim", "Association", RIM);
      w.writeAttribute("associationType", Xds.UPDATE_STATUS);
      w.writeAttribute("sourceObject", "SubmissionSet01");
      w.writeAttribute("targetObject", entryUuid);
      w.writeAttribute("id", "upd01");
      slot(w, "OriginalStatus", from);
      slot(w, "NewStatus", to);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    };
  }

  private static void element(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeStartElement("xdsb", name, SoapNamespaces.XDS_B);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void slot(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement("rim", "Slot", RIM);
    w.writeAttribute("name", name);
    w.writeStartElement("rim", "ValueList", RIM);
    w.writeStartElement("rim", "Value", RIM);
    w.writeCharacters(value);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void classification(XMLStreamWriter w, String scheme, String obj, String code,
      String system) throws XMLStreamException {
    w.writeStartElement("rim", "Classification", RIM);
    w.writeAttribute("classificationScheme", scheme);
    w.writeAttribute("classifiedObject", obj);
    w.writeAttribute("nodeRepresentation", code);
    w.writeAttribute("id", "c" + Integer.toHexString(scheme.hashCode()));
    slot(w, "codingScheme", system);
    w.writeEndElement();
  }

  private static void externalId(XMLStreamWriter w, String scheme, String obj, String value)
      throws XMLStreamException {
    w.writeStartElement("rim", "ExternalIdentifier", RIM);
    w.writeAttribute("identificationScheme", scheme);
    w.writeAttribute("registryObject", obj);
    w.writeAttribute("value", value);
    w.writeAttribute("id", "e" + Integer.toHexString(scheme.hashCode()));
    w.writeEndElement();
  }

  private static void association(XMLStreamWriter w, String type, String source, String target)
      throws XMLStreamException {
    w.writeStartElement("rim", "Association", RIM);
    w.writeAttribute("associationType", type);
    w.writeAttribute("sourceObject", source);
    w.writeAttribute("targetObject", target);
    w.writeAttribute("id", "a" + Integer.toHexString((type + target).hashCode()));
    if (Xds.HAS_MEMBER.equals(type)) {
      slot(w, "SubmissionSetStatus", "Original");
    }
    w.writeEndElement();
  }
}
