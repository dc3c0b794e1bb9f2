package org.refinery.backlog.item.application;

import org.refinery.backlog.item.CompletionRefused;
import org.refinery.backlog.item.IllegalTransition;
import org.refinery.backlog.item.ItemNotFound;
import org.refinery.backlog.item.ItemReferenceRefused;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.NotReady;
import org.refinery.backlog.item.StaleVersion;
import org.refinery.backlog.product.ProductAccessDenied;

import java.util.List;
import java.util.UUID;

/** A bulk change that was not applied, because these of its items were refused, each for its own reason. */
public class BulkRefused extends RuntimeException {

	private final transient List<Refusal> refusals;

	public BulkRefused(List<Refusal> refusals) {
		super(refusals.size() + " of the selected items were refused; nothing was changed");
		this.refusals = List.copyOf(refusals.stream().sorted(java.util.Comparator.comparingInt(Refusal::index))
			.toList());
	}

	public List<Refusal> refusals() {
		return refusals;
	}

	/** Whether the failure is one item's refusal, as its single-item endpoint would answer it, not a fault. */
	static boolean refusable(RuntimeException ex) {
		return ex instanceof StaleVersion || ex instanceof NotReady || ex instanceof IllegalTransition
				|| ex instanceof ItemRuleViolation || ex instanceof ItemNotFound || ex instanceof ItemReferenceRefused
				|| ex instanceof CompletionRefused || ex instanceof ProductAccessDenied;
	}

	/** The item at {@code index} of the request and why it was refused. */
	public record Refusal(int index, UUID id, RuntimeException reason) {
	}

}
