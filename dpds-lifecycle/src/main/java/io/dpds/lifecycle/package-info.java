/**
 * The lifecycle, the only library module with state and side effects: the
 * {@link io.dpds.lifecycle.RegistryService} publishes versions through gates (validation, compatibility, policies)
 * into a store and tells the metadata service; the {@link io.dpds.lifecycle.DeploymentService} runs deployment plans
 * through the host's adapters with retries, deadlines, compensation and resumption. Public: both services with their
 * builders, requests, reports and records, and the module's {@link io.dpds.report.RuleSet}; coordination, journal and
 * stored formats are package-private.
 */
@NullMarked
package io.dpds.lifecycle;

import org.jspecify.annotations.NullMarked;
