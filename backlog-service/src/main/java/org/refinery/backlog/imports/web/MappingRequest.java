package org.refinery.backlog.imports.web;

import jakarta.validation.constraints.Size;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.ImportOrder;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;

import java.util.Map;

/**
 * The {@code mapping} part of a multipart import: overrides of the defaults, every member
 * optional. Types and statuses map the tracker's names (any case) to Refinery's; the fields name
 * a CSV column or a JSON field id; teams map a team value to a team key of the product.
 */
record MappingRequest(@Size(max = 200) Map<String, ItemType> types, @Size(max = 200) Map<String, ItemStatus> statuses,
		@Size(max = 200) String teamField, @Size(max = 500) Map<String, String> teams,
		@Size(max = 200) String estimateField, @Size(max = 200) String acceptanceCriteriaField,
		@Size(max = 200) String rankField, ImportOrder order) {

	ImportMapping toMapping() {
		return new ImportMapping(types, statuses, teamField, teams, estimateField, acceptanceCriteriaField, rankField,
				order);
	}

}
