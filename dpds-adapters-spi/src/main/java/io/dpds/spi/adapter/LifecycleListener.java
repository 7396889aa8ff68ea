package io.dpds.spi.adapter;

/**
 * Told of every change of state of publications and deployments (notifications, dashboards, chat). Optional; found by
 * {@link java.util.ServiceLoader} or registered on the orchestrator's builder.
 *
 * <p>Contract: called on the orchestrator's threads, possibly concurrently, in order of the changes of one
 * deployment; it must return quickly (hand slow work to another thread). An exception it throws is logged and
 * otherwise ignored: a listener never changes the outcome.
 */
@FunctionalInterface
public interface LifecycleListener {

  /**
   * Called for each event, after the fact; must return quickly and not throw (a throwing listener is logged).
   *
   * @param event the event
   */
  void onEvent(LifecycleEvent event);
}
