package io.github.eparcours.dmp.internal;

import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.dmp.AccessAuthorization;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.DmpRegistryException;
import io.github.eparcours.dmp.DmpState;
import io.github.eparcours.dmp.DmpStatus;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.soap.SoapWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/**
 * The wire shapes of TD0.2 (patients service) and {@code setAuthorization} (habilitations
 * service), shared by the client and the testkit's fake.
 *
 * <p>TD0.2 request: HL7v3 {@code PRPA_IN201307UV02} with the standard transmission wrapper
 * (id, creationTime, interactionId, processingCode {@code P}, processingModeCode {@code T},
 * acceptAckCode {@code AL}, receiver device {@code 1.2.250.1.213.4.1.1.1} "DMP", sender device =
 * the sending system's OID when configured), a {@code controlActProcess} with reasonCode
 * {@code TEST_EXST} (code system {@code 1.2.250.1.213.1.1.4.11}) and a {@code queryByParameter}
 * whose {@code parameterList/patientIdentifier/value} is the INS ({@code root} = INS OID,
 * {@code extension} = the 15-character NIR/NIA).
 *
 * <p>TD0.2 reply: {@code PRPA_IN201308UV02}. {@code acknowledgement/typeCode} {@code AA} or an
 * error ({@code AE}, {@code AR}) whose {@code acknowledgementDetail} (code, text, location) become
 * registry errors; {@code controlActProcess/queryAck/queryResponseCode} {@code OK} (the patient has
 * a DMP) or {@code NF} (no DMP); the DMP's state is the {@code statusCode} of
 * {@code controlActProcess/subject/registrationEvent}; the caller's authorisation is the
 * {@code value/@code} of the {@code administrativeObservation} coded {@code AUTORISATION}
 * under {@code registrationEvent/subject1/patient/subjectOf1}. The stored sources do not give the
 * DMPi's exact reply shape beyond the HL7v3 standard: these placements are this SDK's documented
 * choice, and every value is kept raw.
 *
 * <p>{@code setAuthorization}: {@code <hab:setAuthorization><hab:action>AJOUT</hab:action>}
 * in {@code urn:si-dmp-habilitations}; the patient is the VIHF's resource-id, the professional or
 * structure the VIHF's subject. Reply {@code <hab:setAuthorizationResponse><hab:status>} with
 * the resulting {@link AccessAuthorization}; refusals are SOAP faults.
 *
 * <p>Stateless and thread-safe.
 */
public final class PatientsWire {

  /** WS-Addressing action of TD0.2. */
  public static final String ACTION_TD02 = "urn:hl7-org:v3:PRPA_IN201307UV02";
  /** WS-Addressing action of setAuthorization. */
  public static final String ACTION_SET_AUTHORIZATION =
      "urn:si-dmp-habilitations:HabilitationsEndPoint:setAuthorization";
  /** Namespace of the habilitations service. */
  public static final String HABILITATIONS_NS = "urn:si-dmp-habilitations";
  /** HL7v3 interaction of the TD0.2 request. */
  public static final String REQUEST = "PRPA_IN201307UV02";
  /** HL7v3 interaction of the TD0.2 reply. */
  public static final String RESPONSE = "PRPA_IN201308UV02";
  /** The DMP's device id (receiver). */
  public static final String DMP_DEVICE = "1.2.250.1.213.4.1.1.1";
  /** reasonCode of the "does a DMP exist" test. */
  public static final String REASON_TEST_EXISTS = "TEST_EXST";
  /** Code system of the reasonCode. */
  public static final String REASON_SYSTEM = "1.2.250.1.213.1.1.4.11";
  /** Code of the administrative observation carrying the authorisation. */
  public static final String AUTHORIZATION_OBSERVATION = "AUTORISATION";
  /** HL7 interaction id root. */
  public static final String INTERACTION_ROOT = "2.16.840.1.113883.1.6";

  private static final String V3 = SoapNamespaces.HL7V3;
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private PatientsWire() {}

