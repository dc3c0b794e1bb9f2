package org.refinery.devstack.seed;

import java.util.List;

/**
 * The words one product's backlog is made of: epics with their features (each owned by a team
 * and serving a product goal), and the phrases stories, enablers and defects are built from.
 */
record Vocabulary(String productKey, List<Epic> epics, List<String> capabilities, List<String> qualifiers,
		List<String> enablers, List<String> defects, List<String> benefits) {

	record Epic(String title, String goalRef, List<Feature> features) {
	}

	record Feature(String title, String teamKey) {
	}

}
