package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.BacklogChanged;
import org.refinery.alignment.goal.GoalChanged;
import org.refinery.alignment.link.LinkChanged;
import org.refinery.replica.ReplicaNotices;
import org.refinery.replica.ReplicaNotices.NoticeListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the summary cache what changed, once the change is committed: an item or link changes
 * its product's figures, a product goal its product's, an objective or theme everyone's. The
 * refresher then recomputes what changed in the background. Every other replica hears of the
 * change by a notice sent with the change's transaction (ADR 0012), and does the same; one that
 * may have missed notices takes everything as changed. Without that, a replica would serve its
 * old summary as current for as long as it runs.
 */
@Component
class SummaryInvalidation {

	static final String CHANNEL = "alignment_summaries";

	private static final String EVERYTHING = "*";

	private final SummaryCache cache;

	private final SummaryRefresher refresher;

	private final ReplicaNotices notices;

	SummaryInvalidation(SummaryCache cache, SummaryRefresher refresher, ReplicaNotices notices) {
		this.cache = cache;
		this.refresher = refresher;
		this.notices = notices;
		notices.listen(CHANNEL, new NoticeListener() {
			@Override
			public void heard(String product) {
				if (EVERYTHING.equals(product)) {
					changedEverything();
				}
				else {
					changed(product);
				}
			}

			@Override
			public void missed() {
				changedEverything();
			}
		});
	}

	@EventListener
	void on(BacklogChanged changed) {
		changedWithCommit(changed.productKey());
	}

	@EventListener
	void on(LinkChanged changed) {
		changedWithCommit(changed.link().productKey());
	}

	@EventListener
	void on(GoalChanged changed) {
		String product = changed.goal().productKey();
		notices.send(CHANNEL, product == null ? EVERYTHING : product);
		afterCommit(product == null ? this::changedEverything : () -> changed(product));
	}

	private void changedWithCommit(String product) {
		notices.send(CHANNEL, product);
		afterCommit(() -> changed(product));
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
