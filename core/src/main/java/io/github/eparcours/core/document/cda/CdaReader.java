package io.github.eparcours.core.document.cda;

import static io.github.eparcours.core.document.cda.CdaHeaderValidator.BODY_MEDIA;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.BODY_MISSING;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.DUPLICATE;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.INS_MALFORMED;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.N1_TEMPLATE_IDS;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.NOT_CLINICAL_DOCUMENT;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.PARENT_DOCUMENT;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.REALM_CODE;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.SIGNATURE_CODE;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.TEMPLATE_IDS;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.TYPE_ID;
import static io.github.eparcours.core.document.cda.CdaHeaderValidator.VOLET_TEMPLATE_ID;
import static io.github.eparcours.core.document.cda.CdaWriter.HL7_NS;
import static io.github.eparcours.core.document.cda.CdaWriter.TEMPLATE_CI_SIS;
import static io.github.eparcours.core.document.cda.CdaWriter.TEMPLATE_HL7_FRANCE;
import static io.github.eparcours.core.document.cda.CdaWriter.TEMPLATE_XDS_SD;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.cda.CdaDocument.BodyKind;
import io.github.eparcours.core.document.cda.internal.Base64Sink;
import io.github.eparcours.core.document.cda.internal.XNode;
import io.github.eparcours.core.document.internal.XmlSupport;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.Sex;
import io.github.eparcours.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads any CDA R2 document (N1 or structured, written by this SDK or anyone else) into a
 * {@link CdaHeader} and a {@link ValidationReport} of every broken CI-SIS header rule.
 *
 * <p>Tolerant: unknown elements, extensions and the structured body are skipped; missing or
 * malformed header elements become report entries, not exceptions. Strict: every CI-SIS rule
 * of {@link CdaHeaderValidator} is checked. Hardened: a DOCTYPE is refused and the input is
 * bounded. The N1 PDF can be decoded to a sink as it is read, without holding it in memory.
 *
 * <p>Thread-safe: static methods.
 *
 * @since 0.1
 */
public final class CdaReader {

  /** Default largest document read: 512 MiB (a 350 MiB PDF in base64). */
  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

  private static final Set<String> SINGLE = Set.of("id", "code", "title", "effectiveTime",
      "confidentialityCode", "languageCode", "setId", "versionNumber", "custodian",
      "legalAuthenticator", "componentOf");

  private CdaReader() {}

