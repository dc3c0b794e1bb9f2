// One session's workspace: its plan and agenda with a decision per item, its outcomes, and
// either the controls that steer it or, once it is over, its summary. Controls a person may not
// use are disabled with the reason: the session is over, the caller's access rules them out, or
// the server refused them (403).
import { api } from '../api.js';
import { h, table } from '../ui.js';
import { label } from '../forms.js';
import { agendaEntry } from './session-decide.js';
import { outcomeForm } from './session-outcome.js';
import { steerCard } from './session-steer.js';
import { summaryCard } from './session-summary.js';
import { roundsOf, mountEstimation } from './session-estimate.js';

/** Loads the session and shows it in `body`; an open decision form keeps what was typed in it. */
export async function showSession(view, body, id, highlight) {
  const session = await api(`/api/backlog/refinement-sessions/${id}`);
  const ids = session.agenda.concat(session.outcomes.flatMap(o => [o.itemId, ...o.children]));
  await Promise.all([...new Set(ids)].filter(i => !view.cache.has(i))
    .map(async i => view.cache.set(i, await api(`/api/backlog/items/${i}`, { optional: true }))));
  const rounds = await roundsOf(session.id);
  const typed = openDecision(body);
  // A plan being edited is kept as typed; saving it against the older version is then answered with a 412.
  const keptSteer = body.querySelector('#session-steer details[open]') ? body.querySelector('#session-steer') : null;
  view.session = session;
  const over = ['CLOSED', 'CANCELLED'].includes(session.status);
  body.dataset.sessionId = session.id;
  body.dataset.status = session.status;
  body.replaceChildren(...[over ? h('p', { class: 'notice', id: 'session-over' }, overReason(session)) : null,
    h('div', { class: 'workspace' }, planCard(view, session), h('div', { class: 'side' },
      outcomesCard(view, session, over, highlight),
      over ? summaryCard(session, view.teams, view.cache) : keptSteer || steerCard(view, session)))].filter(Boolean));
  mountEstimation(view, body, session, rounds, over);
  if (over) disable(body, '.session-control, #session-steer', 'session-over');
  else restore(body, typed);
  deny(view, body, over ? {} : upFront(view, session));
  return session;
}

function overReason(session) {
  if (session.status === 'CLOSED') return 'Nothing more can be decided or changed: the session is closed.';
  const why = session.ending?.cancelReason;
  return `Nothing more can be decided or changed: the session is closed (cancelled${why ? `: ${why}` : ''}).`;
}

function planCard(view, session) {
  return h('section', { class: 'card', 'aria-label': 'Plan and agenda' }, h('h3', { id: 'session-title' }, session.title),
    h('p', {}, 'Status: ', h('span', { class: `badge status ${session.status}`, id: 'session-status' }, label(session.status)),
      ` · starts ${new Date(session.startsAt).toLocaleString()} · facilitated by ${session.facilitator || '–'} · version `,
      h('span', { id: 'session-version' }, session.version)),
    h('h4', {}, 'Participating teams'),
    h('ul', { id: 'session-teams' }, Object.entries(session.representatives).sort().map(([team, people]) =>
      h('li', {}, `${team}: ${people.length ? [...people].sort().join(', ') : 'nobody yet'}`))),
    h('h4', {}, 'Agenda'),
    h('ol', { id: 'agenda', class: 'agenda' }, session.agenda.map(itemId => agendaEntry(view, session, itemId))),
    session.agenda.length ? null : h('p', { class: 'muted' }, 'Nothing on the agenda yet: add items under “Edit the plan”.'));
}

