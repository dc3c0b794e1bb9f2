// An item's dependencies in its panel, both directions: the other item (key, title, team) as a
// link, type, status, and the steps of its life the dependency service offers. Who may take which
// step mirrors the server (Dependency.mayMove): the prerequisite's team acknowledges and rejects,
// the dependent's team withdraws, either resolves, product owners do all; a step the caller may
// not take is disabled with the reason, and the server still judges (its 403 is shown). Each step
// carries the dependency's version as If-Match, so a change by someone else meanwhile is a 412.
import { api, ApiError } from '../api.js';
import { h, announce } from '../ui.js';
import { summary, showErrors, clearErrors, label } from '../forms.js';
import { reasonNote } from '../access.js';
import { identifyForm } from './dependency-identify.js';

const STEPS = { ACKNOWLEDGED: 'Acknowledge', RESOLVED: 'Resolve', REJECTED: 'Reject', WITHDRAWN: 'Withdraw' };
const NEXT = { IDENTIFIED: ['ACKNOWLEDGED', 'RESOLVED', 'REJECTED', 'WITHDRAWN'], ACKNOWLEDGED: ['RESOLVED', 'REJECTED', 'WITHDRAWN'] };
const NEEDS_REASON = ['REJECTED', 'WITHDRAWN'];

/** Why `access` may not move `d` to `target`, or null when it may (or the access is unknown). */
export function stepDenied(access, d, target) {
  if (!access || access.manages(d.productKey)) return null;
  const prerequisiteTeam = Boolean(d.prerequisiteTeamKey) && access.memberOf(d.prerequisiteTeamKey);
  const dependentTeam = Boolean(d.dependentTeamKey) && access.memberOf(d.dependentTeamKey);
  if (['ACKNOWLEDGED', 'REJECTED'].includes(target)) {
    return prerequisiteTeam ? null : `Only members of the prerequisite team ${d.prerequisiteTeamKey || '(none)'} and `
      + `product owners of ${d.productKey} acknowledge or reject it`;
  }
  if (target === 'WITHDRAWN') {
    return dependentTeam ? null : `Only members of the dependent team ${d.dependentTeamKey || '(none)'} and `
      + `product owners of ${d.productKey} withdraw it`;
  }
  return prerequisiteTeam || dependentTeam ? null : `Only members of ${d.dependentTeamKey} or `
    + `${d.prerequisiteTeamKey} and product owners of ${d.productKey} resolve it`;
}

/** The section: the list, then "Identify a dependency"; `reopen()` shows the panel again after a change. */
export function dependencySection(view, item, edges, reopen) {
  const list = edges.length
    ? h('ul', { id: 'dependency-list', class: 'dependencies' }, edges.map(d => entry(view, item, d, reopen)))
    : h('p', { id: 'dependency-list', class: 'muted' }, 'No dependencies.');
  const identify = identifyForm(view, item, { prefix: 'identify', done: async () => reopen() });
  fillTitles(list, edges, item.id);
  // Dependency rights are not item-editing rights: the panel's "may not change" leaves this section alone.
  return h('div', { id: 'item-dependencies', 'data-own-access': '' }, list,
    h('details', { class: 'more', id: 'identify-details' }, h('summary', {}, 'Identify a dependency'), identify));
}

