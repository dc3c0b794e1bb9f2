/**
 * Product changes on the wire: each domain event becomes its contract event, carrying the
 * product's state after the change, in the transaction that made the change.
 */
package org.refinery.backlog.product.messaging;
