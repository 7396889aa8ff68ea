package io.dpds.validation;

/** What the spec makes of an object at its position in a descriptor. */
public enum Role {
  /** The root: the Data Product Descriptor itself. */
  ROOT("Data Product Descriptor"),
  /** {@code info}. */
  INFO("Info Object"),
  /** {@code info.owner}. */
  OWNER("Owner Object"),
  /** An item of {@code info.contactPoints}. */
  CONTACT_POINT("Contact Point Object"),
  /** {@code interfaceComponents}. */
  INTERFACE_COMPONENTS("Interface Components Object"),
  /** A port; its {@link io.dpds.model.Port#kind()} tells which. */
  PORT("Port Component"),
  /** A port's {@code promises}. */
  PROMISES("Promises Object"),
  /** A port's {@code expectations}. */
  EXPECTATIONS("Expectations Object"),
  /** A port's {@code obligations}. */
  OBLIGATIONS("Obligations Object"),
  /** A Standard Definition: an API, a template, a policy or another promise, expectation or obligation. */
  STANDARD_DEFINITION("Standard Definition Object"),
  /** {@code internalComponents}. */
  INTERNAL_COMPONENTS("Internal Components Object"),
  /** A task of a stage of {@code internalComponents.lifecycleInfo}. */
  LIFECYCLE_TASK("Lifecycle Task Info Object"),
  /** An application component. */
  APPLICATION("Application Component"),
  /** An infrastructural component. */
  INFRASTRUCTURE("Infrastructural Component"),
  /** {@code components}, the reusable parts. */
  COMPONENTS("Components Object"),
  /** A Reference Object still standing where its target should be (unresolved, or not followed at the position). */
  REFERENCE("Reference Object"),
  /** An External Resource: {@code externalDocs}, or a task's {@code service}. */
  EXTERNAL_RESOURCE("External Resource Object");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /** {@return the object's name in the spec, e.g. {@code Info Object}} */
  public String title() {
    return title;
  }
}
