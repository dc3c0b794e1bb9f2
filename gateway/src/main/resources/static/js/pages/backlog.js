// Product backlog: the shared ordered backlog, filtered by team, status and type, reordered by
// dragging a row's handle (pointer events, so mouse, pen and touch behave alike) or with
// Alt+ArrowUp/Down; new items are created above the list, each item is changed in its panel.
import { api } from '../api.js';
import { h, announce, showProblem } from '../ui.js';
import { label } from '../forms.js';
import { openItem } from './item-panel.js';
import { createForm, TYPES } from './backlog-create.js';
import { accessOf } from '../access.js';

const STATUSES = ['DRAFT', 'IN_REFINEMENT', 'READY', 'PLANNED', 'IN_PROGRESS', 'DONE', 'REMOVED'];

export async function render(main, { product, args }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [teams, access] = await Promise.all([api(`/api/backlog/products/${product}/teams`), accessOf()]);
  const filters = {
    team: h('select', { id: 'team-filter', name: 'team' }, h('option', { value: '' }, 'All teams'),
      teams.map(t => h('option', { value: t.key }, `${t.key} · ${t.name}`))),
    status: h('select', { id: 'status-filter', name: 'status' }, h('option', { value: '' }, 'Open work'),
      STATUSES.map(s => h('option', { value: s }, label(s))), h('option', { value: 'all' }, 'Everything, also done and removed')),
    type: h('select', { id: 'type-filter', name: 'type' }, h('option', { value: '' }, 'All types'),
      TYPES.map(t => h('option', { value: t }, label(t)))),
  };
  const list = h('ol', { class: 'backlog', id: 'backlog', 'aria-label': 'Backlog in rank order',
    'aria-describedby': 'reorder-help' });
  const panel = h('aside', { class: 'card panel', id: 'item-panel', 'aria-label': 'Item details' },
    h('p', { class: 'muted' }, 'Select an item to see why it is (not) ready, change it, and see its dependencies, goals, forecast and history.'));
  const view = { product, teams, access, list, panel, filters, items: [], denied: new Map() };
  const reorderDenied = access?.reorder(product, teams) ?? null;
  view.reorderDenied = reorderDenied;
  view.refresh = async id => { await load(view); if (id) await openItem(view, id); };
  main.replaceChildren(h('h2', {}, `Product backlog · ${product}`),
    createForm(view, item => view.refresh(item.id)),
    h('div', { class: 'toolbar' },
      h('label', { for: 'team-filter' }, 'Team', filters.team),
      h('label', { for: 'status-filter' }, 'Status', filters.status),
      h('label', { for: 'type-filter' }, 'Type', filters.type),
      h('p', { id: 'reorder-help', class: 'muted' }, reorderDenied ? `${reorderDenied}: the order is shown, not changed here.`
        : 'Drag a row by its handle, or focus a row and press Alt+Arrow Up / Alt+Arrow Down to move it.')),
    h('div', { class: 'split' }, list, panel));
  Object.values(filters).forEach(select => select.addEventListener('change', () => load(view).catch(showProblem)));
  await load(view);
  if (args[0]) await openItem(view, args[0]);
}

/** The list as the filters ask; the API shows open work unless a status or `all` is named. */
async function load(view) {
  const { team, status, type } = view.filters;
  const query = new URLSearchParams({ size: 500 });
  if (team.value) query.set('team', team.value);
  if (status.value === 'all') query.set('all', 'true');
  else if (status.value) query.set('status', status.value);
  if (type.value) query.set('type', type.value);
  const page = await api(`/api/backlog/products/${view.product}/items?${query}`);
  view.items = page.content || [];
  view.list.replaceChildren(...(view.items.length ? view.items.map(item => row(view, item))
    : [h('li', { class: 'empty muted' }, 'No items match these filters.')]));
  view.list.dataset.team = team.value;
  view.list.dataset.status = status.value;
  view.list.dataset.type = type.value;
  const selected = view.panel.dataset.itemId;
  if (selected) view.list.querySelector(`li[data-id="${selected}"]`)?.setAttribute('aria-current', 'true');
}

function row(view, item) {
  const ready = item.readiness?.ready;
  const li = h('li', { tabindex: 0, 'data-id': item.id, 'data-key': item.key },
    h('span', { class: `handle${view.reorderDenied ? ' denied' : ''}`, 'aria-hidden': 'true',
      title: view.reorderDenied || 'Drag to reorder' }, '⠿'),
    h('strong', {}, item.key),
    h('span', {}, item.title, h('span', { class: 'meta' }, h('span', {}, item.type.toLowerCase()),
      h('span', {}, item.teamKey || 'no team'), h('span', {}, item.estimate === null ? 'unestimated' : `${item.estimate} pts`),
      parentOf(view, item))),
    h('span', { class: 'meta' }, h('span', { class: `badge status ${item.status}` }, item.status.replaceAll('_', ' ')),
      h('span', { class: `badge readiness ${ready ? 'ready' : 'not-ready'}` }, ready ? 'ready' : 'not ready')));
  li.addEventListener('click', () => openItem(view, item.id));
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
