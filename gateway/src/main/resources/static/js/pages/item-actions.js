// An item's life in the panel: its readiness as a checklist (custom checks ticked here), status
// changes along the allowed steps with a Definition of Ready refusal shown rule by rule, and
// removing with a reason and restoring.
import { h } from '../ui.js';
import { field, summary, label } from '../forms.js';
import { write, conflictBox } from './item-write.js';

const LIFE = ['DRAFT', 'IN_REFINEMENT', 'READY', 'PLANNED', 'IN_PROGRESS', 'DONE'];

const NEXT = {
  DRAFT: ['IN_REFINEMENT'], IN_REFINEMENT: ['DRAFT', 'READY'], READY: ['IN_REFINEMENT', 'PLANNED'],
  PLANNED: ['READY', 'IN_PROGRESS'], IN_PROGRESS: ['PLANNED', 'DONE'], DONE: ['IN_PROGRESS'], REMOVED: [],
};

/** Rule by rule whether the item is ready; checklist items are checkboxes people tick. */
export function readinessBlock(view, item) {
  const readiness = item.readiness || { ready: false, rules: [] };
  const form = h('form', { class: 'readiness', 'aria-label': 'Definition of Ready' },
    h('p', {}, h('span', { class: `badge ${readiness.ready ? 'ready' : 'not-ready'}` },
      readiness.ready ? 'ready' : 'not ready'), ' against the Definition of Ready'),
    h('ul', { class: 'rules' }, readiness.rules.map(rule => rule.rule === 'CHECKLIST_CONFIRMED'
      ? h('li', {}, checkbox(view, item, rule))
      : h('li', { class: rule.passed ? 'passed' : 'failing' }, rule.passed ? '✓ ' : '✗ ',
        label(rule.check || rule.rule || ''), rule.reason ? ` — ${rule.reason}` : ''))),
    conflictBox('check-conflict'), summary('check-problem'));
  return form;
}

function checkbox(view, item, rule) {
  const box = h('input', { type: 'checkbox', id: `check-${rule.check}`, checked: rule.passed, 'data-check': rule.check });
  box.addEventListener('change', () => write(view, item, box.form, `/api/backlog/items/${item.id}/checks/${rule.check}`,
    { method: 'POST', body: { ticked: box.checked } }, { done: `${rule.check} ${box.checked ? 'ticked' : 'unticked'}` }));
  return h('label', { for: box.id, class: 'check' }, box, ` ${rule.reason.replace(/^(Not yet confirmed|Confirmed): /, '')}`);
}

/** A button per status; those not one step away are disabled, and why is said beside them. */
export function statusBlock(view, item) {
  const refusal = h('div', { id: 'status-refusal', class: 'form-problem', role: 'alert', hidden: true });
  const form = h('form', { id: 'status-form', 'aria-label': 'Change status' }, refusal, conflictBox('status-conflict'));
  const allowed = NEXT[item.status] || [];
  const why = item.status === 'REMOVED'
    ? 'A removed item changes status only after it is restored.'
    : `From ${label(item.status)} an item moves one step: to ${allowed.map(label).join(' or ')}.`;
  const buttons = LIFE.filter(status => status !== item.status).map(status => {
    const button = h('button', { type: 'button', 'data-status': status }, label(status));
    if (!allowed.includes(status)) {
      button.disabled = true;
      button.setAttribute('aria-describedby', 'status-why');
    }
    button.addEventListener('click', () => changeStatus(view, item, form, refusal, status));
    return button;
  });
  form.prepend(h('p', {}, 'Status: ', h('span', { class: `badge status ${item.status}` }, label(item.status))),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Move to status' }, h('span', { class: 'hint' }, 'Move to:'), buttons),
    h('p', { class: 'hint', id: 'status-why' }, why));
  return form;
}

function changeStatus(view, item, form, refusal, status) {
  return write(view, item, form, `/api/backlog/items/${item.id}/status`, { method: 'POST', body: { status } }, {
    done: `${item.key} is now ${label(status)}`, teamWide: false,
    refused: error => {
      const problem = error.problem || {};
      if (!Array.isArray(problem.failingRules) && !Array.isArray(problem.allowed)) return false;
      refusal.replaceChildren(h('p', {}, `${item.key} was not moved to ${label(status)}: ${problem.title || error.message}`),
        problem.failingRules ? h('ul', { class: 'failing-rules' }, problem.failingRules.map(rule =>
          h('li', { 'data-rule': rule.rule }, `✗ ${label(rule.check || rule.rule)} — ${rule.reason}`))) : null,
        problem.allowed ? h('p', {}, `Allowed from here: ${problem.allowed.map(label).join(', ') || 'none'}.`) : null);
      refusal.hidden = false;
      return true;
    },
  });
}

/** Removing needs a reason; a removed item can be restored. */
export function removalBlock(view, item) {
  if (item.status === 'REMOVED') {
    const form = h('form', { id: 'restore-form', 'aria-label': 'Restore item' },
      h('p', {}, `${item.key} is removed; restoring brings it back where it was.`),
      h('button', { type: 'submit', class: 'primary' }, 'Restore item'), conflictBox('restore-conflict'), summary('restore-problem'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      write(view, item, form, `/api/backlog/items/${item.id}/restore`, { method: 'POST' }, { done: `${item.key} restored` });
    });
    return form;
  }
  const reason = h('textarea', { id: 'remove-reason', name: 'reason', rows: 2, maxlength: 1000, required: true });
  const form = h('form', { id: 'remove-form', 'aria-label': 'Remove item', novalidate: true },
    field('Reason for removing', reason, { pointer: '#/query/reason' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Remove item')),
    conflictBox('remove-conflict'), summary('remove-problem'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    write(view, item, form, `/api/backlog/items/${item.id}?reason=${encodeURIComponent(reason.value.trim())}`,
      { method: 'DELETE' }, { done: `${item.key} removed` });
  });
  return form;
}

