package org.refinery.dependency.tracking;

import java.util.UUID;

/**
 * An id in a command that names no item or session this caller may refer to: unknown here (no
 * backlog event has announced it, perhaps not yet) or in a product the caller may not see. Both
 * get this one answer, 422 naming the field, word for word: telling them apart would tell an
 * outsider which ids exist (ADR 0005). An id sent in a body is input, hence 422 rather than the
 * 404 of an object addressed by its path.
 */
public class ReferenceRefused extends RuntimeException {

	private final String pointer;

	private final UUID id;

	private final String rule;

	/** @param pointer the JSON Pointer of the field that sent the id, e.g. {@code /prerequisiteItemId} */
	public ReferenceRefused(String pointer, UUID id, String what) {
		super(pointer.substring(1) + " must be the id of " + what + " visible to you and known here");
		this.pointer = pointer;
		this.id = id;
		this.rule = "must be the id of " + what + " visible to you and known here; one the backlog has just created "
				+ "may take a moment to arrive";
	}

	public String pointer() {
		return pointer;
	}

	public UUID id() {
		return id;
	}

	public String rule() {
		return rule;
	}

}
