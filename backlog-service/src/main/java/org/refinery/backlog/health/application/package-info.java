/** The health score of one product the caller may see, or of every one a page at a time, as the API answers it. */
package org.refinery.backlog.health.application;
