package org.refinery.dependency.tracking;

import org.refinery.membership.Caller;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A Blocks link an import brought, waiting for a decision: the prerequisite blocks the dependent.
 * The external keys name it in the answer; the importer is whom the dependency is identified for.
 */
public record PendingLink(UUID importId, UUID productId, String productKey, String system, UUID prerequisiteItemId,
		UUID dependentItemId, String prerequisiteKey, String dependentKey, Actor importer, Instant receivedAt) {

	/**
	 * The importer as the dependency rules see them: a product owner of the imported product, which
	 * backlog-service checked before it accepted the file (only product owners and administrators
	 * import). Their other rights play no part here.
	 */
	public Caller caller() {
		return new Caller(importer.subject(), importer.username(), false, false, true,
				Set.of(productKey), Set.of());
	}

	public String note() {
		return "Imported from " + system + ": " + prerequisiteKey + " blocks " + dependentKey;
	}

}
