/** The REST edge of teams. */
package org.refinery.backlog.team.web;
