package org.refinery.backlog.member.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.TeamKey;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bodies the members endpoints accept. */
final class MemberRequests {

	/** A person's username, as Keycloak keeps it: lower case, as tokens carry it. */
	static final String USERNAME = "[a-z0-9][a-z0-9._@-]*";

	static final String USERNAME_RULE = "must be a username such as tess: lower-case letters, digits, '.', '_', '@' "
			+ "or '-', starting with a letter or digit";

	private MemberRequests() {
	}

	/** Every role the person shall hold in the product; roles not listed are revoked. */
	record Assign(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Role> roles) {

		/** The roles, each a team role exactly when it names a team, none twice. */
		List<Membership> toMemberships(String productKey) {
			List<Membership> memberships = new ArrayList<>();
			Set<Role> seen = new HashSet<>();
			for (int i = 0; i < roles.size(); i++) {
				Role role = roles.get(i);
				if ((role.role() == MemberRole.TEAM_MEMBER) != (role.teamKey() != null)) {
					throw InvalidInput.of(InputError.body("/roles/" + i + "/teamKey", role.teamKey(),
							role.role() == MemberRole.TEAM_MEMBER ? "must name the team for TEAM_MEMBER"
									: "must be absent for " + role.role()));
				}
				if (!seen.add(role)) {
					throw InvalidInput.of(InputError.body("/roles/" + i, role.role() + (role.teamKey() == null ? ""
							: " " + role.teamKey()), "must not repeat a role listed before"));
				}
				memberships.add(new Membership(productKey, role.role(), role.teamKey()));
			}
			return memberships;
		}

	}

	record Role(@NotNull MemberRole role, @TeamKey String teamKey) {
	}

}
