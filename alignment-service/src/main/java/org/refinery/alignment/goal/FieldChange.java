package org.refinery.alignment.goal;

/** One field a change set: its name, the value before ({@code null}: none) and after. */
public record FieldChange(String field, Object from, Object to) {
}
