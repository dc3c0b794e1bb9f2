package org.refinery.backlog.member;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.Product;

import java.util.List;

/** The people of a product changed; carries everyone's roles after the change at {@code version}. */
public record MembersChanged(Product product, long version, List<ProductMember> members, Actor actor) {

	public MembersChanged {
		members = List.copyOf(members);
	}

}
