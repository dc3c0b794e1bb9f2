package org.refinery.devstack.seed;

/** An item aligned with a goal, and why. */
record DemoLink(String itemRef, String goalRef, String rationale) {
}
