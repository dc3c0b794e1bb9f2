// Creating an item of any type, with its criteria, teams, parent and estimate. The form folds
// away behind a "New item" disclosure so the backlog stays the first thing on the page.
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors, lines, label } from '../forms.js';
import { disableWithReason } from '../access.js';

export const TYPES = ['STORY', 'FEATURE', 'EPIC', 'ENABLER', 'DEFECT'];

/** The disclosure with the form; `created(item)` runs after the API accepted a new item. */
export function createForm(view, created) {
  const type = h('select', { id: 'new-type', name: 'type' }, TYPES.map(t => h('option', { value: t }, label(t))));
  const title = h('input', { id: 'new-title', name: 'title', required: true, maxlength: 300 });
  const description = h('textarea', { id: 'new-description', name: 'description', rows: 3 });
  const criteria = h('textarea', { id: 'new-criteria', name: 'acceptanceCriteria', rows: 3 });
  const team = h('select', { id: 'new-team', name: 'teamKey' }, h('option', { value: '' }, 'No owning team'),
    view.teams.map(t => h('option', { value: t.key }, `${t.key} · ${t.name}`)));
  const contributors = h('fieldset', { id: 'new-contributors', class: 'choices' }, h('legend', {}, 'Contributing teams'),
    view.teams.map(t => h('label', {}, h('input', { type: 'checkbox', name: 'contributingTeamKeys', value: t.key }), t.key)));
  contributors.dataset.pointer = '/contributingTeamKeys';
  const parent = h('select', { id: 'new-parent', name: 'parentId' });
  const estimate = h('input', { id: 'new-estimate', name: 'estimate', type: 'number', min: 0, max: 1000, step: 0.5 });
  const form = h('form', { id: 'create-item', 'aria-label': 'New item', novalidate: true },
    field('Type', type, { pointer: '/type' }), field('Title', title, { pointer: '/title' }),
    field('Description', description, { pointer: '/description' }),
    field('Acceptance criteria', criteria, { pointer: '/acceptanceCriteria', hint: 'One criterion per line.' }),
    field('Owning team', team, { pointer: '/teamKey' }),
    h('div', { class: 'field' }, contributors, h('span', { class: 'field-error', id: 'new-contributors-error', hidden: true })),
    field('Parent', parent, { pointer: '/parentId' }),
    field('Estimate (points)', estimate, { pointer: '/estimate' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Create item')),
    summary('create-problem'));
  const disclosure = h('details', { class: 'card create' }, h('summary', {}, 'New item'), form);
  limit(view, disclosure, form, team);
  disclosure.addEventListener('toggle', () => { if (disclosure.open) fillParents(parent, view.items); });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = {
      type: type.value, title: title.value, description: description.value || null,
      acceptanceCriteria: lines(criteria), teamKey: team.value || null,
      contributingTeamKeys: [...contributors.querySelectorAll('input:checked')].map(box => box.value),
      parentId: parent.value || null, estimate: estimate.value === '' ? null : Number(estimate.value),
    };
    try {
      const item = await api(`/api/backlog/products/${view.product}/items`, { method: 'POST', body });
      form.reset();
      announce(`${item.key} created`);
      await created(item);
    }
    catch (error) {
      showErrors(form, error);
    }
  });
  return disclosure;
}

function fillParents(select, items) {
  const chosen = select.value;
  select.replaceChildren(h('option', { value: '' }, 'No parent'),
    items.filter(i => i.type === 'EPIC' || i.type === 'FEATURE')
      .map(i => h('option', { value: i.id }, `${i.key} · ${i.title}`)));
  select.value = chosen;
}

/**
 * A viewer may add nothing: the form is disabled with the reason. A team member adds items of
 * their own teams only: the other owning teams are offered disabled, with the reason as title.
 */
function limit(view, disclosure, form, team) {
  const access = view.access;
  if (!access) return;
  const reason = access.createItem(view.product, view.teams);
  if (reason) {
    // Said in the summary, which shows while the form is folded away.
    disclosure.querySelector('summary').append(' ', h('span', { class: 'muted', id: 'create-denied' },
      `· you may not add items to ${view.product}: ${reason}.`));
    disableWithReason(form, reason, 'create-denied');
    return;
  }
  if (access.manages(view.product)) return;
  [...team.options].forEach(option => {
    if (option.value && access.memberOf(option.value)) return;
    option.disabled = true;
    option.title = `Only members of team ${option.value || '…'} and product owners of ${view.product} add ${option.value
      ? 'its items' : 'items without a team'}`;
  });
  team.value = [...team.options].find(option => !option.disabled)?.value ?? '';
  team.closest('.field').append(h('span', { class: 'hint' }, 'You add items of your own teams; the others are disabled.'));
}