  /**
   * Returns the body of a TD0.2 request.
   *
   * @param patient the patient's INS
   * @param senderOid the sending system's OID, or null to omit the sender device
   * @param now the creation time
   * @return the body writer
   */
  public static SoapWriter.BodyContent td02Request(Ins patient, String senderOid, Instant now) {
    return w -> {
      w.writeStartElement("", REQUEST, V3);
      w.writeDefaultNamespace(V3);
      w.writeAttribute("ITSVersion", "XML_1.0");
      empty(w, "id", "root", UUID.randomUUID().toString());
      empty(w, "creationTime", "value", TS.format(now));
      w.writeEmptyElement(V3, "interactionId");
      w.writeAttribute("root", INTERACTION_ROOT);
      w.writeAttribute("extension", REQUEST);
      empty(w, "processingCode", "code", "P");
      empty(w, "processingModeCode", "code", "T");
      empty(w, "acceptAckCode", "code", "AL");
      device(w, "receiver", "RCV", DMP_DEVICE);
      if (senderOid != null) {
        device(w, "sender", "SND", senderOid);
      }
      w.writeStartElement(V3, "controlActProcess");
      w.writeAttribute("classCode", "CACT");
      w.writeAttribute("moodCode", "EVN");
      w.writeEmptyElement(V3, "reasonCode");
      w.writeAttribute("code", REASON_TEST_EXISTS);
      w.writeAttribute("codeSystem", REASON_SYSTEM);
      w.writeStartElement(V3, "queryByParameter");
      empty(w, "queryId", "root", UUID.randomUUID().toString());
      empty(w, "statusCode", "code", "new");
      empty(w, "responsePriorityCode", "code", "I");
      w.writeStartElement(V3, "parameterList");
      w.writeStartElement(V3, "patientIdentifier");
      w.writeEmptyElement(V3, "value");
      w.writeAttribute("root", patient.oid());
      w.writeAttribute("extension", patient.value());
      w.writeStartElement(V3, "semanticsText");
      w.writeCharacters("Patient.id");
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    };
  }

