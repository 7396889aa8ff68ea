package io.dpds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each plain scalar reads as under the YAML 1.2 core schema. */
class YamlCoreSchemaTest {

  @Test
  void plainScalarsReadAsTheCoreSchemaSays() {
    Map<String, String> expected = new LinkedHashMap<>(); // scalar -> the JSON it reads as, or "string"
    for (String nothing : new String[] {"", "~", "null", "Null", "NULL"}) {
      expected.put(nothing, "null");
    }
    for (String yes : new String[] {"true", "True", "TRUE"}) {
      expected.put(yes, "true");
    }
    for (String no : new String[] {"false", "False", "FALSE"}) {
      expected.put(no, "false");
    }
    expected.put("1", "1");
    expected.put("-1", "-1");
    expected.put("+7", "7");
    expected.put("0o17", "15");
    expected.put("0x1F", "31");
    expected.put("4294967296", "4294967296");
    expected.put("1.5", "1.5");
    expected.put("-.5", "-0.5");
    expected.put(".5", "0.5");
    expected.put("1e3", "1E+3");
    expected.put("+1.0E-2", "0.010");
    for (String text : new String[] {"nULL", "tRue", "FALSe", "name", "nullable", "trueish", "~x", "0o", "0o8", "12abc",
        "1_000", ".inf", "-.Inf", ".nan", "x-1", "-", "+", ".", "1.2.3", "Events of kind 1"}) {
      expected.put(text, "string");
    }
    expected.forEach((plain, reads) -> {
      JsonNode value = YamlCoreSchema.resolve(plain);
      assertThat(value == null ? "string" : value.toString()).as(plain).isEqualTo(reads);
      assertThat(YamlCoreSchema.needsQuotes(plain)).as(plain)
          .isEqualTo(value != null || YamlCoreSchema.isInfinityOrNaN(plain));
    });
  }

  @Test
  void infinityAndNaNAreRecognisedForTheWriterToQuote() {
    for (String special : new String[] {".inf", ".Inf", ".INF", "-.inf", "+.INF", ".nan", ".NaN", ".NAN"}) {
      assertThat(YamlCoreSchema.isInfinityOrNaN(special)).as(special).isTrue();
      assertThat(YamlCoreSchema.needsQuotes(special)).as(special).isTrue();
    }
    for (String other : new String[] {"inf", "nan", "-.nan", ".infinity", "", "1"}) {
      assertThat(YamlCoreSchema.isInfinityOrNaN(other)).as(other).isFalse();
    }
  }
}
