package org.refinery.dependency.analysis.application;

import org.refinery.dependency.analysis.ProductAnalysis;
import org.refinery.dependency.analysis.ProductNotVisible;
import org.refinery.dependency.backlog.BacklogItems;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The dependency analysis of a product, or of the dependencies one of its teams takes part in. */
@Service
public class ProductAnalyses {

	private static final List<DependencyStatus> OPEN = List.of(DependencyStatus.IDENTIFIED,
			DependencyStatus.ACKNOWLEDGED);

	private final BacklogItems items;

	private final Dependencies dependencies;

	private final Clock clock;

	ProductAnalyses(BacklogItems items, Dependencies dependencies, Clock clock) {
		this.items = items;
		this.dependencies = dependencies;
		this.clock = clock;
	}

	/** {@code teamKey} null analyses the whole product; otherwise only dependencies touching that team. */
	@Transactional(readOnly = true)
	public ProductAnalysis analyse(String productKey, String teamKey, Caller caller) {
		if (!caller.canSee(productKey)) {
			throw new ProductNotVisible(productKey);
		}
		List<Dependency> open = dependencies.ofProduct(productKey, OPEN)
			.stream()
			.filter(dependency -> teamKey == null || teamKey.equals(dependency.dependent().teamKey())
					|| teamKey.equals(dependency.prerequisite().teamKey()))
			.toList();
		return ProductAnalysis.of(productKey, items.ofProduct(productKey), open, clock.instant());
	}

}
