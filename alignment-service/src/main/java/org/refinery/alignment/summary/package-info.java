/**
 * What portfolio managers look at: how much of a backlog serves which goal. The calculation is
 * framework-free and works on a snapshot of the read model, the goals and the active links, so
 * every figure can be checked by hand on small examples. A product summary is always current;
 * the portfolio view, which spans every product, shows each product's last computed figures with
 * their age and recomputes changed products in the background, so that a stream of changes
 * never makes it wait for many recomputations at once.
 */
package org.refinery.alignment.summary;
