// A product's people: who holds which role and who granted it, the caller's own access with
// where each grant comes from, and the history of grants. Owners and administrators add a person,
// change a role or remove one; every change carries the membership version as If-Match.
import { api, ApiError, teamsOf } from '../api.js';
import { h, table, announce } from '../ui.js';
import { field, summary, showErrors, clearErrors } from '../forms.js';
import { accessOf, roleName, sourceName, reasonNote, disableWithReason } from '../access.js';

const ROLES = ['PRODUCT_OWNER', 'TEAM_MEMBER', 'VIEWER'];

export async function render(main, { product }) {
  if (!product) return main.replaceChildren(h('p', {}, 'No product is visible to you.'));
  const [teams, access] = await Promise.all([teamsOf(product), accessOf()]);
  const view = { product, teams, access, main };
  view.reason = access?.manage(product, teams, 'change its people') ?? null;
  await show(view);
}

async function show(view, focus) {
  const { product } = view;
  const [members, history] = await Promise.all([api(`/api/backlog/products/${product}/members?size=200`),
    api(`/api/backlog/products/${product}/members/history?size=50`)]);
  view.version = members.version;
  const people = byPerson(members.content || []);
  view.main.replaceChildren(...[h('h2', {}, `People · ${product}`),
    view.reason ? reasonNote('people-denied', `You may not change the people of ${product}: ${view.reason}.`) : null,
    h('div', { class: 'grid' },
      h('section', { class: 'card', 'aria-labelledby': 'members-title' },
        h('h3', { id: 'members-title' }, 'Members'),
        h('p', { class: 'hint' }, 'Roles granted in Refinery. People may also see or change the product through '
          + 'Keycloak groups, which only they see under “Your access”.'),
        memberList(view, people), summary('members-problem')),
      h('div', { class: 'stack' }, addForm(view, people), ownAccess(view))),
    h('section', { class: 'card', 'aria-labelledby': 'history-title' }, h('h3', { id: 'history-title' }, 'History'),
      historyTable(history.content || []))].filter(Boolean));
  if (view.reason) disableWithReason(view.main.querySelector('#members'), view.reason, 'people-denied');
  if (view.reason) disableWithReason(view.main.querySelector('#add-member'), view.reason, 'people-denied');
  if (focus) view.main.querySelector(focus)?.focus();
}

function byPerson(members) {
  const people = new Map();
  members.forEach(m => people.set(m.username, [...(people.get(m.username) || []), m]));
  return [...people.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function memberList(view, people) {
  if (!people.length) return h('p', { id: 'members', class: 'muted' }, 'Nobody holds a role here yet.');
  return h('ul', { id: 'members', class: 'members' }, people.map(([username, roles]) =>
    h('li', { 'data-username': username },
      h('div', { class: 'member-head' }, h('strong', {}, username),
        h('span', { class: 'roles' }, roles.map(r => h('span', { class: 'badge', 'data-role': r.role,
          'data-team': r.teamKey || null }, roleName(r.role, r.teamKey))))),
      h('p', { class: 'meta' }, roles.map(r => h('span', {},
        `${sourceName(r.source)} by ${r.grantedBy}, ${new Date(r.grantedAt).toLocaleString()}`))),
      h('div', { class: 'actions' },
        h('button', { type: 'button', 'data-change': username, 'aria-expanded': 'false',
          'aria-label': `Change the role of ${username}`, onclick: event => toggleChange(view, username, roles, event.currentTarget) },
        'Change role'),
        h('button', { type: 'button', 'data-remove': username, 'aria-label': `Remove ${username} from ${view.product}`,
          onclick: () => remove(view, username) }, 'Remove')),
      h('div', { class: 'change-slot' }))));
}

function toggleChange(view, username, roles, button) {
  const slot = button.closest('li').querySelector('.change-slot');
  const open = button.getAttribute('aria-expanded') === 'true';
  button.setAttribute('aria-expanded', String(!open));
  slot.replaceChildren();
  if (open) return;
  const form = roleForm(view, `change-${username}`, `Change the role of ${username}`, 'Save role', roles[0], () => username);
  form.prepend(h('p', { class: 'hint' }, roles.length > 1 ? `Replaces all ${roles.length} roles ${username} holds.`
    : `Replaces ${roleName(roles[0].role, roles[0].teamKey)}.`));
  slot.append(form);
  form.querySelector('select').focus();
}

function addForm(view, people) {
  const form = roleForm(view, 'add-member', 'Add a person', 'Add person', null, username => username.value.trim());
  form.addEventListener('input', () => {
    const known = people.find(([name]) => name === form.querySelector('#add-member-username').value.trim());
    form.querySelector('#add-member-known').textContent = known
      ? `${known[0]} already holds roles here; adding replaces them.` : '';
  });
  return h('section', { class: 'card', 'aria-labelledby': 'add-member-title' },
    h('h3', { id: 'add-member-title' }, 'Add a person'), form);
}

/** A role (and team, for team members) for one person; `whom(usernameInput)` names the person. */
function roleForm(view, id, name, action, current, whom) {
  const username = current ? null : h('input', { id: `${id}-username`, name: 'username', maxlength: 100,
    autocomplete: 'off', spellcheck: 'false', required: true });
  const role = h('select', { id: `${id}-role`, name: 'role' }, ROLES.map(r => h('option', { value: r },
    r === 'TEAM_MEMBER' ? 'member of a team' : roleName(r))));
  const team = h('select', { id: `${id}-team`, name: 'teamKey' },
    view.teams.map(t => h('option', { value: t.key }, `${t.key} · ${t.name}`)));
  if (current) {
    role.value = current.role;
    if (current.teamKey) team.value = current.teamKey;
  }
  const teamField = field('Team', team, { pointer: '/roles/0/teamKey' });
  const showTeam = () => { teamField.hidden = role.value !== 'TEAM_MEMBER'; };
  role.addEventListener('change', showTeam);
  showTeam();
  const form = h('form', { id, class: 'people-form', 'aria-label': name, novalidate: true },
    username ? field('Username', username, { pointer: '#/path/username', hint: 'As the person signs in, e.g. tess.' }) : null,
    username ? h('p', { class: 'hint', id: `${id}-known`, 'aria-live': 'polite' }) : null,
    field('Role', role, { pointer: '/roles/0/role' }), teamField,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, action)),
    summary(`${id}-problem`));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const person = whom(username);
    const roles = [{ role: role.value, teamKey: role.value === 'TEAM_MEMBER' ? team.value : null }];
    try {
      await api(`/api/backlog/products/${view.product}/members/${encodeURIComponent(person)}`,
        { method: 'PUT', body: { roles }, version: view.version });
      announce(`${person} is now ${roleName(roles[0].role, roles[0].teamKey)} of ${view.product}`);
      await show(view, `#members li[data-username="${CSS.escape(person)}"] button[data-change]`);
    }
    catch (error) {
      await refused(view, form, error);
    }
  });
  return form;
}

