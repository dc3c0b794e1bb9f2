package org.refinery.contracts.samples;

import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;

/**
 * The record each frozen sample must read as. The switch is exhaustive over the catalog, so a
 * new event type does not compile until it has an expected record (and thus a sample).
 */
final class ExpectedEvents {

	private ExpectedEvents() {
	}

	static RefineryEvent of(EventType type) {
		return switch (type) {
			case PRODUCT_CREATED -> ProductFixtures.productCreated();
			case PRODUCT_UPDATED -> ProductFixtures.productUpdated();
			case TEAM_CREATED -> ProductFixtures.teamCreated();
			case TEAM_UPDATED -> ProductFixtures.teamUpdated();
			case DEFINITION_OF_READY_CHANGED -> ProductFixtures.definitionOfReadyChanged();
			case PRODUCT_MEMBERS_CHANGED -> ProductFixtures.productMembersChanged();
			case ITEM_CREATED -> ItemFixtures.itemCreated();
			case ITEM_REFINED -> ItemFixtures.itemRefined();
			case ITEM_ESTIMATED -> ItemFixtures.itemEstimated();
			case ITEM_RERANKED -> ItemFixtures.itemReranked();
			case ITEM_ASSIGNED -> ItemFixtures.itemAssigned();
			case ITEM_STATUS_CHANGED -> ItemFixtures.itemStatusChanged();
			case ITEM_SPLIT -> ItemFixtures.itemSplit();
			case ITEM_REMOVED -> ItemFixtures.itemRemoved();
			case ITEM_RESTORED -> ItemFixtures.itemRestored();
			case ITEM_READINESS_CHANGED -> ReadinessFixtures.itemReadinessChanged();
			case REFINEMENT_SESSION_SCHEDULED -> SessionFixtures.sessionScheduled();
			case REFINEMENT_OUTCOME_RECORDED -> SessionFixtures.outcomeRecorded();
			case REFINEMENT_SESSION_CLOSED -> SessionFixtures.sessionClosed();
			case REFINEMENT_SESSION_UPDATED -> SessionFixtures.sessionUpdated();
			case REFINEMENT_SESSION_CANCELLED -> SessionFixtures.sessionCancelled();
			case DEPENDENCY_IDENTIFIED -> DependencyFixtures.dependencyIdentified();
			case DEPENDENCY_STATUS_CHANGED -> DependencyFixtures.dependencyStatusChanged();
			case DEPENDENCY_UPDATED -> DependencyFixtures.dependencyUpdated();
			case GOAL_CREATED -> AlignmentFixtures.goalCreated();
			case GOAL_UPDATED -> AlignmentFixtures.goalUpdated();
			case ITEM_LINKED_TO_GOAL -> AlignmentFixtures.itemLinkedToGoal();
			case ITEM_UNLINKED_FROM_GOAL -> AlignmentFixtures.itemUnlinkedFromGoal();
			case FORECAST_COMPUTED -> ForecastFixtures.forecastComputed();
			case ITEM_LINKS_IMPORTED -> ImportFixtures.itemLinksImported();
			case IMPORTED_LINKS_SETTLED -> ImportFixtures.importedLinksSettled();
		};
	}

}
