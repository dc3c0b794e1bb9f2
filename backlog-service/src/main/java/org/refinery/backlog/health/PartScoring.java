package org.refinery.backlog.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import static org.refinery.backlog.health.HealthPart.*;

/**
 * The scoring curve of each part. Curves are linear between a level that is plainly unhealthy
 * (0) and one from which more brings no more planning safety (100), so that a product owner can
 * read from the explanation what moves the score.
 */
final class PartScoring {

	private PartScoring() {
	}

	static PartScore readyDepth(ProductFigures f) {
		BigDecimal velocity = RefinementHealth.median(f.pointsDonePerPeriod());
		if (velocity.signum() == 0) {
			return PartScore.withoutData(READY_DEPTH, "no points were finished in the last "
					+ f.pointsDonePerPeriod().size() + " periods, so there is no velocity to measure ready work by");
		}
		double depth = f.readyPoints().divide(velocity, 2, RoundingMode.HALF_UP).doubleValue();
		return PartScore.scored(READY_DEPTH, depth / 2 * 100, depth, text(
				"%.1f sprints of ready work at a median velocity of %s points; healthy from 2", depth,
				velocity.stripTrailingZeros().toPlainString()));
	}

	static PartScore topReadiness(ProductFigures f) {
		if (f.topCount() == 0) {
			return PartScore.withoutData(TOP_READINESS, "the product has no open items");
		}
		double ratio = (double) f.topReady() / f.topCount();
		return PartScore.scored(TOP_READINESS, ratio / 0.8 * 100, ratio,
				text("%d of the top %d open items are ready; healthy from 80 %%", f.topReady(), f.topCount()));
	}

	static PartScore cadence(ProductFigures f, int periodDays) {
		long days = f.daysSinceLastSession();
		if (days < 0) {
			return new PartScore(CADENCE, 0, CADENCE.weight(), null, CADENCE.unit(),
					"no refinement session has been held yet");
		}
		double score = days <= periodDays ? 100 : 100.0 * (3 * periodDays - days) / (2 * periodDays);
		return PartScore.scored(CADENCE, score, days, text(
				"the last refinement session started %d days ago; healthy within one period (%d days), 0 from %d",
				days, periodDays, 3 * periodDays));
	}

	static PartScore representation(ProductFigures f) {
		if (f.teamCount() == 0) {
			return PartScore.withoutData(REPRESENTATION, "the product has no teams");
		}
		double ratio = (double) f.teamsRepresentedRecently() / f.teamCount();
		return PartScore.scored(REPRESENTATION, ratio * 100, ratio, text(
				"%d of %d teams sent a representative to one of the last three refinement sessions",
				f.teamsRepresentedRecently(), f.teamCount()));
	}

	static PartScore dependencies(HealthFacts h) {
		if (h.openDependencies() == 0) {
			return PartScore.scored(DEPENDENCIES, 100, 0, "no open dependencies of open items are known");
		}
		double aged = (double) h.agedDependencies() / h.openDependencies();
		return PartScore.scored(DEPENDENCIES, (1 - aged) * 100, aged, text(
				"%d of %d open dependencies have been open for 30 days or more", h.agedDependencies(),
				h.openDependencies()));
	}

	static PartScore ordering(HealthFacts h) {
		if (h.openBlocking() == 0) {
			return PartScore.scored(ORDERING, 100, 0, "no open blocking dependency between two open items");
		}
		double share = (double) h.orderingConflicts() / h.openBlocking();
		return PartScore.scored(ORDERING, (1 - share) * 100, h.orderingConflicts(), text(
				"%d of %d open blocking dependencies rank the dependent item above its prerequisite",
				h.orderingConflicts(), h.openBlocking()));
	}

	static PartScore alignment(HealthFacts h) {
		long top = h.figures().topCount();
		if (top == 0) {
			return PartScore.withoutData(ALIGNMENT, "the product has no open items");
		}
		double ratio = (double) h.topAligned() / top;
		return PartScore.scored(ALIGNMENT, ratio / 0.8 * 100, ratio, text(
				"%d of the top %d open items are linked to an active goal; healthy from 80 %%", h.topAligned(), top));
	}

	static PartScore predictability(ForecastSpread spread) {
		if (spread == null) {
			return PartScore.withoutData(PREDICTABILITY, "no forecast with items within its horizon yet");
		}
		double s = spread.medianSpread();
		double score = s <= 1.5 ? 100 : 100 * (3 - s) / 1.5;
		return PartScore.scored(PREDICTABILITY, score, s, text(
				"the latest forecast's median P95/P50 is %.2f over %d items; 100 up to 1.5, 0 from 3", s,
				spread.items()));
	}

	private static String text(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
