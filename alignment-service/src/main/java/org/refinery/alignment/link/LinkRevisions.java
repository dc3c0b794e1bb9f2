package org.refinery.alignment.link;

import org.refinery.alignment.goal.Revision;

import java.util.List;
import java.util.UUID;

/** The history of each link, newest first. */
public interface LinkRevisions {

	void add(UUID linkId, Revision revision);

	List<Revision> of(UUID linkId, int offset, int limit);

	long countOf(UUID linkId);

}
