package org.refinery.backlog.session.web;

import org.refinery.backlog.session.Session;

import java.util.List;

/** One page of a product's sessions, latest start first; the shape of every list of the API. */
record SessionPage(List<Session> content, int page, int size, long totalElements) {
}
