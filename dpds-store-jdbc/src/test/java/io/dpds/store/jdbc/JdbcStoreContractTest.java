package io.dpds.store.jdbc;

import io.dpds.spi.store.LifecycleStore;
import io.dpds.test.LifecycleStoreContract;

/** The store test kit, unchanged, on a real PostgreSQL. */
class JdbcStoreContractTest extends LifecycleStoreContract {

  @Override
  protected LifecycleStore newStore() {
    return Postgres.freshStore();
  }
}
