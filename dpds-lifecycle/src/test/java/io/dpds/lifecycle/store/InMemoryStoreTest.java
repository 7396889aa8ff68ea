package io.dpds.lifecycle.store;

import io.dpds.spi.store.LifecycleStore;
import io.dpds.test.LifecycleStoreContract;

/** The in-memory store passes the store test kit. */
class InMemoryStoreTest extends LifecycleStoreContract {

  @Override
  protected LifecycleStore newStore() {
    return new InMemoryStore();
  }
}
