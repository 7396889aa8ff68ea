package org.example.host;

import static org.example.host.Folders.listFiles;

import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.StepResult;
import io.dpds.test.AdapterContract;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.io.TempDir;

// The README's adapter test, word for word.
class FolderProvisionerTest extends AdapterContract<FolderProvisioner> {
  @TempDir Path root;
  protected FolderProvisioner adapter() { return new FolderProvisioner(root); }
  protected CompletionStage<StepResult> call(FolderProvisioner a, AdapterContext c) {
    return a.provision(c, infrastructure(c));
  }
  protected Object observe() { return listFiles(root); }   // what the adapter changed outside itself
}
