// A product's settings: its delivery mode and cadence (what a forecast period is), and its
// Definition of Ready (the built-in rules, the largest estimate, custom checklist items), each with
// the history of its changes. Owners and administrators change them; refusals show at their field.
import { api, ApiError, teamsOf } from '../api.js';
import { h, table, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { accessOf, reasonNote, disableWithReason } from '../access.js';
import { webhooksSection } from './webhooks.js';

const RULES = {
  HAS_DESCRIPTION: 'It has a description',
  HAS_ACCEPTANCE_CRITERIA: 'It has acceptance criteria',
  ESTIMATED: 'It is estimated',
  ESTIMATE_WITHIN_LIMIT: 'Its estimate is at most the largest estimate below',
  TEAM_ASSIGNED: 'A team owns it',
  DEPENDENCIES_ACKNOWLEDGED: 'Its dependencies are acknowledged by the other teams',
  PREREQUISITES_READY: 'The items it depends on are ready',
  NO_DEPENDENCY_CYCLE: 'It is in no dependency cycle',
  LINKED_TO_GOAL: 'It serves a strategic goal',
  CHECKLIST_CONFIRMED: 'Every checklist item below is confirmed',
};
const MODES = { SCALED_SCRUM: 'Scaled Scrum (Sprints)', SCALED_KANBAN: 'Scaled Kanban (Releases)' };

export async function render(main, { product }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [teams, access] = await Promise.all([teamsOf(product), accessOf()]);
  const view = { product, main, reason: access?.manage(product, teams, 'change its settings') ?? null };
  await show(view);
}

async function show(view, focus) {
  const { product } = view;
  const [settings, definition, history, settingsHistory] = await Promise.all([api(`/api/backlog/products/${product}`),
    api(`/api/backlog/products/${product}/definition-of-ready`),
    api(`/api/backlog/products/${product}/definition-of-ready/history?size=20`),
    api(`/api/backlog/products/${product}/history?size=20`)]);
  view.version = settings.version;
  view.main.replaceChildren(...[h('h2', {}, `Settings · ${product}`),
    view.reason ? reasonNote('settings-denied', `You may not change the settings of ${product}: ${view.reason}.`) : null,
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'dor-title' }, h('h3', { id: 'dor-title' }, 'Definition of Ready'),
        definitionForm(view, definition)),
      h('section', { class: 'card', 'aria-labelledby': 'cadence-title' }, h('h3', { id: 'cadence-title' }, 'Delivery and cadence'),
        cadenceForm(view, settings))),
    h('section', { class: 'card', 'aria-labelledby': 'dor-history-title' },
      h('h3', { id: 'dor-history-title' }, 'Changes to the Definition of Ready'),
      historyTable(history, 'dor-history', 'Definition of Ready history')),
    h('section', { class: 'card', 'aria-labelledby': 'settings-history-title' },
      h('h3', { id: 'settings-history-title' }, 'Changes to delivery and cadence'),
      historyTable(settingsHistory, 'settings-history', 'Delivery and cadence history')),
    webhooksSection(product, view.reason)].filter(Boolean));
  if (view.reason) view.main.querySelectorAll('form').forEach(form => disableWithReason(form, view.reason, 'settings-denied'));
  if (focus) view.main.querySelector(focus)?.focus();
}

function definitionForm(view, definition) {
  const rules = h('fieldset', { id: 'dor-rules', class: 'choices rules-choice' }, h('legend', {}, 'Rules an item must meet'),
    Object.entries(RULES).map(([rule, words]) => h('label', {}, h('input', { type: 'checkbox', name: 'rules', value: rule,
      checked: definition.rules.includes(rule) }), words)));
  rules.dataset.pointer = '/rules';
  const max = h('input', { id: 'dor-max-estimate', name: 'maxEstimate', type: 'number', step: 0.5, min: 0.5, max: 1000,
    value: definition.maxEstimate ?? '' });
  const checks = h('ol', { id: 'dor-checklist', class: 'parts' });
  definition.checklist.forEach(check => checks.append(checkRow(check)));
  const add = h('button', { type: 'button', id: 'dor-add-check' }, 'Add a checklist item');
  add.addEventListener('click', () => {
    checks.append(checkRow({ code: '', text: '' }));
    checks.lastElementChild.querySelector('input').focus();
  });
  const form = h('form', { id: 'dor-form', 'aria-label': 'Definition of Ready', novalidate: true },
    h('div', { class: 'field' }, rules, h('span', { class: 'field-error', id: 'dor-rules-error', hidden: true })),
    field('Largest estimate (points)', max, { pointer: '/maxEstimate', hint: 'Used by the rule on the estimate; 0.5 to 1000.' }),
    h('h4', {}, 'Checklist'), h('p', { class: 'hint' }, 'Questions people confirm per item; a code is a lower-case word such as ux-reviewed.'),
    checks, h('div', { class: 'actions' }, add, h('button', { type: 'submit', class: 'primary' }, 'Save the Definition of Ready')),
    summary('dor-problem'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    renumber(checks);
    const body = {
      rules: [...rules.querySelectorAll('input:checked')].map(box => box.value),
      maxEstimate: max.value === '' ? null : Number(max.value),
      checklist: [...checks.children].map(li => ({ code: li.querySelector('[name=code]').value.trim(),
        text: li.querySelector('[name=text]').value.trim() })),
    };
    // The whole definition, from the product version shown: someone else's change meanwhile is a 412.
    await save(view, form, `/api/backlog/products/${view.product}/definition-of-ready`,
      { method: 'PUT', body, version: view.version },
      'The Definition of Ready was saved', '#dor-form button[type=submit]');
  });
  return form;
}

