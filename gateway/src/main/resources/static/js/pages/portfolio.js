// Portfolio: every visible product in one sortable, filterable table (refinement health with its
// weakest part, alignment by count and by effort, drift, ready depth, forecast spread, stale
// items), the alignment trend and the investment per theme. Two aggregate requests, whatever the
// number of products: the page must stay fast and whole at 50 products and more.
import { api } from '../api.js';
import { h, pct, table, card } from '../ui.js';
import { chart } from '../charts.js';
import { portfolioTable } from './portfolio-table.js';

/** The most products one page of health lists; beyond it the page says how many it left out. */
const HEALTH_PAGE = 500;

/** The page's two aggregates; on a first load the shell starts them beside the product list. */
export function prefetch() {
  return Promise.allSettled([
    api('/api/alignment/portfolio'),
    api(`/api/backlog/portfolio/health?size=${HEALTH_PAGE}`),
  ]);
}

export async function render(main, { products, prefetched }) {
  const [alignment, health] = await (prefetched || prefetch());
  const portfolio = alignment.status === 'fulfilled' ? alignment.value : null;
  const healthPage = health.status === 'fulfilled' ? health.value : null;
  const rows = merge(products, healthPage?.content || [], portfolio?.products || []);
  const trend = portfolio?.trend || [];
  const themes = portfolio?.themes || [];
  main.replaceChildren(...[
    h('h2', {}, 'Portfolio'),
    unavailable('Refinement health', health), unavailable('Alignment', alignment),
    leftOut(healthPage),
    portfolioTable(rows, { health: !!healthPage, alignment: !!portfolio }),
    h('div', { class: 'grid portfolio-charts' },
      card('Alignment trend', chartOrWhy('trend-chart', 'Alignment ratio trend over time', trend.length,
        trendWhy(portfolio, rows))),
      card('Investment per theme vs target', chartOrWhy('investment-chart', 'Investment per theme against target',
        themes.length, themesWhy(portfolio, rows)), themes.length ? themeTable(themes) : null)),
  ].filter(Boolean));
  performance.mark('portfolio-table');
  if (trend.length) trendChart(document.getElementById('trend-chart'), trend);
  if (themes.length) investmentChart(document.getElementById('investment-chart'), themes);
  // The moment the table and the charts stand, for the page-load benchmark (docs/benchmarks.md).
  performance.mark('portfolio-rendered');
}

/** One row per product: the product list, its health and its alignment figures joined by key. */
function merge(products, health, alignment) {
  const rows = new Map();
  const row = key => rows.get(key) || rows.set(key, { key, name: key, health: null, alignment: null }).get(key);
  products.forEach(p => { row(p.key).name = p.name; });
  health.forEach(entry => Object.assign(row(entry.productKey), { name: entry.name, health: entry }));
  alignment.forEach(figures => { row(figures.productKey).alignment = figures; });
  return [...rows.values()];
}

function unavailable(what, settled) {
  if (settled.status === 'fulfilled') return null;
  return h('p', { class: 'notice' }, `${what} is not available right now: ${settled.reason?.message || settled.reason}`);
}

function leftOut(page) {
  if (!page || page.totalElements <= page.content.length) return null;
  return h('p', { class: 'notice' },
    `Refinement health is shown for the first ${page.content.length} of ${page.totalElements} products, by key.`);
}

/** A chart's container, or, when there is nothing to draw, what is missing and why. */
function chartOrWhy(id, label, points, why) {
  if (points) return h('div', { id, class: 'chart', role: 'img', 'aria-label': label });
  return h('p', { id, class: 'empty muted' }, `No data yet — ${why}`);
}

function trendWhy(portfolio, rows) {
  if (!portfolio) return 'the alignment service did not answer.';
  if (!rows.length) return 'you see no product yet.';
  return 'alignment takes one snapshot per product and day (hourly at five past, UTC) and back-fills earlier days '
    + 'in the background; the trend starts with the first snapshot of a visible product.';
}

function themesWhy(portfolio, rows) {
  if (!portfolio) return 'the alignment service did not answer.';
  if (!rows.length) return 'you see no product yet.';
  return 'no theme has a portfolio target yet; portfolio managers set one on a theme under alignment goals.';
}

function themeTable(themes) {
  return table(['Theme', 'Target', 'Actual', 'Drift'],
    themes.map(t => [t.title, pct(t.target), pct(t.actual), t.drift === null ? '–' : pct(t.drift)]), 'Themes');
}

function trendChart(node, trend) {
  chart(node, {
    legend: { data: ['by count', 'by effort'] },
    grid: { left: 48, right: 16, containLabel: true },
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
    grid: { left: 48, right: 16, containLabel: true },
    xAxis: { type: 'category', data: themes.map(t => t.title), axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
    yAxis: { type: 'value', axisLabel: { formatter: v => `${Math.round(v * 100)}%` } },
    series: [
      { name: 'target', type: 'bar', data: themes.map(t => Number(t.target)) },
      { name: 'actual', type: 'bar', data: themes.map(t => t.actual === null ? 0 : Number(t.actual)) },
    ],
  });
}
