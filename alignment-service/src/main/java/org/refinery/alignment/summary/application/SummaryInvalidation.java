package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.BacklogChanged;
import org.refinery.alignment.goal.GoalChanged;
import org.refinery.alignment.link.LinkChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the summary cache what changed, once the change is committed: an item or link changes
 * its product's figures, a product goal its product's, an objective or theme everyone's. The
 * refresher then recomputes what changed in the background.
 */
@Component
class SummaryInvalidation {

	private final SummaryCache cache;

	private final SummaryRefresher refresher;

	SummaryInvalidation(SummaryCache cache, SummaryRefresher refresher) {
		this.cache = cache;
		this.refresher = refresher;
	}

	@EventListener
	void on(BacklogChanged changed) {
		afterCommit(() -> changed(changed.productKey()));
	}

	@EventListener
	void on(LinkChanged changed) {
		afterCommit(() -> changed(changed.link().productKey()));
	}

	@EventListener
	void on(GoalChanged changed) {
		String product = changed.goal().productKey();
		afterCommit(product == null ? this::changedEverything : () -> changed(product));
	}

	private void changed(String productKey) {
		cache.changed(productKey);
		refresher.refresh(productKey);
	}

	private void changedEverything() {
		cache.changedEverything();
		refresher.refreshAll();
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
