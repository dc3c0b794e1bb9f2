// The session workspace: the product's sessions to choose from (a page at a time), scheduling a
// new one (#/session/new), and one session's workspace. Changes made by other participants arrive
// as server-sent events through the gateway and are shown without reload.
import { api, ApiError, teamsOf } from '../api.js';
import { h, showProblem, announce } from '../ui.js';
import { label } from '../forms.js';
import { planForm } from './session-plan.js';
import { showSession } from './session-workspace.js';
import { accessOf, reasonNote, disableWithReason } from '../access.js';
import { presenceBox, followPresence } from './session-presence.js';

const PAGE = 20;

export async function render(main, { product, args }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [teams, items, first, access] = await Promise.all([teamsOf(product),
    api(`/api/backlog/products/${product}/items?size=500`),
    api(`/api/backlog/products/${product}/refinement-sessions?size=${PAGE}`), accessOf()]);
  const view = { product, teams, access, items: items.content || [], cache: new Map(), denied: {} };
  view.items.forEach(item => view.cache.set(item.id, item));
  const chosen = args[0] || pickCurrent(first.content)?.id;
  const live = h('span', { id: 'live', class: 'live', 'data-live': 'idle' }, '');
  const body = h('div', { id: 'session' });
  const presence = presenceBox();
  const list = h('ol', { id: 'session-list', class: 'sessions', 'aria-label': 'Sessions, latest start first' });
  main.replaceChildren(h('h2', {}, `Refinement sessions · ${product}`),
    h('div', { class: 'toolbar' }, h('a', { href: '#/session/new', class: 'button', id: 'new-session',
      'aria-current': chosen === 'new' ? 'page' : null }, 'Schedule a session'), live), presence,
    h('div', { class: 'session-layout' }, h('nav', { 'aria-label': 'Sessions', class: 'card' }, h('h3', {}, 'Sessions'),
      list, more(product, list, first, chosen)), body));
  fill(list, first.content, chosen);
  if (chosen === 'new') {
    const form = planForm(view, null, session => { location.hash = `#/session/${session.id}`; });
    const reason = access?.scheduleSession(product, teams);
    body.replaceChildren(h('section', { class: 'card', 'aria-label': 'New session' }, h('h3', {}, 'Schedule a session'),
      reason ? reasonNote('schedule-denied', `You may not schedule sessions of ${product}: ${reason}.`) : null, form));
    disableWithReason(form, reason, 'schedule-denied');
    return undefined;
  }
  if (!chosen) {
    body.replaceChildren(h('p', { class: 'muted' }, 'No refinement sessions yet: schedule the first one.'));
    return undefined;
  }
  view.show = async (id, highlight) => {
    const session = await showSession(view, body, id, highlight);
    const entry = list.querySelector(`li[data-id="${session.id}"]`);
    const badge = entry?.querySelector('.badge');
    if (badge) {
      entry.querySelector('a').textContent = session.title;
      badge.className = `badge status ${session.status}`;
      badge.textContent = label(session.status);
    }
    return session;
  };
  view.refused = (error, scope) => {
    if (!(error instanceof ApiError) || error.status !== 403) return;
    view.denied[scope] = error.problem?.detail || error.message;
    view.show(chosen).catch(showProblem);
  };
  await view.show(chosen);
  return listen(chosen, view, live, presence);
}

function pickCurrent(sessions) {
  return sessions.find(s => s.status === 'OPEN') || sessions.find(s => s.status === 'SCHEDULED') || sessions[0];
}

function fill(list, sessions, chosen) {
  list.append(...sessions.map(s => h('li', { 'data-id': s.id },
    h('a', { href: `#/session/${s.id}`, 'aria-current': s.id === chosen ? 'page' : null }, s.title),
    h('span', { class: 'meta' }, h('span', { class: `badge status ${s.status}` }, label(s.status)),
      h('span', {}, new Date(s.startsAt).toLocaleDateString())))));
  if (!list.children.length) list.append(h('li', { class: 'muted' }, 'None yet.'));
}

/** "Older sessions" loads the next page, as long as there is one. */
function more(product, list, first, chosen) {
  let page = 0;
  const button = h('button', { type: 'button', id: 'older-sessions', hidden: first.totalElements <= PAGE }, 'Older sessions');
  button.addEventListener('click', async () => {
    try {
      const next = await api(`/api/backlog/products/${product}/refinement-sessions?size=${PAGE}&page=${++page}`);
      fill(list, next.content, chosen);
      button.hidden = (page + 1) * PAGE >= next.totalElements;
      list.lastElementChild?.querySelector('a')?.focus();
    }
    catch (error) {
      showProblem(error);
    }
  });
  return button;
}

// A stream ends after its lifetime and EventSource reconnects by itself, sending the id of the
// last event it got so the service replays what was missed. A refused stream (429: too many open,
// or the service is down) closes the EventSource for good, so the page opens a new one later.
function listen(id, view, live, presence) {
  let source;
  let retry;
  const changed = async event => {
    try {
      // The item an outcome changed is read again, or its new estimate or status would not show.
      const { itemId } = JSON.parse(event.data);
      if (itemId) view.cache.delete(itemId);
      await view.show(id, itemId);
      announce('The session was updated by another participant');
    }
    catch (error) {
      showProblem(error);
    }
  };
  const connect = () => {
    live.dataset.live = 'connecting';
    live.textContent = 'Connecting to live updates…';
    source = new EventSource(`/api/backlog/refinement-sessions/${id}/events`);
    followPresence(source, view, presence, id);
    source.addEventListener('connected', () => {
      live.dataset.live = 'connected';
      live.textContent = '● Live: changes by other participants appear here';
    });
    ['session-outcome-recorded', 'session-closed', 'session-changed'].forEach(name => source.addEventListener(name, changed));
    source.onerror = () => {
      live.dataset.live = 'reconnecting';
      live.textContent = 'Live updates interrupted; reconnecting…';
      if (source.readyState === EventSource.CLOSED) retry = setTimeout(connect, 30000 + Math.random() * 30000);
    };
  };
  connect();
  return () => {
    clearTimeout(retry);
    source.close();
  };
}
