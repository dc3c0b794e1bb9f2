package org.refinery.alignment.summary;

import org.refinery.alignment.summary.AlignmentSummary.GoalInvestment;
import org.refinery.alignment.summary.AlignmentSummary.GoalRef;
import org.refinery.alignment.summary.AlignmentSummary.GoalWork;
import org.refinery.alignment.summary.AlignmentSummary.ItemRef;
import org.refinery.alignment.summary.AlignmentSummary.ThemeInvestment;
import org.refinery.http.CsvRecords;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product's alignment summary as one RFC 4180 CSV table, by the rules of every export
 * (docs/integrations.md; records through {@link CsvRecords}): the summary's parts are of several
 * shapes, so each record names its {@code section} and fills the columns that section has, the
 * others empty. One table rather than one file per part, so that a spreadsheet can filter it and
 * the download stays one link. Decimals are written in plain digits (590, never 5.9E+2; an
 * item's estimate as entered, without the read model's trailing zeros), shares as fractions to
 * four decimals (0.5333), as in the JSON summary.
 */
public final class SummaryCsv {

	/** The columns in order; documented in docs/integrations.md. */
	public static final List<String> COLUMNS = List.of("section", "id", "key", "title", "level", "status", "teamKey",
			"rank", "estimate", "items", "alignedItems", "byCount", "effort", "alignedEffort", "byEffort", "target",
			"portfolioTarget", "actual", "drift");

	private final Writer out;

	public SummaryCsv(Writer out) {
		this.out = out;
	}

	/**
	 * The header, then the sections in this order: {@code overall}, {@code team} per team,
	 * {@code goal} per goal served, {@code themeInvestment}, {@code goalInvestment}, {@code unaligned}
	 * per unaligned item (all of them), {@code goalWithoutWork}, {@code linkedOnlyToRetiredGoals},
	 * {@code linkedOnlyToAchievedGoals}.
	 */
	public void write(AlignmentSummary summary) throws IOException {
		record(COLUMNS);
		ratio("overall", summary.productKey(), scope(summary.scope()), summary.medianEstimate(), summary.overall());
		for (Map.Entry<String, Ratio> team : new TreeMap<>(summary.perTeam()).entrySet()) {
			ratio("team", team.getKey(), null, null, team.getValue());
		}
		for (GoalWork goal : summary.perGoal()) {
			row("goal", goal.goalId(), null, goal.title(), goal.level(), goal.status(), null, null, null,
					Integer.toString(goal.items()), null, null, plain(goal.effort()));
		}
		for (ThemeInvestment theme : summary.investment()) {
			investment("themeInvestment", theme.themeId(), theme.title(), theme.servedEffort(), theme.target(),
					theme.portfolioTarget(), theme.actual(), theme.drift());
		}
		for (GoalInvestment goal : summary.goalInvestment()) {
			investment("goalInvestment", goal.goalId(), goal.title(), goal.servedEffort(), goal.target(), null,
					goal.actual(), goal.drift());
		}
		items("unaligned", summary.unaligned());
		for (GoalRef goal : summary.goalsWithoutWork()) {
			row("goalWithoutWork", goal.id(), null, goal.title(), goal.level());
		}
		items("linkedOnlyToRetiredGoals", summary.linkedOnlyToRetiredGoals());
		items("linkedOnlyToAchievedGoals", summary.linkedOnlyToAchievedGoals());
		out.flush();
	}

	private void ratio(String section, String key, String title, BigDecimal estimate, Ratio ratio) throws IOException {
		row(section, null, key, title, null, null, null, null, plain(estimate), Integer.toString(ratio.items()),
				Integer.toString(ratio.alignedItems()), plain(ratio.byCount()), plain(ratio.effort()),
				plain(ratio.alignedEffort()), plain(ratio.byEffort()));
	}

	private void investment(String section, Object id, String title, BigDecimal served, BigDecimal target,
			BigDecimal portfolioTarget, BigDecimal actual, BigDecimal drift) throws IOException {
		row(section, id, null, title, null, null, null, null, null, null, null, null, plain(served), null, null,
				plain(target), plain(portfolioTarget), plain(actual), plain(drift));
	}

	private void items(String section, List<ItemRef> items) throws IOException {
		for (ItemRef item : items) {
			row(section, item.id(), item.key(), item.title(), null, null, item.teamKey(), item.rank(),
					plain(item.estimate() == null ? null : item.estimate().stripTrailingZeros()));
		}
	}

	/** A record of the given leading cells, the columns after them empty. */
	private void row(String section, Object id, String... cells) throws IOException {
		String[] record = new String[COLUMNS.size()];
		record[0] = section;
		record[1] = id == null ? null : id.toString();
		System.arraycopy(cells, 0, record, 2, cells.length);
		CsvRecords.write(out, Arrays.asList(record));
	}

	private void record(List<String> cells) throws IOException {
		CsvRecords.write(out, cells);
	}

	/** {@code open} or {@code top 50}: which items the figures count. */
	private static String scope(Scope scope) {
		return scope.kind() == Scope.Kind.OPEN ? "open" : "top " + scope.n();
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

}
