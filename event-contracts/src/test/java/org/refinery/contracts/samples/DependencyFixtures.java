package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.DEPENDENCY;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_31;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.SESSION;
import static org.refinery.contracts.samples.SampleValues.TESS;
import static org.refinery.contracts.samples.SampleValues.THEO;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.util.Set;

import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyState;
import org.refinery.contracts.dependencies.DependencyStatus;
import org.refinery.contracts.dependencies.DependencyStatusChanged;
import org.refinery.contracts.dependencies.DependencyType;
import org.refinery.contracts.dependencies.DependencyUpdated;

/**
 * The expected records of the {@code refinery.dependencies.v1} samples: Checkout's PAY-42
 * needs Ledger's PAY-31, found in the refinement session.
 */
final class DependencyFixtures {

	private DependencyFixtures() {
	}

	static DependencyIdentified dependencyIdentified() {
		return new DependencyIdentified(id("f649606f-640d-4824-af41-635eddc5a8ec"), at("2026-03-04T13:26:00Z"), PAY,
				DEPENDENCY, 1, TESS, dependency(DependencyStatus.IDENTIFIED, "Sprint 7", 1),
				"Capture must be idempotent before one-tap payment retries safely");
	}

	static DependencyStatusChanged dependencyStatusChanged() {
		return new DependencyStatusChanged(id("b743b189-2c62-4a7c-a06e-348b70098025"), at("2026-03-05T09:40:00Z"),
				PAY, DEPENDENCY, 2, THEO, dependency(DependencyStatus.ACKNOWLEDGED, "Sprint 7", 2),
				DependencyStatus.IDENTIFIED, DependencyStatus.ACKNOWLEDGED, "Ledger plans PAY-31 for Sprint 6");
	}

	static DependencyUpdated dependencyUpdated() {
		return new DependencyUpdated(id("97b8c8a9-d3a5-48e5-8906-068238ae39b7"), at("2026-03-09T11:15:00Z"), PAY,
				DEPENDENCY, 3, TESS, dependency(DependencyStatus.ACKNOWLEDGED, "2026-04-06", 3), Set.of("neededBy"));
	}

	private static DependencyState dependency(DependencyStatus status, String neededBy, long version) {
		return new DependencyState(DEPENDENCY, PAY, PAY_42, PAY_31, "PAY-CHECKOUT", "PAY-LEDGER",
				DependencyType.BLOCKS, status, neededBy, SESSION, version);
	}

}
