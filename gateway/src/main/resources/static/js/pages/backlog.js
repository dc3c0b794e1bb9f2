// Product backlog: the shared ordered backlog, searched (key, title, description, acceptance
// criteria; debounced, server-side) and filtered by several teams, statuses and types at once,
// reordered by dragging a row's handle (pointer events, so mouse, pen and touch behave alike) or
// with Alt+ArrowUp/Down; rows can be selected for one bulk action (backlog-bulk.js), and each
// team's READY items can be read against its throughput (backlog-ready.js). New items are created
// above the list, each item is changed in its panel.
import { api, teamsOf } from '../api.js';
import { h, announce, showProblem } from '../ui.js';
import { field, label, showErrors, clearErrors, summary } from '../forms.js';
import { openItem } from './item-panel.js';
import { createForm, TYPES } from './backlog-create.js';
import { bulkBar, selectionChanged, pick } from './backlog-bulk.js';
import { readyPanel } from './backlog-ready.js';
import { accessOf } from '../access.js';

export const STATUSES = ['DRAFT', 'IN_REFINEMENT', 'READY', 'PLANNED', 'IN_PROGRESS', 'DONE', 'REMOVED'];

/** How long typing pauses before the search is sent. */
const DEBOUNCE_MS = 300;

export async function render(main, { product, args }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [teams, access] = await Promise.all([teamsOf(product), accessOf()]);
  const filters = filterControls(teams);
  const list = h('ol', { class: 'backlog', id: 'backlog', 'aria-label': 'Backlog in rank order',
    'aria-describedby': 'reorder-help' });
  const panel = h('aside', { class: 'card panel', id: 'item-panel', 'aria-label': 'Item details' },
    h('p', { class: 'muted' }, 'Select an item to see why it is (not) ready, change it, and see its dependencies, goals, forecast and history.'));
  const total = h('p', { id: 'backlog-total', class: 'muted', 'aria-live': 'polite' });
  const view = { product, teams, access, list, panel, total, filters, items: [], denied: new Map(), picked: new Set() };
  const reorderDenied = access?.reorder(product, teams) ?? null;
  view.reorderDenied = reorderDenied;
  view.refresh = async id => { await load(view); if (id) await openItem(view, id); };
  const search = searchForm(view);
  const backlogTab = h('div', { id: 'backlog-tab', role: 'tabpanel', 'aria-labelledby': 'tab-backlog' },
    search,
    h('p', { id: 'reorder-help', class: 'muted' }, reorderDenied ? `${reorderDenied}: the order is shown, not changed here.`
      : 'Drag a row by its handle, or focus a row and press Alt+Arrow Up / Alt+Arrow Down to move it.'),
    bulkBar(view), total,
    h('div', { class: 'split' }, list, panel));
  const readyTab = readyPanel(view);
  main.replaceChildren(h('h2', {}, `Product backlog · ${product}`),
    createForm(view, item => view.refresh(item.id)),
    tabs([['backlog', 'Backlog', backlogTab], ['ready', 'Ready for planning', readyTab]]),
    backlogTab, readyTab);
  await load(view);
  if (args[0]) await openItem(view, args[0]);
}

function filterControls(teams) {
  const multiple = (id, name, options) => h('select', { id, name, multiple: true, size: Math.min(4, options.length) },
    options.map(([value, text]) => h('option', { value }, text)));
  return {
    q: h('input', { id: 'backlog-search', name: 'q', type: 'search', maxlength: 200, autocomplete: 'off',
      placeholder: 'Key, title, description, criteria' }),
    team: multiple('team-filter', 'team', teams.map(t => [t.key, `${t.key} · ${t.name}`])),
    status: multiple('status-filter', 'status', [...STATUSES.map(s => [s, label(s)]), ['all', 'everything']]),
    type: multiple('type-filter', 'type', TYPES.map(t => [t, label(t)])),
  };
}

/** The search box and filters; a refused value is shown at its control, as the API names it. */
function searchForm(view) {
  const { q, team, status, type } = view.filters;
  const form = h('form', { class: 'toolbar', id: 'backlog-filters', role: 'search', 'aria-label': 'Search and filter the backlog' },
    field('Search', q, { pointer: '#/query/q', hint: 'three characters or more' }),
    field('Teams', team, { pointer: '#/query/team', hint: 'none chosen: all' }),
    field('Statuses', status, { pointer: '#/query/status', hint: 'none chosen: open work' }),
    field('Types', type, { pointer: '#/query/type' }),
    summary('filter-problem'));
  form.addEventListener('submit', event => { event.preventDefault(); reload(view); });
  let timer = null;
  q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => reload(view), DEBOUNCE_MS); });
  [team, status, type].forEach(select => select.addEventListener('change', () => reload(view)));
  view.filterForm = form;
  return form;
}

function reload(view) {
  load(view).then(() => clearErrors(view.filterForm)).catch(error => {
    if (error.status === 400) showErrors(view.filterForm, error);
    else showProblem(error);
  });
}

/** A tab list whose arrow keys move between tabs, as the ARIA tabs pattern has it. */
function tabs(entries) {
  const buttons = entries.map(([id, text, panel], index) => {
    panel.hidden = index !== 0;
    return h('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': panel.id,
      'aria-selected': String(index === 0), tabindex: index === 0 ? 0 : -1 }, text);
  });
  const choose = chosen => buttons.forEach((button, index) => {
    const on = button === chosen;
    button.setAttribute('aria-selected', String(on));
    button.tabIndex = on ? 0 : -1;
    entries[index][2].hidden = !on;
    if (on) entries[index][2].dispatchEvent(new Event('shown'));
  });
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => choose(button));
    button.addEventListener('keydown', event => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
      choose(next);
      next.focus();
    });
  });
  return h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Backlog views' }, buttons);
}

