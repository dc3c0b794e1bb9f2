/**
 * The import's side of {@code refinery.imports.v1}: an applied import's Blocks links go out to
 * dependency-service through the outbox, and its answers come back onto the rows that name them.
 */
package org.refinery.backlog.imports.messaging;
