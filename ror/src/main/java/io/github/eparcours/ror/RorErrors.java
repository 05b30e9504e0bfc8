package io.github.eparcours.ror;

import io.github.eparcours.core.error.ErrorCode;

/**
 * Stable error codes of the ROR and Annuaire Santé clients ({@code ROR-0001}...). A code never
 * changes meaning across releases.
 *
 * @since 0.1.0
 */
public final class RorErrors {

  /** A query parameter is invalid (blank value, page size out of range...). */
  public static final ErrorCode INVALID_QUERY = ErrorCode.of("ROR-0001");
  /** The client configuration is invalid or incomplete. */
  public static final ErrorCode INVALID_CONFIGURATION = ErrorCode.of("ROR-0002");
  /** The server refused the request as invalid (400, 422 with an OperationOutcome). */
  public static final ErrorCode REQUEST_REFUSED = ErrorCode.of("ROR-0010");
  /** Authentication or authorisation refused (401 after a token refresh, 403). */
  public static final ErrorCode ACCESS_DENIED = ErrorCode.of("ROR-0011");
  /** The resource does not exist (404, 410). */
  public static final ErrorCode NOT_FOUND = ErrorCode.of("ROR-0012");
  /** Still throttled (429) after the retries. */
  public static final ErrorCode THROTTLED = ErrorCode.of("ROR-0013");
  /** The server failed (5xx) after the retries. */
  public static final ErrorCode SERVER_ERROR = ErrorCode.of("ROR-0014");
  /** The answer is not the FHIR JSON expected (unparsable, wrong resource type). */
  public static final ErrorCode BAD_RESPONSE = ErrorCode.of("ROR-0020");
  /** Paging went round in circles (a next link seen before) or past the page limit. */
  public static final ErrorCode PAGING_LOOP = ErrorCode.of("ROR-0030");
  /** The token endpoint refused the client credentials. */
  public static final ErrorCode TOKEN_REFUSED = ErrorCode.of("ROR-0040");
  /** The token endpoint answered something that is not a usable token. */
  public static final ErrorCode TOKEN_BAD_RESPONSE = ErrorCode.of("ROR-0041");
  /** The Annuaire refused the API key. */
  public static final ErrorCode API_KEY_REFUSED = ErrorCode.of("ROR-0050");
  /** Waiting for the rate limiter was interrupted. */
  public static final ErrorCode INTERRUPTED = ErrorCode.of("ROR-0051");

  private RorErrors() {}
}
