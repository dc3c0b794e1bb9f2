// Steering a session before it is over: correcting its plan, cancelling it with a reason, and
// closing it once held. Each change carries the session's version as If-Match.
import { api, ApiError } from '../api.js';
import { h, announce, showProblem } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { planForm } from './session-plan.js';

/** Edit, cancel and close, folded away so the agenda stays in front. */
export function steerCard(view, session) {
  const edit = h('details', { class: 'more', id: 'plan-edit' }, h('summary', {}, 'Edit the plan'));
  edit.append(planForm(view, session, saved => {
    edit.open = false;
    return view.show(saved.id);
  }));
  return h('section', { class: 'card', id: 'session-steer', 'aria-label': 'Steer the session' },
    h('h3', {}, 'Steer the session'), closeForm(view, session), edit, cancelForm(view, session));
}

function closeForm(view, session) {
  const form = h('form', { id: 'close-form', 'aria-label': 'Close the session' },
    h('p', { class: 'hint' }, 'Closing ends the session for good and shows its summary; its outcomes stand.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'close-session' }, 'Close session')),
    summary('close-problem'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    end(view, session, form, 'close', undefined, 'closed');
  });
  return form;
}

function cancelForm(view, session) {
  const reason = h('textarea', { id: 'cancel-reason', name: 'reason', rows: 2, maxlength: 1000 });
  const form = h('form', { id: 'cancel-form', 'aria-label': 'Cancel the session', novalidate: true },
    field('Reason for cancelling', reason, { pointer: '/reason', hint: 'Outcomes already recorded stand.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'cancel-session' }, 'Cancel session')),
    summary('cancel-problem'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    end(view, session, form, 'cancel', { reason: reason.value.trim() || null }, 'cancelled');
  });
  return h('details', { class: 'more', id: 'cancel-details' }, h('summary', {}, 'Cancel the session'), form);
}

async function end(view, session, form, action, body, done) {
  clearErrors(form);
  try {
    const after = await api(`/api/backlog/refinement-sessions/${session.id}/${action}`,
      { method: 'POST', body, version: session.version });
    announce(`${after.title} ${done}`);
    await view.show(after.id);
  }
  catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      await view.show(session.id);
      showProblem({ message: `The session changed meanwhile (shown now); look it over and ${action} it again.` });
      return;
    }
    showErrors(form, error);
    view.refused(error, 'steer');
  }
}
