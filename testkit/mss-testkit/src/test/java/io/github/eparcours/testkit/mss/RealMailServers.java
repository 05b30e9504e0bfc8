package io.github.eparcours.testkit.mss;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Dovecot (IMAP, submission, LMTP) and Postfix (relay, bounces) from the Debian packages, started
 * on loopback ports with a configuration generated under a temporary directory, standing in for
 * an MSSanté operator: client-certificate authentication (SASL EXTERNAL), XOAUTH2/OAUTHBEARER
 * with JWTs validated locally against a key written here, STARTTLS and implicit TLS, a SIZE
 * limit, delivery through Postfix to Dovecot and real bounces (DSN). Dovecot's submission
 * service does not offer the DSN extension, so a second submission listener, Postfix's own smtpd
 * (STARTTLS with the same certificate, SASL through Dovecot's authentication socket), stands for
 * an operator whose submission server does.
 */
final class RealMailServers implements AutoCloseable {

  static final Path DOVECOT = Path.of("/usr/sbin/dovecot");
  static final Path POSTFIX = Path.of("/usr/sbin/postfix");
  static final Path LMTP = Path.of("/usr/lib/dovecot/lmtp");
  static final Path SUBMISSION = Path.of("/usr/lib/dovecot/submission");
  static final long SIZE_LIMIT = 1_000_000;

  final Path dir;
  final TestPki pki;
  final int imap;
  final int imaps;
  final int submission;
  final int lmtp;
  final int relay;
  final int dsnSubmission;
  private final byte[] jwtKey = new byte[32];
  private final ObjectMapper json = new ObjectMapper();

  static boolean installed() {
    return Files.isExecutable(DOVECOT) && Files.isExecutable(POSTFIX)
        && Files.isExecutable(LMTP) && Files.isExecutable(SUBMISSION);
  }

  RealMailServers(TestPki pki, List<String> mailboxes) throws IOException, InterruptedException {
    this.pki = pki;
    this.dir = Files.createTempDirectory("mss-real-servers");
    int[] ports = freePorts(6);
    imap = ports[0];
    imaps = ports[1];
    submission = ports[2];
    lmtp = ports[3];
    relay = ports[4];
    dsnSubmission = ports[5];
    new SecureRandom().nextBytes(jwtKey);
    try {
      writeDovecot(mailboxes);
      writePostfix(mailboxes);
      run(DOVECOT.toString(), "-c", dir.resolve("dovecot.conf").toString());
      run(POSTFIX.toString(), "-c", dir.resolve("postfix").toString(), "start");
      for (int port : ports) {
        awaitListening(port);
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void writeDovecot(List<String> mailboxes) throws IOException {
    Path pkiDir = Files.createDirectories(dir.resolve("pki"));
    IssuedCredential server = pki.serverCertificate("localhost", "127.0.0.1");
    server.writePem(pkiDir.resolve("server.pem"), pkiDir.resolve("server.key"));
    Files.writeString(pkiDir.resolve("ca.pem"), pki.trustAnchorsPem()
        + TestPki.crlPem(pki.rootCrl()) + TestPki.crlPem(pki.intermediateCrl()));
    Path mail = Files.createDirectories(dir.resolve("mail"));
    Path keys = Files.createDirectories(dir.resolve("keys/default/HS256"));
    Files.writeString(keys.resolve("default"), Base64.getEncoder().encodeToString(jwtKey));
    StringBuilder users = new StringBuilder();
    for (String box : mailboxes) {
      users.append(box).append("::8:8::").append(mail.resolve(box)).append("::\n");
    }
    Files.writeString(dir.resolve("users"), users);
    Files.writeString(dir.resolve("oauth2.conf"), String.join("\n",
        "introspection_mode = local",
        "local_validation_key_dict = fs:posix:prefix=" + dir.resolve("keys") + "/",
        "username_attribute = email", ""));
    Files.writeString(dir.resolve("dovecot.conf"), String.join("\n",
        "base_dir = " + dir.resolve("run"),
        "state_dir = " + dir.resolve("state"),
        "protocols = imap submission lmtp",
        "listen = 127.0.0.1",
        "log_path = " + dir.resolve("dovecot.log"),
        "ssl = required",
        "ssl_min_protocol = TLSv1.2",
        "ssl_cert = <" + pkiDir.resolve("server.pem"),
        "ssl_key = <" + pkiDir.resolve("server.key"),
        "ssl_ca = <" + pkiDir.resolve("ca.pem"),
        "ssl_verify_client_cert = yes",
        "auth_ssl_username_from_cert = yes",
        "ssl_cert_username_field = commonName",
        "disable_plaintext_auth = yes",
        "auth_failure_delay = 0",
        "auth_verbose = yes",
        "auth_mechanisms = external xoauth2 oauthbearer",
        "mail_location = maildir:" + mail + "/%u",
        "first_valid_uid = 8",
        "hostname = localhost",
        "submission_max_mail_size = " + SIZE_LIMIT,
        "submission_relay_host = 127.0.0.1",
        "submission_relay_port = " + relay,
        "submission_relay_trusted = yes",
        "service imap-login {",
        "  inet_listener imap {", "    port = " + imap, "  }",
        "  inet_listener imaps {", "    port = " + imaps, "    ssl = yes", "  }",
        "}",
        "service submission-login {",
        "  inet_listener submission {", "    port = " + submission, "  }",
        "}",
        "service auth {",
        "  unix_listener auth-postfix {", "    mode = 0666", "  }",
        "}",
        "service lmtp {",
        "  inet_listener lmtp {", "    address = 127.0.0.1", "    port = " + lmtp, "  }",
        "}",
        "passdb {", "  driver = oauth2", "  mechanisms = xoauth2 oauthbearer",
        "  args = " + dir.resolve("oauth2.conf"), "}",
        "passdb {", "  driver = static", "  mechanisms = external", "  args = nopassword=y",
        "}",
        "userdb {", "  driver = passwd-file", "  args = " + dir.resolve("users"), "}", ""));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    UserPrincipalLookupService users2 = dir.getFileSystem().getUserPrincipalLookupService();
    Files.setOwner(mail, users2.lookupPrincipalByName("mail"));
  }

  private void writePostfix(List<String> mailboxes) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("postfix"));
    Path queue = Files.createDirectories(dir.resolve("postfix-queue"));
    Path data = Files.createDirectories(dir.resolve("postfix-data"));
    Files.setOwner(data,
        dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postfix"));
    List<String> domains = mailboxes.stream().map(b -> b.substring(b.indexOf('@') + 1))
        .distinct().toList();
    Files.writeString(conf.resolve("main.cf"), String.join("\n",
        "compatibility_level = 3.6",
        "queue_directory = " + queue,
        "data_directory = " + data,
        "mail_owner = postfix",
        "setgid_group = postdrop",
        "myhostname = relay.test.mssante.fr",
        "myorigin = relay.test.mssante.fr",
        "mydestination =",
        "inet_interfaces = 127.0.0.1",
        "inet_protocols = ipv4",
        "mynetworks = 127.0.0.0/8",
        "smtpd_relay_restrictions = permit_mynetworks, reject",
        "virtual_mailbox_domains = " + String.join(" ", domains),
        "virtual_transport = lmtp:inet:127.0.0.1:" + lmtp,
        "smtp_dns_support_level = disabled",
        "disable_dns_lookups = yes",
        "lmtp_host_lookup = native",
        "maillog_file_prefixes = " + dir,
        "maillog_file = " + dir.resolve("postfix.log"),
        "biff = no",
        "shlib_directory = no",
        "message_size_limit = 20000000", ""));
    Files.writeString(conf.resolve("master.cf"), String.join("\n",
        "127.0.0.1:" + relay + " inet n - n - - smtpd",
        "127.0.0.1:" + dsnSubmission + " inet n - n - - smtpd",
        "  -o smtpd_tls_security_level=encrypt",
        "  -o smtpd_tls_mandatory_protocols=>=TLSv1.2",
        "  -o smtpd_tls_cert_file=" + dir.resolve("pki/server.pem"),
        "  -o smtpd_tls_key_file=" + dir.resolve("pki/server.key"),
        "  -o smtpd_sasl_auth_enable=yes",
        "  -o smtpd_tls_auth_only=yes",
        "  -o smtpd_sasl_type=dovecot",
        "  -o smtpd_sasl_path=" + dir.resolve("run/auth-postfix"),
        "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject",
        "  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject",
        "tlsmgr unix - - n 1000? 1 tlsmgr",
        "pickup unix n - n 60 1 pickup",
        "cleanup unix n - n - 0 cleanup",
        "qmgr unix n - n 300 1 qmgr",
        "rewrite unix - - n - - trivial-rewrite",
        "bounce unix - - n - 0 bounce",
        "defer unix - - n - 0 bounce",
        "trace unix - - n - 0 bounce",
        "verify unix - - n - 1 verify",
        "flush unix n - n 1000? 0 flush",
        "proxymap unix - - n - - proxymap",
        "smtp unix - - n - - smtp",
        "relay unix - - n - - smtp",
        "showq unix n - n - - showq",
        "error unix - - n - - error",
        "retry unix - - n - - error",
        "discard unix - - n - - discard",
        "lmtp unix - - n - - lmtp",
        "anvil unix - - n - 1 anvil",
        "scache unix - - n - 1 scache",
        "postlog unix-dgram n - n - 1 postlogd", ""));
  }

  /** Returns an HS256 JWT for {@code email}, valid from now for {@code validity} (negative: expired). */
  String token(String email, Duration validity) {
    return sign(email, validity, jwtKey);
  }

  /** Returns a JWT signed with a key the server does not know. */
  String forgedToken(String email) {
    byte[] other = new byte[32];
    new SecureRandom().nextBytes(other);
    return sign(email, Duration.ofMinutes(5), other);
  }

  private String sign(String email, Duration validity, byte[] key) {
    try {
      Instant now = Instant.now();
      Map<String, Object> header = new LinkedHashMap<>();
      header.put("alg", "HS256");
      header.put("typ", "JWT");
      Map<String, Object> claims = new LinkedHashMap<>();
      claims.put("sub", email);
      claims.put("email", email);
      claims.put("iat", now.minusSeconds(600).getEpochSecond());
      claims.put("exp", now.plus(validity).getEpochSecond());
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String signingInput = b64.encodeToString(json.writeValueAsBytes(header)) + "."
          + b64.encodeToString(json.writeValueAsBytes(claims));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return signingInput + "."
          + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String dovecotLog() {
    try {
      return Files.readString(dir.resolve("dovecot.log"));
    } catch (IOException e) {
      return "";
    }
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  private static void awaitListening(int port) throws InterruptedException, IOException {
    for (int i = 0; i < 100; i++) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IOException("nothing listens on port " + port + " after 10 s");
  }

  private void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("commands.log").toFile()).start();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: "
          + Files.readString(dir.resolve("commands.log")) + dovecotLog());
    }
  }

  @Override
  public void close() {
    for (String[] stop : new String[][] {
        {DOVECOT.toString(), "-c", dir.resolve("dovecot.conf").toString(), "stop"},
        {POSTFIX.toString(), "-c", dir.resolve("postfix").toString(), "stop"}}) {
      try {
        new ProcessBuilder(stop).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
      } catch (IOException e) {
        // best effort: the process may not have started
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (Boolean.getBoolean("mss.keepServerDir")) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // temporary files are cleaned by the OS
    }
  }
}
