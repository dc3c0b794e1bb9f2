/** Link changes on the wire, in the transaction that made them: linked, or unlinked (inactive). */
package org.refinery.alignment.link.messaging;
