package io.github.eparcours.mss.internal;

import io.github.eparcours.mss.MailServer;
import io.github.eparcours.mss.TlsMode;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.auth.SaslMechanism;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;

/** Builds the Jakarta Mail session of one service from typed settings; never from system properties. */
final class MailSettings {

  private MailSettings() {}

  /** Returns the Jakarta Mail protocol name: {@code smtp}/{@code smtps}, {@code imap}/{@code imaps}. */
  static String protocol(String base, MailServer server) {
    return server.tlsMode() == TlsMode.IMPLICIT ? base + "s" : base;
  }

  static Session session(String base, MailServer server, SSLContext tls, List<String> protocols,
      MssAuthentication auth, Duration connectTimeout, Duration readTimeout, String heloName) {
    String protocol = protocol(base, server);
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.store.protocol", protocol);
    props.put(p + "host", server.host());
    props.put(p + "port", Integer.toString(server.port()));
    props.put(p + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
    props.put(p + "timeout", Long.toString(readTimeout.toMillis()));
    props.put(p + "writetimeout", Long.toString(readTimeout.toMillis()));
    props.put(p + "ssl.socketFactory", tls.getSocketFactory());
    props.put(p + "ssl.checkserveridentity", "true");
    props.put(p + "ssl.protocols", String.join(" ", protocols));
    if (server.tlsMode() == TlsMode.STARTTLS) {
      props.put(p + "starttls.enable", "true");
      props.put(p + "starttls.required", "true");
    } else {
      props.put(p + "ssl.enable", "true");
    }
    props.put(p + "auth", "true");
    props.put(p + "auth.login.disable", "true");
    props.put(p + "auth.plain.disable", "true");
    props.put(p + "auth.ntlm.disable", "true");
    props.put(p + "auth.digest-md5.disable", "true");
    props.put(p + "sasl.usecanonicalhostname", "false");
    SaslMechanism m = auth.mechanism();
    props.put(p + "auth.mechanisms", m.name());
    if (m == SaslMechanism.XOAUTH2) {
      props.put(p + "auth.xoauth2.disable", "false");
    } else {
      props.put(p + "auth.xoauth2.disable", "true");
      props.put(p + "sasl.enable", "true");
      props.put(p + "sasl.mechanisms", m.name());
    }
    if (m == SaslMechanism.OAUTHBEARER) {
      OAuthBearerSasl.register();
    }
    if (base.equals("smtp")) {
      props.put(p + "localhost", heloName);
      props.put(p + "quitwait", "false");
    } else {
      props.put(p + "peek", "true");
      props.put(p + "partialfetch", "false");
    }
    return Session.getInstance(props);
  }
}
