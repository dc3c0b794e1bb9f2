/** The REST edge of links. */
package org.refinery.alignment.link.web;
