package io.dpds.compat;

import static io.dpds.compat.CompatibilityRules.BUMP_TOO_SMALL;
import static io.dpds.compat.CompatibilityRules.FQN_MAJOR;
import static io.dpds.compat.CompatibilityRules.PORT_MAJOR_NOT_BUMPED;
import static io.dpds.compat.CompatibilityRules.PORT_MAJOR_WITHOUT_PRODUCT;
import static io.dpds.compat.CompatibilityRules.UNNEEDED_MAJOR;
import static io.dpds.compat.CompatibilityRules.VERSION_DECREASED;
import static io.dpds.compat.CompatibilityRules.VERSION_UNREADABLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.identity.Fqn;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The version rules of DPDS applied to two versions of a descriptor: versions never decrease, {@code info.version}
 * moves at least as far as the changes require, a port with a breaking change bumps its major (its minor while the
 * major is 0), a port major bump comes with a product major bump, and the FQN's major segment follows
 * {@code info.version}.
 */
final class VersionCheck {

  private final ResolvedDescriptor old;
  private final ResolvedDescriptor now;
  private final List<Diagnostic> problems = new ArrayList<>();

  private VersionCheck(ResolvedDescriptor old, ResolvedDescriptor now) {
    this.old = old;
    this.now = now;
  }

  /** The bump {@code info.version} declares; NONE when either version is not SemVer (reported by {@link #check}). */
  static Bump declared(ResolvedDescriptor old, ResolvedDescriptor now) {
    return Bump.declared(version(old.tree().path("info")), version(now.tree().path("info"))).orElse(Bump.NONE);
  }

  /**
   * The version problems of moving from {@code old} to {@code now} when the changes require {@code required} and the
   * ports in {@code broken} have breaking changes.
   */
  static List<Diagnostic> check(ResolvedDescriptor old, ResolvedDescriptor now, Bump required, Set<PortId> broken) {
    VersionCheck rules = new VersionCheck(old, now);
    Optional<Bump> product = rules.product(required);
    rules.ports(product.orElse(Bump.NONE), broken);
    rules.fqn();
    return List.copyOf(rules.problems);
  }

  private Optional<Bump> product(Bump required) {
    String before = version(old.tree().path("info"));
    String after = version(now.tree().path("info"));
    Optional<Bump> declared = Bump.declared(before, after);
    String pointer = "/info/version";
    if (declared.isEmpty()) {
      report(VERSION_UNREADABLE, pointer, "info.version moved from " + quote(before) + " to " + quote(after)
          + ": not both SemVer, so the bump cannot be judged");
    } else if (declared.get() == Bump.DECREASE) {
      report(VERSION_DECREASED, pointer, "info.version went down from " + before + " to " + after);
    } else if (!declared.get().covers(required)) {
      String moved = declared.get() == Bump.NONE ? "info.version stayed at " + after
          : "info.version moved from " + before + " to " + after + " (" + article(declared.get()) + ")";
      report(BUMP_TOO_SMALL, pointer, moved + " but the changes require " + article(required));
    } else if (declared.get() == Bump.MAJOR && required != Bump.MAJOR) {
      report(UNNEEDED_MAJOR, pointer, "info.version moved to a new major (" + before + " to " + after
          + ") although the changes only require " + article(required));
    }
    return declared;
  }

  private void ports(Bump product, Set<PortId> broken) {
    Map<PortId, String> before = PortIndex.pointers(old.tree());
    Map<PortId, String> after = PortIndex.pointers(now.tree());
    after.forEach((port, pointer) -> {
      String was = before.get(port);
      if (was == null) {
        return;
      }
      String from = version(old.tree().at(was));
      String to = version(now.tree().at(pointer));
      if (from == null || to == null) {
        return; // a missing version is a validation error
      }
      Optional<Bump> declared = Bump.declared(from, to);
      String at = pointer + "/version";
      if (declared.isEmpty()) {
        report(VERSION_UNREADABLE, at, port + " version moved from " + quote(from) + " to " + quote(to)
            + ": not both SemVer, so the bump cannot be judged");
        return;
      }
      if (declared.get() == Bump.DECREASE) {
        report(VERSION_DECREASED, at, port + " version went down from " + from + " to " + to);
        return;
      }
      Bump needed = Bump.isInitialDevelopment(from) ? Bump.MINOR : Bump.MAJOR;
      if (broken.contains(port) && !declared.get().covers(needed)) {
        String moved = declared.get() == Bump.NONE ? "stayed at " + to
            : "only moved from " + from + " to " + to + " (" + article(declared.get()) + ")";
        report(PORT_MAJOR_NOT_BUMPED, at, port + " has breaking changes but its version " + moved + "; "
            + article(needed) + " is needed");
      }
      if (declared.get() == Bump.MAJOR && product != Bump.MAJOR) {
        report(PORT_MAJOR_WITHOUT_PRODUCT, at, port + " version moved to a new major (" + from + " to " + to
            + ") but info.version did not");
      }
    });
  }

  private void fqn() {
    JsonNode info = now.tree().path("info");
    Optional<String> segment = Fqn.parse(info.path("fullyQualifiedName").asText("")).flatMap(Fqn::productMajor);
    Optional<String> major = Bump.major(version(info));
    if (segment.isPresent() && major.isPresent() && !segment.get().equals(major.get())) {
      report(FQN_MAJOR, "/info/fullyQualifiedName", "info.fullyQualifiedName ends in major " + segment.get()
          + " but info.version is " + version(info));
    }
  }

  private void report(Rule rule, String pointer, String message) {
    problems.add(rule.at(pointer).message(message).location(now.locate(pointer).orElse(null)).build());
  }

  private static String version(JsonNode owner) {
    JsonNode version = owner.path("version");
    return version.isTextual() ? version.textValue() : null;
  }

  private static String quote(String version) {
    return version == null ? "nothing" : "'" + version + "'";
  }

  private static String article(Bump bump) {
    return switch (bump) {
      case NONE -> "no bump";
      case DECREASE -> "a decrease";
      default -> "a " + bump.label() + " bump";
    };
  }
}
