package org.refinery.backlog.member;

import org.refinery.membership.MemberRole;

import java.time.Instant;

/** One role one person holds in a product, and who granted it when. */
public record ProductMember(String username, MemberRole role, String teamKey, String grantedBy, Instant grantedAt) {
}
