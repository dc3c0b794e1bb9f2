package org.refinery.backlog.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A product and its cadence. Scrum products count in Sprints of {@code sprintLengthDays},
 * Kanban products in Releases of {@code releaseLengthDays}; both start at
 * {@code firstPeriodStart}.
 */
public record Product(UUID id, String key, String name, String vision, DeliveryMode deliveryMode,
		Integer sprintLengthDays, Integer releaseLengthDays, LocalDate firstPeriodStart, long version) {

	public Product {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(deliveryMode, "deliveryMode");
		Objects.requireNonNull(firstPeriodStart, "firstPeriodStart");
	}

	/**
	 * A new product. Its cadence must fit its delivery mode: Sprints for Scaled Scrum, Releases
	 * for Scaled Kanban, because forecasts are expressed in exactly those periods.
	 */
	public static Product create(UUID id, CreateProduct command) {
		requireCadence(command.deliveryMode(), command.sprintLengthDays(), command.releaseLengthDays());
		return new Product(id, command.key(), command.name(), command.vision(), command.deliveryMode(),
				command.sprintLengthDays(), command.releaseLengthDays(), command.firstPeriodStart(), 1);
	}

	/** The product with new settings; null leaves a setting as it is. The cadence must still fit. */
	public Product changed(String newName, String newVision, DeliveryMode newMode, Integer newSprintLength,
			Integer newReleaseLength, LocalDate newStart) {
		DeliveryMode mode = newMode == null ? deliveryMode : newMode;
		Integer sprint = newSprintLength == null ? sprintLengthDays : newSprintLength;
		Integer release = newReleaseLength == null ? releaseLengthDays : newReleaseLength;
		requireCadence(mode, sprint, release);
		return new Product(id, key, newName == null ? name : newName, newVision == null ? vision : newVision, mode,
				sprint, release, newStart == null ? firstPeriodStart : newStart, version + 1);
	}

	/**
	 * The settings that differ between this product and {@code after}, in a fixed order; empty
	 * when a change changed nothing, which then changes neither the version nor the history.
	 */
	public List<SettingChange> changesTo(Product after) {
		List<SettingChange> changes = new ArrayList<>();
		compare(changes, "name", name, after.name);
		compare(changes, "vision", vision, after.vision);
		compare(changes, "deliveryMode", deliveryMode, after.deliveryMode);
		compare(changes, "sprintLengthDays", sprintLengthDays, after.sprintLengthDays);
		compare(changes, "releaseLengthDays", releaseLengthDays, after.releaseLengthDays);
		compare(changes, "firstPeriodStart", firstPeriodStart, after.firstPeriodStart);
		return changes;
	}

	private static void compare(List<SettingChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new SettingChange(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	/** The length in days of one forecast period: a Sprint or a Release. */
	public int periodLengthDays() {
		return deliveryMode == DeliveryMode.SCALED_SCRUM ? sprintLengthDays : releaseLengthDays;
	}

	static void requireCadence(DeliveryMode mode, Integer sprintLengthDays, Integer releaseLengthDays) {
		if (mode == DeliveryMode.SCALED_SCRUM && sprintLengthDays == null) {
			throw new ProductRuleViolation("A SCALED_SCRUM product needs sprintLengthDays");
		}
		if (mode == DeliveryMode.SCALED_KANBAN && releaseLengthDays == null) {
			throw new ProductRuleViolation("A SCALED_KANBAN product needs releaseLengthDays");
		}
		if (sprintLengthDays != null && (sprintLengthDays < 1 || sprintLengthDays > 60)) {
			throw new ProductRuleViolation("sprintLengthDays must be between 1 and 60, was " + sprintLengthDays);
		}
		if (releaseLengthDays != null && (releaseLengthDays < 1 || releaseLengthDays > 366)) {
			throw new ProductRuleViolation("releaseLengthDays must be between 1 and 366, was " + releaseLengthDays);
		}
	}

}
