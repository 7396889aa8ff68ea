package io.dpds.model;

import static io.dpds.model.FieldType.DEFINITION;
import static io.dpds.model.FieldType.INT32;
import static io.dpds.model.FieldType.JSON;
import static io.dpds.model.FieldType.LINK;
import static io.dpds.model.FieldType.TEXT_LIST;
import static io.dpds.model.FieldType.map;
import static io.dpds.model.FieldType.object;
import static io.dpds.model.FieldType.objects;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The DPDS 1.0.0 object catalogue as data: each object's fixed fields in spec order (spec notes, section 2), whether
 * it takes {@code x-} extensions, whether a Reference Object may stand in its place, and the DRAFT-era fields kept
 * visible. Closed objects (Interface Components, Internal Components, Reference, External Resource) take no
 * extensions.
 */
final class Shapes {

  static final Shape<ExternalResource> EXTERNAL_RESOURCE =
      Shape.of("External Resource Object", false, ExternalResource::new)
          .text("description", "mediaType", "$href")
          .build();

  static final Shape<Reference> REFERENCE =
      Shape.of("Reference Object", false, Reference::new).text("$ref", "description", "mediaType").build();

  static final Shape<Owner> OWNER = Shape.of("Owner Object", true, Owner::new).text("id", "name").build();

  static final Shape<ContactPoint> CONTACT_POINT =
      Shape.of("Contact Point Object", true, ContactPoint::new)
          .text("name", "description", "channel", "address")
          .build();

  static final Shape<Info> INFO =
      Shape.of("Info Object", true, Info::new)
          .text("id", "fullyQualifiedName", "entityType", "name", "version", "displayName", "description", "domain")
          .field("owner", object(() -> OWNER))
          .field("contactPoints", objects(() -> CONTACT_POINT))
          .build();

  static final Shape<StandardDefinition> STANDARD_DEFINITION =
      Shape.of("Standard Definition Object", true, StandardDefinition::new)
          .entity()
          .text("componentGroup", "specification", "specificationVersion")
          .field("definition", DEFINITION)
          .field("tags", TEXT_LIST)
          .field("externalDocs", object(() -> EXTERNAL_RESOURCE))
          .referable()
          .build();

  static final Shape<Promises> PROMISES =
      Shape.of("Promises Object", true, Promises::new)
          .text("platform", "servicesType")
          .field("api", object(() -> STANDARD_DEFINITION))
          .field("deprecationPolicy", object(() -> STANDARD_DEFINITION))
          .field("slo", object(() -> STANDARD_DEFINITION))
          .referable()
          .build();

  static final Shape<Expectations> EXPECTATIONS =
      Shape.of("Expectations Object", true, Expectations::new)
          .field("audience", object(() -> STANDARD_DEFINITION))
          .field("usage", object(() -> STANDARD_DEFINITION))
          .referable()
          .build();

  static final Shape<Obligations> OBLIGATIONS =
      Shape.of("Obligations Object", true, Obligations::new)
          .field("termsAndConditions", object(() -> STANDARD_DEFINITION))
          .field("billingPolicy", object(() -> STANDARD_DEFINITION))
          .field("sla", object(() -> STANDARD_DEFINITION))
          .referable()
          .build();

  private static final Map<PortKind, Shape<Port>> PORTS = new EnumMap<>(PortKind.class);

  static {
    for (PortKind kind : PortKind.values()) {
      PORTS.put(
          kind,
          Shape.of(kind.title() + " Component", true, properties -> new Port(kind, properties))
              .entity()
              .text("componentGroup")
              .field("promises", object(() -> PROMISES))
              .field("expectations", object(() -> EXPECTATIONS))
              .field("obligations", object(() -> OBLIGATIONS))
              .field("tags", TEXT_LIST)
              .field("externalDocs", object(() -> EXTERNAL_RESOURCE))
              .draft("contracts", object(() -> OBLIGATIONS))
              .referable()
              .build());
    }
  }

  static final Shape<LifecycleTask> LIFECYCLE_TASK =
      Shape.of("Lifecycle Task Info Object", true, LifecycleTask::new)
          .text("name")
          .field("order", INT32)
          .field("service", LINK)
          .field("template", object(() -> STANDARD_DEFINITION))
          .field("configurations", JSON)
          .build();

