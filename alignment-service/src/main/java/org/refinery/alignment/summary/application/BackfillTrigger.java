package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.BacklogChanged;
import org.refinery.alignment.link.LinkChanged;
import org.refinery.alignment.summary.BackfillRequests;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks for a product's trend back-fill when an item or link of it changes and the product is new
 * or still settling. After the change commits, in a transaction of its own, so a consumer never
 * waits on it; products known to have settled are remembered here and cost nothing afterwards
 * (a replica that does not know it yet asks once more and learns it).
 */
@Component
class BackfillTrigger {

	private final Set<String> settled = ConcurrentHashMap.newKeySet();

	private final BackfillRequests requests;

	private final TrendBackfillProperties properties;

	BackfillTrigger(BackfillRequests requests, TrendBackfillProperties properties) {
		this.requests = requests;
		this.properties = properties;
	}

	@EventListener
	void on(BacklogChanged changed) {
		afterCommit(changed.productKey());
	}

	@EventListener
	void on(LinkChanged changed) {
		afterCommit(changed.link().productKey());
	}

	private void afterCommit(String productKey) {
		if (settled.contains(productKey)) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			request(productKey);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				request(productKey);
			}
		});
	}

	private void request(String productKey) {
		if (!requests.request(productKey, properties.settling())) {
			settled.add(productKey);
		}
	}

}
