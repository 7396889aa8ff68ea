package io.dpds.spi.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void overlappingValuesAreRedactedWhole() {
    Secrets secrets = Secrets.of(Map.of("a", "abcdefg", "b", "efg12345678"));

    assertThat(secrets.redact("key=abcdefg12345678 end")).isEqualTo("key=*** end");
    assertThat(secrets.redact("abcdefg and efg12345678")).isEqualTo("*** and ***");
  }

  @Test
  void urlEncodedAndJsonEscapedFormsAreRedactedToo() {
    Secrets secrets = Secrets.of(Map.of("p", "p@ss w/rd\"x"));

    assertThat(secrets.redact("https://u:p%40ss+w%2Frd%22x@host")).isEqualTo("https://u:***@host");
    assertThat(secrets.redact("https://u:p%40ss%20w%2Frd%22x@host")).isEqualTo("https://u:***@host");
    assertThat(secrets.redact("{\"password\":\"p@ss w/rd\\\"x\"}")).isEqualTo("{\"password\":\"***\"}");
    assertThat(secrets.redact("p@ss w/rd\"x")).isEqualTo("***");
  }

  @Test
  void shortValuesNullAndTextWithoutSecretsAreLeftAlone() {
    Secrets secrets = Secrets.of(Map.of("pin", "123", "key", "k3y-value"));

    assertThat(secrets.redact("pin 123")).isEqualTo("pin 123");
    assertThat(secrets.redact(null)).isNull();
    assertThat(secrets.redact("nothing here")).isEqualTo("nothing here");
    assertThat(Secrets.none().redact("k3y-value")).isEqualTo("k3y-value");
    assertThat(secrets.toString()).doesNotContain("k3y-value");
  }
}
