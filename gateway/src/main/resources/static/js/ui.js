// Small DOM helpers: elements are built, never parsed from strings, so data cannot inject markup.

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function showProblem(error) {
  const box = document.getElementById('problem');
  box.textContent = error ? (error.message || String(error)) : '';
  box.hidden = !error;
}

export function announce(text) {
  document.getElementById('announce').textContent = text;
}

export function pct(value) {
  if (value === null || value === undefined) return '–';
  const number = Number(value);
  return `${Math.round((number <= 1 ? number * 100 : number) * 10) / 10}%`;
}

export function table(headers, rows, caption) {
  return h('table', {},
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h('thead', {}, h('tr', {}, headers.map(title => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, rows.length ? rows.map(row => h('tr', {}, row.map(cell => h('td', {}, cell))))
      : h('tr', {}, h('td', { colspan: headers.length, class: 'muted' }, 'None'))));
}

export function card(title, ...children) {
  return h('section', { class: 'card', 'aria-label': title }, h('h3', {}, title), children);
}
