// Forecast: per item the P50–P95 range, a burn-up fan with probability bands per upcoming
// Sprint or Release, and calibration (how often past P85 held). Forecasts, not commitments.
import { api } from '../api.js';
import { h, table, card, pct, showProblem } from '../ui.js';
import { chart } from '../charts.js';

export async function render(main, { product }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [forecast, calibration] = await Promise.all([
    api(`/api/forecasts/products/${product}`, { optional: true }),
    api(`/api/forecasts/products/${product}/calibration`, { optional: true }),
  ]);
  const run = h('button', { type: 'button', id: 'run-forecast' }, 'Run a new forecast');
  run.addEventListener('click', async () => {
    try {
      await api(`/api/forecasts/products/${product}`, { method: 'POST', body: {} });
      await render(main, { product });
    }
    catch (error) {
      showProblem(error);
    }
  });
  const header = [h('h2', {}, `Forecast · ${product}`),
    h('p', { class: 'notice', role: 'note' }, forecast?.notice
      || 'These are forecasts with probabilities, not commitments: they change as the backlog and throughput change.'),
    h('div', { class: 'toolbar' }, run)];
  if (!forecast) {
    return main.replaceChildren(...header, h('p', { class: 'muted' }, 'No forecast has been computed for this product yet.'));
  }
  const fan = h('div', { class: 'chart', id: 'fan-chart', role: 'img',
    'aria-label': 'Burn-up fan chart: items done by each upcoming period at 95, 85, 70 and 50 percent probability' });
  main.replaceChildren(...header,
    h('p', { class: 'muted' }, `${forecast.trials} trials, ${forecast.mode.toLowerCase()} mode, generated `
      + `${new Date(forecast.generatedAt).toLocaleString()}.`),
    h('ul', { class: 'notice', hidden: !(forecast.warnings || []).length }, (forecast.warnings || []).map(w => h('li', {}, w))),
    h('div', { class: 'grid' }, card('Burn-up fan', fan), card('Calibration', calibrationBlock(calibration))),
    card('When items are likely done', itemTable(forecast)));
  fanChart(fan, forecast.periods || []);
}

function itemTable(forecast) {
  const label = index => (index === null || index === undefined) ? 'beyond horizon'
    : forecast.periods.find(p => p.index === index)?.label ?? `period ${index}`;
  return table(['Item', 'Team', 'P50', 'P70', 'P85', 'P95'], forecast.items.slice(0, 60).map(item =>
    [item.itemKey, item.teamKey || '–', label(item.p50), label(item.p70), label(item.p85), label(item.p95)]), 'Item forecasts');
}

function calibrationBlock(calibration) {
  if (!calibration) return h('p', { class: 'muted', id: 'calibration' }, 'Calibration not available yet.');
  const rows = Object.entries(calibration).filter(([, v]) => v === null || typeof v !== 'object')
    .map(([name, value]) => [name.replace(/([A-Z])/g, ' $1').toLowerCase(),
      typeof value === 'number' && value <= 1 && /ratio|rate|share|held/i.test(name) ? pct(value) : String(value ?? '–')]);
  const block = table(['Measure', 'Value'], rows, 'Calibration');
  block.id = 'calibration';
  return block;
}

function fanChart(node, periods) {
  const x = periods.map(p => p.label);
  const band = (name, low, high, opacity) => [
    { name, type: 'line', stack: name, data: periods.map(low), lineStyle: { opacity: 0 }, symbol: 'none' },
    { name, type: 'line', stack: name, data: periods.map(p => high(p) - low(p)), lineStyle: { opacity: 0 },
      symbol: 'none', areaStyle: { color: '#1f5fbf', opacity } },
  ];
  chart(node, {
    legend: { data: ['95%–50%', '85%–50%', '70%–50%', 'mean'] },
    xAxis: { type: 'category', data: x, boundaryGap: false },
    yAxis: { type: 'value', name: 'items done' },
    series: [
      ...band('95%–50%', p => p.likely95, p => p.likely50, 0.15),
      ...band('85%–50%', p => p.likely85, p => p.likely50, 0.2),
      ...band('70%–50%', p => p.likely70, p => p.likely50, 0.3),
      { name: 'mean', type: 'line', data: periods.map(p => Math.round(p.meanDone * 10) / 10), color: '#b3261e' },
    ],
  });
}