  /**
   * Reads the header; the body is checked but not kept.
   *
   * @param in the document; not closed
   * @return header, report and body kind
   * @throws EparcoursClientException CORE-0501 for hostile or malformed XML
   */
  public static CdaDocument read(InputStream in) {
    return read(in, null, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads the header and decodes an N1 base64 body into {@code bodySink} as it goes.
   *
   * @param in the document; not closed
   * @param bodySink where the decoded body goes (not closed), or null to skip it
   * @param maxBytes the largest input accepted
   * @return header, report, body kind and decoded size
   * @throws EparcoursClientException CORE-0501 for hostile or malformed XML, CORE-0502 when the
   *     sink fails
   */
  public static CdaDocument read(InputStream in, OutputStream bodySink, long maxBytes) {
    XMLStreamReader r = XmlSupport.reader(in, maxBytes);
    try {
      return new Parse(r, bodySink).run();
    } catch (XMLStreamException e) {
      throw XmlSupport.refused(e);
    } catch (IOException e) {
      throw new EparcoursClientException(DocumentErrors.IO_FAILURE, "CDA body could not be"
          + " written to the sink", e, false);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // The stream belongs to the caller; nothing else to release.
      }
    }
  }

  /** One parse: state of a single document. */
  private static final class Parse {
    private final XMLStreamReader r;
    private final OutputStream sink;
    private final ValidationReport.Builder report = ValidationReport.builder();
    private final CdaHeader.Builder header = CdaHeader.builder().confidentialityCode(null)
        .languageCode(null).versionNumber(null);
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> templates = new ArrayList<>();
    private boolean realm;
    private boolean typeId;
    private BodyKind bodyKind = BodyKind.NONE;
    private String mediaType;
    private long bodyBytes = -1;

    Parse(XMLStreamReader r, OutputStream sink) {
      this.r = r;
      this.sink = sink;
    }

    CdaDocument run() throws XMLStreamException, IOException {
      while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
        // prolog: comments, processing instructions
      }
      if (!r.isStartElement() || !"ClinicalDocument".equals(r.getLocalName())
          || !HL7_NS.equals(r.getNamespaceURI())) {
        report.error(NOT_CLINICAL_DOCUMENT, "/", "the root element is not ClinicalDocument in"
            + " the urn:hl7-org:v3 namespace: not a CDA R2 document");
        return new CdaDocument(header.build(), report.build(), BodyKind.NONE, null, -1);
      }
      while (r.next() != XMLStreamConstants.END_ELEMENT) {
        if (!r.isStartElement()) {
          continue;
        }
        if (HL7_NS.equals(r.getNamespaceURI()) && "component".equals(r.getLocalName())) {
          component();
        } else {
          element(XNode.read(r));
        }
      }
      return finish();
    }

    private void element(XNode n) {
      if (!HL7_NS.equals(n.namespace())) {
        return;
      }
      String name = n.name();
      int count = counts.merge(name, 1, Integer::sum);
      if (count == 2 && SINGLE.contains(name)) {
        report.error(DUPLICATE, "/ClinicalDocument/" + name, name + " must occur once but"
            + " occurs more than once; the first one is used");
      }
      if (count > 1 && SINGLE.contains(name)) {
        return;
      }
      switch (name) {
        case "realmCode" -> realm |= "FR".equals(n.attr("code"));
        case "typeId" -> typeId = "2.16.840.1.113883.1.3".equals(n.attr("root"))
            && "POCD_HD000040".equals(n.attr("extension"));
        case "templateId" -> {
          if (n.attr("root") != null) {
            templates.add(n.attr("root"));
          }
        }
        case "id" -> header.id(ii(n));
        case "code" -> header.code(code(n));
        case "title" -> header.title(n.text());
        case "effectiveTime" -> header.effectiveTime(time(n));
        case "confidentialityCode" -> header.confidentialityCode(code(n));
        case "languageCode" -> header.languageCode(n.attr("code"));
        case "setId" -> header.setId(ii(n));
        case "versionNumber" -> header.versionNumber(positiveInt(n.attr("value")));
        case "recordTarget" -> {
          if (count == 1) {
            header.patient(patient(n.path("patientRole")));
          }
        }
        case "author" -> author(n);
        case "custodian" -> header.custodian(organization(
            n.path("assignedCustodian", "representedCustodianOrganization")));
        case "legalAuthenticator" -> legalAuthenticator(n);
        case "documentationOf" -> {
          if (count == 1) {
            serviceEvent(n.child("serviceEvent"));
          }
        }
        case "relatedDocument" -> relatedDocument(n);
        case "componentOf" -> encounter(n.child("encompassingEncounter"));
        default -> { /* other header elements (participant, informant...) are not modelled */ }
      }
    }

    private void component() throws XMLStreamException, IOException {
      while (r.next() != XMLStreamConstants.END_ELEMENT) {
        if (!r.isStartElement()) {
          continue;
        }
        String name = r.getLocalName();
        if ("nonXMLBody".equals(name)) {
          bodyKind = BodyKind.NON_XML;
          nonXmlBody();
        } else {
          if ("structuredBody".equals(name)) {
            bodyKind = BodyKind.STRUCTURED;
          }
          skip();
        }
      }
    }

    private void nonXmlBody() throws XMLStreamException, IOException {
      while (r.next() != XMLStreamConstants.END_ELEMENT) {
        if (!r.isStartElement()) {
          continue;
        }
        if (!"text".equals(r.getLocalName())) {
          skip();
          continue;
        }
        XNode text = XNode.start(r);
        mediaType = text.attr("mediaType");
        boolean b64 = "B64".equals(text.attr("representation"));
        Base64Sink decoder = sink != null && b64 ? new Base64Sink(sink) : null;
        boolean any = false;
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
          if (r.isCharacters()) {
            if (decoder != null) {
              decoder.accept(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
            any |= !r.isWhiteSpace();
          } else if (r.isStartElement()) {
            skip();
          }
        }
        if (!b64 || !"application/pdf".equals(mediaType) || !any) {
          report.error(BODY_MEDIA, "/ClinicalDocument/component/nonXMLBody/text", "the N1 body"
              + " must be text with mediaType=\"application/pdf\", representation=\"B64\" and"
              + " a non-empty base64 content");
        } else if (decoder != null) {
          if (decoder.finish()) {
            bodyBytes = decoder.written();
          } else {
            report.error(BODY_MEDIA, "/ClinicalDocument/component/nonXMLBody/text", "the N1"
                + " body is not valid base64");
          }
        }
      }
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private CdaDocument finish() {
      if (!realm) {
        report.error(REALM_CODE, "/ClinicalDocument/realmCode", "realmCode code=\"FR\" is"
            + " required by the CI-SIS");
      }
      if (!typeId) {
        report.error(TYPE_ID, "/ClinicalDocument/typeId", "typeId must be root"
            + " 2.16.840.1.113883.1.3, extension POCD_HD000040");
      }
      if (!templates.contains(TEMPLATE_HL7_FRANCE) || !templates.contains(TEMPLATE_CI_SIS)) {
        report.error(TEMPLATE_IDS, "/ClinicalDocument/templateId", "the HL7 France ("
            + TEMPLATE_HL7_FRANCE + ") and CI-SIS (" + TEMPLATE_CI_SIS + ") templateIds are"
            + " required");
      }
      if (bodyKind == BodyKind.NON_XML && (templates.size() != 3
          || !templates.contains(TEMPLATE_XDS_SD))) {
        report.error(N1_TEMPLATE_IDS, "/ClinicalDocument/templateId", "an N1 document carries"
            + " exactly three templateIds: HL7 France, CI-SIS and " + TEMPLATE_XDS_SD);
      }
      if (bodyKind == BodyKind.STRUCTURED && templates.stream().allMatch(
          t -> t.equals(TEMPLATE_HL7_FRANCE) || t.equals(TEMPLATE_CI_SIS))) {
        report.warning(VOLET_TEMPLATE_ID, "/ClinicalDocument/templateId", "a structured"
            + " document should carry the templateId of its CI-SIS volet");
      }
      if (bodyKind == BodyKind.NONE) {
        report.error(BODY_MISSING, "/ClinicalDocument/component", "the document has no body");
      }
      templates.forEach(header::addTemplateId);
      CdaHeader h = header.build();
      ValidationReport model = CdaHeaderValidator.validate(h);
      return new CdaDocument(h, report.build().and(model), bodyKind, mediaType, bodyBytes);
    }

    private CdaPatient patient(XNode role) {
      CdaPatient.Builder p = CdaPatient.builder();
      if (role == null) {
        return p.build();
      }
      for (XNode id : role.children("id")) {
        String root = id.attr("root");
        String ext = id.attr("extension");
        if (root == null) {
          continue;
        }
        if (InsAuthority.fromOid(root).isPresent()) {
          try {
            p.ins(Ins.parse(ext == null ? "" : ext, root));
          } catch (EparcoursException e) {
            report.error(INS_MALFORMED, "/ClinicalDocument/recordTarget/patientRole/id", "the"
                + " INS is malformed (" + e.code() + "); check the 15 characters and the key");
          }
        } else {
          p.addOtherId(new InstanceIdentifier(root, ext));
        }
      }
      XNode patient = role.child("patient");
      if (patient == null) {
        return p.build();
      }
      XNode name = patient.child("name");
      if (name != null) {
        List<String> given = new ArrayList<>();
        for (XNode g : name.children("given")) {
          String text = g.text();
          if (text == null) {
            continue;
          }
          if ("BR".equals(g.attr("qualifier"))) {
            p.firstGivenName(text);
          } else if (g.attr("qualifier") == null) {
            given.addAll(List.of(text.split("\\s+")));
          }
        }
        p.givenNames(given);
        for (XNode f : name.children("family")) {
          if ("BR".equals(f.attr("qualifier")) && f.text() != null) {
            p.birthName(f.text());
          }
        }
      }
      XNode gender = patient.child("administrativeGenderCode");
      if (gender != null && gender.attr("code") != null) {
        try {
          p.sex(Sex.fromCode(gender.attr("code")));
        } catch (EparcoursException e) {
          // An unknown sex code leaves the trait missing, which the traits rule reports.
        }
      }
      XNode birth = patient.child("birthTime");
      String value = birth == null ? null : birth.attr("value");
      if (value != null) {
        try {
          p.birthDate(PartialDate.fromHl7(value.length() > 8 ? value.substring(0, 8) : value));
        } catch (EparcoursException e) {
          // Reported through the traits rule.
        }
      }
      XNode county = patient.path("birthplace", "place", "addr", "county");
      if (county != null && county.text() != null) {
        p.birthplace(county.text());
      }
      return p.build();
    }

    private void author(XNode n) {
      XNode assigned = n.child("assignedAuthor");
      if (assigned == null) {
        return;
      }
      header.addAuthor(new CdaAuthor(time(n.child("time")), code(n.child("functionCode")),
          person(assigned, "assignedPerson")));
    }

    private void legalAuthenticator(XNode n) {
      XNode signature = n.child("signatureCode");
      if (signature == null || !"S".equals(signature.attr("code"))) {
        report.error(SIGNATURE_CODE, "/ClinicalDocument/legalAuthenticator/signatureCode",
            "signatureCode code=\"S\" is required");
      }
      XNode entity = n.child("assignedEntity");
      if (entity != null) {
        header.legalAuthenticator(new CdaLegalAuthenticator(time(n.child("time")),
            person(entity, "assignedPerson")));
      }
    }

    private void serviceEvent(XNode event) {
      if (event == null) {
        return;
      }
      XNode time = event.child("effectiveTime");
      XNode entity = event.path("performer", "assignedEntity");
      header.serviceEvent(new CdaServiceEvent(code(event.child("code")),
          time == null ? null : time(time.child("low")),
          time == null ? null : time(time.child("high")),
          entity == null ? null : person(entity, "assignedPerson")));
    }

    private void encounter(XNode enc) {
      if (enc == null) {
        return;
      }
      XNode time = enc.child("effectiveTime");
      header.encounter(new CdaEncounter(time == null ? null : time(time.child("low")),
          time == null ? null : time(time.child("high")),
          code(enc.path("location", "healthCareFacility", "code"))));
    }

    private void relatedDocument(XNode n) {
      XNode parent = n.child("parentDocument");
      InstanceIdentifier id = parent == null ? null : ii(parent.child("id"));
      if (!"RPLC".equals(n.attr("typeCode")) || id == null) {
        report.error(PARENT_DOCUMENT, "/ClinicalDocument/relatedDocument", "relatedDocument"
            + " must have typeCode RPLC and a parentDocument with an id");
        if (id == null) {
          return;
        }
      }
      XNode version = parent.child("versionNumber");
      header.parentDocument(new CdaParentDocument(id, ii(parent.child("setId")),
          version == null ? null : positiveInt(version.attr("value"))));
    }

    private CdaPerson person(XNode n, String personElement) {
      InstanceIdentifier id = ii(n.child("id"));
      XNode name = n.path(personElement, "name");
      XNode family = name == null ? null : name.child("family");
      XNode given = name == null ? null : name.child("given");
      return new CdaPerson(id == null ? InstanceIdentifier.of("") : id,
          family == null ? null : family.text(), given == null ? null : given.text(),
          code(n.child("code")), organization(n.child("representedOrganization")));
    }

    private CdaOrganization organization(XNode n) {
      if (n == null) {
        return null;
      }
      InstanceIdentifier id = ii(n.child("id"));
      XNode name = n.child("name");
      return new CdaOrganization(id == null ? InstanceIdentifier.of("") : id,
          name == null ? null : name.text(), code(n.child("standardIndustryClassCode")));
    }

    private static InstanceIdentifier ii(XNode n) {
      if (n == null || n.attr("root") == null) {
        return null;
      }
      return new InstanceIdentifier(n.attr("root"), n.attr("extension"));
    }

    private static Code code(XNode n) {
      if (n == null) {
        return null;
      }
      String code = n.attr("code");
      String system = n.attr("codeSystem");
      if (code == null || code.isBlank() || system == null || system.isBlank()) {
        return null;
      }
      return Code.of(code, system, n.attr("displayName"));
    }

    private static CdaTime time(XNode n) {
      String v = n == null ? null : n.attr("value");
      return CdaTime.isWellFormed(v) ? CdaTime.parse(v) : null;
    }

    private static Integer positiveInt(String v) {
      try {
        return v == null ? null : Integer.valueOf(v.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
