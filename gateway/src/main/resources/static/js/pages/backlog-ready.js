// The "ready for planning" view of one team: its READY items in rank order, the points
// accumulated down to each against the team's median throughput of its last completed periods
// (which coming Sprint or Release each item falls in), and the open prerequisites of each item,
// all from one request to the backlog.
import { api } from '../api.js';
import { h, showProblem } from '../ui.js';
import { label } from '../forms.js';

export function readyPanel(view) {
  const mine = view.teams.find(t => view.access?.memberOf(t.key)) || view.teams[0];
  const team = h('select', { id: 'ready-team', name: 'team' },
    view.teams.map(t => h('option', { value: t.key, selected: t === mine }, `${t.key} · ${t.name}`)));
  const body = h('div', { id: 'ready-view', 'aria-live': 'polite' });
  const panel = h('div', { id: 'ready-tab', role: 'tabpanel', 'aria-labelledby': 'tab-ready' },
    view.teams.length ? h('div', { class: 'toolbar' }, h('label', { for: 'ready-team' }, 'Team', team))
      : h('p', { class: 'muted' }, 'This product has no teams yet.'),
    body);
  const show = () => team.value && load(view, team, body).catch(showProblem);
  team.addEventListener('change', show);
  panel.addEventListener('shown', show);
  return panel;
}

async function load(view, select, body) {
  const teamKey = select.value;
  const ready = await api(`/api/backlog/products/${view.product}/teams/${encodeURIComponent(teamKey)}/ready-for-planning?size=500`);
  if (select.value !== teamKey) return; // another team was chosen while this one loaded
  const period = ready.periodLengthDays ? `period of ${ready.periodLengthDays} days` : 'period';
  const median = Number(ready.medianPointsPerPeriod);
  body.dataset.team = teamKey;
  body.replaceChildren(
    h('p', { id: 'ready-throughput' }, median > 0
      ? `Median throughput ${median} points per ${period} (last ${ready.pointsPerPeriod.length}: ${ready.pointsPerPeriod.join(', ')}).`
      : `${teamKey} finished nothing in its last ${ready.pointsPerPeriod.length} periods: no plan can be read from throughput.`),
    h('p', { id: 'ready-total' }, `${ready.readyPoints} points ready`,
      ready.unestimated ? `, ${ready.unestimated} READY items without an estimate` : '',
      median > 0 ? ` · about ${Math.round(Number(ready.readyPoints) / median * 10) / 10} periods of work` : '',
      ready.more ? ' · more READY items than listed' : ''),
    ready.items.length ? h('ol', { class: 'backlog ready-list', id: 'ready-list', 'aria-label': `READY items of ${teamKey} in rank order` },
      ready.items.map(item => entry(item)))
      : h('p', { class: 'muted', id: 'ready-empty' }, `${teamKey} has no READY items.`));
}

function entry(item) {
  const blocked = item.openPrerequisites.length > 0;
  return h('li', { 'data-id': item.id, 'data-key': item.key, class: blocked ? 'blocked' : null },
    h('strong', {}, item.key),
    h('span', {}, item.title, h('span', { class: 'meta' },
      h('span', {}, item.estimate === null ? 'unestimated' : `${item.estimate} pts`),
      h('span', {}, `${item.cumulativeEstimate} pts so far`))),
    h('span', { class: 'meta' },
      item.period ? h('span', { class: 'badge period', 'data-period': item.period }, `period ${item.period}`) : null,
      blocked ? h('span', { class: 'badge bad prerequisites' }, 'waits for ',
        item.openPrerequisites.map(p => `${p.key || 'an item elsewhere'}${p.status ? ` (${label(p.status)})` : ''}`).join(', '))
        : null));
}
