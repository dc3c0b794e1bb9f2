/**
 * Item use cases. Each runs in one transaction: the rule check, the new version, its history
 * and its outbox event commit together or not at all. Ordering changes of one product are
 * serialized by a lock on the product's order row, so concurrent moves never collide on a rank.
 */
package org.refinery.backlog.item.application;
