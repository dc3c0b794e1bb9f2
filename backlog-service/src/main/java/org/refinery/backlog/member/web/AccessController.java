package org.refinery.backlog.member.web;

import org.refinery.backlog.member.application.ProductPeople;
import org.refinery.backlog.member.web.MemberViews.Access;
import org.refinery.backlog.product.ProductScope;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own effective access: every grant, from the token and from Refinery, with its source. */
@RestController
class AccessController {

	private final ProductPeople people;

	AccessController(ProductPeople people) {
		this.people = people;
	}

	@GetMapping("/api/backlog/me/access")
	Access access(Caller caller) {
		return new Access(caller.username(), ProductScope.of(caller).everything(), people.accessOf(caller));
	}

}
