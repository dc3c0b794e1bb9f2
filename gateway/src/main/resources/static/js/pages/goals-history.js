// The history of a goal or of a link as alignment records it: who changed what and when, newest
// first, a page at a time as the API answers it ("Show older changes" fetches the next page).
// Loaded when first opened, so a long goal tree costs no requests for histories nobody reads.
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { label } from '../forms.js';

const PAGE = 10;

/** A closed disclosure titled `title` that loads the history at `path` (…/history) when first opened. */
export function historyDetails(id, title, path) {
  const body = h('div', { class: 'history', id: `${id}-body`, 'aria-live': 'polite' });
  const details = h('details', { class: 'more', id }, h('summary', {}, title), body);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    body.replaceChildren(h('p', { class: 'muted' }, 'Loading the changes…'));
    load(body, path, 0).catch(error => {
      loaded = false;
      body.replaceChildren(h('p', { class: 'muted' }, `The history could not be loaded. ${error.message}`));
    });
  });
  return details;
}

async function load(body, path, page) {
  const answer = await api(`${path}?page=${page}&size=${PAGE}`);
  let list = body.querySelector('ol');
  if (page === 0) {
    if (!answer.content?.length) {
      body.replaceChildren(h('p', { class: 'muted' }, 'No changes recorded yet.'));
      return;
    }
    list = h('ol', { class: 'history-list', 'aria-label': 'Changes, newest first' });
    body.replaceChildren(list);
  }
  list.append(...answer.content.map(entry));
  body.querySelector('.history-more')?.remove();
  const left = answer.totalElements - list.children.length;
  if (left <= 0) {
    if (page > 0) announce('All changes are shown.');
    return;
  }
  const more = h('button', { type: 'button', class: 'history-more' }, `Show older changes (${left} more)`);
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      await load(body, path, page + 1);
      (body.querySelector('.history-more') ?? list.children[(page + 1) * PAGE])?.focus();
    }
    catch (error) {
      more.disabled = false;
      more.after(h('p', { class: 'muted' }, `The older changes could not be loaded. ${error.message}`));
    }
  });
  body.append(more);
}

/** One change: "version 3 · 7 Dec 2026, 10:12 · pia · updated" and each field it set. */
function entry(revision) {
  return h('li', { tabindex: -1, 'data-version': revision.version },
    h('p', { class: 'meta' }, h('span', {}, `version ${revision.version}`),
      h('time', { datetime: revision.at }, new Date(revision.at).toLocaleString()),
      h('span', { class: 'actor' }, revision.actor?.username ?? 'unknown'), h('strong', {}, label(revision.action))),
    revision.changes?.length ? h('ul', { class: 'changes' }, revision.changes.map(change =>
      h('li', {}, `${words(change.field)}: ${value(change.from)} → ${value(change.to)}`))) : null);
}

/** A field name as people say it: targetInvestmentShare → target investment share. */
function words(field) {
  return String(field).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A value as text: key results as "metric: current of target (from baseline)", objects as their parts. */
function value(v) {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v)) return v.length ? v.map(value).join('; ') : 'none';
  if (typeof v === 'number' || /^-?\d+\.\d+$/.test(v)) return String(Number(v));
  if (typeof v !== 'object') return String(v);
  if ('metric' in v) return `${v.metric}: ${value(v.current)} of ${value(v.target)} (from ${value(v.baseline)})`;
  return Object.entries(v).map(([name, part]) => `${words(name)} ${value(part)}`).join(', ');
}
