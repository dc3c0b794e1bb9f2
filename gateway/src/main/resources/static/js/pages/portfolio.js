// Portfolio: per visible product the refinement-health score and its parts, alignment,
// investment per theme against its target, goals without work and the top unaligned items.
import { api } from '../api.js';
import { h, pct, table, card } from '../ui.js';
import { chart } from '../charts.js';

export async function render(main, { products }) {
  const [portfolio, perProduct] = await Promise.all([
    api('/api/alignment/portfolio'),
    Promise.all(products.map(async p => ({
      product: p,
      health: await api(`/api/backlog/products/${p.key}/health`, { optional: true }),
      summary: await api(`/api/alignment/products/${p.key}/summary`, { optional: true }),
    }))),
  ]);
  const trend = h('div', { class: 'chart', role: 'img', 'aria-label': 'Alignment ratio trend over time' });
  const investment = h('div', { class: 'chart', role: 'img', 'aria-label': 'Investment per theme against target' });
  main.replaceChildren(
    h('h2', {}, 'Portfolio'),
    h('div', { class: 'grid' }, perProduct.map(productCard)),
    h('div', { class: 'grid' },
      card('Alignment trend', trend),
      card('Investment per theme vs target', investment, themeTable(portfolio.themes || []))));
  trendChart(trend, portfolio.trend || []);
  investmentChart(investment, portfolio.themes || []);
}

function productCard({ product, health, summary }) {
  return h('section', { class: 'card product', 'data-product': product.key, 'aria-label': product.name },
    h('h3', {}, `${product.key} · ${product.name}`),
    healthBlock(health),
    summary ? alignmentBlock(summary) : h('p', { class: 'muted' }, 'Alignment not available yet.'));
}

function healthBlock(health) {
  if (!health) return h('p', { class: 'muted health' }, 'Refinement health: not available yet.');
  return h('div', { class: 'health' },
    h('p', {}, 'Refinement health ', h('span', { class: 'score' }, health.score), ' / 100'),
    table(['Part', 'Score', 'Value', 'Why'], (health.parts || []).map(part => [
      part.part.replaceAll('_', ' ').toLowerCase(), `${part.score ?? '–'} (weight ${part.weight})`,
      part.value === null || part.value === undefined ? '–' : `${part.value} ${part.unit || ''}`, part.explanation || '']),
      'Health parts'));
}

function alignmentBlock(summary) {
  const overall = summary.overall || {};
  return h('div', { class: 'alignment' },
    h('p', {}, `Aligned: ${pct(overall.byCount)} of items (${overall.alignedItems}/${overall.items}), `
      + `${pct(overall.byEffort)} of effort`),
    h('h4', {}, 'Goals without work'),
    h('ul', {}, (summary.goalsWithoutWork || []).length
      ? summary.goalsWithoutWork.map(goal => h('li', {}, `${goal.title} (${goal.level.toLowerCase()})`))
      : h('li', { class: 'muted' }, 'Every goal has work')),
    h('h4', {}, 'Top unaligned items'),
    h('ol', {}, (summary.unaligned || []).slice(0, 5).map(item =>
      h('li', {}, h('a', { href: `#/backlog/${item.id}` }, item.key), ` ${item.title} `,
        h('span', { class: 'muted' }, item.teamKey || '')))));
}

function themeTable(themes) {
  return table(['Theme', 'Target', 'Actual', 'Drift'],
    themes.map(t => [t.title, pct(t.target), pct(t.actual), t.drift === null ? '–' : pct(t.drift)]), 'Themes');
}

function trendChart(node, trend) {
  chart(node, {
    legend: { data: ['by count', 'by effort'] },
    xAxis: { type: 'category', data: trend.map(p => p.day) },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: v => `${Math.round(v * 100)}%` } },
    series: [
      { name: 'by count', type: 'line', data: trend.map(p => Number(p.byCount)) },
      { name: 'by effort', type: 'line', data: trend.map(p => Number(p.byEffort)) },
    ],
  });
}

function investmentChart(node, themes) {
  chart(node, {
    legend: { data: ['target', 'actual'] },
    xAxis: { type: 'category', data: themes.map(t => t.title), axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
    yAxis: { type: 'value', axisLabel: { formatter: v => `${Math.round(v * 100)}%` } },
    series: [
      { name: 'target', type: 'bar', data: themes.map(t => Number(t.target)) },
      { name: 'actual', type: 'bar', data: themes.map(t => t.actual === null ? 0 : Number(t.actual)) },
    ],
  });
}
