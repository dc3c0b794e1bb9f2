// Bulk actions on the selected rows of the backlog: assign a team, change the status, estimate,
// move to the top or the bottom. One request, all or nothing: when the backlog refuses some rows
// (stale, not ready, not allowed) nothing changed, and each refused row says why at the row.
// Controls the person may not use are disabled with the reason before any click.
import { api } from '../api.js';
import { h, announce, showProblem } from '../ui.js';
import { field, label, showErrors, clearErrors, summary } from '../forms.js';

const ACTIONS = [['ASSIGN_TEAM', 'Assign team'], ['CHANGE_STATUS', 'Change status'], ['ESTIMATE', 'Estimate'],
  ['MOVE_TO_TOP', 'Move to top'], ['MOVE_TO_BOTTOM', 'Move to bottom']];

const STATUSES = ['DRAFT', 'IN_REFINEMENT', 'READY', 'PLANNED', 'IN_PROGRESS', 'DONE'];

/** A row's checkbox; it selects the row for a bulk action and never opens the item. */
export function pick(view, item) {
  const box = h('input', { type: 'checkbox', class: 'pick', value: item.id, 'aria-label': `Select ${item.key}` });
  box.checked = view.picked.has(item.id);
  box.addEventListener('change', () => {
    if (box.checked) view.picked.add(item.id); else view.picked.delete(item.id);
    selectionChanged(view);
  });
  return h('span', { class: 'pick-cell' }, box);
}

export function bulkBar(view) {
  const action = h('select', { id: 'bulk-action', name: 'action' }, ACTIONS.map(([value, text]) => h('option', { value }, text)));
  const team = h('select', { id: 'bulk-team', name: 'teamKey' }, view.teams.map(t => h('option', { value: t.key }, t.key)));
  const status = h('select', { id: 'bulk-status', name: 'status' }, STATUSES.map(s => h('option', { value: s }, label(s))));
  const estimate = h('input', { id: 'bulk-estimate', name: 'estimate', type: 'number', min: 0, max: 1000, step: 0.5 });
  const values = { ASSIGN_TEAM: field('Team', team, { pointer: '/teamKey' }),
    CHANGE_STATUS: field('Status', status, { pointer: '/status' }),
    ESTIMATE: field('Points', estimate, { pointer: '/estimate' }) };
  const all = h('input', { type: 'checkbox', id: 'bulk-all', 'aria-label': 'Select every listed item' });
  const apply = h('button', { type: 'submit', class: 'primary', id: 'bulk-apply' }, 'Apply');
  const count = h('span', { id: 'bulk-count', 'aria-live': 'polite' });
  const why = h('span', { id: 'bulk-why', class: 'muted' });
  const form = h('form', { id: 'bulk-bar', class: 'toolbar bulk', 'aria-label': 'Bulk action on the selected items' },
    h('label', { class: 'inline' }, all, 'All'), count, field('Action', action, { pointer: '/action' }),
    Object.values(values), apply, why, summary('bulk-problem'));
  view.bulk = { form, action, team, status, estimate, values, all, apply, count, why };
  all.addEventListener('change', () => {
    view.items.forEach(item => { if (all.checked) view.picked.add(item.id); else view.picked.delete(item.id); });
    view.list.querySelectorAll('.pick').forEach(box => { box.checked = all.checked; });
    selectionChanged(view);
  });
  action.addEventListener('change', () => selectionChanged(view));
  form.addEventListener('submit', event => { event.preventDefault(); submit(view); });
  return form;
}

/** Why the person may not apply the chosen action to the selection, or null. */
function denied(view) {
  const kind = view.bulk.action.value;
  if (kind === 'MOVE_TO_TOP' || kind === 'MOVE_TO_BOTTOM') return view.reorderDenied;
  if (!view.access) return null;
  const picked = view.items.filter(item => view.picked.has(item.id));
  for (const item of picked) {
    const reason = view.access.editItem(view.product, item.teamKey, view.teams);
    if (reason) return `${item.key}: ${reason}`;
  }
  return null;
}

/** Shows the value the chosen action needs, counts the selection, and disables Apply with the reason. */
export function selectionChanged(view) {
  const bar = view.bulk;
  if (!bar) return;
  const n = view.picked.size;
  Object.entries(bar.values).forEach(([kind, box]) => { box.hidden = bar.action.value !== kind; });
  bar.count.textContent = n === 1 ? '1 selected' : `${n} selected`;
  bar.all.checked = n > 0 && view.items.every(item => view.picked.has(item.id));
  const reason = n === 0 ? 'Select items first' : denied(view);
  bar.apply.disabled = !!reason;
  bar.apply.title = reason || '';
  bar.why.textContent = reason || '';
  bar.apply.setAttribute('aria-describedby', 'bulk-why');
}

async function submit(view) {
  const bar = view.bulk;
  clearErrors(bar.form);
  clearRowErrors(view);
  const kind = bar.action.value;
  const items = view.items.filter(item => view.picked.has(item.id)).map(item => ({ id: item.id, version: item.version }));
  const body = { action: kind, items };
  if (kind === 'ASSIGN_TEAM') body.teamKey = bar.team.value;
  if (kind === 'CHANGE_STATUS') body.status = bar.status.value;
  if (kind === 'ESTIMATE') body.estimate = bar.estimate.value === '' ? null : Number(bar.estimate.value);
  try {
    const changed = await api(`/api/backlog/products/${view.product}/items/bulk`, { method: 'POST', body });
    view.picked.clear();
    await view.refresh();
    announce(`${changed.items.length} items changed: ${ACTIONS.find(([value]) => value === kind)[1].toLowerCase()}`);
    showProblem(null);
  }
  catch (error) {
    showErrors(bar.form, error);
    (error.problem?.refused || []).forEach(refusal => rowError(view, refusal));
  }
}

function rowError(view, refusal) {
  const box = view.list.querySelector(`#row-error-${CSS.escape(refusal.id)}`);
  if (!box) return;
  const rules = (refusal.failingRules || []).map(rule => rule.reason || rule.rule).filter(Boolean);
  box.textContent = [refusal.detail, ...rules].join(' · ');
  box.hidden = false;
  box.closest('li')?.classList.add('refused');
}

function clearRowErrors(view) {
  view.list.querySelectorAll('.row-error').forEach(box => { box.textContent = ''; box.hidden = true; });
  view.list.querySelectorAll('li.refused').forEach(li => li.classList.remove('refused'));
}
