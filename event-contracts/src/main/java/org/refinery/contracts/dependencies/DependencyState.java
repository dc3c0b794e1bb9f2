package org.refinery.contracts.dependencies;

import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A dependency as it is after a change.
 *
 * @param id the dependency id
 * @param productId the product of the dependent item
 * @param dependentItemId the item that needs the other one
 * @param prerequisiteItemId the item that is needed
 * @param dependentTeamKey the team owning the dependent item; {@code null} if unassigned
 * @param prerequisiteTeamKey the team owning the prerequisite item; {@code null} if unassigned
 * @param type blocking or merely related
 * @param status the status
 * @param neededBy when the dependent team needs it, as a period label ("Sprint 7") or an
 *        ISO date; optional
 * @param sessionId the refinement session where it was identified; optional
 * @param version the dependency's version, equal to the event's aggregate version
 */
public record DependencyState(UUID id, UUID productId, UUID dependentItemId, UUID prerequisiteItemId,
		String dependentTeamKey, String prerequisiteTeamKey, DependencyType type, DependencyStatus status,
		String neededBy, UUID sessionId, long version) {

	public DependencyState {
		Fields.required(id, "DependencyState", "id");
		Fields.required(productId, "DependencyState", "productId");
		Fields.required(dependentItemId, "DependencyState", "dependentItemId");
		Fields.required(prerequisiteItemId, "DependencyState", "prerequisiteItemId");
		Fields.required(type, "DependencyState", "type");
		Fields.required(status, "DependencyState", "status");
	}

}
