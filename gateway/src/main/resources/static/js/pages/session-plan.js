// Planning a session: title, start, facilitator, who represents which of the product's teams, and
// the agenda. The same form schedules a new session (POST) and corrects one (PATCH with If-Match).
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { agendaPicker } from './session-agenda.js';

/**
 * The form. `session` is the one corrected, or absent for a new one; `saved(session)` runs after
 * the API accepted it; `view` holds the product, its teams and its loaded items.
 */
export function planForm(view, session, saved) {
  const title = h('input', { id: 'plan-title', name: 'title', required: true, maxlength: 200, value: session?.title });
  const start = h('input', { id: 'plan-start', name: 'startsAt', type: 'datetime-local', required: true,
    value: localInput(session?.startsAt) });
  const facilitator = h('input', { id: 'plan-facilitator', name: 'facilitator', maxlength: 100, autocomplete: 'off',
    value: session?.facilitator });
  const people = view.teams.map(team => h('input', { id: `plan-reps-${team.key}`, name: `representatives.${team.key}`,
    'data-team': team.key, autocomplete: 'off', value: (session?.representatives?.[team.key] || []).join(', ') }));
  const representatives = h('fieldset', { id: 'plan-reps', class: 'reps' },
    h('legend', {}, 'Representatives per team'),
    h('p', { class: 'hint' }, 'Usernames, separated by commas; a team left empty does not take part.'),
    people.map((input, i) => field(`${view.teams[i].key} · ${view.teams[i].name}`, input,
      { pointer: `/representatives/${view.teams[i].key}` })),
    h('span', { class: 'field-error', id: 'plan-reps-error', hidden: true }));
  representatives.dataset.pointer = '/representatives';
  const decided = new Set((session?.outcomes || []).map(outcome => outcome.itemId));
  const agenda = agendaPicker(view.items, session?.agenda || [], decided);
  const prefix = session ? 'edit' : 'schedule';
  const form = h('form', { id: `${prefix}-session`, class: 'plan', novalidate: true,
    'aria-label': session ? 'Edit the session' : 'Schedule a session' },
  field('Title', title, { pointer: '/title' }),
  field('Starts', start, { pointer: '/startsAt', hint: 'Your local time.' }),
  field('Facilitator', facilitator, { pointer: '/facilitator', hint: 'Username of whoever leads the session.' }),
  representatives, agenda.element,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' },
    session ? 'Save changes' : 'Schedule session')),
  summary(`${prefix}-problem`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = {
      title: title.value, startsAt: instant(start.value), facilitator: facilitator.value.trim() || null,
      representatives: Object.fromEntries(people.map(input => [input.dataset.team, names(input.value)])
        .filter(([, who]) => who.length)),
      agenda: agenda.value(),
    };
    try {
      const result = session
        ? await api(`/api/backlog/refinement-sessions/${session.id}`, { method: 'PATCH', body, version: session.version })
        : await api(`/api/backlog/products/${view.product}/refinement-sessions`, { method: 'POST', body });
      announce(session ? `${result.title} saved` : `${result.title} scheduled`);
      await saved(result);
    }
    catch (error) {
      showErrors(form, error);
      if (session) view.refused(error, 'steer');
    }
  });
  return form;
}

function names(text) {
  return [...new Set(text.split(/[,\s]+/).map(name => name.trim()).filter(Boolean))];
}

/** The local date and time of a datetime-local input as an instant; empty stays null, so the API names it. */
function instant(local) {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** An instant as the local `YYYY-MM-DDTHH:mm` a datetime-local input shows. */
function localInput(iso) {
  if (!iso) return undefined;
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 16);
}
