/** The health score of one product the caller may see, as the API answers it. */
package org.refinery.backlog.health.application;
