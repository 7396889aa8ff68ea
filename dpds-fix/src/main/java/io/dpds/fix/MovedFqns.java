package io.dpds.fix;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.PortKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The FQNs a descriptor writes that its fixes of {@code fqn.product} and {@code fqn.component} replace, so that the
 * references naming them ({@code dependsOn}, {@code consumesFrom}, {@code providesTo}) follow: a reference that is the
 * written FQN of a component becomes its derived FQN, and one that starts with the product's written FQN (or with
 * that FQN's namespace and name and the major of {@code info.version}, when it was written without its major or with
 * the whole version) becomes the derived FQN of the component it then names. A reference that would name no
 * component of the product stays, as does one that names an FQN two components write: those may be another
 * product's. Immutable.
 */
final class MovedFqns {

  /** A product FQN's namespace and name, whatever follows them. */
  private static final Pattern PRODUCT = Pattern.compile("urn:(?:dpds:)?([^:]+):dataproducts:([^:]+)(?::.*)?");

  private final Map<String, @Nullable String> moved = new HashMap<>(); // written -> derived; null: written twice
  private final Set<String> derived = new HashSet<>();
  private final Set<String> writtenProduct = new LinkedHashSet<>(2); // the forms of the product's written FQN
  private final @Nullable String derivedProduct;

  private MovedFqns(@Nullable String derivedProduct) {
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
    MovedFqns fqns = new MovedFqns(derivedProduct.orElse(null));
    if (written.isTextual() && fqns.derivedProduct != null && !written.textValue().equals(fqns.derivedProduct)) {
      fqns.writtenProduct.add(written.textValue());
      Matcher product = PRODUCT.matcher(written.textValue());
      String major = fqns.derivedProduct.substring(fqns.derivedProduct.lastIndexOf(':') + 1);
      if (product.matches()) {
        fqns.writtenProduct.add("urn:dpds:" + product.group(1) + ":dataproducts:" + product.group(2) + ":" + major);
      }
      fqns.writtenProduct.remove(fqns.derivedProduct);
    }
    for (PortKind kind : PortKind.values()) {
      fqns.add(tree, enriched, "/interfaceComponents/" + kind.field(), kind.fqnSegment());
    }
    fqns.add(tree, enriched, "/internalComponents/applicationComponents", "applications");
    fqns.add(tree, enriched, "/internalComponents/infrastructuralComponents", "infrastructure");
    return fqns;
  }

  /**
   * Adds the components of the list at {@code list}, whose FQNs have the segment {@code segment}, that the fixes
   * derive an FQN for (their names are valid names): under the product FQN the fix writes, and as enriched.
   */
  private void add(JsonNode tree, JsonNode enriched, String list, String segment) {
    for (int i = 0; i < tree.at(list).size(); i++) {
      String component = list + "/" + i;
      JsonNode name = tree.at(component + "/name");
      if (!name.isTextual() || !Fixes.validNames(tree, component)) {
        continue;
      }
      if (derivedProduct != null) {
        derived.add(derivedProduct + ":" + segment + ":" + name.textValue());
      }
      String written = tree.at(component + "/fullyQualifiedName").textValue();
      JsonNode to = enriched.at(component + "/fullyQualifiedName");
      if (written == null || !to.isTextual() || written.equals(to.textValue())) {
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
    for (String product : writtenProduct) {
      String named = fqn.startsWith(product + ":") ? derivedProduct + fqn.substring(product.length()) : null;
      if (named != null && derived.contains(named)) {
        return Optional.of(named);
      }
    }
    return Optional.empty();
  }
}
