/**
 * Who may export which product (whoever may read it: the same visibility as the backlog view,
 * an invisible product is not found) and one consistent snapshot per export: the product, its
 * teams and every item are read in one read-only repeatable-read transaction, so a change that
 * commits while a large export streams is either wholly in it or not at all.
 */
package org.refinery.backlog.export.application;
