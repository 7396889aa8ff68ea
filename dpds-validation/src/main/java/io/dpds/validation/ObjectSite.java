package io.dpds.validation;

import io.dpds.load.Pointers;
import io.dpds.model.DpdsObject;
import io.dpds.model.Port;
import java.util.Objects;

/**
 * One DPDS object of a resolved descriptor with its place: the JSON pointer in the resolved tree and its role.
 *
 * @param pointer RFC 6901 pointer of the object in the resolved descriptor
 * @param role what the spec makes of the object at that position
 * @param object the typed object
 */
public record ObjectSite(String pointer, Role role, DpdsObject object) {

  /**
   * Creates a {@code ObjectSite}; see the class comment for each component.
   *
   * @param pointer RFC 6901 pointer of the object in the resolved descriptor
   * @param role what the spec makes of the object at that position
   * @param object the typed object
   */
  public ObjectSite {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(object, "object");
  }

  /** {@return whether the object sits in the Components Object (reusable, with no effect unless referenced)} */
  public boolean inComponents() {
    return pointer.startsWith("/components/");
  }

  /** {@return the object's title for messages, e.g. {@code Output Port Component}} */
  public String title() {
    return object instanceof Port port ? port.kind().title() + " Component" : role.title();
  }

  /**
   * {@return the pointer of a child field}
   *
   * @param field the field's name
   */
  public String child(String field) {
    return pointer + "/" + Pointers.escape(field);
  }
}