  private static void device(XMLStreamWriter w, String role, String typeCode, String oid)
      throws XMLStreamException {
    w.writeStartElement(V3, role);
    w.writeAttribute("typeCode", typeCode);
    w.writeStartElement(V3, "device");
    w.writeAttribute("classCode", "DEV");
    w.writeAttribute("determinerCode", "INSTANCE");
    empty(w, "id", "root", oid);
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void empty(XMLStreamWriter w, String name, String attribute, String value)
      throws XMLStreamException {
    w.writeEmptyElement(V3, name);
    w.writeAttribute(attribute, value);
  }

  /**
   * Reads the patient identifier of a TD0.2 request.
   *
   * @param request the {@code PRPA_IN201307UV02} element
   * @return {@code [root, extension]}, or null when absent
   */
  public static String[] requestedPatient(Element request) {
    Element v = path(request, "controlActProcess", "queryByParameter", "parameterList",
        "patientIdentifier", "value");
    return v == null ? null : new String[] {v.getAttribute("root"), v.getAttribute("extension")};
  }

  /**
   * Reads a TD0.2 reply.
   *
   * @param reply the body element
   * @param rawEnvelope the raw reply, kept in exceptions
   * @return the status
   * @throws EparcoursClientException DMP-0208 if the reply is not a {@code PRPA_IN201308UV02}
   * @throws DmpRegistryException if the acknowledgement is an error
   */
  public static DmpStatus td02Reply(Element reply, java.util.function.Supplier<String> rawEnvelope) {
    if (!RESPONSE.equals(reply.getLocalName()) || !V3.equals(reply.getNamespaceURI())) {
      throw new EparcoursClientException(DmpErrors.UNEXPECTED_REPLY, "the TD0.2 reply carries "
          + reply.getLocalName() + " where an HL7v3 " + RESPONSE + " was expected", null, false);
    }
    Element ack = Dom.child(reply, V3, "acknowledgement");
    String ackCode = attr(ack == null ? null : Dom.child(ack, V3, "typeCode"), "code");
    if (!ackCode.isEmpty() && !"AA".equals(ackCode) && !"CA".equals(ackCode)) {
      List<RegistryError> errors = new ArrayList<>();
      for (Element d : Dom.children(ack, V3, "acknowledgementDetail")) {
        Element text = Dom.child(d, V3, "text");
        Element location = Dom.child(d, V3, "location");
        String code = attr(Dom.child(d, V3, "code"), "code");
        errors.add(new RegistryError(code.isEmpty() ? ackCode : code,
            text == null ? "" : text.getTextContent().trim(), RegistryError.SEVERITY_ERROR,
            location == null ? "" : location.getTextContent().trim()));
      }
      throw new DmpRegistryException("TD0.2", errors, rawEnvelope.get());
    }
    String queryCode = attr(path(reply, "controlActProcess", "queryAck", "queryResponseCode"),
        "code");
    if (queryCode.isEmpty()) {
      throw new EparcoursClientException(DmpErrors.UNEXPECTED_REPLY, "the TD0.2 reply has no "
          + "queryAck/queryResponseCode", null, false);
    }
    Element event = path(reply, "controlActProcess", "subject", "registrationEvent");
    boolean exists = "OK".equals(queryCode) && event != null;
    DmpState state = null;
    AccessAuthorization authorization = AccessAuthorization.NONE;
    if (exists) {
      String s = attr(Dom.child(event, V3, "statusCode"), "code");
      state = s.isEmpty() ? DmpState.OPEN : new DmpState(s);
      Element subjectOf = path(event, "subject1", "patient", "subjectOf1");
      Element obs = subjectOf == null ? null
          : Dom.child(subjectOf, V3, "administrativeObservation");
      if (obs != null && AUTHORIZATION_OBSERVATION.equals(attr(Dom.child(obs, V3, "code"),
          "code"))) {
        String a = attr(Dom.child(obs, V3, "value"), "code");
        if (!a.isEmpty()) {
          authorization = new AccessAuthorization(a);
        }
      }
    }
    return new DmpStatus(exists, state, authorization, queryCode);
  }

  /**
   * Returns the body of a setAuthorization request.
   *
   * @param action the action
   * @return the body writer
   */
  public static SoapWriter.BodyContent setAuthorizationRequest(AuthorizationAction action) {
    return w -> {
      w.writeStartElement("hab", "setAuthorization", HABILITATIONS_NS);
      w.writeNamespace("hab", HABILITATIONS_NS);
      w.writeStartElement("hab", "action", HABILITATIONS_NS);
      w.writeCharacters(action.value());
      w.writeEndElement();
      w.writeEndElement();
    };
  }

  /**
   * Reads a setAuthorization reply.
   *
   * @param reply the body element
   * @return the resulting authorisation
   * @throws EparcoursClientException DMP-0208 if the reply does not have the expected shape
   */
  public static AccessAuthorization setAuthorizationReply(Element reply) {
    Element status = "setAuthorizationResponse".equals(reply.getLocalName())
        && HABILITATIONS_NS.equals(reply.getNamespaceURI())
        ? Dom.child(reply, HABILITATIONS_NS, "status") : null;
    if (status == null || status.getTextContent().isBlank()) {
      throw new EparcoursClientException(DmpErrors.UNEXPECTED_REPLY, "the setAuthorization "
          + "reply is not a setAuthorizationResponse with a status", null, false);
    }
    return new AccessAuthorization(status.getTextContent().trim());
  }

  /**
   * Follows a path of HL7v3 child elements.
   *
   * @param from the start
   * @param names the local names, in order
   * @return the element, or null when a step is missing
   */
  public static Element path(Element from, String... names) {
    Element e = from;
    for (String n : names) {
      if (e == null) {
        return null;
      }
      e = Dom.child(e, V3, n);
    }
    return e;
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.getAttribute(name).trim();
  }
}
