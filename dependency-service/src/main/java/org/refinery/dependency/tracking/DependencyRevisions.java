package org.refinery.dependency.tracking;

import java.util.List;
import java.util.UUID;

/** The stored history of each dependency, one revision per version. */
public interface DependencyRevisions {

	/** Stores the revision; the subject keeps who it was when names change. */
	void add(UUID dependencyId, Revision revision, String actorSubject);

	/** The dependency's revisions, newest first. */
	List<Revision> of(UUID dependencyId, int offset, int limit);

	long countOf(UUID dependencyId);

}
