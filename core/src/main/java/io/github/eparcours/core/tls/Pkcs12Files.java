package io.github.eparcours.core.tls;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Locale;

/** Reading credential files and opening PKCS#12 stores, with the SDK's errors. Stateless. */
final class Pkcs12Files {

  private Pkcs12Files() {}

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw failure(TlsErrorCodes.FILE_UNREADABLE, "file " + file.getFileName()
          + " does not exist; check the configured path", e);
    } catch (IOException e) {
      throw failure(TlsErrorCodes.FILE_UNREADABLE, "file " + file.getFileName()
          + " cannot be read (" + e.getClass().getSimpleName() + "); check its permissions", e);
    }
  }

  static KeyStore open(byte[] content, char[] password, String what) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(content), password);
      return store;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException
          || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("password")) {
        throw failure(TlsErrorCodes.WRONG_PASSWORD, what + ": wrong password (the store's "
            + "integrity check failed); give the password the PKCS#12 was exported with", e);
      }
      throw failure(TlsErrorCodes.NOT_PKCS12, what + " is not a readable PKCS#12 store ("
          + e.getClass().getSimpleName() + "); give a .p12/.pfx file, or convert it", e);
    } catch (GeneralSecurityException e) {
      throw failure(TlsErrorCodes.NOT_PKCS12, what + " cannot be opened as PKCS#12 ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  static EparcoursClientException failure(ErrorCode code, String message, Throwable cause) {
    return new EparcoursClientException(code, message, cause, false);
  }
}
