/** Estimation rounds in PostgreSQL: a vote locks its round's row, so no vote slips in after the reveal. */
package org.refinery.backlog.session.estimation.persistence;
