package io.dpds.lifecycle.store;

import io.dpds.spi.store.LifecycleStore;
import io.dpds.test.LifecycleStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file store passes the store test kit. */
class FileStoreContractTest extends LifecycleStoreContract {

  @TempDir Path dir;
  private int stores;

  @Override
  protected LifecycleStore newStore() {
    return FileStore.open(dir.resolve("store" + stores++), FileStore.Durability.PROCESS);
  }
}
