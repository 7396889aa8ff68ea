package io.dpds.fix;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.fix.SourceIndex.Node;
import io.dpds.identity.IdStrategy;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceException;
import io.dpds.load.ResourceLoader;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import io.dpds.report.Suggestions;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.Profile;
import io.dpds.validation.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Brings a descriptor to valid DPDS 1.0.0 where the way there is mechanical, keeping how it was written: every
 * finding of a fixable rule ({@link #fixableRules()}) is fixed by editing the document that holds the node, in place,
 * at the node's source position, so key order, comments, quoting, indentation and untouched lines stay as they were.
 * Findings that need a person (an invalid name, a missing owner, two ports of one name) are never changed; they are
 * returned with the choices ({@link FixResult#undecided()}), and a rename is applied only when asked
 * ({@link Builder#rename}).
 *
 * <p>The fixer works in rounds: validate, plan the fixes of the findings, apply those that do not touch the same text,
 * and again, until nothing is left to fix; so fixes that depend on others (a component FQN on the product FQN, an id
 * on the FQN) follow them. Nothing is written: {@link FixResult#write()} does that. Running it on its own output finds
 * nothing to fix. Immutable and thread-safe.
 *
 * <pre>{@code
 * FixResult result = DescriptorFixer.builder().build().fix(Path.of("data-product-descriptor.yaml"));
 * result.documents().forEach(d -> System.out.print(d.unifiedDiff(d.path().toString())));
 * result.write();
 * }</pre>
 */
public final class DescriptorFixer {

  private static final int MAX_ROUNDS = 10;

  private final Set<String> only;
  private final Set<String> skip;
  private final @Nullable URI hrefBase;
  private final Map<String, String> renames;
  private final List<Consumer<DescriptorLoader.Builder>> loaderSettings;
  private final Map<String, Path> mirrors;
  private final IdStrategy ids;
  private final DescriptorValidator validator;

  private DescriptorFixer(Builder b) {
    this.only = Set.copyOf(b.only);
    this.skip = Set.copyOf(b.skip);
    this.hrefBase = b.hrefBase;
    this.renames = Map.copyOf(b.renames);
    this.loaderSettings = List.copyOf(b.loaderSettings);
    this.mirrors = Map.copyOf(b.mirrors);
    this.ids = b.ids;
    this.validator = b.validator != null ? b.validator
        : DescriptorValidator.builder().profile(Profile.DEFAULT).idStrategy(ids).build();
  }

  /** {@return a builder of a fixer of every fixable rule, with the default loader} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every fixable rule and what its fix does, by rule id} */
  public static Map<String, String> fixableRules() {
    return Fixes.FIXABLE;
  }

  /**
   * Fixes the descriptor whose root document is {@code file} (and the documents it refers to), in memory.
   *
   * @param file the root document
   * @return the changed documents, the fixes, what a person must decide, and what is left
   * @throws IllegalArgumentException when the renames would give two items of a list of unique names one name
   */
  public FixResult fix(Path file) {
    Path root = file.toAbsolutePath().normalize();
    Map<Path, String> texts = new LinkedHashMap<>();
    Map<Path, String> originals = new LinkedHashMap<>();
    List<Fix> fixes = new ArrayList<>();
    LoadResult loaded = load(root, texts);
    if (loaded.resolved().isPresent() && !renames.isEmpty()) {
      fixes.addAll(Renames.apply(renames, loaded.resolved().get(), this::pathOf, texts, originals));
      loaded = load(root, texts);
    }
    ValidationReport report = null; // of the descriptor as it stands, once validated
    Map<String, String> conflicts = new HashMap<>(); // rule and pointer -> the choices of a value shared by many
    Map<Path, SourceIndex> originalIndexes = new HashMap<>(); // of the documents as they were before any fix
    for (int round = 0; round < MAX_ROUNDS && loaded.resolved().isPresent(); round++) {
      ResolvedDescriptor descriptor = loaded.resolved().get();
      report = validate(loaded);
      Map<Path, SourceIndex> indexes = new LinkedHashMap<>();
      Set<String> reported = new HashSet<>();
      report.diagnostics().forEach(d -> reported.add(d.ruleId() + " " + d.pointer()));
      Fixes.Context context = context(descriptor, texts, indexes, reported);
      Map<Fix, Fixes.Planned> plans = plan(report, context, conflicts,
          finding -> asWritten(finding, context, originals, originalIndexes));
      if (plans.keySet().stream().anyMatch(f -> !f.what().startsWith(Fixes.VERSION_FIX))) {
        // the spec version moves to 1.0.0 last: under 1.0.0 the DRAFT shapes would read as unknown fields
        plans.keySet().removeIf(f -> f.what().startsWith(Fixes.VERSION_FIX));
      }
      Map<Path, List<TextEdit>> edits = new LinkedHashMap<>();
      plans.values().forEach(plan -> edits.computeIfAbsent(pathOf(plan.document()), p -> new ArrayList<>())
          .addAll(plan.edits()));
      List<Fix> planned = new ArrayList<>(plans.keySet());
      if (edits.isEmpty()) {
        break;
      }
      List<TextEdit> skipped = new ArrayList<>();
      for (Map.Entry<Path, List<TextEdit>> e : edits.entrySet()) {
        String before = indexes.get(e.getKey()).text;
        originals.putIfAbsent(e.getKey(), before);
        texts.put(e.getKey(), TextEdit.apply(before, e.getValue(), skipped));
      }
      fixes.addAll(planned); // an edit skipped for overlapping another is planned again in the next round
      loaded = load(root, texts);
      report = null;
    }
    if (report == null && loaded.resolved().isPresent()) {
      report = validate(loaded);
    }
    List<Diagnostic> remaining = report != null ? report.diagnostics() : loaded.diagnostics();
    List<DocumentChange> documents = new ArrayList<>();
    originals.forEach((path, before) -> {
      if (!before.equals(texts.get(path))) {
        documents.add(new DocumentChange(path, before, texts.get(path)));
      }
    });
    List<Undecided> undecided = new ArrayList<>();
    if (loaded.resolved().isPresent()) {
      for (Diagnostic d : remaining) {
        String choices = conflicts.getOrDefault(key(d), Fixes.choices(d, loaded.resolved().get().tree()));
        if (choices != null && (!d.ruleId().equals("href.not-absolute") || hrefBase == null)) {
          undecided.add(new Undecided(d, choices));
        }
      }
    }
    return new FixResult(documents, dedupe(fixes), undecided, remaining);
  }

  /**
   * The fix of each finding, but one per rule and written node: findings of one rule at one place (a value written once
   * and reached through a YAML anchor, a merge key or a shared reference) have one fix when they all want the same
   * change, and none when they want different ones, since a value written once cannot be right for each: those go into
   * {@code conflicts}, by rule and pointer, with the choice to give each its own value.
   */
  private Map<Fix, Fixes.Planned> plan(ValidationReport report, Fixes.Context context, Map<String, String> conflicts,
      Function<Diagnostic, SourceLocation> asWritten) {
    Map<String, List<Diagnostic>> atPlace = new LinkedHashMap<>(); // rule and location -> its findings with a fix
    Map<Diagnostic, Fixes.Planned> planned = new HashMap<>();
    for (Diagnostic finding : report.diagnostics()) {
      if (selected(finding.ruleId()) && !conflicts.containsKey(key(finding))) {
        Fixes.plan(finding, context).ifPresent(plan -> {
          planned.put(finding, plan);
          atPlace.computeIfAbsent(finding.ruleId() + " " + finding.location(), p -> new ArrayList<>()).add(finding);
        });
      }
    }
    Map<Fix, Fixes.Planned> plans = new LinkedHashMap<>();
    for (List<Diagnostic> findings : atPlace.values()) {
      Diagnostic first = findings.get(0);
      Fixes.Planned plan = planned.get(first);
      if (findings.stream().allMatch(f -> planned.get(f).edits().equals(plan.edits()))) {
        plans.put(new Fix(first.ruleId(), first.pointer(), asWritten.apply(first), plan.what()), plan);
      } else {
        String choices = "the value is written once for " + String.join(" and ", findings.stream()
            .map(Diagnostic::pointer).toList()) + " (a YAML anchor, a merge key or a shared reference), which need"
            + " different values: write each its own";
        findings.forEach(f -> conflicts.put(key(f), choices));
      }
    }
    return plans;
  }

  /**
   * Where the node of {@code finding}, found in a round after an earlier one changed its document, was written before
   * any fix, so that every fix is listed at a line and column of the document the diff starts from; its place in the
   * round's text when the node was not there before.
   */
  private SourceLocation asWritten(Diagnostic finding, Fixes.Context context, Map<Path, String> originals,
      Map<Path, SourceIndex> originalIndexes) {
    SourceLocation now = finding.location().orElseThrow();
    Path path = pathOf(now.uri());
    String before = path == null ? null : originals.get(path);
    SourceIndex current = Fixes.indexOf(finding, context);
    Node node = Fixes.nodeOf(finding, current);
    if (before == null || node == null || before.equals(current.text)) {
      return now;
    }
    SourceIndex original = originalIndexes.computeIfAbsent(path, p -> SourceIndex.of(before, current.yaml));
    Node then = original.at(node.pointer);
    if (then == null) {
      return now;
    }
    boolean atKey = current.location(now.uri(), node.start()).equals(now);
    return original.location(now.uri(), atKey ? then.start() : then.valueStart);
  }

  /** A finding's rule and pointer, which fixes elsewhere do not move. */
  private static String key(Diagnostic finding) {
    return finding.ruleId() + " " + finding.pointer();
  }

  private ValidationReport validate(LoadResult loaded) {
    return validator.validate(loaded);
  }

  private boolean selected(String ruleId) {
    return (only.isEmpty() || only.contains(ruleId)) && !skip.contains(ruleId);
  }

  /** Fixes planned in a round that overlapped an earlier edit come again; each is listed once. */
  private static List<Fix> dedupe(List<Fix> fixes) {
    Map<String, Fix> unique = new LinkedHashMap<>();
    for (Fix fix : fixes) {
      unique.putIfAbsent(fix.ruleId() + " " + fix.pointer() + " " + fix.what(), fix);
    }
    return List.copyOf(unique.values());
  }

  /**
   * The descriptor as it stands in {@code texts}, read as the validation it is fixed against reads it (the default
   * profile's reference positions), so that what remains is what {@code dpds validate} reports.
   */
  private LoadResult load(Path root, Map<Path, String> texts) {
    DescriptorLoader.Builder loader = DescriptorLoader.builder()
        .referencePositions(Profile.DEFAULT.referencePositions()).loader(new Overlay(texts, this));
    mirrors.forEach(loader::mapPrefix);
    loaderSettings.forEach(s -> s.accept(loader));
    return loader.build().load(root);
  }

  /** The local file a document's URI names: a {@code file:} URI, or one under a mirrored prefix; else null. */
  @Nullable Path pathOf(URI uri) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    String bare = hash < 0 ? text : text.substring(0, hash);
    if (bare.startsWith("file:")) {
      return Path.of(URI.create(bare)).toAbsolutePath().normalize();
    }
    for (Map.Entry<String, Path> mirror : mirrors.entrySet()) {
      if (bare.startsWith(mirror.getKey())) {
        return mirror.getValue().resolve(bare.substring(mirror.getKey().length())).toAbsolutePath().normalize();
      }
    }
    return null;
  }

  private Fixes.Context context(ResolvedDescriptor descriptor, Map<Path, String> texts,
      Map<Path, SourceIndex> indexes, Set<String> reported) {
    return new Fixes.Context() {
      @Override
      public ResolvedDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public @Nullable SourceIndex index(URI uri) {
        Path path = pathOf(uri);
        if (path == null) {
          return null;
        }
        return indexes.computeIfAbsent(path, p -> {
          String text = texts.containsKey(p) ? texts.get(p) : read(p);
          String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
          if (text == null) {
            return null;
          }
          try {
            return SourceIndex.of(text, !name.endsWith(".json"));
          } catch (RuntimeException e) {
            return null; // not readable as its extension says: its findings stay, its text is not touched
          }
        });
      }

      @Override
      public @Nullable URI hrefBase() {
        return hrefBase;
      }

      @Override
      public boolean reported(String ruleId, String pointer) {
        return reported.contains(ruleId + " " + pointer);
      }

      private @Nullable JsonNode enriched;

      @Override
      public JsonNode enriched() {
        if (enriched == null) {
          enriched = Fixes.enrich(descriptor, ids);
        }
        return enriched;
      }

      private @Nullable MovedFqns moved;

      @Override
      public MovedFqns movedFqns() {
        if (moved == null) {
          moved = MovedFqns.of(descriptor.tree(), enriched(), Fixes.productFqn(descriptor));
        }
        return moved;
      }
    };
  }

  static @Nullable String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** Serves the documents edited so far from memory, in place of the files. */
  private record Overlay(Map<Path, String> texts, DescriptorFixer fixer) implements ResourceLoader {
    @Override
    public boolean supports(URI uri) {
      Path path = fixer.pathOf(uri);
      return path != null && texts.containsKey(path);
    }

    @Override
    public byte[] read(URI uri, long maxBytes) throws ResourceException {
      byte[] bytes = texts.get(fixer.pathOf(uri)).getBytes(StandardCharsets.UTF_8);
      if (bytes.length > maxBytes) {
        throw new ResourceException(ResourceException.Kind.TOO_LARGE, uri + " is larger than " + maxBytes + " bytes");
      }
      return bytes;
    }
  }

  /** Builds a {@link DescriptorFixer}. */
  public static final class Builder {
    private final Set<String> only = new HashSet<>();
    private final Set<String> skip = new HashSet<>();
    private @Nullable URI hrefBase;
    private final Map<String, String> renames = new LinkedHashMap<>();
    private final List<Consumer<DescriptorLoader.Builder>> loaderSettings = new ArrayList<>();
    private final Map<String, Path> mirrors = new LinkedHashMap<>();
    private IdStrategy ids = IdStrategy.UUID_V5;
    private @Nullable DescriptorValidator validator;

    private Builder() {}

    /**
     * Reads URIs that start with {@code uriPrefix} from {@code folder} (as {@link DescriptorLoader.Builder#mapPrefix}
     * does) and fixes the documents there too: the local mirror of remote documents is what gets edited.
     *
     * @param uriPrefix the prefix, e.g. {@code https://raw.githubusercontent.com/acme/trips/main/}
     * @param folder the folder that holds the mirrored documents
     * @return this builder
     */
    public Builder mapPrefix(String uriPrefix, Path folder) {
      mirrors.put(Objects.requireNonNull(uriPrefix, "uriPrefix"), Objects.requireNonNull(folder, "folder"));
      return this;
    }

    /**
     * Fixes only the findings of these rules (default: every fixable rule).
     *
     * @param ruleIds the rule ids, each one the fixer fixes ({@link DescriptorFixer#fixableRules})
     * @return this builder
     * @throws IllegalArgumentException when an id is not one of a rule the fixer fixes
     */
    public Builder only(Set<String> ruleIds) {
      only.addAll(fixable("--only", ruleIds));
      return this;
    }

    /**
     * Leaves the findings of these rules as they are.
     *
     * @param ruleIds the rule ids, each one the fixer fixes ({@link DescriptorFixer#fixableRules})
     * @return this builder
     * @throws IllegalArgumentException when an id is not one of a rule the fixer fixes
     */
    public Builder skip(Set<String> ruleIds) {
      skip.addAll(fixable("--skip", ruleIds));
      return this;
    }

    /** {@code ruleIds}, each the id of a rule the fixer fixes: a misspelt one would fix everything or nothing. */
    private static Set<String> fixable(String option, Set<String> ruleIds) {
      for (String id : ruleIds) {
        if (!Fixes.FIXABLE.containsKey(id) && !id.equals("rename")) {
          throw new IllegalArgumentException(option + ": '" + id + "' is not a rule dpds fix fixes"
              + Suggestions.closest(id, Fixes.FIXABLE.keySet()).map(near -> "; did you mean '" + near + "'?")
                  .orElse("") + " (dpds rules lists what each rule's fix does)");
        }
      }
      return ruleIds;
    }

    /**
     * Resolves relative {@code $href}s against {@code base} (without it, they are left and listed as undecided).
     *
     * @param base an absolute URL, e.g. {@code https://ci.acme.com/}
     * @return this builder
     * @throws IllegalArgumentException when {@code base} is not absolute
     */
    public Builder hrefBase(URI base) {
      if (!base.isAbsolute()) {
        throw new IllegalArgumentException("--href-base is an absolute URL, e.g. https://ci.acme.com/, not " + base);
      }
      this.hrefBase = base;
      return this;
    }

    /**
     * Renames the product, a port or a component named {@code from} to {@code to}: its {@code name} and every FQN and
     * reference that names it, in every document; never what an API definition or an {@code x-} extension names, nor
     * the owner's name. {@link DescriptorFixer#fix} throws {@link IllegalArgumentException} when the renames would give
     * two ports of a kind, two applications or two infrastructural components one name.
     *
     * @param from the name as written
     * @param to the new name
     * @return this builder
     */
    public Builder rename(String from, String to) {
      if (Objects.requireNonNull(from, "from").isBlank() || Objects.requireNonNull(to, "to").isBlank()) {
        throw new IllegalArgumentException("--rename takes OLD=NEW, two names");
      }
      renames.put(from, to);
      return this;
    }

    /**
     * Configures the loader (root folder, prefix mappings, allowed hosts) as for validation.
     *
     * @param settings changes to the loader builder
     * @return this builder
     */
    public Builder loader(Consumer<DescriptorLoader.Builder> settings) {
      loaderSettings.add(Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /**
     * How ids are derived from fully qualified names, both when judging the ids a descriptor declares and when writing
     * the ones it fixes (default {@link IdStrategy#UUID_V5}, the spec's; {@link IdStrategy#ODM_PLATFORM} keeps the ids
     * the ODM platform issued).
     *
     * @param ids the strategy
     * @return this builder
     */
    public Builder idStrategy(IdStrategy ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The validator whose findings are fixed and reported as remaining, e.g. one with a project's profile, disabled
     * rules and waivers: a rule it turns off or a finding it waives is not fixed (default: the default profile, ids
     * judged by {@link #idStrategy}).
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(DescriptorValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** {@return the fixer} */
    public DescriptorFixer build() {
      return new DescriptorFixer(this);
    }
  }
}
