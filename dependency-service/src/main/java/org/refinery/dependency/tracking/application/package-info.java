/**
 * Dependency use cases, one transaction each: the rule checks, the new version and its outbox
 * event commit together or not at all. Changes to one product's graph are serialized by a lock,
 * so two concurrent dependencies can never together close a cycle that each alone would not.
 */
package org.refinery.dependency.tracking.application;
