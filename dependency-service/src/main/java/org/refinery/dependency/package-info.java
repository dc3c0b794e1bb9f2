/**
 * dependency-service owns the dependencies between backlog items, and so between teams, and
 * analyses each product's dependency graph so that refinement surfaces cross-team risk before
 * planning. What it knows of items comes from backlog events, never from calls.
 */
package org.refinery.dependency;
