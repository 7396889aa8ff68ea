package io.dpds.policy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A path whose brackets, parentheses or quotes do not pair up is refused with the character at fault. */
class PathSpecTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$.ports[?(@.promises.servicesType == 'streaming-services'| '(' at character 10 is never closed",
      "$.a[| '[' at character 4 is never closed",
      "$.a)| ')' at character 4 closes nothing",
      "$.a[?(@.b)]]| ']' at character 12 closes nothing",
      "$.a[?(@.b])| ']' at character 10 does not close the '(' at character 6",
      "$.a[?(@.b == 'x)]| the quote at character 14 is never closed",
      "$.a[?(@.b =~ /x[)]| the regular expression at character 14 is never closed",
      "$..[| '[' at character 4 is never closed",
  })
  void anUnbalancedPathIsRefusedWithTheCharacterAtFault(String path, String reason) {
    assertThatThrownBy(() -> PathSpec.compile(path)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(reason.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "$.interfaceComponents.*[?(@.promises.servicesType == 'streaming-services')]",
      "$.a[?(@.b =~ /x[(]/i)]", "$.a[?(@.b == ')' || @.c == \"]\")]", "$.a['b\\'c']", "promises.api", "@.tags[0]",
      "$api.asyncapi", "$payloads[*].schema",
  })
  void aBalancedPathCompiles(String path) {
    assertThatCode(() -> PathSpec.compile(path)).doesNotThrowAnyException();
  }
}
