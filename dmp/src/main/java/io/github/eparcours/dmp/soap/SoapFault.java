package io.github.eparcours.dmp.soap;

import java.util.List;
import java.util.Objects;

/**
 * A SOAP 1.2 fault as received: code ({@code env:Sender}, {@code env:Receiver}, ...), subcodes,
 * reason text and detail text.
 *
 * <p>The values are those of the service and may echo request content: never log them as is.
 * Immutable and thread-safe.
 *
 * @param code the fault code value as written (a QName such as {@code env:Sender})
 * @param subcodes the subcode values, outermost first
 * @param reason the first reason text
 * @param detail the text content of {@code env:Detail}, empty when absent
 * @since 0.1
 */
public record SoapFault(String code, List<String> subcodes, String reason, String detail) {

  /**
   * Copies the subcodes.
   */
  public SoapFault {
    Objects.requireNonNull(code, "code");
    subcodes = List.copyOf(subcodes);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Tells whether the fault blames the receiver (the service), so that the same request may
   * succeed later.
   *
   * @return true for {@code Receiver} faults
   */
  public boolean isReceiverFault() {
    return code.endsWith("Receiver");
  }
}
