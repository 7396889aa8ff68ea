/**
 * Sample adapters that do real local work (topics as folders, a schema catalogue, builds, deployments, task
 * records), each with undo, as a host's would.
 */
@NullMarked
package io.dpds.samples.adapters;

import org.jspecify.annotations.NullMarked;
