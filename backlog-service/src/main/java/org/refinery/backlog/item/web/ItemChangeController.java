package org.refinery.backlog.item.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.application.ItemChanges;
import org.refinery.backlog.item.application.ProductBacklog;
import org.refinery.http.IfMatch;
import org.refinery.membership.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Changes to one item; each takes the optional {@code If-Match} version and answers the new ETag. */
@RestController
@RequestMapping("/api/backlog/items/{id}")
class ItemChangeController {

	private final ItemChanges changes;

	private final ProductBacklog backlog;

	ItemChangeController(ItemChanges changes, ProductBacklog backlog) {
		this.changes = changes;
		this.backlog = backlog;
	}

	/** Ticks or unticks one custom checklist item of the product's Definition of Ready. */
	@PostMapping("/checks/{code}")
	ResponseEntity<ItemView> check(Caller caller, @PathVariable UUID id, @PathVariable String code,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ItemRequests.Check request) {
		return tagged(changes.check(id, IfMatch.version(ifMatch), code, request.ticked(), caller));
	}

	private ResponseEntity<ItemView> tagged(Item item) {
		return ResponseEntity.ok().eTag(Long.toString(item.version())).body(ItemView.of(item, backlog.readinessOf(item)));
	}

	/** Clarifies text and reassigns teams; doing both is two changes, two versions, two events. */
	@PatchMapping
	ResponseEntity<ItemView> clarify(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ItemRequests.Clarify request) {
		if (!request.refines() && !request.assigns()) {
			throw new ItemRuleViolation("Nothing to change: name at least one field");
		}
		Item item = changes.clarify(id, IfMatch.version(ifMatch), new ItemChanges.Clarification(
				request.title() == null ? null : request.title().strip(), request.description(),
				request.acceptanceCriteria(), request.teamKey(), request.contributingTeamKeys()), caller);
		return tagged(item);
	}

	@PostMapping("/estimate")
	ResponseEntity<ItemView> estimate(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ItemRequests.Estimate request) {
		return tagged(changes.estimate(id, IfMatch.version(ifMatch), request.estimate(), caller));
	}

	/** Moves the item along its life; with DONE, {@code completedAt} may say when the work was really finished. */
	@PostMapping("/status")
	ResponseEntity<ItemView> status(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ItemRequests.ChangeStatus request) {
		return tagged(changes.changeStatus(id, IfMatch.version(ifMatch), request.status(), request.completion(),
				caller));
	}

	/** Removes the item with a reason; it stays restorable and keeps its history. */
	@DeleteMapping
	ResponseEntity<ItemView> remove(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestParam @NotBlank @Size(max = 1000) String reason) {
		return tagged(changes.remove(id, IfMatch.version(ifMatch), reason, caller));
	}

	@PostMapping("/restore")
	ResponseEntity<ItemView> restore(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return tagged(changes.restore(id, IfMatch.version(ifMatch), caller));
	}

}
