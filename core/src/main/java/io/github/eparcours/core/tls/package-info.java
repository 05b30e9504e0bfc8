/**
 * Credentials and TLS: the organisation's keys per role ({@link
 * io.github.eparcours.core.tls.KeyMaterial}, {@link io.github.eparcours.core.tls.KeyRole}), the
 * trusted authorities ({@link io.github.eparcours.core.tls.TrustAnchors}), revocation checking
 * ({@link io.github.eparcours.core.tls.RevocationPolicy}) and the resulting TLS client
 * configuration ({@link io.github.eparcours.core.tls.TlsConfiguration}).
 *
 * <p>Failures are {@link io.github.eparcours.core.error.EparcoursClientException}s with the
 * {@code CORE-02xx} codes of {@link io.github.eparcours.core.tls.TlsErrorCodes}. Parameters and
 * return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.tls;
