package io.github.eparcours.testkit.core;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a leaf certificate issued by a {@link TestPki} looks like: subject, names, key usages,
 * validity and optional CRL distribution point.
 *
 * <p>Immutable and thread-safe; build with {@link #builder(String)}. Validity bounds left unset
 * are chosen by the {@link TestPki} from its reference time (one hour before, one year after).
 *
 * @since 0.1
 */
public final class LeafSpec {

  /** The key usage bits of RFC 5280 §4.2.1.3 that a leaf may carry. */
  public enum KeyUsage {
    /** digitalSignature: TLS client authentication, signatures. */
    DIGITAL_SIGNATURE,
    /** nonRepudiation (contentCommitment): the organisation signature ("cachet") role. */
    NON_REPUDIATION,
    /** keyEncipherment: RSA key transport, TLS servers. */
    KEY_ENCIPHERMENT,
    /** dataEncipherment. */
    DATA_ENCIPHERMENT,
    /** keyAgreement. */
    KEY_AGREEMENT
  }

  /** The extended key usages of RFC 5280 §4.2.1.12 that a leaf may carry. */
  public enum ExtendedKeyUsage {
    /** id-kp-serverAuth. */
    SERVER_AUTH,
    /** id-kp-clientAuth. */
    CLIENT_AUTH,
    /** id-kp-emailProtection. */
    EMAIL_PROTECTION
  }

  private final String commonName;
  private final String organization;
  private final List<String> dnsNames;
  private final List<String> ipAddresses;
  private final Set<KeyUsage> keyUsages;
  private final Set<ExtendedKeyUsage> extendedKeyUsages;
  private final Instant notBefore;
  private final Instant notAfter;
  private final URI crlDistributionPoint;
  private final boolean issuedByRoot;

  private LeafSpec(Builder b) {
    this.commonName = b.commonName;
    this.organization = b.organization;
    this.dnsNames = List.copyOf(b.dnsNames);
    this.ipAddresses = List.copyOf(b.ipAddresses);
    this.keyUsages = b.keyUsages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.keyUsages));
    this.extendedKeyUsages = Set.copyOf(b.extendedKeyUsages);
    this.notBefore = b.notBefore;
    this.notAfter = b.notAfter;
    this.crlDistributionPoint = b.crlDistributionPoint;
    this.issuedByRoot = b.issuedByRoot;
    if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
      throw new IllegalArgumentException("notAfter is before notBefore");
    }
  }

  /**
   * Starts a specification for a certificate whose subject common name is {@code commonName}.
   *
   * @param commonName the subject CN, non-blank
   * @return a builder with no names, no key usage and default validity
   */
  public static Builder builder(String commonName) {
    return new Builder(commonName);
  }

  /**
   * Returns a builder initialised with this specification.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(commonName);
    b.organization = organization;
    b.dnsNames.addAll(dnsNames);
    b.ipAddresses.addAll(ipAddresses);
    b.keyUsages.addAll(keyUsages);
    b.extendedKeyUsages.addAll(extendedKeyUsages);
    b.notBefore = notBefore;
    b.notAfter = notAfter;
    b.crlDistributionPoint = crlDistributionPoint;
    b.issuedByRoot = issuedByRoot;
    return b;
  }

  /** @return the subject common name */
  public String commonName() {
    return commonName;
  }

  /** @return the subject organisation (O) */
  public String organization() {
    return organization;
  }

  /** @return the DNS subject alternative names, possibly empty */
  public List<String> dnsNames() {
    return dnsNames;
  }

  /** @return the IP address subject alternative names, possibly empty */
  public List<String> ipAddresses() {
    return ipAddresses;
  }

  /** @return the key usage bits; when empty the certificate has no key usage extension */
  public Set<KeyUsage> keyUsages() {
    return keyUsages;
  }

  /** @return the extended key usages; when empty the certificate has no such extension */
  public Set<ExtendedKeyUsage> extendedKeyUsages() {
    return extendedKeyUsages;
  }

  /** @return the start of validity, if fixed by this specification */
  public Optional<Instant> notBefore() {
    return Optional.ofNullable(notBefore);
  }

  /** @return the end of validity, if fixed by this specification */
  public Optional<Instant> notAfter() {
    return Optional.ofNullable(notAfter);
  }

  /** @return the CRL distribution point URI written into the certificate, if any */
  public Optional<URI> crlDistributionPoint() {
    return Optional.ofNullable(crlDistributionPoint);
  }

  /** @return whether the root CA, rather than the intermediate CA, signs the certificate */
  public boolean issuedByRoot() {
    return issuedByRoot;
  }

  @Override
  public String toString() {
    return "LeafSpec[CN=" + commonName + ", dns=" + dnsNames + ", ip=" + ipAddresses
        + ", keyUsage=" + keyUsages + ", eku=" + extendedKeyUsages + "]";
  }

  /** Mutable builder of {@link LeafSpec}; not thread-safe. */
  public static final class Builder {
    private final String commonName;
    private String organization = "E-PARCOURS TEST STRUCTURE";
    private final List<String> dnsNames = new ArrayList<>();
    private final List<String> ipAddresses = new ArrayList<>();
    private final Set<KeyUsage> keyUsages = EnumSet.noneOf(KeyUsage.class);
    private final Set<ExtendedKeyUsage> extendedKeyUsages =
        EnumSet.noneOf(ExtendedKeyUsage.class);
    private Instant notBefore;
    private Instant notAfter;
    private URI crlDistributionPoint;
    private boolean issuedByRoot;

    private Builder(String commonName) {
      Objects.requireNonNull(commonName, "commonName");
      if (commonName.isBlank()) {
        throw new IllegalArgumentException("commonName is blank");
      }
      this.commonName = commonName;
    }

    /**
     * Sets the subject organisation (O).
     *
     * @param organization the organisation name
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = Objects.requireNonNull(organization, "organization");
      return this;
    }

    /**
     * Adds a DNS subject alternative name.
     *
     * @param dnsName e.g. {@code localhost}
     * @return this builder
     */
    public Builder addDnsName(String dnsName) {
      dnsNames.add(Objects.requireNonNull(dnsName, "dnsName"));
      return this;
    }

    /**
     * Adds an IP address subject alternative name.
     *
     * @param ipAddress a literal IPv4 or IPv6 address, e.g. {@code 127.0.0.1}
     * @return this builder
     */
    public Builder addIpAddress(String ipAddress) {
      ipAddresses.add(Objects.requireNonNull(ipAddress, "ipAddress"));
      return this;
    }

    /**
     * Replaces the key usage bits.
     *
     * @param usages the bits; none means no key usage extension
     * @return this builder
     */
    public Builder keyUsages(KeyUsage... usages) {
      keyUsages.clear();
      keyUsages.addAll(List.of(usages));
      return this;
    }

    /**
     * Replaces the extended key usages.
     *
     * @param usages the purposes; none means no extended key usage extension
     * @return this builder
     */
    public Builder extendedKeyUsages(ExtendedKeyUsage... usages) {
      extendedKeyUsages.clear();
      extendedKeyUsages.addAll(List.of(usages));
      return this;
    }

    /**
     * Fixes the validity period.
     *
     * @param notBefore first instant of validity
     * @param notAfter last instant of validity, not before {@code notBefore}
     * @return this builder
     */
    public Builder validity(Instant notBefore, Instant notAfter) {
      this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
      this.notAfter = Objects.requireNonNull(notAfter, "notAfter");
      return this;
    }

    /**
     * Writes a CRL distribution point (full name URI) into the certificate.
     *
     * @param uri where the issuer's CRL can be fetched
     * @return this builder
     */
    public Builder crlDistributionPoint(URI uri) {
      this.crlDistributionPoint = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Has the root CA sign the certificate directly (default: the intermediate CA).
     *
     * @param issuedByRoot true to skip the intermediate
     * @return this builder
     */
    public Builder issuedByRoot(boolean issuedByRoot) {
      this.issuedByRoot = issuedByRoot;
      return this;
    }

    /**
     * Builds the specification.
     *
     * @return the specification
     * @throws IllegalArgumentException if notAfter is before notBefore
     */
    public LeafSpec build() {
      return new LeafSpec(this);
    }
  }
}
