package io.dpds.spi.adapter;

/** What an adapter can do beyond its main call. */
public enum Capability {
  /** Completed calls can be undone ({@code undo}), so a failed deployment is compensated. */
  UNDO,
  /** The adapter stops its work when {@link AdapterContext#cancellation()} completes. */
  CANCEL
}
