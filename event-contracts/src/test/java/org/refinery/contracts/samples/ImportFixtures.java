package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.DEPENDENCY;
import static org.refinery.contracts.samples.SampleValues.PAUL;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_31;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.PAY_45;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.util.List;
import java.util.UUID;

import org.refinery.contracts.imports.ImportState;
import org.refinery.contracts.imports.ImportedLink;
import org.refinery.contracts.imports.ImportedLinksSettled;
import org.refinery.contracts.imports.ItemLinksImported;
import org.refinery.contracts.imports.LinkOutcome;
import org.refinery.contracts.imports.LinkResult;

/**
 * The expected records of the {@code refinery.imports.v1} samples: paul imported a Jira file in
 * which SHOP-31 (now PAY-31) blocks SHOP-42 (PAY-42), SHOP-42 blocks SHOP-45 (a dependency Ledger
 * had identified already) and SHOP-45 blocks SHOP-31, which would close a cycle.
 */
final class ImportFixtures {

	static final UUID IMPORT = UUID.fromString("3f1d0c52-8e7a-4a55-9a57-0f3c1b2d9e61");

	private ImportFixtures() {
	}

	static ItemLinksImported itemLinksImported() {
		return new ItemLinksImported(id("c5a1e0f4-57d2-4b8e-b1f6-2f7c0d9a3e18"), at("2026-12-07T08:10:00Z"), PAY, IMPORT,
				1, PAUL, job(), List.of(new ImportedLink(PAY_31, PAY_42, "SHOP-31", "SHOP-42"),
						new ImportedLink(PAY_42, PAY_45, "SHOP-42", "SHOP-45"),
						new ImportedLink(PAY_45, PAY_31, "SHOP-45", "SHOP-31")));
	}

	static ImportedLinksSettled importedLinksSettled() {
		return new ImportedLinksSettled(id("9e2b7d41-0c6a-4f3e-8d15-6a4b2c8e7f90"), at("2026-12-07T08:10:02Z"), PAY,
				IMPORT, 1, PAUL, job(),
				List.of(new LinkOutcome("SHOP-31", "SHOP-42", LinkResult.CREATED, null, DEPENDENCY),
						new LinkOutcome("SHOP-42", "SHOP-45", LinkResult.EXISTING, null,
								id("0b6f4c1e-93d2-47a8-a5e0-7d81c2f4b639")),
						new LinkOutcome("SHOP-45", "SHOP-31", LinkResult.REFUSED,
								"This BLOCKS dependency would close a cycle: PAY-31 (PAY-LEDGER) needs PAY-45 "
										+ "(PAY-CHECKOUT) needs PAY-42 (PAY-CHECKOUT) needs PAY-31 (PAY-LEDGER)",
								null)));
	}

	private static ImportState job() {
		return new ImportState(IMPORT, PAY, "PAY", "jira");
	}

}
