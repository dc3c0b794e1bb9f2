// One write to an item under optimistic locking: sent with the item's version as If-Match; a 412
// shows what the other person changed, any other refusal is shown in the form that sent it.
import { api, ApiError } from '../api.js';
import { h, announce } from '../ui.js';
import { showErrors, clearErrors } from '../forms.js';

const COMPARED = ['title', 'description', 'acceptanceCriteria', 'estimate', 'teamKey', 'contributingTeamKeys', 'status'];

/**
 * Sends the write; `refresh()` runs after it was accepted. `refused(error)` may show a refusal
 * its own way (answering true); otherwise the form shows it next to the fields it names.
 * A 403 of a `teamWide` write (one any member of the owning team may make) disables the item's
 * controls, and those of the team's other items, with the server's reason.
 */
export async function write(view, item, form, path, request, { done, refused, teamWide = true } = {}) {
  clearErrors(form);
  try {
    const changed = await api(path, { ...request, version: item.version });
    announce(done || `${item.key} saved`);
    await view.refresh(item.id);
    return changed;
  }
  catch (error) {
    if (error instanceof ApiError && error.status === 412) return showConflict(view, item, form.querySelector('.conflict'));
    if (!refused?.(error)) showErrors(form, error);
    if (error instanceof ApiError && error.status === 403 && teamWide) {
      // Editing rights go by the owning team: what the server refused here it refuses for the team's other items.
      view.denied.set(item.teamKey ?? '', { key: item.key, reason: error.problem?.detail || error.message });
      denyChanges(view, item);
    }
    return null;
  }
}

/** Shows, field by field, what the current version says where the edited one differed. */
async function showConflict(view, mine, box) {
  const theirs = await api(`/api/backlog/items/${mine.id}`);
  const changed = COMPARED.filter(field => JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]));
  box.replaceChildren(
    h('p', {}, `Someone else changed ${mine.key} while you were editing (you had version ${mine.version}, `
      + `it is now version ${theirs.version}). Your change was not saved.`),
    h('ul', {}, changed.length ? changed.map(field => h('li', { 'data-field': field },
      `${field}: “${shown(mine[field])}” is now “${shown(theirs[field])}”`))
      : h('li', {}, 'Other fields (for example ranks or its readiness) changed.')),
    h('button', { type: 'button', onclick: () => view.refresh(mine.id) }, 'Load the current version'));
  box.hidden = false;
  return null;
}

function shown(value) {
  if (Array.isArray(value)) return value.join(', ') || '–';
  return value ?? '–';
}

/** The box a form shows a 412 in. */
export function conflictBox(id) {
  return h('div', { id, class: 'conflict', role: 'alert', hidden: true });
}

/**
 * Disables the panel's controls with the reason: the server refused a change to an item of this
 * team (403), or the caller's access says up front that they may not change it.
 */
export function denyChanges(view, item) {
  const denied = view.denied.get(item.teamKey ?? '');
  const upFront = view.access?.editItem(view.product, item.teamKey, view.teams);
  if (!denied && !upFront) return;
  view.panel.querySelector('#item-denied')?.remove();
  let words;
  if (!denied) words = `You may not change ${item.key}: ${upFront}.`;
  else if (denied.key === item.key) words = `You may not change ${item.key}: ${denied.reason}`;
  else words = `You may not change ${item.key}: a change to ${denied.key} of the same team was refused (“${denied.reason}”).`;
  view.panel.querySelector('h3').after(h('p', { id: 'item-denied', class: 'notice' }, words));
  // Sections with their own rules (dependencies: either team may take part) keep their controls.
  const own = ':not([data-own-access] *)';
  view.panel.querySelectorAll(['button', 'input', 'select', 'textarea'].map(c => `form ${c}${own}`).join(', ')).forEach(control => {
    control.disabled = true;
    control.setAttribute('aria-describedby', 'item-denied');
    control.title = words;
  });
}
