package org.refinery.dependency.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a change did to a dependency, field by field, as its history shows it. The removal flag
 * is left out: it is set without a new version, because the item's removal may be undone.
 */
public final class DependencyDiff {

	private DependencyDiff() {
	}

	/** The fields that differ; with {@code before} null (identified), every field that has a value. */
	public static List<FieldChange> between(Dependency before, Dependency after) {
		Map<String, String> old = before == null ? Map.of() : fields(before);
		List<FieldChange> changes = new ArrayList<>();
		fields(after).forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				changes.add(new FieldChange(field, old.get(field), value));
			}
		});
		return changes;
	}

	private static Map<String, String> fields(Dependency d) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("dependentItemKey", d.dependent().itemKey());
		fields.put("prerequisiteItemKey", d.prerequisite().itemKey());
		fields.put("type", d.type().name());
		fields.put("status", d.status().name());
		fields.put("statusReason", d.statusReason());
		fields.put("neededBy", d.neededBy());
		fields.put("note", d.note());
		fields.put("dependentTeamKey", d.dependent().teamKey());
		fields.put("prerequisiteTeamKey", d.prerequisite().teamKey());
		fields.put("sessionId", d.sessionId() == null ? null : d.sessionId().toString());
		return fields;
	}

}
