/** The REST edge of goals. */
package org.refinery.alignment.goal.web;
