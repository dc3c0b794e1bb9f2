package org.refinery.dependency.tracking;

import java.util.List;

/** The stored dependencies, newest first. */
public interface Dependencies {

	List<Dependency> matching(DependencyQuery query, int offset, int limit);

	long countMatching(DependencyQuery query);

}
