package io.dpds.policy;

import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyViolation;
import java.util.List;
import java.util.Set;

/** A Java policy listed in the test class path's META-INF/services, found by {@code PolicyEngine.Builder.discover}. */
public class DiscoveredPolicy implements Policy {

  @Override
  public String id() {
    return "test.discovered";
  }

  @Override
  public String description() {
    return "Found by ServiceLoader";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public Set<PolicyEvent> events() {
    return Set.of(PolicyEvent.VERSION_PUBLICATION);
  }

  @Override
  public List<PolicyViolation> evaluate(PolicyInput input) {
    return List.of();
  }
}
