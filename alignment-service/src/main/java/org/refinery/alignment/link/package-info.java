/**
 * Links from backlog items to the goals they serve, each with the linking person's rationale
 * and the share of the item's effort that counts for the goal. Only product owners of the
 * item's product and portfolio managers state links. Unlinking keeps the link, inactive, so
 * history stays complete.
 */
package org.refinery.alignment.link;
