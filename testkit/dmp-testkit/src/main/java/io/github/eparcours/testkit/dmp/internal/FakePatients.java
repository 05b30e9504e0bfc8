package io.github.eparcours.testkit.dmp.internal;

import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.dmp.AccessAuthorization;
import io.github.eparcours.dmp.AccessMode;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpState;
import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.internal.Dom;
import io.github.eparcours.dmp.internal.PatientsWire;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The fake's patients and habilitations services: which patients have a DMP and in which state,
 * and which professional of which structure each patient has authorised. Wire shapes: see
 * {@link PatientsWire}.
 *
 * <p>An authorisation is held per patient, structure ({@code Identifiant_Structure}) and acting
 * subject (the VIHF's NameID): a professional authorised in one structure is not authorised in
 * another, and an automaton is authorised for its structure. {@link #accessRefusal} applies
 * the access rules to the other operations. Thread-safe.
 */
public final class FakePatients {

  private static final String V3 = SoapNamespaces.HL7V3;
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** The access modes (VIHF purposeofuse codes) that may read without an authorisation. */
  public static final Set<String> EMERGENCY_MODES = Set.of(AccessMode.EMERGENCY.code(),
      AccessMode.MEDICAL_REGULATION.code());

  private final Map<String, String> states = new ConcurrentHashMap<>();
  private final Set<String> authorizations = ConcurrentHashMap.newKeySet();
  private final Set<String> emergencyOpposed = ConcurrentHashMap.newKeySet();
  private final Clock clock;

  /**
   * Creates the services.
   *
   * @param clock the clock of the replies' creationTime
   */
  public FakePatients(Clock clock) {
    this.clock = clock;
  }

  /**
   * Sets the state of a patient's DMP, creating it if needed.
   *
   * @param patientCx the INS in CX form
   * @param state the state
   */
  public void state(String patientCx, DmpState state) {
    states.put(patientCx, state.value());
  }

  /**
   * Tells whether the patient has an open DMP.
   *
   * @param patientCx the INS in CX form
   * @return true if open
   */
  public boolean isOpen(String patientCx) {
    return DmpState.OPEN.value().equals(states.get(patientCx));
  }

  /**
   * Tells whether a subject of a structure is authorised.
   *
   * @param patientCx the INS in CX form
   * @param structureId the structure's identifier
   * @param subjectId the subject's NameID
   * @return true if authorised
   */
  public boolean isAuthorized(String patientCx, String structureId, String subjectId) {
    return authorizations.contains(key(patientCx, structureId, subjectId));
  }

  /**
   * Records that the patient opposed (or no longer opposes) emergency access to his DMP.
   *
   * @param patientCx the INS in CX form
   * @param opposed true if opposed
   */
  public void opposeEmergencyAccess(String patientCx, boolean opposed) {
    if (opposed) {
      emergencyOpposed.add(patientCx);
    } else {
      emergencyOpposed.remove(patientCx);
    }
  }

  /**
   * Applies the access rules to a request about the patient named by the VIHF: an actor needs
   * an authorisation (given by setAuthorization) for the patient, his structure and himself;
   * without one, an emergency access mode ({@link #EMERGENCY_MODES}) may read, unless the
   * patient opposed emergency access. A patient without a DMP is not an access matter (the
   * operations answer as for an unknown patient).
   *
   * @param caller the VIHF's subject, structure, resource-id and access mode
   * @param read true for a query or retrieval, false for a feed or an update
   * @return why the request is refused, or null when it may proceed
   */
  public String accessRefusal(FakeRegistry.Caller caller, boolean read) {
    String patientCx = caller.patientResourceId();
    if (patientCx == null) {
      return "the VIHF names no patient (resource-id): access to a DMP is decided per patient";
    }
    if (!states.containsKey(patientCx)
        || isAuthorized(patientCx, caller.structureId(), caller.subjectId())) {
      return null;
    }
    if (!EMERGENCY_MODES.contains(caller.accessMode())) {
      return "no access authorisation for this subject in this structure: setAuthorization "
          + "first (or, to read, emergency access)";
    }
    if (!read) {
      return "emergency access only reads: feeds and updates need an access authorisation";
    }
    if (emergencyOpposed.contains(patientCx)) {
      return "the patient opposed emergency access to his DMP";
    }
    return null;
  }

  private static String key(String patientCx, String structureId, String subjectId) {
    return patientCx + '\u0000' + structureId + '\u0000' + subjectId;
  }

  /**
   * Answers a TD0.2 request.
   *
   * @param request the {@code PRPA_IN201307UV02} element
   * @param caller the VIHF's subject, structure and resource-id
   * @return the {@code PRPA_IN201308UV02} reply
   */
  public Element td02(Element request, FakeRegistry.Caller caller) {
    Document d = DmpXml.newDocument();
    Element reply = v3(d, d, PatientsWire.RESPONSE);
    reply.setAttribute("ITSVersion", "XML_1.0");
    v3(d, reply, "id").setAttribute("root", UUID.randomUUID().toString());
    v3(d, reply, "creationTime").setAttribute("value", TS.format(clock.instant()));
    Element interaction = v3(d, reply, "interactionId");
    interaction.setAttribute("root", PatientsWire.INTERACTION_ROOT);
    interaction.setAttribute("extension", PatientsWire.RESPONSE);
    String patientCx = patientCx(request);
    Element ack = v3(d, reply, "acknowledgement");
    Element ackType = v3(d, ack, "typeCode");
    String error = null;
    if (patientCx == null) {
      error = "the query has no valid INS in parameterList/patientIdentifier";
    } else if (caller.patientResourceId() != null
        && !caller.patientResourceId().equals(patientCx)) {
      error = "the queried patient is not the VIHF's resource-id";
    } else if (!PatientsWire.REASON_TEST_EXISTS.equals(reasonCode(request))) {
      error = "reasonCode must be " + PatientsWire.REASON_TEST_EXISTS;
    }
    if (error != null) {
      ackType.setAttribute("code", "AE");
      Element detail = v3(d, ack, "acknowledgementDetail");
      detail.setAttribute("typeCode", "E");
      v3(d, detail, "code").setAttribute("code", "DMPInvalidQuery");
      v3(d, detail, "text").setTextContent(error);
      return reply;
    }
    ackType.setAttribute("code", "AA");
    Element act = v3(d, reply, "controlActProcess");
    act.setAttribute("classCode", "CACT");
    act.setAttribute("moodCode", "EVN");
    String state = states.get(patientCx);
    if (state != null) {
      Element event = v3(d, v3(d, act, "subject"), "registrationEvent");
      event.setAttribute("classCode", "REG");
      event.setAttribute("moodCode", "EVN");
      v3(d, event, "statusCode").setAttribute("code", state);
      Element patient = v3(d, v3(d, event, "subject1"), "patient");
      patient.setAttribute("classCode", "PAT");
      Element id = v3(d, patient, "id");
      String[] rootExt = PatientsWire.requestedPatient(request);
      id.setAttribute("root", rootExt[0]);
      id.setAttribute("extension", rootExt[1]);
      Element obs = v3(d, v3(d, patient, "subjectOf1"), "administrativeObservation");
      obs.setAttribute("classCode", "OBS");
      obs.setAttribute("moodCode", "EVN");
      Element code = v3(d, obs, "code");
      code.setAttribute("code", PatientsWire.AUTHORIZATION_OBSERVATION);
      code.setAttribute("codeSystem", PatientsWire.REASON_SYSTEM);
      v3(d, obs, "value").setAttribute("code", (isAuthorized(patientCx, caller.structureId(),
          caller.subjectId()) ? AccessAuthorization.VALID : AccessAuthorization.NONE).value());
    }
    Element queryAck = v3(d, act, "queryAck");
    v3(d, queryAck, "queryResponseCode").setAttribute("code", state == null ? "NF" : "OK");
    return reply;
  }

  /**
   * Applies a setAuthorization request.
   *
   * @param request the {@code setAuthorization} element
   * @param caller the VIHF's subject, structure and resource-id
   * @return the reply element, or a SOAP fault element when refused
   */
  public Element setAuthorization(Element request, FakeRegistry.Caller caller) {
    String ns = PatientsWire.HABILITATIONS_NS;
    Element action = "setAuthorization".equals(request.getLocalName())
        ? Dom.child(request, ns, "action") : null;
    String patientCx = caller.patientResourceId();
    if (action == null || patientCx == null) {
      return Replies.fault("env:Sender", "hab:RequeteInvalide", ns, "setAuthorization needs an "
          + "action and a VIHF resource-id");
    }
    if (!states.containsKey(patientCx)) {
      return Replies.fault("env:Sender", "hab:DmpInexistant", ns, "the patient has no DMP");
    }
    if (!isOpen(patientCx)) {
      return Replies.fault("env:Sender", "hab:DmpFerme", ns, "the patient's DMP is closed");
    }
    String key = key(patientCx, caller.structureId(), caller.subjectId());
    String a = action.getTextContent().trim();
    AccessAuthorization result;
    if (AuthorizationAction.ADD.value().equals(a)) {
      authorizations.add(key);
      result = AccessAuthorization.VALID;
    } else if (AuthorizationAction.REMOVE.value().equals(a)) {
      authorizations.remove(key);
      result = AccessAuthorization.EXPIRED;
    } else {
      return Replies.fault("env:Sender", "hab:ActionInconnue", ns, "unknown action");
    }
    Document d = DmpXml.newDocument();
    Element reply = d.createElementNS(ns, "hab:setAuthorizationResponse");
    d.appendChild(reply);
    Element status = d.createElementNS(ns, "hab:status");
    status.setTextContent(result.value());
    reply.appendChild(status);
    return reply;
  }

  private static String patientCx(Element request) {
    String[] rootExt = PatientsWire.requestedPatient(request);
    if (rootExt == null) {
      return null;
    }
    try {
      return Ins.parse(rootExt[1], rootExt[0]).toCx();
    } catch (EparcoursException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String reasonCode(Element request) {
    Element r = PatientsWire.path(request, "controlActProcess", "reasonCode");
    return r == null ? "" : r.getAttribute("code");
  }

  private static Element v3(Document d, org.w3c.dom.Node parent, String name) {
    Element e = d.createElementNS(V3, name);
    parent.appendChild(e);
    return e;
  }
}
