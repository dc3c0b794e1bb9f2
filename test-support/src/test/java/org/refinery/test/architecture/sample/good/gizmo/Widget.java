package org.refinery.test.architecture.sample.good.gizmo;

/** A framework-free domain type of the sample service the rules are tested on. */
public record Widget(String name) {
}
