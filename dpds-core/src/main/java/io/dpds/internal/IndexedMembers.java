package io.dpds.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON object node whose members can be read by their position, in their order, without an iterator or an entry
 * object for each: binding reads every member of every object it binds, and Jackson 2.15 offers nothing lighter than
 * {@link JsonNode#fields()}.
 *
 * <p>Not part of the API: may change without notice.
 */
public interface IndexedMembers {

  /**
   * {@return how many members {@link #memberName} and {@link #memberValue} read, or -1 when the members must be read
   * through {@link JsonNode#fields()}} Valid until the node changes, which a node of a load never does.
   */
  int indexedCount();

  /** {@return the name of member {@code i}, from 0 to {@link #indexedCount()} (excluded)} */
  String memberName(int i);

  /** {@return the value of member {@code i}, from 0 to {@link #indexedCount()} (excluded)} */
  JsonNode memberValue(int i);
}
