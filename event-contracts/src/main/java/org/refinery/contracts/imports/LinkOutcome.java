package org.refinery.contracts.imports;

import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * What became of one imported link.
 *
 * @param prerequisiteKey the blocking issue's key in the other tracker, as sent
 * @param dependentKey the blocked issue's key in the other tracker, as sent
 * @param result created, already there, or refused
 * @param reason why it was refused (the rule, e.g. the cycle it would close); null otherwise
 * @param dependencyId the dependency created or found; null when refused
 */
public record LinkOutcome(String prerequisiteKey, String dependentKey, LinkResult result, String reason,
		UUID dependencyId) {

	public LinkOutcome {
		Fields.required(prerequisiteKey, "LinkOutcome", "prerequisiteKey");
		Fields.required(dependentKey, "LinkOutcome", "dependentKey");
		Fields.required(result, "LinkOutcome", "result");
	}

}