  static final Shape<ApplicationComponent> APPLICATION =
      Shape.of("Application Component", true, ApplicationComponent::new)
          .entity()
          .text("platform", "applicationType")
          .field("consumesFrom", TEXT_LIST)
          .field("providesTo", TEXT_LIST)
          .field("dependsOn", TEXT_LIST)
          .text("componentGroup")
          .field("tags", TEXT_LIST)
          .field("externalDocs", object(() -> EXTERNAL_RESOURCE))
          .draft("buildInfo", object(() -> LIFECYCLE_TASK))
          .draft("deployInfo", object(() -> LIFECYCLE_TASK))
          .referable()
          .build();

  static final Shape<InfrastructuralComponent> INFRASTRUCTURE =
      Shape.of("Infrastructural Component", true, InfrastructuralComponent::new)
          .entity()
          .text("platform", "infrastructureType")
          .field("dependsOn", TEXT_LIST)
          .text("componentGroup")
          .field("tags", TEXT_LIST)
          .field("externalDocs", object(() -> EXTERNAL_RESOURCE))
          .draft("provisionInfo", object(() -> LIFECYCLE_TASK))
          .referable()
          .build();

  static final Shape<InterfaceComponents> INTERFACE_COMPONENTS;
  static final Shape<Components> COMPONENTS;

  static {
    var ports = Shape.of("Interface Components Object", false, InterfaceComponents::new);
    var components = Shape.of("Components Object", true, Components::new);
    for (PortKind kind : PortKind.values()) {
      ports.field(kind.field(), objects(() -> port(kind)));
      components.field(kind.field(), map(object(() -> port(kind))));
    }
    INTERFACE_COMPONENTS = ports.build();
    COMPONENTS =
        components
            .field("applicationComponents", map(object(() -> APPLICATION)))
            .field("infrastructuralComponents", map(object(() -> INFRASTRUCTURE)))
            .field("apis", map(object(() -> STANDARD_DEFINITION)))
            .field("templates", map(object(() -> STANDARD_DEFINITION)))
            .build();
  }

  static final Shape<InternalComponents> INTERNAL_COMPONENTS =
      Shape.of("Internal Components Object", false, InternalComponents::new)
          .field("lifecycleInfo", map(objects(() -> LIFECYCLE_TASK)))
          .field("applicationComponents", objects(() -> APPLICATION))
          .field("infrastructuralComponents", objects(() -> INFRASTRUCTURE))
          .build();

  static final Shape<DataProductDescriptor> DESCRIPTOR =
      Shape.of("Data Product Descriptor", true, DataProductDescriptor::new)
          .text("dataProductDescriptor")
          .field("info", object(() -> INFO))
          .field("interfaceComponents", object(() -> INTERFACE_COMPONENTS))
          .field("internalComponents", object(() -> INTERNAL_COMPONENTS))
          .field("components", object(() -> COMPONENTS))
          .field("tags", TEXT_LIST)
          .field("externalDocs", object(() -> EXTERNAL_RESOURCE))
          .build();

  private static final Map<Class<?>, Shape<?>> BY_CLASS = Map.ofEntries(
      Map.entry(ExternalResource.class, EXTERNAL_RESOURCE), Map.entry(Reference.class, REFERENCE),
      Map.entry(Owner.class, OWNER), Map.entry(ContactPoint.class, CONTACT_POINT), Map.entry(Info.class, INFO),
      Map.entry(StandardDefinition.class, STANDARD_DEFINITION), Map.entry(Promises.class, PROMISES),
      Map.entry(Expectations.class, EXPECTATIONS), Map.entry(Obligations.class, OBLIGATIONS),
      Map.entry(LifecycleTask.class, LIFECYCLE_TASK), Map.entry(ApplicationComponent.class, APPLICATION),
      Map.entry(InfrastructuralComponent.class, INFRASTRUCTURE),
      Map.entry(InterfaceComponents.class, INTERFACE_COMPONENTS), Map.entry(Components.class, COMPONENTS),
      Map.entry(InternalComponents.class, INTERNAL_COMPONENTS), Map.entry(DataProductDescriptor.class, DESCRIPTOR));

  /** {@return the shape objects of {@code type} are bound as; null for a port (see {@link #port}) or another class} */
  static @Nullable Shape<?> of(Class<?> type) {
    return BY_CLASS.get(type);
  }

  static Shape<Port> port(PortKind kind) {
    return PORTS.get(kind);
  }

  private Shapes() {}
}
