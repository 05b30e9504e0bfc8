package io.github.eparcours.mss.internal;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.EbRim;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.xdm.XdmDocument;
import io.github.eparcours.mss.xdm.XdmPackage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * METADATA.XML through core's XDS model and ebRIM 3.0 writer and reader: the caller's
 * submission set and document entries (e.g. {@code DocumentEntry.fromCda(header)}) are completed
 * with what the archive fixes (hash, size, URI, mime type, ids, patient, submission time).
 */
public final class CoreXdmMetadataCodec implements XdmMetadataCodec {

  /** The shared instance (stateless). */
  public static final CoreXdmMetadataCodec INSTANCE = new CoreXdmMetadataCodec();

  /** The slot giving a document's path in an XDM archive. */
  static final String URI_SLOT = "URI";

  private CoreXdmMetadataCodec() {}

  @Override
  public byte[] write(XdmPackage pkg, List<DocumentFacts> facts) {
    SubmissionSet given = pkg.submissionSet().orElse(null);
    SubmissionSet.Builder ss = given != null ? given.toBuilder()
        : SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid());
    Cx patient = pkg.patientId().map(Cx::parse).orElse(null);
    if (given == null || given.uniqueId().isEmpty()) {
      ss.uniqueId(pkg.submissionSetUniqueId());
    }
    if (given == null || given.sourceId().isEmpty()) {
      ss.sourceId(pkg.sourceId());
    }
    if (given == null || given.submissionTime().isEmpty()) {
      ss.submissionTime(XdsTime.of(pkg.submissionTime()));
    }
    if (patient != null && (given == null || given.patientId().isEmpty())) {
      ss.patientId(patient);
    }
    SubmissionSet set = ss.build();
    SubmissionRequest.Builder request = SubmissionRequest.builder().submissionSet(set);
    for (int i = 0; i < facts.size(); i++) {
      DocumentFacts f = facts.get(i);
      XdmDocument d = pkg.documents().get(i);
      DocumentEntry entry = d.entry().orElse(null);
      DocumentEntry.Builder e = entry != null ? entry.toBuilder()
          : DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid());
      if (entry == null || entry.uniqueId().isEmpty()) {
        e.uniqueId(pkg.submissionSetUniqueId() + "." + (i + 1));
      }
      if (entry == null || entry.typeCode().isEmpty()) {
        if (f.typeCode() != null) {
          e.typeCode(Code.of(f.typeCode(), f.typeCodeSystem()));
        }
      }
      if (patient != null && (entry == null || entry.patientId().isEmpty())) {
        e.patientId(patient);
      }
      e.mimeType(f.mimeType()).hash(f.sha1Hex()).size(f.size())
          .extraSlot(URI_SLOT, List.of(f.uri()));
      DocumentEntry built = e.build();
      request.addDocumentEntry(built);
      request.addAssociation(Association.hasMember(set.entryUuid(), built.entryUuid()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + 2048 * facts.size());
    try {
      EbRim.writeSubmitObjectsRequest(request.build(), out);
    } catch (EparcoursClientException ex) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "METADATA.XML could not be written: " + ex.getMessage(), ex, false);
    }
    return out.toByteArray();
  }

  @Override
  public Read read(byte[] metadataXml) {
    SubmissionRequest request;
    try {
      request = EbRim.readSubmitObjectsRequest(new ByteArrayInputStream(metadataXml));
    } catch (EparcoursClientException | IllegalArgumentException e) {
      throw new EparcoursClientException(MssErrors.XDM_METADATA_INVALID,
          "METADATA.XML is not a readable ebRS SubmitObjectsRequest ("
              + (e instanceof EparcoursClientException ece ? ece.code() : "malformed")
              + "); the archive cannot be trusted", e, false);
    }
    List<DocumentFacts> facts = new ArrayList<>(request.documentEntries().size());
    for (DocumentEntry e : request.documentEntries()) {
      String uri = uri(e.extraSlots().get(URI_SLOT));
      if (uri == null) {
        throw new EparcoursClientException(MssErrors.XDM_METADATA_INVALID,
            "a document of METADATA.XML has no URI slot: it cannot be matched to a file");
      }
      facts.add(new DocumentFacts(uri, e.hash().map(h -> h.toLowerCase(Locale.ROOT)).orElse(null),
          e.size().orElse(-1L), e.mimeType().orElse("application/octet-stream"),
          e.typeCode().map(Code::code).orElse(null), e.typeCode().map(Code::system).orElse(null),
          e));
    }
    return new Read(request, facts);
  }

  /** Joins a URI split over several values ({@code 1|abc}, {@code 2|def}: ITI TF-3 4.2.3.2.23). */
  private static String uri(List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() == 1 && !values.get(0).matches("\\d+\\|.*")) {
      return values.get(0).trim();
    }
    StringBuilder sb = new StringBuilder();
    values.stream().filter(v -> v.matches("\\d+\\|.*"))
        .sorted((a, b) -> Integer.compare(Integer.parseInt(a.substring(0, a.indexOf('|'))),
            Integer.parseInt(b.substring(0, b.indexOf('|')))))
        .forEach(v -> sb.append(v.substring(v.indexOf('|') + 1)));
    return sb.length() == 0 ? null : sb.toString().trim();
  }
}
