/** The REST edge of refinement sessions. */
package org.refinery.backlog.session.web;
