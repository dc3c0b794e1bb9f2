// Strategic goals as a tree: the organisation's objectives, their themes, and under each theme the
// product goals of the chosen product, each with its key results (where it is against its target).
// Portfolio managers and administrators set objectives and themes, a product's owners its product
// goals (GoalRules on the server); controls a person may not use are disabled with the reason.
// Each goal opens its history and the items serving it (goals-history.js, goals-links.js).
import { api, ApiError } from '../api.js';
import { h, announce, pct } from '../ui.js';
import { showErrors, label } from '../forms.js';
import { reasonNote, disableWithReason, accessOf } from '../access.js';
import { LEVELS, keyResults, createForm, editForm } from './goals-forms.js';
import { historyDetails } from './goals-history.js';
import { linksDetails } from './goals-links.js';

export async function render(main, { product }) {
  const view = { main, product, access: await accessOf(), refused: {} };
  view.reasonFor = level => reasonFor(view, level);
  view.save = (form, level, path, request, done) => save(view, form, level, path, request, done);
  await show(view);
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

/** Draws the tree; the histories and item lists that were open are opened (and so read) again. */
async function show(view, focus) {
  const open = [...view.main.querySelectorAll('details[open][id]')].map(details => details.id);
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
  open.forEach(id => view.main.querySelector(`#${id}`)?.setAttribute('open', ''));
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
    historyDetails(`goal-history-${goal.id.slice(0, 8)}`, `History of ${goal.title}`, `/api/alignment/goals/${goal.id}/history`),
    linksDetails(view, goal),
    below.length ? h('ul', {}, below.map(child => node(view, child, children))) : null);
}

/** One write; a 412 shows the goals as they are now, a 403 disables that level with the server's reason. */
async function save(view, form, level, path, request, done) {
  try {
    await api(path, request);
    announce(done);
    await show(view, form.id.startsWith('goal-edit-') ? `#${form.id.replace('goal-edit-', 'goal-history-')} > summary` : null);
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
