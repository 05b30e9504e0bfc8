package io.github.eparcours.dmp.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.dmp.DmpErrors;
import java.util.Objects;

/**
 * Checks the structure's signing key material before the VIHF issuer or the submission-set
 * signer takes its key and certificate.
 */
public final class SigningCredentials {

  private SigningCredentials() {}

  /**
   * Returns the key material if it was loaded for signing.
   *
   * @param signing the key material
   * @param user what will sign with it, for the message (e.g. "the VIHF")
   * @return {@code signing}
   * @throws EparcoursClientException DMP-0003 if it was loaded for another role (TLS client)
   */
  public static KeyMaterial requireSignatureRole(KeyMaterial signing, String user) {
    Objects.requireNonNull(signing, "signing");
    if (signing.role() != KeyRole.SIGNATURE) {
      throw new EparcoursClientException(DmpErrors.VIHF_CERTIFICATE_UNUSABLE, user + " must be "
          + "signed with the structure's signature (cachet, SIGN) certificate, but this key was "
          + "loaded as " + signing.role() + "; load the signature PKCS#12 with KeyRole.SIGNATURE "
          + "(the TLS client certificate only authenticates the connection)");
    }
    return signing;
  }
}
