package io.dpds.compat;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import io.dpds.report.Rule;
import java.util.List;

/**
 * The rules of table b4 (OpenAPI 3.0 and 3.1 definitions), judged for the clients: requests may only widen, responses
 * may only narrow, whichever port serves the API. Schemas are judged by the JSON Schema engine's rules.
 */
public final class OpenApiRules {

  /**
   * {@code compat.openapi.operation}: A path or an operation was removed (an added one, or one marked deprecated, is
   * info).
   */
  public static final Rule OPERATION = new Rule("compat.openapi.operation", ERROR,
      "A path or an operation was removed (an added one, or one marked deprecated, is info)",
      "Keep the operation; deprecate it first and remove it in a major version.");
  /**
   * {@code compat.openapi.server}: A server URL was removed or changed, or a variable of its URL lost values or changed
   * its default (an added server, or values added, is info).
   */
  public static final Rule SERVER = new Rule("compat.openapi.server", ERROR,
      "A server URL was removed or changed, or a variable of its URL lost values or changed its default (an added"
          + " server, or values added, is info)", "Keep the server URL and the values of its variables.");
  /**
   * {@code compat.openapi.parameter}: A parameter was added as required, made required, changed its style, explode or
   * allowEmptyValue, or moved to another location (breaking); removed (a warning); added as optional or made optional
   * (info).
   */
  public static final Rule PARAMETER = new Rule("compat.openapi.parameter", ERROR,
      "A parameter was added as required, made required, changed its style, explode or allowEmptyValue, or moved"
          + " to another location (breaking); removed (a warning); added as optional or made optional (info)",
      "Add parameters as optional; keep their serialisation.");
  /**
   * {@code compat.openapi.request-body}: A request body became required, or a request media type was removed (an added
   * media type is info).
   */
  public static final Rule REQUEST_BODY = new Rule("compat.openapi.request-body", ERROR,
      "A request body became required, or a request media type was removed (an added media type is info)",
      "Keep request bodies optional and their media types.");
  /**
   * {@code compat.openapi.response}: A success response status or a response media type was removed (breaking); an
   * error status was removed or a new status added (a warning: clients may not handle it).
   */
  public static final Rule RESPONSE = new Rule("compat.openapi.response", ERROR,
      "A success response status or a response media type was removed (breaking); an error status was removed or a"
          + " new status added (a warning: clients may not handle it)", "Keep the responses clients handle.");
  /** {@code compat.openapi.header}: A response header was removed or became optional (an added header is info). */
  public static final Rule HEADER = new Rule("compat.openapi.header", ERROR,
      "A response header was removed or became optional (an added header is info)", "Keep response headers.");
  /**
   * {@code compat.openapi.security}: A security requirement, a scheme in one or a scope was added, or a security
   * scheme's type, bearer format or URLs changed (a removed requirement is info).
   */
  public static final Rule SECURITY = new Rule("compat.openapi.security", ERROR,
      "A security requirement, a scheme in one or a scope was added, or a security scheme's type, bearer format or"
          + " URLs changed (a removed requirement is info)", "Agree security changes with the clients first.");
  /** {@code compat.openapi.operation-id}: An operationId changed: generated clients change their method names. */
  public static final Rule OPERATION_ID = new Rule("compat.openapi.operation-id", WARNING,
      "An operationId changed: generated clients change their method names", "Keep operation ids.");
  /** {@code compat.openapi.callback}: A callback or a webhook (3.1) was removed (an added one is info). */
  public static final Rule CALLBACK = new Rule("compat.openapi.callback", ERROR,
      "A callback or a webhook (3.1) was removed (an added one is info)", "Keep callbacks and webhooks.");
  /**
   * {@code compat.openapi.schema-unjudged}: A parameter's or header's schema appeared or disappeared (its content may
   * say instead), or a schema changed, appeared or disappeared where no engine reads it.
   */
  public static final Rule SCHEMA_UNJUDGED = new Rule("compat.openapi.schema-unjudged", WARNING,
      "A parameter's or header's schema appeared or disappeared (its content may say instead), or a schema changed,"
          + " appeared or disappeared where no engine reads it",
      "Review the change.");
  /**
   * {@code compat.openapi.documentation}: Only documentation changed: info, tags, summaries, descriptions, examples,
   * external docs, extensions, or components nothing uses.
   */
  public static final Rule DOCUMENTATION = new Rule("compat.openapi.documentation", INFO,
      "Only documentation changed: info, tags, summaries, descriptions, examples, external docs, extensions, or"
          + " components nothing uses", "Nothing to do.");
  /**
   * {@code compat.openapi.unknown}: A part of the definition the rules do not cover changed, so the change cannot be
   * proven safe.
   */
  public static final Rule UNKNOWN = new Rule("compat.openapi.unknown", WARNING,
      "A part of the definition the rules do not cover changed, so the change cannot be proven safe",
      "Review it, then waive it or override the rule's severity.");

  /** Every rule above. */
  public static final List<Rule> ALL = List.of(OPERATION, SERVER, PARAMETER, REQUEST_BODY, RESPONSE, HEADER,
      SECURITY, OPERATION_ID, CALLBACK, SCHEMA_UNJUDGED, DOCUMENTATION, UNKNOWN);

  private OpenApiRules() {}
}
