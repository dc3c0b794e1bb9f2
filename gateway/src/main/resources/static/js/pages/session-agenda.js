// The agenda picker: the product's loaded items filtered by text (key and title, in the browser),
// added to an ordered agenda, removed from it or moved up and down, all with buttons.
import { h, announce } from '../ui.js';

const SHOWN = 12;

/** The picker; `value()` is the agenda in order. `decided` items stay on the agenda (they have outcomes). */
export function agendaPicker(items, chosen = [], decided = new Set()) {
  const agenda = [...chosen];
  const byId = new Map(items.map(item => [item.id, item]));
  const filter = h('input', { id: 'agenda-filter', type: 'search', name: 'agendaFilter',
    placeholder: 'Key or words of the title', autocomplete: 'off' });
  const matches = h('ul', { id: 'agenda-matches', class: 'picks', 'aria-label': 'Matching backlog items' });
  const list = h('ol', { id: 'agenda-chosen', class: 'picks', 'aria-label': 'Agenda in order' });
  list.dataset.pointer = '/agenda';
  const name = id => byId.get(id) ? `${byId.get(id).key} · ${byId.get(id).title}` : id;

  const showMatches = () => {
    const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const found = items.filter(item => !agenda.includes(item.id))
      .filter(item => words.every(word => `${item.key} ${item.title}`.toLowerCase().includes(word)))
      .sort((a, b) => words.includes(b.key.toLowerCase()) - words.includes(a.key.toLowerCase()));
    matches.replaceChildren(...found.slice(0, SHOWN).map(item => h('li', {},
      h('span', {}, `${item.key} · ${item.title}`),
      h('button', { type: 'button', 'data-add': item.id, 'aria-label': `Add ${item.key} to the agenda`,
        onclick: () => { agenda.push(item.id); announce(`${item.key} added to the agenda`); redraw(); } }, 'Add'))),
    ...(found.length > SHOWN ? [h('li', { class: 'muted' }, `${found.length - SHOWN} more: narrow the filter`)] : []),
    ...(found.length ? [] : [h('li', { class: 'muted' }, 'No item matches.')]));
  };
  const move = (index, by, focus) => {
    const [id] = agenda.splice(index, 1);
    agenda.splice(index + by, 0, id);
    announce(`${name(id)} is now number ${index + by + 1}`);
    redraw();
    list.querySelector(`li[data-id="${id}"] button[data-move="${focus}"]`)?.focus();
  };
  const redraw = () => {
    list.replaceChildren(...agenda.map((id, index) => h('li', { 'data-id': id },
      h('span', {}, name(id)),
      h('span', { class: 'actions' },
        h('button', { type: 'button', 'data-move': 'up', disabled: index === 0, 'aria-label': `Move ${name(id)} up`,
          onclick: () => move(index, -1, 'up') }, '↑'),
        h('button', { type: 'button', 'data-move': 'down', disabled: index === agenda.length - 1,
          'aria-label': `Move ${name(id)} down`, onclick: () => move(index, 1, 'down') }, '↓'),
        h('button', { type: 'button', 'data-remove': id, disabled: decided.has(id),
          title: decided.has(id) ? 'It has an outcome in this session, so it stays on the agenda' : null,
          'aria-label': `Remove ${name(id)} from the agenda`,
          onclick: () => { agenda.splice(index, 1); announce(`${name(id)} left the agenda`); redraw(); } }, 'Remove')))));
    if (!agenda.length) list.append(h('li', { class: 'muted' }, 'Nothing on the agenda yet.'));
    showMatches();
  };
  filter.addEventListener('input', showMatches);
  redraw();
  const error = h('span', { class: 'field-error', id: 'agenda-chosen-error', hidden: true });
  const element = h('fieldset', { class: 'agenda-picker' }, h('legend', {}, 'Agenda'),
    h('div', { class: 'field' }, h('label', { for: 'agenda-filter' }, 'Find backlog items'), filter), matches,
    h('p', { class: 'hint', id: 'agenda-chosen-hint' }, 'Chosen, in the order the session takes them:'), list, error);
  list.setAttribute('aria-describedby', 'agenda-chosen-hint agenda-chosen-error');
  return { element, value: () => [...agenda] };
}
