/**
 * Validation of descriptors against DPDS 1.0.0: {@link io.dpds.validation.DescriptorValidator} runs the bundled JSON
 * Schema and every check of the catalogue under a {@link io.dpds.validation.Profile}, then the host's triage, and
 * returns a {@link io.dpds.validation.ValidationReport}. Hosts add checks by implementing
 * {@link io.dpds.validation.DescriptorCheck} (see {@link io.dpds.validation.CheckContext}). Public: the validator, its
 * report, profiles, the check SPI, the rule table {@link io.dpds.validation.ValidationRules} and the module's
 * {@link io.dpds.report.RuleSet}; the built-in checks are package-private.
 */
@NullMarked
package io.dpds.validation;

import org.jspecify.annotations.NullMarked;
