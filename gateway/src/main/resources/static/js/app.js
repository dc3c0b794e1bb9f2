// The dashboard shell: product choice, hash navigation, one place for errors.
import { api, returnTarget, csrfToken } from './api.js';
import { h, showProblem } from './ui.js';
import { disposeCharts } from './charts.js';
import * as portfolio from './pages/portfolio.js';
import * as backlog from './pages/backlog.js';
import * as session from './pages/session.js';
import * as dependencies from './pages/dependencies.js';
import * as forecast from './pages/forecast.js';
import * as people from './pages/people.js';
import * as settings from './pages/settings.js';
import * as goals from './pages/goals.js';
import * as importWizard from './pages/import.js';

// Every page is loaded up front: a page fetched later could meet an expired session as a 401
// module error, while an API call meets it as a 401 that leads through the login and back.
const pages = { portfolio, backlog, session, dependencies, forecast, goals, people, settings, import: importWizard };

const state = { products: [], product: null, cleanup: null };

async function start() {
  const back = returnTarget();
  if (back && back !== location.hash) history.replaceState(null, '', back);
  // A page may ask for its data now, beside the product list, rather than after it.
  const prefetched = pages[route().page].prefetch?.();
  try {
    const [page, token] = await Promise.all([api('/api/backlog/products?size=500'), csrfToken()]);
    state.products = page.content || [];
    fillProducts();
    document.querySelector('#logout input[name=_csrf]').value = token;
  }
  catch (error) {
    showProblem(error);
  }
  window.addEventListener('hashchange', () => render());
  await render(prefetched);
}

function fillProducts() {
  const select = document.getElementById('product');
  const remembered = localStorage.getItem('refinery.product');
  select.replaceChildren(...state.products.map(p => h('option', { value: p.key }, `${p.key} · ${p.name}`)));
  state.product = state.products.some(p => p.key === remembered) ? remembered : state.products[0]?.key;
  select.value = state.product || '';
  select.addEventListener('change', () => {
    state.product = select.value;
    localStorage.setItem('refinery.product', state.product);
    render();
  });
}

/** The page the address names, and the rest of its path. */
function route() {
  const [name, ...rest] = (location.hash.replace(/^#\/?/, '') || 'portfolio').split('/');
  return { page: pages[name] ? name : 'portfolio', rest };
}

async function render(prefetched) {
  const { page, rest } = route();
  document.querySelectorAll('.nav a').forEach(a => a.dataset.page === page
    ? a.setAttribute('aria-current', 'page') : a.removeAttribute('aria-current'));
  const main = document.getElementById('page');
  state.cleanup?.();
  state.cleanup = null;
  disposeCharts();
  showProblem(null);
  main.setAttribute('aria-busy', 'true');
  main.dataset.page = page;
  delete main.dataset.rendered;
  main.replaceChildren(h('p', {}, 'Loading…'));
  try {
    const module = pages[page];
    state.cleanup = await module.render(main, { product: state.product, products: state.products, args: rest, prefetched });
  }
  catch (error) {
    main.replaceChildren(h('p', { class: 'muted' }, 'This page could not be shown.'));
    showProblem(error);
    // A 401 has already sent the browser to the login; this page is on its way out.
    if (error.status === 401) return;
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.rendered = page;
}

start();
