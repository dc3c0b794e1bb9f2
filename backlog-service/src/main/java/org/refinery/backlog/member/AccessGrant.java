package org.refinery.backlog.member;

import org.refinery.membership.Caller;
import org.refinery.membership.MemberRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a caller may do and where it comes from, so that people can see why they see what
 * they see and whom to ask: a realm role (administrator, portfolio manager, product owner), a
 * Keycloak group of the token, or a Refinery membership.
 *
 * @param productKey the product, absent for realm roles, which hold everywhere they apply
 * @param role {@code ADMIN}, {@code PORTFOLIO_MANAGER}, or a {@link MemberRole} name
 * @param teamKey the team, for {@code TEAM_MEMBER} only
 */
public record AccessGrant(String productKey, String role, String teamKey, Source source) {

	public enum Source {

		REFINERY, KEYCLOAK_GROUP, REALM_ROLE

	}

	private static final Comparator<AccessGrant> ORDER = Comparator
		.comparing(AccessGrant::source)
		.thenComparing(AccessGrant::productKey, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(AccessGrant::role)
		.thenComparing(AccessGrant::teamKey, Comparator.nullsFirst(Comparator.naturalOrder()));

	/**
	 * Everything the caller is granted. A product group grants ownership to holders of the
	 * product-owner realm role and viewing to everyone else; a team group makes its holder a
	 * member of the team, whose product {@code productOfTeam} names when the team is known here.
	 */
	public static List<AccessGrant> of(Caller caller, Map<String, String> productOfTeam) {
		List<AccessGrant> grants = new ArrayList<>();
		if (caller.admin()) {
			grants.add(new AccessGrant(null, "ADMIN", null, Source.REALM_ROLE));
		}
		if (caller.portfolioManager()) {
			grants.add(new AccessGrant(null, "PORTFOLIO_MANAGER", null, Source.REALM_ROLE));
		}
		if (caller.productOwner()) {
			grants.add(new AccessGrant(null, MemberRole.PRODUCT_OWNER.name(), null, Source.REALM_ROLE));
		}
		MemberRole groupRole = caller.productOwner() ? MemberRole.PRODUCT_OWNER : MemberRole.VIEWER;
		caller.productKeys()
			.forEach(key -> grants.add(new AccessGrant(key, groupRole.name(), null, Source.KEYCLOAK_GROUP)));
		caller.teamKeys().forEach(team -> grants.add(new AccessGrant(productOfTeam.get(team),
				MemberRole.TEAM_MEMBER.name(), team, Source.KEYCLOAK_GROUP)));
		caller.memberships().forEach(m -> grants.add(new AccessGrant(m.productKey(), m.role().name(), m.teamKey(),
				Source.REFINERY)));
		grants.sort(ORDER);
		return List.copyOf(grants);
	}

	public AccessGrant {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(source, "source");
	}

}
