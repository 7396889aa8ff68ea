/**
 * Findings and how they are shown, for every judge: {@link io.dpds.report.Diagnostic} (rule id, severity,
 * message, JSON pointer, file:line:column, hint), {@link io.dpds.report.Rule}s grouped into {@link io.dpds.report.RuleSet}s
 * that modules list for {@link java.util.ServiceLoader}, the {@link io.dpds.report.RuleCatalogue} made of all of them,
 * and the {@link io.dpds.report.Reporter}s (text, JSON, SARIF, JUnit XML, Markdown) of {@link io.dpds.report.FileReport}s.
 * This package depends on nothing else of the library. Public: all of the above; the reporters' classes are
 * package-private behind {@link io.dpds.report.Reporter#of}.
 */
@NullMarked
package io.dpds.report;

import org.jspecify.annotations.NullMarked;
