// The product's baseline as its owner steers it: the settings the platform computes it with
// (trials, unit, horizon, history window; owners and administrators change them with the version
// they saw) and how the likely dates of the top items moved from one stored baseline to the next.
import { api, ApiError } from '../api.js';
import { h, table, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { reasonNote, disableWithReason } from '../access.js';

const MODES = { COUNT: 'Item count', POINTS: 'Story points' };

/** The settings card; `reason` says why the caller may not change them (null: they may). */
export async function settingsCard(product, reason) {
  const settings = await api(`/api/forecasts/products/${product}/forecast-settings`);
  const view = { product, reason, section: null };
  view.section = settingsSection(view, settings);
  return view.section;
}

function settingsSection(view, settings) {
  const form = settingsForm(view, settings);
  const section = h('section', { class: 'card', id: 'baseline-settings', 'aria-labelledby': 'baseline-settings-title' },
    h('h3', { id: 'baseline-settings-title' }, 'Baseline settings'),
    view.reason ? reasonNote('baseline-settings-denied',
      `You may not change the baseline settings of ${view.product}: ${view.reason}.`) : null,
    form);
  if (view.reason) disableWithReason(form, view.reason, 'baseline-settings-denied');
  return section;
}

function settingsForm(view, settings) {
  const number = (id, value, min, max) => h('input', { id, type: 'number', min, max, step: 1, value: value ?? '' });
  const trials = number('baseline-trials', settings.trials, 100, 100000);
  const mode = h('select', { id: 'baseline-mode' }, Object.entries(MODES).map(([value, words]) => h('option', { value }, words)));
  mode.value = settings.mode;
  const horizon = number('baseline-horizon', settings.horizon, 1, 104);
  const recent = number('baseline-history-window', settings.historyWindow, 1, 10000);
  const changed = settings.version > 0 && settings.changedAt
    ? `, changed ${new Date(settings.changedAt).toLocaleString()} by ${settings.changedBy}` : ' (the defaults, never changed)';
  const form = h('form', { id: 'baseline-settings-form', class: 'stack', 'aria-label': 'Baseline settings', novalidate: true },
    field('Trials', trials, { pointer: '/trials', hint: 'Simulated futures per baseline; at least 100.' }),
    field('Unit', mode, { pointer: '/mode', hint: 'Story points need a throughput history in points.' }),
    field('Horizon (periods)', horizon, { pointer: '/horizon', hint: 'Upcoming Sprints or Releases forecast; 1 to 104.' }),
    field('History window (latest periods per team)', recent, { pointer: '/historyWindow', hint: 'Empty: all of them.' }),
    h('p', { class: 'meta', id: 'baseline-settings-version' }, `Version ${settings.version}${changed}`),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save the baseline settings')),
    summary('baseline-settings-problem'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const value = input => (input.value === '' ? null : Number(input.value));
    const body = { trials: value(trials), mode: mode.value, horizon: value(horizon), historyWindow: value(recent) };
    await save(view, form, body, settings.version);
  });
  return form;
}

/** A 412 shows the settings as they are now; a 403 disables the form with the server's reason. */
async function save(view, form, body, version) {
  try {
    const saved = await api(`/api/forecasts/products/${view.product}/forecast-settings`, { method: 'PUT', body, version });
    announce('The baseline settings were saved; the baseline is recomputed with them shortly');
    refresh(view, saved);
  }
  catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 412 && error.status !== 403)) return showErrors(form, error);
    if (error.status === 403) view.reason = view.reason || error.problem?.detail || error.message;
    refresh(view, await api(`/api/forecasts/products/${view.product}/forecast-settings`));
    const shown = view.section.querySelector('form');
    if (error.status === 403) return showErrors(shown, error);
    const box = shown.querySelector('.form-problem');
    box.replaceChildren(h('p', {}, 'Someone else changed the baseline settings meanwhile (shown now); look them over and save again.'));
    box.hidden = false;
  }
}

function refresh(view, settings) {
  const next = settingsSection(view, settings);
  view.section.replaceWith(next);
  view.section = next;
}

const TOP = 3;

/**
 * The last ten baselines, newest first, with how many items each expected done within its horizon
 * by P85 and the P85 last day of the items that lead the newest one: a date that moved is marked.
 */
export async function historyCard(product) {
  const page = await api(`/api/forecasts/products/${product}/baselines?size=10`);
  const baselines = page?.baselines || [];
  const body = baselines.length ? historyTable(baselines)
    : h('p', { class: 'muted', id: 'baseline-history-empty' }, 'No baseline history yet: the platform keeps a baseline '
      + 'each time it computes one (after the backlog, its dependencies or throughput change, and daily); none was made in the last 90 days.');
  return h('section', { class: 'card', id: 'baseline-history', 'aria-labelledby': 'baseline-history-title' },
    h('h3', { id: 'baseline-history-title' }, 'How the date moved'),
    h('p', { class: 'hint' }, 'The last day of the period each item is 85 % likely done by, per baseline; a changed date is marked.'),
    body);
}

function historyTable(baselines) {
  const top = baselines[0].items.filter(item => item.p85 !== 0).slice(0, TOP);
  const rows = baselines.map((baseline, i) => {
    const older = baselines[i + 1];
    const byId = new Map(baseline.items.map(item => [item.itemId, item]));
    const olderById = new Map((older?.items || []).map(item => [item.itemId, item]));
    const done = baseline.items.filter(item => item.p85 !== null && item.p85 !== undefined).length;
    return [new Date(baseline.generatedAt).toLocaleString(), `${done} of ${baseline.items.length}`,
      ...top.map(item => dateCell(byId.get(item.itemId), older ? olderById.get(item.itemId) : undefined))];
  });
  const shown = table(['Baseline', 'Done by P85', ...top.map(item => item.itemKey)], rows, 'P85 dates per baseline');
  shown.id = 'baseline-history-table';
  shown.classList.add('compact');
  return shown;
}

function dateCell(item, older) {
  const words = dates => !dates ? '–' : dates.p85 === 0 ? 'done' : dates.p85Date ?? 'beyond horizon';
  const now = words(item);
  if (older === undefined || words(older) === now) return now;
  return h('span', { class: 'moved', title: `was ${words(older)}` }, `${now} (was ${words(older)})`);
}
