// Who has the session's workspace open right now, each with the teams they represent, and the
// represented teams nobody present speaks for. The service records a person present while their
// live stream is open and says "presence-changed" on every stream when that changes; estimation
// rounds changing arrive on the same stream.
import { api } from '../api.js';
import { h, showProblem } from '../ui.js';

/** The place the presence of the chosen session is shown in. */
export function presenceBox() {
  return h('section', { id: 'presence', class: 'presence card', 'aria-label': 'Present now', 'aria-live': 'polite',
    hidden: true });
}

export async function showPresence(box, sessionId) {
  const presence = await api(`/api/backlog/refinement-sessions/${sessionId}/presence`);
  const people = presence.people.map(person => h('li', { 'data-username': person.username },
    h('strong', {}, person.username), ' ',
    h('span', { class: 'meta' }, [...person.teams, person.facilitator ? 'facilitator' : null].filter(Boolean)
      .join(', ') || 'no team')));
  box.replaceChildren(h('h3', {}, 'Present now'),
    people.length ? h('ul', { id: 'presence-people', class: 'presence-people' }, people)
      : h('p', { class: 'muted', id: 'presence-people' }, 'Nobody else has this session open.'),
    presence.teamsAbsent.length ? h('p', { class: 'notice', id: 'presence-absent' },
      `Nobody present for: ${presence.teamsAbsent.join(', ')}`) : null);
  box.hidden = false;
}

/** Follows who is present and the estimation rounds on the session's live stream. */
export function followPresence(source, view, box, sessionId) {
  const reload = () => showPresence(box, sessionId).catch(showProblem);
  source.addEventListener('connected', () => {
    reload();
    view.refreshRounds?.();
  });
  source.addEventListener('presence-changed', reload);
  ['round-opened', 'round-voted', 'round-revealed'].forEach(name =>
    source.addEventListener(name, () => view.refreshRounds?.()));
}
