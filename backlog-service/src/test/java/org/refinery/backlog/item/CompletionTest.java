package org.refinery.backlog.item;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompletionTest {

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	static final LocalDate FIRST_PERIOD = LocalDate.parse("2026-01-05");

	static Item in(ItemStatus status, Instant completedAt) {
		return new Item(UUID.randomUUID(), UUID.randomUUID(), "PAY", "PAY-1", ItemType.STORY, "Pay by link", null,
				List.of("a"), null, "PAY-CHECKOUT", Set.of(), null, "i", status, completedAt, null, 4);
	}

	static Instant claim(Item item, ItemStatus target, Instant claimed) {
		return Completion.of(item, target, claimed, FIRST_PERIOD, NOW);
	}

	@Test
	void withoutAClaimWorkIsFinishedNow() {
		assertThat(claim(in(ItemStatus.IN_PROGRESS, null), ItemStatus.DONE, null)).isEqualTo(NOW);
	}

	@Test
	void aClaimedTimeInThePastIsTakenToTheMicrosecondThatIsStored() {
		Instant claimed = Instant.parse("2026-10-01T12:00:00.123456789Z");

		assertThat(claim(in(ItemStatus.IN_PROGRESS, null), ItemStatus.DONE, claimed))
			.isEqualTo("2026-10-01T12:00:00.123456Z");
	}

	@Test
	void theBoundsThemselvesAreAllowed() {
		Item item = in(ItemStatus.IN_PROGRESS, null);
		Instant firstPeriodStart = Instant.parse("2026-01-05T00:00:00Z");
		Completion.of(item, ItemStatus.DONE, NOW, FIRST_PERIOD, NOW);
		Completion.of(item, ItemStatus.DONE, NOW.minus(Duration.ofDays(400)), LocalDate.parse("2025-01-01"), NOW);

		assertThat(claim(item, ItemStatus.DONE, firstPeriodStart)).isEqualTo(firstPeriodStart);
	}

	@Test
	void aCompletionInTheFutureIsRefused() {
		assertThatThrownBy(() -> claim(in(ItemStatus.IN_PROGRESS, null), ItemStatus.DONE, NOW.plusSeconds(1)))
			.isInstanceOf(CompletionRefused.class)
			.hasFieldOrPropertyWithValue("rule", "must not be in the future");
	}

	@Test
	void aCompletionMoreThanFourHundredDaysBackIsRefused() {
		Instant tooOld = NOW.minus(Duration.ofDays(400)).minusSeconds(1);

		assertThatThrownBy(() -> Completion.of(in(ItemStatus.IN_PROGRESS, null), ItemStatus.DONE, tooOld,
				LocalDate.parse("2020-01-01"), NOW))
			.isInstanceOf(CompletionRefused.class)
			.hasFieldOrPropertyWithValue("rule", "must not be more than 400 days back");
	}

	@Test
	void aCompletionBeforeTheProductsFirstPeriodIsRefusedBecauseItWouldCountInNoPeriod() {
		assertThatThrownBy(() -> claim(in(ItemStatus.IN_PROGRESS, null), ItemStatus.DONE,
				Instant.parse("2026-01-04T23:59:59Z")))
			.isInstanceOf(CompletionRefused.class)
			.satisfies(ex -> assertThat(((CompletionRefused) ex).rule()).startsWith(
					"must not be before the product's first period, which starts on 2026-01-05"));
	}

	@Test
	void aCompletionIsRecordedOnlyWhenTheItemMovesToDone() {
		Instant claimed = NOW.minus(Duration.ofDays(3));

		assertThatThrownBy(() -> claim(in(ItemStatus.PLANNED, null), ItemStatus.IN_PROGRESS, claimed))
			.isInstanceOf(CompletionRefused.class)
			.hasMessageStartingWith("completedAt can only be recorded when the item moves to DONE");
		assertThatThrownBy(() -> claim(in(ItemStatus.DONE, NOW.minus(Duration.ofDays(9))), ItemStatus.DONE, claimed))
			.isInstanceOf(CompletionRefused.class)
			.hasMessageEndingWith("PAY-1 is DONE already");
	}

	@Test
	void claimingTheSameCompletionAgainChangesNothing() {
		Instant claimed = NOW.minus(Duration.ofDays(3));
		Item done = in(ItemStatus.DONE, claimed);

		assertThat(done.movedTo(ItemStatus.DONE, Readiness.of(done), claim(done, ItemStatus.DONE, claimed)))
			.isSameAs(done);
	}

	@Test
	void aBackdatedCompletionIsTheItemsCompletionAndReopeningForgetsIt() {
		Item item = in(ItemStatus.IN_PROGRESS, null);
		Instant claimed = Instant.parse("2026-06-30T16:00:00Z");

		Item done = item.movedTo(ItemStatus.DONE, Readiness.of(item), claim(item, ItemStatus.DONE, claimed));

		assertThat(done.completedAt()).isEqualTo(claimed);
		assertThat(done.movedTo(ItemStatus.IN_PROGRESS, Readiness.of(done), NOW).completedAt()).isNull();
	}

}
