// Linking an item to a goal from the item panel: the product's active goals (its product goals and
// the organisation's themes and objectives) to choose from, and why the item serves it. Product
// owners and portfolio managers link work (LinkRules on the server); others see the form disabled.
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { reasonNote, disableWithReason } from '../access.js';

/** Why the person may not link the product's work to goals, or null when they may (the server still judges). */
function reasonFor(access, product) {
  if (!access) return null;
  if (access.admin || access.manages(product) || access.grants.some(g => g.role === 'PORTFOLIO_MANAGER')) return null;
  return `Only product owners of ${product} and portfolio managers link its items to goals`;
}

/**
 * The form; `reopen(link, goalTitle)` follows once the link is made (the panel shows itself
 * again). `prefix` names its controls, for pages that show several.
 */
export function goalLinkForm(view, item, reopen, { prefix = 'link' } = {}) {
  const goal = h('select', { id: `${prefix}-goal`, required: true }, h('option', { value: '' }, 'Loading goals…'));
  const rationale = h('textarea', { id: `${prefix}-rationale`, rows: 2, maxlength: 2000, required: true });
  const form = h('form', { id: `${prefix}-form`, 'aria-label': `Link ${item.key} to a goal`, novalidate: true },
    field('Goal', goal, { pointer: '/goalId' }),
    field('Why it serves the goal', rationale, { pointer: '/rationale' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Link to the goal')), summary(`${prefix}-problem`));
  fill(goal, item.productKey ?? view.product).catch(error => showErrors(form, error));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    try {
      const link = await api('/api/alignment/links', { method: 'POST', body: { itemId: item.id, goalId: goal.value || null,
        rationale: rationale.value } });
      announce(`${item.key} was linked to the goal`);
      await reopen(link, goal.selectedOptions[0]?.textContent);
    }
    catch (error) {
      showErrors(form, error);
    }
  });
  const why = reasonFor(view.access, view.product);
  if (!why) return form;
  disableWithReason(form, why, `${prefix}-denied`);
  return h('div', {}, reasonNote(`${prefix}-denied`, `You may not link ${item.key} to goals: ${why}.`), form);
}

async function fill(select, product) {
  const query = level => api(`/api/alignment/goals?level=${level}&status=ACTIVE&size=500`
    + (level === 'PRODUCT_GOAL' ? `&product=${encodeURIComponent(product)}` : ''));
  const pages = await Promise.all(['PRODUCT_GOAL', 'THEME', 'OBJECTIVE'].map(query));
  const disabled = select.disabled;
  select.replaceChildren(h('option', { value: '' }, 'Choose a goal'),
    ...pages.map((page, i) => h('optgroup', { label: ['Product goals', 'Themes', 'Objectives'][i] },
      (page.content || []).map(g => h('option', { value: g.id }, g.title)))));
  select.disabled = disabled;
}
