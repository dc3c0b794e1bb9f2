package org.refinery.backlog.member.persistence;

import org.refinery.backlog.member.MembershipChange;
import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.member.ProductMember;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Repository
class JdbcMemberships implements Memberships {

	private static final String MEMBER_ORDER = " order by username, role, coalesce(team_key, '')";

	private final JdbcClient jdbc;

	JdbcMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Membership> ofUser(String username) {
		return jdbc.sql("select p.key, m.role, m.team_key from product_member m join product p on p.id = m.product_id "
				+ "where m.username = :username")
			.param("username", username)
			.query((row, n) -> new Membership(row.getString("key"), MemberRole.valueOf(row.getString("role")),
					row.getString("team_key")))
			.list();
	}

	@Override
	public List<Membership> ofUserIn(UUID productId, String productKey, String username) {
		return jdbc.sql("select role, team_key from product_member where product_id = :id and username = :username")
			.param("id", productId)
			.param("username", username)
			.query((row, n) -> new Membership(productKey, MemberRole.valueOf(row.getString("role")),
					row.getString("team_key")))
			.list();
	}

	@Override
	public List<ProductMember> ofProduct(UUID productId, int offset, int limit) {
		return jdbc.sql("select * from product_member where product_id = :id" + MEMBER_ORDER
				+ " offset :offset limit :limit")
			.param("id", productId)
			.param("offset", offset)
			.param("limit", limit)
			.query(JdbcMemberships::member)
			.list();
	}

	@Override
	public List<ProductMember> rolesOf(UUID productId, String username) {
		return jdbc.sql("select * from product_member where product_id = :id and username = :username" + MEMBER_ORDER)
			.param("id", productId)
			.param("username", username)
			.query(JdbcMemberships::member)
			.list();
	}

	@Override
	public List<ProductMember> allOf(UUID productId) {
		return jdbc.sql("select * from product_member where product_id = :id" + MEMBER_ORDER)
			.param("id", productId)
			.query(JdbcMemberships::member)
			.list();
	}

	@Override
	public long countOf(UUID productId) {
		return count("select count(*) from product_member where product_id = :id", productId);
	}

	@Override
	public long ownerCount(UUID productId) {
		return count("select count(*) from product_member where product_id = :id and role = 'PRODUCT_OWNER'",
				productId);
	}

	@Override
	public long version(UUID productId) {
		return jdbc.sql("select version from product_membership where product_id = :id")
			.param("id", productId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	@Override
	public long nextVersion(UUID productId) {
		return jdbc.sql("insert into product_membership (product_id, version) values (:id, 1) "
				+ "on conflict (product_id) do update set version = product_membership.version + 1 returning version")
			.param("id", productId)
			.query(Long.class)
			.single();
	}

	@Override
	public void grant(UUID productId, long version, String username, Membership role, String grantedBy) {
		jdbc.sql("insert into product_member (product_id, username, role, team_key, granted_by) "
				+ "values (:id, :username, :role, :team, :by)")
			.param("id", productId)
			.param("username", username)
			.param("role", role.role().name())
			.param("team", role.teamKey())
			.param("by", grantedBy)
			.update();
		record(productId, version, username, role, MembershipChange.Kind.GRANTED, grantedBy);
	}

	@Override
	public void revoke(UUID productId, long version, String username, Membership role, String revokedBy) {
		jdbc.sql("delete from product_member where product_id = :id and username = :username and role = :role "
				+ "and coalesce(team_key, '') = :team")
			.param("id", productId)
			.param("username", username)
			.param("role", role.role().name())
			.param("team", role.teamKey() == null ? "" : role.teamKey())
			.update();
		record(productId, version, username, role, MembershipChange.Kind.REVOKED, revokedBy);
	}

	@Override
	public List<MembershipChange> history(UUID productId, int offset, int limit) {
		return jdbc.sql("select * from product_member_history where product_id = :id "
				+ "order by version desc, change, username, role, coalesce(team_key, '') offset :offset limit :limit")
			.param("id", productId)
			.param("offset", offset)
			.param("limit", limit)
			.query((row, n) -> new MembershipChange(row.getLong("version"), row.getString("username"),
					MemberRole.valueOf(row.getString("role")), row.getString("team_key"),
					MembershipChange.Kind.valueOf(row.getString("change")), row.getString("changed_by"),
					row.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	@Override
	public long historyCount(UUID productId) {
		return count("select count(*) from product_member_history where product_id = :id", productId);
	}

	private void record(UUID productId, long version, String username, Membership role, MembershipChange.Kind kind,
			String by) {
		jdbc.sql("insert into product_member_history (product_id, version, username, role, team_key, change, "
				+ "changed_by) values (:id, :version, :username, :role, :team, :change, :by)")
			.param("id", productId)
			.param("version", version)
			.param("username", username)
			.param("role", role.role().name())
			.param("team", role.teamKey())
			.param("change", kind.name())
			.param("by", by)
			.update();
	}

	private long count(String sql, UUID productId) {
		return jdbc.sql(sql).param("id", productId).query(Long.class).single();
	}

	private static ProductMember member(ResultSet row, int number) throws SQLException {
		return new ProductMember(row.getString("username"), MemberRole.valueOf(row.getString("role")),
				row.getString("team_key"), row.getString("granted_by"),
				row.getObject("granted_at", OffsetDateTime.class).toInstant());
	}

}
