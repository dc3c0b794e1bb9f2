/**
 * Product use cases inside one transaction each: the change, the owner record and the domain
 * event commit together, so the outbox never announces a product that was not stored.
 */
package org.refinery.backlog.product.application;
