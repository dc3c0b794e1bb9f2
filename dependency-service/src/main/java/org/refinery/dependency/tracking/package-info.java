/**
 * Tracking dependencies through their life: identified during refinement by a member of either
 * team (or a product owner), acknowledged or rejected by the prerequisite team, withdrawn by
 * the dependent team, resolved by either — or by the service itself once the prerequisite item
 * is DONE. Both items must be known items of one product; a BLOCKS dependency that would close
 * a cycle is refused with the cycle, found by a bounded search of the product's open blocking
 * graph. A removed prerequisite only flags its dependencies, because removal can be undone.
 * The refinement session a dependency was found in, when given, must be a known session of the
 * items' product (from the session read model). A team member sees the dependencies of the
 * products a Keycloak group grants.
 * <p>
 * Every version of a dependency has a revision in its history — when, by whom (a person or the
 * service itself) and each field it changed — written in the transaction of the change, from the
 * same event that goes on the wire. An edit that changes nothing (the same status, needed-by and
 * note) changes neither version nor history and publishes nothing. Needed-by and note may be
 * changed by anyone who may resolve; the type may not, because a blocking dependency that becomes
 * one changes the graph: withdraw it and identify the other kind.
 */
package org.refinery.dependency.tracking;
