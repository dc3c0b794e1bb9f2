package org.refinery.dependency.tracking.persistence;

import org.refinery.dependency.tracking.Actor;
import org.refinery.dependency.tracking.ImportedLinks;
import org.refinery.dependency.tracking.LinkOutcome;
import org.refinery.dependency.tracking.PendingLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcImportedLinks implements ImportedLinks {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcImportedLinks(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public void receive(List<PendingLink> links) {
		template.batchUpdate("insert into imported_link (import_id, prerequisite_item_id, dependent_item_id, product_id, "
				+ "product_key, system, prerequisite_key, dependent_key, actor_subject, actor_username, received_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", links, 500, (statement, link) -> {
					statement.setObject(1, link.importId());
					statement.setObject(2, link.prerequisiteItemId());
					statement.setObject(3, link.dependentItemId());
					statement.setObject(4, link.productId());
					statement.setString(5, link.productKey());
					statement.setString(6, link.system());
					statement.setString(7, link.prerequisiteKey());
					statement.setString(8, link.dependentKey());
					statement.setString(9, link.importer().subject());
					statement.setString(10, link.importer().username());
					statement.setTimestamp(11, Timestamp.from(link.receivedAt()));
				});
	}

	@Override
	public List<PendingLink> claimPending(UUID importId) {
		return jdbc.sql("select * from imported_link where import_id = :id and result is null "
				+ "order by received_at, prerequisite_key, dependent_key for update skip locked")
			.param("id", importId)
			.query((rs, n) -> link(rs))
			.list();
	}

	@Override
	public List<UUID> importsWaiting() {
		return jdbc.sql("select import_id from imported_link where result is null group by import_id "
				+ "order by min(received_at)")
			.query(UUID.class)
			.list();
	}

	@Override
	public Optional<UUID> earlierDependency(UUID prerequisiteItemId, UUID dependentItemId) {
		return jdbc.sql("select dependency_id from imported_link where prerequisite_item_id = :prerequisite "
				+ "and dependent_item_id = :dependent and dependency_id is not null order by settled_at limit 1")
			.param("prerequisite", prerequisiteItemId)
			.param("dependent", dependentItemId)
			.query(UUID.class)
			.optional();
	}

	@Override
	public void settle(List<LinkOutcome> outcomes, Instant at) {
		template.batchUpdate("update imported_link set result = ?, reason = ?, dependency_id = ?, settled_at = ? "
				+ "where import_id = ? and prerequisite_item_id = ? and dependent_item_id = ? and result is null",
				outcomes, 500, (statement, outcome) -> {
					statement.setString(1, outcome.result().name());
					statement.setString(2, outcome.reason());
					statement.setObject(3, outcome.dependencyId());
					statement.setTimestamp(4, Timestamp.from(at));
					statement.setObject(5, outcome.link().importId());
					statement.setObject(6, outcome.link().prerequisiteItemId());
					statement.setObject(7, outcome.link().dependentItemId());
				});
	}

	@Override
	public long nextSettlement(UUID importId) {
		return jdbc.sql("insert into imported_link_job (import_id, settlements) values (:id, 1) on conflict (import_id) "
				+ "do update set settlements = imported_link_job.settlements + 1 returning settlements")
			.param("id", importId)
			.query(Long.class)
			.single();
	}

	private static PendingLink link(ResultSet rs) throws SQLException {
		return new PendingLink(rs.getObject("import_id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getString("product_key"), rs.getString("system"), rs.getObject("prerequisite_item_id", UUID.class),
				rs.getObject("dependent_item_id", UUID.class), rs.getString("prerequisite_key"),
				rs.getString("dependent_key"), new Actor(rs.getString("actor_subject"), rs.getString("actor_username")),
				rs.getTimestamp("received_at").toInstant());
	}

}
