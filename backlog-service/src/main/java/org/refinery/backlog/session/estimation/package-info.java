/**
 * Estimation rounds (issue 18): the simultaneous vote of a session's participants on one agenda
 * item, so that nobody anchors on the first number said aloud. The facilitator or a product owner
 * opens a round while the session is not over; the representatives and the facilitator cast a
 * vote in points (or pass) and may change it until the round is revealed. Before that nobody sees
 * another person's value, neither through the API nor the live events nor the logs, only who has
 * voted; revealing shows every vote at once with their minimum, median and maximum, after which
 * the round takes no votes (409). The round decides nothing by itself: the facilitator records
 * the agreed value as the session's ESTIMATED outcome. A new round of the same item (a re-vote)
 * keeps the earlier rounds as its history.
 */
package org.refinery.backlog.session.estimation;
