package io.github.eparcours.testkit.dmp.internal;

import io.github.eparcours.core.validation.ValidationIssue;
import io.github.eparcours.core.validation.ValidationReport;
import io.github.eparcours.dmp.internal.Dom;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.xades.SubmissionSetVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The fake's check of a submission set's XAdES signature (the document entry linked to the
 * submission set by a {@code signs} association), before anything is registered.
 *
 * <p>A broken signature is answered with {@code XDSRepositoryMetadataError} (the registry
 * error XDS.b gives for metadata the repository refuses), its codeContext naming the broken
 * rule ({@code DMP-04xx}) and its location the signature entry. The stored sources do not give the
 * DMP's own code for this case: this is the fake's documented choice. Thread-safe.
 */
public final class SignatureCheck {

  /** The registry error answered for a broken submission-set signature. */
  public static final String SIGNATURE_ERROR = "XDSRepositoryMetadataError";
  private static final String SIGNS = "urn:ihe:iti:2007:AssociationType:signs";
  private static final int MAX_SIGNATURE_BYTES = 1024 * 1024;

  private final SubmissionSetVerifier verifier;
  private final boolean required;

  /**
   * Creates the check.
   *
   * @param verifier the signature verifier
   * @param required whether an unsigned submission is refused
   */
  public SignatureCheck(SubmissionSetVerifier verifier, boolean required) {
    this.verifier = verifier;
    this.required = required;
  }

  /**
   * Checks the signature of a submission.
   *
   * @param sor the SubmitObjectsRequest
   * @param byEntry the attached contents by entry id
   * @return the outcome: ok, or the registry errors to answer
   */
  public RegistryOutcome check(Element sor, Map<String, StoredContent> byEntry) {
    RegistryOutcome out = new RegistryOutcome();
    Element list = Dom.child(sor, SoapNamespaces.RIM, "RegistryObjectList");
    Element ss = list == null ? null : FakeRegistry.submissionSet(list);
    if (ss == null) {
      return out;
    }
    String signatureEntry = null;
    for (Element a : Dom.children(list, SoapNamespaces.RIM, "Association")) {
      if (SIGNS.equals(a.getAttribute("associationType"))
          && ss.getAttribute("id").equals(a.getAttribute("targetObject"))) {
        signatureEntry = a.getAttribute("sourceObject");
      }
    }
    if (signatureEntry == null) {
      return required ? out.error(SIGNATURE_ERROR, "the submission set is not signed: the DMP"
          + " requires a XAdES signature document linked by a signs association", "") : out;
    }
    Map<String, StoredContent> byUniqueId = new HashMap<>();
    for (Element eo : Dom.children(list, SoapNamespaces.RIM, "ExtrinsicObject")) {
      String id = eo.getAttribute("id");
      String uid = FakeRegistry.externalId(eo, Xds.DE_UNIQUE_ID);
      if (!id.equals(signatureEntry) && uid != null && byEntry.containsKey(id)) {
        byUniqueId.put(uid, byEntry.get(id));
      }
    }
    StoredContent signature = byEntry.get(signatureEntry);
    byte[] xml = signature == null ? new byte[0] : read(signature);
    String ssUid = FakeRegistry.externalId(ss, Xds.SS_UNIQUE_ID);
    ValidationReport report = verifier.verify(xml, ssUid == null ? "" : ssUid,
        uid -> byUniqueId.containsKey(uid) ? byUniqueId.get(uid).open() : null,
        byUniqueId.keySet());
    for (ValidationIssue issue : report.errors()) {
      out.error(SIGNATURE_ERROR, issue.code() + " " + issue.path() + ": " + issue.message(),
          signatureEntry);
    }
    return out;
  }

  private static byte[] read(StoredContent c) {
    try (InputStream in = c.open()) {
      byte[] b = in.readNBytes(MAX_SIGNATURE_BYTES + 1);
      return b.length > MAX_SIGNATURE_BYTES ? new byte[0] : b;
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
