package io.dpds.spi.adapter;

import java.util.concurrent.CompletionStage;

/**
 * Records a product version's metadata (a catalogue, a schema registry: Collibra, Blindata, Confluent Schema
 * Registry...): when a version is published (no stage in the context) and when it is deployed to a stage. {@code undo}
 * removes what the call recorded.
 */
public interface MetaService extends Adapter {

  /**
   * Records the metadata of {@code context.descriptor()}; see the package contracts.
   *
   * @param context the call's context
   * @return the result of the registration
   */
  CompletionStage<StepResult> register(AdapterContext context);
}
