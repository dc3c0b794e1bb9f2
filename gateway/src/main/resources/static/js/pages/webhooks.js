// A product's webhooks, on its settings page: the subscriptions (URL and event types), a form
// to subscribe (the secret is shown once, right after), unsubscribing, and each subscription's
// delivery log with a replay button for dead deliveries. Only owners and administrators manage
// webhooks; anyone else sees the section with its controls disabled and the reason.
import { api, ApiError } from '../api.js';
import { h, table, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { reasonNote, disableWithReason } from '../access.js';

/** The webhooks card; fills itself in and re-renders only itself. */
export function webhooksSection(product, reason) {
  const section = h('section', { class: 'card', id: 'webhooks', 'aria-labelledby': 'webhooks-title' });
  const view = { product, reason, section, secret: null, log: null };
  refresh(view);
  return section;
}

async function refresh(view) {
  let listed = null;
  if (!view.reason) {
    try {
      listed = await api(`/api/backlog/products/${view.product}/webhooks`);
    }
    catch (error) {
      if (!(error instanceof ApiError) || error.status !== 403) throw error;
      view.reason = error.problem?.detail || error.message;
    }
  }
  render(view, listed);
}

function render(view, listed) {
  const title = h('h3', { id: 'webhooks-title' }, 'Webhooks');
  if (view.reason) {
    const form = subscribeForm(view, []);
    view.section.replaceChildren(title,
      reasonNote('webhooks-denied', `You may not manage the webhooks of ${view.product}: ${view.reason}.`), form);
    disableWithReason(form, view.reason, 'webhooks-denied');
    return;
  }
  const rows = listed.webhooks.map(hook => [hook.url, hook.eventTypes.map(shortType).join(', '),
    `${hook.createdBy}, ${new Date(hook.createdAt).toLocaleString()}`,
    h('div', { class: 'actions' },
      h('button', { type: 'button', 'aria-label': `Delivery log of ${hook.url}`, onclick: () => showLog(view, hook, 0) },
        'Deliveries'),
      h('button', { type: 'button', 'aria-label': `Delete the webhook to ${hook.url}`, onclick: () => remove(view, hook) },
        'Delete'))]);
  const hooks = table(['URL', 'Events', 'Created', ''], rows, 'Webhooks');
  hooks.id = 'webhooks-list';
  view.section.replaceChildren(title,
    h('p', { class: 'hint' }, 'Refinery POSTs the chosen events of this product to each URL, signed with its secret ',
      '(see docs/integrations.md). Failed deliveries are retried for about an hour, then shown as DEAD.'),
    view.secret ? secretNote(view) : null, hooks, view.log, subscribeForm(view, listed.eventTypes));
}

function secretNote(view) {
  const note = h('div', { class: 'notice', id: 'webhook-secret', role: 'status' },
    h('p', {}, `Secret of ${view.secret.url} — copy it now, it is not shown again:`),
    h('code', {}, view.secret.secret));
  view.secret = null;
  return note;
}

function subscribeForm(view, eventTypes) {
  const url = h('input', { id: 'webhook-url', name: 'url', type: 'url', maxlength: 2000,
    placeholder: 'https://hooks.example.com/refinery' });
  const types = h('fieldset', { id: 'webhook-types', class: 'choices' }, h('legend', {}, 'Events'),
    eventTypes.map(type => h('label', {}, h('input', { type: 'checkbox', name: 'eventTypes', value: type }),
      shortType(type))));
  types.dataset.pointer = '/eventTypes';
  const form = h('form', { id: 'webhook-form', 'aria-label': 'Add a webhook', novalidate: true },
    h('h4', {}, 'Add a webhook'), field('URL', url, { pointer: '/url' }),
    h('div', { class: 'field' }, types, h('span', { class: 'field-error', id: 'webhook-types-error', hidden: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Add the webhook')),
    summary('webhook-problem'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = { url: url.value.trim(), eventTypes: [...types.querySelectorAll('input:checked')].map(box => box.value) };
    try {
      const created = await api(`/api/backlog/products/${view.product}/webhooks`, { method: 'POST', body });
      view.secret = created;
      announce('The webhook was added; copy its secret now');
      await refresh(view);
      view.section.querySelector('#webhook-secret')?.scrollIntoView({ block: 'nearest' });
    }
    catch (error) {
      showErrors(form, error);
    }
  });
  return form;
}

async function remove(view, hook) {
  if (!confirm(`Delete the webhook to ${hook.url} and its delivery log?`)) return;
  await api(`/api/backlog/products/${view.product}/webhooks/${hook.id}`, { method: 'DELETE' });
  view.log = null;
  announce('The webhook was deleted');
  await refresh(view);
}

async function showLog(view, hook, page) {
  const base = `/api/backlog/products/${view.product}/webhooks/${hook.id}`;
  const log = await api(`${base}/deliveries?page=${page}&size=20`);
  const rows = log.deliveries.map(delivery => [shortType(delivery.eventType), new Date(delivery.occurredAt).toLocaleString(),
    delivery.status, String(delivery.attempts),
    [delivery.lastStatusCode, delivery.lastError].filter(value => value !== null && value !== undefined).join(' · ') || '–',
    delivery.status === 'DEAD' ? h('button', { type: 'button', 'aria-label': `Replay delivery ${delivery.id}`,
      onclick: async () => {
        await api(`${base}/deliveries/${delivery.id}/replay`, { method: 'POST' });
        announce('The delivery will be sent again');
        await showLog(view, hook, page);
      } }, 'Replay') : '']);
  const shown = table(['Event', 'Happened', 'Status', 'Attempts', 'Last answer', ''], rows, `Deliveries to ${hook.url}`);
  shown.id = 'webhook-deliveries';
  const pages = Math.max(1, Math.ceil(log.total / log.size));
  view.log = h('div', { id: 'webhook-log' }, h('h4', {}, `Deliveries to ${hook.url}`), shown,
    h('div', { class: 'actions' },
      h('button', { type: 'button', disabled: page === 0, onclick: () => showLog(view, hook, page - 1) }, 'Newer'),
      h('span', { class: 'meta' }, `Page ${page + 1} of ${pages} (${log.total})`),
      h('button', { type: 'button', disabled: page + 1 >= pages, onclick: () => showLog(view, hook, page + 1) }, 'Older')));
  await refresh(view);
}

/** refinery.backlog.ItemCreated.v1 → ItemCreated */
function shortType(type) {
  return type.split('.').slice(-2, -1)[0] || type;
}
