package io.dpds.test;

import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.lifecycle.store.LifecycleStore;

/** The in-memory store passes the store test kit. */
class InMemoryStoreTest extends LifecycleStoreContract {

  @Override
  protected LifecycleStore newStore() {
    return new InMemoryStore();
  }
}
