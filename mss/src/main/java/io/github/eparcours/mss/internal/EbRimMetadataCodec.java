package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.xdm.XdmPackage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * A compact ebRS 3.0 writer and reader for XDM METADATA.XML: one RegistryPackage (submission
 * set), one ExtrinsicObject per document with the hash, size, URI, creation time and typeCode,
 * and the HasMember associations. Reading tolerates any valid SubmitObjectsRequest.
 */
public final class EbRimMetadataCodec implements XdmMetadataCodec {

  /** The shared instance (stateless). */
  public static final EbRimMetadataCodec INSTANCE = new EbRimMetadataCodec();

  static final String LCM = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0";
  static final String RIM = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0";
  private static final String STABLE_DOCUMENT = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
  private static final String TYPE_CODE = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
  private static final String DOC_UNIQUE_ID = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";
  private static final String DOC_PATIENT_ID = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";
  private static final String SUBMISSION_SET = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd";
  private static final String SS_UNIQUE_ID = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8";
  private static final String SS_SOURCE_ID = "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832";
  private static final String SS_PATIENT_ID = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446";
  private static final String HAS_MEMBER =
      "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember";
  private static final DateTimeFormatter DTM =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private EbRimMetadataCodec() {}

  @Override
  public byte[] write(XdmPackage pkg, List<DocumentFacts> facts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + 1024 * facts.size());
    try {
      XMLStreamWriter w = SecureStax.OUTPUT.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("lcm", LCM);
      w.setPrefix("rim", RIM);
      w.writeStartElement(LCM, "SubmitObjectsRequest");
      w.writeNamespace("lcm", LCM);
      w.writeNamespace("rim", RIM);
      w.writeStartElement(RIM, "RegistryObjectList");
      String time = DTM.format(pkg.submissionTime());

      w.writeStartElement(RIM, "RegistryPackage");
      w.writeAttribute("id", "SubmissionSet01");
      slot(w, "submissionTime", time);
      classification(w, "cl-ss", "SubmissionSet01", SUBMISSION_SET, null, null);
      if (pkg.patientId().isPresent()) {
        externalId(w, "ei-ss-pid", "SubmissionSet01", SS_PATIENT_ID, pkg.patientId().get(),
            "XDSSubmissionSet.patientId");
      }
      externalId(w, "ei-ss-src", "SubmissionSet01", SS_SOURCE_ID, pkg.sourceId(),
          "XDSSubmissionSet.sourceId");
      externalId(w, "ei-ss-uid", "SubmissionSet01", SS_UNIQUE_ID, pkg.submissionSetUniqueId(),
          "XDSSubmissionSet.uniqueId");
      w.writeEndElement();

      for (int i = 0; i < facts.size(); i++) {
        DocumentFacts f = facts.get(i);
        String id = String.format("Document%02d", i + 1);
        w.writeStartElement(RIM, "ExtrinsicObject");
        w.writeAttribute("id", id);
        w.writeAttribute("mimeType", f.mimeType());
        w.writeAttribute("objectType", STABLE_DOCUMENT);
        slot(w, "creationTime", time);
        slot(w, "hash", f.sha1Hex());
        slot(w, "size", Long.toString(f.size()));
        slot(w, "URI", f.uri());
        if (f.typeCode() != null) {
          classification(w, "cl-type-" + (i + 1), id, TYPE_CODE, f.typeCode(), f.typeCodeSystem());
        }
        if (pkg.patientId().isPresent()) {
          externalId(w, "ei-pid-" + (i + 1), id, DOC_PATIENT_ID, pkg.patientId().get(),
              "XDSDocumentEntry.patientId");
        }
        externalId(w, "ei-uid-" + (i + 1), id, DOC_UNIQUE_ID,
            pkg.submissionSetUniqueId() + "." + (i + 1), "XDSDocumentEntry.uniqueId");
        w.writeEndElement();
        w.writeStartElement(RIM, "Association");
        w.writeAttribute("id", "as-" + (i + 1));
        w.writeAttribute("associationType", HAS_MEMBER);
        w.writeAttribute("sourceObject", "SubmissionSet01");
        w.writeAttribute("targetObject", id);
        slot(w, "SubmissionSetStatus", "Original");
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "METADATA.XML could not be written: " + e.getMessage(), e, false);
    }
    return out.toByteArray();
  }

  private static void slot(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeStartElement(RIM, "Slot");
    w.writeAttribute("name", name);
    w.writeStartElement(RIM, "ValueList");
    w.writeStartElement(RIM, "Value");
    w.writeCharacters(value);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void classification(XMLStreamWriter w, String id, String object, String scheme,
      String code, String codingScheme) throws XMLStreamException {
    w.writeStartElement(RIM, "Classification");
    w.writeAttribute("id", id);
    w.writeAttribute("classifiedObject", object);
    if (code == null) {
      w.writeAttribute("classificationNode", scheme);
    } else {
      w.writeAttribute("classificationScheme", scheme);
      w.writeAttribute("nodeRepresentation", code);
      if (codingScheme != null) {
        slot(w, "codingScheme", codingScheme);
      }
    }
    w.writeEndElement();
  }

  private static void externalId(XMLStreamWriter w, String id, String object, String scheme,
      String value, String name) throws XMLStreamException {
    w.writeStartElement(RIM, "ExternalIdentifier");
    w.writeAttribute("id", id);
    w.writeAttribute("registryObject", object);
    w.writeAttribute("identificationScheme", scheme);
    w.writeAttribute("value", value);
    w.writeStartElement(RIM, "Name");
    w.writeStartElement(RIM, "LocalizedString");
    w.writeAttribute("value", name);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  @Override
  public List<DocumentFacts> read(byte[] metadataXml) {
    List<DocumentFacts> out = new ArrayList<>();
    XMLStreamReader r = null;
    try {
      r = SecureStax.INPUT.createXMLStreamReader(new ByteArrayInputStream(metadataXml));
      int depthInObject = -1;
      int depth = 0;
      String mime = null;
      Map<String, String> slots = new HashMap<>();
      String currentSlot = null;
      String typeCode = null;
      String typeSystem = null;
      boolean inTypeClassification = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw invalid("METADATA.XML has a DOCTYPE, which is refused");
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = r.getLocalName();
          if (depthInObject < 0 && name.equals("ExtrinsicObject") && RIM.equals(r.getNamespaceURI())) {
            depthInObject = depth;
            mime = r.getAttributeValue(null, "mimeType");
            slots.clear();
            typeCode = null;
            typeSystem = null;
          } else if (depthInObject > 0 && name.equals("Slot")) {
            currentSlot = r.getAttributeValue(null, "name");
            if (inTypeClassification && "codingScheme".equals(currentSlot)) {
              currentSlot = "#typeSystem";
            }
          } else if (depthInObject > 0 && name.equals("Classification")
              && TYPE_CODE.equals(r.getAttributeValue(null, "classificationScheme"))) {
            inTypeClassification = true;
            typeCode = r.getAttributeValue(null, "nodeRepresentation");
          } else if (depthInObject > 0 && name.equals("Value") && currentSlot != null) {
            String v = r.getElementText().trim();
            depth--;
            if (currentSlot.equals("#typeSystem")) {
              typeSystem = v;
            } else {
              slots.putIfAbsent(currentSlot, v);
            }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("Slot")) {
            currentSlot = null;
          } else if (name.equals("Classification")) {
            inTypeClassification = false;
          } else if (depth == depthInObject && name.equals("ExtrinsicObject")) {
            out.add(facts(mime, slots, typeCode, typeSystem));
            depthInObject = -1;
          }
          depth--;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof EparcoursClientException ece) {
        throw ece;
      }
      throw new EparcoursClientException(MssErrors.XDM_METADATA_INVALID,
          "METADATA.XML is not well-formed XML; the archive cannot be trusted", e, false);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing more to release
        }
      }
    }
    return out;
  }

  private static DocumentFacts facts(String mime, Map<String, String> slots, String typeCode,
      String typeSystem) {
    String uri = slots.get("URI");
    if (uri == null || uri.isBlank()) {
      throw invalid("a document of METADATA.XML has no URI slot: it cannot be matched to a file");
    }
    long size = -1;
    String sizeText = slots.get("size");
    if (sizeText != null) {
      try {
        size = Long.parseLong(sizeText);
      } catch (NumberFormatException e) {
        throw invalid("a document of METADATA.XML has a size slot that is not a number");
      }
    }
    String hash = slots.get("hash");
    return new DocumentFacts(uri, hash == null ? null : hash.toLowerCase(java.util.Locale.ROOT),
        size, mime == null ? "application/octet-stream" : mime, typeCode, typeSystem);
  }

  private static EparcoursClientException invalid(String why) {
    return new EparcoursClientException(MssErrors.XDM_METADATA_INVALID, why);
  }
}
