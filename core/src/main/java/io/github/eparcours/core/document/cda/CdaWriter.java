package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.internal.XmlSupport;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.identity.Ins;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes CI-SIS CDA R2 documents: N1 (the PDF streamed as base64 in {@code nonXMLBody}) and
 * structured (header + a body the caller writes).
 *
 * <p>The header is validated first ({@link CdaHeaderValidator}); nothing is written when a rule
 * is broken. The PDF is read in small chunks and encoded straight into the output, so a document
 * of any size needs a few kilobytes of heap.
 *
 * <p>Thread-safe: static methods, no shared mutable state.
 *
 * @since 0.1
 */
public final class CdaWriter {

  /** HL7 v3 namespace. */
  public static final String HL7_NS = "urn:hl7-org:v3";
  /** HL7 France header templateId. */
  public static final String TEMPLATE_HL7_FRANCE = "2.16.840.1.113883.2.8.2.1";
  /** CI-SIS header templateId. */
  public static final String TEMPLATE_CI_SIS = "1.2.250.1.213.1.1.1.1";
  /** IHE XDS-SD templateId of a non-structured (N1) document. */
  public static final String TEMPLATE_XDS_SD = "1.3.6.1.4.1.19376.1.2.20";

  private static final int CHUNK = 48 * 1024;

  private CdaWriter() {}

  /**
   * Writes an N1 document: header with exactly the three N1 templateIds, body
   * {@code nonXMLBody/text} with the PDF in base64.
   *
   * @param header the header
   * @param pdf the PDF bytes, read to the end, not closed
   * @param out where the UTF-8 XML goes, flushed, not closed
   * @throws io.github.eparcours.core.error.ValidationException CORE-0503 when the header breaks
   *     a rule (see its report)
   * @throws EparcoursClientException CORE-0502 when reading or writing fails
   */
  public static void writeN1(CdaHeader header, InputStream pdf, OutputStream out) {
    Objects.requireNonNull(pdf, "pdf");
    CdaHeaderValidator.validate(header).throwIfInvalid(DocumentErrors.CDA_INVALID,
        "CDA N1 document");
    try {
      XMLStreamWriter w = XmlSupport.outputFactory().createXMLStreamWriter(out, "UTF-8");
      writeHeader(w, header, List.of(TEMPLATE_XDS_SD));
      w.writeStartElement("component");
      w.writeStartElement("nonXMLBody");
      w.writeStartElement("text");
      w.writeAttribute("mediaType", "application/pdf");
      w.writeAttribute("representation", "B64");
      // Closes the start tag and hands the stream over: base64 is plain ASCII, so it can be
      // written straight to the output, which is far faster than escaping it character by
      // character and never holds the PDF in memory.
      w.writeCharacters("");
      w.flush();
      encode(pdf, out);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException | IOException e) {
      throw failed(e);
    }
  }

