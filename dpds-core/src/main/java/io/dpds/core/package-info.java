/**
 * What dpds-core lists for {@link java.util.ServiceLoader}: its {@link io.dpds.report.RuleSet} (reading and references,
 * identity, waivers). Public only because the JDK's service loading needs it; not an API.
 */
@NullMarked
package io.dpds.core;

import org.jspecify.annotations.NullMarked;
