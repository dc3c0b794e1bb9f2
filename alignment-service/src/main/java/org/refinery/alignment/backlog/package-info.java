/**
 * alignment-service's read model of the backlogs: products and items as backlog-service's
 * events last described them. Alignment never asks backlog-service while answering a request;
 * it keeps what it needs here, applying an event only when it is newer than what it holds, so
 * duplicates and reordering are harmless.
 */
package org.refinery.alignment.backlog;
