package io.dpds.cli;

import io.dpds.report.Suggestions;
import io.dpds.report.VisibleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dpds} command. Exit codes for every command: 0 success; 1 findings (the input is wrong); 2 the tool
 * could not do its job (bad arguments, root file missing or unreadable). Never prints a stack trace.
 */
@Command(
    name = "dpds",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads, checks and publishes data product descriptors (DPDS 1.0.0).",
    subcommands = {InitCommand.class, ResolveCommand.class, ValidateCommand.class, FixCommand.class, DiffCommand.class,
      PolicyCommand.class, DocCommand.class, PublishCommand.class, PlanCommand.class, DeployCommand.class,
      RulesCommand.class, SchemaCommand.class, StoreCommand.class, CommandLine.HelpCommand.class,
      Main.Completion.class})
public final class Main {

  /** Findings: the input is wrong. */
  static final int FINDINGS = 1;
  /** The tool could not do its job. */
  static final int TOOL_FAILURE = 2;

  /**
   * Runs the command line and exits with its exit code (see {@code dpds --help}).
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs one command line with no standard input; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /** Runs one command line; returns the exit code. */
  static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ValidateCommand.class ? type.cast(new ValidateCommand(in))
            : CommandLine.defaultFactory().create(type);
      }
    });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("dpds: " + VisibleText.ofLines(describe(e))); // a message may list findings, one a line
          return TOOL_FAILURE;
        });
    cli.setParameterExceptionHandler((e, args1) -> {
      err.println(oneLine(e));
      return TOOL_FAILURE;
    });
    if (args.length == 0) {
      cli.usage(err);
      return TOOL_FAILURE;
    }
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) { // picocli lets errors through; the user still gets one line
      err.println("dpds: internal error, please report it: " + e);
      err.flush();
      return TOOL_FAILURE;
    }
  }

  /**
   * {@return what went wrong, in one line} A file system's exception names its file and why (the JDK's message of one
   * is often the file's name alone: {@code dpds: site} for a page written into a folder that is a file).
   */
  static String describe(Exception e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String why = fs instanceof FileAlreadyExistsException
          ? "already exists, where a new file or a folder was to be made"
          : fs instanceof NoSuchFileException ? "no such file or folder"
          : fs instanceof AccessDeniedException ? "permission denied"
          : fs instanceof NotDirectoryException ? "not a folder"
          : fs instanceof DirectoryNotEmptyException ? "the folder is not empty"
          : fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
      return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + why;
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /**
   * {@code dpds generate-completion}: prints the bash completion script (zsh reads it too, after {@code bashcompinit});
   * the distribution ships it under {@code completion/}. Hidden from the usage.
   */
  @Command(name = "generate-completion", hidden = true, mixinStandardHelpOptions = true,
      description = "Prints the bash and zsh completion script of dpds.")
  static final class Completion extends picocli.AutoComplete.GenerateCompletion {}

  /**
   * A wrong command line as one line: what is wrong, the nearest valid option or command when one is near, and where
   * the help is; never a usage dump.
   */
  static String oneLine(CommandLine.ParameterException e) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      boolean option = argument.startsWith("-");
      String given = option && argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      List<String> candidates = option ? List.copyOf(command.getCommandSpec().optionsMap().keySet())
          : List.copyOf(command.getSubcommands().keySet());
      message = "unknown " + (option ? "option" : candidates.isEmpty() ? "argument" : "command") + " '" + given + "'"
          + Suggestions.closest(given, candidates).map(near -> "; did you mean '" + near + "'?").orElse("");
    }
    return name + ": " + message + " (see " + name + " --help)";
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"dpds " + p.getProperty("version", "unknown") + " (DPDS 1.0.0)"};
    }
  }
}
