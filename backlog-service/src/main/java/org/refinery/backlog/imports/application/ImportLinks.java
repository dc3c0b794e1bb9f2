package org.refinery.backlog.imports.application;

import org.refinery.backlog.imports.ExternalReferences;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.Imports;
import org.refinery.backlog.imports.LinkStatus;
import org.refinery.backlog.imports.LinksImported;
import org.refinery.backlog.imports.RowLink;
import org.refinery.backlog.imports.RowResult;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The last step of an applied import: its Blocks links go to dependency-service, which owns
 * dependencies and their rules. Page by page, each link a row names is resolved through the
 * external references to the items both ends became; links with an end that is no such item are
 * answered UNRESOLVED on their row at once, the others are recorded PENDING and sent, each pair
 * once, in the same transaction ({@link LinksImported}, through the outbox). dependency-service's
 * answers settle them later ({@link #settled}).
 */
@Service
public class ImportLinks {

	static final int PAGE = 500;

	private final Imports imports;

	private final ExternalReferences references;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ImportLinks(Imports imports, ExternalReferences references, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.references = references;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Sends the job's links on; a preview sends nothing. */
	void submit(ImportJob job, Caller caller) {
		String system = job.format().system();
		Set<String> sent = new HashSet<>();
		int part = 0;
		for (long offset = 0;; offset += PAGE) {
			List<RowResult> rows = imports.linkedRows(job.id(), offset, PAGE);
			if (rows.isEmpty()) {
				return;
			}
			Map<String, UUID> items = references.find(job.productId(), system, keysOf(rows));
			Map<Long, List<RowLink>> recorded = new LinkedHashMap<>();
			List<LinksImported.Link> toSend = new ArrayList<>();
			for (RowResult row : rows) {
				recorded.put(row.line(), linksOf(row, items, system, sent, toSend));
			}
			int number = toSend.isEmpty() ? part : ++part;
			transactions.executeWithoutResult(status -> {
				imports.recordLinks(job.id(), recorded);
				if (!toSend.isEmpty()) {
					events.publishEvent(new LinksImported(job, system, number, caller.subject(), caller.username(),
							toSend));
				}
			});
		}
	}

	/** Records dependency-service's answers on the rows that name each link. */
	public void settled(UUID importId, List<RowLink> outcomes) {
		transactions.executeWithoutResult(status -> outcomes.forEach(outcome -> imports.settleLink(importId, outcome)));
	}

	private static List<RowLink> linksOf(RowResult row, Map<String, UUID> items, String system, Set<String> sent,
			List<LinksImported.Link> toSend) {
		List<RowLink> links = new ArrayList<>();
		row.blocks().forEach(blocked -> links.add(link(row.externalKey(), blocked, items, system, sent, toSend)));
		row.blockedBy().forEach(blocker -> links.add(link(blocker, row.externalKey(), items, system, sent, toSend)));
		return links;
	}

	private static RowLink link(String prerequisiteKey, String dependentKey, Map<String, UUID> items, String system,
			Set<String> sent, List<LinksImported.Link> toSend) {
		UUID prerequisite = items.get(prerequisiteKey);
		UUID dependent = items.get(dependentKey);
		if (prerequisite == null || dependent == null) {
			String missing = prerequisite == null ? prerequisiteKey : dependentKey;
			return new RowLink(prerequisiteKey, dependentKey, LinkStatus.UNRESOLVED, missing
					+ " is no item imported from " + system + " (not in the file, or its row is an error)", null);
		}
		if (sent.add(prerequisiteKey + '\u0000' + dependentKey)) {
			toSend.add(new LinksImported.Link(prerequisite, dependent, prerequisiteKey, dependentKey));
		}
		return new RowLink(prerequisiteKey, dependentKey, LinkStatus.PENDING, null, null);
	}

	private static Set<String> keysOf(List<RowResult> rows) {
		Set<String> keys = new LinkedHashSet<>();
		for (RowResult row : rows) {
			keys.add(row.externalKey());
			keys.addAll(row.blocks());
			keys.addAll(row.blockedBy());
		}
		return keys;
	}

}
