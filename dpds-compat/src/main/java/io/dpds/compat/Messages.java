package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.Pointers;

/** How changes read in messages: {@code outputport:trips promises.platform changed from 'kafka' to 'pulsar'}. */
final class Messages {

  private static final int LONGEST_VALUE = 60;

  private Messages() {}

  /** What changed where, with the values. */
  static String describe(Change c) {
    String where = where(c);
    return switch (c.type()) {
      case ADDED -> where + " added: " + value(c.newValue().get());
      case REMOVED -> where + " removed (was " + value(c.oldValue().get()) + ")";
      case CHANGED -> where + " changed from " + value(c.oldValue().get()) + " to " + value(c.newValue().get());
    };
  }

  /** The port and the dotted path of the change: {@code outputport:trips promises.api.definition}. */
  static String where(Change c) {
    String field = dotted(c.path());
    if (c.port().isEmpty()) {
      return field.isEmpty() ? "the descriptor" : field;
    }
    return c.port().get() + (field.isEmpty() ? "" : " " + field);
  }

  /** {@code /info/contactPoints/0/name} as {@code info.contactPoints[0].name}. */
  static String dotted(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String token : pointer.split("/")) {
      if (token.isEmpty()) {
        continue;
      }
      String name = Pointers.unescape(token);
      if (name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  /** A value as it reads in a message: scalars quoted, containers abbreviated. */
  static String value(JsonNode node) {
    String text = node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
    return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE - 3) + "...";
  }
}
