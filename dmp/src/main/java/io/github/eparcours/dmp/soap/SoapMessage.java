package io.github.eparcours.dmp.soap;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.internal.Dom;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A SOAP 1.2 envelope read with the hardened parser: its WS-Addressing headers, the assertion of
 * its {@code wsse:Security} header, its body element or its fault.
 *
 * <p>Wraps a DOM: not thread-safe; use it from the thread that read it.
 *
 * @since 0.1
 */
public final class SoapMessage {

  private final Document document;
  private final Element header;
  private final Element body;

  private SoapMessage(Document document, Element header, Element body) {
    this.document = document;
    this.header = header;
    this.body = body;
  }

  /**
   * Parses an envelope.
   *
   * @param xml the envelope bytes (the root part of an MTOM message, or a plain SOAP body)
   * @return the message
   * @throws EparcoursClientException DMP-0101 if it is not a SOAP 1.2 envelope
   */
  public static SoapMessage parse(byte[] xml) {
    Document doc = DmpXml.parse(new ByteArrayInputStream(xml), "the SOAP message");
    Element env = doc.getDocumentElement();
    if (!SoapNamespaces.SOAP12.equals(env.getNamespaceURI())
        || !"Envelope".equals(env.getLocalName())) {
      throw malformed("the root element is not a SOAP 1.2 Envelope");
    }
    Element header = Dom.child(env, SoapNamespaces.SOAP12, "Header");
    Element body = Dom.child(env, SoapNamespaces.SOAP12, "Body");
    if (body == null) {
      throw malformed("the envelope has no Body");
    }
    return new SoapMessage(doc, header, body);
  }

  private static EparcoursClientException malformed(String why) {
    return new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
        "the SOAP message is not acceptable: " + why, null, false);
  }

  /**
   * Returns the WS-Addressing headers.
   *
   * @return the headers
   * @throws EparcoursClientException DMP-0101 if Action or MessageID is missing
   */
  public WsAddressing addressing() {
    String action = headerText("Action");
    String id = headerText("MessageID");
    if (action == null || id == null) {
      throw malformed("the WS-Addressing Action or MessageID header is missing");
    }
    return WsAddressing.of(action, id, headerText("To"), headerText("RelatesTo"));
  }

  /**
   * Returns the WS-Addressing Action, if any.
   *
   * @return the action
   */
  public Optional<String> action() {
    return Optional.ofNullable(headerText("Action"));
  }

  private String headerText(String name) {
    Element e = header == null ? null : Dom.child(header, SoapNamespaces.WSA, name);
    return e == null ? null : e.getTextContent().trim();
  }

  /**
   * Returns the SAML assertion of the {@code wsse:Security} header.
   *
   * @return the assertion element, empty if there is none
   */
  public Optional<Element> securityAssertion() {
    Element sec = header == null ? null : Dom.child(header, SoapNamespaces.WSSE, "Security");
    return Optional.ofNullable(sec == null ? null
        : Dom.child(sec, "urn:oasis:names:tc:SAML:2.0:assertion", "Assertion"));
  }

  /**
   * Returns the first element of the body (the payload, or the fault).
   *
   * @return the element
   * @throws EparcoursClientException DMP-0101 if the body is empty
   */
  public Element bodyElement() {
    Element first = Dom.firstChild(body);
    if (first == null) {
      throw malformed("the Body is empty");
    }
    return first;
  }

  /**
   * Returns the fault carried by the body, if any.
   *
   * @return the fault
   */
  public Optional<SoapFault> fault() {
    Element f = Dom.child(body, SoapNamespaces.SOAP12, "Fault");
    if (f == null) {
      return Optional.empty();
    }
    Element code = Dom.child(f, SoapNamespaces.SOAP12, "Code");
    String value = "";
    List<String> subcodes = new ArrayList<>();
    if (code != null) {
      Element v = Dom.child(code, SoapNamespaces.SOAP12, "Value");
      value = v == null ? "" : v.getTextContent().trim();
      for (Element sub = Dom.child(code, SoapNamespaces.SOAP12, "Subcode"); sub != null;
          sub = Dom.child(sub, SoapNamespaces.SOAP12, "Subcode")) {
        Element sv = Dom.child(sub, SoapNamespaces.SOAP12, "Value");
        if (sv != null) {
          subcodes.add(sv.getTextContent().trim());
        }
      }
    }
    Element reason = Dom.child(f, SoapNamespaces.SOAP12, "Reason");
    Element text = reason == null ? null : Dom.child(reason, SoapNamespaces.SOAP12, "Text");
    Element detail = Dom.child(f, SoapNamespaces.SOAP12, "Detail");
    return Optional.of(new SoapFault(value, subcodes,
        text == null ? "" : text.getTextContent().trim(),
        detail == null ? "" : detail.getTextContent().trim()));
  }

  /**
   * Returns the parsed document.
   *
   * @return the document (mutable; do not share across threads)
   */
  public Document document() {
    return document;
  }
}
