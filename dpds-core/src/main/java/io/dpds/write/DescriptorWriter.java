package io.dpds.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.dpds.internal.YamlCoreSchema;
import io.dpds.model.DpdsObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes descriptors as JSON (two-space indentation) or YAML (block style, strings quoted only where YAML would read
 * them as something else).
 *
 * <p>What is written is what the model holds: a descriptor loaded without resolving references keeps its
 * {@code $ref}s (as authored); a resolved one is written as one bundled document. Either way, reading the output
 * back gives an equal model. Thread-safe.
 */
public final class DescriptorWriter {

  private static final DescriptorWriter JSON_WRITER = new DescriptorWriter(OutputFormat.JSON);
  private static final DescriptorWriter YAML_WRITER = new DescriptorWriter(OutputFormat.YAML);

  private final OutputFormat format;
  private final ObjectWriter writer;

  private DescriptorWriter(OutputFormat format) {
    this.format = format;
    if (format == OutputFormat.JSON) {
      this.writer = new ObjectMapper().writer(new JsonPrinter());
    } else {
      YAMLFactory yaml =
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .stringQuotingChecker(new Yaml12Quoting())
              .build();
      this.writer = new ObjectMapper(yaml).writer();
    }
  }

  /**
   * Two-space indentation and {@code "key": value}. Written against the printer API of Jackson 2.15, the oldest version
   * the README supports: {@code Separators.Spacing} (2.16) would fail in a host that pins 2.15.
   */
  private static final class JsonPrinter extends DefaultPrettyPrinter {
    JsonPrinter() {
      _objectIndenter = new DefaultIndenter("  ", "\n");
      _arrayIndenter = _objectIndenter;
    }

    JsonPrinter(JsonPrinter base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new JsonPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }

  /**
   * Jackson quotes by YAML 1.1, but not all of it; our reader types plain scalars by YAML 1.2, so also quote whatever it
   * would not read back as a string ({@code 0x1f}, {@code 0o17}, {@code .5}, ...), and a text that a YAML 1.1 reader
   * (PyYAML, SnakeYAML's defaults, go-yaml v2) would read as a date or time ({@code 2024-01-31}) or as one of its
   * numbers ({@code 1_000}, sexagesimal {@code 1:20}, {@code 0b101}).
   */
  private static final class Yaml12Quoting extends StringQuotingChecker.Default {
    private static final Pattern YAML_11 = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \\t]+)[0-9]{1,2}"
        + ":[0-9]{2}:[0-9]{2}(\\.[0-9]*)?([ \\t]*Z|[ \\t]*[-+][0-9]{1,2}(:[0-9]{2})?)?)?" // a timestamp
        + "|[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_:]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
        + "|\\.[0-9_]+([eE][-+]?[0-9]+)?)"); // a number, broadly: quoting more than needed costs nothing; no
    // repeated group (sexagesimal 1:20:30 is read as digits and colons), which would recurse once per repetition

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || YamlCoreSchema.needsQuotes(name) || YAML_11.matcher(name).matches();
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || YamlCoreSchema.needsQuotes(value) || YAML_11.matcher(value).matches();
    }
  }

  /**
   * {@return the writer for {@code format}}
   *
   * @param format the output format
   */
  public static DescriptorWriter of(OutputFormat format) {
    return Objects.requireNonNull(format, "format") == OutputFormat.JSON ? JSON_WRITER : YAML_WRITER;
  }

  /** {@return the format this writer writes} */
  public OutputFormat format() {
    return format;
  }

  /**
   * {@return the object (a descriptor or any part of one) as text, ending with a newline}
   *
   * @param object the object to write
   */
  public String write(DpdsObject object) {
    return write(object.toJson());
  }

  /**
   * {@return a JSON tree (e.g. a resolved descriptor's) as text, ending with a newline}
   *
   * @param tree the tree to write
   */
  public String write(JsonNode tree) {
    try {
      String text = writer.writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing a tree to a string does not fail
    }
  }

  /**
   * Writes the tree to {@code out}, ending with a newline; the writer is not closed.
   *
   * @param tree the tree to write
   * @param out where to write it
   * @throws IOException when {@code out} fails
   */
  public void write(JsonNode tree, Writer out) throws IOException {
    out.write(write(tree));
    out.flush();
  }
}
