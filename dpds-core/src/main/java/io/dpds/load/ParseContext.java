package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader needs while it builds one document's tree: where to record origins, where to report, the limits,
 * and whether the document is a DPDS document (strict) or foreign content behind a definition (lenient: YAML keys
 * that are not strings are turned into strings, custom tags are ignored).
 */
final class ParseContext {

  final URI uri;
  final Origins origins;
  final Limits limits;
  final boolean strict;
  final List<Diagnostic> diagnostics = new ArrayList<>();

  ParseContext(URI uri, Origins origins, Limits limits, boolean strict) {
    this.uri = uri;
    this.origins = origins;
    this.limits = limits;
    this.strict = strict;
  }

  void report(Rule rule, String message, int line, int column) {
    diagnostics.add(
        rule.at("").message(message).location(new SourceLocation(uri, Math.max(line, 1), Math.max(column, 1)))
            .build());
  }

  /** Records a container's own position and its children's, in the container's order. */
  void record(JsonNode container, long self, long[] positions) {
    origins.put(container, new Origins.ContainerOrigin(uri, self, positions, null));
  }

  /** Thrown inside a reader to stop it at the first fatal problem; already reported. */
  static final class Abort extends RuntimeException {
    Abort() {
      super(null, null, false, false);
    }
  }
}