  /**
   * Writes a structured document: header with the HL7 France, CI-SIS and volet templateIds
   * (those of {@link CdaHeader#templateIds()}, else the document type's), then the body the
   * caller writes.
   *
   * @param header the header
   * @param body writes {@code structuredBody}
   * @param out where the UTF-8 XML goes, flushed, not closed
   * @throws io.github.eparcours.core.error.ValidationException CORE-0503 when the header breaks
   *     a rule
   * @throws EparcoursClientException CORE-0502 when writing fails
   */
  public static void writeStructured(CdaHeader header, CdaBody body, OutputStream out) {
    Objects.requireNonNull(body, "body");
    CdaHeaderValidator.validate(header).throwIfInvalid(DocumentErrors.CDA_INVALID,
        "CDA structured document");
    List<String> volet = new ArrayList<>(header.templateIds());
    volet.removeAll(List.of(TEMPLATE_HL7_FRANCE, TEMPLATE_CI_SIS, TEMPLATE_XDS_SD));
    if (volet.isEmpty()) {
      header.documentType().flatMap(CdaDocumentType::voletTemplateId).ifPresent(volet::add);
    }
    try {
      XMLStreamWriter w = XmlSupport.outputFactory().createXMLStreamWriter(out, "UTF-8");
      writeHeader(w, header, volet);
      w.writeStartElement("component");
      body.writeTo(w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  private static EparcoursClientException failed(Exception e) {
    return new EparcoursClientException(DocumentErrors.IO_FAILURE, "CDA document could not be"
        + " written: reading the PDF or writing the output failed (" + e.getClass().getSimpleName()
        + ")", e, false);
  }

  private static void encode(InputStream pdf, OutputStream out) throws IOException {
    OutputStream b64 = Base64.getEncoder().wrap(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    });
    byte[] buffer = new byte[CHUNK];
    for (int n; (n = pdf.read(buffer)) > 0; ) {
      b64.write(buffer, 0, n);
    }
    b64.close();
  }

  private static void writeHeader(XMLStreamWriter w, CdaHeader h, List<String> extraTemplates)
      throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    w.setDefaultNamespace(HL7_NS);
    w.writeStartElement(HL7_NS, "ClinicalDocument");
    w.writeDefaultNamespace(HL7_NS);
    empty(w, "realmCode", "code", "FR");
    empty(w, "typeId", "root", "2.16.840.1.113883.1.3", "extension", "POCD_HD000040");
    empty(w, "templateId", "root", TEMPLATE_HL7_FRANCE);
    empty(w, "templateId", "root", TEMPLATE_CI_SIS);
    for (String t : extraTemplates) {
      empty(w, "templateId", "root", t);
    }
    ii(w, "id", h.id().orElseThrow());
    code(w, "code", h.code().orElseThrow());
    text(w, "title", h.title().orElseThrow());
    empty(w, "effectiveTime", "value", h.effectiveTime().orElseThrow().value());
    code(w, "confidentialityCode", h.confidentialityCode().orElseThrow());
    empty(w, "languageCode", "code", h.languageCode().orElseThrow());
    ii(w, "setId", h.setId().orElseThrow());
    empty(w, "versionNumber", "value", Integer.toString(h.versionNumber().orElseThrow()));
    recordTarget(w, h.patient().orElseThrow());
    for (CdaAuthor a : h.authors()) {
      w.writeStartElement("author");
      if (a.functionCode() != null) {
        code(w, "functionCode", a.functionCode());
      }
      empty(w, "time", "value", a.time().value());
      w.writeStartElement("assignedAuthor");
      person(w, a.person(), "assignedPerson");
      w.writeEndElement();
      w.writeEndElement();
    }
    CdaOrganization custodian = h.custodian().orElseThrow();
    w.writeStartElement("custodian");
    w.writeStartElement("assignedCustodian");
    organization(w, "representedCustodianOrganization", custodian);
    w.writeEndElement();
    w.writeEndElement();
    CdaLegalAuthenticator legal = h.legalAuthenticator().orElseThrow();
    w.writeStartElement("legalAuthenticator");
    empty(w, "time", "value", legal.time().value());
    empty(w, "signatureCode", "code", "S");
    w.writeStartElement("assignedEntity");
    person(w, legal.person(), "assignedPerson");
    w.writeEndElement();
    w.writeEndElement();
    CdaServiceEvent event = h.serviceEvent().orElseThrow();
    w.writeStartElement("documentationOf");
    w.writeStartElement("serviceEvent");
    if (event.code() != null) {
      code(w, "code", event.code());
    }
    interval(w, event.low(), event.high());
    w.writeStartElement("performer");
    w.writeAttribute("typeCode", "PRF");
    w.writeStartElement("assignedEntity");
    person(w, event.performer(), "assignedPerson");
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    if (h.parentDocument().isPresent()) {
      CdaParentDocument p = h.parentDocument().get();
      w.writeStartElement("relatedDocument");
      w.writeAttribute("typeCode", "RPLC");
      w.writeStartElement("parentDocument");
      ii(w, "id", p.id());
      if (p.setId() != null) {
        ii(w, "setId", p.setId());
      }
      if (p.versionNumber() != null) {
        empty(w, "versionNumber", "value", p.versionNumber().toString());
      }
      w.writeEndElement();
      w.writeEndElement();
    }
    CdaEncounter enc = h.encounter().orElseThrow();
    w.writeStartElement("componentOf");
    w.writeStartElement("encompassingEncounter");
    interval(w, enc.low(), enc.high());
    w.writeStartElement("location");
    w.writeStartElement("healthCareFacility");
    code(w, "code", enc.healthcareFacilityTypeCode());
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void recordTarget(XMLStreamWriter w, CdaPatient p) throws XMLStreamException {
    w.writeStartElement("recordTarget");
    w.writeStartElement("patientRole");
    if (p.ins().isPresent()) {
      Ins ins = p.ins().get();
      empty(w, "id", "root", ins.oid(), "extension", ins.value());
    }
    for (InstanceIdentifier id : p.otherIds()) {
      ii(w, "id", id);
    }
    w.writeStartElement("patient");
    w.writeStartElement("name");
    if (p.givenNames().size() > 0) {
      text(w, "given", String.join(" ", p.givenNames()));
    }
    if (p.firstGivenName().isPresent()) {
      w.writeStartElement("given");
      w.writeAttribute("qualifier", "BR");
      w.writeCharacters(p.firstGivenName().get());
      w.writeEndElement();
    }
    if (p.birthName().isPresent()) {
      w.writeStartElement("family");
      w.writeAttribute("qualifier", "BR");
      w.writeCharacters(p.birthName().get());
      w.writeEndElement();
    }
    w.writeEndElement();
    if (p.sex().isPresent()) {
      empty(w, "administrativeGenderCode", "code", p.sex().get().code(), "codeSystem",
          "2.16.840.1.113883.5.1");
    }
    if (p.birthDate().isPresent()) {
      empty(w, "birthTime", "value", p.birthDate().get().toHl7());
    }
    if (p.birthplace().isPresent()) {
      w.writeStartElement("birthplace");
      w.writeStartElement("place");
      w.writeStartElement("addr");
      text(w, "county", p.birthplace().get());
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void person(XMLStreamWriter w, CdaPerson p, String personElement)
      throws XMLStreamException {
    ii(w, "id", p.id());
    if (p.code() != null) {
      code(w, "code", p.code());
    }
    if (p.familyName() != null || p.givenName() != null) {
      w.writeStartElement(personElement);
      w.writeStartElement("name");
      if (p.familyName() != null) {
        text(w, "family", p.familyName());
      }
      if (p.givenName() != null) {
        text(w, "given", p.givenName());
      }
      w.writeEndElement();
      w.writeEndElement();
    }
    if (p.organization() != null) {
      organization(w, "representedOrganization", p.organization());
    }
  }

  private static void organization(XMLStreamWriter w, String element, CdaOrganization o)
      throws XMLStreamException {
    w.writeStartElement(element);
    ii(w, "id", o.id());
    if (o.name() != null) {
      text(w, "name", o.name());
    }
    if (o.standardIndustryClassCode() != null) {
      code(w, "standardIndustryClassCode", o.standardIndustryClassCode());
    }
    w.writeEndElement();
  }

  private static void interval(XMLStreamWriter w, CdaTime low, CdaTime high)
      throws XMLStreamException {
    if (low == null && high == null) {
      return;
    }
    w.writeStartElement("effectiveTime");
    if (low != null) {
      empty(w, "low", "value", low.value());
    }
    if (high != null) {
      empty(w, "high", "value", high.value());
    }
    w.writeEndElement();
  }

  private static void ii(XMLStreamWriter w, String element, InstanceIdentifier id)
      throws XMLStreamException {
    if (id.extension() == null) {
      empty(w, element, "root", id.root());
    } else {
      empty(w, element, "root", id.root(), "extension", id.extension());
    }
  }

  private static void code(XMLStreamWriter w, String element, Code c) throws XMLStreamException {
    w.writeEmptyElement(element);
    w.writeAttribute("code", c.code());
    w.writeAttribute("codeSystem", c.system());
    if (c.displayName() != null) {
      w.writeAttribute("displayName", c.displayName());
    }
  }

  private static void text(XMLStreamWriter w, String element, String value)
      throws XMLStreamException {
    w.writeStartElement(element);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void empty(XMLStreamWriter w, String element, String... attributes)
      throws XMLStreamException {
    w.writeEmptyElement(element);
    for (int i = 0; i < attributes.length; i += 2) {
      w.writeAttribute(attributes[i], attributes[i + 1]);
    }
  }
}
