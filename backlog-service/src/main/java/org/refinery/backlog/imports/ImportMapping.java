package org.refinery.backlog.imports;

import org.refinery.backlog.item.ItemContent;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a tracker's words become Refinery's: its types and statuses (matched ignoring case, the
 * request's entries over the defaults), which field holds the team, the estimate and the
 * acceptance criteria (null: the format's default), and team names to team keys. A team value
 * that names no team of the product, after the {@code teams} entries and ignoring case, and for an
 * Azure area path its last segment, is the row's error: better a preview full of errors than
 * items silently without a team. New items are ordered by the tracker's rank ({@code rankField},
 * null: the format's default) unless {@code order} says {@link ImportOrder#FILE}.
 */
public record ImportMapping(Map<String, ItemType> types, Map<String, ItemStatus> statuses, String teamField,
		Map<String, String> teams, String estimateField, String acceptanceCriteriaField, String rankField,
		ImportOrder order) {

	static final int MAX_TITLE = 300;

	static final int MAX_DESCRIPTION = 20_000;

	static final int MAX_CRITERIA = 50;

	static final int MAX_CRITERION = 2_000;

	static final BigDecimal MAX_ESTIMATE = BigDecimal.valueOf(1000);

	static final Map<String, ItemType> DEFAULT_TYPES = lowerKeys(Map.ofEntries(Map.entry("epic", ItemType.EPIC),
			Map.entry("feature", ItemType.FEATURE), Map.entry("story", ItemType.STORY),
			Map.entry("user story", ItemType.STORY), Map.entry("product backlog item", ItemType.STORY),
			Map.entry("requirement", ItemType.STORY), Map.entry("task", ItemType.STORY),
			Map.entry("sub-task", ItemType.STORY), Map.entry("subtask", ItemType.STORY),
			Map.entry("issue", ItemType.STORY), Map.entry("bug", ItemType.DEFECT), Map.entry("defect", ItemType.DEFECT),
			Map.entry("enabler", ItemType.ENABLER), Map.entry("spike", ItemType.ENABLER)));

	static final Map<String, ItemStatus> DEFAULT_STATUSES = lowerKeys(Map.ofEntries(
			Map.entry("to do", ItemStatus.DRAFT), Map.entry("open", ItemStatus.DRAFT), Map.entry("new", ItemStatus.DRAFT),
			Map.entry("backlog", ItemStatus.DRAFT), Map.entry("proposed", ItemStatus.DRAFT),
			Map.entry("draft", ItemStatus.DRAFT), Map.entry("in refinement", ItemStatus.IN_REFINEMENT),
			Map.entry("in_refinement", ItemStatus.IN_REFINEMENT), Map.entry("approved", ItemStatus.IN_REFINEMENT),
			Map.entry("ready", ItemStatus.READY), Map.entry("selected for development", ItemStatus.READY),
			Map.entry("ready for development", ItemStatus.READY), Map.entry("planned", ItemStatus.PLANNED),
			Map.entry("committed", ItemStatus.PLANNED), Map.entry("in progress", ItemStatus.IN_PROGRESS),
			Map.entry("in_progress", ItemStatus.IN_PROGRESS), Map.entry("active", ItemStatus.IN_PROGRESS),
			Map.entry("in review", ItemStatus.IN_PROGRESS), Map.entry("resolved", ItemStatus.IN_PROGRESS),
			Map.entry("done", ItemStatus.DONE), Map.entry("closed", ItemStatus.DONE),
			Map.entry("removed", ItemStatus.REMOVED), Map.entry("won't do", ItemStatus.REMOVED),
			Map.entry("cancelled", ItemStatus.REMOVED)));

	public ImportMapping {
		types = merged(DEFAULT_TYPES, types);
		statuses = merged(DEFAULT_STATUSES, statuses);
		teams = teams == null ? Map.of() : lowerKeys(teams);
		order = order == null ? ImportOrder.RANK : order;
	}

	/** A mapping that orders new items by the tracker's rank where the file has one. */
	public ImportMapping(Map<String, ItemType> types, Map<String, ItemStatus> statuses, String teamField,
			Map<String, String> teams, String estimateField, String acceptanceCriteriaField) {
		this(types, statuses, teamField, teams, estimateField, acceptanceCriteriaField, null, null);
	}

	/** The defaults alone. */
	public static ImportMapping defaults() {
		return new ImportMapping(null, null, null, null, null, null, null, null);
	}

	/**
	 * The item the row describes, under {@code parentId} (null: none), or {@link RowRefused}
	 * saying what is wrong with the row.
	 */
	public ItemContent content(SourceRow row, Set<String> teamKeys, UUID parentId) {
		ItemType type = type(row.type());
		ItemStatus status = status(row.status());
		String title = row.title() == null ? "" : row.title().strip();
		if (title.isEmpty()) {
			throw new RowRefused("has no title");
		}
		if (title.length() > MAX_TITLE) {
			throw new RowRefused("title is longer than " + MAX_TITLE + " characters");
		}
		if (row.description() != null && row.description().length() > MAX_DESCRIPTION) {
			throw new RowRefused("description is longer than " + MAX_DESCRIPTION + " characters");
		}
		requireCriteria(row.acceptanceCriteria());
		String team = team(row.team(), teamKeys);
		Set<String> contributors = row.contributingTeams().stream()
			.map(value -> team(value, teamKeys))
			.filter(key -> key != null && !key.equals(team))
			.collect(Collectors.toSet());
		String description = row.description() == null || row.description().isBlank() ? null : row.description();
		return new ItemContent(type, title, description, row.acceptanceCriteria(), estimate(row.estimate()), team,
				contributors, status, row.removedReason(), parentId);
	}

	/** The API's bounds: at most 50 criteria of at most 2,000 characters each. */
	private static void requireCriteria(java.util.List<String> criteria) {
		if (criteria.size() > MAX_CRITERIA) {
			throw new RowRefused("has " + criteria.size() + " acceptance criteria, more than " + MAX_CRITERIA);
		}
		if (criteria.stream().anyMatch(criterion -> criterion.length() > MAX_CRITERION)) {
			throw new RowRefused("an acceptance criterion is longer than " + MAX_CRITERION + " characters");
		}
	}

	ItemType type(String value) {
		ItemType type = value == null ? null : types.get(value.strip().toLowerCase(Locale.ROOT));
		if (type == null) {
			throw new RowRefused("type '" + nullToEmpty(value) + "' is not mapped; known: "
					+ String.join(", ", new java.util.TreeSet<>(types.keySet())) + " (map it in mapping.types)");
		}
		return type;
	}

	ItemStatus status(String value) {
		ItemStatus status = value == null ? null : statuses.get(value.strip().toLowerCase(Locale.ROOT));
		if (status == null) {
			throw new RowRefused("status '" + nullToEmpty(value) + "' is not mapped (map it in mapping.statuses)");
		}
		return status;
	}

	String team(String value, Set<String> teamKeys) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String name = value.strip();
		String mapped = teams.get(name.toLowerCase(Locale.ROOT));
		String candidate = mapped != null ? mapped : name.substring(name.lastIndexOf('\\') + 1);
		return teamKeys.stream()
			.filter(key -> key.equalsIgnoreCase(candidate))
			.findFirst()
			.orElseThrow(() -> new RowRefused("team '" + name + "' is no team of the product (map it in mapping.teams)"));
	}

	static BigDecimal estimate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		BigDecimal estimate;
		try {
			estimate = new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new RowRefused("estimate '" + value + "' is not a number");
		}
		if (estimate.signum() < 0 || estimate.compareTo(MAX_ESTIMATE) > 0) {
			throw new RowRefused("estimate " + value + " is not between 0 and 1000");
		}
		return estimate;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static <V> Map<String, V> merged(Map<String, V> defaults, Map<String, V> overrides) {
		Map<String, V> merged = new HashMap<>(defaults);
		if (overrides != null) {
			merged.putAll(lowerKeys(overrides));
		}
		return Map.copyOf(merged);
	}

	private static <V> Map<String, V> lowerKeys(Map<String, V> map) {
		Map<String, V> lower = new HashMap<>();
		map.forEach((key, value) -> lower.put(key.strip().toLowerCase(Locale.ROOT), value));
		return Map.copyOf(lower);
	}

}
