package io.github.eparcours.ror.annuaire;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.internal.FhirRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;

/**
 * An MSSanté mailbox published by the Annuaire Santé ({@code telecom} of profile {@code
 * as-mailbox-mss} with the {@code as-ext-mailbox-mss-metadata} extension).
 *
 * <p>Immutable. The address is personal data: {@link #toString()} shows the type only.
 *
 * @since 0.1.0
 */
public final class MssMailbox {

  private final String address;
  private final Code typeCode;
  private final boolean listeRouge;
  private final String service;
  private final String description;

  private MssMailbox(String address, Code typeCode, boolean listeRouge, String service,
      String description) {
    this.address = address;
    this.typeCode = typeCode;
    this.listeRouge = listeRouge;
    this.service = service;
    this.description = description;
  }

  /**
   * Reads the MSSanté mailboxes among contact points: e-mail contact points marked MSSANTE
   * (fr-core email type), carrying the mailbox metadata extension, or whose domain ends with
   * {@code .mssante.fr}.
   *
   * @param telecoms the contact points
   * @return the mailboxes, in order
   */
  public static List<MssMailbox> from(List<ContactPoint> telecoms) {
    List<MssMailbox> out = new ArrayList<>();
    for (ContactPoint cp : telecoms) {
      of(cp).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Reads one contact point.
   *
   * @param cp the contact point
   * @return the mailbox, or empty when it is not an MSSanté mailbox
   */
  public static Optional<MssMailbox> of(ContactPoint cp) {
    if (cp == null || !cp.hasValue() || cp.getValue().isBlank()
        || (cp.hasSystem() && cp.getSystem() != ContactPoint.ContactPointSystem.EMAIL)) {
      return Optional.empty();
    }
    Extension meta = cp.getExtensionByUrl(RorSystems.EXT_MAILBOX_METADATA);
    boolean typed = FhirRead.extensionValue(cp, RorSystems.EXT_EMAIL_TYPE)
        .flatMap(v -> FhirRead.codeOf(v, RorSystems.TYPE_MESSAGERIE))
        .map(c -> "MSSANTE".equals(c.code())).orElse(false);
    String value = cp.getValue().trim();
    if (!typed && meta == null && !value.toLowerCase(Locale.ROOT).endsWith(".mssante.fr")) {
      return Optional.empty();
    }
    Code type = null;
    boolean rouge = false;
    String service = null;
    String description = null;
    if (meta != null) {
      type = FhirRead.extensionValue(meta, "type")
          .flatMap(v -> FhirRead.codeOf(v, RorSystems.TYPE_BAL)).orElse(null);
      rouge = FhirRead.booleanExtension(meta, "listeRouge").orElse(false);
      service = FhirRead.stringExtension(meta, "service").orElse(null);
      description = FhirRead.stringExtension(meta, "description").orElse(null);
    }
    return Optional.of(new MssMailbox(value, type, rouge, service, description));
  }

  /**
   * Returns the address.
   *
   * @return the e-mail address
   */
  public String address() {
    return address;
  }

  /**
   * Returns the type.
   *
   * @return the type, {@link MailboxType#UNKNOWN_TO_SDK_VERSION} when unknown or absent
   */
  public MailboxType type() {
    return MailboxType.fromCode(typeCode == null ? null : typeCode.code());
  }

  /**
   * Returns the raw type code (TRE_R257).
   *
   * @return the code, or empty when the directory gave none
   */
  public Optional<Code> typeCode() {
    return Optional.ofNullable(typeCode);
  }

  /**
   * Tells whether the holder asked not to be listed publicly ("liste rouge"): do not display or
   * redistribute the address.
   *
   * @return true if on the liste rouge
   */
  public boolean listeRouge() {
    return listeRouge;
  }

  /**
   * Returns the service the mailbox belongs to (ORG and APP mailboxes).
   *
   * @return the service name, or empty
   */
  public Optional<String> service() {
    return Optional.ofNullable(service);
  }

  /**
   * Returns the description.
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MssMailbox m && m.address.equalsIgnoreCase(address)
        && Objects.equals(m.typeCode, typeCode) && m.listeRouge == listeRouge;
  }

  @Override
  public int hashCode() {
    return Objects.hash(address.toLowerCase(Locale.ROOT), typeCode, listeRouge);
  }

  @Override
  public String toString() {
    return "MssMailbox[" + type() + (listeRouge ? ", liste rouge" : "") + "]";
  }
}
