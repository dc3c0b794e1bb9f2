package org.refinery.contracts.imports;

import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * The import job an event is about.
 *
 * @param id the import job's id (the aggregate)
 * @param productId the product imported into
 * @param productKey the product's key, {@code PAY}
 * @param system where the file came from: {@code jira}, {@code azure} or {@code refinery}
 */
public record ImportState(UUID id, UUID productId, String productKey, String system) {

	public ImportState {
		Fields.required(id, "ImportState", "id");
		Fields.required(productId, "ImportState", "productId");
		Fields.required(productKey, "ImportState", "productKey");
		Fields.required(system, "ImportState", "system");
	}

}
