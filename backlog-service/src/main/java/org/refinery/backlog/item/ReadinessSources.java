package org.refinery.backlog.item;

import java.util.UUID;

/** Where the facts for readiness come from: ticks stored here, read models fed by events. */
public interface ReadinessSources {

	ReadinessFacts factsOf(UUID itemId);

	/** Ticks or unticks a custom checklist item for an item; answers whether that changed anything. */
	boolean tick(UUID itemId, String code, boolean ticked, String by);

}
