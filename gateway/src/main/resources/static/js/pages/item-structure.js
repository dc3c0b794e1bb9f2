// Who owns an item and what it is made of: reassigning the owning and contributing teams, and
// splitting it into children (at least two parts; they inherit the item's teams).
import { h } from '../ui.js';
import { field, summary, label } from '../forms.js';
import { write, conflictBox } from './item-write.js';
import { TYPES } from './backlog-create.js';

export function reassignForm(view, item) {
  const team = h('select', { id: 'assign-team', name: 'teamKey' },
    item.teamKey ? null : h('option', { value: '' }, 'No owning team yet'),
    view.teams.map(t => h('option', { value: t.key, selected: t.key === item.teamKey }, `${t.key} · ${t.name}`)));
  const contributors = h('fieldset', { id: 'assign-contributors', class: 'choices' }, h('legend', {}, 'Contributing teams'),
    view.teams.map(t => h('label', {}, h('input', { type: 'checkbox', value: t.key,
      checked: (item.contributingTeamKeys || []).includes(t.key) }), t.key)));
  contributors.dataset.pointer = '/contributingTeamKeys';
  const form = h('form', { id: 'assign-form', 'aria-label': 'Reassign item' },
    field('Owning team', team, { pointer: '/teamKey' }),
    h('div', { class: 'field' }, contributors, h('span', { class: 'field-error', id: 'assign-contributors-error', hidden: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Reassign')),
    conflictBox('assign-conflict'), summary('assign-problem'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const body = { contributingTeamKeys: [...contributors.querySelectorAll('input:checked')].map(box => box.value) };
    if (team.value) body.teamKey = team.value;
    write(view, item, form, `/api/backlog/items/${item.id}`, { method: 'PATCH', body }, { done: `${item.key} reassigned` });
  });
  return form;
}

export function splitForm(view, item) {
  const parts = h('ol', { class: 'parts' });
  const add = h('button', { type: 'button', id: 'split-add' }, 'Add a part');
  const form = h('form', { id: 'split-form', 'aria-label': 'Split item', novalidate: true },
    h('p', { class: 'hint' }, `The parts become children of ${item.key} and inherit its teams.`), parts,
    h('div', { class: 'actions' }, add, h('button', { type: 'submit' }, 'Split')),
    conflictBox('split-conflict'), summary('split-problem'));
  const addPart = () => {
    const index = parts.children.length;
    parts.append(h('li', {},
      field(`Part ${index + 1} type`, h('select', { name: 'type' },
        TYPES.map(t => h('option', { value: t, selected: t === 'STORY' }, label(t)))), { pointer: `/children/${index}/type` }),
      field(`Part ${index + 1} title`, h('input', { name: 'title', maxlength: 300 }), { pointer: `/children/${index}/title` }),
      field(`Part ${index + 1} estimate`, h('input', { name: 'estimate', type: 'number', min: 0, max: 1000, step: 0.5 }),
        { pointer: `/children/${index}/estimate` })));
    if (parts.children.length >= 20) add.disabled = true;
  };
  addPart();
  addPart();
  add.addEventListener('click', addPart);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const children = [...parts.children].map(part => ({
      type: part.querySelector('[name=type]').value, title: part.querySelector('[name=title]').value,
      estimate: part.querySelector('[name=estimate]').value === '' ? null : Number(part.querySelector('[name=estimate]').value),
    }));
    write(view, item, form, `/api/backlog/items/${item.id}/split`, { method: 'POST', body: { children } },
      { done: `${item.key} split into ${children.length} parts` });
  });
  return form;
}
