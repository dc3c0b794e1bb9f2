/**
 * Presence (issue 18): who has a session's workspace open right now, so that a facilitator sees
 * which represented teams are in the room. A person counts as present while a live stream of
 * theirs is open: the replica holding the stream records them in PostgreSQL when it opens,
 * renews the record with every heartbeat and removes it when the stream ends; a record not renewed
 * within the expiry is gone, so a replica that died takes its people with it. The database, not a
 * replica's memory, is the truth, as each replica holds only its own streams; every change of who
 * is present is announced on the session's live stream of every replica. A present person's teams
 * are the teams they represent in the session.
 */
package org.refinery.backlog.session.presence;
