package org.refinery.backlog.product.persistence;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.DefinitionHistoryEntry;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.DefinitionsOfReady;
import org.refinery.backlog.product.ReadinessRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@Repository
class JdbcDefinitionsOfReady implements DefinitionsOfReady {

	private final JdbcClient jdbc;

	JdbcDefinitionsOfReady(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public DefinitionOfReady of(UUID productId) {
		return jdbc.sql("select * from definition_of_ready where product_id = :product")
			.param("product", productId)
			.query(JdbcDefinitionsOfReady::definition)
			.optional()
			.orElseGet(DefinitionOfReady::standard);
	}

	@Override
	public long save(UUID productId, DefinitionOfReady before, DefinitionOfReady definition, Actor actor) {
		jdbc.sql("insert into definition_of_ready (product_id, rules, max_estimate, checklist_codes, checklist_texts) "
				+ "values (:product, :rules, :max, :codes, :texts) on conflict (product_id) do update set "
				+ "rules = excluded.rules, max_estimate = excluded.max_estimate, "
				+ "checklist_codes = excluded.checklist_codes, checklist_texts = excluded.checklist_texts")
			.param("product", productId)
			.param("rules", definition.rules().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("max", definition.maxEstimate())
			.param("codes", definition.checklist().stream().map(DefinitionOfReady.Check::code).toArray(String[]::new))
			.param("texts", definition.checklist().stream().map(DefinitionOfReady.Check::text).toArray(String[]::new))
			.update();
		long version = jdbc.sql("update product set version = version + 1 where id = :product returning version")
			.param("product", productId)
			.query(Long.class)
			.single();
		Map<String, String> old = parts(before);
		parts(definition).forEach((part, value) -> {
			if (!Objects.equals(old.get(part), value)) {
				jdbc.sql("insert into definition_of_ready_history (product_id, version, actor, actor_name, field, "
						+ "old_value, new_value) values (:product, :version, :actor, :name, :field, :old, :new)")
					.param("product", productId).param("version", version).param("actor", actor.subject())
					.param("name", actor.username()).param("field", part).param("old", old.get(part))
					.param("new", value)
					.update();
			}
		});
		return version;
	}

	@Override
	public List<DefinitionHistoryEntry> history(UUID productId, int offset, int limit) {
		return jdbc.sql("select version, changed_at, actor_name, field, old_value, new_value "
				+ "from definition_of_ready_history where product_id = :product order by version desc, field "
				+ "offset :offset limit :limit")
			.param("product", productId)
			.param("offset", offset)
			.param("limit", limit)
			.query((row, n) -> new DefinitionHistoryEntry(row.getLong("version"),
					row.getTimestamp("changed_at").toInstant(), row.getString("actor_name"), row.getString("field"),
					row.getString("old_value"), row.getString("new_value")))
			.list();
	}

	@Override
	public long historyCount(UUID productId) {
		return jdbc.sql("select count(*) from definition_of_ready_history where product_id = :product")
			.param("product", productId)
			.query(Long.class)
			.single();
	}

	/** Each part as people read it: rules by name, the limit in plain digits, one checklist item a line. */
	private static Map<String, String> parts(DefinitionOfReady definition) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("rules", String.join(", ", definition.rules().stream().map(Enum::name).sorted().toList()));
		parts.put("maxEstimate", definition.maxEstimate() == null ? null
				: definition.maxEstimate().stripTrailingZeros().toPlainString());
		parts.put("checklist", String.join("\n", definition.checklist().stream()
			.map(check -> check.code() + ": " + check.text())
			.toList()));
		return parts;
	}

	private static DefinitionOfReady definition(ResultSet row, int number) throws SQLException {
		var rules = EnumSet.noneOf(ReadinessRule.class);
		Arrays.stream((String[]) row.getArray("rules").getArray()).map(ReadinessRule::valueOf).forEach(rules::add);
		String[] codes = (String[]) row.getArray("checklist_codes").getArray();
		String[] texts = (String[]) row.getArray("checklist_texts").getArray();
		List<DefinitionOfReady.Check> checklist = new ArrayList<>();
		for (int i = 0; i < codes.length; i++) {
			checklist.add(new DefinitionOfReady.Check(codes[i], texts[i]));
		}
		return new DefinitionOfReady(rules, row.getBigDecimal("max_estimate"), checklist);
	}

}
