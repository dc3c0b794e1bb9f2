package org.refinery.alignment.goal;

import java.util.List;

/** A page of a goal's or link's changes, newest first, and how many there are in all. */
public record History(List<Revision> revisions, long total) {

	public History {
		revisions = List.copyOf(revisions);
	}

}
