/**
 * What this service knows of backlog items: a read model upserted from the backlog's item
 * events, holding only what dependencies need (product, team, rank, status, estimate). An event
 * is applied only when it is newer than the stored version, so duplicates and reordering on the
 * topic are harmless. Other features learn of applied changes through {@link
 * org.refinery.dependency.backlog.BacklogItemChanged}.
 */
package org.refinery.dependency.backlog;
