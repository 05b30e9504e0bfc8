package io.github.eparcours.dmp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpEndpoints;
import io.github.eparcours.dmp.DmpRegistryException;
import io.github.eparcours.dmp.TestCredentials;
import io.github.eparcours.dmp.TestIdentities;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.soap.SoapWriter;
import io.github.eparcours.dmp.soap.WsAddressing;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry's RegistryResponse, read from the reply envelope the client has parsed. */
class RegistryReplyTest {

  private static final TestCredentials CRED = TestCredentials.signing();
  private static final String MATRICULE = "2790351215189";
  private static final Ins PATIENT =
      Ins.of(MATRICULE, Ins.computeKey(MATRICULE), InsAuthority.NIR_TEST);
  private static final Pattern MESSAGE_ID = Pattern.compile("MessageID>([^<]+)<");

  /** Answers every request with a RegistryResponse in the given namespace. */
  private static DmpClient client(String rsNamespace) {
    HttpTransport transport = new HttpTransport() {
      @Override
      public HttpResponse execute(HttpRequest request) {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        try {
          request.body().orElseThrow().writeTo(sent);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        Matcher m = MESSAGE_ID.matcher(sent.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        SoapWriter.write(reply, WsAddressing.reply("urn:ihe:iti:2010:UpdateDocumentSetResponse",
            m.find() ? m.group(1) : ""), null, w -> {
              w.writeStartElement("rs", "RegistryResponse", rsNamespace);
              w.writeNamespace("rs", rsNamespace);
              w.writeAttribute("status",
                  "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure");
              w.writeStartElement("rs", "RegistryErrorList", rsNamespace);
              w.writeStartElement("rs", "RegistryError", rsNamespace);
              w.writeAttribute("codeContext", "the entry is not known");
              w.writeAttribute("errorCode", "XDSUnknownEntry");
              w.writeAttribute("location", "urn:uuid:1");
              w.writeAttribute("severity", RegistryError.SEVERITY_ERROR);
              w.writeEndElement();
              w.writeStartElement("rs", "RegistryError", rsNamespace);
              w.writeAttribute("errorCode", "XDSRegistryError");
              w.writeEndElement();
              w.writeEndElement();
              w.writeEndElement();
            });
        return HttpResponse.builder().status(200).request(request)
            .header("Content-Type", "application/soap+xml; charset=UTF-8")
            .body(new ByteArrayInputStream(reply.toByteArray())).build();
      }

      @Override
      public void close() {}
    };
    return DmpClient.builder().transport(transport)
        .endpoints(DmpEndpoints.of(URI.create("https://dmp.invalid/si-dmp-server/v2/services")))
        .environment(Environment.TEST).sourceId("1.2.250.1.999.2")
        .vihfIssuer(VihfIssuer.builder().signingCredential(CRED.key(), CRED.certificate())
            .lps(TestIdentities.lps()).build())
        .build();
  }

  private static DocumentEntry entry() {
    return DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid())
        .availabilityStatus(AvailabilityStatus.APPROVED).build();
  }

  @Test
  void updateStatus_failureWithErrors_everyAttributeOfEachErrorRead() {
    DmpClient client = client(SoapNamespaces.RS);

    assertThatThrownBy(() -> client.updateStatus(TestIdentities.doctor(), PATIENT, entry(),
        AvailabilityStatus.DEPRECATED))
        .isInstanceOfSatisfying(DmpRegistryException.class, e -> assertThat(e.registryErrors())
            .containsExactly(new RegistryError("XDSUnknownEntry", "the entry is not known",
                RegistryError.SEVERITY_ERROR, "urn:uuid:1"),
                new RegistryError("XDSRegistryError", "", "", "")));
  }

  @Test
  void updateStatus_registryResponseInAnotherNamespace_refusedWithDmp0208() {
    DmpClient client = client("urn:example:not-ebrs");

    assertThatThrownBy(() -> client.updateStatus(TestIdentities.doctor(), PATIENT, entry(),
        AvailabilityStatus.DEPRECATED))
        .isInstanceOf(EparcoursClientException.class)
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0208");
  }
}
