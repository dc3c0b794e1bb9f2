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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog: each event record with its logical CloudEvents type and its topic. The
 * {@code ce_type} strings are spelled out rather than derived from class names so that
 * renaming or moving a Java class can never change the wire; they are frozen once released.
 */
public enum EventType {

	PRODUCT_CREATED(ProductCreated.class, "refinery.backlog.ProductCreated.v1", Topics.BACKLOG_PRODUCTS),
	PRODUCT_UPDATED(ProductUpdated.class, "refinery.backlog.ProductUpdated.v1", Topics.BACKLOG_PRODUCTS),
	TEAM_CREATED(TeamCreated.class, "refinery.backlog.TeamCreated.v1", Topics.BACKLOG_PRODUCTS),
	TEAM_UPDATED(TeamUpdated.class, "refinery.backlog.TeamUpdated.v1", Topics.BACKLOG_PRODUCTS),
	DEFINITION_OF_READY_CHANGED(DefinitionOfReadyChanged.class, "refinery.backlog.DefinitionOfReadyChanged.v1",
			Topics.BACKLOG_PRODUCTS),
	PRODUCT_MEMBERS_CHANGED(ProductMembersChanged.class, "refinery.backlog.ProductMembersChanged.v1",
			Topics.BACKLOG_PRODUCTS),
	ITEM_CREATED(ItemCreated.class, "refinery.backlog.ItemCreated.v1", Topics.BACKLOG_ITEMS),
	ITEM_REFINED(ItemRefined.class, "refinery.backlog.ItemRefined.v1", Topics.BACKLOG_ITEMS),
	ITEM_ESTIMATED(ItemEstimated.class, "refinery.backlog.ItemEstimated.v1", Topics.BACKLOG_ITEMS),
	ITEM_RERANKED(ItemReranked.class, "refinery.backlog.ItemReranked.v1", Topics.BACKLOG_ITEMS),
	ITEM_ASSIGNED(ItemAssigned.class, "refinery.backlog.ItemAssigned.v1", Topics.BACKLOG_ITEMS),
	ITEM_STATUS_CHANGED(ItemStatusChanged.class, "refinery.backlog.ItemStatusChanged.v1", Topics.BACKLOG_ITEMS),
	ITEM_SPLIT(ItemSplit.class, "refinery.backlog.ItemSplit.v1", Topics.BACKLOG_ITEMS),
	ITEM_REMOVED(ItemRemoved.class, "refinery.backlog.ItemRemoved.v1", Topics.BACKLOG_ITEMS),
	ITEM_RESTORED(ItemRestored.class, "refinery.backlog.ItemRestored.v1", Topics.BACKLOG_ITEMS),
	ITEM_READINESS_CHANGED(ItemReadinessChanged.class, "refinery.backlog.ItemReadinessChanged.v1",
			Topics.BACKLOG_ITEMS),
	REFINEMENT_SESSION_SCHEDULED(RefinementSessionScheduled.class, "refinery.backlog.RefinementSessionScheduled.v1",
			Topics.BACKLOG_SESSIONS),
	REFINEMENT_OUTCOME_RECORDED(RefinementOutcomeRecorded.class, "refinery.backlog.RefinementOutcomeRecorded.v1",
			Topics.BACKLOG_SESSIONS),
	REFINEMENT_SESSION_CLOSED(RefinementSessionClosed.class, "refinery.backlog.RefinementSessionClosed.v1",
			Topics.BACKLOG_SESSIONS),
	REFINEMENT_SESSION_UPDATED(RefinementSessionUpdated.class, "refinery.backlog.RefinementSessionUpdated.v1",
			Topics.BACKLOG_SESSIONS),
	REFINEMENT_SESSION_CANCELLED(RefinementSessionCancelled.class, "refinery.backlog.RefinementSessionCancelled.v1",
			Topics.BACKLOG_SESSIONS),
	DEPENDENCY_IDENTIFIED(DependencyIdentified.class, "refinery.dependencies.DependencyIdentified.v1",
			Topics.DEPENDENCIES),
	DEPENDENCY_STATUS_CHANGED(DependencyStatusChanged.class, "refinery.dependencies.DependencyStatusChanged.v1",
			Topics.DEPENDENCIES),
	DEPENDENCY_UPDATED(DependencyUpdated.class, "refinery.dependencies.DependencyUpdated.v1", Topics.DEPENDENCIES),
	GOAL_CREATED(GoalCreated.class, "refinery.alignment.GoalCreated.v1", Topics.ALIGNMENT_GOALS),
	GOAL_UPDATED(GoalUpdated.class, "refinery.alignment.GoalUpdated.v1", Topics.ALIGNMENT_GOALS),
	ITEM_LINKED_TO_GOAL(ItemLinkedToGoal.class, "refinery.alignment.ItemLinkedToGoal.v1", Topics.ALIGNMENT_LINKS),
	ITEM_UNLINKED_FROM_GOAL(ItemUnlinkedFromGoal.class, "refinery.alignment.ItemUnlinkedFromGoal.v1",
			Topics.ALIGNMENT_LINKS),
	FORECAST_COMPUTED(ForecastComputed.class, "refinery.forecasts.ForecastComputed.v1", Topics.FORECASTS),
	ITEM_LINKS_IMPORTED(ItemLinksImported.class, "refinery.imports.ItemLinksImported.v1", Topics.IMPORTS),
	IMPORTED_LINKS_SETTLED(ImportedLinksSettled.class, "refinery.imports.ImportedLinksSettled.v1", Topics.IMPORTS);

	private static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

	private static final Map<Class<?>, EventType> BY_RECORD_TYPE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

	private final Class<? extends RefineryEvent> recordType;

	private final String ceType;

	private final String topic;

	EventType(Class<? extends RefineryEvent> recordType, String ceType, String topic) {
		this.recordType = recordType;
		this.ceType = ceType;
		this.topic = topic;
	}

	/** The Java record of this event. */
	public Class<? extends RefineryEvent> recordType() {
		return recordType;
	}

	/** The logical CloudEvents type, e.g. {@code refinery.backlog.ItemRefined.v1}. */
	public String ceType() {
		return ceType;
	}

	/** The topic the event is published on. */
	public String topic() {
		return topic;
	}

	/** The type of an event. */
	public static EventType of(RefineryEvent event) {
		return of(Objects.requireNonNull(event, "event is required").getClass());
	}

	/** The type of an event record class. */
	public static EventType of(Class<? extends RefineryEvent> recordType) {
		EventType type = BY_RECORD_TYPE.get(recordType);
		if (type == null) {
			throw new IllegalArgumentException("Not a registered event record: " + recordType);
		}
		return type;
	}

	/** The type named by a {@code ce_type}, or empty when the catalog does not know it. */
	public static Optional<EventType> findByCeType(String ceType) {
		return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
	}

	/**
	 * The type named by a {@code ce_type}.
	 * @throws UnknownEventTypeException when the catalog does not know it
	 */
	public static EventType fromCeType(String ceType) {
		return findByCeType(ceType).orElseThrow(() -> new UnknownEventTypeException(ceType));
	}

	/** The types published on a topic, in catalog order. */
	public static List<EventType> onTopic(String topic) {
		return Arrays.stream(values()).filter(type -> type.topic.equals(topic)).toList();
	}

}
