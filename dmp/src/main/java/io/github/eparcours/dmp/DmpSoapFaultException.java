package io.github.eparcours.dmp;

import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.dmp.soap.SoapFault;

/**
 * The DMP answered with a SOAP fault. The typed fault and the raw envelope are kept; the message
 * quotes only the fault code and subcodes, never the reason (it may echo patient data).
 *
 * @since 0.1
 */
public final class DmpSoapFaultException extends EparcoursServiceException {

  private static final long serialVersionUID = 1L;

  private final transient SoapFault fault;

  /**
   * Creates the exception.
   *
   * @param fault the fault
   * @param status the HTTP status that carried it
   * @param rawEnvelope the raw envelope
   */
  public DmpSoapFaultException(SoapFault fault, int status, String rawEnvelope) {
    super(DmpErrors.SOAP_FAULT, "the DMP answered with a SOAP fault " + fault.code()
        + (fault.subcodes().isEmpty() ? "" : " " + fault.subcodes())
        + (fault.isReceiverFault() ? "; the service failed, retry later"
            : "; the request was refused, see fault() for the reason"),
        status, rawEnvelope, fault.isReceiverFault());
    this.fault = fault;
  }

  /**
   * Returns the fault.
   *
   * @return the fault; null only after deserialisation
   */
  public SoapFault fault() {
    return fault;
  }
}
