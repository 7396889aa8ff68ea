package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

/** The build runs with the Jackson it claims to (the profiles jackson-oldest and jackson-newest). */
class JacksonVersionTest {

  @Test
  void theTestsRunWithTheExpectedJackson() {
    String expected = System.getProperty("jackson.expected", "");
    if (!expected.isEmpty() && !expected.startsWith("${")) {
      assertEquals(expected, PackageVersion.VERSION.toString());
    }
  }
}
