/**
 * The webhook API under {@code /api/backlog/products/{key}/webhooks}: subscribe, list, delete,
 * read a subscription's delivery log and replay a dead delivery. Every refusal is a problem
 * naming the field (JSON Pointer), the value and the rule.
 */
package org.refinery.backlog.webhook.web;
