/**
 * Estimation rounds in PostgreSQL. A change reads its round with {@code for update}, so a vote and
 * the reveal of the same round happen one after the other and no vote slips in after the reveal.
 */
package org.refinery.backlog.session.estimation.persistence;
