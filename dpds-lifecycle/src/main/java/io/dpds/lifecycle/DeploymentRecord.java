package io.dpds.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployment as kept in the store, rewritten (compare-and-set) at every change of state so that a restarted process
 * resumes it: completed steps are not run again, and the others get the same idempotency keys. Holds no secrets.
 * Written and read by {@link StoredJson} through its public fields; changed only by the deployment's coordinator.
 */
final class DeploymentRecord {

  /** A step as kept in the store. */
  static final class Step {
    public StepState state = StepState.PENDING;
    public int attempts;
    public Map<String, String> outputs = new LinkedHashMap<>();
    public String message = "";
  }

  public String id;
  public String product;
  public String fqn;
  public String version;
  public String stage;
  public String correlationId;
  public DeploymentState state = DeploymentState.RUNNING;
  public String reason = "";
  /** Whether the stage-transition gate passed (a resumed deployment does not ask it again). */
  public boolean admitted;
  public Map<String, Step> steps = new LinkedHashMap<>();
  /** The service instance running the deployment; null in records written before leases. */
  public String owner;
  /** Until when (epoch milliseconds) the owner's lease runs; renewed while the deployment runs. */
  public long leaseUntil;
  /** Ids of the steps that succeeded, in the order they did: compensation runs it backwards. */
  public List<String> completed = new ArrayList<>();

  byte[] bytes() {
    return StoredJson.write(this);
  }

  static DeploymentRecord read(byte[] bytes, String id) {
    return StoredJson.read(bytes, DeploymentRecord.class, "deployment " + id);
  }
}
