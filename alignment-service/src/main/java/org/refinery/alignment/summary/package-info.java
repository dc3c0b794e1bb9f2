/**
 * What portfolio managers look at: how much of a backlog serves which goal. The calculation is
 * framework-free and works on a snapshot of the read model, the goals and the active links, so
 * every figure can be checked by hand on small examples.
 */
package org.refinery.alignment.summary;
