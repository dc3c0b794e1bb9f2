/** Item changes on the wire: one contract event per command, carrying the item's new state. */
package org.refinery.backlog.item.messaging;
