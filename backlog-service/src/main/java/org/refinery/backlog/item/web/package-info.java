/** The REST edge of backlog items: ETags carry versions, problems carry the rule that failed. */
package org.refinery.backlog.item.web;
