package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.LocalPatientId;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient of a CDA header ({@code recordTarget/patientRole}): identifiers and the INS
 * traits, each optional so that a foreign document missing some can still be read and reported
 * on.
 *
 * <p>Build it from a {@link PatientIdentity} with {@link #of(PatientIdentity)}: the INS is put
 * only when the identity status allows it (QUAL), the local id (IPP) always.
 *
 * <p>Immutable and thread-safe. {@link #toString()} carries no patient data.
 *
 * @since 0.1
 */
public final class CdaPatient {

  private final Ins ins;
  private final List<InstanceIdentifier> otherIds;
  private final IdentityStatus status;
  private final String birthName;
  private final String firstGivenName;
  private final List<String> givenNames;
  private final Sex sex;
  private final PartialDate birthDate;
  private final String birthplace;

  private CdaPatient(Builder b) {
    this.ins = b.ins;
    this.otherIds = List.copyOf(b.otherIds);
    this.status = b.status;
    this.birthName = b.birthName;
    this.firstGivenName = b.firstGivenName;
    this.givenNames = List.copyOf(b.givenNames);
    this.sex = b.sex;
    this.birthDate = b.birthDate;
    this.birthplace = b.birthplace;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the patient of a CDA header for an identity: the INS (with its traits) when the
   * status allows it to be exchanged; the local id when there is one.
   *
   * @param identity the identity
   * @return the patient
   */
  public static CdaPatient of(PatientIdentity identity) {
    InsTraits t = identity.traits();
    Builder b = builder().status(identity.status())
        .birthName(t.birthName()).firstGivenName(t.firstGivenName()).givenNames(t.givenNames())
        .sex(t.sex()).birthDate(t.birthDate()).birthplace(t.birthplace().orElse(null));
    identity.insForExchange().ifPresent(b::ins);
    identity.localId().ifPresent(id -> b.addOtherId(
        InstanceIdentifier.of(id.assigningAuthorityOid(), id.value())));
    return b.build();
  }

  /**
   * Returns a builder holding this patient's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ins = ins;
    b.otherIds.addAll(otherIds);
    b.status = status;
    b.birthName = birthName;
    b.firstGivenName = firstGivenName;
    b.givenNames.addAll(givenNames);
    b.sex = sex;
    b.birthDate = birthDate;
    b.birthplace = birthplace;
    return b;
  }

  /** @return the INS */
  public Optional<Ins> ins() {
    return Optional.ofNullable(ins);
  }

  /** @return other identifiers (IPP...), never null */
  public List<InstanceIdentifier> otherIds() {
    return otherIds;
  }

  /**
   * Returns the first local identifier as an IPP.
   *
   * @return the local id, empty when there is none
   */
  public Optional<LocalPatientId> localId() {
    return otherIds.stream().filter(i -> i.extension() != null).findFirst()
        .map(i -> LocalPatientId.of(i.extension(), i.root()));
  }

  /** @return the identity status, known when built from an identity; empty when read */
  public Optional<IdentityStatus> status() {
    return Optional.ofNullable(status);
  }

  /** @return the birth name ({@code family[@qualifier='BR']}) */
  public Optional<String> birthName() {
    return Optional.ofNullable(birthName);
  }

  /** @return the first birth given name ({@code given[@qualifier='BR']}) */
  public Optional<String> firstGivenName() {
    return Optional.ofNullable(firstGivenName);
  }

  /** @return every birth given name, never null */
  public List<String> givenNames() {
    return givenNames;
  }

  /** @return the administrative sex */
  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /** @return the birth date */
  public Optional<PartialDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** @return the birthplace COG code */
  public Optional<String> birthplace() {
    return Optional.ofNullable(birthplace);
  }

  /**
   * Tells whether the six traits an INS needs are all present.
   *
   * @return true when complete
   */
  public boolean hasAllInsTraits() {
    return birthName != null && firstGivenName != null && !givenNames.isEmpty() && sex != null
        && birthDate != null && birthplace != null;
  }

  private List<Object> fields() {
    return Arrays.asList(ins, otherIds, status, birthName, firstGivenName, givenNames, sex,
        birthDate, birthplace);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CdaPatient p && p.fields().equals(fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  @Override
  public String toString() {
    return "CdaPatient[ins=" + (ins == null ? "none" : "present") + ", ids=" + otherIds.size()
        + ", status=" + status + "]";
  }

  /**
   * Collects a patient's values. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Ins ins;
    private final List<InstanceIdentifier> otherIds = new ArrayList<>();
    private IdentityStatus status;
    private String birthName;
    private String firstGivenName;
    private final List<String> givenNames = new ArrayList<>();
    private Sex sex;
    private PartialDate birthDate;
    private String birthplace;

    private Builder() {}

    /** @param v the INS @return this builder */
    public Builder ins(Ins v) {
      this.ins = v;
      return this;
    }

    /** @param v another identifier (IPP) @return this builder */
    public Builder addOtherId(InstanceIdentifier v) {
      otherIds.add(Objects.requireNonNull(v, "id"));
      return this;
    }

    /** @param v the identity status @return this builder */
    public Builder status(IdentityStatus v) {
      this.status = v;
      return this;
    }

    /** @param v the birth name @return this builder */
    public Builder birthName(String v) {
      this.birthName = v;
      return this;
    }

    /** @param v the first given name @return this builder */
    public Builder firstGivenName(String v) {
      this.firstGivenName = v;
      return this;
    }

    /** @param v every given name, replacing any @return this builder */
    public Builder givenNames(List<String> v) {
      givenNames.clear();
      givenNames.addAll(v);
      return this;
    }

    /** @param v the sex @return this builder */
    public Builder sex(Sex v) {
      this.sex = v;
      return this;
    }

    /** @param v the birth date @return this builder */
    public Builder birthDate(PartialDate v) {
      this.birthDate = v;
      return this;
    }

    /** @param v the birthplace COG code @return this builder */
    public Builder birthplace(String v) {
      this.birthplace = v;
      return this;
    }

    /**
     * Builds the patient; never fails on missing traits (see the header validator).
     *
     * @return the patient
     */
    public CdaPatient build() {
      return new CdaPatient(this);
    }
  }
}
