package org.refinery.alignment.link;

import org.refinery.membership.Caller;

/**
 * Who links work to goals: the owners of the item's product (see {@link Caller#ownsProduct}) and
 * portfolio managers, who watch every product; administrators own every product. Team members
 * read links, they do not state them.
 */
public final class LinkRules {

	private LinkRules() {
	}

	public static boolean linksWorkOf(Caller caller, String productKey) {
		return caller.portfolioManager() || caller.ownsProduct(productKey);
	}

}
