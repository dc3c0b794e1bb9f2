/**
 * Teams of a product. Many Scrum and Kanban teams share one product backlog; each team owns
 * a slice of it and sends representatives to refinement sessions. Product owners form teams.
 */
package org.refinery.backlog.team;
