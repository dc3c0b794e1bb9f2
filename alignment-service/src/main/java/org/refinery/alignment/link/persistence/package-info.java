/** Links in the service's own PostgreSQL database; a partial unique index allows one active link per item and goal. */
package org.refinery.alignment.link.persistence;
