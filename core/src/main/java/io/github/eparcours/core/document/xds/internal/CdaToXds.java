package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.cda.CdaAuthor;
import io.github.eparcours.core.document.cda.CdaDocumentType;
import io.github.eparcours.core.document.cda.CdaHeader;
import io.github.eparcours.core.document.cda.CdaOrganization;
import io.github.eparcours.core.document.cda.CdaPatient;
import io.github.eparcours.core.document.cda.CdaPerson;
import io.github.eparcours.core.document.cda.CdaServiceEvent;
import io.github.eparcours.core.document.cda.CdaTime;
import io.github.eparcours.core.document.cda.CdaWriter;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.Xcn;
import io.github.eparcours.core.document.xds.Xon;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.identity.Ins;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI-SIS mapping from a CDA header to XDS DocumentEntry metadata (each field from its header
 * element). Stateless.
 */
public final class CdaToXds {

  private CdaToXds() {}

  /**
   * Pre-fills a DocumentEntry builder from a header.
   *
   * @param h the header
   * @return the builder
   */
  public static DocumentEntry.Builder documentEntry(CdaHeader h) {
    DocumentEntry.Builder b = DocumentEntry.builder().mimeType("text/xml");
    h.id().ifPresent(id -> b.uniqueId(id.toXdsUniqueId()));
    h.title().ifPresent(b::title);
    h.languageCode().ifPresent(b::languageCode);
    h.code().ifPresent(b::typeCode);
    h.documentType().map(CdaDocumentType::classCode).ifPresent(b::classCode);
    b.formatCode(formatCode(h));
    h.confidentialityCode().ifPresent(c -> b.confidentialityCodes(List.of(c)));
    h.effectiveTime().map(CdaTime::toXdsTime).ifPresent(b::creationTime);
    h.encounter().map(e -> e.healthcareFacilityTypeCode())
        .ifPresent(b::healthcareFacilityTypeCode);
    h.serviceEvent().ifPresent(e -> serviceEvent(e, b));
    if (h.serviceEvent().flatMap(CdaServiceEvent::performerValue)
        .flatMap(CdaPerson::organizationValue)
        .map(CdaOrganization::standardIndustryClassCode).isEmpty()) {
      h.authors().stream().map(a -> a.person().organization())
          .filter(o -> o != null && o.standardIndustryClassCode() != null).findFirst()
          .ifPresent(o -> b.practiceSettingCode(o.standardIndustryClassCode()));
    }
    h.patient().ifPresent(p -> patient(p, b));
    h.legalAuthenticator().ifPresent(l -> {
      Xcn x = xcn(l.person());
      if (x != null) {
        b.legalAuthenticator(x);
      }
    });
    for (CdaAuthor a : h.authors()) {
      b.addAuthor(author(a));
    }
    return b;
  }

  private static Code formatCode(CdaHeader h) {
    boolean n1 = h.templateIds().isEmpty() || h.templateIds().contains(CdaWriter.TEMPLATE_XDS_SD);
    if (!n1) {
      String structured = h.documentType().flatMap(CdaDocumentType::structuredFormatCode)
          .orElse(null);
      if (structured != null) {
        return Code.of(structured, XdsConstants.FORMAT_CODE_SYSTEM);
      }
    }
    return Code.of(XdsConstants.FORMAT_XDS_SD_PDF, XdsConstants.FORMAT_CODE_SYSTEM,
        "Document à corps non structuré en Pdf/A-1");
  }

  private static void serviceEvent(CdaServiceEvent e, DocumentEntry.Builder b) {
    if (e.low() != null) {
      b.serviceStartTime(e.low().toXdsTime());
    }
    if (e.high() != null) {
      b.serviceStopTime(e.high().toXdsTime());
    }
    if (e.code() != null) {
      b.addEventCode(e.code());
    }
    if (e.performer() != null && e.performer().organization() != null
        && e.performer().organization().standardIndustryClassCode() != null) {
      b.practiceSettingCode(e.performer().organization().standardIndustryClassCode());
    }
  }

  private static void patient(CdaPatient p, DocumentEntry.Builder b) {
    Cx ins = p.ins().map(Ins::toCx).map(Cx::parse).orElse(null);
    Cx local = p.localId().map(id -> Cx.of(id.value(), id.assigningAuthorityOid(),
        Cx.TYPE_PATIENT_INTERNAL)).orElse(null);
    b.patientId(ins);
    b.sourcePatientId(local != null ? local : ins);
    List<String> pid = new ArrayList<>(3);
    if (p.birthName().isPresent()) {
      pid.add("PID-5|" + Hl7v2.join('^', Hl7v2.escape(p.birthName().get()),
          Hl7v2.escape(p.firstGivenName().orElse("")), "", "", "", "", "L"));
    }
    p.birthDate().ifPresent(d -> pid.add("PID-7|" + d.toHl7()));
    p.sex().ifPresent(s -> pid.add("PID-8|" + s.code()));
    b.sourcePatientInfo(pid);
  }

  private static Author author(CdaAuthor a) {
    Author.Builder b = Author.builder().person(xcn(a.person()));
    CdaOrganization o = a.person().organization();
    if (o != null && o.name() != null && o.id().extension() != null) {
      try {
        b.addInstitution(Xon.of(o.name(), o.id().extension(), o.id().root(), Xon.TYPE_IDNST));
      } catch (EparcoursException e) {
        // A foreign organisation id that is not under an OID cannot form an XON: left out.
      }
    }
    if (a.functionCode() != null) {
      b.addRole(a.functionCode());
    }
    if (a.person().code() != null) {
      b.addSpecialty(a.person().code());
    }
    return b.build();
  }

  private static Xcn xcn(CdaPerson p) {
    if (p.id().extension() == null) {
      return null;
    }
    try {
      return Xcn.of(p.id().extension(), p.familyName(), p.givenName(), p.id().root(),
          Xcn.TYPE_IDNPS);
    } catch (EparcoursException e) {
      return null;
    }
  }
}
