package org.refinery.dependency.tracking;

/**
 * The command behind {@code PATCH /api/dependencies/{id}}: the status to move to (with its
 * reason), a new needed-by and a new note. {@code null} keeps what is there; a blank needed-by or
 * note clears it.
 */
public record DependencyEdit(DependencyStatus status, String reason, String neededBy, String note) {
}
