package io.dpds.policy;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.Document;
import io.dpds.load.ResourceException;
import io.dpds.load.ResourceLoader;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import io.dpds.spi.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads declarative policies from YAML or JSON files (the format is in {@code docs/policies.md}), and the built-in
 * policy pack. Never throws for a bad file: its problems come back as diagnostics naming the file and line, and none of
 * its policies are used.
 */
public final class PolicyFiles {

  private static final String BUILTIN = "/io/dpds/policy/builtin.yaml";
  private static final String BUILTIN_URI = "classpath:/io/dpds/policy/builtin.yaml";

  /**
   * Policies read, and the problems of the files that could not be used.
   *
   * @param policies the policies, in file order
   * @param problems one diagnostic per problem, located in its file
   */
  public record Result(List<Policy> policies, List<Diagnostic> problems) {
    /**
     * Copies both lists.
     *
     * @param policies the policies, in file order
     * @param problems one diagnostic per problem, located in its file
     */
    public Result {
      policies = List.copyOf(policies);
      problems = List.copyOf(problems);
    }
  }

  private PolicyFiles() {}

  /**
   * {@return the policies of a policy file, or of every {@code .yaml}, {@code .yml} and {@code .json} file in a folder
   * (a folder without any is a problem: a policy check that checks nothing is almost always a wrong path)}
   *
   * @param fileOrFolder a policy file or a folder of them
   */
  public static Result read(Path fileOrFolder) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(fileOrFolder)) {
      try (Stream<Path> list = Files.list(fileOrFolder)) {
        list.filter(f -> f.toString().matches("(?i).*\\.(ya?ml|json)$") && Files.isRegularFile(f)).sorted()
            .forEach(files::add);
      } catch (IOException e) {
        return unreadable(fileOrFolder.toUri(), e.getMessage());
      }
      if (files.isEmpty()) {
        return unreadable(fileOrFolder.toUri(), "the folder holds no policy file (.yaml, .yml or .json)");
      }
    } else {
      files.add(fileOrFolder);
    }
    List<Policy> policies = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
      Result one = compile(DescriptorLoader.builder().root(folder).build(), absolute.toUri());
      policies.addAll(one.policies());
      problems.addAll(one.problems());
    }
    return new Result(policies, problems);
  }

  /** {@return the built-in policy pack (opt-in), each policy documented in the rule catalogue} */
  public static Result builtin() {
    String text;
    try (InputStream in = PolicyFiles.class.getResourceAsStream(BUILTIN)) {
      if (in == null) {
        throw new IllegalStateException("the built-in policies " + BUILTIN + " are missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DescriptorLoader reading = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(BUILTIN_URI, text)))
        .build();
    Result declared = compile(reading, URI.create(BUILTIN_URI));
    if (!declared.problems().isEmpty()) {
      throw new IllegalStateException("the built-in policies do not compile: " + declared.problems());
    }
    List<Policy> all = new ArrayList<>(declared.policies());
    all.add(new NoPlaintextSecretsPolicy());
    return new Result(all, List.of());
  }

  private static Result compile(DescriptorLoader reading, URI uri) {
    Document document;
    try {
      document = reading.reader(uri).read(uri);
    } catch (ResourceException e) {
      return unreadable(uri, e.getMessage());
    }
    if (document.tree().isEmpty() || !document.tree().get().isObject()) {
      if (!document.problems().isEmpty()) {
        List<Diagnostic> syntax = document.problems().stream().map(d -> PolicyRules.UNREADABLE.at("")
            .message("The policy file is not well-formed: " + d.message())
            .location(d.location().orElse(new SourceLocation(uri, 1, 1))).build()).toList();
        return new Result(List.of(), syntax);
      }
      return unreadable(uri, "a policy file is a YAML or JSON object");
    }
    return PolicyCompiler.compile(document);
  }

  private static Result unreadable(URI uri, String why) {
    return new Result(List.of(), List.of(PolicyRules.UNREADABLE.at("").message("Cannot use the policy file "
        + ("file".equals(uri.getScheme()) ? uri.getPath() : uri) + ": " + why)
        .location(new SourceLocation(uri, 1, 1)).build()));
  }
}
