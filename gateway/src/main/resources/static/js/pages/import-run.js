// One run of the import wizard: the file sent as multipart with its mapping, the job read every
// half second until it ends (its counts grow with every batch of rows, which drives the progress
// bar), then its row results: what each row became or, previewed, would become. An applied import's
// Blocks links are answered by dependency-service a moment after the rows: the job is read again
// until none is pending (or LINK_WAIT_MS passed), and each row lists what became of its links.
import { api } from '../api.js';
import { h, table } from '../ui.js';
import { label } from '../forms.js';

const POLL_MS = 500;
const ROWS_SHOWN = 500;
const LINK_WAIT_MS = 30000;
const ACTIONS = { CREATED: 'create', UPDATED: 'update', UNCHANGED: 'unchanged', ERROR: 'error', MISSING: 'missing' };
const LINKS = { PENDING: 'waiting', CREATED: 'dependency created', EXISTING: 'dependency exists', REFUSED: 'refused',
  UNRESOLVED: 'not linked' };

/** Starts the import and shows it in `result` until it ends; answers the finished job, or null once the page was left. */
export async function runImport(view, { file, format, mapping }, dryRun, result) {
  const body = new FormData();
  body.append('file', file, file.name);
  if (mapping) body.append('mapping', new Blob([JSON.stringify(mapping)], { type: 'application/json' }));
  const path = `/api/backlog/products/${view.product}/imports`;
  const progress = h('progress', { id: 'import-progress', max: view.previewed?.rows || 1, value: 0 });
  progress.removeAttribute('value');
  const status = h('p', { id: 'import-status' }, dryRun ? 'Reading the file for the preview…' : 'Importing…');
  result.replaceChildren(h('div', { class: 'field' }, h('label', { for: 'import-progress' },
    dryRun ? 'Preview' : 'Import progress'), progress), status);
  let job = await api(`${path}?format=${encodeURIComponent(format)}&dryRun=${dryRun}`, { method: 'POST', body });
  while (job.status === 'RUNNING') {
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
    if (view.stopped) return null;
    job = await api(`${path}/${job.id}?size=1`);
    if (job.counts.rows > 0) {
      progress.max = Math.max(view.previewed?.rows || 0, job.counts.rows);
      progress.value = job.counts.rows;
    }
    status.textContent = `${dryRun ? 'Previewing' : 'Importing'}: ${countsOf(job)}`;
  }
  let done = await api(`${path}/${job.id}?size=${ROWS_SHOWN}`);
  for (let waited = 0; done.links?.pending > 0 && waited < LINK_WAIT_MS; waited += POLL_MS * 2) {
    status.textContent = `Rows done; creating dependencies from ${done.links.pending} Blocks links…`;
    await new Promise(resolve => setTimeout(resolve, POLL_MS * 2));
    if (view.stopped) return null;
    done = await api(`${path}/${job.id}?size=${ROWS_SHOWN}`);
  }
  if (view.stopped) return null;
  result.replaceChildren(outcome(view, done));
  return done;
}

export function countsOf(job) {
  const c = job.counts || {};
  return `${c.rows} rows: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.errors} errors`
    + (c.missing ? `, ${c.missing} missing from the file` : '');
}

function outcome(view, job) {
  const c = job.counts;
  const finished = job.status === 'COMPLETED';
  const heading = job.dryRun ? (finished ? 'Preview: what the import would do' : `The preview ${label(job.status)}`)
    : (finished ? 'The import is done' : `The import ${label(job.status)}`);
  const rows = job.rows?.content || [];
  return h('section', { id: 'import-outcome', 'data-status': job.status, 'data-dry-run': String(job.dryRun),
    'aria-labelledby': 'import-outcome-title' },
  h('h4', { id: 'import-outcome-title' }, heading),
  job.failure ? h('p', { class: 'form-problem' }, job.failure) : null,
  h('dl', { class: 'counts', id: 'import-counts' },
    [['Rows', c.rows], [job.dryRun ? 'Would create' : 'Created', c.created], [job.dryRun ? 'Would update' : 'Updated', c.updated],
      ['Unchanged', c.unchanged], ['Errors', c.errors], ['Missing from the file', c.missing]]
      .map(([term, value]) => h('div', { class: term === 'Errors' && value ? 'bad' : null },
        h('dt', {}, term), h('dd', {}, String(value))))),
  job.links ? h('p', { id: 'import-links' }, `Blocks links: ${job.links.created} dependencies created, `
    + `${job.links.existing} existed already, ${job.links.refused} refused, ${job.links.unresolved} not linked`
    + (job.links.pending ? `, ${job.links.pending} still waiting` : '') + '.') : null,
  !job.dryRun && finished ? h('p', {}, h('a', { href: '#/backlog', id: 'import-backlog-link' },
    `Open the backlog of ${view.product}`), ' to see the imported items.') : null,
  job.dryRun && finished && c.errors ? h('p', { class: 'hint' },
    'Rows with errors are left out when the import is applied; fix them in the mapping or the file and preview again.') : null,
  rows.length < (job.rows?.totalElements || 0) ? h('p', { class: 'hint' },
    `The first ${rows.length} of ${job.rows.totalElements} rows are shown.`) : null,
  rowTable(rows));
}

function rowTable(rows) {
  const shown = table(['Line', 'Key', 'Action', 'Item', 'Reason', 'Links'], [], 'Row results');
  shown.id = 'import-rows';
  if (!rows.length) return shown;
  shown.tBodies[0].replaceChildren(...rows.map(row => h('tr', { class: row.action === 'ERROR' ? 'row-error' : null,
    'data-key': row.externalKey, 'data-action': row.action },
  h('td', {}, row.line ? String(row.line) : '–'), h('td', {}, row.externalKey || '–'),
  h('td', {}, h('span', { class: `badge ${row.action === 'ERROR' ? 'bad' : ''}` }, ACTIONS[row.action] || row.action)),
  h('td', {}, row.itemKey || '–'), h('td', {}, row.reason || ''), h('td', {}, linkList(row)))));
  return shown;
}

/** The row's Blocks links, each with what became of it once an applied import sent it on. */
function linkList(row) {
  const links = row.links?.length ? row.links : [
    ...(row.blocks || []).map(key => ({ prerequisiteKey: row.externalKey, dependentKey: key })),
    ...(row.blockedBy || []).map(key => ({ prerequisiteKey: key, dependentKey: row.externalKey }))];
  if (!links.length) return '';
  return h('ul', { class: 'import-links' }, ...links.map(link => {
    const text = link.prerequisiteKey === row.externalKey ? `blocks ${link.dependentKey}`
      : `blocked by ${link.prerequisiteKey}`;
    return h('li', { class: link.status === 'REFUSED' ? 'link-refused' : null, 'data-link-status': link.status || 'FILE' },
      link.status ? `${text}: ${LINKS[link.status] || link.status}${link.reason ? ` (${link.reason})` : ''}` : text);
  }));
}
