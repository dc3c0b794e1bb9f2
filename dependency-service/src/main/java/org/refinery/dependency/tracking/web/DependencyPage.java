package org.refinery.dependency.tracking.web;

import java.util.List;

/** One page of dependencies; {@code totalElements} counts every match the caller may see. */
record DependencyPage(List<DependencyView> content, int page, int size, long totalElements) {
}
