// Forecast: per item the P50–P95 range, a burn-up fan with probability bands per upcoming
// Sprint or Release, calibration (how often past P85 held) and a link that downloads the baseline
// as CSV. Forecasts, not commitments.
import { api, teamsOf } from '../api.js';
import { h, table, card, pct, showProblem } from '../ui.js';
import { chart } from '../charts.js';
import { accessOf } from '../access.js';
import { settingsCard, historyCard } from './forecast-baseline.js';
import { scenariosCard } from './forecast-scenarios.js';
import { calibrationBlock } from './forecast-calibration.js';

// The product's baseline is computed by the platform; a product owner's run replaces it, anyone
// else's is a what-if run that is not stored, so the page shows that answer instead of reloading.
export async function render(main, { product, whatIf }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [baseline, calibration, items, teams, access] = await Promise.all([
    whatIf ? null : api(`/api/forecasts/products/${product}`, { optional: true }),
    api(`/api/forecasts/products/${product}/calibration`, { optional: true }),
    // Titles come from the backlog: the forecast names items by key; done and removed ones too.
    api(`/api/backlog/products/${product}/items?size=500&all=true`).catch(() => null),
    teamsOf(product).catch(() => []),
    accessOf(),
  ]);
  const forecast = whatIf || baseline;
  const run = h('button', { type: 'button', id: 'run-forecast' }, 'Run a new forecast');
  run.addEventListener('click', async () => {
    try {
      const answer = await api(`/api/forecasts/products/${product}`, { method: 'POST', body: {} });
      const stored = !(answer?.warnings || []).some(w => w.startsWith('A what-if run'));
      await render(main, { product, whatIf: stored ? null : answer });
    }
    catch (error) {
      showProblem(error);
    }
  });
  const header = [h('h2', {}, `Forecast · ${product}`),
    h('p', { class: 'notice', role: 'note' }, forecast?.notice
      || 'These are forecasts with probabilities, not commitments: they change as the backlog and throughput change.'),
    h('div', { class: 'toolbar' }, run, baseline ? h('a', { id: 'forecast-export', download: '',
      href: `/api/forecasts/products/${encodeURIComponent(product)}/export?format=csv` },
    'Download the baseline as CSV') : null)];
  const reason = access?.manage(product, teams, 'change the baseline settings') ?? null;
  const steering = await baselineCards(product, teams, reason, baseline || forecast);
  if (!forecast) {
    return main.replaceChildren(...header, h('p', { class: 'muted' }, 'No baseline yet: the platform computes one once the product\'s teams have throughput history.'),
      ...steering);
  }
  const fan = h('div', { class: 'chart', id: 'fan-chart', role: 'img',
    'aria-label': 'Burn-up fan chart: items done by each upcoming period at 95, 85, 70 and 50 percent probability' });
  main.replaceChildren(...header,
    h('p', { class: 'muted' }, `${forecast.trials} trials, ${forecast.mode.toLowerCase()} mode, generated `
      + `${new Date(forecast.generatedAt).toLocaleString()}.`),
    h('ul', { class: 'notice', hidden: !(forecast.warnings || []).length }, (forecast.warnings || []).map(w => h('li', {}, w))),
    h('div', { class: 'grid' }, card('Burn-up fan', fan), card('Calibration', calibrationBlock(calibration))),
    card('When items are likely done', itemTable(forecast, titles(items))), ...steering);
  fanChart(fan, forecast.periods || []);
}

/** The baseline's settings and history, and the caller's what-if scenarios compared with it. */
async function baselineCards(product, teams, reason, baseline) {
  const label = index => (index === null || index === undefined) ? 'beyond horizon' : index === 0 ? 'done'
    : baseline?.periods?.find(p => p.index === index)?.label ?? `period ${index}`;
  const [settings, history, scenarios] = await Promise.all([
    unavailable('Baseline settings', settingsCard(product, reason)), unavailable('How the date moved', historyCard(product)),
    unavailable('What-if scenarios', scenariosCard(product, teams, label))]);
  return [h('div', { class: 'grid' }, settings, history), scenarios];
}

/** A card whose read failed says so in its place; the rest of the page still shows. */
async function unavailable(title, pending) {
  try {
    return await pending;
  }
  catch (error) {
    if (error.status === 401) throw error;
    return card(title, h('p', { class: 'muted' }, `Not available right now: ${error.message || error}`));
  }
}