let rows = 0;

function checkRow(check) {
  const code = h('input', { id: `dor-check-code-${++rows}`, name: 'code', value: check.code, maxlength: 40 });
  const text = h('input', { id: `dor-check-text-${rows}`, name: 'text', value: check.text, maxlength: 500 });
  const row = h('li', {}, field('Code', code), field('Question', text), h('div', { class: 'actions' },
    h('button', { type: 'button', 'aria-label': `Remove checklist item ${check.code || rows}`, onclick: () => row.remove() },
      'Remove')));
  return row;
}

/** Pointers follow each row's place, which removing an earlier row changes: numbered before each save. */
function renumber(list) {
  [...list.children].forEach((row, i) => {
    row.querySelector('[name=code]').dataset.pointer = `/checklist/${i}/code`;
    row.querySelector('[name=text]').dataset.pointer = `/checklist/${i}/text`;
  });
}

function cadenceForm(view, settings) {
  const mode = h('select', { id: 'settings-mode', name: 'deliveryMode' },
    Object.entries(MODES).map(([value, words]) => h('option', { value }, words)));
  mode.value = settings.deliveryMode;
  const number = (id, value, max) => h('input', { id, type: 'number', min: 1, max, step: 1, value: value ?? '' });
  const sprint = number('settings-sprint', settings.sprintLengthDays, 60);
  const release = number('settings-release', settings.releaseLengthDays, 366);
  const start = h('input', { id: 'settings-start', type: 'date', value: settings.firstPeriodStart ?? '' });
  const form = h('form', { id: 'cadence-form', 'aria-label': 'Delivery and cadence', novalidate: true },
    field('Delivery mode', mode, { pointer: '/deliveryMode', hint: 'Scrum products forecast per Sprint, Kanban products per Release.' }),
    field('Sprint length (days)', sprint, { pointer: '/sprintLengthDays' }),
    field('Release length (days)', release, { pointer: '/releaseLengthDays' }),
    field('First period starts', start, { pointer: '/firstPeriodStart' }),
    h('p', { class: 'meta' }, `Version ${settings.version}`),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save delivery and cadence')),
    summary('cadence-problem'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const value = input => (input.value === '' ? null : Number(input.value));
    const body = { deliveryMode: mode.value, sprintLengthDays: value(sprint), releaseLengthDays: value(release),
      firstPeriodStart: start.value || null };
    await save(view, form, `/api/backlog/products/${view.product}`, { method: 'PATCH', body, version: settings.version },
      'Delivery and cadence were saved', '#cadence-form button[type=submit]');
  });
  return form;
}

/** One write; a 412 shows the settings as they are now, a 403 disables the forms with the server's reason. */
async function save(view, form, path, request, done, focus) {
  try {
    await api(path, request);
    announce(done);
    await show(view, focus);
  }
  catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      await show(view);
      const box = view.main.querySelector(`#${form.id} .form-problem`);
      box.replaceChildren(h('p', {}, 'Someone else changed the settings meanwhile (shown now); look them over and save again.'));
      box.hidden = false;
      return;
    }
    if (error instanceof ApiError && error.status === 403 && !view.reason) {
      view.reason = error.problem?.detail || error.message;
      await show(view);
      showErrors(view.main.querySelector(`#${form.id}`), error);
      return;
    }
    showErrors(form, error);
  }
}

/** The newest changes of one history (the API answers newest first, a page at a time). */
function historyTable(page, id, caption) {
  const content = page?.content || [];
  const shown = table(['Version', 'When', 'Who', 'Change'], content.map(changeRow), caption);
  shown.id = id;
  const more = (page?.totalElements ?? 0) - content.length;
  return more > 0 ? h('div', {}, shown, h('p', { class: 'meta' }, `${more} older change${more === 1 ? '' : 's'} not shown.`)) : shown;
}

function changeRow(entry) {
  return [String(entry.version), new Date(entry.changedAt).toLocaleString(), entry.actor,
    `${entry.field}: ${entry.oldValue ?? '–'} → ${entry.newValue ?? '–'}`];
}
