package io.github.eparcours.testkit.dmp;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault the {@link FakeDmp} injects into one exchange: a delay, a reply held past the client's
 * time-out, a dropped connection, an HTTP error status, a SOAP fault, a registry error, or a
 * malformed reply. A fault either replaces the processing of the request ({@link Phase#BEFORE},
 * the default: nothing is registered) or hits the reply after the request was processed
 * ({@link Phase#AFTER}: the document is registered but the client never learns it), which is
 * the case safe retries must handle.
 *
 * <p>Immutable and thread-safe.
 */
public final class FakeDmpFault {

  /** What the fault does. */
  public enum Kind {
    /** Waits, then answers normally. */
    DELAY,
    /** Waits longer than any sane client time-out, then drops the connection. */
    TIMEOUT,
    /** Drops the connection without any answer. */
    CONNECTION_RESET,
    /** Answers with an HTTP error status and an HTML page. */
    HTTP_STATUS,
    /** Answers with a SOAP 1.2 fault. */
    SOAP_FAULT,
    /** Answers with a RegistryResponse in Failure carrying one registry error. */
    REGISTRY_ERROR,
    /** Answers 200 with a body that is not XML. */
    MALFORMED_REPLY
  }

  /** When the fault strikes. */
  public enum Phase {
    /** Instead of processing the request. */
    BEFORE,
    /** After the request was processed, instead of (or before, for DELAY) its reply. */
    AFTER
  }

  private final Kind kind;
  private final Phase phase;
  private final Duration delay;
  private final int status;
  private final String code;
  private final String text;

  private FakeDmpFault(Kind kind, Phase phase, Duration delay, int status, String code,
      String text) {
    this.kind = kind;
    this.phase = phase;
    this.delay = delay;
    this.status = status;
    this.code = code;
    this.text = text;
  }

  /**
   * Answers normally after a delay.
   *
   * @param delay the delay
   * @return the fault
   */
  public static FakeDmpFault delay(Duration delay) {
    return new FakeDmpFault(Kind.DELAY, Phase.BEFORE, Objects.requireNonNull(delay, "delay"), 200,
        "", "");
  }

  /**
   * Holds the exchange for {@code hold}, then drops the connection (the client times out
   * first).
   *
   * @param hold how long to hold
   * @return the fault
   */
  public static FakeDmpFault timeout(Duration hold) {
    return new FakeDmpFault(Kind.TIMEOUT, Phase.BEFORE, Objects.requireNonNull(hold, "hold"), 0,
        "", "");
  }

  /**
   * Drops the connection without answering.
   *
   * @return the fault
   */
  public static FakeDmpFault connectionReset() {
    return new FakeDmpFault(Kind.CONNECTION_RESET, Phase.BEFORE, Duration.ZERO, 0, "", "");
  }

  /**
   * Answers with an HTTP status (e.g. 500, 503) and an HTML body.
   *
   * @param status the status
   * @return the fault
   */
  public static FakeDmpFault httpStatus(int status) {
    return new FakeDmpFault(Kind.HTTP_STATUS, Phase.BEFORE, Duration.ZERO, status, "", "");
  }

  /**
   * Answers with a SOAP fault.
   *
   * @param receiver true for {@code env:Receiver}, false for {@code env:Sender}
   * @param reason the reason text
   * @return the fault
   */
  public static FakeDmpFault soapFault(boolean receiver, String reason) {
    return new FakeDmpFault(Kind.SOAP_FAULT, Phase.BEFORE, Duration.ZERO, 500,
        receiver ? "env:Receiver" : "env:Sender", reason);
  }

  /**
   * Answers with a registry error.
   *
   * @param errorCode the XDS error code, e.g. {@code XDSRegistryBusy}
   * @param context the error text
   * @return the fault
   */
  public static FakeDmpFault registryError(String errorCode, String context) {
    return new FakeDmpFault(Kind.REGISTRY_ERROR, Phase.BEFORE, Duration.ZERO, 200, errorCode,
        context);
  }

  /**
   * Answers 200 with a body that is not a SOAP message.
   *
   * @return the fault
   */
  public static FakeDmpFault malformedReply() {
    return new FakeDmpFault(Kind.MALFORMED_REPLY, Phase.BEFORE, Duration.ZERO, 200, "", "");
  }

  /**
   * Returns the same fault striking after the request was processed.
   *
   * @return the fault
   */
  public FakeDmpFault afterProcessing() {
    return new FakeDmpFault(kind, Phase.AFTER, delay, status, code, text);
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the phase.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Returns the delay or hold time.
   *
   * @return the duration
   */
  public Duration delay() {
    return delay;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the fault or registry error code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the reason or context text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return "FakeDmpFault[" + kind + " " + phase + "]";
  }
}
