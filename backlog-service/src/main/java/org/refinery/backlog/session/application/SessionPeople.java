package org.refinery.backlog.session.application;

import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.session.PeopleRefused.Refusal;
import org.refinery.backlog.session.PeopleRefused;
import org.refinery.membership.Caller;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who may be named in a session (issue 17). The backlog knows a person's Keycloak groups only
 * from that person's own token, so a name is accepted when a Refinery membership of the product
 * makes them one of its people, or when it is the caller's own name and their token grants it:
 * the facilitator holds any membership of the product (owner, team member, viewer) or is the
 * caller; a representative is a member of the team they represent by membership, or is the
 * caller in that team's group or membership. People known only from Keycloak groups are granted
 * a membership first (the members API; the devstack seeding does so for its representatives).
 */
@Component
class SessionPeople {

	private final Memberships memberships;

	SessionPeople(Memberships memberships) {
		this.memberships = memberships;
	}

	/** Refuses at once every name that breaks the rule; a null facilitator or map is not checked. */
	void require(Product product, String facilitator, Map<String, Set<String>> representatives, Caller caller) {
		List<Refusal> refusals = new ArrayList<>();
		if (facilitator != null && !facilitator.equals(caller.username()) && rolesOf(product, facilitator).isEmpty()) {
			refusals.add(new Refusal("/facilitator", facilitator, "must be one of the people of product " + product.key()
					+ ": hold a Refinery membership of it (product owner, team member or viewer), or be yourself"));
		}
		if (representatives != null) {
			new TreeMap<>(representatives).forEach((team, usernames) -> new TreeSet<>(usernames).stream()
				.filter(username -> !represents(product, team, username, caller))
				.forEach(username -> refusals.add(new Refusal("/representatives/" + team, username,
						"must be a member of team " + team + " by a Refinery membership of product " + product.key()
								+ ", or be yourself as a member of the team"))));
		}
		if (!refusals.isEmpty()) {
			throw new PeopleRefused(refusals);
		}
	}

	private boolean represents(Product product, String team, String username, Caller caller) {
		if (username.equals(caller.username()) && caller.isMemberOf(team)) {
			return true;
		}
		return rolesOf(product, username).stream()
			.anyMatch(role -> role.role() == MemberRole.TEAM_MEMBER && team.equals(role.teamKey()));
	}

	private List<Membership> rolesOf(Product product, String username) {
		return memberships.ofUserIn(product.id(), product.key(), username);
	}

}
