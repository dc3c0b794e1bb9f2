// The portfolio's product table: sortable by every column (click or keyboard on its header,
// announced through aria-sort), filtered by text and by "only red", each product a link into its
// backlog. On a narrow screen the rows stack (CSS), so nothing needs a sideways scroll.
import { h, pct, announce } from '../ui.js';

/** Health below this is red, below AMBER amber: the bands the health gauges' alerts use too. */
const RED = 50;
const AMBER = 75;

const number = value => (value === null || value === undefined ? null : Number(value));

const COLUMNS = [
  { id: 'product', title: 'Product', value: r => r.key, cell: productCell },
  { id: 'health', title: 'Health', value: r => number(r.health?.score), cell: healthCell },
  { id: 'weakest', title: 'Weakest part', value: r => number(r.health?.weakestPart?.score), cell: weakestCell },
  { id: 'by-count', title: 'Aligned by count', value: r => number(r.alignment?.overall?.byCount), cell: byCount },
  { id: 'by-effort', title: 'Aligned by effort', value: r => number(r.alignment?.overall?.byEffort), cell: byEffort },
  { id: 'drift', title: 'Largest drift', value: r => absolute(r.alignment?.largestDrift), cell: driftCell },
  { id: 'ready', title: 'Ready depth (sprints)', value: r => number(r.health?.readyDepth), cell: r => fixed(r.health?.readyDepth, 1) },
  { id: 'spread', title: 'Forecast spread (P95/P50)', value: r => number(r.health?.forecastSpread), cell: r => fixed(r.health?.forecastSpread, 2) },
  { id: 'stale', title: 'Stale items', value: r => number(r.health?.staleItems), cell: r => r.health ? String(r.health.staleItems) : '–' },
];

export function portfolioTable(rows, sources) {
  const state = { sort: 'product', direction: 'ascending', text: '', onlyRed: false };
  const body = h('tbody', {});
  const count = h('p', { id: 'portfolio-count', class: 'muted', 'aria-live': 'polite' });
  const headers = COLUMNS.map(column => h('th', { scope: 'col', 'data-column': column.id },
    h('button', { type: 'button', class: 'sort', onclick: () => sortBy(column.id) }, column.title)));
  const draw = () => {
    const shown = rows.filter(row => matches(row, state)).sort(comparator(state));
    body.replaceChildren(...(shown.length ? shown.map(row => rowOf(row, sources))
      : [h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'muted' }, emptyText(rows, state)))]));
    headers.forEach(th => th.setAttribute('aria-sort', th.dataset.column === state.sort ? state.direction : 'none'));
    count.textContent = `${shown.length} of ${rows.length} products shown`;
  };
  const sortBy = id => {
    state.direction = state.sort === id && state.direction === 'ascending' ? 'descending' : 'ascending';
    state.sort = id;
    draw();
    announce(`Sorted by ${COLUMNS.find(c => c.id === id).title}, ${state.direction}`);
  };
  const filter = h('input', { id: 'portfolio-filter', type: 'search', placeholder: 'Key or name',
    oninput: event => { state.text = event.target.value.trim().toLowerCase(); draw(); } });
  const onlyRed = h('input', { id: 'portfolio-only-red', type: 'checkbox',
    onchange: event => { state.onlyRed = event.target.checked; draw(); } });
  draw();
  return h('section', { class: 'card portfolio-products', 'aria-label': 'Products' },
    h('div', { class: 'toolbar' },
      h('label', { for: 'portfolio-filter' }, 'Filter products', filter),
      h('label', { class: 'check', for: 'portfolio-only-red' }, onlyRed, `Only red (health below ${RED})`),
      count),
    h('table', { id: 'portfolio-table', class: 'portfolio' },
      h('caption', { class: 'visually-hidden' }, 'Products with refinement health and alignment; column headers sort'),
      h('thead', {}, h('tr', {}, headers)), body));
}

function matches(row, { text, onlyRed }) {
  if (onlyRed && !(row.health && row.health.score < RED)) return false;
  return !text || row.key.toLowerCase().includes(text) || (row.name || '').toLowerCase().includes(text);
}

/** Sorts by the chosen column; products without a value go last either way, then by key. */
function comparator({ sort, direction }) {
  const column = COLUMNS.find(c => c.id === sort);
  const sign = direction === 'ascending' ? 1 : -1;
  return (a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x === null || y === null) return x === y ? a.key.localeCompare(b.key) : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y) : x - y;
    return order === 0 ? a.key.localeCompare(b.key) : sign * order;
  };
}

function emptyText(rows, state) {
  if (!rows.length) return 'No data yet — you see no product; a product owner or administrator can grant access.';
  return state.onlyRed ? 'No product matches: none is red.' : 'No product matches the filter.';
}

function rowOf(row, sources) {
  const band = !row.health ? 'none' : row.health.score < RED ? 'red' : row.health.score < AMBER ? 'amber' : 'green';
  return h('tr', { 'data-product': row.key, 'data-band': band },
    COLUMNS.map(column => h('td', { 'data-label': column.title }, h('span', {}, column.cell(row, sources)))));
}

/** The drill-down: the product becomes the chosen one and its backlog opens, in one render. */
function productCell(row) {
  return h('a', { href: '#/backlog', class: 'drill', onclick: event => {
    event.preventDefault();
    const select = document.getElementById('product');
    select.value = row.key;
    history.pushState(null, '', '#/backlog');
    select.dispatchEvent(new Event('change'));
  } }, h('strong', {}, row.key), ' ', h('span', { class: 'muted' }, row.name));
}

function healthCell(row, sources) {
  if (!row.health) return h('span', { class: 'muted' }, sources.health ? 'not computed yet' : '–');
  const band = row.health.score < RED ? 'red' : row.health.score < AMBER ? 'amber' : 'green';
  return h('span', { class: `health-score ${band}` }, String(row.health.score),
    h('span', { class: 'visually-hidden' }, ` of 100, ${band}`));
}

function weakestCell(row) {
  const part = row.health?.weakestPart;
  if (!part) return h('span', { class: 'muted' }, row.health ? 'no part has data yet' : '–');
  return h('span', {}, h('strong', {}, `${part.part.replaceAll('_', ' ').toLowerCase()} ${part.score}`),
    h('br'), h('span', { class: 'why' }, part.explanation));
}

function byCount(row) {
  const overall = row.alignment?.overall;
  if (!overall) return '–';
  if (!overall.items) return h('span', { class: 'muted' }, 'no open work');
  return `${pct(overall.byCount)} (${overall.alignedItems}/${overall.items})`;
}

/** The share, and the product's whole alignment summary (teams, goals, every unaligned item) as CSV. */
function byEffort(row) {
  if (!row.alignment?.overall) return '–';
  return h('span', {}, pct(row.alignment.overall.byEffort), ' ', h('a', { class: 'alignment-export', download: '',
    href: `/api/alignment/products/${encodeURIComponent(row.key)}/export?format=csv`,
    'aria-label': `Download the alignment of ${row.key} as CSV` }, 'CSV'));
}

function driftCell(row) {
  const a = row.alignment;
  if (!a || a.largestDrift === null || a.largestDrift === undefined) return '–';
  const sign = Number(a.largestDrift) > 0 ? '+' : '';
  return h('span', {}, `${sign}${pct(a.largestDrift)}`, h('br'), h('span', { class: 'why' }, a.largestDriftTheme || ''));
}

function absolute(value) {
  return value === null || value === undefined ? null : Math.abs(Number(value));
}

function fixed(value, digits) {
  return value === null || value === undefined ? '–' : Number(value).toFixed(digits);
}
