/**
 * Patient, professional and structure identities.
 *
 * <p>Patients: {@link io.github.eparcours.core.identity.Ins} (matricule, key and assigning
 * authority), {@link io.github.eparcours.core.identity.InsTraits},
 * {@link io.github.eparcours.core.identity.IdentityStatus} (RNIV) and
 * {@link io.github.eparcours.core.identity.PatientIdentity}, which tells whether the INS may be
 * carried in an exchange.
 *
 * <p>Every value type is immutable and thread-safe and validated on creation; a refusal is an
 * {@link io.github.eparcours.core.identity.InvalidIdentifierException} whose code (one of
 * {@link io.github.eparcours.core.identity.IdentityErrorCodes}) names the rule broken. Values
 * that carry patient data (INS, traits, birth dates, local identifiers) redact themselves in
 * {@code toString()}, and refusal messages never quote the refused value, so logging them is
 * safe; their accessors ({@code value()}, {@code birthName()}…) return the full data and must not
 * be logged. Those values implement {@link io.github.eparcours.core.identity.PatientData}, whose
 * {@code unredacted()} is the explicit opt-in to see them in full (test platforms, local
 * debugging). Parameters and return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.identity;
