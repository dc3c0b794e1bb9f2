/** The REST edge of alignment summaries: the scope is explicit in every request. */
package org.refinery.alignment.summary.web;
