/**
 * Deployment plans: {@link io.dpds.lifecycle.plan.DeploymentPlan#of} turns a descriptor and a stage into ordered steps
 * (builds, provisioning in {@code dependsOn} order, metadata, deployments, the stage's tasks), each naming its subject,
 * or located diagnostics when no plan can be made.
 */
@NullMarked
package io.dpds.lifecycle.plan;

import org.jspecify.annotations.NullMarked;
