// The estimation round of each agenda item: the facilitator (or a product owner) starts a round,
// the representatives and the facilitator vote unseen, "x of y voted" names who has, the
// facilitator reveals, everyone sees every vote with min, median and max, and the agreed value is
// recorded as the session's estimate (pre-filled with the median). Earlier rounds stay listed.
import { api } from '../api.js';
import { h, announce, showProblem } from '../ui.js';
import { reasonNote, disableWithReason } from '../access.js';
import { agreedForm, voteForm } from './session-estimate-forms.js';

/** The session's rounds by item, oldest first. */
export async function roundsOf(sessionId) {
  const page = await api(`/api/backlog/refinement-sessions/${sessionId}/estimation-rounds?size=500`);
  const byItem = new Map();
  page.content.forEach(round => byItem.set(round.itemId, [...(byItem.get(round.itemId) || []), round]));
  return byItem;
}

/** Adds the round control to every agenda entry of the rendered session. */
export function mountEstimation(view, body, session, rounds, over) {
  view.rounds = rounds;
  view.typedVotes ??= {};
  view.refreshRounds = () => refresh(view, body).catch(showProblem);
  body.querySelectorAll('#agenda > li[data-id]').forEach(entry => {
    entry.append(roundControl(view, session, entry.dataset.id, over));
  });
}

/** Reloads the rounds after a live event or an own change; focus and typed votes stay. */
async function refresh(view, body) {
  const session = view.session;
  const rounds = await roundsOf(session.id);
  view.rounds = rounds;
  const focused = document.activeElement?.closest('.estimate-round') ? document.activeElement.id : null;
  const over = ['CLOSED', 'CANCELLED'].includes(session.status);
  body.querySelectorAll('#agenda > li[data-id]').forEach(entry => {
    entry.querySelector('.estimate-round')?.replaceWith(roundControl(view, session, entry.dataset.id, over));
  });
  if (focused) document.getElementById(focused)?.focus();
}

function roundControl(view, session, itemId, over) {
  const key = view.cache.get(itemId)?.key ?? 'item';
  const all = view.rounds.get(itemId) || [];
  const current = all[all.length - 1];
  const reasons = over ? sameReason(overText(session)) : reasonsOf(view, session);
  const box = h('section', { class: 'estimate-round', id: `round-${itemId}`, 'aria-label': `Estimation round of ${key}` },
    h('h4', {}, 'Estimation round'),
    current ? roundBody(view, session, itemId, key, current, reasons) : h('p', { class: 'muted' }, 'No round yet.'),
    steerButtons(view, session, itemId, key, current, reasons),
    earlier(all.slice(0, -1)));
  return box;
}

function roundBody(view, session, itemId, key, round, reasons) {
  const voters = participants(session);
  const status = h('p', { class: 'round-status', id: `round-status-${itemId}` }, `Round ${round.number}: `,
    round.status === 'OPEN'
      ? `${round.voters.length} of ${voters.length} voted${round.voters.length ? ` (${round.voters.join(', ')})` : ''}`
      : 'revealed');
  if (round.status === 'OPEN') {
    const form = voteForm(view, session, round, key);
    return [status, guarded(form, reasons.vote, `round-vote-denied-${itemId}`)];
  }
  const agreed = agreedForm(view, session, round, key);
  return [status, revealed(round, itemId), guarded(agreed, reasons.record, `round-record-denied-${itemId}`)];
}

/** The revealed votes, each with its value, and their spread. */
function revealed(round, itemId) {
  const votes = round.votes.map(vote => h('li', { 'data-voter': vote.voter },
    `${vote.voter}: ${vote.pass ? '? (pass)' : `${vote.points} pts`}`));
  const spread = round.spread;
  return [h('ul', { class: 'votes', id: `round-votes-${itemId}`, 'aria-label': `Votes of round ${round.number}` }, votes),
    h('p', { class: 'spread', id: `round-spread-${itemId}` }, spread
      ? `min ${spread.min} · median ${spread.median} · max ${spread.max}${round.consensus ? ' · consensus' : ''}`
      : 'Everybody passed.')];
}

function steerButtons(view, session, itemId, key, round, reasons) {
  const open = round?.status === 'OPEN';
  const act = (name, id, work) => h('button', { type: 'button', id, 'aria-label': `${name}: ${key}`, onclick: async event => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await work();
      view.refreshRounds();
    }
    catch (error) {
      showProblem(error);
      button.disabled = false;
    }
  } }, name);
  const buttons = [
    open ? act('Reveal votes', `round-reveal-${itemId}`, async () => {
      await api(`/api/backlog/refinement-sessions/${session.id}/estimation-rounds/${round.id}/reveal`, { method: 'POST' });
      announce(`Votes on ${key} revealed`);
    }) : null,
    act(round ? 'Start a new round' : 'Start a round', `round-start-${itemId}`, async () => {
      await api(`/api/backlog/refinement-sessions/${session.id}/estimation-rounds`, { method: 'POST', body: { itemId } });
      announce(`Estimation round on ${key} started`);
    })];
  const group = h('div', { class: 'actions', role: 'group', 'aria-label': `Steer the estimation of ${key}` }, buttons);
  return guarded(group, reasons.steer, `round-steer-denied-${itemId}`);
}

function earlier(rounds) {
  if (!rounds.length) return null;
  return h('details', { class: 'earlier-rounds' }, h('summary', {}, `Earlier rounds (${rounds.length})`),
    h('ul', {}, rounds.map(round => h('li', {}, `Round ${round.number}: `, round.status === 'OPEN' ? 'not revealed'
      : round.votes.map(v => `${v.voter} ${v.pass ? '?' : v.points}`).join(', ')))));
}

/** Wraps `scope` with the note that says why its controls are disabled, if they are. */
function guarded(scope, reason, noteId) {
  if (!reason) return scope;
  disableWithReason(scope, reason, noteId);
  return h('div', {}, reasonNote(noteId, reason), scope);
}

/** The facilitator and every representative: who votes. */
export function participants(session) {
  return [...new Set([session.facilitator, ...Object.values(session.representatives).flat()].filter(Boolean))].sort();
}

function reasonsOf(view, session) {
  const access = view.access;
  if (!access) return {};
  const steer = access.steer(session, view.teams);
  const record = access.decide(session, view.teams);
  const votes = access.facilitates(session, view.teams) || Object.entries(session.representatives)
    .some(([team, people]) => people.includes(access.username) && access.memberOf(team));
  const vote = votes ? null : `Only the facilitator and the representatives of its teams vote in ${session.title}`;
  return { steer: steer && `${steer}; they start and reveal estimation rounds`, record: record && `${record}.`,
    vote: vote && `${vote}.` };
}

function sameReason(reason) {
  return { steer: reason, vote: reason, record: reason };
}

function overText(session) {
  return `The session is ${session.status === 'CLOSED' ? 'closed' : 'cancelled'}: its estimation rounds are over.`;
}
