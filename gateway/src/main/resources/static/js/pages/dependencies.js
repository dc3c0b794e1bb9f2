// Dependencies: who needs whom (team × team), ordering conflicts, blocked items, the critical
// path, a graph of one item's neighbourhood (its prerequisites and dependents, two steps), and a
// link that downloads every dependency of the product as CSV.
import { api } from '../api.js';
import { h, table, card } from '../ui.js';
import { chart } from '../charts.js';

export async function render(main, { product, args }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [analysis, page] = await Promise.all([
    api(`/api/dependencies/products/${product}/analysis`),
    api(`/api/dependencies?product=${product}&size=500`),
  ]);
  const edges = page.content || [];
  const keys = [...new Set(edges.flatMap(d => [d.dependentItemKey, d.prerequisiteItemKey]))].sort();
  const picker = h('select', { id: 'neighbourhood-item', name: 'item' },
    keys.map(key => h('option', { value: key, selected: key === args[0] }, key)));
  const graph = h('div', { class: 'chart', id: 'neighbourhood', role: 'img',
    'aria-label': 'Dependency graph around the chosen item' });
  main.replaceChildren(h('h2', {}, `Dependencies · ${product}`),
    h('p', {}, `${analysis.openDependencies} open dependencies; the oldest has been open ${analysis.oldestOpenDays} days.`),
    h('p', {}, h('a', { id: 'dependencies-export', download: '',
      href: `/api/dependencies/products/${encodeURIComponent(product)}/export?format=csv` },
    'Download every dependency as CSV'), ' — both ends with key, title and team, status and dates.'),
    h('div', { class: 'grid' },
      scrolling('Team × team (row needs column)', matrix(analysis.teamMatrix || {})),
      scrolling('Ordering conflicts', table(['Conflict', 'Dependent', 'Prerequisite'], (analysis.orderingConflicts || [])
        .map(c => [c.kind.replaceAll('_', ' ').toLowerCase(), ref(c.dependent), ref(c.prerequisite)]), 'Ordering conflicts')),
      scrolling('Blocked items', table(['Item', 'Waiting for'], (analysis.blockedItems || [])
        .map(b => [ref(b.item), h('span', {}, b.waitingFor.flatMap((w, i) => i ? [', ', ref(w)] : [ref(w)]))]), 'Blocked items')),
      card('Critical path', criticalPath(analysis.criticalPath)),
      card('Neighbourhood of one item', h('label', { for: 'neighbourhood-item' }, 'Item ', picker), graph)));
  const draw = () => neighbourhood(graph, edges, picker.value);
  picker.addEventListener('change', draw);
  if (keys.length) draw();
}

/** An item as a link to it in the backlog, with its team. */
function ref(item) {
  if (!item) return '–';
  return h('span', {}, h('a', { href: `#/backlog/${item.itemId}` }, item.itemKey), ` (${item.teamKey || 'no team'})`);
}

/** A card whose table may be wider than the screen: it scrolls, so the keyboard must reach it. */
function scrolling(title, content) {
  const section = card(title, content);
  section.setAttribute('tabindex', '0');
  return section;
}

function matrix(teamMatrix) {
  const teams = [...new Set([...Object.keys(teamMatrix), ...Object.values(teamMatrix).flatMap(Object.keys)])].sort();
  if (!teams.length) return h('p', { class: 'muted' }, 'No dependencies between teams.');
  return h('table', { class: 'matrix', id: 'team-matrix' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'needs →'), teams.map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, teams.map(row => h('tr', {}, h('th', { scope: 'row' }, row),
      teams.map(col => h('td', {}, teamMatrix[row]?.[col] || ''))))));
}

function criticalPath(path) {
  if (!path || !path.items?.length) return h('p', { class: 'muted' }, 'No chain of blocking dependencies.');
  return h('div', {}, h('p', {}, `${path.items.length} items, ${path.points} points in sequence:`),
    h('ol', { id: 'critical-path' }, path.items.map(item => h('li', {}, ref(item)))));
}

function neighbourhood(node, edges, center) {
  const near = new Set([center]);
  for (let step = 0; step < 2; step++) {
    edges.filter(d => near.has(d.dependentItemKey) || near.has(d.prerequisiteItemKey))
      .forEach(d => { near.add(d.dependentItemKey); near.add(d.prerequisiteItemKey); });
  }
  const links = edges.filter(d => near.has(d.dependentItemKey) && near.has(d.prerequisiteItemKey));
  chart(node, {
    series: [{
      type: 'graph', layout: 'force', roam: true, force: { repulsion: 220, edgeLength: 90 },
      label: { show: true }, edgeSymbol: ['none', 'arrow'],
      data: [...near].map(key => ({ name: key, symbolSize: key === center ? 46 : 30,
        itemStyle: { color: key === center ? '#1f5fbf' : '#8aa4cc' } })),
      links: links.map(d => ({ source: d.prerequisiteItemKey, target: d.dependentItemKey,
        lineStyle: { type: d.type === 'BLOCKS' ? 'solid' : 'dashed' } })),
    }],
  });
}
