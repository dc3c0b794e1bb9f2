package org.refinery.backlog.product.web;

import java.util.List;

/** One page of products; {@code totalElements} counts every product the caller may see. */
record ProductPage(List<ProductView> content, int page, int size, long totalElements) {
}
