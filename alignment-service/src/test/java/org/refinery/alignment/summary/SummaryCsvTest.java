package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.summary.AlignmentSummary.GoalInvestment;
import org.refinery.alignment.summary.AlignmentSummary.GoalRef;
import org.refinery.alignment.summary.AlignmentSummary.GoalWork;
import org.refinery.alignment.summary.AlignmentSummary.ItemRef;
import org.refinery.alignment.summary.AlignmentSummary.ThemeInvestment;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryCsvTest {

	static final String HEADER = "section,id,key,title,level,status,teamKey,rank,estimate,items,alignedItems,byCount,"
			+ "effort,alignedEffort,byEffort,target,portfolioTarget,actual,drift\r\n";

	static final UUID THEME = UUID.fromString("0b6c8f0e-3f43-4d4f-9a34-1b2f44c0a001");

	static final UUID GOAL = UUID.fromString("0b6c8f0e-3f43-4d4f-9a34-1b2f44c0a002");

	static final UUID IDLE_GOAL = UUID.fromString("0b6c8f0e-3f43-4d4f-9a34-1b2f44c0a003");

	static final UUID ITEM = UUID.fromString("0b6c8f0e-3f43-4d4f-9a34-1b2f44c0a004");

	static final UUID RETIRED_ONLY = UUID.fromString("0b6c8f0e-3f43-4d4f-9a34-1b2f44c0a005");

	@Test
	void everyPartOfTheSummaryIsOneRecordNamingItsSectionAfterTheHeader() throws IOException {
		var summary = new AlignmentSummary("PAY", Scope.top(50), new BigDecimal("5.9E+2"), Effort.RULE,
				ratio(1, 3, "0.3333", "590", "1180", "0.5000"),
				Map.of("PAY-WALLET", ratio(0, 1, "0.0000", "0", "590", "0.0000"), "PAY-CHECKOUT",
						ratio(1, 2, "0.5000", "590", "590", "1.0000")),
				List.of(new GoalWork(GOAL, "Checkout, \"fast\"", "PRODUCT_GOAL", "ACTIVE", 1, new BigDecimal("590"))),
				List.of(new ItemRef(ITEM, "PAY-2", "=SUM(A1)", "PAY-WALLET", null, "b")),
				List.of(new GoalRef(IDLE_GOAL, "PRODUCT_GOAL", "Wallets")),
				List.of(new ThemeInvestment(THEME, "Payments", new BigDecimal("0.4"), null, new BigDecimal("590"),
						new BigDecimal("0.5000"), new BigDecimal("0.1000"))),
				List.of(new GoalInvestment(GOAL, "Checkout, \"fast\"", new BigDecimal("0.4"), new BigDecimal("590"),
						new BigDecimal("0.5000"), new BigDecimal("0.1000"))),
				List.of(new ItemRef(RETIRED_ONLY, "PAY-3", "Old work\nstill open", null, new BigDecimal("10.00"), "c")),
				List.of());

		assertThat(csv(summary)).isEqualTo(HEADER
				+ "overall,,PAY,top 50,,,,,590,3,1,0.3333,1180,590,0.5000,,,,\r\n"
				+ "team,,PAY-CHECKOUT,,,,,,,2,1,0.5000,590,590,1.0000,,,,\r\n"
				+ "team,,PAY-WALLET,,,,,,,1,0,0.0000,590,0,0.0000,,,,\r\n"
				+ "goal," + GOAL + ",,\"Checkout, \"\"fast\"\"\",PRODUCT_GOAL,ACTIVE,,,,1,,,590,,,,,,\r\n"
				+ "themeInvestment," + THEME + ",,Payments,,,,,,,,,590,,,0.4,,0.5000,0.1000\r\n"
				+ "goalInvestment," + GOAL + ",,\"Checkout, \"\"fast\"\"\",,,,,,,,,590,,,0.4,,0.5000,0.1000\r\n"
				+ "unaligned," + ITEM + ",PAY-2,'=SUM(A1),,,PAY-WALLET,b,,,,,,,,,,,\r\n"
				+ "goalWithoutWork," + IDLE_GOAL + ",,Wallets,PRODUCT_GOAL,,,,,,,,,,,,,,\r\n"
				+ "linkedOnlyToRetiredGoals," + RETIRED_ONLY + ",PAY-3,\"Old work\nstill open\",,,,c,10,,,,,,,,,,\r\n");
	}

	@Test
	void aProductWithNothingInScopeHasOnlyItsOverallRecordWithEmptyShares() throws IOException {
		var summary = new AlignmentSummary("PAY", Scope.open(), BigDecimal.ONE, Effort.RULE,
				new Ratio(0, 0, null, BigDecimal.ZERO, BigDecimal.ZERO, null), Map.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of());

		assertThat(csv(summary)).isEqualTo(HEADER + "overall,,PAY,open,,,,,1,0,0,,0,0,,,,,\r\n");
	}

	private static Ratio ratio(int aligned, int items, String byCount, String alignedEffort, String effort,
			String byEffort) {
		return new Ratio(aligned, items, new BigDecimal(byCount), new BigDecimal(alignedEffort), new BigDecimal(effort),
				new BigDecimal(byEffort));
	}

	private static String csv(AlignmentSummary summary) throws IOException {
		StringWriter out = new StringWriter();
		new SummaryCsv(out).write(summary);
		return out.toString();
	}

}
