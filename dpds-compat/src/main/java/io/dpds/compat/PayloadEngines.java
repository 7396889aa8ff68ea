package io.dpds.compat;

import io.dpds.compat.spi.PayloadEngine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The payload engines of a checker, asked in order: those registered on its builder, then those found. */
final class PayloadEngines {

  private final List<PayloadEngine> engines;

  PayloadEngines(List<PayloadEngine> engines) {
    this.engines = List.copyOf(engines);
  }

  /** The first engine that reads {@code format}. */
  Optional<PayloadEngine> forFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT).trim();
    return engines.stream().filter(engine -> engine.reads(f)).findFirst();
  }

  List<PayloadEngine> all() {
    return engines;
  }
}
