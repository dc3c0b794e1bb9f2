// What the signed-in person may do, read from GET /api/backlog/me/access when a page renders (a
// grant or revocation counts from the next page on), so that controls they may not use are
// disabled with the reason before any click. The server stays the judge: a 403 still disables
// the controls it refused, with its own reason, should this picture be out of date.
import { api } from './api.js';
import { h } from './ui.js';

/** The caller's access; a backlog that cannot answer leaves every control enabled (the server still judges). */
export async function accessOf() {
  try {
    return new Access(await api('/api/backlog/me/access'));
  }
  catch (error) {
    if (error.status === 401) throw error;
    return null;
  }
}

const ROLE_NAMES = { ADMIN: 'administrator', PORTFOLIO_MANAGER: 'portfolio manager', PRODUCT_OWNER: 'product owner',
  TEAM_MEMBER: 'member of team', VIEWER: 'viewer' };
const SOURCES = { REALM_ROLE: 'Keycloak realm role', KEYCLOAK_GROUP: 'Keycloak group', REFINERY: 'granted in Refinery' };

/** A role in words: "product owner", "member of team PAY-CHECKOUT", "viewer". */
export function roleName(role, teamKey) {
  return role === 'TEAM_MEMBER' ? `member of team ${teamKey}` : ROLE_NAMES[role] ?? String(role).toLowerCase();
}

export function sourceName(source) {
  return SOURCES[source] ?? String(source).toLowerCase();
}

class Access {
  constructor({ username, everyProduct, grants }) {
    this.username = username;
    this.everyProduct = everyProduct;
    this.grants = grants || [];
  }

  get admin() {
    return this.grants.some(g => g.role === 'ADMIN');
  }

  /** Owners of the product (by group with the product-owner role, or by membership) and administrators. */
  manages(product) {
    return this.admin || this.grants.some(g => g.role === 'PRODUCT_OWNER' && g.productKey === product);
  }

  memberOf(team) {
    return this.grants.some(g => g.role === 'TEAM_MEMBER' && g.teamKey === team);
  }

  /** The grants that concern the product, realm roles included. */
  grantsFor(product) {
    return this.grants.filter(g => !g.productKey || g.productKey === product);
  }

  /** Why the person may not change items of `team`, or null when they may (`teams`: the product's teams). */
  editItem(product, team, teams) {
    if (this.manages(product) || (team && this.memberOf(team))) return null;
    if (!teams.some(t => this.memberOf(t.key))) return `${this.onlyViewing(product)} cannot change items`;
    return team ? `Only members of team ${team} and product owners of ${product} change its items`
      : `Only product owners of ${product} change items without a team`;
  }

  createItem(product, teams) {
    if (this.manages(product) || teams.some(t => this.memberOf(t.key))) return null;
    return `${this.onlyViewing(product)} cannot add items`;
  }

  reorder(product, teams) {
    if (this.manages(product)) return null;
    return teams.some(t => this.memberOf(t.key)) ? `Only product owners of ${product} reorder its backlog`
      : `${this.onlyViewing(product)} cannot reorder the backlog`;
  }

  manage(product, teams, what) {
    if (this.manages(product)) return null;
    return teams.some(t => this.memberOf(t.key)) ? `Only product owners of ${product} and administrators ${what}`
      : `${this.onlyViewing(product)} cannot ${what}`;
  }

  scheduleSession(product, teams) {
    if (this.manages(product) || teams.some(t => this.memberOf(t.key))) return null;
    return `${this.onlyViewing(product)} cannot schedule sessions`;
  }

  /** Outcomes: the facilitator, representatives who are members of the team they represent, product owners. */
  decide(session, teams) {
    if (this.manages(session.productKey) || this.facilitates(session, teams)) return null;
    const representative = Object.entries(session.representatives || {})
      .some(([team, people]) => people.includes(this.username) && this.memberOf(team));
    if (representative) return null;
    if (!teams.some(t => this.memberOf(t.key))) return `${this.onlyViewing(session.productKey)} cannot record outcomes`;
    return `Only the facilitator, the representatives of its teams and product owners of ${session.productKey} record outcomes`;
  }

  steer(session, teams) {
    if (this.manages(session.productKey) || this.facilitates(session, teams)) return null;
    if (!teams.some(t => this.memberOf(t.key))) return `${this.onlyViewing(session.productKey)} cannot edit, cancel or close sessions`;
    return `Only the facilitator and product owners of ${session.productKey} edit, cancel or close a session`;
  }

  /** Who only views the product: portfolio managers watch every product, viewers one. */
  onlyViewing(product) {
    const viewer = this.grants.some(g => g.role === 'VIEWER' && g.productKey === product);
    return !viewer && this.grants.some(g => g.role === 'PORTFOLIO_MANAGER') ? 'Portfolio managers' : `Viewers of ${product}`;
  }

  facilitates(session, teams) {
    return session.facilitator === this.username && teams.some(t => this.memberOf(t.key));
  }
}

/** The note that says why controls are disabled; controls point at it by `id`. */
export function reasonNote(id, reason) {
  return h('p', { class: 'notice denied', id }, reason);
}

/** Disables every control under `scope`, each pointing at the note `reasonId` and carrying the reason as its title. */
export function disableWithReason(scope, reason, reasonId) {
  if (!reason || !scope) return;
  scope.querySelectorAll('button, input, select, textarea').forEach(control => {
    control.disabled = true;
    control.setAttribute('aria-describedby', reasonId);
    control.title = reason;
  });
}