function entry(view, item, d, reopen) {
  const needs = d.dependentItemId === item.id;
  const other = needs ? { id: d.prerequisiteItemId, key: d.prerequisiteItemKey, team: d.prerequisiteTeamKey }
    : { id: d.dependentItemId, key: d.dependentItemKey, team: d.dependentTeamKey };
  const short = d.id.slice(0, 8);
  const li = h('li', { 'data-dependency-id': d.id, 'data-status': d.status },
    h('p', {}, needs ? 'needs ' : 'needed by ', h('a', { href: `#/backlog/${other.id}` }, other.key), ' ',
      h('span', { class: 'other-title', 'data-item': other.id }), ` (${other.team || 'no team'}) · ${label(d.type)} `,
      h('span', { class: `badge status ${d.status}` }, label(d.status))),
    h('p', { class: 'meta' }, d.neededBy ? h('span', {}, `needed by ${d.neededBy}`) : null,
      d.note ? h('span', {}, d.note) : null,
      d.statusReason ? h('span', {}, `${label(d.status)} by ${d.statusChangedBy}: ${d.statusReason}`) : null,
      d.prerequisiteRemoved ? h('span', { class: 'badge bad' }, 'prerequisite removed') : null));
  const next = NEXT[d.status];
  if (next) li.append(stepForm(view, d, next, short, reopen));
  return li;
}

/** One button per step open from here; those the caller may not take are disabled and say why. */
function stepForm(view, d, next, short, reopen) {
  const reason = h('input', { id: `dep-reason-${short}`, name: 'reason', maxlength: 1000 });
  const reasonId = `dep-denied-${short}`;
  const denied = Object.fromEntries(next.map(target => [target, stepDenied(view.access, d, target)]));
  const why = [...new Set(Object.values(denied).filter(Boolean))];
  const conflict = h('div', { class: 'conflict', id: `dep-conflict-${short}`, role: 'alert', hidden: true });
  const form = h('form', { class: 'dependency-steps', 'aria-label': `Change the dependency of ${d.dependentItemKey} on ${d.prerequisiteItemKey}` },
    why.length ? reasonNote(reasonId, `You may not take every step: ${why.join('; ')}.`) : null,
    h('label', { for: reason.id }, 'Reason (to reject or withdraw)'), reason,
    h('span', { class: 'field-error', id: `${reason.id}-error`, hidden: true }),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Steps' }, next.map(target => {
      const button = h('button', { type: 'button', 'data-step': target }, STEPS[target]);
      if (denied[target]) {
        button.disabled = true;
        button.title = denied[target];
        button.setAttribute('aria-describedby', reasonId);
      }
      button.addEventListener('click', () => step(d, target, reason, form, conflict, reopen));
      return button;
    })), conflict, summary(`dep-problem-${short}`));
  reason.dataset.pointer = '/reason';
  form.addEventListener('submit', event => event.preventDefault());
  return form;
}

async function step(d, target, reason, form, conflict, reopen) {
  clearErrors(form);
  conflict.hidden = true;
  const because = reason.value.trim();
  try {
    await api(`/api/dependencies/${d.id}`, { method: 'PATCH', version: d.version,
      body: { status: target, reason: NEEDS_REASON.includes(target) || because ? because || null : null } });
    announce(`The dependency of ${d.dependentItemKey} on ${d.prerequisiteItemKey} is now ${label(target)}`);
    await reopen();
  }
  catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      conflict.replaceChildren(h('p', {}, `Someone else changed this dependency meanwhile (you had version ${d.version}`
        + `${error.problem?.currentVersion ? `, it is now version ${error.problem.currentVersion}` : ''}); nothing was changed.`),
      h('button', { type: 'button', onclick: () => reopen() }, 'Load the current state'));
      conflict.hidden = false;
      return;
    }
    showErrors(form, error);
    if (error instanceof ApiError && error.status === 403) {
      const button = form.querySelector(`button[data-step="${target}"]`);
      button.disabled = true;
      button.title = error.problem?.detail || error.message;
    }
  }
}

/** The other items' titles, read after the panel shows (an item this person cannot see stays a key). */
function fillTitles(list, edges, itemId) {
  const others = [...new Set(edges.map(d => d.dependentItemId === itemId ? d.prerequisiteItemId : d.dependentItemId))];
  others.forEach(id => api(`/api/backlog/items/${id}`, { optional: true }).then(other => {
    if (!other) return;
    list.querySelectorAll(`.other-title[data-item="${id}"]`).forEach(span => { span.textContent = other.title; });
  }).catch(() => {}));
}