async function remove(view, username) {
  pageProblem(view, null);
  try {
    await api(`/api/backlog/products/${view.product}/members/${encodeURIComponent(username)}`,
      { method: 'DELETE', version: view.version });
    announce(`${username} removed from ${view.product}`);
    await show(view, '#add-member-username');
  }
  catch (error) {
    await refused(view, null, error);
  }
}

/** The list's own problem box: refusals of a removal, or of a change whose form is gone. */
function pageProblem(view, message) {
  const box = view.main.querySelector('#members-problem');
  box.replaceChildren(...(message ? [h('p', {}, message)] : []));
  box.hidden = !message;
}

/**
 * A 412 shows the people as they are now; a 403 disables the changes with the server's reason
 * (the picture of the caller's access was out of date); any other refusal shows at its fields.
 */
async function refused(view, form, error) {
  if (error instanceof ApiError && error.status === 412) {
    await show(view);
    return pageProblem(view, 'Someone else changed the people meanwhile (shown now); look them over and try again.');
  }
  if (error instanceof ApiError && error.status === 403 && !view.reason) {
    view.reason = error.problem?.detail || error.message;
    await show(view);
    return pageProblem(view, error.message);
  }
  if (form) showErrors(form, error);
  else pageProblem(view, error.message);
  return undefined;
}

/** The caller's own grants in this product and where each comes from, so they know whom to ask. */
function ownAccess(view) {
  const grants = view.access?.grantsFor(view.product) || [];
  return h('section', { class: 'card', 'aria-labelledby': 'own-access-title' },
    h('h3', { id: 'own-access-title' }, 'Your access'),
    view.access ? h('ul', { id: 'own-access' }, grants.length ? grants.map(g => h('li', {},
      `${roleName(g.role, g.teamKey)}${g.productKey ? ` of ${g.productKey}` : ' (every product it applies to)'}`,
      h('span', { class: 'muted' }, ` · ${sourceName(g.source)}`))) : h('li', {}, 'No grant names this product.'))
      : h('p', { class: 'muted' }, 'Your access could not be read.'));
}

function historyTable(changes) {
  const rows = changes.slice().sort((a, b) => b.version - a.version || String(b.changedAt).localeCompare(a.changedAt))
    .map(c => [String(c.version), new Date(c.changedAt).toLocaleString(), c.changedBy,
      `${c.change === 'GRANTED' ? 'granted' : 'revoked'} ${c.username}: ${roleName(c.role, c.teamKey)}`]);
  const shown = table(['Version', 'When', 'Who', 'Change'], rows, 'Membership history');
  shown.id = 'member-history';
  return shown;
}
