package org.refinery.backlog.member.web;

import org.refinery.backlog.member.AccessGrant;
import org.refinery.backlog.member.MembershipChange;
import org.refinery.backlog.member.ProductMember;
import org.refinery.membership.MemberRole;

import java.time.Instant;
import java.util.List;

/** What the members endpoints answer. */
final class MemberViews {

	private MemberViews() {
	}

	/**
	 * One role of one person. {@code source} is always {@code REFINERY} here: Keycloak groups are
	 * known to this service only from the caller's own token, see {@code /api/backlog/me/access}.
	 */
	record Member(String username, MemberRole role, String teamKey, AccessGrant.Source source, String grantedBy,
			Instant grantedAt) {

		static Member of(ProductMember member) {
			return new Member(member.username(), member.role(), member.teamKey(), AccessGrant.Source.REFINERY,
					member.grantedBy(), member.grantedAt());
		}

	}

	/** One page of a product's people; {@code version} is also the {@code ETag} to send as {@code If-Match}. */
	record MemberPage(List<Member> content, int page, int size, long totalElements, long version) {
	}

	record Change(long version, String username, MemberRole role, String teamKey, MembershipChange.Kind change,
			String changedBy, Instant changedAt) {

		static Change of(MembershipChange change) {
			return new Change(change.version(), change.username(), change.role(), change.teamKey(), change.change(),
					change.changedBy(), change.changedAt());
		}

	}

	record HistoryPage(List<Change> content, int page, int size, long totalElements) {
	}

	/** The person's roles in the product after a change. */
	record Assigned(String username, List<Member> roles, long version) {
	}

	/** Everything the caller may do, and where each grant comes from. */
	record Access(String username, boolean everyProduct, List<AccessGrant> grants) {
	}

}
