package io.dpds.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.identity.IdStrategy;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.Document;
import io.dpds.load.ReferencePositions;
import io.dpds.load.ResourceException;
import io.dpds.model.PortKind;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.report.SourceLocation;
import io.dpds.report.Suggestions;
import io.dpds.triage.Waiver;
import io.dpds.triage.WaiverFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A project configuration file, {@code dpds.yaml} (YAML or JSON; its JSON Schema is
 * {@code io/dpds/config/dpds-config.schema.json}), and its problems. Every key is optional; paths are relative to the
 * file's folder:
 *
 * <pre>
 * root: .                                   # folder local references must stay in
 * maps: {https://schemas.example.org/: schemas/}   # URI prefix served from a folder
 * allowHosts: [registry.example.org]        # HTTP(S) references allowed to these hosts
 * lenientRefs: false                        # also follow references in promise fields
 * profile: default                          # or strict
 * ids: uuid-v5                              # or odm-platform: the ids the ODM platform issues
 * severity: {fqn.charset: error}            # per-rule severities
 * disable: [output-ports.empty]             # rules turned off
 * waivers: waivers.yaml
 * policies: [policies/, builtin]            # policy files or folders, and/or the built-in pack
 * modes: {outputport:tripStatus: full}      # compatibility modes per port
 * failOn: {validate: error, diff: breaking}
 * store: .dpds                              # the lifecycle store
 * </pre>
 *
 * Tools read it the same way: {@link #find} walks up from the descriptor to the repository root (the first folder with
 * {@code .git}), or a file is given ({@code --config}); options on a command line override it. Never throws for a bad
 * file: each problem is a diagnostic at its line, and a file with problems configures nothing. Immutable.
 */
public final class ProjectConfig {

  /** The file name {@link #find} looks for. */
  public static final String FILE_NAME = "dpds.yaml";

  /** Every key the file may hold. */
  public static final Set<String> KEYS = Set.of("root", "maps", "allowHosts", "lenientRefs", "profile", "severity",
      "disable", "waivers", "policies", "modes", "failOn", "store", "ids");

  /** The levels of {@code failOn}, per command, as the commands' {@code --fail-on} takes them. */
  private static final Map<String, Set<String>> FAIL_ON = Map.of(
      "validate", Set.of("error", "warning", "info"), "diff", Set.of("version", "breaking", "warning"));
  /** The compatibility modes a port of {@code modes} may have, as {@code --mode} takes them. */
  private static final Set<String> MODES = Set.of("forward", "backward", "full", "forward-transitive",
      "backward-transitive", "full-transitive", "none");
  private static final List<String> PORT_KINDS = Arrays.stream(PortKind.values()).map(PortKind::entityType).toList();

  private static final ProjectConfig NONE = new ProjectConfig(null, Map.of(), List.of());

  private final @Nullable URI file;
  private final Map<String, JsonNode> values;
  private final List<Diagnostic> problems;

  private ProjectConfig(@Nullable URI file, Map<String, JsonNode> values, List<Diagnostic> problems) {
    this.file = file;
    this.values = Map.copyOf(values);
    this.problems = List.copyOf(problems);
  }

  /** {@return no configuration: every getter empty} */
  public static ProjectConfig none() {
    return NONE;
  }

  /**
   * {@return the {@value #FILE_NAME} of {@code start} (a file or folder) or of the nearest folder above it, up to and
   * including the repository root (the first folder with {@code .git}) or the file system's root; {@link #none()} when
   * there is none}
   *
   * @param start the descriptor or the folder to start from
   */
  public static ProjectConfig find(Path start) {
    return locate(start).map(ProjectConfig::readFound).orElse(NONE);
  }

  /**
   * {@return the file {@link #locate} found, read as {@link #find} reads it: as {@link #read} does, but a file anyone
   * could have put there (another user's, in a folder anyone can write to, such as a shared temporary folder) is one
   * {@code config.untrusted} problem, and configures nothing} A file the user names ({@code --config}) is read.
   *
   * @param file the configuration file found
   */
  public static ProjectConfig readFound(Path file) {
    return found(file, System.getProperty("user.name"));
  }

  /** {@link #readFound} on behalf of {@code user}. */
  static ProjectConfig found(Path file, String user) {
    String distrust = Ownership.distrust(file, user);
    return distrust == null ? read(file) : failed(file.toAbsolutePath().normalize().toUri(),
        ConfigRules.CONFIG_UNTRUSTED, distrust, null);
  }

  /**
   * {@return the file {@link #find} reads for {@code start}, without reading it: the {@value #FILE_NAME} of {@code
   * start} or of the nearest folder above it, up to the repository root; empty when there is none}
   *
   * @param start the descriptor or the folder to start from
   */
  public static Optional<Path> locate(Path start) {
    Path folder = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      folder = folder.getParent();
    }
    for (; folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(folder.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the configuration file at {@code path}.
   *
   * @param path the configuration file
   * @return the configuration; {@link #problems()} says what was wrong with it
   */
  public static ProjectConfig read(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    URI uri = absolute.toUri();
    Document document;
    try {
      Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
      document = DescriptorLoader.builder().root(folder).build().reader(uri).read(uri);
    } catch (ResourceException e) {
      return failed(uri, ConfigRules.CONFIG_UNREADABLE, "Cannot read the configuration file " + path + ": "
          + e.getMessage(), null);
    }
    if (!document.problems().isEmpty()) {
      Diagnostic first = document.problems().get(0);
      return failed(uri, ConfigRules.CONFIG_UNREADABLE, "The configuration file is not well-formed: "
          + first.message(), first.location().orElse(null));
    }
    JsonNode tree = document.tree().orElse(null);
    if (tree == null || !tree.isObject()) {
      return failed(uri, ConfigRules.CONFIG_UNREADABLE, "A configuration file is one JSON or YAML object", null);
    }
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    tree.fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      String problem = KEYS.contains(key) ? typeProblem(key, entry.getValue()) : "'" + key + "' is not a key of"
          + " the configuration file" + Suggestions.closest(key, KEYS).map(k -> "; did you mean '" + k + "'?")
              .orElse("");
      if (problem == null) {
        values.put(key, entry.getValue());
      } else {
        problems.add(ConfigRules.CONFIG_INVALID.at("/" + key).message(problem)
            .location(document.locate("/" + key).orElse(null)).build());
      }
    });
    return problems.isEmpty() ? new ProjectConfig(uri, values, List.of()) : new ProjectConfig(uri, Map.of(), problems);
  }

  /** {@return {@code value} for a message: text in single quotes, anything else as JSON; cut after 40 characters} */
  private static String abbreviated(JsonNode value) {
    String shown = value.isTextual() ? value.textValue() : value.toString();
    shown = shown.length() <= 40 ? shown : shown.substring(0, 40) + "...";
    return value.isTextual() ? "'" + shown + "'" : shown;
  }

  private static @Nullable String typeProblem(String key, JsonNode value) {
    String problem = switch (key) {
      case "root", "profile", "waivers", "store", "ids" -> value.isTextual() && !value.textValue().isBlank() ? null
          : key + " is a non-empty string";
      case "lenientRefs" -> value.isBoolean() ? null : key + " is true or false";
      case "allowHosts", "disable" -> stringList(value, false) ? null : key + " is a list of strings";
      case "policies" -> stringList(value, true) ? null : key + " is a string or a list of strings";
      default -> stringMap(value) ? null : key + " maps strings to strings";
    };
    if (problem != null) {
      return problem + ", not " + abbreviated(value);
    }
    return switch (key) {
      case "profile" -> oneOf(key, value.textValue(), Set.of("default", "strict"));
      case "ids" -> oneOf(key, value.textValue(), Set.copyOf(IdStrategy.NAMES));
      case "severity" -> firstProblem(value, v -> oneOf("a severity", v, Set.of("error", "warning", "info")));
      case "failOn" -> firstEntryProblem(value, (command, level) -> FAIL_ON.containsKey(command)
          ? oneOf("failOn." + command, level.toLowerCase(Locale.ROOT), FAIL_ON.get(command))
          : oneOf("a failOn key", command, FAIL_ON.keySet()));
      case "modes" -> firstEntryProblem(value, (port, mode) -> isPort(port)
          ? oneOf("the mode of " + port, mode.toLowerCase(Locale.ROOT).replace('_', '-'), MODES)
          : "a modes key is KIND:NAME, KIND one of " + String.join(", ", PORT_KINDS) + "; not '" + port + "'");
      default -> null;
    };
  }

  /** Whether {@code port} names a port as {@code KIND:NAME}. */
  private static boolean isPort(String port) {
    int colon = port.indexOf(':');
    return colon > 0 && colon < port.length() - 1 && PORT_KINDS.contains(port.substring(0, colon));
  }

  private static @Nullable String oneOf(String what, String value, Set<String> allowed) {
    return allowed.contains(value) ? null
        : what + " is one of " + String.join(", ", allowed.stream().sorted().toList()) + ", not '" + value + "'";
  }

  private static @Nullable String firstProblem(JsonNode map, Function<String, @Nullable String> check) {
    for (JsonNode value : map) {
      String problem = check.apply(value.asText());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static @Nullable String firstEntryProblem(JsonNode map,
      BiFunction<String, String, @Nullable String> check) {
    for (var entries = map.fields(); entries.hasNext(); ) {
      var entry = entries.next();
      String problem = check.apply(entry.getKey(), entry.getValue().asText());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static boolean stringList(JsonNode value, boolean orOne) {
    if (orOne && value.isTextual()) {
      return true;
    }
    if (!value.isArray()) {
      return false;
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean stringMap(JsonNode value) {
    if (!value.isObject()) {
      return false;
    }
    for (JsonNode item : value) {
      if (!item.isValueNode() || item.isNull()) {
        return false;
      }
    }
    return true;
  }

  private static ProjectConfig failed(URI uri, Rule rule, String message, @Nullable SourceLocation at) {
    return new ProjectConfig(uri, Map.of(), List.of(rule.at("").message(message)
        .location(at != null ? at : new SourceLocation(uri, 1, 1)).build()));
  }

  /** {@return the file read; empty for {@link #none()}} */
  public Optional<URI> file() {
    return Optional.ofNullable(file);
  }

  /** {@return whether the file can be used: it was read and has no problem} */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** {@return one diagnostic per problem, located in the file} */
  public List<Diagnostic> problems() {
    return problems;
  }

  /** {@return {@code root}, resolved against the file's folder} */
  public Optional<Path> root() {
    return text("root").map(this::path);
  }

  /** {@return {@code maps}: URI prefix to folder (resolved), in file order} */
  public Map<String, Path> maps() {
    Map<String, Path> maps = new LinkedHashMap<>();
    strings("maps").forEach((prefix, folder) -> maps.put(prefix, path(folder)));
    return maps;
  }

  /** {@return {@code allowHosts}} */
  public List<String> allowedHosts() {
    return list("allowHosts");
  }

  /** {@return {@code lenientRefs}; false when absent} */
  public boolean lenientRefs() {
    JsonNode value = values.get("lenientRefs");
    return value != null && value.booleanValue();
  }

  /** {@return {@code profile}: {@code default} or {@code strict}} */
  public Optional<String> profile() {
    return text("profile");
  }

  /**
   * {@return {@code ids}: how ids are derived from fully qualified names, {@code uuid-v5} (the spec's) or {@code
   * odm-platform} ({@link IdStrategy#named})}
   */
  public Optional<IdStrategy> ids() {
    return text("ids").flatMap(IdStrategy::named);
  }

  /** {@return {@code severity}: rule id to {@code error}, {@code warning} or {@code info}, in file order} */
  public Map<String, String> severities() {
    return strings("severity");
  }

  /** {@return {@code disable}: rule ids turned off} */
  public List<String> disabledRules() {
    return list("disable");
  }

  /** {@return {@code waivers}, resolved against the file's folder} */
  public Optional<Path> waivers() {
    return text("waivers").map(this::path);
  }

  /** {@return {@code policies}: each a path resolved against the file's folder, or {@code builtin} as written} */
  public List<String> policies() {
    return list("policies").stream().map(p -> p.equals("builtin") ? p : path(p).toString()).toList();
  }

  /** {@return {@code modes}: port ({@code KIND:NAME}) to compatibility mode, in file order} */
  public Map<String, String> modes() {
    return strings("modes");
  }

  /**
   * {@return {@code failOn}: command ({@code validate} or {@code diff}) to its fail-on level}
   *
   * @param command {@code validate} or {@code diff}
   */
  public Optional<String> failOn(String command) {
    return Optional.ofNullable(strings("failOn").get(Objects.requireNonNull(command, "command")));
  }

  /** {@return {@code store}: a folder (resolved against the file's folder) or a JDBC URL as written} */
  public Optional<String> store() {
    return text("store").map(s -> s.startsWith("jdbc:") ? s : path(s).toString());
  }

  /**
   * Hands {@code severity}, {@code disable} and the waivers of the {@code waivers} file to a validator's or checker's
   * builder methods. Returns the waiver file's problems, and then hands no waiver; empty when all went well.
   *
   * @param severity receives each severity override: rule id and severity
   * @param disable receives each disabled rule id
   * @param waiver receives the waivers
   * @return the waiver file's problems; empty when all went well
   */
  public List<Diagnostic> applyTriage(BiConsumer<String, Severity> severity, Consumer<String> disable,
      Consumer<List<Waiver>> waiver) {
    severities().forEach((rule, level) -> severity.accept(rule, Severity.valueOf(level.toUpperCase(Locale.ROOT))));
    disabledRules().forEach(disable);
    if (waivers().isEmpty()) {
      return List.of();
    }
    WaiverFile file = WaiverFile.read(waivers().get());
    if (file.ok()) {
      waiver.accept(file.waivers());
    }
    return file.problems();
  }

  /**
   * Applies {@code root}, {@code maps}, {@code allowHosts} and {@code lenientRefs} to a loader under construction.
   *
   * @param loader the loader builder to configure
   */
  public void applyTo(DescriptorLoader.Builder loader) {
    root().ifPresent(loader::root);
    maps().forEach(loader::mapPrefix);
    loader.allowHttpHosts(allowedHosts().toArray(String[]::new));
    if (lenientRefs()) {
      loader.referencePositions(ReferencePositions.LENIENT);
    }
  }

  private Optional<String> text(String key) {
    JsonNode value = values.get(key);
    return value == null ? Optional.empty() : Optional.of(value.textValue());
  }

  private List<String> list(String key) {
    JsonNode value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(value.textValue());
    }
    List<String> out = new ArrayList<>();
    value.forEach(item -> out.add(item.textValue()));
    return out;
  }

  private Map<String, String> strings(String key) {
    JsonNode value = values.get(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (value != null) {
      value.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  private Path path(String relative) {
    Path folder = file == null ? Path.of("") : Path.of(file).getParent();
    return folder.resolve(relative).normalize();
  }

  @Override
  public String toString() {
    return file == null ? "no configuration" : "configuration " + file + " " + values.keySet()
        + (problems.isEmpty() ? "" : " with problems " + problems);
  }
}
