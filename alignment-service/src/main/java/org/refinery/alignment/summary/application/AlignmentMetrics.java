package org.refinery.alignment.summary.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.KnownProducts;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.Scope;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes each product's alignment as gauges tagged by product key and theme title (never
 * ids): the open-scope ratio by count and by effort, unaligned items among the top 50, active
 * product goals without work, and the investment drift of every theme with a target.
 */
@Component
public class AlignmentMetrics {

	static final int TOP = 50;

	private final KnownProducts products;

	private final ProductSummaries summaries;

	private final MultiGauge ratio;

	private final MultiGauge unalignedTop;

	private final MultiGauge uncovered;

	private final MultiGauge drift;

	AlignmentMetrics(KnownProducts products, ProductSummaries summaries, MeterRegistry meters) {
		this.products = products;
		this.summaries = summaries;
		this.ratio = MultiGauge.builder("refinery.alignment.ratio")
			.description("Share of open backlog work serving an active goal, by item count or effort")
			.register(meters);
		this.unalignedTop = MultiGauge.builder("refinery.alignment.unaligned.top")
			.description("Items among the top " + TOP + " by rank that serve no active goal")
			.register(meters);
		this.uncovered = MultiGauge.builder("refinery.alignment.uncovered.goals")
			.description("Active product goals that no open item serves")
			.register(meters);
		this.drift = MultiGauge.builder("refinery.alignment.investment.drift")
			.description("Actual minus target effort share of a theme within a product")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${refinery.alignment.metrics-refresh:PT1M}",
			initialDelayString = "${refinery.alignment.metrics-initial-delay:PT5S}")
	public void refresh() {
		List<MultiGauge.Row<?>> ratios = new ArrayList<>();
		List<MultiGauge.Row<?>> unaligned = new ArrayList<>();
		List<MultiGauge.Row<?>> goals = new ArrayList<>();
		List<MultiGauge.Row<?>> drifts = new ArrayList<>();
		for (KnownProduct product : products.all()) {
			AlignmentSummary open = summaries.summaryOf(product.key(), Scope.open());
			Tags tags = Tags.of("product", product.key());
			add(ratios, tags.and("basis", "count"), open.overall().byCount());
			add(ratios, tags.and("basis", "effort"), open.overall().byEffort());
			goals.add(MultiGauge.Row.of(tags, open.goalsWithoutWork().size()));
			open.investment().forEach(theme -> add(drifts, tags.and("theme", theme.title()), theme.drift()));
			unaligned.add(MultiGauge.Row.of(tags,
					summaries.summaryOf(product.key(), Scope.top(TOP)).unaligned().size()));
		}
		ratio.register(ratios, true);
		unalignedTop.register(unaligned, true);
		uncovered.register(goals, true);
		drift.register(drifts, true);
	}

	private static void add(List<MultiGauge.Row<?>> rows, Tags tags, BigDecimal value) {
		if (value != null) {
			rows.add(MultiGauge.Row.of(tags, value.doubleValue()));
		}
	}

}
