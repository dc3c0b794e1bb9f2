/** Items, their order and their history in the service's PostgreSQL database. */
package org.refinery.backlog.item.persistence;
