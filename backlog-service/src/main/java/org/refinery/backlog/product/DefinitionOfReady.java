package org.refinery.backlog.product;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A product's Definition of Ready: the built-in rules its product owners enabled, the largest
 * estimate an item may carry into planning, and custom checklist items people tick per item.
 * A product that never set one uses {@link #standard()}.
 */
public record DefinitionOfReady(Set<ReadinessRule> rules, BigDecimal maxEstimate, List<Check> checklist) {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	/** A custom item of the checklist: a stable code and the question people answer. */
	public record Check(String code, String text) {
	}

	public DefinitionOfReady {
		rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
		checklist = List.copyOf(checklist);
		if (rules.contains(ReadinessRule.ESTIMATE_WITHIN_LIMIT) && (maxEstimate == null || maxEstimate.signum() <= 0)) {
			throw new ProductRuleViolation("ESTIMATE_WITHIN_LIMIT needs a positive maxEstimate");
		}
		if (rules.contains(ReadinessRule.CHECKLIST_CONFIRMED) && checklist.isEmpty()) {
			throw new ProductRuleViolation("CHECKLIST_CONFIRMED needs at least one checklist item");
		}
		Set<String> codes = new HashSet<>();
		for (Check check : checklist) {
			if (!CODE.matcher(check.code()).matches() || !codes.add(check.code())) {
				throw new ProductRuleViolation("Checklist codes must be unique lower-case words such as "
						+ "'ux-reviewed', was " + check.code());
			}
		}
	}

	/** What every product starts with: criteria, an estimate and an owning team. */
	public static DefinitionOfReady standard() {
		return new DefinitionOfReady(EnumSet.of(ReadinessRule.HAS_ACCEPTANCE_CRITERIA, ReadinessRule.ESTIMATED,
				ReadinessRule.TEAM_ASSIGNED), null, List.of());
	}

	/** Whether both hold the same rules, limit and checklist; limits compare by value (8 is 8.0). */
	public boolean sameAs(DefinitionOfReady other) {
		boolean sameLimit = maxEstimate == null ? other.maxEstimate == null
				: other.maxEstimate != null && maxEstimate.compareTo(other.maxEstimate) == 0;
		return sameLimit && rules.equals(other.rules) && checklist.equals(other.checklist);
	}

	public boolean enables(ReadinessRule rule) {
		return rules.contains(rule);
	}

}
