/**
 * Goal changes on the wire: each domain event becomes its contract event, carrying the goal's
 * state after the change, in the transaction that made the change.
 */
package org.refinery.alignment.goal.messaging;
