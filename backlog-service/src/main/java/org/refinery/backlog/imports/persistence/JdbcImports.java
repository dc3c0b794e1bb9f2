package org.refinery.backlog.imports.persistence;

import org.refinery.backlog.imports.ImportCounts;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.ImportStatus;
import org.refinery.backlog.imports.Imports;
import org.refinery.backlog.imports.LinkCounts;
import org.refinery.backlog.imports.LinkStatus;
import org.refinery.backlog.imports.RowAction;
import org.refinery.backlog.imports.RowLink;
import org.refinery.backlog.imports.RowResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcImports implements Imports {

	private static final String SELECT = "select j.*, p.key as product_key from item_import j "
			+ "join product p on p.id = j.product_id ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcImports(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public void start(ImportJob job) {
		jdbc.sql("insert into item_import (id, product_id, format, dry_run, status, file_name, started_by, started_at, "
				+ "updated_at) values (:id, :product, :format, :dryRun, :status, :file, :by, :at, :at)")
			.param("id", job.id())
			.param("product", job.productId())
			.param("format", job.format().name())
			.param("dryRun", job.dryRun())
			.param("status", job.status().name())
			.param("file", job.fileName())
			.param("by", job.startedBy())
			.param("at", Timestamp.from(job.startedAt()))
			.update();
	}

	@Override
	public void progress(UUID id, ImportCounts counts) {
		jdbc.sql("update item_import set row_count = :rows, created = :created, updated = :updated, "
				+ "unchanged = :unchanged, errors = :errors, missing = :missing, updated_at = now() where id = :id")
			.params(counts(counts))
			.param("id", id)
			.update();
	}

	@Override
	public void finish(UUID id, ImportStatus status, ImportCounts counts, String failure) {
		progress(id, counts);
		jdbc.sql("update item_import set status = :status, failure = :failure, finished_at = now() where id = :id")
			.param("status", status.name())
			.param("failure", failure)
			.param("id", id)
			.update();
	}

	@Override
	public void record(UUID id, List<RowResult> rows) {
		template.batchUpdate("insert into item_import_row (import_id, line, external_key, action, item_key, reason, "
				+ "blocks, blocked_by) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (statement, row) -> {
					statement.setObject(1, id);
					statement.setLong(2, row.line());
					statement.setString(3, row.externalKey());
					statement.setString(4, row.action().name());
					statement.setString(5, row.itemKey());
					statement.setString(6, row.reason());
					statement.setArray(7, statement.getConnection().createArrayOf("text", row.blocks().toArray()));
					statement.setArray(8, statement.getConnection().createArrayOf("text", row.blockedBy().toArray()));
				});
	}

	@Override
	public void interruptSilent(UUID productId, Duration silence) {
		jdbc.sql("update item_import set status = 'INTERRUPTED', finished_at = now(), failure = :failure "
				+ "where product_id = :product and status = 'RUNNING' and updated_at < now() - make_interval(secs => :secs)")
			.param("failure", "The service stopped while this import ran; send the same file again to finish it "
					+ "(rows already applied answer UNCHANGED, nothing is duplicated)")
			.param("product", productId)
			.param("secs", (double) silence.toSeconds())
			.update();
	}

	@Override
	public Optional<ImportJob> byId(UUID productId, UUID id) {
		return jdbc.sql(SELECT + "where j.id = :id and j.product_id = :product")
			.param("id", id)
			.param("product", productId)
			.query((rs, n) -> job(rs))
			.optional();
	}

	@Override
	public List<ImportJob> ofProduct(UUID productId, long offset, int limit) {
		return jdbc.sql(SELECT + "where j.product_id = :product order by j.started_at desc, j.id limit :limit offset :offset")
			.param("product", productId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> job(rs))
			.list();
	}

	@Override
	public long countOfProduct(UUID productId) {
		return jdbc.sql("select count(*) from item_import where product_id = :product")
			.param("product", productId)
			.query(Long.class)
			.single();
	}

	@Override
	public List<RowResult> rows(UUID id, long offset, int limit) {
		List<RowResult> rows = jdbc.sql("select * from item_import_row where import_id = :id order by line, external_key "
				+ "limit :limit offset :offset")
			.param("id", id)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> row(rs))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<RowLink>> links = new HashMap<>();
		jdbc.sql("select * from item_import_link where import_id = :id and line = any(:lines) "
				+ "order by line, prerequisite_key, dependent_key")
			.param("id", id)
			.param("lines", rows.stream().map(RowResult::line).distinct().toArray(Long[]::new))
			.query(rs -> {
				links.computeIfAbsent(rs.getLong("line"), line -> new ArrayList<>()).add(link(rs));
			});
		return rows.stream().map(row -> row.line() == 0 ? row : row.withLinks(links.get(row.line()))).toList();
	}

	@Override
	public List<RowResult> linkedRows(UUID id, long offset, int limit) {
		return jdbc.sql("select * from item_import_row where import_id = :id and line > 0 "
				+ "and (cardinality(blocks) > 0 or cardinality(blocked_by) > 0) order by line limit :limit offset :offset")
			.param("id", id)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> row(rs))
			.list();
	}

	@Override
	public void recordLinks(UUID id, Map<Long, List<RowLink>> links) {
		List<Map.Entry<Long, RowLink>> flat = new ArrayList<>();
		links.forEach((line, rowLinks) -> rowLinks.forEach(link -> flat.add(Map.entry(line, link))));
		template.batchUpdate("insert into item_import_link (import_id, line, prerequisite_key, dependent_key, status, "
				+ "reason) values (?, ?, ?, ?, ?, ?) on conflict do nothing", flat, 500, (statement, entry) -> {
					statement.setObject(1, id);
					statement.setLong(2, entry.getKey());
					statement.setString(3, entry.getValue().prerequisiteKey());
					statement.setString(4, entry.getValue().dependentKey());
					statement.setString(5, entry.getValue().status().name());
					statement.setString(6, entry.getValue().reason());
				});
	}

	@Override
	public void settleLink(UUID id, RowLink outcome) {
		jdbc.sql("update item_import_link set status = :status, reason = :reason, dependency_id = :dependency "
				+ "where import_id = :id and prerequisite_key = :prerequisite and dependent_key = :dependent "
				+ "and status = 'PENDING'")
			.param("status", outcome.status().name())
			.param("reason", outcome.reason())
			.param("dependency", outcome.dependencyId())
			.param("id", id)
			.param("prerequisite", outcome.prerequisiteKey())
			.param("dependent", outcome.dependentKey())
			.update();
	}

	@Override
	public LinkCounts linkCounts(UUID id) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select status, count(distinct (prerequisite_key, dependent_key)) from item_import_link "
				+ "where import_id = :id group by status")
			.param("id", id)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return new LinkCounts(counts.getOrDefault("PENDING", 0L), counts.getOrDefault("CREATED", 0L),
				counts.getOrDefault("EXISTING", 0L), counts.getOrDefault("REFUSED", 0L),
				counts.getOrDefault("UNRESOLVED", 0L));
	}

	private static RowResult row(ResultSet rs) throws SQLException {
		return new RowResult(rs.getLong("line"), rs.getString("external_key"), RowAction.valueOf(rs.getString("action")),
				rs.getString("item_key"), rs.getString("reason"), texts(rs.getArray("blocks")),
				texts(rs.getArray("blocked_by")));
	}

	private static RowLink link(ResultSet rs) throws SQLException {
		return new RowLink(rs.getString("prerequisite_key"), rs.getString("dependent_key"),
				LinkStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getObject("dependency_id", UUID.class));
	}

	private static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Map<String, Object> counts(ImportCounts counts) {
		return Map.of("rows", counts.rows(), "created", counts.created(), "updated", counts.updated(),
				"unchanged", counts.unchanged(), "errors", counts.errors(), "missing", counts.missing());
	}

	private static ImportJob job(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getString("product_key"), ImportFormat.valueOf(rs.getString("format")), rs.getBoolean("dry_run"),
				ImportStatus.valueOf(rs.getString("status")), rs.getString("file_name"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				rs.getString("failure"), new ImportCounts(rs.getLong("row_count"), rs.getLong("created"),
						rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("errors"), rs.getLong("missing")));
	}

}
