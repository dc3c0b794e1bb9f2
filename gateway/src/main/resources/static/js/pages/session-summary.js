// What a session came to: which teams were represented, its outcomes by kind, the items it
// estimated, split and removed, what it made ready and which agenda items are ready for planning
// now, and the dependencies identified in it (those the dependency service holds with this
// session's id), shown on the page and as Markdown to paste into notes or chat.
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { label } from '../forms.js';
import { inWords } from './dependency-identify.js';

/** The summary card of a session that is over; `cache` maps item ids to the items loaded. */
export function summaryCard(session, teams, cache) {
  let text = markdown(session, teams, cache);
  const pre = h('pre', { id: 'summary-markdown', class: 'markdown', tabindex: 0, 'aria-label': 'Summary as Markdown' }, text);
  const status = h('span', { class: 'hint', id: 'copy-status', role: 'status' });
  const copy = h('button', { type: 'button', id: 'copy-summary' }, 'Copy summary as Markdown');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied to the clipboard.';
    }
    catch {
      status.textContent = 'The browser did not allow copying; select the text below and copy it.';
    }
    announce(status.textContent);
  });
  const represented = representation(session, teams);
  return h('section', { class: 'card', id: 'session-summary', 'aria-label': 'Summary' },
    h('h3', {}, 'Summary'),
    h('h4', {}, `Teams represented: ${represented.filter(team => team.people.length).length} of ${teams.length}`),
    h('ul', { id: 'summary-teams' }, represented.map(team => h('li', { 'data-team': team.key },
      team.people.length ? `${team.key}: ${team.people.join(', ')}` : `${team.key}: not represented`))),
    h('h4', {}, 'Outcomes by kind'),
    h('ul', { id: 'summary-kinds' }, byKind(session).map(([kind, count]) => h('li', {}, `${label(kind)}: ${count}`))),
    h('h4', {}, 'Ready for planning now'),
    h('ul', { id: 'summary-ready' }, readyNow(session, cache).map(item => h('li', {}, `${item.key} ${item.title}`)),
      readyNow(session, cache).length ? null : h('li', { class: 'muted' }, 'No agenda item is ready yet.')),
    h('h4', {}, 'New dependencies'), newDependencies(session, found => {
      text = markdown(session, teams, cache, found);
      pre.textContent = text;
    }),
    h('div', { class: 'actions' }, copy, status), pre);
}

/** The list of the dependencies identified in the session, filled once read; `loaded(found)` follows. */
function newDependencies(session, loaded) {
  const list = h('ul', { id: 'summary-dependencies', 'aria-busy': 'true' }, h('li', { class: 'muted' }, 'Loading…'));
  identifiedIn(session).then(found => {
    list.replaceChildren(...(found.length ? found.map(d => h('li', { 'data-dependency-id': d.id },
      `${inWords(d)} · ${label(d.status)}`)) : [h('li', { class: 'muted' }, 'None.')]));
    loaded(found);
  }).catch(error => list.replaceChildren(h('li', { class: 'muted' }, `Could not be loaded. ${error.message}`)))
    .finally(() => list.setAttribute('aria-busy', 'false'));
  return list;
}

/** Every dependency identified in this session (the API's `session` filter), a full page at a time. */
async function identifiedIn(session) {
  const found = [];
  for (let page = 0; ; page++) {
    const answer = await api(`/api/dependencies?product=${encodeURIComponent(session.productKey)}`
      + `&session=${encodeURIComponent(session.id)}&size=500&page=${page}`, { optional: true });
    found.push(...(answer?.content || []));
    if (!answer || (page + 1) * 500 >= answer.totalElements) return found.reverse();
  }
}

function representation(session, teams) {
  const keys = new Set([...teams.map(team => team.key), ...Object.keys(session.representatives)]);
  return [...keys].sort().map(key => ({ key, people: [...(session.representatives[key] || [])].sort() }));
}

/** The agenda's items that are READY now, whatever made them so. */
function readyNow(session, cache) {
  return session.agenda.map(id => cache.get(id)).filter(item => item?.status === 'READY');
}

function byKind(session) {
  const counts = new Map();
  session.outcomes.forEach(outcome => counts.set(outcome.kind, (counts.get(outcome.kind) || 0) + 1));
  return [...counts.entries()];
}

/** The summary as Markdown: a heading, the teams, the counts, then the decided items by what happened. */
export function markdown(session, teams, cache, dependencies = null) {
  const name = id => {
    const item = cache.get(id);
    return item ? `${item.key} ${item.title}` : id;
  };
  const ofKind = kind => session.outcomes.filter(outcome => outcome.kind === kind);
  const represented = representation(session, teams);
  const out = [`# ${session.title}`, '',
    `${label(session.status)} · started ${new Date(session.startsAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`
      + ` · facilitated by ${session.facilitator || 'nobody named'}`,
    session.ending?.cancelReason ? `Cancelled because: ${session.ending.cancelReason}` : null,
    '', `## Teams represented (${represented.filter(team => team.people.length).length} of ${teams.length})`,
    ...represented.map(team => `- ${team.key}: ${team.people.length ? team.people.join(', ') : 'not represented'}`),
    '', '## Outcomes by kind',
    ...(session.outcomes.length ? byKind(session).map(([kind, count]) => `- ${label(kind)}: ${count}`) : ['- none']),
    '', '## Items estimated',
    ...list(ofKind('ESTIMATED'), outcome => `- ${name(outcome.itemId)}: ${outcome.estimate} pts`),
    '', '## Items split',
    ...list(ofKind('SPLIT'), outcome => `- ${name(outcome.itemId)} into ${outcome.children.length} parts`
      + (outcome.children.length ? `: ${outcome.children.map(name).join('; ')}` : '')),
    '', '## Items removed',
    ...list(ofKind('REMOVED'), outcome => `- ${name(outcome.itemId)}: ${outcome.note}`),
    '', '## Clarified',
    ...list(ofKind('CLARIFIED'), outcome => `- ${name(outcome.itemId)}${outcome.note ? `: ${outcome.note}` : ''}`),
    '', '## Made ready in the session',
    ...list(ofKind('READY'), outcome => `- ${name(outcome.itemId)}${outcome.note ? `: ${outcome.note}` : ''}`),
    '', '## Deferred',
    ...list(ofKind('DEFERRED'), outcome => `- ${name(outcome.itemId)}${outcome.note ? `: ${outcome.note}` : ''}`),
    '', '## Ready for planning now',
    ...list(readyNow(session, cache), item => `- ${item.key} ${item.title}`),
    '', '## Linked to goals',
    ...list(ofKind('GOAL_LINKED'), outcome => `- ${name(outcome.itemId)}${outcome.note ? `: ${outcome.note}` : ''}`),
    ...(dependencies ? ['', '## New dependencies', ...list(dependencies, d => `- ${inWords(d)} · ${label(d.status)}`)] : [])];
  return out.filter(line => line !== null).join('\n') + '\n';
}

function list(outcomes, line) {
  return outcomes.length ? outcomes.map(line) : ['- none'];
}
