// Connecting an agenda item to the rest of the product during a session: moving it in the backlog
// (the backlog's reorder API, with the item's version as If-Match), identifying a dependency on
// another team's item (with the session's id, so its summary lists it) and linking it to a goal.
// Each action then records the session's outcome by itself (REORDERED, DEPENDENCY_IDENTIFIED,
// GOAL_LINKED) with a note saying what happened. When the action happened but the outcome was not
// recorded, the entry says so and offers to record it again.
import { api, ApiError } from '../api.js';
import { h, announce, showProblem } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { reasonNote, disableWithReason } from '../access.js';
import { identifyForm, inWords } from './dependency-identify.js';
import { goalLinkForm } from './item-goals.js';

export const CONNECT = { MOVE: 'Move', DEPENDENCY: 'Dependency', GOAL: 'Goal' };

/** The form of one action about an agenda item, marked as a decision so a live re-render keeps it open. */
export function connectForm(view, session, item, itemId, kind) {
  if (!item) return h('p', { class: 'muted decide' }, 'This item is no longer in the backlog.');
  const prefix = `${kind.toLowerCase()}-${itemId}`;
  let element = null;
  const recorded = (outcome, what) => { element.remove(); return record(view, session, itemId, outcome, what); };
  if (kind === 'MOVE') element = moveForm(view, item, prefix, recorded);
  else if (kind === 'DEPENDENCY') {
    element = identifyForm(view, item, { prefix, sessionId: session.id, done: dependency => recorded(
      { kind: 'DEPENDENCY_IDENTIFIED', note: `Dependency identified: ${inWords(dependency)}` },
      `The dependency (${inWords(dependency)}) was identified`) });
  }
  else {
    element = goalLinkForm(view, item, (link, title) => recorded(
      { kind: 'GOAL_LINKED', note: `Linked to the goal “${title ?? link.goalTitle ?? link.goalId}”: ${link.rationale}` },
      `${item.key} was linked to the goal “${title}”`), { prefix });
  }
  const form = element.matches('form') ? element : element.querySelector('form');
  form.classList.add('decide');
  form.dataset.kind = kind;
  return element;
}

/** Records the outcome; a failure is kept on the view, so the entry shows it (and a retry) until it is recorded. */
async function record(view, session, itemId, outcome, what) {
  view.unrecorded ??= new Map();
  try {
    const after = await api(`/api/backlog/refinement-sessions/${session.id}/outcomes`,
      { method: 'POST', body: { itemId, ...outcome } });
    view.unrecorded.delete(itemId);
    view.cache.delete(itemId);
    announce(`${what}; the outcome was recorded.`);
    await view.show(after.id);
  }
  catch (error) {
    view.unrecorded.set(itemId, { outcome, what, message: error.message });
    view.cache.delete(itemId);
    if (error instanceof ApiError && error.status === 403) view.refused(error, 'decide');
    else await view.show(session.id).catch(showProblem);
  }
}

/** What happened without its outcome being recorded, with a button that records it again. */
export function unrecordedNotice(view, session, itemId) {
  const pending = view.unrecorded?.get(itemId);
  if (!pending) return null;
  // The id lets the re-render after a failed retry give the focus back to the new button. A second
  // press while the first is on its way is ignored: outcomes only add up, so it would record twice.
  const retry = h('button', { type: 'button', id: `retry-${itemId}`, 'data-retry': itemId, onclick: () => {
    if (pending.retrying) return undefined;
    pending.retrying = true;
    retry.setAttribute('aria-disabled', 'true');
    return record(view, session, itemId, pending.outcome, pending.what);
  } }, 'Record the outcome again');
  return h('div', { class: 'conflict unrecorded', role: 'alert', id: `unrecorded-${itemId}` },
    h('p', {}, `${pending.what}, but the outcome was not recorded in the session: ${pending.message}`),
    h('div', { class: 'actions session-control' }, retry));
}

function moveForm(view, item, prefix, recorded) {
  const where = h('select', { id: `${prefix}-where`, name: 'where' }, h('option', { value: 'top' }, 'to the top'),
    h('option', { value: 'bottom' }, 'to the bottom of the open backlog'), h('option', { value: 'after' }, 'after the item chosen below'));
  const after = h('select', { id: `${prefix}-after`, name: 'after' },
    view.items.filter(other => other.id !== item.id).map(other => h('option', { value: other.id }, `${other.key} · ${other.title}`)));
  const conflict = h('div', { class: 'conflict', id: `${prefix}-conflict`, role: 'alert', hidden: true });
  const form = h('form', { id: `${prefix}-form`, novalidate: true, 'aria-label': `Move ${item.key} in the backlog` },
    field('Move', where, { pointer: '/where' }), field('After', after, { pointer: '/after' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Move and record')),
    conflict, summary(`${prefix}-problem`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    conflict.hidden = true;
    try {
      const target = await neighbour(view, item, where.value, after.value);
      if (!target) return showErrors(form, { message: `${item.key} is there already; nothing was moved.` });
      await api(`/api/backlog/items/${item.id}/move`, { method: 'POST', version: item.version, body: target.body });
      await recorded({ kind: 'REORDERED', note: target.note }, `${item.key} was moved ${target.words}`);
    }
    catch (error) {
      if (!(error instanceof ApiError && error.status === 412)) return showErrors(form, error);
      conflict.replaceChildren(h('p', {}, `${item.key} was changed by someone else since the agenda was loaded (you had `
        + `version ${item.version}, it is now version ${error.problem?.currentVersion ?? 'newer'}); it was not moved.`),
      h('button', { type: 'button', onclick: () => { view.cache.delete(item.id); view.show(view.session.id).catch(showProblem); } },
        'Load the current version'));
      conflict.hidden = false;
    }
  });
  const why = view.access?.reorder(view.product, view.teams);
  if (!why) return form;
  disableWithReason(form, why, `${prefix}-denied`);
  return h('div', {}, reasonNote(`${prefix}-denied`, `You may not move ${item.key}: ${why}.`), form);
}

/** Where the move goes: next to the backlog's first or last open item, or after the chosen one; null if it is there. */
async function neighbour(view, item, where, afterId) {
  const items = `/api/backlog/products/${encodeURIComponent(view.product)}/items?size=1`;
  if (where === 'after') {
    const other = view.items.find(candidate => candidate.id === afterId) ?? await api(`/api/backlog/items/${afterId}`);
    return { body: { after: other.id }, words: `after ${other.key}`, note: `Moved after ${other.key} (${other.title})` };
  }
  const first = await api(items);
  const edge = where === 'top' ? first.content[0] : (await api(`${items}&page=${first.totalElements - 1}`)).content[0];
  if (!edge || edge.id === item.id) return null;
  return where === 'top'
    ? { body: { before: edge.id }, words: 'to the top', note: `Moved to the top of the backlog, before ${edge.key}` }
    : { body: { after: edge.id }, words: 'to the bottom', note: `Moved to the bottom of the open backlog, after ${edge.key}` };
}
