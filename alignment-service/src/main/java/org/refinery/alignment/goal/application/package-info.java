/**
 * Goal use cases, one transaction each: the checks against the hierarchy, the change and the
 * domain event commit together, so the outbox never announces a goal that was not stored.
 */
package org.refinery.alignment.goal.application;
