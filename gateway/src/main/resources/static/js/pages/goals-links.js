// The work serving a goal: the items linked to it with why they serve it, an "Unlink" action for
// people who link the product's work (LinkRules on the server: the product's owners and portfolio
// managers; administrators own every product), and each link's history. The server judges: a 403
// disables the action with its reason. An unlinked link stays listed below with its history.
import { api, ApiError } from '../api.js';
import { h, announce } from '../ui.js';
import { historyDetails } from './goals-history.js';

/** A closed disclosure that lists the goal's items when first opened. */
export function linksDetails(view, goal) {
  const id = `goal-links-${goal.id.slice(0, 8)}`;
  const body = h('div', { id: `${id}-body`, class: 'goal-links' });
  const details = h('details', { class: 'more', id }, h('summary', {}, `Items serving ${goal.title}`), body);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    body.replaceChildren(h('p', { class: 'muted' }, 'Loading the items…'));
    fill(view, goal, body).catch(error => {
      loaded = false;
      body.replaceChildren(h('p', { class: 'muted' }, `The items could not be loaded. ${error.message}`));
    });
  });
  return details;
}

/** Why the person may not unlink work of `product`, or null when they may (the server still judges). */
function reasonFor(view, product) {
  if (view.unlinkRefused?.[product]) return view.unlinkRefused[product];
  const { access } = view;
  if (!access || access.manages(product) || access.grants.some(g => g.role === 'PORTFOLIO_MANAGER')) return null;
  return `Only product owners of ${product} and portfolio managers link its items to goals`;
}

async function fill(view, goal, body, unlinked) {
  const page = await api(`/api/alignment/goals/${goal.id}/links?size=100`);
  const links = page.content || [];
  const more = page.totalElements - links.length;
  body.replaceChildren(links.length ? h('ul', { class: 'goals' }, links.map(link => entry(view, goal, body, link)))
    : h('p', { class: 'muted empty' }, `No item of a product you can see serves this goal yet: items are linked to `
      + 'goals from their panel on the backlog page.'),
  more > 0 ? h('p', { class: 'meta' }, `${more} more not shown.`) : null,
  unlinked ? h('div', { class: 'unlinked', 'data-link-id': unlinked.id },
    h('p', {}, `${unlinked.itemKey} was unlinked; its history keeps the link.`),
    historyDetails(`link-history-${unlinked.id.slice(0, 8)}`, `History of the link of ${unlinked.itemKey}`,
      `/api/alignment/links/${unlinked.id}/history`)) : null);
}

function entry(view, goal, body, link) {
  const short = link.id.slice(0, 8);
  const note = h('p', { class: 'notice denied', id: `unlink-denied-${short}`, hidden: true });
  const button = h('button', { type: 'button', class: 'unlink' }, `Unlink ${link.itemKey}`);
  const problem = h('div', { class: 'form-problem', role: 'alert', hidden: true });
  deny(button, note, link, reasonFor(view, link.productKey));
  button.addEventListener('click', () => unlink(view, goal, body, link, { button, note, problem }));
  const weight = Number(link.contributionWeight);
  return h('li', { 'data-link-id': link.id, 'data-item-id': link.itemId },
    h('p', {}, h('strong', {}, link.itemKey), ` ${link.itemTitle ?? ''}`,
      weight < 1 ? ` · ${Math.round(weight * 100)}% of the item` : null),
    h('p', { class: 'rationale' }, `Why: ${link.rationale}`),
    note, h('div', { class: 'actions' }, button), problem,
    historyDetails(`link-history-${short}`, `History of the link of ${link.itemKey}`,
      `/api/alignment/links/${link.id}/history`));
}

function deny(button, note, link, why) {
  if (!why) return;
  note.textContent = `You may not unlink ${link.itemKey}: ${why}.`;
  note.hidden = false;
  button.disabled = true;
  button.title = why;
  button.setAttribute('aria-describedby', note.id);
}

async function unlink(view, goal, body, link, { button, note, problem }) {
  button.disabled = true;
  problem.hidden = true;
  try {
    await api(`/api/alignment/links/${link.id}`, { method: 'DELETE' });
    announce(`${link.itemKey} no longer serves ${goal.title}`);
    await fill(view, goal, body, link);
    body.querySelector('.unlinked summary')?.focus();
  }
  catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      view.unlinkRefused = { ...view.unlinkRefused, [link.productKey]: error.problem?.detail || error.message };
      deny(button, note, link, view.unlinkRefused[link.productKey]);
      return;
    }
    button.disabled = false;
    problem.replaceChildren(h('p', {}, error.message));
    problem.hidden = false;
  }
}
