/**
 * Dependency use cases, one transaction each: the rule checks, the new version and its outbox
 * event commit together or not at all. Changes to one product's graph are serialized by a lock,
 * so two concurrent dependencies can never together close a cycle that each alone would not.
 * <p>
 * An item or session id in a body that is unknown here or in a product the caller may not see
 * gets one answer, 422 naming the field ({@code ReferenceRefused}): an id not yet announced by the
 * backlog and an outsider's probe must look the same (ADR 0005). Members of either item's team
 * and the product's owners identify dependencies; others who see the items get 403.
 */
package org.refinery.dependency.tracking.application;
