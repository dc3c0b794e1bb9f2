package org.refinery.dependency.tracking.messaging;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyState;
import org.refinery.contracts.dependencies.DependencyStatusChanged;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.dependency.tracking.Actor;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyChanged;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;
import org.refinery.membership.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract events this service produces match the frozen samples of event-contracts. */
class DependencyEventsOutTest {

	final List<Object> published = new ArrayList<>();

	static final DependencyIdentified IDENTIFIED = EventSamples.event(DependencyIdentified.class);

	static final DependencyStatusChanged ACKNOWLEDGED = EventSamples.event(DependencyStatusChanged.class);

	DependencyEventsOut at(Instant now) {
		return new DependencyEventsOut(published::add, Clock.fixed(now, ZoneOffset.UTC));
	}

	/** The sample's dependency as this service holds it. */
	static Dependency identified() {
		DependencyState s = IDENTIFIED.dependency();
		return new Dependency(s.id(), s.productId(), "PAY", new Dependency.End(s.dependentItemId(), "PAY-42",
				s.dependentTeamKey()), new Dependency.End(s.prerequisiteItemId(), "PAY-31", s.prerequisiteTeamKey()),
				DependencyType.BLOCKS, DependencyStatus.IDENTIFIED, s.neededBy(), IDENTIFIED.note(), s.sessionId(),
				IDENTIFIED.occurredAt(), "tess", null, null, null, false, 1);
	}

	@Test
	void anIdentifiedDependencyIsPublishedAsTheFrozenDependencyIdentifiedSample() {
		var actor = new Actor(IDENTIFIED.actor().subject(), IDENTIFIED.actor().username());

		at(IDENTIFIED.occurredAt()).on(new DependencyChanged(null, identified(), actor));

		var event = (DependencyIdentified) published.getFirst();
		assertThat(event).isEqualTo(new DependencyIdentified(event.eventId(), IDENTIFIED.occurredAt(),
				IDENTIFIED.productId(), IDENTIFIED.aggregateId(), 1, IDENTIFIED.actor(), IDENTIFIED.dependency(),
				IDENTIFIED.note()));
	}

	@Test
	void anAcknowledgementIsPublishedAsTheFrozenDependencyStatusChangedSample() {
		var theo = new Caller(ACKNOWLEDGED.actor().subject(), "theo", false, false, false, Set.of("PAY"),
				Set.of("PAY-LEDGER"));
		var after = identified().movedTo(DependencyStatus.ACKNOWLEDGED, theo, ACKNOWLEDGED.reason(),
				ACKNOWLEDGED.occurredAt());

		at(ACKNOWLEDGED.occurredAt()).on(new DependencyChanged(identified(), after,
				new Actor(ACKNOWLEDGED.actor().subject(), "theo")));

		var event = (DependencyStatusChanged) published.getFirst();
		assertThat(event).isEqualTo(new DependencyStatusChanged(event.eventId(), ACKNOWLEDGED.occurredAt(),
				ACKNOWLEDGED.productId(), ACKNOWLEDGED.aggregateId(), 2, ACKNOWLEDGED.actor(),
				ACKNOWLEDGED.dependency(), ACKNOWLEDGED.from(), ACKNOWLEDGED.to(), ACKNOWLEDGED.reason()));
	}

}
