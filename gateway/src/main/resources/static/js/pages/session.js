// Refinement session: agenda, participating teams and outcomes per item. Changes made by other
// participants arrive as server-sent events through the gateway and are shown without reload.
import { api } from '../api.js';
import { h, table, showProblem, announce } from '../ui.js';

const KINDS = ['CLARIFIED', 'ESTIMATED', 'SPLIT', 'REORDERED', 'DEPENDENCY_IDENTIFIED', 'READY', 'DEFERRED', 'REMOVED'];

export async function render(main, { product, args }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const sessions = (await api(`/api/backlog/products/${product}/refinement-sessions?size=100`)).content;
  const chosen = args[0] || pickCurrent(sessions)?.id;
  const picker = h('select', { id: 'session-picker', name: 'session' },
    sessions.map(s => h('option', { value: s.id, selected: s.id === chosen }, `${s.title} · ${s.status.toLowerCase()}`)));
  picker.addEventListener('change', () => { location.hash = `#/session/${picker.value}`; });
  const live = h('span', { id: 'live', class: 'live', 'data-live': 'connecting' }, 'Connecting to live updates…');
  const body = h('div', { id: 'session' });
  main.replaceChildren(h('h2', {}, `Refinement session · ${product}`),
    h('div', { class: 'toolbar' }, h('label', { for: 'session-picker' }, 'Session', picker), live), body);
  if (!chosen) {
    body.replaceChildren(h('p', { class: 'muted' }, 'No refinement sessions yet.'));
    return undefined;
  }
  const items = new Map();
  await show(body, chosen, items);
  return listen(chosen, body, items, live);
}

function pickCurrent(sessions) {
  return sessions.find(s => s.status === 'OPEN') || sessions.find(s => s.status === 'SCHEDULED') || sessions[0];
}

// A stream ends after its lifetime and EventSource reconnects by itself, sending the id of the
// last event it got so the service replays what was missed. A refused stream (429: too many open,
// or the service is down) closes the EventSource for good, so the page opens a new one later.
function listen(id, body, items, live) {
  let source;
  let retry;
  const changed = async event => {
    try {
      await show(body, id, items, JSON.parse(event.data).itemId);
      announce('The session was updated by another participant');
    }
    catch (error) {
      showProblem(error);
    }
  };
  const connect = () => {
    source = new EventSource(`/api/backlog/refinement-sessions/${id}/events`);
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

async function show(body, id, items, highlight) {
  const session = await api(`/api/backlog/refinement-sessions/${id}`);
  await Promise.all(session.agenda.concat(session.outcomes.map(o => o.itemId)).filter(i => !items.has(i))
    .map(async i => items.set(i, await api(`/api/backlog/items/${i}`, { optional: true }))));
  const key = i => items.get(i)?.key ?? 'removed item';
  const outcomes = table(['Item', 'Outcome', 'Note', 'By', 'When'], session.outcomes.map(o => [key(o.itemId),
    o.kind.replaceAll('_', ' ').toLowerCase(), o.note || '', o.recordedBy, new Date(o.recordedAt).toLocaleTimeString()]),
  'Outcomes');
  outcomes.id = 'outcomes';
  if (highlight) outcomes.querySelector('tbody tr:last-child')?.classList.add('flash');
  body.replaceChildren(h('div', { class: 'grid' },
    h('section', { class: 'card' }, h('h3', {}, session.title),
      h('p', {}, `Status: ${session.status.toLowerCase()} · starts ${new Date(session.startsAt).toLocaleString()}`
        + ` · facilitated by ${session.facilitator || '–'} · version `, h('span', { id: 'session-version' }, session.version)),
      h('h4', {}, 'Participating teams'),
      h('ul', {}, Object.entries(session.representatives).map(([team, people]) =>
        h('li', {}, `${team}: ${people.length ? people.join(', ') : 'nobody yet'}`))),
      h('h4', {}, 'Agenda'),
      h('ol', { id: 'agenda' }, session.agenda.map(i => h('li', {}, h('a', { href: `#/backlog/${i}` }, key(i)), ' ',
        items.get(i)?.title ?? '')))),
    h('section', { class: 'card' }, h('h3', {}, 'Outcomes'), outcomes,
      ['CLOSED', 'CANCELLED'].includes(session.status)
        ? h('p', { class: 'muted' }, `The session is ${session.status.toLowerCase()}.`)
        : outcomeForm(session, items, () => show(body, id, items)))));
}

function outcomeForm(session, items, refresh) {
  const item = h('select', { id: 'outcome-item', name: 'itemId', required: true },
    session.agenda.map(i => h('option', { value: i }, items.get(i)?.key ?? i)));
  const kind = h('select', { id: 'outcome-kind', name: 'kind' },
    KINDS.map(k => h('option', { value: k }, k.replaceAll('_', ' ').toLowerCase())));
  const note = h('input', { id: 'outcome-note', name: 'note', maxlength: 4000 });
  // An outcome that claims a state carries it: the agreed estimate, the parts of a split, the reason for a removal.
  const estimate = h('input', { id: 'outcome-estimate', name: 'estimate', type: 'number', min: 0, step: 'any' });
  const children = h('textarea', { id: 'outcome-children', name: 'children', rows: 3,
    placeholder: 'One part per line (at least two)' });
  const estimateLabel = h('label', { for: 'outcome-estimate' }, 'Agreed estimate', estimate);
  const childrenLabel = h('label', { for: 'outcome-children' }, 'Parts of the split', children);
  const fit = () => {
    estimateLabel.hidden = kind.value !== 'ESTIMATED';
    childrenLabel.hidden = kind.value !== 'SPLIT';
    estimate.required = kind.value === 'ESTIMATED';
    note.required = kind.value === 'REMOVED';
  };
  kind.addEventListener('change', fit);
  fit();
  const form = h('form', { class: 'panel', 'aria-label': 'Record an outcome' },
    h('label', { for: 'outcome-item' }, 'Item', item), h('label', { for: 'outcome-kind' }, 'Outcome', kind),
    estimateLabel, childrenLabel,
    h('label', { for: 'outcome-note' }, 'Note', note), h('button', { type: 'submit', class: 'primary' }, 'Record outcome'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { itemId: item.value, kind: kind.value, note: note.value || null };
    if (kind.value === 'ESTIMATED') {
      body.estimate = Number(estimate.value);
    }
    if (kind.value === 'SPLIT') {
      const type = items.get(item.value)?.type === 'EPIC' ? 'FEATURE' : 'STORY';
      body.children = children.value.split('\n').map(title => title.trim()).filter(Boolean)
        .map(title => ({ type, title }));
    }
    try {
      await api(`/api/backlog/refinement-sessions/${session.id}/outcomes`, { method: 'POST', body });
      await refresh();
    }
    catch (error) {
      showProblem(error);
    }
  });
  return form;
}
