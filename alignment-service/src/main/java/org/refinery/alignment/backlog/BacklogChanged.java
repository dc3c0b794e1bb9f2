package org.refinery.alignment.backlog;

/** The read model took a newer state of an item of {@code productKey}: figures of that product may differ. */
public record BacklogChanged(String productKey) {
}
