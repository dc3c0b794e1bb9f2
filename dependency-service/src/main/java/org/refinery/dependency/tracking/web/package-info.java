/** The REST edge of dependency tracking. */
package org.refinery.dependency.tracking.web;
