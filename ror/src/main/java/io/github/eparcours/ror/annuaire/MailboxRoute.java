package io.github.eparcours.ror.annuaire;

import io.github.eparcours.ror.fhir.Structure;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to "which MSSanté address reaches this professional (or this service)?": the
 * mailbox, where the directory attaches it, and the structure when it belongs to one.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class MailboxRoute {

  /** Where a mailbox is attached in the directory. */
  public enum Via {
    /** A personal mailbox held by the professional in a practice situation (PractitionerRole). */
    PRACTICE_SITUATION,
    /** A personal mailbox held by the professional directly (Practitioner). */
    PROFESSIONAL,
    /** A practice (cabinet) mailbox shared with other professionals. */
    CABINET,
    /** An organisational mailbox of the structure whose service matches. */
    SERVICE,
    /** An organisational mailbox of the structure, no service match (a fallback). */
    STRUCTURE
  }

  private final MssMailbox mailbox;
  private final Via via;
  private final Structure structure;

  /**
   * Creates a route.
   *
   * @param mailbox the mailbox
   * @param via where it is attached
   * @param structure the structure, or null
   */
  public MailboxRoute(MssMailbox mailbox, Via via, Structure structure) {
    this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
    this.via = Objects.requireNonNull(via, "via");
    this.structure = structure;
  }

  /**
   * Returns the mailbox.
   *
   * @return the mailbox
   */
  public MssMailbox mailbox() {
    return mailbox;
  }

  /**
   * Returns the address (shortcut).
   *
   * @return the address
   */
  public String address() {
    return mailbox.address();
  }

  /**
   * Returns where the mailbox is attached.
   *
   * @return the attachment
   */
  public Via via() {
    return via;
  }

  /**
   * Returns the structure the mailbox belongs to.
   *
   * @return the structure, or empty for a personal mailbox without practice situation
   */
  public Optional<Structure> structure() {
    return Optional.ofNullable(structure);
  }

  @Override
  public String toString() {
    return "MailboxRoute[" + via + ", " + mailbox + "]";
  }
}
