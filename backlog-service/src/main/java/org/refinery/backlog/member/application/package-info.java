/**
 * Who may change a product's people, and the one way a change is stored, kept in history and
 * announced. The creator of a product becomes its owner in the transaction that creates it.
 */
package org.refinery.backlog.member.application;
