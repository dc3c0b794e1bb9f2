/**
 * Events of topics {@code refinery.alignment.goals.v1} and {@code refinery.alignment.links.v1}:
 * the organisation's strategic goals and which backlog items serve them. Refinement must be
 * aligned, not isolated; publishing goals and links lets every service and dashboard tell
 * aligned work from unaligned work without asking the alignment service.
 */
package org.refinery.contracts.alignment;
