// Strategic goals as a tree: the organisation's objectives, their themes, and under each theme the
// product goals of the chosen product, each with its key results (where it is against its target).
// Portfolio managers and administrators set objectives and themes, a product's owners its product
// goals (GoalRules on the server); controls a person may not use are disabled with the reason.
import { api, ApiError } from '../api.js';
import { h, announce, pct } from '../ui.js';
import { field, summary, showErrors, clearErrors, lines, label } from '../forms.js';
import { reasonNote, disableWithReason, accessOf } from '../access.js';

const LEVELS = { OBJECTIVE: 'Objective', THEME: 'Theme', PRODUCT_GOAL: 'Product goal' };
const PARENTS = { THEME: 'OBJECTIVE', PRODUCT_GOAL: 'THEME' };
const STATUSES = ['ACTIVE', 'ACHIEVED', 'RETIRED'];

export async function render(main, { product }) {
  const access = await accessOf();
  await show({ main, product, access, refused: {} });
}

/** Why the person may not set goals of `level`, or null when they may (the server still judges). */
function reasonFor(view, level) {
  if (view.refused[level]) return view.refused[level];
  const { access, product } = view;
  if (!access) return null;
  const strategist = access.admin || access.grants.some(g => g.role === 'PORTFOLIO_MANAGER');
  if (level !== 'PRODUCT_GOAL') return strategist ? null : 'Only portfolio managers and administrators set objectives and themes';
  if (!product) return 'Choose a product to set its product goals';
  return strategist || access.manages(product) ? null
    : `Only product owners of ${product} and portfolio managers set its product goals`;
}

async function goalsOf(level, product) {
  const query = new URLSearchParams({ level, size: 500 });
  if (product) query.set('product', product);
  return (await api(`/api/alignment/goals?${query}`)).content || [];
}

async function show(view, focus) {
  const [objectives, themes, productGoals] = await Promise.all([goalsOf('OBJECTIVE'), goalsOf('THEME'),
    view.product ? goalsOf('PRODUCT_GOAL', view.product) : []]);
  view.goals = [...objectives, ...themes, ...productGoals];
  const children = parent => view.goals.filter(g => g.parentId === parent.id);
  const orphans = productGoals.filter(g => !themes.some(t => t.id === g.parentId));
  const denied = Object.keys(LEVELS).every(level => reasonFor(view, level));
  view.main.replaceChildren(...[h('h2', {}, 'Goals'),
    h('p', { class: 'meta' }, `Objectives and themes of the organisation; product goals of ${view.product ?? 'no product'}.`),
    denied ? reasonNote('goals-denied', `You may not set goals: ${reasonFor(view, 'OBJECTIVE')}.`) : null,
    h('section', { class: 'card', 'aria-labelledby': 'goal-tree-title' }, h('h3', { id: 'goal-tree-title' }, 'Goal tree'),
      objectives.length ? h('ul', { id: 'goal-tree', class: 'goal-tree' }, objectives.map(o => node(view, o, children)))
        : h('p', { id: 'goal-tree', class: 'muted' }, 'No objectives yet.'),
      orphans.length ? [h('h4', {}, 'Product goals without a theme'),
        h('ul', { class: 'goal-tree' }, orphans.map(g => node(view, g, children)))] : null),
    h('section', { class: 'card', 'aria-labelledby': 'goal-new-title' }, h('h3', { id: 'goal-new-title' }, 'New goal'),
      createForm(view))].filter(Boolean));
  if (denied) disableWithReason(view.main.querySelector('#goal-form'), reasonFor(view, 'OBJECTIVE'), 'goals-denied');
  if (focus) view.main.querySelector(focus)?.focus();
}

