// The goal forms: a new goal at any level, and each goal's edit form (title, status, owner, target
// share, timeframe and key results as "metric; baseline; target; current" lines), with the key
// results shown as bars from baseline to target. `view.reasonFor(level)` says who may not (the
// controls are disabled with it), `view.save(...)` writes and shows the answer (goals.js).
import { h, pct } from '../ui.js';
import { field, summary, clearErrors, lines, label } from '../forms.js';
import { reasonNote, disableWithReason } from '../access.js';

export const LEVELS = { OBJECTIVE: 'Objective', THEME: 'Theme', PRODUCT_GOAL: 'Product goal' };
const PARENTS = { THEME: 'OBJECTIVE', PRODUCT_GOAL: 'THEME' };
const STATUSES = ['ACTIVE', 'ACHIEVED', 'RETIRED'];

/** Each key result as a bar from its baseline to its target, and the numbers in words. */
export function keyResults(goal) {
  if (!goal.keyResults?.length) return null;
  return h('ul', { class: 'key-results' }, goal.keyResults.map(kr => {
    const span = Number(kr.target) - Number(kr.baseline);
    const done = kr.current === null || kr.current === undefined ? 0 : (Number(kr.current) - Number(kr.baseline)) / (span || 1);
    const words = `${kr.metric}: ${shown(kr.current)} of ${shown(kr.target)} (from ${shown(kr.baseline)})`;
    return h('li', {}, h('span', {}, words), ' ',
      h('progress', { max: 1, value: Math.min(1, Math.max(0, done)), 'aria-label': words }));
  }));
}

/** Key results one a line: metric; baseline; target; current (current may be left out). */
function keyResultLines(textarea) {
  return lines(textarea).map(line => {
    const [metric, baseline, target, current] = line.split(';').map(part => part.trim());
    const number = value => (value === undefined || value === '' ? null : Number.isNaN(Number(value)) ? value : Number(value));
    return { metric, baseline: number(baseline), target: number(target), current: number(current) };
  });
}

/** A decimal as people write it (the API answers 2.4000). */
function shown(value) {
  return value === null || value === undefined ? '–' : String(Number(value));
}

function keyResultText(goal) {
  return (goal.keyResults || []).map(kr => [kr.metric, shown(kr.baseline), shown(kr.target),
    kr.current === null || kr.current === undefined ? '' : shown(kr.current)].join('; ')).join('\n');
}

const KEY_RESULTS_HINT = 'One a line: metric; baseline; target; current, e.g. Checkout conversion %; 2.1; 3.0; 2.4';

export function createForm(view) {
  const level = h('select', { id: 'goal-level' }, Object.entries(LEVELS).map(([value, words]) => h('option', { value }, words)));
  const parent = h('select', { id: 'goal-parent' });
  const title = h('input', { id: 'goal-title', maxlength: 300, required: true });
  const owner = h('input', { id: 'goal-owner', maxlength: 100 });
  const share = h('input', { id: 'goal-share', type: 'number', min: 0, max: 100, step: 0.1 });
  const year = new Date().getFullYear();
  const start = h('input', { id: 'goal-start', type: 'date', value: `${year}-01-01` });
  const end = h('input', { id: 'goal-end', type: 'date', value: `${year}-12-31` });
  const results = h('textarea', { id: 'goal-key-results', rows: 3 });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Create the goal');
  const reason = h('p', { class: 'notice denied', id: 'goal-level-denied', hidden: true });
  const choose = () => {
    const wanted = PARENTS[level.value];
    parent.replaceChildren(...(wanted ? view.goals.filter(g => g.level === wanted && g.status === 'ACTIVE')
      .map(g => h('option', { value: g.id }, g.title)) : [h('option', { value: '' }, 'None (an objective has no parent)')]));
    parent.disabled = !wanted;
    const why = view.reasonFor(level.value);
    reason.textContent = why ? `You may not create a ${label(level.value)}: ${why}.` : '';
    reason.hidden = !why;
    submit.disabled = Boolean(why);
    submit.title = why || '';
    why ? submit.setAttribute('aria-describedby', reason.id) : submit.removeAttribute('aria-describedby');
  };
  level.value = Object.keys(LEVELS).find(l => !view.reasonFor(l)) ?? 'OBJECTIVE';
  level.addEventListener('change', choose);
  const form = h('form', { id: 'goal-form', 'aria-label': 'New goal', novalidate: true },
    field('Level', level, { pointer: '/level' }), field('Parent', parent, { pointer: '/parentId' }),
    field('Title', title, { pointer: '/title' }), field('Owner', owner, { pointer: '/owner' }),
    field('Target investment share (%)', share, { pointer: '/targetInvestmentShare', hint: 'The share of capacity it should get.' }),
    field('Starts', start, { pointer: '/timeframeStart' }), field('Ends', end, { pointer: '/timeframeEnd' }),
    field('Key results', results, { pointer: '/keyResults', hint: KEY_RESULTS_HINT }),
    reason, h('div', { class: 'actions' }, submit), summary('goal-problem'));
  choose();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = { level: level.value, parentId: parent.value || null, title: title.value, owner: owner.value.trim() || null,
      productKey: level.value === 'PRODUCT_GOAL' ? view.product : null,
      targetInvestmentShare: share.value === '' ? null : Math.round(Number(share.value) * 100) / 10000,
      timeframeStart: start.value || null, timeframeEnd: end.value || null, keyResults: keyResultLines(results) };
    await view.save(form, level.value, '/api/alignment/goals', { method: 'POST', body }, `The ${label(level.value)} was created`);
  });
  return form;
}

