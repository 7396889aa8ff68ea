package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerdictMemoTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final AtomicInteger made = new AtomicInteger();
  private final VerdictMemo<String> memo = new VerdictMemo<>();

  private String judge(Object context, JsonNode tree) {
    return memo.get(context, null, tree, null, () -> "verdict " + made.incrementAndGet() + " on " + tree);
  }

  private String judgeAt(Object context, String place, String json) throws Exception {
    JsonNode tree = JSON.readTree(json);
    return memo.get(context, place, tree, null, () -> "verdict " + made.incrementAndGet() + " on " + tree);
  }

  /** Judges {@code json} at {@code place}, read from its own bytes as a loader that keeps sources gives them. */
  private String judgeRead(String place, String json) throws Exception {
    JsonNode tree = JSON.readTree(json);
    ByteBuffer source = ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
    return memo.get("avro", place, tree, source, () -> "verdict " + made.incrementAndGet() + " on " + tree);
  }

  @Test
  void aTreeReadFromBytesIsKnownAgainByItsBytesAloneAndWrittenOtherwiseIsJudgedAgain() throws Exception {
    String a = "{\"type\":\"string\"}";
    String spaced = "{ \"type\": \"string\" }";
    assertThat(judgeRead("/p", a)).isEqualTo("verdict 1 on " + a);
    assertThat(judgeRead("/p", a)).isEqualTo("verdict 1 on " + a);
    assertThat(judgeRead("/q", a)).as("the same bytes at another place").isEqualTo("verdict 1 on " + a);
    assertThat(judgeRead("/p", spaced)).as("the same tree, other bytes").isEqualTo("verdict 2 on " + a);
    assertThat(judgeRead("/p", "{\"type\":\"int\"}")).isEqualTo("verdict 3 on {\"type\":\"int\"}");
    assertThat(made).hasValue(3);
    assertThat(memo.lastAt("avro", "/q", JSON.readTree(a), null))
        .as("a tree remembered by its bytes is not matched without them").isNull();
  }

  @Test
  void theBytesDecideAloneSoATreeIsNeverWalkedWhenTheyAreEqual() throws Exception {
    String a = "{\"type\":\"string\"}";
    judgeRead("/p", a);
    JsonNode other = JSON.readTree("{\"type\":\"long\"}"); // the bytes say what was read; the tree is not compared
    ByteBuffer source = ByteBuffer.wrap(a.getBytes(StandardCharsets.UTF_8));
    assertThat(memo.lastAt("avro", "/p", other, source)).isEqualTo("verdict 1 on " + a);
  }

  @Test
  void aTreeWithTooManyBytesIsRememberedByItsTape() throws Exception {
    String large = "{\"doc\":\"" + "x".repeat(VerdictMemo.MAX_SOURCE_BYTES) + "\"}";
    judgeRead("/p", large);
    assertThat(memo.lastAt("avro", "/p", JSON.readTree(large), null)).as("matched by its tape").isNotNull();
    assertThat(made).hasValue(1);
  }

  @Test
  void aPlaceRemembersTheTreeLastJudgedThereAndAnotherTreeThereIsJudgedOnItsOwn() throws Exception {
    String a = "{\"type\":\"string\"}";
    String b = "{\"type\":\"int\"}";
    assertThat(judgeAt("avro", "/p", a)).isEqualTo("verdict 1 on " + a);
    assertThat(judgeAt("avro", "/p", a)).isEqualTo("verdict 1 on " + a);
    assertThat(judgeAt("avro", "/p", b)).as("another tree at the same place").isEqualTo("verdict 2 on " + b);
    assertThat(judgeAt("avro", "/p", a)).as("found by its content").isEqualTo("verdict 1 on " + a);
    assertThat(judgeAt("avro", "/q", b)).isEqualTo("verdict 2 on " + b);
    assertThat(judgeAt("draft-07", "/p", a)).as("the place under another context").isEqualTo("verdict 3 on " + a);
    assertThat(made).hasValue(3);
  }

  @Test
  void aTreeWrittenAlikeInAnotherDocumentGetsTheRememberedVerdict() throws Exception {
    String first = judge("avro", JSON.readTree("{\"type\":\"record\",\"fields\":[{\"name\":\"a\",\"default\":1.5}]}"));
    String again = judge("avro", JSON.readTree("{\"type\":\"record\",\"fields\":[{\"name\":\"a\",\"default\":1.5}]}"));
    assertThat(again).isEqualTo(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void memberOrderContextAndNumbersAsWrittenEachMakeAnotherTree() throws Exception {
    judge("avro", JSON.readTree("{\"a\":1,\"b\":2}"));
    judge("avro", JSON.readTree("{\"b\":2,\"a\":1}"));
    judge("draft-07", JSON.readTree("{\"a\":1,\"b\":2}"));
    JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    judge("avro", nodes.objectNode().set("d", nodes.numberNode(new BigDecimal("1.0"))));
    judge("avro", nodes.objectNode().set("d", nodes.numberNode(new BigDecimal("1.00"))));
    judge("avro", nodes.objectNode().set("d", nodes.numberNode(1L)));
    judge("avro", nodes.objectNode().set("d", nodes.numberNode(1)));
    judge("avro", nodes.objectNode().set("d", nodes.textNode("1")));
    assertThat(made).hasValue(8);
    judge("avro", nodes.objectNode().set("d", nodes.numberNode(new BigDecimal("1.00"))));
    assertThat(made).as("each of them is remembered").hasValue(8);
  }

  @Test
  void theMemoKeepsItsOwnCopySoALaterChangeOfTheJudgedTreeIsNotMistakenForIt() throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree("{\"type\":\"string\"}");
    judge("avro", tree);
    tree.put("type", "strng");
    judge("avro", tree);
    assertThat(made).hasValue(2);
    judge("avro", JSON.readTree("{\"type\":\"string\"}"));
    assertThat(made).as("the first verdict is still the one on the tree as it was").hasValue(2);
  }

  @Test
  void theMemoForgetsEveryVerdictAndPlaceOnceItWouldHoldMoreBytesThanItMay() throws Exception {
    VerdictMemo<String> small = new VerdictMemo<>(64 * 1024);
    String first = sized(0, 500);
    judgeReadIn(small, "/0", first);
    for (int i = 1; i < 10; i++) {
      judgeReadIn(small, "/" + i, sized(i, 500));
    }
    assertThat(small.lastAt("avro", "/0", JSON.readTree(first), source(first))).as("10 of 500 bytes: all held")
        .isEqualTo("verdict 1 on " + JSON.readTree(first));
    for (int i = 10; i < 2 * 64 * 1024 / 500; i++) { // twice what it may hold
      judgeReadIn(small, "/" + i, sized(i, 500));
    }
    assertThat(small.lastAt("avro", "/0", JSON.readTree(first), source(first))).as("the place forgotten").isNull();
    int madeSoFar = made.get();
    judgeReadIn(small, "/other", first);
    assertThat(made).as("the verdict forgotten").hasValue(madeSoFar + 1);
  }

  @Test
  void aVerdictThatAloneWouldHoldMoreThanItsShareIsNotRemembered() throws Exception {
    VerdictMemo<String> small = new VerdictMemo<>(64 * 1024); // a share of 1 KiB
    String large = sized(0, 2 * 1024);
    judgeReadIn(small, "/p", large);
    judgeReadIn(small, "/p", large);
    assertThat(made).as("by its bytes").hasValue(2);
    JsonNode tree = JSON.readTree(large);
    small.get("avro", "/p", tree, null, () -> "verdict " + made.incrementAndGet());
    small.get("avro", "/p", tree, null, () -> "verdict " + made.incrementAndGet());
    assertThat(made).as("by its tape, which holds its text").hasValue(4);
    assertThat(small.lastAt("avro", "/p", tree, null)).isNull();
  }

  /** A tree of its own for {@code i}, about {@code bytes} bytes long as written. */
  private static String sized(int i, int bytes) {
    String head = "{\"type\":\"record\",\"name\":\"R" + i + "\",\"doc\":\"";
    return head + "x".repeat(bytes - head.length() - 2) + "\"}";
  }

  private static ByteBuffer source(String json) {
    return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
  }

  private String judgeReadIn(VerdictMemo<String> in, String place, String json) throws Exception {
    JsonNode tree = JSON.readTree(json);
    return in.get("avro", place, tree, source(json), () -> "verdict " + made.incrementAndGet() + " on " + tree);
  }

  @Test
  void aTreeLargerThanTheBoundWithoutItsBytesIsJudgedEveryTime() {
    ArrayNode large = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < VerdictMemo.MAX_NODES; i++) {
      large.add(i);
    }
    judge("avro", large);
    judge("avro", large);
    assertThat(made).hasValue(2);
  }

  @Test
  void aTreeOfMoreNodesThanTheBoundIsRememberedByItsBytes() throws Exception {
    StringBuilder json = new StringBuilder("[0");
    for (int i = 1; i < 3 * VerdictMemo.MAX_NODES; i++) {
      json.append(',').append(i);
    }
    String large = json.append(']').toString();
    judgeRead("/p", large);
    judgeRead("/p", large);
    judgeRead("/q", large);
    assertThat(made).as("judged once").hasValue(1);
  }

  @Test
  void aTreeMatchesItsOwnEncodingAndNoOther() throws Exception {
    String[] trees = {"[1,{\"a\":[true,null]}]", "[2,1]", "[1,2]", "{\"a\":1}", "{\"b\":1}", "{\"a\":1,\"b\":2}",
        "\"1\"", "1", "1.0", "\"a:1\"", "{\"a:\":\"\"}", "{\"a\":\":\"}", "[[]]", "[[],[]]", "{}", "[]", "\"\"",
        "true", "false", "null", "[true]", "[false]", "{\"1\":1}", "[\"1\"]",
        "\"" + "x".repeat(65_535) + "\"", "\"" + "x".repeat(65_536) + "\"", "\"" + "x".repeat(131_071) + "\""};
    for (String a : trees) {
      Object[] tape = VerdictMemo.encode(JSON.readTree(a));
      for (String b : trees) {
        assertThat(VerdictMemo.matches(JSON.readTree(b), tape)).as(b + " against the tape of " + a)
            .isEqualTo(a.equals(b));
      }
    }
  }
}
