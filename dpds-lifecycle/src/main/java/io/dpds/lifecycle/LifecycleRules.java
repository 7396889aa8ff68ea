package io.dpds.lifecycle;

import static io.dpds.report.Severity.ERROR;

import io.dpds.report.Rule;
import java.util.List;

/** Why the registry or the deployment service refused or failed, beyond validation, compatibility and policies. */
public final class LifecycleRules {

  /** The descriptor to publish cannot be read. */
  public static final Rule UNREADABLE = new Rule("lifecycle.unreadable", ERROR,
      "The descriptor to publish can be read", "Check the path; the file must be JSON or YAML.");
  /** A version to publish lacks its product FQN or its version. */
  public static final Rule IDENTITY = new Rule("lifecycle.identity", ERROR,
      "A published version has an info.fullyQualifiedName of a product and an info.version",
      "Set info.fullyQualifiedName (urn:dpds:<namespace>:dataproducts:<name>:<major>) and info.version.");
  /** A published version published again with other content. */
  public static final Rule VERSION_CONFLICT = new Rule("lifecycle.version-conflict", ERROR,
      "A published version is immutable: the same version is published again only with the same content",
      "Bump info.version for the new content.");
  /** A version acted on that is not published. */
  public static final Rule NOT_PUBLISHED = new Rule("lifecycle.not-published", ERROR,
      "A version is deployed, deprecated or decommissioned only once it is published (and not decommissioned)",
      "Publish the version first (dpds publish), or pick a version the registry lists.");
  /** A plan step with no adapter to run it. */
  public static final Rule ADAPTER_MISSING = new Rule("lifecycle.adapter-missing", ERROR,
      "Every step of a plan has an adapter to run it",
      "Register the adapter on the builder or list it in META-INF/services/<adapter interface>.");
  /** An adapter call that failed or missed its deadline. */
  public static final Rule ADAPTER_FAILED = new Rule("lifecycle.adapter-failed", ERROR,
      "An adapter call completes within its deadline",
      "See the adapter's message; the step was retried as configured, and completed steps were compensated.");
  /** Another deployment of the same version is active. */
  public static final Rule BUSY = new Rule("lifecycle.busy", ERROR,
      "One deployment of a product version is active at a time",
      "Wait for the active deployment to end or cancel it; if its process stopped, resume it (dpds deploy --resume).");
  /** Another publication of the same version is under way. */
  public static final Rule PUBLISHING = new Rule("lifecycle.publishing", ERROR,
      "A version is published by one publication at a time; one that stopped midway is rolled back by the next",
      "Try again once the other publication has ended; one whose process stopped expires after the metadata"
          + " timeout, and the next attempt then completes the version.");
  /** The lifecycle store failed. */
  public static final Rule STORE_FAILED = new Rule("lifecycle.store-failed", ERROR,
      "The lifecycle store can be read and written", "Check the store's directory or service.");
  /** The orchestrator itself failed. */
  public static final Rule INTERNAL = new Rule("lifecycle.internal-error", ERROR,
      "The orchestrator ends every deployment it starts",
      "Report the error; the deployment is left as stored, and resume() continues it.");

  /** Every rule above. */
  public static final List<Rule> ALL = List.of(UNREADABLE, IDENTITY, VERSION_CONFLICT, NOT_PUBLISHED,
      ADAPTER_MISSING, ADAPTER_FAILED, BUSY, PUBLISHING, STORE_FAILED, INTERNAL);

  private LifecycleRules() {}
}
