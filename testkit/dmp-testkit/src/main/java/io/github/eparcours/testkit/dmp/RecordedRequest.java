package io.github.eparcours.testkit.dmp;

import io.github.eparcours.dmp.vihf.VerifiedVihf;
import java.util.List;
import java.util.Optional;

/**
 * One request received by the {@link FakeDmp}, as it arrived.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the request path
 * @param contentType the HTTP Content-Type
 * @param action the WS-Addressing Action, empty if unreadable
 * @param messageId the WS-Addressing MessageID, empty if unreadable
 * @param clientCertificateSubject the TLS client certificate's subject DN
 * @param vihf the verified VIHF, null if absent or invalid
 * @param vihfError the error code of the VIHF check, empty if it verified
 * @param envelope the SOAP envelope bytes (root part)
 * @param attachmentSizes the size of each MTOM attachment, in order
 * @param fault the fault injected into this exchange, null if none
 */
public record RecordedRequest(String path, String contentType, String action, String messageId,
    String clientCertificateSubject, VerifiedVihf vihf, String vihfError, byte[] envelope,
    List<Long> attachmentSizes, FakeDmpFault fault) {

  /**
   * Copies the mutable components.
   */
  public RecordedRequest {
    envelope = envelope.clone();
    attachmentSizes = List.copyOf(attachmentSizes);
  }

  /**
   * Returns the verified VIHF.
   *
   * @return the VIHF, empty if it was absent or invalid
   */
  public Optional<VerifiedVihf> verifiedVihf() {
    return Optional.ofNullable(vihf);
  }

  /**
   * Returns the injected fault.
   *
   * @return the fault, empty if none
   */
  public Optional<FakeDmpFault> injectedFault() {
    return Optional.ofNullable(fault);
  }

  @Override
  public byte[] envelope() {
    return envelope.clone();
  }

  @Override
  public String toString() {
    return "RecordedRequest[" + path + " " + action + "]";
  }
}
