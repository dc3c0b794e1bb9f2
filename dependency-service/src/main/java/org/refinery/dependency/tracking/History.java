package org.refinery.dependency.tracking;

import java.util.List;

/** A page of a dependency's revisions, newest first, and how many there are in all. */
public record History(List<Revision> revisions, long total) {

	public History {
		revisions = List.copyOf(revisions);
	}

}
