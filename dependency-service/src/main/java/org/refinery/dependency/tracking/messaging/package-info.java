/**
 * Dependency changes on the wire: each domain event becomes its contract event, carrying the
 * dependency's state after the change, in the transaction that made the change.
 */
package org.refinery.dependency.tracking.messaging;
