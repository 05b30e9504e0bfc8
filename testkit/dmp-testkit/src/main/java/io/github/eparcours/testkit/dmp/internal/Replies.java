package io.github.eparcours.testkit.dmp.internal;

import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds the reply bodies of the fake DMP as DOM elements. */
public final class Replies {

  private Replies() {}

  /**
   * Returns a RegistryResponse for an outcome.
   *
   * @param outcome the outcome
   * @return the element
   */
  public static Element registryResponse(RegistryOutcome outcome) {
    Document d = DmpXml.newDocument();
    Element rr = registryResponse(d, outcome, false);
    d.appendChild(rr);
    return rr;
  }

  /**
   * Creates a RegistryResponse in a document.
   *
   * @param d the document
   * @param outcome the outcome
   * @param partial whether some of the work succeeded
   * @return the element, not attached
   */
  public static Element registryResponse(Document d, RegistryOutcome outcome, boolean partial) {
    Element rr = d.createElementNS(SoapNamespaces.RS, "rs:RegistryResponse");
    rr.setAttribute("status", outcome.ok() ? Xds.SUCCESS : partial ? Xds.PARTIAL : Xds.FAILURE);
    errors(d, rr, outcome.errors());
    return rr;
  }

  static void errors(Document d, Element parent, List<RegistryOutcome.Error> errors) {
    if (errors.isEmpty()) {
      return;
    }
    Element list = d.createElementNS(SoapNamespaces.RS, "rs:RegistryErrorList");
    list.setAttribute("highestSeverity", Xds.SEVERITY_ERROR);
    for (RegistryOutcome.Error e : errors) {
      Element re = d.createElementNS(SoapNamespaces.RS, "rs:RegistryError");
      re.setAttribute("errorCode", e.code());
      re.setAttribute("codeContext", e.context());
      re.setAttribute("location", e.location());
      re.setAttribute("severity", Xds.SEVERITY_ERROR);
      list.appendChild(re);
    }
    parent.appendChild(list);
  }

  /**
   * Returns an AdhocQueryResponse.
   *
   * @param entries the entries found
   * @param outcome errors, if any
   * @param leafClass whether to return full objects (else ObjectRefs)
   * @return the element
   */
  public static Element queryResponse(List<FakeRegistry.Entry> entries, RegistryOutcome outcome,
      boolean leafClass) {
    Document d = DmpXml.newDocument();
    Element r = d.createElementNS(SoapNamespaces.QUERY, "query:AdhocQueryResponse");
    d.appendChild(r);
    r.setAttribute("status", outcome.ok() ? Xds.SUCCESS : Xds.FAILURE);
    Element list = d.createElementNS(SoapNamespaces.RIM, "rim:RegistryObjectList");
    r.appendChild(list);
    for (FakeRegistry.Entry e : entries) {
      if (leafClass) {
        list.appendChild(e.toElement(d));
      } else {
        Element ref = d.createElementNS(SoapNamespaces.RIM, "rim:ObjectRef");
        ref.setAttribute("id", e.entryUuid());
        list.appendChild(ref);
      }
    }
    errors(d, r, outcome.errors());
    return r;
  }

  /**
   * Returns a SOAP 1.2 Fault element.
   *
   * @param code {@code env:Sender} or {@code env:Receiver}
   * @param subcode a subcode QName with its namespace, or null
   * @param subcodeNs the subcode's namespace
   * @param reason the reason text
   * @return the element
   */
  public static Element fault(String code, String subcode, String subcodeNs, String reason) {
    Document d = DmpXml.newDocument();
    String env = SoapNamespaces.SOAP12;
    Element f = d.createElementNS(env, "env:Fault");
    d.appendChild(f);
    Element c = d.createElementNS(env, "env:Code");
    Element v = d.createElementNS(env, "env:Value");
    v.setTextContent(code);
    c.appendChild(v);
    if (subcode != null) {
      Element sc = d.createElementNS(env, "env:Subcode");
      Element sv = d.createElementNS(env, "env:Value");
      String prefix = subcode.substring(0, subcode.indexOf(':'));
      sv.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, subcodeNs);
      sv.setTextContent(subcode);
      sc.appendChild(sv);
      c.appendChild(sc);
    }
    f.appendChild(c);
    Element r = d.createElementNS(env, "env:Reason");
    Element t = d.createElementNS(env, "env:Text");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "en");
    t.setTextContent(reason);
    r.appendChild(t);
    f.appendChild(r);
    return f;
  }
}
