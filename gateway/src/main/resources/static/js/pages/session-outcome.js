// Outcomes that are notes of the discussion rather than changes of the item (clarified, reordered,
// a dependency identified, ready, deferred), for any agenda item, in one small form.
import { api } from '../api.js';
import { h, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors, label } from '../forms.js';

const NOTES = ['CLARIFIED', 'REORDERED', 'DEPENDENCY_IDENTIFIED', 'READY', 'DEFERRED'];

export function outcomeForm(view, session) {
  const item = h('select', { id: 'outcome-item', name: 'itemId' },
    session.agenda.map(i => h('option', { value: i }, view.cache.get(i)?.key ?? i)));
  const kind = h('select', { id: 'outcome-kind', name: 'kind' }, NOTES.map(k => h('option', { value: k }, label(k))));
  const note = h('input', { id: 'outcome-note', name: 'note', maxlength: 4000 });
  const form = h('form', { class: 'panel session-control', id: 'outcome-form', 'aria-label': 'Record an outcome', novalidate: true },
    field('Item', item, { pointer: '/itemId' }), field('Outcome', kind, { pointer: '/kind' }),
    field('Note', note, { pointer: '/note' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Record outcome')),
    summary('outcome-problem'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    try {
      const after = await api(`/api/backlog/refinement-sessions/${session.id}/outcomes`,
        { method: 'POST', body: { itemId: item.value, kind: kind.value, note: note.value.trim() || null } });
      announce(`${label(kind.value)} recorded`);
      await view.show(after.id);
    }
    catch (error) {
      showErrors(form, error);
      view.refused(error, 'decide');
    }
  });
  return form;
}
