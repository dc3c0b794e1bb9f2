package org.refinery.membership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import java.util.List;
import java.util.Map;

/**
 * The service's copy of every product's members, for the services that do not own them. Lookups
 * by username are what the caller is built from for every request; replacing a product's list is
 * what the listener does with each event.
 */
final class ReplicatedMemberships implements Memberships {

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	ReplicatedMemberships(JdbcClient jdbc, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Every role the person holds in any product, as of the newest event consumed. */
	@Override
	public List<Membership> ofUser(String username) {
		return jdbc.sql("select product_key, role, team_key from product_member where username = :username")
			.param("username", username)
			.query((row, n) -> new Membership(row.getString("product_key"), MemberRole.valueOf(row.getString("role")),
					row.getString("team_key")))
			.list();
	}

	/**
	 * Replaces a product's members when {@code version} is newer than the copy's, in one
	 * transaction; an equal or older version changes nothing.
	 * @param members username to that person's roles in the product
	 * @return whether the copy was replaced
	 */
	boolean replace(String productKey, long version, Map<String, List<Membership>> members) {
		Boolean replaced = transactions.execute(status -> {
			int newer = jdbc.sql("""
					insert into product_membership (product_key, version) values (:product, :version)
					on conflict (product_key) do update set version = excluded.version
					where product_membership.version < excluded.version""")
				.param("product", productKey)
				.param("version", version)
				.update();
			if (newer == 0) {
				return false;
			}
			jdbc.sql("delete from product_member where product_key = :product").param("product", productKey).update();
			members.forEach((username, roles) -> roles.forEach(role -> insert(username, role)));
			return true;
		});
		return Boolean.TRUE.equals(replaced);
	}

	private void insert(String username, Membership membership) {
		jdbc.sql("insert into product_member (product_key, username, role, team_key) "
				+ "values (:product, :username, :role, :team)")
			.param("product", membership.productKey())
			.param("username", username)
			.param("role", membership.role().name())
			.param("team", membership.teamKey())
			.update();
	}

}