function node(view, goal, children) {
  const below = children(goal);
  return h('li', { class: 'goal', 'data-goal-id': goal.id, 'data-level': goal.level },
    h('p', {}, h('strong', {}, goal.title), ` · ${label(goal.level)} `, h('span', { class: `badge ${goal.status}` }, label(goal.status))),
    h('p', { class: 'meta' }, `${goal.owner ? `owner ${goal.owner}` : 'no owner'}`
      + `${goal.targetInvestmentShare !== null && goal.targetInvestmentShare !== undefined ? ` · target share ${pct(goal.targetInvestmentShare)}` : ''}`
      + ` · ${goal.timeframeStart} – ${goal.timeframeEnd}`),
    keyResults(goal),
    h('details', { class: 'more' }, h('summary', {}, `Edit ${goal.title}`), editForm(view, goal)),
    below.length ? h('ul', {}, below.map(child => node(view, child, children))) : null);
}

/** Each key result as a bar from its baseline to its target, and the numbers in words. */
function keyResults(goal) {
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

function createForm(view) {
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
    const why = reasonFor(view, level.value);
    reason.textContent = why ? `You may not create a ${label(level.value)}: ${why}.` : '';
    reason.hidden = !why;
    submit.disabled = Boolean(why);
    submit.title = why || '';
    why ? submit.setAttribute('aria-describedby', reason.id) : submit.removeAttribute('aria-describedby');
  };
  level.value = Object.keys(LEVELS).find(l => !reasonFor(view, l)) ?? 'OBJECTIVE';
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
    await save(view, form, level.value, '/api/alignment/goals', { method: 'POST', body }, `The ${label(level.value)} was created`);
  });
  return form;
}

function editForm(view, goal) {
  const id = goal.id.slice(0, 8);
  const title = h('input', { id: `goal-edit-title-${id}`, value: goal.title, maxlength: 300, required: true });
  const status = h('select', { id: `goal-edit-status-${id}` }, STATUSES.map(s => h('option', { value: s }, label(s))));
  status.value = goal.status;
  const results = h('textarea', { id: `goal-edit-key-results-${id}`, rows: 3 }, keyResultText(goal));
  const form = h('form', { id: `goal-edit-${id}`, class: 'goal-edit', 'aria-label': `Edit ${goal.title}`, novalidate: true },
    field('Title', title, { pointer: '/title' }), field('Status', status, { pointer: '/status' }),
    field('Key results', results, { pointer: '/keyResults', hint: KEY_RESULTS_HINT }),
    h('p', { class: 'meta' }, `Version ${goal.version}`),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save the goal')), summary(`goal-edit-problem-${id}`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = { title: title.value, status: status.value, keyResults: keyResultLines(results) };
    await save(view, form, goal.level, `/api/alignment/goals/${goal.id}`,
      { method: 'PATCH', body, version: goal.version }, 'The goal was saved');
  });
  const why = reasonFor(view, goal.level);
  if (why) {
    form.prepend(reasonNote(`goal-edit-denied-${id}`, `You may not change this ${label(goal.level)}: ${why}.`));
    disableWithReason(form, why, `goal-edit-denied-${id}`);
  }
  return form;
}

/** One write; a 412 shows the goals as they are now, a 403 disables that level with the server's reason. */
async function save(view, form, level, path, request, done) {
  try {
    await api(path, request);
    announce(done);
    await show(view);
  }
  catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      await show(view);
      const again = view.main.querySelector(`#${form.id}`);
      const box = again?.querySelector('.form-problem') ?? view.main.querySelector('#goal-problem');
      box.replaceChildren(h('p', {}, 'Someone else changed this goal meanwhile (shown now as it is); look it over and save again.'));
      box.hidden = false;
      again?.closest('details')?.setAttribute('open', '');
      return;
    }
    if (error instanceof ApiError && error.status === 403 && !view.refused[level]) {
      view.refused[level] = error.problem?.detail || error.message;
      await show(view);
      const again = view.main.querySelector(`#${form.id}`);
      if (again) { again.closest('details')?.setAttribute('open', ''); showErrors(again, error); }
      return;
    }
    showErrors(form, error);
  }
}
