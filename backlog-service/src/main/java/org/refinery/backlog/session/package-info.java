/**
 * Refinement sessions: the cross-team meta-event where representatives of several teams refine
 * the shared backlog together. A session has an agenda of items and records per item what was
 * decided; an outcome that claims a state of the item (ready, estimated, split, removed) makes it
 * true in the same transaction or is refused, and only items on the agenda can have outcomes
 * (items may join the agenda while the session runs). Until it is over a session can be
 * corrected and cancelled, each change versioned and kept in its history. Closing is always
 * possible, since a held meeting is a fact; one that heard fewer teams than required is closed as
 * not cross-team, because refinement by one team alone is what this platform exists to avoid, and
 * the health figures count only cross-team sessions as refinement.
 *
 * <p>Facilitators and representatives are the product's people, checked whenever a session is
 * scheduled or names someone new in a correction (issue 17, ADR 0009): the facilitator holds a
 * Refinery membership of the product or is the caller; each representative is a member of the
 * team they represent by membership, or is the caller as a member of it (group or membership).
 * The backlog learns Keycloak groups only from the holder's own token, so someone known only by
 * a group is granted a membership first. A refused name is a 422 naming the field
 * ({@code /facilitator}, {@code /representatives/<TEAM>}), the name and the rule.
 */
package org.refinery.backlog.session;
