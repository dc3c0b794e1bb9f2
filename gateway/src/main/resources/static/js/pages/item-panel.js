// The item panel: readiness explained, dependencies, goals, forecast range and history, with
// editing and estimating under optimistic locking. A 412 shows what the other person changed.
import { api, ApiError } from '../api.js';
import { h, table, showProblem, announce } from '../ui.js';

const EDITABLE = ['title', 'description', 'estimate', 'teamKey', 'status'];

export async function openItem(view, id) {
  view.list.querySelectorAll('li').forEach(li => li.setAttribute('aria-selected', String(li.dataset.id === id)));
  const item = await api(`/api/backlog/items/${id}`);
  const [history, dependencies, forecast, links] = await Promise.all([
    api(`/api/backlog/items/${id}/history`),
    api(`/api/dependencies?product=${view.product}&size=500`, { optional: true }),
    api(`/api/forecasts/items/${id}`, { optional: true }),
    // The goals are one section of the panel: if alignment fails, that section says so, not the panel.
    api(`/api/alignment/links?itemId=${encodeURIComponent(id)}`, { optional: true }).catch(error => error),
  ]);
  const edges = (dependencies?.content || []).filter(d => d.dependentItemId === id || d.prerequisiteItemId === id);
  view.panel.replaceChildren(
    h('h3', {}, `${item.key} · ${item.title}`),
    h('p', { class: 'meta' }, `${item.type.toLowerCase()} · ${item.teamKey || 'no team'} · version ${item.version}`),
    readinessBlock(item), editForm(view, item), estimateForm(view, item),
    h('h4', {}, 'Dependencies'), dependencyList(id, edges),
    h('h4', {}, 'Goals'), goalList(links),
    h('h4', {}, 'Forecast'), forecastLine(forecast),
    h('h4', {}, 'History'),
    table(['Version', 'When', 'Who', 'Change'], history.slice(-15).reverse().map(entry => [entry.version,
      new Date(entry.changedAt).toLocaleString(), entry.actor,
      `${entry.field}: ${entry.oldValue ?? '–'} → ${entry.newValue ?? '–'}`]), 'History'));
  view.panel.dataset.itemId = id;
}

function readinessBlock(item) {
  const readiness = item.readiness || { ready: false, rules: [] };
  return h('div', { class: 'readiness' },
    h('p', {}, h('span', { class: `badge ${readiness.ready ? 'ready' : 'not-ready'}` },
      readiness.ready ? 'ready' : 'not ready'), ' against the Definition of Ready'),
    h('ul', {}, readiness.rules.map(rule => h('li', {}, rule.passed ? '✓ ' : '✗ ',
      (rule.check || rule.rule || '').toString().replaceAll('_', ' ').toLowerCase(),
      rule.reason ? ` — ${rule.reason}` : ''))));
}

function editForm(view, item) {
  const title = h('input', { id: 'edit-title', name: 'title', value: item.title, required: true, maxlength: 300 });
  const description = h('textarea', { id: 'edit-description', name: 'description', rows: 3 }, item.description || '');
  const conflict = h('div', { id: 'conflict', class: 'conflict', role: 'alert', hidden: true });
  const form = h('form', { 'aria-label': 'Edit item' },
    h('label', { for: 'edit-title' }, 'Title', title),
    h('label', { for: 'edit-description' }, 'Description', description),
    h('button', { type: 'submit', class: 'primary' }, 'Save'), conflict);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await save(view, item, conflict, `/api/backlog/items/${item.id}`,
      { method: 'PATCH', body: { title: title.value, description: description.value } });
  });
  return form;
}

