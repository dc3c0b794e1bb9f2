/** Health figures read with aggregate SQL over the backlog's own tables. */
package org.refinery.backlog.health.persistence;
