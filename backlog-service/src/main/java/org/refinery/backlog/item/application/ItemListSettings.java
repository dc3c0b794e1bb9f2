package org.refinery.backlog.item.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How lists of items are answered.
 *
 * @param countCap how far a page's total is counted: beyond it the page says "more than" the cap
 * instead of counting every match (docs/benchmarks.md: an exact count of 14,600 matches took most
 * of a search's time); the whole backlog ({@code all=true} without filters) is counted exactly
 */
@ConfigurationProperties("refinery.backlog.items")
record ItemListSettings(@DefaultValue("1000") int countCap) {

	ItemListSettings {
		if (countCap < 1) {
			throw new IllegalArgumentException("refinery.backlog.items.count-cap must be at least 1, not " + countCap);
		}
	}

}