function estimateForm(view, item) {
  const estimate = h('input', { id: 'edit-estimate', name: 'estimate', type: 'number', min: 0, max: 1000, step: 0.5,
    value: item.estimate ?? '' });
  const conflict = h('div', { class: 'conflict', role: 'alert', hidden: true });
  const form = h('form', { 'aria-label': 'Estimate item' },
    h('label', { for: 'edit-estimate' }, 'Estimate (points)', estimate),
    h('button', { type: 'submit' }, 'Estimate'), conflict);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await save(view, item, conflict, `/api/backlog/items/${item.id}/estimate`,
      { method: 'POST', body: { estimate: estimate.value === '' ? null : Number(estimate.value) } });
  });
  return form;
}

async function save(view, item, conflict, path, request) {
  try {
    await api(path, { ...request, version: item.version });
    announce(`${item.key} saved`);
    showProblem(null);
    await openItem(view, item.id);
  }
  catch (error) {
    if (error instanceof ApiError && error.status === 412) return showConflict(view, item, conflict);
    showProblem(error);
  }
}

/** Shows, field by field, what the current version says where the edited one differed. */
async function showConflict(view, mine, box) {
  const theirs = await api(`/api/backlog/items/${mine.id}`);
  const changed = EDITABLE.filter(field => JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]));
  box.replaceChildren(
    h('p', {}, `Someone else changed ${mine.key} while you were editing (you had version ${mine.version}, `
      + `it is now version ${theirs.version}). Your change was not saved.`),
    h('ul', {}, changed.length ? changed.map(field => h('li', { 'data-field': field },
      `${field}: “${mine[field] ?? '–'}” is now “${theirs[field] ?? '–'}”`))
      : h('li', {}, 'Other fields (for example ranks or criteria) changed.')),
    h('button', { type: 'button', onclick: () => openItem(view, mine.id) }, 'Load the current version'));
  box.hidden = false;
}

function dependencyList(id, edges) {
  if (!edges.length) return h('p', { class: 'muted' }, 'No dependencies.');
  return h('ul', {}, edges.map(d => h('li', {}, d.dependentItemId === id
    ? `needs ${d.prerequisiteItemKey} (${d.prerequisiteTeamKey}) · ${d.type.toLowerCase()} · ${d.status.toLowerCase()}`
    : `needed by ${d.dependentItemKey} (${d.dependentTeamKey}) · ${d.type.toLowerCase()} · ${d.status.toLowerCase()}`)));
}

const GOAL_LEVELS = { PRODUCT_GOAL: 'product goal', THEME: 'theme', OBJECTIVE: 'objective' };

/** The goals the item serves: title, level, status, the share of the item if not all of it, and why. */
function goalList(links) {
  if (links instanceof Error) {
    return h('p', { id: 'item-goals', class: 'muted' }, `Goal links could not be loaded. ${links.message}`);
  }
  if (!links) return h('p', { id: 'item-goals', class: 'muted' }, 'Goal links are not available for this item yet.');
  if (!links.content?.length) return h('p', { id: 'item-goals' }, 'Not linked to any strategic goal.');
  return h('ul', { id: 'item-goals', class: 'goals' }, links.content.map(link => h('li', { 'data-goal-id': link.goalId },
    h('strong', {}, link.goalTitle), ` · ${GOAL_LEVELS[link.goalLevel] ?? String(link.goalLevel).toLowerCase()} `,
    h('span', { class: `badge ${link.goalStatus}` }, String(link.goalStatus).toLowerCase()),
    Number(link.contributionWeight) < 1 ? ` · ${Math.round(Number(link.contributionWeight) * 100)}% of the item` : null,
    link.rationale ? h('p', { class: 'rationale' }, link.rationale) : null)));
}

function forecastLine(when) {
  if (!when?.item || when.item.p50 === null || when.item.p50 === undefined) {
    return h('p', { class: 'muted' }, 'No forecast for this item yet.');
  }
  const label = index => when.periods?.find(p => p.index === index)?.label ?? `period ${index}`;
  return h('p', {}, `Likely done: P50 ${label(when.item.p50)} · P85 ${label(when.item.p85)} · P95 ${label(when.item.p95)} `,
    h('span', { class: 'muted' }, '(a forecast, not a commitment)'));
}
