package org.refinery.contracts.imports;

import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * One Blocks link of an imported file, both ends resolved to Refinery items: the prerequisite
 * blocks the dependent. The external keys ({@code SHOP-2}) name the link in the answer.
 *
 * @param prerequisiteItemId the item that blocks
 * @param dependentItemId the item that is blocked
 * @param prerequisiteKey the blocking issue's key in the other tracker
 * @param dependentKey the blocked issue's key in the other tracker
 */
public record ImportedLink(UUID prerequisiteItemId, UUID dependentItemId, String prerequisiteKey,
		String dependentKey) {

	public ImportedLink {
		Fields.required(prerequisiteItemId, "ImportedLink", "prerequisiteItemId");
		Fields.required(dependentItemId, "ImportedLink", "dependentItemId");
		Fields.required(prerequisiteKey, "ImportedLink", "prerequisiteKey");
		Fields.required(dependentKey, "ImportedLink", "dependentKey");
	}

}
