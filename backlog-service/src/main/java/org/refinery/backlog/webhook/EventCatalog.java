package org.refinery.backlog.webhook;

import java.util.Set;

/** The event types a webhook may subscribe to; the messaging adapter knows them from the contracts. */
public interface EventCatalog {

	Set<String> subscribable();

}
