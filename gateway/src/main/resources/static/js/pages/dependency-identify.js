// Identifying a dependency of one item on another team's item (or the other way round): the other
// item is searched on the server (GET /api/backlog/products/{p}/items?q=…&team=…, by default in
// every other team), picked, then typed and sent (POST /api/dependencies). Used in the item panel
// and from a session's agenda (then with the session's id, so the session's summary lists it).
import { api } from '../api.js';
import { h } from '../ui.js';
import { field, summary, showErrors, clearErrors, label } from '../forms.js';
import { reasonNote, disableWithReason } from '../access.js';

const FOUND = 10;

/** Why the person may not identify dependencies of `item` at all, or null (the server still judges). */
function reasonFor(access, item, product, teams) {
  if (!access || access.manages(product) || teams.some(t => access.memberOf(t.key))) return null;
  return `${access.onlyViewing(product)} cannot identify dependencies; members of ${item.teamKey || 'the teams'} `
    + `or of the other item's team and product owners of ${product} do`;
}

/**
 * The form. Options: `prefix` for the ids of its controls, `sessionId` (identified in that
 * session), `done(dependency, { other, needs })` once the dependency exists.
 */
export function identifyForm(view, item, { prefix, sessionId = null, done }) {
  const product = item.productKey ?? view.product;
  const others = view.teams.filter(t => t.key !== item.teamKey);
  const direction = h('select', { id: `${prefix}-direction`, name: 'direction' },
    h('option', { value: 'needs' }, `${item.key} needs the other item`),
    h('option', { value: 'needed' }, `${item.key} is needed by the other item`));
  const team = h('select', { id: `${prefix}-team`, name: 'team' },
    h('option', { value: '' }, 'Every other team'), view.teams.map(t => h('option', { value: t.key }, `${t.key} · ${t.name}`)));
  const q = h('input', { id: `${prefix}-q`, name: 'q', type: 'search', maxlength: 200, autocomplete: 'off',
    placeholder: 'Key or words of the title' });
  const search = h('button', { type: 'button', id: `${prefix}-search` }, 'Search');
  const found = h('ul', { id: `${prefix}-found`, class: 'picks', 'aria-label': 'Matching items', 'aria-live': 'polite' });
  const chosen = h('output', { id: `${prefix}-chosen`, name: 'other' }, 'None chosen yet.');
  const type = h('select', { id: `${prefix}-type`, name: 'type' },
    h('option', { value: 'BLOCKS' }, 'blocks (cannot finish before it)'), h('option', { value: 'RELATES' }, 'relates'));
  const neededBy = h('input', { id: `${prefix}-needed-by`, name: 'neededBy', maxlength: 40 });
  const note = h('textarea', { id: `${prefix}-note`, name: 'note', rows: 2, maxlength: 4000 });
  const form = h('form', { id: `${prefix}-form`, class: 'identify', novalidate: true,
    'aria-label': `Identify a dependency of ${item.key}` },
  field('Direction', direction, { pointer: '/dependentItemId' }),
  field('Team of the other item', team),
  field('Find the other item', q, { pointer: '#/query/q', hint: 'three characters or more; searched on the server' }),
  h('div', { class: 'actions' }, search), found,
  field('Other item', chosen, { pointer: '/prerequisiteItemId' }),
  field('Type', type, { pointer: '/type' }),
  field('Needed by (optional)', neededBy, { pointer: '/neededBy', hint: 'for example a sprint or a date' }),
  field('Note (optional)', note, { pointer: '/note' }),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Identify the dependency')),
  summary(`${prefix}-problem`));
  let other = null;
  direction.addEventListener('change', () => {
    // The other item is the prerequisite when this one needs it, the dependent otherwise.
    const needs = direction.value === 'needs';
    chosen.dataset.pointer = needs ? '/prerequisiteItemId' : '/dependentItemId';
    direction.dataset.pointer = needs ? '/dependentItemId' : '/prerequisiteItemId';
  });
  const find = async () => {
    clearErrors(form);
    const teams = team.value ? [team.value] : others.map(t => t.key);
    const query = new URLSearchParams({ q: q.value.trim(), size: FOUND });
    teams.forEach(key => query.append('team', key));
    try {
      const page = await api(`/api/backlog/products/${encodeURIComponent(product)}/items?${query}`);
      const items = (page.content || []).filter(candidate => candidate.id !== item.id);
      found.replaceChildren(...items.map(candidate => h('li', { 'data-id': candidate.id },
        h('span', {}, `${candidate.key} · ${candidate.title} (${candidate.teamKey || 'no team'})`),
        h('button', { type: 'button', 'data-pick': candidate.id, 'aria-label': `Choose ${candidate.key}`, onclick: () => {
          other = candidate;
          chosen.textContent = `${candidate.key} · ${candidate.title} (${candidate.teamKey || 'no team'})`;
          chosen.dataset.id = candidate.id;
        } }, 'Choose'))),
      ...(items.length ? [] : [h('li', { class: 'muted' }, 'No item matches.')]));
    }
    catch (error) {
      showErrors(form, error);
    }
  };
  search.addEventListener('click', find);
  q.addEventListener('keydown', event => { if (event.key === 'Enter') { event.preventDefault(); find(); } });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const needs = direction.value === 'needs';
    const body = { dependentItemId: needs ? item.id : other?.id ?? null, prerequisiteItemId: needs ? other?.id ?? null : item.id,
      type: type.value, neededBy: neededBy.value.trim() || null, note: note.value.trim() || null, sessionId };
    try {
      const dependency = await api('/api/dependencies', { method: 'POST', body });
      await done(dependency, { other, needs });
    }
    catch (error) {
      showErrors(form, error);
    }
  });
  const why = reasonFor(view.access, item, product, view.teams);
  if (!why) return form;
  disableWithReason(form, why, `${prefix}-denied`);
  return h('div', {}, reasonNote(`${prefix}-denied`, `You may not identify dependencies of ${item.key}: ${why}.`), form);
}

/** "PAY-12 needs PAY-30 (PAY-LEDGER), blocks": the dependency in words, for notes and summaries. */
export function inWords(d) {
  return `${d.dependentItemKey} (${d.dependentTeamKey || 'no team'}) needs ${d.prerequisiteItemKey} `
    + `(${d.prerequisiteTeamKey || 'no team'}), ${label(d.type)}`;
}
