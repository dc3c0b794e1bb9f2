package org.refinery.dependency.tracking.application;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.refinery.dependency.backlog.BacklogItems;
import org.refinery.dependency.tracking.CycleRefused;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.DependencyAccessDenied;
import org.refinery.dependency.tracking.DependencyRuleViolation;
import org.refinery.dependency.tracking.DependencyType;
import org.refinery.dependency.tracking.DuplicateDependency;
import org.refinery.dependency.tracking.ImportedLinks;
import org.refinery.dependency.tracking.LinkOutcome;
import org.refinery.dependency.tracking.LinksSettled;
import org.refinery.dependency.tracking.NewDependency;
import org.refinery.dependency.tracking.PendingLink;
import org.refinery.dependency.tracking.ReferenceRefused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turning an import's Blocks links into BLOCKS dependencies by the same rules as a person's
 * identification ({@link DependencyIdentification#identify}: one product, unfinished items, no
 * duplicate, no cycle), on behalf of the importer. A link whose items this service does not know
 * yet waits (their events travel on other partitions) and is tried again every few seconds; after
 * {@code patience} it is refused. A pair an earlier import made a dependency of, or that already
 * has an open one, is answered EXISTING: importing again never duplicates. Each decision is stored
 * and answered to backlog-service ({@link LinksSettled}).
 */
@Service
public class LinkImports {

	static final Duration PATIENCE = Duration.ofMinutes(10);

	private final ImportedLinks links;

	private final DependencyIdentification identification;

	private final Dependencies dependencies;

	private final BacklogItems items;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final TransactionTemplate ownTransaction;

	private final ObjectProvider<LockingTaskExecutor> locks;

	private final Clock clock;

	LinkImports(ImportedLinks links, DependencyIdentification identification, Dependencies dependencies,
			BacklogItems items, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			ObjectProvider<LockingTaskExecutor> locks, Clock clock) {
		this.links = links;
		this.identification = identification;
		this.dependencies = dependencies;
		this.items = items;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.locks = locks;
		this.clock = clock;
	}

	/** Stores a part of an import's links and decides about those whose items are known. */
	public void receive(List<PendingLink> received) {
		if (received.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> links.receive(received));
		settle(received.getFirst().importId());
	}

	/** Tries the waiting links again, on one replica at a time. */
	@Scheduled(fixedDelayString = "${refinery.dependencies.imports.retry:5s}", initialDelayString = "5s")
	void retryWaiting() {
		Runnable task = () -> links.importsWaiting().forEach(this::settle);
		LockingTaskExecutor executor = locks.getIfAvailable();
		if (executor == null) {
			task.run();
			return;
		}
		executor.executeWithLock(task, new LockConfiguration(clock.instant(), "dependency-imported-links",
				Duration.ofMinutes(5), Duration.ZERO));
	}

	/**
	 * Decides the import's waiting links in one transaction that holds them, so the consumer and
	 * the retry (on any replica) never decide one link twice; each identification commits on its
	 * own, and a link decided there but not recorded (a crash between) answers EXISTING next time.
	 */
	void settle(UUID importId) {
		transactions.executeWithoutResult(status -> {
			List<LinkOutcome> outcomes = new ArrayList<>();
			for (PendingLink link : links.claimPending(importId)) {
				LinkOutcome outcome = decide(link);
				if (outcome != null) {
					outcomes.add(outcome);
				}
			}
			if (!outcomes.isEmpty()) {
				links.settle(outcomes, clock.instant());
				events.publishEvent(new LinksSettled(importId, links.nextSettlement(importId), outcomes));
			}
		});
	}

	/** The outcome of one link, or null while one of its items is still on its way. */
	private LinkOutcome decide(PendingLink link) {
		if (items.byId(link.prerequisiteItemId()).isEmpty() || items.byId(link.dependentItemId()).isEmpty()) {
			return link.receivedAt().plus(PATIENCE).isBefore(clock.instant()) ? LinkOutcome.refused(link,
					"an item of this link has not reached dependency-service within " + PATIENCE.toMinutes()
							+ " minutes; import the file again to retry")
					: null;
		}
		var earlier = links.earlierDependency(link.prerequisiteItemId(), link.dependentItemId())
			.filter(id -> dependencies.byId(id).isPresent());
		if (earlier.isPresent()) {
			return LinkOutcome.existing(link, earlier.get());
		}
		try {
			var command = new NewDependency(link.dependentItemId(), link.prerequisiteItemId(), DependencyType.BLOCKS,
					null, link.note(), null);
			var dependency = ownTransaction.execute(status -> identification.identify(command, link.caller()));
			return LinkOutcome.created(link, dependency.id());
		}
		catch (DuplicateDependency ex) {
			return LinkOutcome.existing(link, null);
		}
		catch (CycleRefused | DependencyRuleViolation | DependencyAccessDenied ex) {
			return LinkOutcome.refused(link, ex.getMessage());
		}
		catch (ReferenceRefused ex) {
			return LinkOutcome.refused(link, "an item of this link is in no product the importer may see");
		}
	}

}
