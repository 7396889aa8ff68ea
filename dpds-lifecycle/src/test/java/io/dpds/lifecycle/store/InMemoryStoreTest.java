package io.dpds.lifecycle.store;

/** The in-memory store passes the store test kit. */
class InMemoryStoreTest extends LifecycleStoreContract {

  @Override
  protected LifecycleStore newStore() {
    return new InMemoryStore();
  }
}
