/**
 * Backward compatibility between two versions of a descriptor: {@link io.dpds.compat.CompatibilityChecker} matches
 * ports by kind and name, diffs them, judges every change by the rule tables for the port's direction and
 * {@link io.dpds.compat.CompatibilityMode}, compares API definitions (AsyncAPI, OpenAPI) and payloads through payload
 * engines, then checks that the versions say what changed. Public: the checker, its report and findings, modes, port
 * ids, bumps, the Markdown changelog reporter, the rule tables and the module's {@link io.dpds.report.RuleSet}; the
 * diff and the judges are package-private.
 */
@NullMarked
package io.dpds.compat;

import org.jspecify.annotations.NullMarked;
