package io.github.eparcours.testkit.dmp;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.dmp.AccessAuthorization;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpAccessDeniedException;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpConfidentiality;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.DmpRegistryException;
import io.github.eparcours.dmp.DmpStatus;
import io.github.eparcours.dmp.FindDocumentsQuery;
import io.github.eparcours.dmp.RetrievedDocument;
import io.github.eparcours.dmp.RetrievedDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The whole DMP life cycle, framework-neutral, for a vendor to run against its own
 * configuration (its client settings, its acting identities, its documents and metadata
 * mapping), against a {@link FakeDmp} or the DMP test platform:
 *
 * <ol>
 *   <li>check the DMP (TD0.2): it exists and is open;</li>
 *   <li>authorise the author (setAuthorization); TD0.2 then reports the access;</li>
 *   <li>feed (ITI-41);</li>
 *   <li>find (ITI-18 FindDocuments and GetDocuments);</li>
 *   <li>retrieve the same bytes (ITI-43);</li>
 *   <li>a professional without authorisation is refused (ITI-41, ITI-18, ITI-43) with
 *       {@code DMP-0210};</li>
 *   <li>replace (ITI-41 with RPLC): the new version approved, the old one deprecated;</li>
 *   <li>mask to professionals and unmask (ITI-57): hidden from, then shown to a colleague;</li>
 *   <li>patient visibility (ITI-57): hidden from the patient, then shown again;</li>
 *   <li>archive and unarchive (ITI-57);</li>
 *   <li>delete (ITI-57): refused to a colleague, done by the author;</li>
 *   <li>a non-qualified identity is refused before sending ({@code DMP-0201}).</li>
 * </ol>
 *
 * <p>Each step reports pass or fail with the reason (the error code and message, or what was
 * seen instead of what was expected); a step whose prerequisite failed (the DMP check, the
 * authorisation, the feed, the find) is reported as not run. Messages never carry patient
 * data. On the DMP test platform, a failing refusal step that names another registry error
 * code than {@link DmpAccessDeniedException#ACCESS_DENIED} tells which code the platform
 * answers.
 *
 * <p>The suite gives the author's access authorisation, and removes then gives the
 * colleague's (removed again at the end). Extend it, implement the hooks, call {@link #run()}
 * from any test framework (or a {@code main}) and assert {@link Report#passed()}, printing
 * {@link Report#toString()} on failure. Not thread-safe.
 */
public abstract class DmpConformanceSuite {

  /**
   * The outcome of one step.
   *
   * @param name what the step checks
   * @param passed whether it passed
   * @param detail why it failed, or empty
   */
  public record Step(String name, boolean passed, String detail) {}

  /**
   * The outcome of the whole life cycle.
   *
   * @param steps the steps, in order
   */
  public record Report(List<Step> steps) {
    /** Copies the steps. */
    public Report {
      steps = List.copyOf(steps);
    }

    /**
     * Tells whether every step passed.
     *
     * @return true if all passed
     */
    public boolean passed() {
      return steps.stream().allMatch(Step::passed);
    }

    /**
     * Returns the steps that failed or did not run.
     *
     * @return the failed steps, in order
     */
    public List<Step> failures() {
      return steps.stream().filter(s -> !s.passed()).toList();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("DMP conformance:\n");
      for (Step s : steps) {
        sb.append(s.passed() ? "  PASS " : "  FAIL ").append(s.name())
            .append(s.detail().isEmpty() ? "" : " - " + s.detail()).append('\n');
      }
      return sb.toString();
    }
  }

  /**
   * Returns the vendor's client, configured as in production but pointing at the test DMP.
   *
   * @return the client
   */
  protected abstract DmpClient client();

  /**
   * Returns the acting identity that authors the documents fed (the author in their metadata).
   *
   * @return the identity
   */
  protected abstract ActingIdentity author();

  /**
   * Returns a second professional of the vendor's configuration, other than the author: the
   * suite removes his access authorisation to check the refusals, then gives it to check
   * masking and delete-by-the-author, and removes it at the end.
   *
   * @return the identity
   */
  protected abstract ActingIdentity colleague();

  /**
   * Returns a qualified test patient whose DMP is open on the test DMP.
   *
   * @return the patient
   */
  protected abstract PatientIdentity patient();

  /**
   * Returns a new submission of one document for {@link #patient()} authored by
   * {@link #author()}, built by the vendor's own code (CDA and metadata mapping), with fresh
   * uniqueIds.
   *
   * @return the submission
   */
  protected abstract SubmissionRequest newSubmission();

  /**
   * Returns the submission that replaces a document: by default {@link #newSubmission()} with
   * an RPLC association from its first document to {@code replaced}. Override it when the
   * vendor's code builds replacements itself.
   *
   * @param replaced the entry to replace, as returned by a query
   * @return the submission
   */
  protected SubmissionRequest replacementOf(DocumentEntry replaced) {
    SubmissionRequest fresh = newSubmission();
    SubmissionRequest.Builder b = SubmissionRequest.builder()
        .submissionSet(fresh.submissionSet());
    for (DocumentEntry e : fresh.documentEntries()) {
      b.addDocument(e, fresh.content(e.entryUuid()).orElseThrow());
    }
    fresh.associations().forEach(b::addAssociation);
    b.addAssociation(Association.replace(fresh.documentEntries().get(0).entryUuid(),
        replaced.entryUuid()));
    return b.build();
  }

  /**
   * Runs the life cycle, continuing after a failed step when it can.
   *
   * @return the report
   * @throws IllegalStateException if {@link #patient()} has no INS
   */
  public final Report run() {
    return new Run().execute();
  }

  /** One run's state: the steps so far and the documents it works on. */
  private final class Run {
    private final List<Step> steps = new ArrayList<>();
    private final Ins ins = patient().ins().orElseThrow(() -> new IllegalStateException(
        "patient() must return a qualified identity with its INS"));
    private String blockedBy;
    private boolean colleagueTouched;
    private SubmissionRequest submission;
    private DocumentEntry stored;
    /** The uniqueId of the document the ITI-57 steps work on (the replacement once made). */
    private String current;

    Report execute() {
      try {
        checkAndAuthorize();
        feedFindRetrieve();
        step("a professional without authorisation is refused (ITI-41, ITI-18, ITI-43)", true,
            this::unauthorisedRefused);
        step("replace (ITI-41 RPLC): the new version approved, the old one deprecated", true,
            this::replace);
        step("mask to professionals, then unmask (ITI-57)", true, this::maskAndUnmask);
        step("hide from the patient, then show again (ITI-57)", true, this::patientVisibility);
        step("archive, then unarchive (ITI-57)", true, this::archiveAndUnarchive);
        step("delete: refused to another professional, done by the author (ITI-57)", true,
            this::deleteByTheAuthor);
        step("non-qualified identity refused before sending (DMP-0201)", false,
            this::nonQualifiedRefused);
      } finally {
        removeColleagueAuthorisation();
      }
      return new Report(steps);
    }

    private void checkAndAuthorize() {
      prerequisite("check the DMP (TD0.2): it exists and is open", () -> {
        DmpStatus status = client().dmpStatus(author(), ins);
        require(status.exists(), "the patient has no DMP (query response "
            + status.queryResponseCode() + ")");
        require(status.state().isOpen(), "the DMP is not open (" + status.state().value()
            + ")");
      });
      prerequisite("authorise the author (setAuthorization); TD0.2 then reports the access",
          () -> {
            // The patient's consent is part of the set-up on a test platform.
            AccessAuthorization given = client().setAuthorization(author(), ins,
                AuthorizationAction.ADD);
            require(given.isGranted(), "setAuthorization answered " + given.value());
            require(client().dmpStatus(author(), ins).isAccessible(),
                "TD0.2 does not report the access after setAuthorization");
          });
    }

    private void feedFindRetrieve() {
      prerequisite("feed (ITI-41)", () -> {
        submission = newSubmission();
        client().submit(author(), patient(), submission);
      });
      prerequisite("find (ITI-18 FindDocuments and GetDocuments)", () -> {
        String uid = uniqueIdOf(submission);
        List<DocumentEntry> listed = client().findDocuments(author(),
            FindDocumentsQuery.forPatient(ins).build());
        require(listed.stream().anyMatch(e -> e.uniqueId().orElse("").equals(uid)),
            "FindDocuments does not list the document fed");
        List<DocumentEntry> found = client().getDocumentsByUniqueId(author(), ins, List.of(uid));
        require(found.size() == 1, "GetDocuments by uniqueId found " + found.size()
            + " entries instead of 1");
        require(isApproved(found.get(0)), "the document fed is not Approved");
        stored = found.get(0);
        current = uid;
      });
      step("retrieve the same bytes (ITI-43)", true, () -> {
        byte[] expected = read(submission.content(submission.documentEntries().get(0)
            .entryUuid()).map(DocumentContent::openStream).orElseThrow());
        try (RetrievedDocuments docs = client().retrieve(author(), ins, List.of(stored))) {
          RetrievedDocument d = docs.next().orElseThrow(
              () -> new AssertionError("the reply holds no document"));
          require(Arrays.equals(read(d.content()), expected), "the retrieved bytes differ from "
              + "the bytes fed");
        }
      });
    }

    private void unauthorisedRefused() throws Exception {
      colleagueTouched = true;
      client().setAuthorization(colleague(), ins, AuthorizationAction.REMOVE);
      require(!client().dmpStatus(colleague(), ins).authorization().isGranted(),
          "TD0.2 still reports the colleague's access after its removal");
      List<String> accepted = new ArrayList<>();
      expectAccessDenied("ITI-18", accepted, () -> client().findDocuments(colleague(),
          FindDocumentsQuery.forPatient(ins).build()));
      expectAccessDenied("ITI-43", accepted,
          () -> client().retrieve(colleague(), ins, List.of(stored)).close());
      SubmissionRequest byColleague = newSubmission();
      expectAccessDenied("ITI-41", accepted,
          () -> client().submit(colleague(), patient(), byColleague));
      require(accepted.isEmpty(), "accepted without authorisation: " + accepted);
    }

    private void expectAccessDenied(String operation, List<String> accepted, Action call)
        throws Exception {
      try {
        call.run();
        accepted.add(operation);
      } catch (DmpAccessDeniedException e) {
        require(e.code().equals(DmpErrors.ACCESS_NOT_AUTHORIZED), operation + " refused with "
            + e.code());
      } catch (DmpRegistryException e) {
        throw new AssertionError(operation + " refused with " + e.code() + " "
            + e.registryErrors().stream().map(r -> r.errorCode()).toList()
            + " instead of " + DmpErrors.ACCESS_NOT_AUTHORIZED + " ("
            + DmpAccessDeniedException.ACCESS_DENIED + ")", e);
      }
    }

    private void replace() {
      SubmissionRequest replacement = replacementOf(stored);
      client().submit(author(), patient(), replacement);
      String next = uniqueIdOf(replacement);
      require(approved(author(), next).isPresent(), "the replacement is not found Approved");
      List<DocumentEntry> old = client().getDocumentsByEntryUuid(author(), ins,
          List.of(stored.entryUuid()));
      require(old.size() == 1 && old.get(0).availabilityStatus()
          .filter(AvailabilityStatus.DEPRECATED::equals).isPresent(),
          "the replaced entry is not Deprecated (" + old.stream()
              .map(e -> e.availabilityStatus().map(AvailabilityStatus::value).orElse("?"))
              .toList() + ")");
      current = next;
    }

    private void maskAndUnmask() {
      colleagueTouched = true;
      client().setAuthorization(colleague(), ins, AuthorizationAction.ADD);
      client().maskToProfessionals(author(), ins, approvedOrFail(author()), true);
      DocumentEntry masked = approvedOrFail(author());
      require(hasCode(masked, DmpConfidentiality.MASKED_TO_PROFESSIONALS),
          "the author's new version lacks " + DmpConfidentiality.MASKED_TO_PROFESSIONALS);
      require(approved(colleague(), current).isEmpty(),
          "a colleague still sees the document masked to professionals");
      client().maskToProfessionals(author(), ins, masked, false);
      DocumentEntry seen = approved(colleague(), current).orElseThrow(
          () -> new AssertionError("a colleague does not see the unmasked document"));
      require(!hasCode(seen, DmpConfidentiality.MASKED_TO_PROFESSIONALS),
          "the unmasked version still carries " + DmpConfidentiality.MASKED_TO_PROFESSIONALS);
    }

    private void patientVisibility() {
      client().hideFromPatient(author(), ins, approvedOrFail(author()), true);
      DocumentEntry hidden = approvedOrFail(author());
      require(hasCode(hidden, DmpConfidentiality.HIDDEN_FROM_PATIENT),
          "the new version lacks " + DmpConfidentiality.HIDDEN_FROM_PATIENT);
      client().hideFromPatient(author(), ins, hidden, false);
      require(!hasCode(approvedOrFail(author()), DmpConfidentiality.HIDDEN_FROM_PATIENT),
          "the document is still hidden from the patient");
    }

    private void archiveAndUnarchive() {
      client().archive(author(), ins, approvedOrFail(author()));
      DocumentEntry archived = client().getDocumentsByUniqueId(author(), ins, List.of(current))
          .stream().filter(e -> e.availabilityStatus()
              .filter(AvailabilityStatus.DMP_ARCHIVED::equals).isPresent())
          .findFirst().orElseThrow(() -> new AssertionError("no Archived entry after archive"));
      client().unarchive(author(), ins, archived);
      approvedOrFail(author());
    }

    private void deleteByTheAuthor() {
      DocumentEntry entry = approvedOrFail(author());
      try {
        client().delete(colleague(), ins, entry);
        throw new AssertionError("another professional than the author deleted the document");
      } catch (DmpAccessDeniedException e) {
        throw new AssertionError("the colleague was refused for lack of authorisation ("
            + e.code() + "), not as a non-author", e);
      } catch (DmpRegistryException expected) {
        // Only the author may delete.
      }
      client().delete(author(), ins, entry);
      require(client().getDocumentsByUniqueId(author(), ins, List.of(current)).isEmpty(),
          "a deleted document is still found");
    }

    private void nonQualifiedRefused() {
      PatientIdentity provisional = patient().toBuilder().ins(null).status(IdentityStatus.PROV)
          .build();
      try {
        client().submit(author(), provisional, newSubmission());
        throw new AssertionError("a feed for a provisional identity was accepted");
      } catch (EparcoursException e) {
        require(e.code().equals(DmpErrors.INS_NOT_QUALIFIED), "refused with " + e.code()
            + " instead of " + DmpErrors.INS_NOT_QUALIFIED);
      }
    }

    private void removeColleagueAuthorisation() {
      if (!colleagueTouched) {
        return;
      }
      try {
        client().setAuthorization(colleague(), ins, AuthorizationAction.REMOVE);
      } catch (EparcoursException e) {
        // Clean-up only: the steps already tell what failed.
      }
    }

    private Optional<DocumentEntry> approved(ActingIdentity who, String uniqueId) {
      return client().getDocumentsByUniqueId(who, ins, List.of(uniqueId)).stream()
          .filter(DmpConformanceSuite::isApproved).findFirst();
    }

    private DocumentEntry approvedOrFail(ActingIdentity who) {
      return approved(who, current).orElseThrow(
          () -> new AssertionError("the current document is not found Approved"));
    }

    private void prerequisite(String name, Action action) {
      if (!step(name, true, action) && blockedBy == null) {
        blockedBy = name;
      }
    }

    private boolean step(String name, boolean needsPrerequisites, Action action) {
      if (needsPrerequisites && blockedBy != null) {
        steps.add(new Step(name, false, "not run: '" + blockedBy + "' failed"));
        return false;
      }
      try {
        action.run();
        steps.add(new Step(name, true, ""));
        return true;
      } catch (EparcoursException e) {
        steps.add(new Step(name, false, e.code() + ": " + e.getMessage()));
      } catch (AssertionError e) {
        steps.add(new Step(name, false, String.valueOf(e.getMessage())));
      } catch (Exception e) {
        steps.add(new Step(name, false, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
      return false;
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  private static String uniqueIdOf(SubmissionRequest request) {
    return request.documentEntries().get(0).uniqueId().orElseThrow(
        () -> new AssertionError("newSubmission() must give its documents a uniqueId"));
  }

  private static boolean isApproved(DocumentEntry e) {
    return e.availabilityStatus().map(AvailabilityStatus.APPROVED::equals).orElse(true);
  }

  private static boolean hasCode(DocumentEntry e, Code code) {
    return e.confidentialityCodes().stream().anyMatch(c -> c.code().equals(code.code()));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
