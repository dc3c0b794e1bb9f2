// What-if scenarios beside the baseline: anyone who sees the product runs one (here: one team's
// capacity changed over some periods) and keeps it, at most 20 per person; each answer says item by
// item how its P85 period moves against the baseline. A scenario never replaces the baseline.
import { api } from '../api.js';
import { h, table, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';

/** The scenarios card; `teams` the product's teams, `label` names a period index as the baseline does. */
export async function scenariosCard(product, teams, label) {
  const view = { product, teams, label, section: null, shown: null };
  view.section = h('section', { class: 'card', id: 'scenarios', 'aria-labelledby': 'scenarios-title' });
  await fill(view);
  return view.section;
}

async function fill(view) {
  const page = await api(`/api/forecasts/products/${view.product}/scenarios?size=50`);
  const kept = page?.content || [];
  const latest = kept.find(s => s.id === view.shown) ?? null;
  view.section.replaceChildren(h('h3', { id: 'scenarios-title' }, 'What-if scenarios'),
    h('p', { class: 'notice', role: 'note' }, 'A scenario is a forecast beside the baseline, not a commitment, and never becomes the product\'s forecast.'),
    scenarioForm(view),
    latest ? comparison(view, latest) : null,
    h('h4', {}, `Your scenarios (${kept.length} of at most 20)`),
    keptList(view, kept));
}

function scenarioForm(view) {
  const name = h('input', { id: 'scenario-name', maxlength: 80, required: true });
  const team = h('select', { id: 'scenario-team' }, view.teams.map(t => h('option', { value: t.key }, `${t.key} · ${t.name ?? ''}`)));
  const number = (id, value, min, max) => h('input', { id, type: 'number', min, max, step: 1, value });
  const from = number('scenario-from', 1, 1, 104);
  const to = number('scenario-to', '', 1, 104);
  const factor = number('scenario-factor', 50, 0, 1000);
  const form = h('form', { id: 'scenario-form', class: 'stack', 'aria-label': 'Run a what-if scenario', novalidate: true },
    field('Name', name, { pointer: '/name' }),
    field('Team', team, { pointer: '/capacity/0/teamKey' }),
    field('From period', from, { pointer: '/capacity/0/fromPeriod', hint: '1 is the upcoming Sprint or Release.' }),
    field('To period', to, { pointer: '/capacity/0/toPeriod', hint: 'Empty: only the first period.' }),
    field('Capacity (% of usual throughput)', factor, { pointer: '/capacity/0/factor', hint: '50 is half, 0 away.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'run-scenario' }, 'Run the scenario')),
    summary('scenario-problem'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const value = input => (input.value === '' ? null : Number(input.value));
    const body = { name: name.value.trim(), capacity: [{ teamKey: team.value, fromPeriod: value(from), toPeriod: value(to),
      factor: factor.value === '' ? null : Number(factor.value) / 100 }] };
    form.querySelector('#run-scenario').disabled = true;
    try {
      const saved = await api(`/api/forecasts/products/${view.product}/scenarios`, { method: 'POST', body });
      view.shown = saved.id;
      announce(`Scenario ${saved.name}: ${saved.comparison.moved} items move against the baseline`);
      await fill(view);
    }
    catch (error) {
      form.querySelector('#run-scenario').disabled = false;
      showErrors(form, error);
    }
  });
  return form;
}

/** Item by item: the baseline's P85 period, the scenario's, and by how many periods it moved. */
function comparison(view, scenario) {
  const result = scenario.comparison;
  const moved = result.items.filter(item => item.moved);
  const rows = moved.slice(0, 60).map(item => [item.itemKey,
    `${view.label(item.baselineP85)} → ${view.label(item.scenarioP85)}`, shift(item.p85Shift)]);
  const shown = table(['Item', 'P85: baseline → scenario', 'Moved by'], rows, `Items that move in ${scenario.name}`);
  shown.id = 'scenario-comparison';
  shown.classList.add('compact');
  return h('div', { id: 'scenario-result' },
    h('h4', {}, `${scenario.name}: ${result.moved} of ${result.items.length} items move`),
    h('p', { class: 'meta' }, `Against the baseline of ${new Date(result.baselineAt).toLocaleString()}.`),
    moved.length ? shown : h('p', { class: 'muted' }, 'No item moves against the baseline.'));
}

function shift(periods) {
  if (periods === null || periods === undefined) return 'past the horizon';
  if (periods === 0) return 'P85 unchanged (P50 moved)';
  return `${periods > 0 ? '+' : ''}${periods} period${Math.abs(periods) === 1 ? '' : 's'}${periods > 0 ? ' later' : ' earlier'}`;
}

function keptList(view, kept) {
  const rows = kept.map(scenario => [scenario.name, `${scenario.comparison?.moved ?? 0} move`,
    h('div', { class: 'actions' },
      h('button', { type: 'button', 'aria-label': `Show ${scenario.name}`, onclick: () => { view.shown = scenario.id; fill(view); } }, 'Show'),
      h('button', { type: 'button', 'aria-label': `Run ${scenario.name} again`, onclick: () => act(view, scenario, 'runs') }, 'Run again'),
      h('button', { type: 'button', 'aria-label': `Delete ${scenario.name}`, onclick: () => act(view, scenario, 'delete') }, 'Delete'))]);
  const shown = table(['Scenario', 'Items', 'Actions'], rows, 'Your scenarios');
  shown.id = 'scenario-list';
  shown.classList.add('compact');
  kept.forEach((scenario, i) => shown.tBodies[0].rows[i]?.setAttribute('data-scenario-id', scenario.id));
  return h('div', {}, shown, summary('scenario-list-problem'));
}

async function act(view, scenario, what) {
  const path = `/api/forecasts/products/${view.product}/scenarios/${scenario.id}`;
  try {
    if (what === 'delete') await api(path, { method: 'DELETE' });
    else await api(`${path}/runs`, { method: 'POST' });
    view.shown = what === 'delete' ? (view.shown === scenario.id ? null : view.shown) : scenario.id;
    announce(what === 'delete' ? `Scenario ${scenario.name} was deleted` : `Scenario ${scenario.name} was run again`);
    await fill(view);
  }
  catch (error) {
    showErrors(view.section.querySelector('#scenario-list').parentElement, error);
  }
}