function titles(items) {
  return new Map((items?.content || []).map(item => [item.id, item]));
}

/**
 * Per item the period it is likely done by. Period 0 means done already and says so; an item that
 * can never finish says why (`neverReason`), an epic or feature not broken down yet says how it was
 * sized (`sizedAs`).
 */
function itemTable(forecast, titleOf) {
  const label = index => (index === null || index === undefined) ? 'beyond horizon'
    : forecast.periods.find(p => p.index === index)?.label ?? `period ${index}`;
  const rows = forecast.items.slice(0, 60).map(item => {
    const done = item.p50 === 0;
    const when = done ? [doneCell(), doneCell(), doneCell(), doneCell()]
      : item.neverReason ? [never(item.neverReason), '–', '–', '–']
        : [label(item.p50), label(item.p70), label(item.p85), label(item.p95)];
    return [h('span', {}, h('strong', {}, item.itemKey), ' ', titleOf.get(item.itemId)?.title ?? ''),
      item.teamKey || '–', ...when, h('span', { class: 'muted' }, notes(item, titleOf.get(item.itemId), forecast, label))];
  });
  const shown = table(['Item', 'Team', 'P50', 'P70', 'P85', 'P95', 'Note'], rows, 'Item forecasts');
  shown.id = 'item-forecasts';
  forecast.items.slice(0, 60).forEach((item, i) => { shown.tBodies[0].rows[i]?.setAttribute('data-item-id', item.itemId); });
  return shown;
}

/**
 * What the range alone does not say: how an item was sized by assumption, that an epic or feature is
 * done with its last child, and for an item not likely within the horizon, its chance by the end of it.
 */
function notes(item, backlogItem, forecast, label) {
  const said = [];
  if (item.sizedAs) said.push(`sized as ${item.sizedAs}`);
  if (item.p50 !== 0 && ['EPIC', 'FEATURE'].includes(backlogItem?.type)) said.push('done with its last child');
  const chances = item.probabilityByPeriod || [];
  const last = forecast.periods?.[forecast.periods.length - 1];
  if (item.p50 !== 0 && !item.neverReason && item.p95 == null && chances.length && last) {
    said.push(`${pct(chances[chances.length - 1])} likely by the end of ${label(last.index)}`);
  }
  return said.join('; ');
}

function doneCell() {
  return h('span', { class: 'badge DONE' }, 'done');
}

function never(reason) {
  return h('span', { class: 'never' }, `cannot finish: ${reason}`);
}

// Opaque colours, drawn widest band first: where bands overlap the inner one covers the outer, so
// each band shows exactly its own colour and the legend can name that very colour.
const BANDS = [
  { name: '95%–50%', low: p => p.likely95, color: '#c9d8f0' },
  { name: '85%–50%', low: p => p.likely85, color: '#8eafe3' },
  { name: '70%–50%', low: p => p.likely70, color: '#4f7fcf' },
];
const MEAN = { name: 'mean', color: '#b3261e' };

function fanChart(node, periods) {
  // Each band is an invisible line at its low edge with the band's height stacked on it.
  const band = ({ name, low, color }) => [
    { name, type: 'line', stack: name, data: periods.map(low), lineStyle: { opacity: 0 }, symbol: 'none',
      itemStyle: { color } },
    { name, type: 'line', stack: name, data: periods.map(p => p.likely50 - low(p)), lineStyle: { opacity: 0 },
      symbol: 'none', itemStyle: { color }, areaStyle: { color, opacity: 1 } },
  ];
  chart(node, {
    // Legend items would inherit the bands' invisible edge lines (opacity 0): they name their colour.
    legend: { data: [...BANDS.map(({ name, color }) => ({ name, icon: 'rect', itemStyle: { color, opacity: 1 } })),
      { name: MEAN.name, itemStyle: { color: MEAN.color }, lineStyle: { color: MEAN.color } }] },
    xAxis: { type: 'category', data: periods.map(p => p.label), boundaryGap: false },
    yAxis: { type: 'value', name: 'items done' },
    series: [
      ...BANDS.flatMap(band),
      { name: MEAN.name, type: 'line', data: periods.map(p => Math.round(p.meanDone * 10) / 10),
        itemStyle: { color: MEAN.color }, lineStyle: { color: MEAN.color } },
    ],
  });
}
