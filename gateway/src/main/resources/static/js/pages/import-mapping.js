// The mapping step of the import wizard: the tracker's types and statuses to Refinery's, the
// column (or JSON field) that holds the team, team names to team keys, the estimate field, and the
// order new items take (Jira's Rank when the file has it, or the file's order).
// The maps start with backlog-service's defaults (ImportMapping); what is sent overrides them, so
// sending them unchanged changes nothing, and an edited or added line is what the import uses.
import { h } from '../ui.js';
import { field } from '../forms.js';

const TYPES = { epic: 'EPIC', feature: 'FEATURE', story: 'STORY', 'user story': 'STORY', 'product backlog item': 'STORY',
  requirement: 'STORY', task: 'STORY', 'sub-task': 'STORY', subtask: 'STORY', issue: 'STORY', bug: 'DEFECT',
  defect: 'DEFECT', enabler: 'ENABLER', spike: 'ENABLER' };
const STATUSES = { 'to do': 'DRAFT', open: 'DRAFT', new: 'DRAFT', backlog: 'DRAFT', proposed: 'DRAFT', draft: 'DRAFT',
  'in refinement': 'IN_REFINEMENT', in_refinement: 'IN_REFINEMENT', approved: 'IN_REFINEMENT', ready: 'READY',
  'selected for development': 'READY', 'ready for development': 'READY', planned: 'PLANNED', committed: 'PLANNED',
  'in progress': 'IN_PROGRESS', in_progress: 'IN_PROGRESS', active: 'IN_PROGRESS', 'in review': 'IN_PROGRESS',
  resolved: 'IN_PROGRESS',
  done: 'DONE', closed: 'DONE', removed: 'REMOVED', "won't do": 'REMOVED', cancelled: 'REMOVED' };

/** The format's own choice when a field is left empty, as the readers make it. */
const DEFAULT_FIELDS = {
  'jira-csv': { team: 'Custom field (Team), else Component/s',
    estimate: 'Custom field (Story Points), else Custom field (Story point estimate)',
    rank: 'Rank, else Custom field (Rank)' },
  'jira-json': { team: 'components', estimate: 'customfield_10016', rank: 'customfield_10019' },
  'azure-csv': { team: 'Area Path (its last segment)', estimate: 'Story Points, else Effort, else Size' },
  'azure-json': { team: 'System.AreaPath', estimate: 'Microsoft.VSTS.Scheduling.StoryPoints, else …Effort' },
  'refinery-json': { team: 'teamKey (a Refinery export needs no mapping)', estimate: 'estimate' },
};

const asLines = map => Object.entries(map).map(([from, to]) => `${from} = ${to}`).join('\n');

/** The mapping fieldset; `read()` answers the mapping part, or throws naming the line it cannot read. */
export function mappingStep(format) {
  const types = h('textarea', { id: 'import-types', rows: 6, spellcheck: 'false' }, asLines(TYPES));
  const statuses = h('textarea', { id: 'import-statuses', rows: 6, spellcheck: 'false' }, asLines(STATUSES));
  const teamField = h('input', { id: 'import-team-field', maxlength: 200, autocomplete: 'off' });
  const teams = h('textarea', { id: 'import-teams', rows: 3, spellcheck: 'false', placeholder: 'Checkout = PAY-CHECKOUT' });
  const estimateField = h('input', { id: 'import-estimate-field', maxlength: 200, autocomplete: 'off' });
  const order = h('select', { id: 'import-order' },
    h('option', { value: 'RANK' }, 'By the tracker’s rank where the file has one (Jira’s Rank), else file order'),
    h('option', { value: 'FILE' }, 'In the order of the file'));
  const rankField = h('input', { id: 'import-rank-field', maxlength: 200, autocomplete: 'off' });
  const rankFields = h('div', { class: 'mapping' },
    field('Order of new items', order, { pointer: '#/mapping/order',
      hint: 'New items go after the items already in the backlog; items that exist keep their place.' }),
    field('Rank column or field', rankField, { pointer: '#/mapping/rankField' }));
  const step = h('fieldset', { id: 'import-mapping', class: 'step' }, h('legend', {}, '2. Mapping'),
    h('p', { class: 'hint' }, 'One “tracker name = Refinery value” per line; names match in any case. '
      + 'Empty fields take the format’s default, shown greyed.'),
    h('div', { class: 'mapping' },
      field('Types (EPIC, FEATURE, STORY, ENABLER, DEFECT)', types, { pointer: '#/mapping/types' }),
      field('Statuses (DRAFT, IN_REFINEMENT, READY, PLANNED, IN_PROGRESS, DONE, REMOVED)', statuses,
        { pointer: '#/mapping/statuses' }),
      field('Team column or field', teamField, { pointer: '#/mapping/teamField' }),
      field('Team names to team keys', teams, { pointer: '#/mapping/teams',
        hint: 'Only where a name differs from the key; an Azure area path matches by its last segment.' }),
      field('Estimate column or field', estimateField, { pointer: '#/mapping/estimateField' })), rankFields);
  const showDefaults = chosen => {
    const defaults = DEFAULT_FIELDS[chosen] || {};
    teamField.placeholder = defaults.team || '';
    estimateField.placeholder = defaults.estimate || '';
    rankField.placeholder = defaults.rank || '';
    rankFields.hidden = !defaults.rank;
  };
  showDefaults(format);
  return {
    element: step, showDefaults,
    read: () => ({
      types: pairs(types, '#/mapping/types'), statuses: pairs(statuses, '#/mapping/statuses'),
      teamField: teamField.value.trim() || null, teams: pairs(teams, '#/mapping/teams'),
      estimateField: estimateField.value.trim() || null,
      ...(rankFields.hidden ? {} : { rankField: rankField.value.trim() || null, order: order.value }),
    }),
  };
}

/** "name = VALUE" lines as an object; a line without "=" is refused here, as the API would refuse it. */
function pairs(textarea, pointer) {
  const map = {};
  textarea.value.split('\n').map(line => line.trim()).filter(Boolean).forEach((line, i) => {
    const at = line.lastIndexOf('=');
    if (at <= 0 || at === line.length - 1) {
      throw Object.assign(new Error(`Line ${i + 1} of the mapping is not “name = value”: ${line}`),
        { problem: { errors: [{ pointer, rule: `line “${line}” is not “name = value”` }] } });
    }
    map[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  });
  return Object.keys(map).length ? map : null;
}

/** The format a file most likely is, from its name and its first characters. */
export function guessFormat(name, start) {
  const text = start.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(name) || /^\s*[[{]/.test(text)) {
    if (/"issues"\s*:/.test(text)) return 'jira-json';
    if (/"refinery-backlog"|"items"\s*:/.test(text)) return 'refinery-json';
    if (/"value"\s*:|System\.WorkItemType|^\s*\[/.test(text)) return 'azure-json';
    return null;
  }
  const first = text.split(/\r?\n/)[0];
  if (/Work Item Type/i.test(first)) return 'azure-csv';
  if (/Issue key/i.test(first)) return 'jira-csv';
  return /\.csv$/i.test(name) ? 'jira-csv' : null;
}