const chosen = select => [...select.selectedOptions].map(option => option.value);

/** The list as the filters ask; the API shows open work unless statuses or `all` are named. */
async function load(view) {
  const { q, team, status, type } = view.filters;
  const query = new URLSearchParams({ size: 500 });
  if (q.value.trim()) query.set('q', q.value.trim());
  chosen(team).forEach(value => query.append('team', value));
  if (chosen(status).includes('all')) query.set('all', 'true');
  else chosen(status).forEach(value => query.append('status', value));
  chosen(type).forEach(value => query.append('type', value));
  const page = await api(`/api/backlog/products/${view.product}/items?${query}`);
  view.items = page.content || [];
  view.total.textContent = totalText(page, view.items.length);
  const shown = new Set(view.items.map(item => item.id));
  [...view.picked].filter(id => !shown.has(id)).forEach(id => view.picked.delete(id));
  view.list.replaceChildren(...(view.items.length ? view.items.map(item => row(view, item))
    : [h('li', { class: 'empty muted' }, 'No items match these filters.')]));
  view.list.dataset.team = chosen(team).join(',');
  view.list.dataset.status = chosen(status).join(',');
  view.list.dataset.type = chosen(type).join(',');
  view.list.dataset.q = q.value.trim();
  selectionChanged(view);
  const selected = view.panel.dataset.itemId;
  if (selected) view.list.querySelector(`li[data-id="${selected}"]`)?.setAttribute('aria-current', 'true');
}

/** How many items match; past its cap (1,000) the API stops counting and says so with `totalIsLowerBound`. */
function totalText(page, shown) {
  const n = page.totalElements ?? shown;
  const total = page.totalIsLowerBound ? `more than ${n.toLocaleString('en')}` : `${n}`;
  return shown < n || page.totalIsLowerBound ? `${shown} of ${total} items shown` : `${n} item${n === 1 ? '' : 's'}`;
}

function row(view, item) {
  const ready = item.readiness?.ready;
  const li = h('li', { tabindex: 0, 'data-id': item.id, 'data-key': item.key },
    pick(view, item),
    h('span', { class: `handle${view.reorderDenied ? ' denied' : ''}`, 'aria-hidden': 'true',
      title: view.reorderDenied || 'Drag to reorder' }, '⠿'),
    h('strong', {}, item.key),
    h('span', {}, item.title, h('span', { class: 'meta' }, h('span', {}, item.type.toLowerCase()),
      h('span', {}, item.teamKey || 'no team'), h('span', {}, item.estimate === null ? 'unestimated' : `${item.estimate} pts`),
      parentOf(view, item))),
    h('span', { class: 'meta' }, h('span', { class: `badge status ${item.status}` }, item.status.replaceAll('_', ' ')),
      h('span', { class: `badge readiness ${ready ? 'ready' : 'not-ready'}` }, ready ? 'ready' : 'not ready')),
    h('span', { class: 'row-error', id: `row-error-${item.id}`, role: 'alert', hidden: true }));
  li.addEventListener('click', event => { if (!event.target.closest('.pick')) openItem(view, item.id); });
  li.addEventListener('keydown', event => onKey(view, li, event));
  li.querySelector('.handle').addEventListener('pointerdown', event => startDrag(view, li, event));
  return li;
}

/** The parent's key, when the parent is among the items listed. */
function parentOf(view, item) {
  const parent = item.parentId && view.items.find(i => i.id === item.parentId);
  return parent ? h('span', { class: 'parent', 'data-parent': parent.key }, `in ${parent.key}`) : null;
}

function onKey(view, li, event) {
  if (event.target !== li) return;
  if (event.key === 'Enter') return openItem(view, li.dataset.id);
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  if (view.reorderDenied) return announce(view.reorderDenied);
  const neighbour = event.key === 'ArrowUp' ? li.previousElementSibling : li.nextElementSibling;
  if (neighbour) move(view, li, neighbour, event.key === 'ArrowUp' ? 'before' : 'after');
}

function startDrag(view, li, down) {
  down.preventDefault();
  if (view.reorderDenied) return announce(view.reorderDenied);
  li.classList.add('dragging');
  let target = null;
  let where = null;
  const mark = event => {
    view.list.querySelectorAll('.drop-before, .drop-after').forEach(n => n.classList.remove('drop-before', 'drop-after'));
    const over = document.elementFromPoint(event.clientX, event.clientY)?.closest('#backlog > li');
    target = over && over !== li ? over : null;
    if (!target) return;
    const box = target.getBoundingClientRect();
    where = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
    target.classList.add(`drop-${where}`);
  };
  const finish = () => {
    document.removeEventListener('pointermove', mark);
    document.removeEventListener('pointerup', finish);
    li.classList.remove('dragging');
    view.list.querySelectorAll('.drop-before, .drop-after').forEach(n => n.classList.remove('drop-before', 'drop-after'));
    if (target) move(view, li, target, where);
  };
  document.addEventListener('pointermove', mark);
  document.addEventListener('pointerup', finish);
}

async function move(view, li, target, where) {
  const item = view.items.find(i => i.id === li.dataset.id);
  try {
    const moved = await api(`/api/backlog/items/${item.id}/move`, {
      method: 'POST', version: item.version, body: { [where]: target.dataset.id } });
    Object.assign(item, moved);
    target.insertAdjacentElement(where === 'before' ? 'beforebegin' : 'afterend', li);
    li.focus();
    announce(`${item.key} moved ${where} ${target.dataset.key}`);
    showProblem(null);
  }
  catch (error) {
    showProblem(error);
  }
}
