/**
 * What this service knows of refinement sessions: a read model upserted from the backlog's
 * session events, holding only what dependency identification needs to check the session a
 * dependency was found in (its product). As with items, an event is applied only when its
 * version is newer than the stored one, so duplicates and reordering are harmless.
 */
package org.refinery.dependency.session;
