package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.report.ReportFormat;
import io.dpds.report.Severity;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values chosen from an enum, in any case, with the choices named when the value is not one. */
final class Choices {

  private Choices() {}

  static <E extends Enum<E>> E choose(Class<E> type, String value, String expected) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("expected " + expected + ", not '" + value + "'");
    }
  }

  static final class FormatChoice implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return choose(ReportFormat.class, value, "text, json, sarif, junit or markdown");
    }
  }

  /** The output of commands that print either text for people or JSON for tools. */
  enum TextOrJson {
    TEXT,
    JSON
  }

  static final class TextOrJsonChoice implements ITypeConverter<TextOrJson> {
    @Override
    public TextOrJson convert(String value) {
      return choose(TextOrJson.class, value, "text or json");
    }
  }

  static final class SeverityChoice implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return choose(Severity.class, value, "error, warning or info");
    }

    /**
     * {@return the least severity of a validation finding that fails a command: {@code option} when given, else the
     * configuration's {@code failOn} of {@code validate}, else error}
     */
    static Severity failOn(@Nullable Severity option, ProjectConfig config) {
      return option != null ? option
          : config.failOn("validate").map(new SeverityChoice()::convert).orElse(Severity.ERROR);
    }
  }
}
