// The two forms of an estimation round: a participant's vote (points, or "?" to pass), changed
// freely until the reveal and shown to nobody else before it; and, once revealed, the agreed
// value, pre-filled with the median, recorded as the session's estimate of the item.
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';

export function voteForm(view, session, round, key) {
  const id = `vote-${round.id}`;
  const mine = round.yourVote;
  const points = h('input', { id: `${id}-points`, name: 'points', type: 'number', min: 0, max: 1000, step: 0.5,
    inputmode: 'decimal', value: view.typedVotes[round.id] ?? (mine && !mine.pass ? mine.points : '') });
  points.addEventListener('input', () => { view.typedVotes[round.id] = points.value; });
  const form = h('form', { id, class: 'vote', novalidate: true, 'aria-label': `Your vote on ${key}` },
    field('Your vote (points)', points, { pointer: '/points',
      hint: 'Nobody sees it before the facilitator reveals the round.' }),
    h('p', { class: 'meta', id: `${id}-mine` }, mine ? `You voted ${mine.pass ? '? (pass)' : `${mine.points} pts`}.`
      : 'You have not voted yet.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: `${id}-cast` },
      mine ? 'Change my vote' : 'Vote'),
    h('button', { type: 'button', id: `${id}-pass`, onclick: () => send({ pass: true }) },
      'Pass (?)')),
    summary(`${id}-problem`));
  async function send(body) {
    clearErrors(form);
    try {
      await api(`/api/backlog/refinement-sessions/${session.id}/estimation-rounds/${round.id}/vote`,
        { method: 'PUT', body });
      delete view.typedVotes[round.id];
      announce(`Your vote on ${key} is in`);
      view.refreshRounds();
    }
    catch (error) {
      showErrors(form, error);
    }
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    send({ points: points.value === '' ? null : Number(points.value) });
  });
  return form;
}

/** Records the agreed value as the ESTIMATED outcome, pre-filled with the median of the votes. */
export function agreedForm(view, session, round, key) {
  const id = `agreed-${round.id}`;
  const value = h('input', { id: `${id}-estimate`, name: 'estimate', type: 'number', min: 0, max: 1000, step: 0.5,
    inputmode: 'decimal', value: round.spread ? round.spread.median : '' });
  const form = h('form', { id, class: 'agreed', novalidate: true, 'aria-label': `Record the agreed estimate of ${key}` },
    field('Agreed estimate (points)', value, { pointer: '/estimate',
      hint: round.consensus ? 'Everybody voted the same.' : 'Pre-filled with the median; change it to what was agreed.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: `${id}-record` },
      'Record the agreed estimate')),
    summary(`${id}-problem`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = { itemId: round.itemId, kind: 'ESTIMATED', note: `Agreed after estimation round ${round.number}`,
      estimate: value.value === '' ? null : Number(value.value) };
    try {
      const after = await api(`/api/backlog/refinement-sessions/${session.id}/outcomes`, { method: 'POST', body });
      view.cache.delete(round.itemId);
      announce(`${key}: estimate ${body.estimate} recorded`);
      await view.show(after.id);
    }
    catch (error) {
      showErrors(form, error);
      view.refused(error, 'decide');
    }
  });
  return form;
}
