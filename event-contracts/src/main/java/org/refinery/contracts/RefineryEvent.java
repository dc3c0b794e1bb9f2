package org.refinery.contracts;

import org.refinery.contracts.alignment.GoalCreated;
import org.refinery.contracts.alignment.GoalUpdated;
import org.refinery.contracts.alignment.ItemLinkedToGoal;
import org.refinery.contracts.alignment.ItemUnlinkedFromGoal;
import org.refinery.contracts.backlog.items.ItemAssigned;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemReadinessChanged;
import org.refinery.contracts.backlog.items.ItemRefined;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.backlog.items.ItemReranked;
import org.refinery.contracts.backlog.items.ItemRestored;
import org.refinery.contracts.backlog.items.ItemSplit;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.contracts.backlog.products.DefinitionOfReadyChanged;
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.refinery.contracts.backlog.products.ProductUpdated;
import org.refinery.contracts.backlog.products.TeamCreated;
import org.refinery.contracts.backlog.products.TeamUpdated;
import org.refinery.contracts.backlog.sessions.RefinementOutcomeRecorded;
import org.refinery.contracts.backlog.sessions.RefinementSessionCancelled;
import org.refinery.contracts.backlog.sessions.RefinementSessionClosed;
import org.refinery.contracts.backlog.sessions.RefinementSessionScheduled;
import org.refinery.contracts.backlog.sessions.RefinementSessionUpdated;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyStatusChanged;
import org.refinery.contracts.dependencies.DependencyUpdated;
import org.refinery.contracts.forecasts.ForecastComputed;
import org.refinery.contracts.imports.ImportedLinksSettled;
import org.refinery.contracts.imports.ItemLinksImported;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact that already happened in one service and that other services may rely on. The
 * hierarchy is sealed so a consumer can {@code switch} over it exhaustively and the compiler
 * tells every consumer when the catalog grows.
 * <p>
 * Every event carries the aggregate's state after the change, so a consumer upserts its read
 * model from the event alone and ignores any event whose {@link #aggregateVersion()} is not
 * newer than what it holds: duplicates and reordering are then harmless.
 */
public sealed interface RefineryEvent permits ProductCreated, ProductUpdated, TeamCreated, TeamUpdated,
		DefinitionOfReadyChanged, ProductMembersChanged, ItemCreated, ItemRefined, ItemEstimated, ItemReranked, ItemAssigned,
		ItemStatusChanged, ItemSplit, ItemRemoved, ItemRestored, ItemReadinessChanged, RefinementSessionScheduled,
		RefinementOutcomeRecorded, RefinementSessionClosed, RefinementSessionUpdated,
		RefinementSessionCancelled, DependencyIdentified, DependencyStatusChanged,
		DependencyUpdated, GoalCreated, GoalUpdated, ItemLinkedToGoal, ItemUnlinkedFromGoal, ForecastComputed,
		ItemLinksImported, ImportedLinksSettled {

	/** Unique per event; also the CloudEvents {@code ce_id}, so consumers can de-duplicate. */
	UUID eventId();

	/** When the change was committed by the producer. */
	Instant occurredAt();

	/** The product the change belongs to; {@code null} only for organisation-wide goals. */
	UUID productId();

	/** The id of the changed aggregate; also the Kafka key and the CloudEvents subject. */
	UUID aggregateId();

	/** Monotonic per aggregate, starting at 1; consumers keep only newer versions. */
	long aggregateVersion();

	/** Who caused the change. */
	Actor actor();

}
