package org.refinery.backlog.member.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.member.application.ProductPeople;
import org.refinery.backlog.member.web.MemberViews.Assigned;
import org.refinery.backlog.member.web.MemberViews.Change;
import org.refinery.backlog.member.web.MemberViews.HistoryPage;
import org.refinery.backlog.member.web.MemberViews.Member;
import org.refinery.backlog.member.web.MemberViews.MemberPage;
import org.refinery.http.IfMatch;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A product's people. Anyone who sees the product reads them; its owners and administrators
 * change them, guarded by {@code If-Match} on the product's membership version.
 */
@RestController
@RequestMapping("/api/backlog/products/{productKey}/members")
class MemberController {

	private final ProductPeople people;

	MemberController(ProductPeople people) {
		this.people = people;
	}

	@GetMapping
	ResponseEntity<MemberPage> list(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var found = people.members(productKey, caller, page * size, size);
		var body = new MemberPage(found.members().stream().map(Member::of).toList(), page, size, found.total(),
				found.version());
		return ResponseEntity.ok().eTag(Long.toString(found.version())).body(body);
	}

	@GetMapping("/history")
	HistoryPage history(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var changes = people.history(productKey, caller, page * size, size).stream().map(Change::of).toList();
		return new HistoryPage(changes, page, size, people.historyCount(productKey, caller));
	}

	/** Gives the person exactly the listed roles in the product. */
	@PutMapping("/{username}")
	ResponseEntity<Assigned> assign(Caller caller, @PathVariable @ProductKey String productKey,
			@PathVariable @Size(max = 100) @Pattern(regexp = MemberRequests.USERNAME,
					message = MemberRequests.USERNAME_RULE) String username,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody MemberRequests.Assign request) {
		long version = people.assign(productKey, username, request.toMemberships(productKey), IfMatch.version(ifMatch),
				caller);
		return assigned(productKey, username, version, caller);
	}

	/** Removes the person from the product: every role they hold in it. */
	@DeleteMapping("/{username}")
	ResponseEntity<Void> remove(Caller caller, @PathVariable @ProductKey String productKey,
			@PathVariable @Size(max = 100) @Pattern(regexp = MemberRequests.USERNAME,
					message = MemberRequests.USERNAME_RULE) String username,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = people.remove(productKey, username, IfMatch.version(ifMatch), caller);
		return ResponseEntity.noContent().eTag(Long.toString(version)).build();
	}

	private ResponseEntity<Assigned> assigned(String productKey, String username, long version, Caller caller) {
		var roles = people.rolesOf(productKey, username, caller).stream().map(Member::of).toList();
		return ResponseEntity.ok().eTag(Long.toString(version)).body(new Assigned(username, roles, version));
	}

}