export function editForm(view, goal) {
  const id = goal.id.slice(0, 8);
  const title = h('input', { id: `goal-edit-title-${id}`, value: goal.title, maxlength: 300, required: true });
  const status = h('select', { id: `goal-edit-status-${id}` }, STATUSES.map(s => h('option', { value: s }, label(s))));
  status.value = goal.status;
  const owner = h('input', { id: `goal-edit-owner-${id}`, value: goal.owner ?? '', maxlength: 100 });
  const share = h('input', { id: `goal-edit-share-${id}`, type: 'number', min: 0, max: 100, step: 0.1,
    value: goal.targetInvestmentShare === null || goal.targetInvestmentShare === undefined ? ''
      : Math.round(Number(goal.targetInvestmentShare) * 1000) / 10 });
  const start = h('input', { id: `goal-edit-start-${id}`, type: 'date', value: goal.timeframeStart ?? '' });
  const end = h('input', { id: `goal-edit-end-${id}`, type: 'date', value: goal.timeframeEnd ?? '' });
  const results = h('textarea', { id: `goal-edit-key-results-${id}`, rows: 3 }, keyResultText(goal));
  const form = h('form', { id: `goal-edit-${id}`, class: 'goal-edit', 'aria-label': `Edit ${goal.title}`, novalidate: true },
    field('Title', title, { pointer: '/title' }), field('Status', status, { pointer: '/status' }),
    field('Owner', owner, { pointer: '/owner' }),
    field('Target investment share (%)', share, { pointer: '/targetInvestmentShare' }),
    field('Starts', start, { pointer: '/timeframeStart' }), field('Ends', end, { pointer: '/timeframeEnd' }),
    field('Key results', results, { pointer: '/keyResults', hint: KEY_RESULTS_HINT }),
    h('p', { class: 'meta' }, `Version ${goal.version}`),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save the goal')), summary(`goal-edit-problem-${id}`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    // PATCH leaves out what is null: an owner or share left empty stays as it is.
    const body = { title: title.value, status: status.value, owner: owner.value.trim() || null,
      targetInvestmentShare: share.value === '' ? null : Math.round(Number(share.value) * 100) / 10000,
      timeframeStart: start.value || null, timeframeEnd: end.value || null, keyResults: keyResultLines(results) };
    await view.save(form, goal.level, `/api/alignment/goals/${goal.id}`,
      { method: 'PATCH', body, version: goal.version }, 'The goal was saved');
  });
  const why = view.reasonFor(goal.level);
  if (why) {
    form.prepend(reasonNote(`goal-edit-denied-${id}`, `You may not change this ${label(goal.level)}: ${why}.`));
    disableWithReason(form, why, `goal-edit-denied-${id}`);
  }
  return form;
}

