package io.dpds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The YAML 1.2 core schema for plain scalars: which plain text reads as null, a boolean, an integer or a float. The
 * reader types scalars with it, and the writer quotes every string it would not read back as a string.
 *
 * <p>Not part of the API: may change without notice.
 */
public final class YamlCoreSchema {

  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern NOT_A_NUMBER = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");
  /** Longer plain scalars are read as strings; a number this long is almost surely not meant as one. */
  private static final int MAX_NUMBER_LENGTH = 1_000;

  /**
   * {@return the value of a plain scalar, or null when it is a string (infinity and NaN included: JSON has neither)}
   *
   * @param plain the scalar's text
   */
  public static JsonNode resolve(String plain) {
    if (plain.isEmpty()) {
      return NullNode.instance;
    }
    if (plain.length() > MAX_NUMBER_LENGTH) {
      return null;
    }
    char first = plain.charAt(0);
    if (first != '-' && first != '+' && first != '.' && (first < '0' || first > '9')) {
      return word(plain); // no number starts otherwise: most scalars are decided here without a pattern
    }
    if (INT.matcher(plain).matches()) {
      return integer(new BigInteger(plain.startsWith("+") ? plain.substring(1) : plain));
    }
    if (OCT.matcher(plain).matches()) {
      return integer(new BigInteger(plain.substring(2), 8));
    }
    if (HEX.matcher(plain).matches()) {
      return integer(new BigInteger(plain.substring(2), 16));
    }
    if (FLOAT.matcher(plain).matches()) {
      return DecimalNode.valueOf(new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain));
    }
    return null;
  }

  /**
   * {@return whether a plain scalar spells infinity or NaN, which JSON cannot hold}
   *
   * @param plain the scalar's text
   */
  public static boolean isInfinityOrNaN(String plain) {
    char first = plain.isEmpty() ? ' ' : plain.charAt(0);
    return (first == '-' || first == '+' || first == '.') && NOT_A_NUMBER.matcher(plain).matches();
  }

  /** The null or boolean a plain scalar that cannot be a number spells; null for a string. */
  private static JsonNode word(String plain) {
    return switch (plain) {
      case "~", "null", "Null", "NULL" -> NullNode.instance;
      case "true", "True", "TRUE" -> BooleanNode.TRUE;
      case "false", "False", "FALSE" -> BooleanNode.FALSE;
      default -> null;
    };
  }

  /**
   * {@return whether {@code text}, written plain, would read back as something other than that string}
   *
   * @param text the text
   */
  public static boolean needsQuotes(String text) {
    return resolve(text) != null || isInfinityOrNaN(text);
  }

  /**
   * {@return whether {@code text} is the name of a boolean in YAML 1.2 ({@code true}, {@code False}, ...)}
   *
   * @param text the text
   */
  public static boolean isBoolean(String text) {
    return TRUE.matcher(text).matches() || FALSE.matcher(text).matches();
  }

  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return IntNode.valueOf(value.intValue());
    }
    if (value.bitLength() < 64) {
      return LongNode.valueOf(value.longValue());
    }
    return BigIntegerNode.valueOf(value);
  }

  private YamlCoreSchema() {}
}
