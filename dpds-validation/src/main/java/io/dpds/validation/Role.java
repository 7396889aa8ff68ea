package io.dpds.validation;

/** What the spec makes of an object at its position in a descriptor. */
public enum Role {
  ROOT("Data Product Descriptor"),
  INFO("Info Object"),
  OWNER("Owner Object"),
  CONTACT_POINT("Contact Point Object"),
  INTERFACE_COMPONENTS("Interface Components Object"),
  /** A port; its {@link io.dpds.model.Port#kind()} tells which. */
  PORT("Port Component"),
  PROMISES("Promises Object"),
  EXPECTATIONS("Expectations Object"),
  OBLIGATIONS("Obligations Object"),
  STANDARD_DEFINITION("Standard Definition Object"),
  INTERNAL_COMPONENTS("Internal Components Object"),
  LIFECYCLE_TASK("Lifecycle Task Info Object"),
  APPLICATION("Application Component"),
  INFRASTRUCTURE("Infrastructural Component"),
  COMPONENTS("Components Object"),
  /** A Reference Object still standing where its target should be (unresolved, or not followed at the position). */
  REFERENCE("Reference Object"),
  EXTERNAL_RESOURCE("External Resource Object");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /** The object's name in the spec, e.g. {@code Info Object}. */
  public String title() {
    return title;
  }
}
