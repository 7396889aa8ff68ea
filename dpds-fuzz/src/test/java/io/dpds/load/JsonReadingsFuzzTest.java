package io.dpds.load;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes, read as a JSON document by the project's scanner and by Jackson's parser alone: the two readings are the
 * same (tree, node types, every node's and key's location, kept bytes, diagnostics). In the package of the readers,
 * which are not public.
 */
class JsonReadingsFuzzTest {

  @FuzzTest(maxDuration = "15s")
  void scannerReadsAsJackson(byte[] input) {
    JsonReadings.assertSameAsJackson(input);
  }
}
