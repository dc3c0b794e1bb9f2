/** The REST edge of the dependency analysis. */
package org.refinery.dependency.analysis.web;
