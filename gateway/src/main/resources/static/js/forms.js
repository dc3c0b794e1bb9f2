// Form helpers: labelled fields with a place for their error, and problem+json answers shown
// next to the field their JSON Pointer names (what no field claims goes to the form's summary).
import { h } from './ui.js';

let next = 0;

/** A labelled control; `pointer` is the JSON Pointer (or #/query/name) the API names it by. */
export function field(label, control, { pointer, hint } = {}) {
  if (!control.id) control.id = `field-${++next}`;
  const error = h('span', { class: 'field-error', id: `${control.id}-error`, hidden: true });
  control.setAttribute('aria-describedby', [hint ? `${control.id}-hint` : null, error.id].filter(Boolean).join(' '));
  if (pointer) control.dataset.pointer = pointer;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control,
    hint ? h('span', { class: 'hint', id: `${control.id}-hint` }, hint) : null, error);
}

/** The summary box of a form: refusals that name no field, and the form's other messages. */
export function summary(id) {
  return h('div', { class: 'form-problem', id, role: 'alert', hidden: true });
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error, .form-problem').forEach(box => { box.textContent = ''; box.hidden = true; });
  form.querySelectorAll('[aria-invalid]').forEach(control => control.removeAttribute('aria-invalid'));
}

/** Shows an ApiError in the form: each input error at its field, the rest in the summary box. */
export function showErrors(form, error) {
  clearErrors(form);
  const controls = [...form.querySelectorAll('[data-pointer]')];
  const unplaced = [];
  for (const input of error.problem?.errors || []) {
    const control = closest(controls, input.pointer || '');
    if (!control) { unplaced.push(input); continue; }
    const box = document.getElementById(`${control.id}-error`);
    box.textContent = [box.textContent, rule(input)].filter(Boolean).join('; ');
    box.hidden = false;
    control.setAttribute('aria-invalid', 'true');
  }
  const box = form.querySelector('.form-problem');
  if (!box) return;
  box.replaceChildren(h('p', {}, error.message || String(error)),
    unplaced.length ? h('ul', {}, unplaced.map(input => h('li', {}, `${input.pointer}: ${rule(input)}`))) : null);
  box.hidden = false;
}

function rule(input) {
  return input.rule || input.message || input.detail || 'is not accepted';
}

/** The control whose pointer is the longest prefix of the one the API named. */
function closest(controls, pointer) {
  return controls.filter(c => pointer === c.dataset.pointer || pointer.startsWith(`${c.dataset.pointer}/`))
    .sort((a, b) => b.dataset.pointer.length - a.dataset.pointer.length)[0];
}

/** Lines of a textarea as a list, blank lines left out. */
export function lines(textarea) {
  return textarea.value.split('\n').map(line => line.trim()).filter(Boolean);
}

export function label(value) {
  return String(value).replaceAll('_', ' ').toLowerCase();
}
