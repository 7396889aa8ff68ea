package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dpds.spi.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored formats are pinned: what earlier versions wrote still reads, and what is written does not drift. */
class StoredJsonTest {

  private static final VersionRecord RECORD = new VersionRecord("urn:dpds:acme:dataproducts:trips",
      "urn:dpds:acme:dataproducts:trips:1", "trips", "1.2.0", "logistics", "jane@acme.com", List.of("gold"),
      VersionRecord.Status.PUBLISHED, Instant.parse("2026-12-03T10:15:30Z"), "sha256:ab");

  @Test
  void aStoredVersionIsItsRecordAndItsDescriptor() {
    StoredVersions.Stored stored = new StoredVersions.Stored(RECORD,
        JsonNodeFactory.instance.objectNode().put("dataProductDescriptor", "1.0.0"));

    String json = new String(stored.bytes(), StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("{\"record\":{\"product\":\"urn:dpds:acme:dataproducts:trips\","
        + "\"fqn\":\"urn:dpds:acme:dataproducts:trips:1\",\"name\":\"trips\",\"version\":\"1.2.0\","
        + "\"domain\":\"logistics\",\"owner\":\"jane@acme.com\",\"tags\":[\"gold\"],\"status\":\"PUBLISHED\","
        + "\"publishedAt\":\"2026-12-03T10:15:30Z\",\"digest\":\"sha256:ab\"},"
        + "\"descriptor\":{\"dataProductDescriptor\":\"1.0.0\"}}");
    assertThat(StoredVersions.Stored.read(stored.bytes(), "p", "1.2.0")).isEqualTo(stored);
  }

  @Test
  void anAuditEntryReadsBackWithAMissingStageAndFieldsItDoesNotKnow() {
    AuditEntry entry = new AuditEntry(Instant.parse("2026-12-03T10:15:30Z"), "c1", "p", "1.0.0", null,
        "gate:validation", "passed", "", 12);

    byte[] bytes = StoredJson.write(entry);
    String later = new String(bytes, StandardCharsets.UTF_8).replace("}", ",\"addedLater\":true}");

    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"at\":\"2026-12-03T10:15:30Z\"",
        "\"stage\":null", "\"millis\":12");
    assertThat(StoredJson.read(later.getBytes(StandardCharsets.UTF_8), AuditEntry.class, "audit entry"))
        .isEqualTo(entry);
  }

  @Test
  void whatIsNotAStoredValueIsAStoreExceptionNamingItWhereAndWhat() {
    assertThatThrownBy(() -> DeploymentRecord.read("{\n  \"state\": 5,\n  not json".getBytes(StandardCharsets.UTF_8),
        "d-42")).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("The stored deployment d-42 cannot be read (line 2, column 12: ")
        .hasMessageContaining("restore it from a backup").hasMessageNotContaining("com.fasterxml");
    assertThatThrownBy(() -> StoredVersions.Stored.read("{\"record\": {\"publishedAt\": \"abc\"}}"
        .getBytes(StandardCharsets.UTF_8), "urn:dpds:acme:dataproducts:trips", "1.2.0"))
        .hasMessageStartingWith("The stored version 1.2.0 of urn:dpds:acme:dataproducts:trips cannot be read (")
        .hasMessageNotContaining("For input string");
  }
}
