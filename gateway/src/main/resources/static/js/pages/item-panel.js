// The item panel: readiness explained, status, editing, estimating, teams, splitting, removal,
// then dependencies, goals, forecast range and history. Writes go through item-write.js
// (If-Match with the item's version; a 412 shows what the other person changed).
import { api } from '../api.js';
import { h, table } from '../ui.js';
import { field, summary, lines } from '../forms.js';
import { write, conflictBox, denyChanges } from './item-write.js';
import { readinessBlock, statusBlock, removalBlock } from './item-actions.js';
import { reassignForm, splitForm } from './item-structure.js';
import { goalLinkForm } from './item-goals.js';
import { dependencySection } from './item-dependencies.js';

export async function openItem(view, id) {
  view.list.querySelectorAll('li').forEach(li => li.dataset.id === id
    ? li.setAttribute('aria-current', 'true') : li.removeAttribute('aria-current'));
  const item = await api(`/api/backlog/items/${id}`);
  const [history, dependencies, forecast, links] = await Promise.all([
    api(`/api/backlog/items/${id}/history?size=15`),
    api(`/api/dependencies?item=${encodeURIComponent(id)}&size=100`, { optional: true }),
    api(`/api/forecasts/items/${id}`, { optional: true }),
    // The goals are one section of the panel: if alignment fails, that section says so, not the panel.
    api(`/api/alignment/links?itemId=${encodeURIComponent(id)}`, { optional: true }).catch(error => error),
  ]);
  const edges = (dependencies?.content || []).filter(d => d.dependentItemId === id || d.prerequisiteItemId === id);
  view.panel.replaceChildren(
    h('h3', {}, `${item.key} · ${item.title}`),
    h('p', { class: 'meta' }, `${item.type.toLowerCase()} · ${item.teamKey || 'no team'}`
      + `${item.contributingTeamKeys?.length ? ' with ' + item.contributingTeamKeys.join(', ') : ''} · version ${item.version}`),
    readinessBlock(view, item), statusBlock(view, item), h('h4', {}, 'Refine'), editForm(view, item), estimateForm(view, item),
    h('h4', {}, 'Teams'), reassignForm(view, item),
    h('details', { class: 'more' }, h('summary', {}, 'Split into parts'), splitForm(view, item)),
    h('details', { class: 'more', open: item.status === 'REMOVED' },
      h('summary', {}, item.status === 'REMOVED' ? 'Restore' : 'Remove'), removalBlock(view, item)),
    h('h4', {}, 'Dependencies'), dependencySection(view, item, edges, () => openItem(view, id)),
    h('h4', {}, 'Goals'), goalList(links),
    h('details', { class: 'more', id: 'link-goal-details' }, h('summary', {}, 'Link to a goal'), goalLinkForm(view, item, () => openItem(view, id))),
    h('h4', {}, 'Forecast'), forecastLine(forecast),
    h('h4', {}, 'History'),
    table(['Version', 'When', 'Who', 'Change'], history.content.map(entry => [entry.version,
      new Date(entry.changedAt).toLocaleString(), entry.actor,
      `${entry.field}: ${entry.oldValue ?? '–'} → ${entry.newValue ?? '–'}`]), 'History'));
  denyChanges(view, item);
  view.panel.dataset.itemId = id;
  view.panel.dataset.version = item.version;
}

function editForm(view, item) {
  const title = h('input', { id: 'edit-title', name: 'title', value: item.title, required: true, maxlength: 300 });
  const description = h('textarea', { id: 'edit-description', name: 'description', rows: 3 }, item.description || '');
  const criteria = h('textarea', { id: 'edit-criteria', name: 'acceptanceCriteria', rows: 3 },
    (item.acceptanceCriteria || []).join('\n'));
  const form = h('form', { 'aria-label': 'Edit item', novalidate: true },
    field('Title', title, { pointer: '/title' }),
    field('Description', description, { pointer: '/description' }),
    field('Acceptance criteria', criteria, { pointer: '/acceptanceCriteria', hint: 'One criterion per line.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save')),
    conflictBox('conflict'), summary('edit-problem'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    write(view, item, form, `/api/backlog/items/${item.id}`, { method: 'PATCH',
      body: { title: title.value, description: description.value, acceptanceCriteria: lines(criteria) } });
  });
  return form;
}

function estimateForm(view, item) {
  const estimate = h('input', { id: 'edit-estimate', name: 'estimate', type: 'number', min: 0, max: 1000, step: 0.5,
    value: item.estimate ?? '' });
  const form = h('form', { 'aria-label': 'Estimate item', novalidate: true },
    field('Estimate (points)', estimate, { pointer: '/estimate' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Estimate')),
    conflictBox('estimate-conflict'), summary('estimate-problem'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    write(view, item, form, `/api/backlog/items/${item.id}/estimate`,
      { method: 'POST', body: { estimate: estimate.value === '' ? null : Number(estimate.value) } });
  });
  return form;
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
  if (when?.item?.neverReason) return h('p', {}, `Cannot finish: ${when.item.neverReason}`);
  if (when?.item?.p50 === 0) return h('p', {}, 'Done already.');
  if (!when?.item || when.item.p50 === null || when.item.p50 === undefined) {
    return h('p', { class: 'muted' }, 'No forecast for this item yet.');
  }
  const label = index => when.periods?.find(p => p.index === index)?.label ?? `period ${index}`;
  return h('p', {}, `Likely done: P50 ${label(when.item.p50)} · P85 ${label(when.item.p85)} · P95 ${label(when.item.p95)} `,
    when.item.sizedAs ? `(sized as ${when.item.sizedAs}) ` : null,
    h('span', { class: 'muted' }, '(a forecast, not a commitment)'));
}
