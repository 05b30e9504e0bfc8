package io.github.eparcours.mss.message;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.mss.MssErrors;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An MSSanté mailbox address: professional ({@code PER}), organisational ({@code ORG}),
 * application ({@code APP}) or a patient's Mon Espace Santé address
 * ({@code <INS>@patient.mssante.fr}).
 *
 * <p>Patient addresses are never parsed from free text when building a message: they are made
 * from a qualified INS only, so that a message never reaches a patient whose identity was not
 * checked. Addresses read from received mail may be patient addresses.
 *
 * <p>Immutable and thread-safe. {@link #toString()} redacts patient addresses (they carry the INS).
 *
 * @since 0.1
 */
public final class MssAddress {

  /** The domain of patients' Mon Espace Santé mailboxes. */
  public static final String PATIENT_DOMAIN = "patient.mssante.fr";

  private final String address;
  private final String displayName;

  private MssAddress(String address, String displayName) {
    this.address = address;
    this.displayName = displayName;
  }

  /**
   * Parses the address of a professional, organisational or application mailbox.
   *
   * @param address the bare address ({@code local@domain}), not null
   * @return the address
   * @throws EparcoursClientException {@code MSS-0002} if the address is malformed;
   *     {@code MSS-0004} if it is a patient address (use {@link #patient(PatientIdentity)})
   */
  public static MssAddress of(String address) {
    MssAddress parsed = parse(address, null);
    if (parsed.isPatient()) {
      throw new EparcoursClientException(MssErrors.PATIENT_ADDRESS_NEEDS_QUALIFIED_INS,
          "a patient address (@" + PATIENT_DOMAIN + ") cannot be given as text: build it from "
              + "the patient's qualified INS");
    }
    return parsed;
  }

  /**
   * Parses a professional address with a display name (e.g. {@code Dr_Jean_DUPONT_CHU}).
   *
   * @param address the bare address, not null
   * @param displayName the display name, not null
   * @return the address
   * @throws EparcoursClientException as {@link #of(String)}
   */
  public static MssAddress of(String address, String displayName) {
    MssAddress bare = of(address);
    return new MssAddress(bare.address, Objects.requireNonNull(displayName, "displayName"));
  }

  /**
   * The Mon Espace Santé address of a patient ({@code <INS>@patient.mssante.fr}), from a
   * qualified identity only.
   *
   * @param patient the patient identity, not null
   * @return the patient address
   * @throws EparcoursClientException {@code MSS-0004} if the identity is not qualified (RNIV
   *     status other than QUAL)
   */
  public static MssAddress patient(PatientIdentity patient) {
    Ins ins = Objects.requireNonNull(patient, "patient").requireQualifiedIns(
        MssErrors.PATIENT_ADDRESS_NEEDS_QUALIFIED_INS, "an MSSanté patient address");
    return new MssAddress(ins.mssantePatientAddress(), null);
  }

  /**
   * Parses an address read from the wire (a received message), patient addresses included.
   *
   * @param address the address, possibly with a display name ({@code "Name <a@b>"})
   * @return the address
   * @throws EparcoursClientException {@code MSS-0002} if the address is malformed
   */
  public static MssAddress fromWire(String address) {
    return parse(address, null);
  }

  static MssAddress parse(String address, String displayName) {
    if (address == null || address.isBlank()) {
      throw new EparcoursClientException(MssErrors.INVALID_ADDRESS, "e-mail address is blank");
    }
    try {
      InternetAddress ia = new InternetAddress(address, true);
      String bare = ia.getAddress();
      int at = bare.lastIndexOf('@');
      if (at <= 0 || at == bare.length() - 1) {
        throw new EparcoursClientException(MssErrors.INVALID_ADDRESS,
            "e-mail address has no local part or no domain: expected local@domain");
      }
      String normalised = bare.substring(0, at) + "@" + bare.substring(at + 1).toLowerCase(Locale.ROOT);
      return new MssAddress(normalised, displayName != null ? displayName : ia.getPersonal());
    } catch (AddressException e) {
      throw new EparcoursClientException(MssErrors.INVALID_ADDRESS,
          "e-mail address is malformed (RFC 5322): " + e.getMessage().replaceAll("\\S+@\\S+", "<address>"),
          e, false);
    }
  }

  /**
   * Returns the bare address {@code local@domain} (domain in lower case).
   *
   * @return the address, never null; may identify a patient, handle as sensitive
   */
  public String address() {
    return address;
  }

  /**
   * Returns the domain part.
   *
   * @return the domain, lower case
   */
  public String domain() {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  /**
   * Returns the display name.
   *
   * @return the display name, or empty
   */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /**
   * Tells whether this is a patient's Mon Espace Santé address.
   *
   * @return true for {@code @patient.mssante.fr}
   */
  public boolean isPatient() {
    return domain().equals(PATIENT_DOMAIN);
  }

  /**
   * Tells whether the domain belongs to the MSSanté trust space ({@code *.mssante.fr}). The
   * whitelist of operator domains is finer; this only catches obvious mistakes.
   *
   * @return true for a sub-domain of {@code mssante.fr}
   */
  public boolean isMssanteDomain() {
    return domain().endsWith(".mssante.fr");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MssAddress other && address.equalsIgnoreCase(other.address);
  }

  @Override
  public int hashCode() {
    return address.toLowerCase(Locale.ROOT).hashCode();
  }

  /** Returns the address, patient addresses redacted to their domain. */
  @Override
  public String toString() {
    return isPatient() ? "<patient>@" + PATIENT_DOMAIN : address;
  }
}
