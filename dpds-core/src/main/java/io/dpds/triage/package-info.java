/**
 * What a host decided about findings: {@link io.dpds.triage.Triage} applies per-rule severities, disabled rules and
 * {@link io.dpds.triage.Waiver}s (read from waiver files by {@link io.dpds.triage.WaiverFile}, whose problems are
 * located diagnostics). Every judge triages its findings with one, built from its builder's settings.
 */
@NullMarked
package io.dpds.triage;

import org.jspecify.annotations.NullMarked;
