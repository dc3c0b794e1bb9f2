/**
 * Session use cases, each one transaction with its outbox event (estimation rounds and presence
 * announce themselves on the live streams only, not on Kafka).
 * <p>
 * Who may do what ({@code SessionAccess}): product owners (and administrators) do everything;
 * the facilitator corrects, closes and cancels; the facilitator and the representatives record
 * outcomes. In estimation rounds the facilitator and product owners open and reveal, the
 * facilitator and the representatives vote; anyone who sees the session sees its rounds and who
 * is present, but never an unrevealed vote of someone else. Facilitators and representatives are
 * free text, so a name counts only for one of the product's people: a representative must be a
 * member of the team she represents, the facilitator a member of one of the product's teams. A viewer named in a session writes nothing (403). Agenda
 * entries outside the product get the one 422 answer of any item id sent in a body (ADR 0005).
 */
package org.refinery.backlog.session.application;
