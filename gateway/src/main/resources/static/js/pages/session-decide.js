// Deciding about one agenda item: clarify (a note), estimate (the value the facilitator records
// as agreed), split (the titles of the parts), remove (the reason). Each sends one outcome with
// exactly the fields its kind requires; the server's refusal is shown at the field it names.
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors, lines } from '../forms.js';
import { CONNECT, connectForm, unrecordedNotice } from './session-connect.js';

export const ACTIONS = {
  CLARIFIED: 'Clarify', ESTIMATED: 'Estimate', SPLIT: 'Split', REMOVED: 'Remove',
};

/** The agenda entry of `itemId`: the item, its outcomes so far, and a button per action. */
export function agendaEntry(view, session, itemId) {
  const item = view.cache.get(itemId);
  const key = item?.key ?? 'removed item';
  const done = session.outcomes.filter(outcome => outcome.itemId === itemId);
  const slot = h('div', { class: 'decide-slot' });
  const buttons = Object.entries({ ...ACTIONS, ...CONNECT }).map(([kind, name]) => h('button', {
    type: 'button', 'data-action': kind, 'aria-label': `${name} ${key}`, 'aria-expanded': 'false',
    onclick: event => toggle(view, session, item, itemId, kind, slot, event.currentTarget),
  }, name));
  return h('li', { 'data-id': itemId, 'data-key': key },
    h('div', { class: 'agenda-head' }, h('a', { href: `#/backlog/${itemId}` }, key), ' ', item?.title ?? '',
      item?.estimate !== null && item?.estimate !== undefined ? h('span', { class: 'meta' }, ` ${item.estimate} pts`) : null),
    done.length ? h('p', { class: 'meta decided' }, done.map(outcome => h('span', { class: 'badge' },
      outcome.kind.replaceAll('_', ' ').toLowerCase()))) : null,
    h('div', { class: 'actions session-control', role: 'group', 'aria-label': `Decide about ${key}` }, buttons),
    slot, unrecordedNotice(view, session, itemId));
}

function toggle(view, session, item, itemId, kind, slot, button) {
  const open = button.getAttribute('aria-expanded') === 'true';
  slot.parentElement.querySelectorAll('[data-action]').forEach(b => b.setAttribute('aria-expanded', 'false'));
  slot.replaceChildren();
  if (open) return;
  button.setAttribute('aria-expanded', 'true');
  const form = CONNECT[kind] ? connectForm(view, session, item, itemId, kind) : decideForm(view, session, item, itemId, kind);
  slot.append(form);
  form.querySelector('input, textarea')?.focus();
}

function decideForm(view, session, item, itemId, kind) {
  const key = item?.key ?? itemId;
  const id = `${kind.toLowerCase()}-${itemId}`;
  const note = h('textarea', { id: `${id}-note`, name: 'note', rows: 2, maxlength: 4000 });
  const estimate = h('input', { id: `${id}-estimate`, name: 'estimate', type: 'number', min: 0, max: 1000, step: 0.5 });
  const parts = h('textarea', { id: `${id}-children`, name: 'children', rows: 3 });
  // Built for the one kind only: a control can sit in one field at a time.
  const noteField = name => field(name, note, { pointer: '/note' });
  const fields = {
    CLARIFIED: () => [noteField('What was clarified')],
    ESTIMATED: () => [field('Agreed estimate (points)', estimate, { pointer: '/estimate',
      hint: 'The value the representatives agreed on; the facilitator records it.' }), noteField('Note')],
    SPLIT: () => [field('Titles of the parts', parts, { pointer: '/children', hint: 'One part per line, at least two.' }),
      noteField('Note')],
    REMOVED: () => [noteField('Reason for removing')],
  }[kind]();
  const form = h('form', { id, class: 'decide', novalidate: true, 'data-kind': kind,
    'aria-label': `${ACTIONS[kind]} ${key}` }, fields,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, `Record: ${ACTIONS[kind].toLowerCase()}`)),
  summary(`${id}-problem`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const body = { itemId, kind, note: note.value.trim() || null };
    if (kind === 'ESTIMATED') body.estimate = estimate.value === '' ? null : Number(estimate.value);
    if (kind === 'SPLIT') {
      const type = item?.type === 'EPIC' ? 'FEATURE' : 'STORY';
      body.children = lines(parts).map(title => ({ type, title }));
    }
    try {
      // No If-Match: outcomes only add up, so two participants deciding at once must not refuse each other.
      const after = await api(`/api/backlog/refinement-sessions/${session.id}/outcomes`, { method: 'POST', body });
      view.cache.delete(itemId);
      form.remove();
      announce(`${key}: ${ACTIONS[kind].toLowerCase()} recorded`);
      await view.show(after.id);
    }
    catch (error) {
      showErrors(form, error);
      view.refused(error, 'decide');
    }
  });
  return form;
}
