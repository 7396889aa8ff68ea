package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.Pointers;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.Components;
import io.dpds.model.ContactPoint;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.DpdsObject;
import io.dpds.model.ExternalResource;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.InterfaceComponents;
import io.dpds.model.InternalComponents;
import io.dpds.model.LifecycleTask;
import io.dpds.model.ModelJson;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import io.dpds.model.StandardDefinition;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lists every DPDS object of a descriptor in document order with its pointer, role and node, once per validation. The
 * typed model mirrors the resolved tree, so pointers built from it address the same nodes, each found from its
 * parent's while walking; a field whose JSON value has the wrong type is not walked (the schema check reports it).
 * Each object is handed on as soon as it is found, a parent before its children, so that the checks may look at a
 * stretch of objects while the walk has just read them.
 */
final class ObjectWalk {

  /** Where the walk hands each object it finds, with the node of the resolved tree the object was bound from. */
  interface Lister {
    void listed(ObjectSite site, JsonNode node);
  }

  private final Lister lister;

  private ObjectWalk(Lister lister) {
    this.lister = lister;
  }

  /** Hands every DPDS object of {@code descriptor}, whose resolved tree is {@code tree}, to {@code lister}. */
  static void walk(DataProductDescriptor descriptor, JsonNode tree, Lister lister) {
    new ObjectWalk(lister).root(descriptor, tree);
  }

  /** An object listed, with its node: where the walk goes on to its children. */
  private record Placed(ObjectSite site, JsonNode node) {
    /** The pointer of one of the object's fixed fields, whose names need no escaping. */
    String child(String field) {
      return site.pointer() + "/" + field;
    }

    JsonNode path(String field) {
      return node.path(field);
    }
  }

  private Placed add(String pointer, Role role, DpdsObject object, JsonNode node) {
    ObjectSite site = new ObjectSite(pointer, role, object);
    lister.listed(site, node);
    return new Placed(site, node);
  }

  /** A placed object's child object: its pointer and node, found from the parent's own. */
  private Placed add(Placed parent, String field, Role role, DpdsObject object) {
    return add(parent.child(field), role, object, parent.path(field));
  }

  private void root(DataProductDescriptor d, JsonNode tree) {
    Placed root = add("", Role.ROOT, d, tree);
    d.info().ifPresent(info -> {
      Placed at = add(root, "info", Role.INFO, info);
      info.owner().ifPresent(owner -> add(at, "owner", Role.OWNER, owner));
      each(info.contactPoints(), at, "contactPoints", bound(ContactPoint.class),
          (p, n, c) -> add(p, Role.CONTACT_POINT, c, n));
    });
    d.interfaceComponents().ifPresent(ports -> interfaceComponents(root, ports));
    d.internalComponents().ifPresent(internal -> internalComponents(root, internal));
    d.components().ifPresent(components -> components(root, components));
    externalDocs(root, d.externalDocs());
  }

  private void interfaceComponents(Placed root, InterfaceComponents ports) {
    Placed at = add(root, "interfaceComponents", Role.INTERFACE_COMPONENTS, ports);
    for (Iterator<String> fields = at.node().fieldNames(); fields.hasNext(); ) { // as written: first uses first
      PortKind kind = PortKind.fromField(fields.next());
      if (kind != null) {
        each(ports.ports(kind), at, kind.field(), item -> ModelJson.toPortSharing(kind, item), this::port);
      }
    }
  }

  private void internalComponents(Placed root, InternalComponents internal) {
    Placed at = add(root, "internalComponents", Role.INTERNAL_COMPONENTS, internal);
    for (Iterator<String> fields = at.node().fieldNames(); fields.hasNext(); ) { // as written
      switch (fields.next()) {
        case "lifecycleInfo" -> {
          String stages = at.child("lifecycleInfo");
          JsonNode stageNodes = at.path("lifecycleInfo");
          Map<String, List<LifecycleTask>> lifecycle = internal.lifecycleInfo(); // empty when a stage is mistyped
          for (Iterator<String> names = stageNodes.fieldNames(); names.hasNext(); ) {
            String stage = names.next();
            each(lifecycle.getOrDefault(stage, List.of()), stages + "/" + Pointers.escape(stage),
                stageNodes.path(stage), bound(LifecycleTask.class), this::task);
          }
        }
        case "applicationComponents" ->
            each(internal.applicationComponents(), at, "applicationComponents", bound(ApplicationComponent.class),
                this::application);
        case "infrastructuralComponents" ->
            each(internal.infrastructuralComponents(), at, "infrastructuralComponents",
                bound(InfrastructuralComponent.class), this::infrastructure);
        default -> { } // not a field of the object: the property check reports it
      }
    }
  }

  private void components(Placed root, Components components) {
    Placed at = add(root, "components", Role.COMPONENTS, components);
    for (PortKind kind : PortKind.values()) {
      entries(components.ports(kind), at, kind.field(), item -> ModelJson.toPortSharing(kind, item), this::port);
    }
    entries(components.applicationComponents(), at, "applicationComponents", bound(ApplicationComponent.class),
        this::application);
    entries(components.infrastructuralComponents(), at, "infrastructuralComponents",
        bound(InfrastructuralComponent.class), this::infrastructure);
    entries(components.apis(), at, "apis", bound(StandardDefinition.class), this::definition);
    entries(components.templates(), at, "templates", bound(StandardDefinition.class), this::definition);
  }

