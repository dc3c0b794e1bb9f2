package org.refinery.backlog.member;

import org.refinery.membership.MemberRole;

import java.time.Instant;

/** A line of a product's membership history: who granted or revoked which role of whom, and when. */
public record MembershipChange(long version, String username, MemberRole role, String teamKey, Kind change,
		String changedBy, Instant changedAt) {

	public enum Kind {

		GRANTED, REVOKED

	}

}
