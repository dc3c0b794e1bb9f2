package org.refinery.backlog.member;

/**
 * A change would leave a product without an owner (answered 409): nobody would be left to manage
 * its people, settings and order, short of an administrator.
 */
public class LastOwnerRefused extends RuntimeException {

	public LastOwnerRefused(String productKey, String username) {
		super(username + " is the last product owner of " + productKey
				+ "; a product keeps at least one owner, so make someone else its owner first");
	}

}