  private void port(String pointer, JsonNode node, Port port) {
    if (stub(pointer, node, port)) {
      return;
    }
    Placed at = add(pointer, Role.PORT, port, node);
    port.promises().ifPresent(p -> {
      if (p.reference().isEmpty()) {
        Placed promises = add(at, "promises", Role.PROMISES, p);
        definition(promises, "api", p.api());
        definition(promises, "deprecationPolicy", p.deprecationPolicy());
        definition(promises, "slo", p.slo());
      } else {
        add(at, "promises", Role.REFERENCE, p);
      }
    });
    port.expectations().ifPresent(e -> {
      if (e.reference().isEmpty()) {
        Placed expectations = add(at, "expectations", Role.EXPECTATIONS, e);
        definition(expectations, "audience", e.audience());
        definition(expectations, "usage", e.usage());
      } else {
        add(at, "expectations", Role.REFERENCE, e);
      }
    });
    port.obligations().ifPresent(o -> {
      if (o.reference().isEmpty()) {
        Placed obligations = add(at, "obligations", Role.OBLIGATIONS, o);
        definition(obligations, "termsAndConditions", o.termsAndConditions());
        definition(obligations, "billingPolicy", o.billingPolicy());
        definition(obligations, "sla", o.sla());
      } else {
        add(at, "obligations", Role.REFERENCE, o);
      }
    });
    externalDocs(at, port.externalDocs());
  }

  private void definition(Placed parent, String field, Optional<StandardDefinition> definition) {
    if (definition.isPresent()) { // no lambda made for every object that may have one
      definition(parent.child(field), parent.path(field), definition.get());
    }
  }

  private void definition(String pointer, JsonNode node, StandardDefinition definition) {
    if (!stub(pointer, node, definition)) {
      externalDocs(add(pointer, Role.STANDARD_DEFINITION, definition, node), definition.externalDocs());
    }
  }

  private void task(String pointer, JsonNode node, LifecycleTask task) {
    Placed at = add(pointer, Role.LIFECYCLE_TASK, task, node);
    task.service().ifPresent(s -> add(at, "service", Role.EXTERNAL_RESOURCE, s));
    task.serviceReference().ifPresent(s -> add(at, "service", Role.REFERENCE, s));
    definition(at, "template", task.template());
  }

  private void application(String pointer, JsonNode node, ApplicationComponent application) {
    if (!stub(pointer, node, application)) {
      externalDocs(add(pointer, Role.APPLICATION, application, node), application.externalDocs());
    }
  }

  private void infrastructure(String pointer, JsonNode node, InfrastructuralComponent infrastructure) {
    if (!stub(pointer, node, infrastructure)) {
      externalDocs(add(pointer, Role.INFRASTRUCTURE, infrastructure, node), infrastructure.externalDocs());
    }
  }

  private boolean stub(String pointer, JsonNode node, Component component) {
    if (component.reference().isEmpty()) {
      return false;
    }
    add(pointer, Role.REFERENCE, component, node);
    return true;
  }

  private void externalDocs(Placed owner, Optional<ExternalResource> docs) {
    if (docs.isPresent()) {
      add(owner, "externalDocs", Role.EXTERNAL_RESOURCE, docs.get());
    }
  }

  private interface Visitor<T> {
    void visit(String pointer, JsonNode node, T value);
  }

  private static <T extends DpdsObject> Function<JsonNode, T> bound(Class<T> type) {
    return item -> ModelJson.toObjectSharing(type, item);
  }

  private <T> void each(List<T> items, Placed parent, String field, Function<JsonNode, T> bind, Visitor<T> visitor) {
    each(items, parent.child(field), parent.path(field), bind, visitor);
  }

  /**
   * Visits the items of a list; when the model left the list raw because an item is not an object (the schema check
   * reports it), the items that are objects are bound one by one with {@code bind}, so that their findings are not
   * held back until that item is mended.
   */
  private static <T> void each(List<T> items, String pointer, JsonNode array, Function<JsonNode, T> bind,
      Visitor<T> visitor) {
    if (items.isEmpty() && array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (item.isObject()) {
          visitor.visit(pointer + "/" + i, item, bind.apply(item));
        }
      }
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      visitor.visit(pointer + "/" + i, array.path(i), items.get(i));
    }
  }

  /** Visits the entries of a Components map; one the model left raw is bound entry by entry, as {@link #each}. */
  private <T> void entries(Map<String, T> items, Placed parent, String field, Function<JsonNode, T> bind,
      Visitor<T> visitor) {
    String pointer = parent.child(field);
    JsonNode map = parent.path(field);
    if (items.isEmpty() && map.isObject()) { // a value is not an object: the model left the map raw
      map.fields().forEachRemaining(entry -> {
        JsonNode item = entry.getValue();
        if (item.isObject()) {
          visitor.visit(pointer + "/" + Pointers.escape(entry.getKey()), item, bind.apply(item));
        }
      });
      return;
    }
    items.forEach((key, value) -> visitor.visit(pointer + "/" + Pointers.escape(key), map.path(key), value));
  }

}
