package org.refinery.backlog.item;

import java.util.UUID;

/**
 * An item id sent in a command that names no item of the product the command is about (a parent,
 * a move's neighbour, an agenda entry); answered 422 naming the field. An unknown id, an item of
 * another product and one the caller may not see get this one answer, word for word, so that the
 * answer never tells whether an id exists elsewhere (ADR 0005).
 */
public class ItemReferenceRefused extends RuntimeException {

	private final String pointer;

	private final UUID itemId;

	private final String rule;

	/**
	 * @param pointer the JSON Pointer of the field that sent the id, e.g. {@code /parentId}
	 * @param productKey the product the command is about
	 */
	public ItemReferenceRefused(String pointer, UUID itemId, String productKey) {
		super(pointer.substring(1) + " must be the id of an item of product " + productKey);
		this.pointer = pointer;
		this.itemId = itemId;
		this.rule = "must be the id of an item of product " + productKey;
	}

	public String pointer() {
		return pointer;
	}

	public UUID itemId() {
		return itemId;
	}

	public String rule() {
		return rule;
	}

}
