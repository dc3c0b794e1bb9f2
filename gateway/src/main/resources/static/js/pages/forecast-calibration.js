// Calibration: how often the forecasts' P50, P85 and P95 held, by every check the forecast service
// makes. The baseline re-run as of the product's last periods and the teams' throughput re-run
// judge the model from the first day; stored baselines can only be judged once their periods have
// ended, so on a young product that row alone would say nothing.
import { h, table, pct } from '../ui.js';

const TARGETS = [0.5, 0.85, 0.95];

// The service answers without a re-run while it is running as many forecasts as it admits.
const BUSY = '– (not run: the forecast service was busy; reload to try again)';

/** The calibration card's content, named in the forecast service's terms (`Calibration`). */
export function calibrationBlock(calibration) {
  if (!calibration) return h('p', { class: 'muted', id: 'calibration' }, 'Calibration not available yet.');
  const rows = [itemRow(calibration.itemBacktest), expectedRow(calibration.itemBacktest), teamRow(calibration.backtest),
    teamExpectedRow(calibration.backtest), storedRow(calibration), ['A calibrated forecast holds', '', ...TARGETS.map(pct)]]
    .filter(Boolean);
  const checks = table(['Check', 'Judged', 'P50 held', 'P85 held', 'P95 held'], rows, 'Calibration');
  checks.classList.add('compact');
  const block = h('div', { id: 'calibration' },
    h('p', { class: 'muted' }, calibration.notice ?? 'How often past forecasts held.'),
    checks,
    h('p', { class: 'muted', id: 'calibration-whole-periods' }, 'Periods and items are whole: a P50 period is the '
      + 'first by which at least half the trials were done, so the forecast itself gives more than a 50 % chance '
      + 'of being done by then, and a team\u2019s P85 is a whole number of items. Compare each check with what its '
      + 'forecasts expected rather than with 50, 85 and 95 %.'),
    byDate(calibration.itemBacktest),
    byTeam(calibration.backtest),
    calibration.method ? h('details', {}, h('summary', {}, 'How each check judges'), h('p', {}, calibration.method))
      : null);
  return block;
}

function itemRow(backtest) {
  if (!backtest) return ['Baseline re-run as of the last periods', BUSY, '–', '–', '–'];
  const check = `Baseline re-run as of each of the last ${backtest.periods} periods`;
  return [check, judged(backtest.percentiles), ...shares(backtest.percentiles)];
}

/** What the re-run's forecasts gave themselves, by the same periods: a calibrated re-run holds about this often. */
function expectedRow(backtest) {
  const percentiles = backtest?.percentiles ?? [];
  if (!percentiles.some(p => p.evaluated && p.expected !== null && p.expected !== undefined)) return null;
  return ['\u21b3 what its forecasts expected', 'same items', ...[50, 85, 95].map(percentile => {
    const found = percentiles.find(p => p.percentile === percentile);
    return found && found.evaluated ? pct(found.expected) : '–';
  })];
}

function teamRow(backtest) {
  const check = 'Team throughput, each team\u2019s last periods';
  if (!backtest) return [check, BUSY, '–', '–', '–'];
  const count = backtest.judged ?? 0;
  return [check, count === 0 ? 'none yet' : `${count} team ${count === 1 ? 'period' : 'periods'}`,
    ...[backtest.heldP50, backtest.heldP85, backtest.heldP95].map(share => count ? pct(share) : '–')];
}

/** The throughput forecasts' own chances of reaching their whole counts: a calibrated check holds about this often. */
function teamExpectedRow(backtest) {
  const expected = [backtest?.expectedP50, backtest?.expectedP85, backtest?.expectedP95];
  if (!backtest?.judged || expected.some(share => share === null || share === undefined)) return null;
  return ['\u21b3 what its forecasts expected', 'same periods', ...expected.map(pct)];
}

/** Stored baselines whose periods have ended; older answers name the P85 alone. */
function storedRow(calibration) {
  const check = 'Stored baselines whose period has ended';
  const percentiles = calibration.percentiles || [];
  if (percentiles.length) return [check, judged(percentiles), ...shares(percentiles)];
  const count = calibration.evaluated ?? 0;
  return [check, count ? `${count} items` : 'nothing to judge yet', '–', count ? pct(calibration.share) : '–', '–'];
}

function judged(percentiles) {
  const count = Math.max(0, ...percentiles.map(p => p.evaluated ?? 0));
  return count === 0 ? 'nothing to judge yet' : `${count} item${count === 1 ? '' : 's'}`;
}

/** Each percentile's held share, with what the forecasts expected where asked (the date-by-date table). */
function shares(percentiles, withExpected = false) {
  return [50, 85, 95].map(percentile => {
    const found = percentiles.find(p => p.percentile === percentile);
    if (!found || !found.evaluated) return '–';
    const known = withExpected && found.expected !== null && found.expected !== undefined;
    return heldText(found.share, found.held, found.evaluated, known ? found.expected : null);
  });
}

/** "71.1% (217 of 305; expected 70.9%)": a held share with its counts, and what was expected where known. */
function heldText(share, held, judged, expected) {
  const besides = expected === null ? '' : `; expected ${pct(expected)}`;
  return `${pct(share)} (${held} of ${judged}${besides})`;
}

/** The baseline re-run per as-of date, for a product owner who wants to see where it missed. */
function byDate(backtest) {
  if (!backtest?.asOf?.length) return null;
  const rows = backtest.asOf.map(run => [run.period || run.date, run.date,
    run.skipped ? h('span', { class: 'muted' }, run.skipped) : String(run.open),
    ...(run.skipped ? ['–', '–', '–'] : shares(run.percentiles, true))]);
  const shown = table(['Period', 'As of', 'Open items', 'P50 held', 'P85 held', 'P95 held'], rows,
    'Baseline re-run per date');
  shown.classList.add('compact');
  return h('details', { id: 'calibration-by-date' }, h('summary', {}, 'The re-run, date by date'), shown);
}

/**
 * The throughput check per team: which team's forecasts miss, and by how much against what they
 * expected. Six periods a team is few, so each share comes with its counts.
 */
function byTeam(backtest) {
  if (!backtest?.periods?.length) return null;
  const teams = Map.groupBy(backtest.periods, period => period.teamKey);
  const rows = [...teams.keys()].sort().map(team => {
    const periods = teams.get(team);
    return [team, String(periods.length), ...['P50', 'P85', 'P95'].map(figure => {
      const held = periods.filter(period => period[`held${figure}`]).length;
      const expected = periods.reduce((sum, period) => sum + period[`expected${figure}`], 0) / periods.length;
      return heldText(held / periods.length, held, periods.length, expected);
    })];
  });
  const shown = table(['Team', 'Periods', 'P50 held', 'P85 held', 'P95 held'], rows, 'Team throughput per team');
  shown.classList.add('compact');
  return h('details', { id: 'calibration-by-team' }, h('summary', {}, 'The teams\u2019 throughput, team by team'), shown);
}
