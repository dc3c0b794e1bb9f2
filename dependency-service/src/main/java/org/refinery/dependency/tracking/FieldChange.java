package org.refinery.dependency.tracking;

/** One field a change set: its name, the value before ({@code null}: none) and after, as text. */
public record FieldChange(String field, String from, String to) {
}
