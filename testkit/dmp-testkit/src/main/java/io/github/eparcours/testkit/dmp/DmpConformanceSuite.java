package io.github.eparcours.testkit.dmp;

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
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.DmpStatus;
import io.github.eparcours.dmp.RetrievedDocument;
import io.github.eparcours.dmp.RetrievedDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole DMP scenario, framework-neutral, for a vendor to run against its own configuration
 * (its client settings, its documents, its metadata mapping), typically against a
 * {@link FakeDmp}: check the DMP and the access authorisation (TD0.2, giving it when missing),
 * feed, find by uniqueId, retrieve the same bytes, archive, unarchive, delete by
 * the author, and refusal of a non-qualified identity before sending.
 *
 * <p>Extend it, implement the four hooks, call {@link #run()} from any test framework and assert
 * {@link Report#passed()} (print {@link Report#toString()} on failure). Not thread-safe.
 */
public abstract class DmpConformanceSuite {

  /** The outcome of one step. */
  public record Step(String name, boolean passed, String detail) {}

  /** The outcome of the whole scenario. */
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
   * Returns the acting identity, the author of the documents fed.
   *
   * @return the identity
   */
  protected abstract ActingIdentity author();

  /**
   * Returns a qualified test patient whose DMP is open on the test DMP.
   *
   * @return the patient
   */
  protected abstract PatientIdentity patient();

  /**
   * Returns a new submission of one document for {@link #patient()}, built by the vendor's own
   * code (CDA and metadata mapping), with fresh uniqueIds.
   *
   * @return the submission
   */
  protected abstract SubmissionRequest newSubmission();

  /**
   * Runs the scenario, continuing after a failed step when it can.
   *
   * @return the report
   */
  public final Report run() {
    List<Step> steps = new ArrayList<>();
    Ins ins = patient().ins().orElseThrow(() -> new IllegalStateException(
        "patient() must return a qualified identity with its INS"));
    SubmissionRequest submission = newSubmission();
    DocumentEntry fed = submission.documentEntries().get(0);
    String uid = fed.uniqueId().orElse("");
    if (!step(steps, "DMP exists and is open, access authorised (TD0.2, setAuthorization)",
        () -> {
          DmpStatus status = client().dmpStatus(author(), ins);
          require(status.exists(), "the patient has no DMP (" + status.queryResponseCode() + ")");
          require(status.state().isOpen(), "the DMP is not open (" + status.state().value()
              + ")");
          if (!status.authorization().isGranted()) {
            // The patient's consent is part of the scenario's set-up on a test platform.
            AccessAuthorization given = client().setAuthorization(author(), ins,
                AuthorizationAction.ADD);
            require(given.isGranted(), "setAuthorization answered " + given.value());
          }
          require(client().dmpStatus(author(), ins).isAccessible(),
              "the DMP is still not accessible after setAuthorization");
        })) {
      return new Report(steps);
    }
    if (!step(steps, "feed (ITI-41)", () -> client().submit(author(), patient(), submission))) {
      return new Report(steps);
    }
    DocumentEntry[] stored = new DocumentEntry[1];
    step(steps, "find by uniqueId (ITI-18)", () -> {
      List<DocumentEntry> found = client().getDocumentsByUniqueId(author(), ins, List.of(uid));
      require(found.size() == 1, "expected 1 entry, found " + found.size());
      stored[0] = found.get(0);
    });
    if (stored[0] == null) {
      return new Report(steps);
    }
    step(steps, "retrieve the same bytes (ITI-43)", () -> {
      byte[] expected = read(submission.content(fed.entryUuid()).map(DocumentContent::openStream)
          .orElseThrow());
      try (RetrievedDocuments docs = client().retrieve(author(), ins, List.of(stored[0]))) {
        RetrievedDocument d = docs.next().orElseThrow(() -> new AssertionError("no document"));
        require(Arrays.equals(read(d.content()), expected), "the retrieved bytes differ");
      }
    });
    step(steps, "archive (ITI-57)", () -> client().archive(author(), ins, stored[0]));
    step(steps, "unarchive (ITI-57)", () -> client().unarchive(author(), ins,
        client().getDocumentsByUniqueId(author(), ins, List.of(uid)).get(0)));
    step(steps, "delete by the author (ITI-57)", () -> {
      DocumentEntry current = client().getDocumentsByUniqueId(author(), ins, List.of(uid)).get(0);
      require(current.availabilityStatus().map(AvailabilityStatus.APPROVED::equals).orElse(true),
          "the entry is not Approved before deletion");
      client().delete(author(), ins, current);
      require(client().getDocumentsByUniqueId(author(), ins, List.of(uid)).isEmpty(),
          "a deleted document is still found");
    });
    step(steps, "non-qualified identity refused before sending", () -> {
      PatientIdentity provisional = patient().toBuilder().ins(null).status(IdentityStatus.PROV)
          .build();
      try {
        client().submit(author(), provisional, newSubmission());
        throw new AssertionError("a feed for a provisional identity was accepted");
      } catch (EparcoursException e) {
        require(e.code().equals(DmpErrors.INS_NOT_QUALIFIED), "refused with " + e.code()
            + " instead of " + DmpErrors.INS_NOT_QUALIFIED);
      }
    });
    return new Report(steps);
  }

  private interface Action {
    void run() throws Exception;
  }

  private static boolean step(List<Step> steps, String name, Action action) {
    try {
      action.run();
      steps.add(new Step(name, true, ""));
      return true;
    } catch (EparcoursException e) {
      steps.add(new Step(name, false, e.getMessage()));
    } catch (Exception | AssertionError e) {
      steps.add(new Step(name, false, String.valueOf(e.getMessage())));
    }
    return false;
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
