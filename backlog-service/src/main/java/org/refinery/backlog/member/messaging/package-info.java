/** Announces a product's people to the other services as {@code ProductMembersChanged}, through the outbox. */
package org.refinery.backlog.member.messaging;
