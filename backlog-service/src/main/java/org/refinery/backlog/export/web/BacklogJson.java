package org.refinery.backlog.export.web;

import org.refinery.backlog.export.BacklogWriter;
import org.refinery.backlog.export.ExportedItem;
import org.refinery.backlog.export.ExportedProduct;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.team.Team;
import tools.jackson.core.JsonGenerator;

import java.time.Instant;
import java.util.List;

/**
 * A backlog as the {@code refinery-backlog} JSON document, version 1 (docs/integrations.md):
 * {@code format}, {@code version}, {@code exportedAt}, the {@code product} with its settings and
 * Definition of Ready, its {@code teams}, then its {@code items} in backlog order. Written token
 * by token, so that only the current item is ever in memory. Version 1 only ever gains members;
 * an importer ignores members it does not know.
 */
final class BacklogJson implements BacklogWriter {

	static final String FORMAT = "refinery-backlog";

	static final int VERSION = 1;

	private final JsonGenerator json;

	private final Instant exportedAt;

	BacklogJson(JsonGenerator json, Instant exportedAt) {
		this.json = json;
		this.exportedAt = exportedAt;
	}

	@Override
	public void start(ExportedProduct exported) {
		json.writeStartObject();
		json.writeStringProperty("format", FORMAT);
		json.writeNumberProperty("version", VERSION);
		json.writeStringProperty("exportedAt", exportedAt.toString());
		product(exported.product(), exported.definitionOfReady());
		json.writeArrayPropertyStart("teams");
		for (Team team : exported.teams()) {
			json.writeStartObject();
			json.writeStringProperty("id", team.id().toString());
			json.writeStringProperty("key", team.key());
			json.writeStringProperty("name", team.name());
			json.writeStringProperty("workMode", team.workMode().name());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("items");
	}

	private void product(Product product, DefinitionOfReady definition) {
		json.writeObjectPropertyStart("product");
		json.writeStringProperty("id", product.id().toString());
		json.writeStringProperty("key", product.key());
		json.writeStringProperty("name", product.name());
		json.writeStringProperty("vision", product.vision());
		json.writeStringProperty("deliveryMode", product.deliveryMode().name());
		number("sprintLengthDays", product.sprintLengthDays());
		number("releaseLengthDays", product.releaseLengthDays());
		json.writeStringProperty("firstPeriodStart", product.firstPeriodStart().toString());
		json.writeObjectPropertyStart("definitionOfReady");
		strings("rules", definition.rules().stream().map(Enum::name).sorted().toList());
		json.writeNumberProperty("maxEstimate", definition.maxEstimate());
		json.writeArrayPropertyStart("checklist");
		for (DefinitionOfReady.Check check : definition.checklist()) {
			json.writeStartObject();
			json.writeStringProperty("code", check.code());
			json.writeStringProperty("text", check.text());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
	}

	@Override
	public void item(ExportedItem item) {
		json.writeStartObject();
		json.writeNumberProperty("position", item.position());
		json.writeStringProperty("id", item.id().toString());
		json.writeStringProperty("key", item.key());
		json.writeStringProperty("type", item.type().name());
		json.writeStringProperty("title", item.title());
		json.writeStringProperty("description", item.description());
		strings("acceptanceCriteria", item.acceptanceCriteria());
		json.writeStringProperty("status", item.status().name());
		json.writeStringProperty("statusBeforeRemoval", text(item.statusBeforeRemoval()));
		json.writeStringProperty("removedReason", item.removedReason());
		json.writeStringProperty("teamKey", item.teamKey());
		strings("contributingTeamKeys", item.contributingTeamKeys());
		json.writeStringProperty("parentId", text(item.parentId()));
		json.writeStringProperty("parentKey", item.parentKey());
		json.writeNumberProperty("estimate", item.estimate());
		json.writeStringProperty("rank", item.rank());
		json.writeArrayPropertyStart("checklist");
		for (ExportedItem.Check check : item.checklist()) {
			json.writeStartObject();
			json.writeStringProperty("code", check.code());
			json.writeStringProperty("tickedBy", check.tickedBy());
			json.writeStringProperty("tickedAt", text(check.tickedAt()));
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeStringProperty("createdAt", text(item.createdAt()));
		json.writeStringProperty("completedAt", text(item.completedAt()));
		json.writeStringProperty("updatedAt", text(item.updatedAt()));
		json.writeEndObject();
	}

	@Override
	public void finish() {
		json.writeEndArray();
		json.writeEndObject();
		json.flush();
	}

	private void number(String name, Integer value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value.intValue());
		}
	}

	private void strings(String name, List<String> values) {
		json.writeArrayPropertyStart(name);
		values.forEach(json::writeString);
		json.writeEndArray();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
