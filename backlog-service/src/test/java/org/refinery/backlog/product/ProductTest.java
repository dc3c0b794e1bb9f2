package org.refinery.backlog.product;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTest {

	static final LocalDate START = LocalDate.of(2026, 1, 5);

	@Test
	void aScrumProductCountsInSprints() {
		var product = Product.create(UUID.randomUUID(),
				new CreateProduct("PAY", "Payments", null, DeliveryMode.SCALED_SCRUM, 14, null, START));

		assertThat(product.periodLengthDays()).isEqualTo(14);
		assertThat(product.version()).isEqualTo(1);
	}

	@Test
	void aKanbanProductCountsInReleases() {
		var product = Product.create(UUID.randomUUID(),
				new CreateProduct("SHOP", "Storefront", null, DeliveryMode.SCALED_KANBAN, null, 42, START));

		assertThat(product.periodLengthDays()).isEqualTo(42);
	}

	@Test
	void aScrumProductNeedsASprintLength() {
		assertThatThrownBy(() -> Product.create(UUID.randomUUID(),
				new CreateProduct("PAY", "Payments", null, DeliveryMode.SCALED_SCRUM, null, 90, START)))
			.isInstanceOf(ProductRuleViolation.class)
			.hasMessage("A SCALED_SCRUM product needs sprintLengthDays");
	}

	@Test
	void aKanbanProductNeedsAReleaseLength() {
		assertThatThrownBy(() -> Product.create(UUID.randomUUID(),
				new CreateProduct("SHOP", "Storefront", null, DeliveryMode.SCALED_KANBAN, 14, null, START)))
			.isInstanceOf(ProductRuleViolation.class)
			.hasMessage("A SCALED_KANBAN product needs releaseLengthDays");
	}

	@Test
	void periodLengthsOutsideTheirRangesAreRefused() {
		assertThatThrownBy(() -> Product.create(UUID.randomUUID(),
				new CreateProduct("PAY", "Payments", null, DeliveryMode.SCALED_SCRUM, 61, null, START)))
			.hasMessage("sprintLengthDays must be between 1 and 60, was 61");
		assertThatThrownBy(() -> Product.create(UUID.randomUUID(),
				new CreateProduct("SHOP", "Storefront", null, DeliveryMode.SCALED_KANBAN, null, 0, START)))
			.hasMessage("releaseLengthDays must be between 1 and 366, was 0");
	}

	@Test
	void aChangeNamesEachSettingItAlteredWithItsValuesAsPeopleReadThem() {
		var product = Product.create(UUID.randomUUID(),
				new CreateProduct("PAY", "Payments", "Pay", DeliveryMode.SCALED_SCRUM, 14, null, START));

		var after = product.changed("Payments EU", null, DeliveryMode.SCALED_KANBAN, null, 42, START.plusDays(7));

		assertThat(product.changesTo(after)).containsExactly(
				new SettingChange("name", "Payments", "Payments EU"),
				new SettingChange("deliveryMode", "SCALED_SCRUM", "SCALED_KANBAN"),
				new SettingChange("releaseLengthDays", null, "42"),
				new SettingChange("firstPeriodStart", "2026-01-05", "2026-01-12"));
	}

	@Test
	void aChangeToTheSameSettingsChangesNothing() {
		var product = Product.create(UUID.randomUUID(),
				new CreateProduct("PAY", "Payments", "Pay", DeliveryMode.SCALED_SCRUM, 14, null, START));

		assertThat(product.changesTo(product.changed("Payments", "Pay", DeliveryMode.SCALED_SCRUM, 14, null, START)))
			.isEmpty();
		assertThat(product.changesTo(product.changed(null, null, null, null, null, null))).isEmpty();
	}

}