function outcomesCard(view, session, over, highlight) {
  const key = i => view.cache.get(i)?.key ?? 'removed item';
  const outcomes = table(['Item', 'Outcome', 'Note', 'By', 'When'], session.outcomes.map(o => [key(o.itemId),
    label(o.kind) + (o.estimate !== null && o.estimate !== undefined ? ` (${o.estimate} pts)` : '')
      + (o.children.length ? ` into ${o.children.map(key).join(', ')}` : ''),
    o.note || '', o.recordedBy, new Date(o.recordedAt).toLocaleTimeString()]), 'Outcomes');
  outcomes.id = 'outcomes';
  if (highlight) outcomes.querySelector('tbody tr:last-child')?.classList.add('flash');
  return h('section', { class: 'card', 'aria-label': 'Outcomes' }, h('h3', {}, 'Outcomes'), outcomes,
    over || !session.agenda.length ? null : [h('h4', {}, 'Record another outcome'), outcomeForm(view, session)]);
}

/** Disables the controls under `selector` and says why through the note `reasonId`. */
function disable(body, selector, reasonId) {
  body.querySelectorAll(selector).forEach(scope => scope.querySelectorAll('button, input, select, textarea')
    .forEach(control => {
      control.disabled = true;
      control.setAttribute('aria-describedby', reasonId);
      control.title = document.getElementById(reasonId)?.textContent || '';
    }));
}

/** What the caller's access says up front they may not do in this session, per kind of control. */
function upFront(view, session) {
  const access = view.access;
  if (!access) return {};
  const reasons = { decide: access.decide(session, view.teams), steer: access.steer(session, view.teams) };
  Object.keys(reasons).forEach(scope => { if (reasons[scope]) reasons[scope] += '.'; });
  return reasons;
}

/**
 * What the server refused this person (403), per kind of control, stays refused on this page;
 * what their access rules out is disabled before they try, with the reason.
 */
function deny(view, body, expected) {
  for (const [scope, selector] of [['decide', '.session-control'], ['steer', '#session-steer']]) {
    const reason = view.denied[scope] || expected[scope];
    if (!reason || !body.querySelector(selector)) continue;
    const id = `session-denied-${scope}`;
    body.querySelector(`#${id}`)?.remove();
    body.querySelector(scope === 'steer' ? '#session-steer h3' : '#agenda').before(h('p', { class: 'notice', id },
      `You may not ${scope === 'steer' ? 'edit, cancel or close' : 'record outcomes in'} this session: ${reason}`));
    disable(body, selector, id);
  }
}

/** The decision forms open in the workspace with what was typed, and which control had focus. */
function openDecision(body) {
  const forms = [...body.querySelectorAll('form.decide')].map(form => ({
    itemId: form.closest('li').dataset.id, kind: form.dataset.kind,
    values: [...form.querySelectorAll('input, textarea')].map(control => control.value) }));
  const active = document.activeElement;
  const inside = body.contains(active);
  return { forms, active, focused: inside ? active.id : null,
    entry: inside ? active.closest('#agenda li')?.dataset.id : null, action: inside ? active.dataset.action : null };
}

function restore(body, typed) {
  for (const open of typed.forms) {
    const entry = body.querySelector(`#agenda li[data-id="${open.itemId}"]`);
    entry?.querySelector(`button[data-action="${open.kind}"]`)?.click();
    const controls = entry?.querySelectorAll('form.decide input, form.decide textarea') || [];
    open.values.forEach((value, i) => { if (controls[i]) controls[i].value = value; });
  }
  // Reopening a form must not pull the focus away from where the person is working, and a live
  // re-render keeps it there: the same control, or in an agenda entry the same action button (they
  // have no ids), or its first one when the control is gone (a retry that succeeded); never the page.
  const byId = typed.focused ? document.getElementById(typed.focused) : null;
  const entry = typed.entry ? body.querySelector(`#agenda li[data-id="${typed.entry}"]`) : null;
  if (byId) byId.focus();
  else if (entry) (entry.querySelector(`button[data-action="${typed.action}"]`) ?? entry.querySelector('button'))?.focus();
  else if (typed.forms.length && typed.active?.isConnected) typed.active.focus();
}
