package io.dpds.fix;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.PortKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The FQNs a descriptor writes that its fixes of {@code fqn.product} and {@code fqn.component} replace, so that the
 * references naming them ({@code dependsOn}, {@code consumesFrom}, {@code providesTo}) follow: a reference that is the
 * written FQN of a component becomes its derived FQN, and one that starts with the product's written FQN becomes the
 * derived FQN of the component it then names. A reference that would name no component of the product stays, as does
 * one that names an FQN two components write: those may be another product's. Immutable.
 */
final class MovedFqns {

  private static final String[] INTERNAL = {"applicationComponents", "infrastructuralComponents"};

  private final Map<String, @Nullable String> moved = new HashMap<>(); // written -> derived; null: written twice
  private final Set<String> derived = new HashSet<>();
  private final @Nullable String writtenProduct;
  private final @Nullable String derivedProduct;

  private MovedFqns(@Nullable String writtenProduct, @Nullable String derivedProduct) {
    this.writtenProduct = writtenProduct;
    this.derivedProduct = derivedProduct;
  }

  /**
   * {@return the FQNs of {@code tree} as written against those of {@code enriched}}
   *
   * @param tree the resolved descriptor as written
   * @param enriched the descriptor as {@code enrich} derives it
   * @param derivedProduct the product FQN {@code fqn.product}'s fix writes, if it writes one
   */
  static MovedFqns of(JsonNode tree, JsonNode enriched, Optional<String> derivedProduct) {
    JsonNode written = tree.at("/info/fullyQualifiedName");
    MovedFqns fqns = new MovedFqns(written.isTextual() ? written.textValue() : null, derivedProduct.orElse(null));
    for (PortKind kind : PortKind.values()) {
      fqns.add(tree, enriched, "/interfaceComponents/" + kind.field());
    }
    for (String list : INTERNAL) {
      fqns.add(tree, enriched, "/internalComponents/" + list);
    }
    return fqns;
  }

  /** Adds the components of the list at {@code list} whose FQN the fixes derive (their names are valid names). */
  private void add(JsonNode tree, JsonNode enriched, String list) {
    for (int i = 0; i < tree.at(list).size(); i++) {
      String component = list + "/" + i;
      JsonNode from = tree.at(component + "/fullyQualifiedName");
      JsonNode to = enriched.at(component + "/fullyQualifiedName");
      if (!to.isTextual() || !Fixes.validNames(tree, component)) {
        continue;
      }
      derived.add(to.textValue());
      String written = from.textValue();
      if (written == null || written.equals(to.textValue())) {
        continue;
      }
      if (!moved.containsKey(written)) {
        moved.put(written, to.textValue());
      } else if (!Objects.equals(moved.get(written), to.textValue())) {
        moved.put(written, null); // two components write it: which one is meant is not the fixer's call
      }
    }
  }

  /** {@return what the reference {@code fqn} becomes once the FQNs it was written against are fixed, if it moves} */
  Optional<String> followed(String fqn) {
    if (moved.containsKey(fqn)) {
      return Optional.ofNullable(moved.get(fqn));
    }
    if (writtenProduct == null || derivedProduct == null || writtenProduct.equals(derivedProduct)
        || !fqn.startsWith(writtenProduct + ":")) {
      return Optional.empty();
    }
    String named = derivedProduct + fqn.substring(writtenProduct.length());
    return derived.contains(named) ? Optional.of(named) : Optional.empty();
  }
}
