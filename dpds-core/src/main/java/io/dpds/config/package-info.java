/**
 * The project configuration file ({@code dpds.yaml}): what a product repository says once for every tool (the CLI,
 * the Maven plugin, {@code dpds-test}) instead of on each command line: where references may go, profile, rule
 * severities, waivers, policies, compatibility modes, fail-on levels and the store. Public: {@link ProjectConfig}, its
 * rules ({@link ConfigRules}).
 */
@NullMarked
package io.dpds.config;

import org.jspecify.annotations.NullMarked;
