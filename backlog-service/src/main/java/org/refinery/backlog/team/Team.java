package org.refinery.backlog.team;

import java.util.Objects;
import java.util.UUID;

/** A team of a product. Its key begins with the product key, e.g. {@code PAY-CHECKOUT}. */
public record Team(UUID id, UUID productId, String productKey, String key, String name, WorkMode workMode,
		long version) {

	public Team {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(workMode, "workMode");
	}

	public static Team form(UUID id, UUID productId, String productKey, CreateTeam command) {
		if (!command.key().startsWith(productKey + "-")) {
			throw new TeamRuleViolation("A team key of product " + productKey + " must start with " + productKey
					+ "-, was " + command.key());
		}
		return new Team(id, productId, productKey, command.key(), command.name(), command.workMode(), 1);
	}

}
