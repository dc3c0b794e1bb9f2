// Calls the platform's API on the same origin with the gateway session cookie.
// Writes carry the session's CSRF token; problems become ApiError with plain words.

const RETURN_KEY = 'refinery.returnTo';

export class ApiError extends Error {
  constructor(status, problem) {
    super(plainWords(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

// The page names its session's token (one request fewer per load); a renewal asks the gateway.
let csrf = fromPage();

function fromPage() {
  const token = document.querySelector('meta[name=csrf-token]')?.content;
  const headerName = document.querySelector('meta[name=csrf-header]')?.content;
  return token && headerName ? { headerName, token } : null;
}

async function csrfHeader(renew = false) {
  if (!csrf || renew) {
    const response = await fetch('/dashboard/csrf', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) relogin();
    if (!response.ok) throw new ApiError(response.status, null);
    csrf = await response.json();
  }
  return csrf;
}

export async function csrfToken() {
  return (await csrfHeader()).token;
}

/** Sends the browser through the login and back to the page it was on. */
export function relogin() {
  sessionStorage.setItem(RETURN_KEY, location.hash || '#/portfolio');
  location.assign('/oauth2/authorization/keycloak');
  throw new ApiError(401, { detail: 'Your session has expired; signing you in again.' });
}

/** Where to go after a login that this page started, once. */
export function returnTarget() {
  const target = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return target;
}

/**
 * One API call. Options: method, body (JSON, or a FormData sent as multipart as it is), version
 * (sent as If-Match), optional (a 404 answers null instead of failing: for features another
 * service may not offer yet).
 */
export async function api(path, { method = 'GET', body, version, optional = false } = {}) {
  const response = await send(path, method, body, version, false);
  if (response.status === 401) relogin();
  if (optional && (response.status === 404 || response.status === 405)) return null;
  const text = await response.text();
  const data = text ? parseJson(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  const etag = response.headers.get('ETag');
  return etag && data && typeof data === 'object' ? Object.defineProperty(data, 'etag', { value: etag }) : data;
}

async function send(path, method, body, version, retried) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (version !== undefined && version !== null) headers['If-Match'] = `"${version}"`;
  if (method !== 'GET') {
    const token = await csrfHeader();
    headers[token.headerName] = token.token;
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined || form ? body : JSON.stringify(body),
  });
  if (response.status === 403 && method !== 'GET' && !retried) {
    // The session may have been renewed since the token was read: one fresh token, one retry.
    await csrfHeader(true);
    return send(path, method, body, version, true);
  }
  return response;
}

function parseJson(text) {
  try { return JSON.parse(text); } catch { return { detail: text.slice(0, 200) }; }
}

function plainWords(status, problem) {
  const detail = problem && (problem.detail || problem.title);
  const fields = problem && Array.isArray(problem.errors)
    ? ' (' + problem.errors.map(e => `${e.field || e.pointer || ''} ${e.rule || e.message || e.detail || ''}`.trim()).join('; ') + ')'
    : '';
  switch (status) {
    case 400: case 422: return `That was not accepted: ${detail || 'the input is invalid'}${fields}`;
    case 403: return `You may not do that: ${detail || 'your role does not allow it'}`;
    case 404: return `Not found: ${detail || 'it may have been removed, or you may not see it'}`;
    case 409: return `That conflicts with the current state: ${detail || ''}`;
    case 412: return `Someone else changed this meanwhile: ${detail || 'reload and try again'}`;
    case 429: return 'Too many requests in a short time; wait a moment and try again.';
    case 503: return `A service is unavailable right now: ${detail || 'try again shortly'}`;
    case 504: return `A service took too long to answer: ${detail || 'try again shortly'}`;
    default: return `The request failed (${status})${detail ? ': ' + detail : ''}`;
  }
}

/** A product's teams, all of them (a product has tens): the list is paged like every list. */
export async function teamsOf(product) {
  return (await api(`/api/backlog/products/${product}/teams?size=500`)).content;
}
