/**
 * Applying item events to the read model, one transaction per event: the version check, the
 * upsert and whatever other features do about the change commit together, so a redelivered
 * event after a crash finds either everything or nothing done.
 */
package org.refinery.dependency.backlog.application;
