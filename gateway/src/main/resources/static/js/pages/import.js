// Importing a backlog from Jira, Azure Boards or a Refinery export, as a wizard: (1) the file and
// its format, guessed from the name and first line; (2) the mapping, the defaults shown and
// editable; (3) a preview (dryRun) whose row results say what each row would become, errors with
// their line and reason; (4) the apply with its progress, then a summary. The imports made before
// are listed below. Product owners and administrators import; others see why they may not.
import { api, teamsOf } from '../api.js';
import { h, table, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors, label } from '../forms.js';
import { accessOf, reasonNote, disableWithReason } from '../access.js';
import { mappingStep, guessFormat } from './import-mapping.js';
import { runImport, countsOf } from './import-run.js';

const FORMATS = { 'jira-csv': 'Jira CSV (all fields)', 'jira-json': 'Jira JSON (REST search)',
  'azure-csv': 'Azure Boards CSV', 'azure-json': 'Azure Boards JSON (REST work items)',
  'refinery-json': 'Refinery export (JSON)' };

export async function render(main, { product }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [teams, access] = await Promise.all([teamsOf(product), accessOf()]);
  const view = { product, main, reason: access?.manage(product, teams, 'import into its backlog') ?? null, stopped: false };
  const wizard = wizardForm(view);
  main.replaceChildren(...[h('h2', {}, `Import · ${product}`),
    view.reason ? reasonNote('import-denied', `You may not import into ${product}: ${view.reason}.`) : null,
    h('section', { class: 'card', 'aria-labelledby': 'import-title' }, h('h3', { id: 'import-title' }, 'Import a backlog'),
      h('p', { class: 'hint' }, 'Items already imported from the same tracker are matched by their key and updated, '
        + 'so importing the same file again changes nothing. Nothing is ever deleted.'), wizard),
    h('section', { class: 'card', 'aria-labelledby': 'import-history-title' },
      h('h3', { id: 'import-history-title' }, 'Past imports'), h('div', { id: 'import-history' }))].filter(Boolean));
  if (view.reason) disableWithReason(wizard, view.reason, 'import-denied');
  await showHistory(view);
  return () => { view.stopped = true; };
}

function wizardForm(view) {
  const file = h('input', { id: 'import-file', type: 'file', accept: '.csv,.json,text/csv,application/json' });
  const format = h('select', { id: 'import-format' }, h('option', { value: '' }, 'Choose the format'),
    Object.entries(FORMATS).map(([value, words]) => h('option', { value }, words)));
  const guessed = h('span', { class: 'hint', id: 'import-guess', 'aria-live': 'polite' });
  const mapping = mappingStep('');
  const preview = h('button', { type: 'submit', id: 'import-preview', class: 'primary' }, 'Preview');
  const apply = h('button', { type: 'button', id: 'import-apply', disabled: true }, 'Apply the import');
  const result = h('div', { id: 'import-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'import-form', 'aria-label': 'Import a backlog', novalidate: true },
    h('fieldset', { class: 'step' }, h('legend', {}, '1. File and format'),
      h('div', { class: 'mapping' },
        field('File exported from the tracker', file, { pointer: '#/file', hint: 'CSV or JSON, up to 50 MB.' }),
        field('Format', format, { pointer: '#/query/format' })), guessed),
    mapping.element,
    h('fieldset', { class: 'step' }, h('legend', {}, '3. Preview, 4. Apply'),
      h('p', { class: 'hint', id: 'import-apply-hint' }, 'The preview reads the whole file and writes nothing; '
        + 'apply it once the rows look right.'),
      h('div', { class: 'actions' }, preview, apply)),
    summary('import-problem'), result);
  apply.setAttribute('aria-describedby', 'import-apply-hint');
  file.addEventListener('change', async () => {
    view.previewed = null;
    apply.disabled = true;
    const chosen = file.files[0];
    if (!chosen) return;
    const start = await chosen.slice(0, 4096).text();
    const kind = guessFormat(chosen.name, start);
    if (kind) format.value = kind;
    mapping.showDefaults(format.value);
    guessed.textContent = kind ? `Recognised as ${FORMATS[kind]}; change it if that is wrong.`
      : 'The format could not be recognised; choose it.';
  });
  format.addEventListener('change', () => { mapping.showDefaults(format.value); view.previewed = null; apply.disabled = true; });
  const start = async dryRun => {
    clearErrors(form);
    const request = { file: file.files[0], format: format.value };
    try {
      if (!request.file) throw fieldError('#/file', 'Choose the file to import.', 'choose a file');
      if (!request.format) throw fieldError('#/query/format', 'Choose the format of the file.', 'choose a format');
      request.mapping = request.format === 'refinery-json' ? null : mapping.read();
      form.querySelectorAll('button').forEach(button => { button.disabled = true; });
      const job = await runImport(view, request, dryRun, result);
      if (!job) return;
      view.previewed = dryRun && job.status === 'COMPLETED' ? { rows: job.counts.rows } : null;
      announce(dryRun ? `Preview done: ${countsOf(job)}` : `Import ${label(job.status)}: ${countsOf(job)}`);
      await showHistory(view);
    }
    catch (error) {
      showErrors(form, error);
    }
    finally {
      preview.disabled = false;
      apply.disabled = !view.previewed;
    }
  };
  form.addEventListener('submit', event => { event.preventDefault(); start(true); });
  apply.addEventListener('click', () => start(false));
  return form;
}

function fieldError(pointer, message, rule) {
  return Object.assign(new Error(message), { problem: { errors: [{ pointer, rule }] } });
}

/** The product's imports, latest first; only those who may import see them. */
async function showHistory(view) {
  const box = view.main.querySelector('#import-history');
  if (view.reason) return box.replaceChildren(h('p', { class: 'muted' }, 'Past imports are shown to those who may import.'));
  const page = await api(`/api/backlog/products/${view.product}/imports?size=20`);
  if (view.stopped) return;
  const rows = (page?.content || []).map(job => [new Date(job.startedAt).toLocaleString(), job.startedBy,
    job.fileName || '–', job.format, job.dryRun ? 'preview' : 'apply',
    h('span', { class: `badge ${job.status === 'COMPLETED' ? 'DONE' : job.status === 'RUNNING' ? 'ACTIVE' : 'bad'}` },
      label(job.status)), countsOf(job)]);
  box.replaceChildren(table(['Started', 'By', 'File', 'Format', 'Kind', 'Status', 'Rows'], rows, 'Past imports'));
}
