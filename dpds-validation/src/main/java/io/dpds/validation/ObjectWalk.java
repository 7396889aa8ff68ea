package io.dpds.validation;

import io.dpds.load.Pointers;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.Components;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.DpdsObject;
import io.dpds.model.ExternalResource;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.InterfaceComponents;
import io.dpds.model.InternalComponents;
import io.dpds.model.LifecycleTask;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import io.dpds.model.StandardDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists every DPDS object of a descriptor in document order with its pointer and role, once per validation. The typed
 * model mirrors the resolved tree, so pointers built from it address the same nodes; a field whose JSON value has the
 * wrong type is not walked (the schema check reports it).
 */
final class ObjectWalk {

  private final List<ObjectSite> sites = new ArrayList<>();

  static List<ObjectSite> of(DataProductDescriptor descriptor) {
    ObjectWalk walk = new ObjectWalk();
    walk.root(descriptor);
    return List.copyOf(walk.sites);
  }

  private ObjectSite add(String pointer, Role role, DpdsObject object) {
    ObjectSite site = new ObjectSite(pointer, role, object);
    sites.add(site);
    return site;
  }

  private void root(DataProductDescriptor d) {
    ObjectSite root = add("", Role.ROOT, d);
    d.info().ifPresent(info -> {
      ObjectSite at = add(root.child("info"), Role.INFO, info);
      info.owner().ifPresent(owner -> add(at.child("owner"), Role.OWNER, owner));
      each(info.contactPoints(), at.child("contactPoints"), (p, c) -> add(p, Role.CONTACT_POINT, c));
    });
    d.interfaceComponents().ifPresent(ports -> interfaceComponents(root.child("interfaceComponents"), ports));
    d.internalComponents().ifPresent(internal -> internalComponents(root.child("internalComponents"), internal));
    d.components().ifPresent(components -> components(root.child("components"), components));
    externalDocs(root, d.externalDocs());
  }

  private void interfaceComponents(String pointer, InterfaceComponents ports) {
    ObjectSite at = add(pointer, Role.INTERFACE_COMPONENTS, ports);
    for (PortKind kind : PortKind.values()) {
      each(ports.ports(kind), at.child(kind.field()), this::port);
    }
  }

  private void internalComponents(String pointer, InternalComponents internal) {
    ObjectSite at = add(pointer, Role.INTERNAL_COMPONENTS, internal);
    String stages = at.child("lifecycleInfo");
    internal.lifecycleInfo()
        .forEach((stage, tasks) -> each(tasks, stages + "/" + Pointers.escape(stage), this::task));
    each(internal.applicationComponents(), at.child("applicationComponents"), this::application);
    each(internal.infrastructuralComponents(), at.child("infrastructuralComponents"), this::infrastructure);
  }

  private void components(String pointer, Components components) {
    ObjectSite at = add(pointer, Role.COMPONENTS, components);
    for (PortKind kind : PortKind.values()) {
      entries(components.ports(kind), at.child(kind.field()), this::port);
    }
    entries(components.applicationComponents(), at.child("applicationComponents"), this::application);
    entries(components.infrastructuralComponents(), at.child("infrastructuralComponents"), this::infrastructure);
    entries(components.apis(), at.child("apis"), this::definition);
    entries(components.templates(), at.child("templates"), this::definition);
  }

  private void port(String pointer, Port port) {
    if (stub(pointer, port)) {
      return;
    }
    ObjectSite at = add(pointer, Role.PORT, port);
    port.promises().ifPresent(p -> {
      if (p.reference().isEmpty()) {
        ObjectSite promises = add(at.child("promises"), Role.PROMISES, p);
        definition(promises.child("api"), p.api());
        definition(promises.child("deprecationPolicy"), p.deprecationPolicy());
        definition(promises.child("slo"), p.slo());
      } else {
        add(at.child("promises"), Role.REFERENCE, p);
      }
    });
    port.expectations().ifPresent(e -> {
      if (e.reference().isEmpty()) {
        ObjectSite expectations = add(at.child("expectations"), Role.EXPECTATIONS, e);
        definition(expectations.child("audience"), e.audience());
        definition(expectations.child("usage"), e.usage());
      } else {
        add(at.child("expectations"), Role.REFERENCE, e);
      }
    });
    port.obligations().ifPresent(o -> {
      if (o.reference().isEmpty()) {
        ObjectSite obligations = add(at.child("obligations"), Role.OBLIGATIONS, o);
        definition(obligations.child("termsAndConditions"), o.termsAndConditions());
        definition(obligations.child("billingPolicy"), o.billingPolicy());
        definition(obligations.child("sla"), o.sla());
      } else {
        add(at.child("obligations"), Role.REFERENCE, o);
      }
    });
    externalDocs(at, port.externalDocs());
  }

  private void definition(String pointer, Optional<StandardDefinition> definition) {
    definition.ifPresent(d -> definition(pointer, d));
  }

  private void definition(String pointer, StandardDefinition definition) {
    if (!stub(pointer, definition)) {
      externalDocs(add(pointer, Role.STANDARD_DEFINITION, definition), definition.externalDocs());
    }
  }

  private void task(String pointer, LifecycleTask task) {
    ObjectSite at = add(pointer, Role.LIFECYCLE_TASK, task);
    task.service().ifPresent(s -> add(at.child("service"), Role.EXTERNAL_RESOURCE, s));
    task.serviceReference().ifPresent(s -> add(at.child("service"), Role.REFERENCE, s));
    definition(at.child("template"), task.template());
  }

  private void application(String pointer, ApplicationComponent application) {
    if (!stub(pointer, application)) {
      externalDocs(add(pointer, Role.APPLICATION, application), application.externalDocs());
    }
  }

  private void infrastructure(String pointer, InfrastructuralComponent infrastructure) {
    if (!stub(pointer, infrastructure)) {
      externalDocs(add(pointer, Role.INFRASTRUCTURE, infrastructure), infrastructure.externalDocs());
    }
  }

  private boolean stub(String pointer, Component component) {
    if (component.reference().isEmpty()) {
      return false;
    }
    add(pointer, Role.REFERENCE, component);
    return true;
  }

  private void externalDocs(ObjectSite owner, Optional<ExternalResource> docs) {
    docs.ifPresent(d -> add(owner.child("externalDocs"), Role.EXTERNAL_RESOURCE, d));
  }

  private interface Visitor<T> {
    void visit(String pointer, T value);
  }

  private static <T> void each(List<T> items, String pointer, Visitor<T> visitor) {
    for (int i = 0; i < items.size(); i++) {
      visitor.visit(pointer + "/" + i, items.get(i));
    }
  }

  private static <T> void entries(Map<String, T> items, String pointer, Visitor<T> visitor) {
    items.forEach((key, value) -> visitor.visit(pointer + "/" + Pointers.escape(key), value));
  }
}
