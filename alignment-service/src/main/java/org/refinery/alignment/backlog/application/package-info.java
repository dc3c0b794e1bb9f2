/**
 * Applying backlog events to the read model, one transaction per event, keeping only newer
 * versions of each item and product.
 */
package org.refinery.alignment.backlog.application;
