// Dateline web UI. Every piece of data goes into the page as text (textContent, createTextNode): never as HTML.
'use strict';

const main = () => document.getElementById('main');

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'href') e.setAttribute('href', safeHref(v));
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

// Only our own hash routes and http(s) links become hrefs: a javascript: URL from an article never does.
function safeHref(v) {
  const s = String(v);
  if (s.startsWith('#/')) return s;
  try {
    const u = new URL(s, location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.code + ': ' + body.error.message : 'HTTP ' + r.status);
  return body;
}

// A correction: JSON (a cross-site form cannot send it), with the write token when the reader gave one (needed only
// when the server is reached beyond this machine: docs/security.md).
async function post(path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = sessionStorage.getItem('dateline-token');
  if (token) headers['X-Dateline-Token'] = token;
  const r = await fetch(path, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) });
  const answer = await r.json();
  if (!r.ok) throw new Error(answer.error ? answer.error.message : 'HTTP ' + r.status);
  return answer;
}

// The corrections panel: collapsed by default; each form posts, says what happened, and redraws the page at once.
function corrections(...forms) {
  const status = el('p', { class: 'meta', id: 'correction-status', role: 'status' });
  const token = el('input', { type: 'password', id: 'write-token', autocomplete: 'off', value: sessionStorage.getItem('dateline-token') || '' });
  token.addEventListener('change', () => sessionStorage.setItem('dateline-token', token.value.trim()));
  const box = el('details', { class: 'corrections', id: 'corrections' }, el('summary', {}, 'Corrections'),
    ...forms.map(([label, control, button, act]) => {
      const f = el('form', { class: 'correction' }, el('label', {}, label, ' ', control), ' ', el('button', { type: 'submit' }, button));
      f.addEventListener('submit', async e => {
        e.preventDefault();
        try {
          status.textContent = await act(control ? control.value.trim() : null);
          const again = status.textContent;
          await route();
          const s2 = document.getElementById('correction-status');
          if (s2) { s2.textContent = again; s2.closest('details').open = true; }
        } catch (err) {
          status.textContent = 'Not saved: ' + err.message;
        }
      });
      return f;
    }),
    el('label', { class: 'meta' }, 'Write token (only when the server is reached over the network) ', token), status);
  return box;
}

function show(...nodes) {
  const m = main();
  m.replaceChildren(...nodes);
}

function fail(e) {
  show(el('p', { class: 'error' }, String(e.message || e)));
}

const enc = encodeURIComponent;

// "Also: Andrey Vetrov, Vetrov": the other names a speaker was reported under (never the name itself), or nothing.
function otherNames(p) {
  const rest = p.names.filter(n => n !== p.name);
  return rest.length ? 'Also: ' + rest.join(', ') : '';
}

function count1(n) {
  return n + (n === 1 ? ' statement' : ' statements');
}

// A search counts exactly up to a bound; past it the total is a lower bound.
function count(page) {
  return page.totalExact === false ? 'more than ' + page.total : String(page.total);
}

// An article's date: its day, else the range it is known to lie in (never one end of the range as if it were the day).
function published(v) {
  if (v.published) return v.published;
  if (v.earliest || v.latest) return (v.earliest || '?') + ' – ' + (v.latest || '?');
  return 'undated';
}

// What kind of speaker a page is about: a person, or a speaking body (a ministry, a country, "voters") with a page
// of its own shape under its own address (never shown as a person).
const BODIES = { organisation: 'Organisation', place: 'Place', collective: 'Group' };

function speakerHref(p) {
  return '#/' + (BODIES[p.kind] ? p.kind : 'person') + '/' + enc(p.id);
}

function speakerLink(p) {
  return p ? el('a', { href: speakerHref(p) }, p.name) : 'unknown speaker';
}

// Outlet names, each a link to its outlet page.
function outletLinks(outlets) {
  return outlets.flatMap((o, i) => [i ? ', ' : '', el('a', { href: '#/outlet/' + enc(o) }, o)]);
}

function statementCard(s) {
  return el('div', { class: 'stmt', 'data-id': s.id },
    el('span', { class: 'kind' }, s.kind), ' ',
    el('a', { href: '#/statement/' + enc(s.id), class: 'stmt-link' }, s.text),
    el('div', { class: 'meta' }, speakerLink(s.speaker), ' · ', s.date || when(s).key,
      ...(s.outlets && s.outlets.length ? [' · ', ...outletLinks(s.outlets)] : [])));
}

async function storyList() {
  const r = await api('/api/stories');
  const items = r.items.map(s => el('div', { class: 'story' },
    el('a', { href: '#/story/' + enc(s.id), class: 'story-link' }, s.label || s.id),
    el('div', { class: 'meta' }, (s.first || '?') + ' – ' + (s.last || '?') + ' · ' + s.articles + ' articles · ' + s.statements + ' statements')));
  show(el('h1', {}, 'Stories'), items.length ? el('div', { id: 'stories' }, ...items) : el('p', {}, 'No stories yet: run dateline ingest.'));
}

function select(id, label, options, value) {
  const s = el('select', { id: id, 'aria-label': label }, el('option', { value: '' }, 'All ' + label));
  for (const [v, text] of options) {
    const o = el('option', { value: v }, text);
    if (v === value) o.selected = true;
    s.appendChild(o);
  }
  return s;
}

async function person(id) {
  const [p, all] = await Promise.all([api('/api/people/' + enc(id)), api('/api/people?limit=1000')]);
  const body = BODIES[p.person.kind];
  const others = el('select', { id: 'merge-other' }, ...all.items.filter(o => o.id !== id).map(o => el('option', { value: o.id }, o.name + ' (' + o.statements + ')')));
  const names = el('select', { id: 'split-name' }, ...p.person.names.filter(n => n !== p.person.name).map(n => el('option', { value: n }, n)));
  const alias = el('input', { type: 'text', id: 'alias-name', maxlength: '200' });
  const forms = [
    ['Add a name for ' + p.person.name + ':', alias, 'Add alias', async v => {
      if (!v) throw new Error('type a name');
      await post('/api/people/' + enc(id) + '/aliases', { name: v });
      return 'Added “' + v + '” as a name of ' + p.person.name + '.';
    }],
    ['Merge into ' + p.person.name + ':', others, 'Merge', async v => {
      await post('/api/people/' + enc(id) + '/merge', { other: v });
      return 'Merged ' + v + ' into ' + p.person.name + '.';
    }]];
  if (names.options.length) forms.push(['Split off the mentions under:', names, 'Split', async v => {
    await post('/api/people/' + enc(id) + '/split', { name: v });
    return 'Split “' + v + '” off ' + p.person.name + '.';
  }]);
  show(el('h1', {}, p.person.name),
    // a speaking body says what it is, and has no roles
    body ? el('div', { class: 'meta', id: 'speaker-kind' }, body + ' quoted as a speaker (not a person) · named: ' + p.person.names.join(', '))
      : el('div', { class: 'meta' }, [otherNames(p.person), p.person.roles.join('; ')].filter(Boolean).join(' · ') || null),
    p.outlets.length ? el('div', { class: 'meta', id: 'person-outlets' }, 'Quoted by: ', ...outletLinks(p.outlets)) : null,
    weeksChart(p),
    corrections(...forms),
    el('h2', {}, count1(p.person.statements) + ' over time'), el('div', { id: 'person-statements' }, ...p.statements.map(statementCard)));
}

// The article's text with the variant's spans wrapped in <mark>, built from text nodes only; the text between marks
// that was site chrome (the [start, end) ranges of `chrome`) in spans of its own, which a page may fold away.
function highlighted(text, spans, label, chrome) {
  // a scrolling box: focusable and named, so a keyboard can scroll it too
  const box = el('div', { class: 'article-text', tabindex: '0', role: 'region', 'aria-label': label || 'Article text' });
  const plain = (a, b) => {
    for (const [c0, c1] of chrome || []) {
      if (c1 <= a || c0 >= b) continue;
      if (c0 > a) box.appendChild(document.createTextNode(text.slice(a, c0)));
      box.appendChild(el('span', { class: 'chrome' }, text.slice(Math.max(a, c0), Math.min(b, c1))));
      a = Math.min(b, c1);
    }
    if (a < b) box.appendChild(document.createTextNode(text.slice(a, b)));
  };
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    plain(at, a);
    box.appendChild(el('mark', {}, text.slice(a, b)));
    at = b;
  }
  plain(at, text.length);
  return box;
}

// One column per article: an article that carries the words twice (standfirst and first paragraph) is one source.
function byArticle(variants) {
  const m = new Map();
  for (const v of variants) {
    if (m.has(v.articleId)) m.get(v.articleId).spans.push(...v.spans);
    else m.set(v.articleId, { ...v, spans: [...v.spans] });
  }
  return [...m.values()];
}

// "First reported" only when the dates order the outlets; a shared earliest day says so; no dates claim nothing.
function firstReport(variants) {
  const dated = variants.filter(v => v.published).sort((a, b) => a.published.localeCompare(b.published));
  if (!dated.length) return null;
  const day = dated[0].published;
  const outlets = [...new Set(dated.filter(v => v.published === day).map(v => v.outlet || 'an unnamed source'))];
  if (outlets.length > 1) return 'same day (' + day + '): ' + outlets.join(', ');
  if (new Set(variants.map(v => v.outlet || v.articleId)).size < 2) return 'reported by ' + outlets[0] + ' (' + day + ')';
  return 'first reported by ' + outlets[0] + ' (' + day + ')';
}

async function statement(id) {
  const s = await api('/api/statements/' + enc(id));
  const variants = byArticle(s.variants);
  const articles = await Promise.all(variants.map(v => api('/api/articles/' + v.articleId)));
  const cols = variants.map((v, i) => el('div', { class: 'variant' },
    el('h2', { class: 'h3' }, v.outlet || 'Unnamed source'),
    el('div', { class: 'meta' }, el('a', { href: '#/article/' + v.articleId }, articles[i].headline || 'the article'),
      ' · ', published(v), v.url ? ' · ' : null, v.url ? el('a', { href: v.url, rel: 'noopener noreferrer' }, 'original') : null),
    // a variant carries its own text only when it differs from the statement's
    el('blockquote', {}, v.text ?? s.text),
    highlighted(articles[i].text, v.spans, 'Article text: ' + (v.outlet || 'unnamed source') + (variants.length > 1 ? ' (' + (i + 1) + ')' : ''))));
  const first = firstReport(variants);
  const fix = s.rejected
    ? ['This statement is rejected: hidden from lists.', null, 'Restore', async () => {
      const log = await api('/api/corrections');
      const k = log.items.filter(c => c.kind === 'reject' && c.subject === s.id).pop();
      if (!k) throw new Error('no reject of this statement in the correction log');
      await post('/api/corrections/' + k.id + '/undo');
      return 'Restored: the statement is back in lists.';
    }]
    : ['Wrongly found (not a statement, or not this speaker’s)?', null, 'Reject', async () => {
      await post('/api/statements/' + enc(s.id) + '/reject');
      return 'Rejected: hidden from lists; Restore takes it back.';
    }];
  show(el('h1', { class: 'quote' }, s.text),
    el('div', { class: 'meta' }, speakerLink(s.speaker),
      ' · ', s.date || 'undated', first ? ' · ' + first : '', s.rejected ? ' · REJECTED' : ''),
    corrections(fix),
    el('div', { class: 'variants', id: 'variants' }, ...cols));
  for (const m of document.querySelectorAll('.article-text mark')) {
    const box = m.closest('.article-text');
    box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - 40);
  }
}


async function article(id) {
  // the stories by their labels (an id such as s-543410be511b tells a reader nothing)
  const [a, stories] = await Promise.all([api('/api/articles/' + enc(id)), api('/api/stories')]);
  const labels = new Map(stories.items.map(s => [s.id, s.label || s.id]));
  const spans = a.statements.flatMap(st => st.spans);
  show(el('h1', {}, a.headline || 'Untitled article'),
    el('div', { class: 'meta' }, a.outlet ? el('a', { href: '#/outlet/' + enc(a.outlet) }, a.outlet) : 'Unnamed source',
      a.url ? ' · ' : null, a.url ? el('a', { href: a.url, rel: 'noopener noreferrer', id: 'original' }, 'original article') : null),
    dateEvidence(a),
    el('div', { class: 'meta' }, 'Source: ', a.source),
    a.stories.length ? el('div', { class: 'meta' }, 'Stories: ', ...a.stories.flatMap((sid, i) => [i ? ', ' : '', el('a', { href: '#/story/' + enc(sid) }, labels.get(sid) || sid)])) : null,
    el('h2', {}, a.statements.length + (a.statements.length === 1 ? ' statement' : ' statements')),
    el('ul', { id: 'article-statements' }, ...a.statements.map(st => el('li', {},
      st.statement ? el('a', { href: '#/statement/' + enc(st.statement) }, st.text) : st.text, ' — ', st.speaker || 'unknown speaker'))),
    el('h2', {}, 'Text'), ...cleanedText(a, spans), removedChrome(a));
}

// The people who spoke (persons only); the organisations, places and groups that spoke are a kind away.
async function people(params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const kind = BODIES[params.get('kind')] ? params.get('kind') : 'person';
  const at = o => '#/people?' + new URLSearchParams([...(kind !== 'person' ? [['kind', kind]] : []), ...(o ? [['offset', o]] : [])]);
  const r = await api('/api/people?kind=' + kind + '&limit=' + PAGE + (offset ? '&offset=' + offset : ''));
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages of people' });
  if (offset > 0) nav.appendChild(el('a', { href: at(Math.max(0, offset - PAGE)), rel: 'prev' }, '← Previous'));
  if (offset + r.items.length < r.total) nav.appendChild(el('a', { href: at(offset + PAGE), rel: 'next', id: 'next' }, 'Next →'));
  const kinds = el('nav', { class: 'meta', id: 'people-kinds', 'aria-label': 'Kinds of speaker' }, 'Speakers: ',
    ...[['person', 'People'], ...Object.entries(BODIES).map(([k, l]) => [k, l + 's'])].flatMap(([k, l], i) =>
      [i ? ' · ' : '', k === kind ? el('strong', { 'aria-current': 'page' }, l) : el('a', { href: '#/people' + (k === 'person' ? '' : '?kind=' + k) }, l)]));
  const title = kind === 'person' ? 'People' : BODIES[kind] + 's quoted as speakers';
  const noun = kind === 'person' ? ['person', 'people'] : [BODIES[kind].toLowerCase(), BODIES[kind].toLowerCase() + 's'];
  const n = (r.items.length < r.total ? (offset + 1) + '–' + (offset + r.items.length) + ' of ' : '') + r.total + ' ' + noun[r.total === 1 ? 0 : 1];
  show(el('h1', {}, title), kinds, el('div', { class: 'meta' }, n),
    el('ul', { id: 'people' }, ...r.items.map(p => el('li', {}, speakerLink(p),
      ' — ', p.statements + (p.statements === 1 ? ' statement' : ' statements'), p.roles.length ? ' · ' + p.roles.join('; ') : ''))), nav);
}

const FILTERS = ['q', 'speaker', 'outlet', 'story', 'kind', 'from', 'to'];
const PAGE = 50;

// "1–50 of 58 statements": the page's place in the whole, so a reader knows there is more.
function range(offset, shown, page) {
  const n = page.totalExact === false ? 'more than ' + page.total : String(page.total);
  if (!shown) return '0 statements';
  if (offset === 0 && shown === page.total) return page.total === 1 ? '1 statement' : page.total + ' statements';
  return (offset + 1) + '–' + (offset + shown) + ' of ' + n + ' statements';
}

function searchHash(p) {
  const qs = new URLSearchParams();
  for (const k of [...FILTERS, 'offset']) if (p.get(k)) qs.set(k, p.get(k));
  return '#/search' + (qs.toString() ? '?' + qs : '');
}

// A filter as a labelled select whose values carry their counts; it applies with the form, never on each arrow key.
// blank: what no choice shows ('All', or for kinds 'Speech'); more: options offered besides the counted values
function facetSelect(name, label, values, current, blank = 'All', more = []) {
  const s = el('select', { id: 'f-' + name, name: name }, el('option', { value: '' }, blank));
  let found = false;
  for (const v of values) {
    const o = el('option', { value: v.value }, v.label + ' (' + v.count + ')');
    if (v.value === current) { o.selected = true; found = true; }
    s.appendChild(o);
  }
  for (const [v, l] of more) {
    const o = el('option', { value: v }, l);
    if (v === current) { o.selected = true; found = true; }
    s.appendChild(o);
  }
  // a filter on a value with no statements left still shows, so it can be taken off
  if (current && !found) {
    const o = el('option', { value: current }, current + ' (0)');
    o.selected = true;
    s.appendChild(o);
  }
  return el('label', { class: 'facet' }, label, s);
}

function describe(params) {
  const parts = [];
  if (params.get('q')) parts.push('“' + params.get('q') + '”');
  for (const [k, label] of [['speaker', 'by'], ['outlet', 'in'], ['kind', 'kind'], ['story', 'story'], ['from', 'from'], ['to', 'to']])
    if (params.get(k)) parts.push(label + ' ' + params.get(k));
  return parts.join(', ');
}

async function search(params) {
  const qs = new URLSearchParams();
  for (const k of FILTERS) if (params.get(k)) qs.set(k, params.get(k));
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const page = new URLSearchParams(qs);
  page.set('limit', PAGE);
  if (offset) page.set('offset', offset);
  const [r, f] = await Promise.all([api('/api/statements?' + page), api('/api/statements/facets?' + qs)]);
  const what = describe(params);
  const input = document.getElementById('search');
  if (input && params.get('q') && document.activeElement !== input) input.value = params.get('q');

  const form = el('form', { id: 'filters', class: 'filters', 'aria-label': 'Filters' },
    el('input', { type: 'hidden', name: 'q', value: params.get('q') || '' }),
    facetSelect('speaker', 'Speaker', f.speakers, params.get('speaker')),
    facetSelect('outlet', 'Outlet', f.outlets, params.get('outlet')),
    // speech by default; stance, negated and asked speech are a choice away (the kind facet counts them)
    facetSelect('kind', 'Kind', f.kinds, params.get('kind'), 'Speech', [['all', 'All kinds']]),
    facetSelect('story', 'Story', f.stories, params.get('story')),
    el('label', { class: 'facet' }, 'From', el('input', { type: 'date', id: 'f-from', name: 'from', value: params.get('from') || '',
      min: f.first || '', max: f.last || '' })),
    el('label', { class: 'facet' }, 'To', el('input', { type: 'date', id: 'f-to', name: 'to', value: params.get('to') || '',
      min: f.first || '', max: f.last || '' })),
    el('button', { type: 'submit', id: 'apply' }, 'Apply'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    location.hash = searchHash(p);
  });

  const nav = el('nav', { class: 'pager', 'aria-label': 'Result pages' });
  const at = o => { const p = new URLSearchParams(params); if (o) p.set('offset', o); else p.delete('offset'); return searchHash(p); };
  if (offset > 0) nav.appendChild(el('a', { href: at(Math.max(0, offset - PAGE)), id: 'prev', rel: 'prev' }, '← Previous'));
  if (offset + r.items.length < r.total || r.totalExact === false && r.items.length === PAGE)
    nav.appendChild(el('a', { href: at(offset + PAGE), id: 'next', rel: 'next' }, 'Next →'));

  const downloads = el('div', { class: 'meta downloads' }, 'Download these results: ',
    el('a', { href: '/api/statements/export?' + new URLSearchParams([...qs, ['format', 'csv']]), id: 'download-csv', download: '' }, 'CSV'), ' · ',
    el('a', { href: '/api/statements/export?' + new URLSearchParams([...qs, ['format', 'csv'], ['excel', '1']]), id: 'download-excel', download: '' }, 'CSV for Excel'), ' · ',
    el('a', { href: '/api/statements/export?' + new URLSearchParams([...qs, ['format', 'json']]), id: 'download-json', download: '' }, 'JSON'));

  let body;
  if (r.items.length) body = el('div', { id: 'results' }, ...r.items.map(statementCard));
  else {
    // an empty result says what was asked and offers a way on
    const tips = el('ul', { id: 'no-results' });
    const filtered = FILTERS.some(k => k !== 'q' && params.get(k));
    if (filtered && params.get('q')) tips.appendChild(el('li', {}, el('a', { href: searchHash(new URLSearchParams({ q: params.get('q') })) }, 'Search all statements for “' + params.get('q') + '”')));
    const words = (params.get('q') || '').trim().split(/\s+/).filter(Boolean);
    if (words.length > 1) tips.appendChild(el('li', {}, 'Fewer words: ', ...words.flatMap((w, i) => [i ? ', ' : '', el('a', { href: searchHash(new URLSearchParams({ q: w })) }, w)])));
    tips.appendChild(el('li', {}, 'Browse the ', el('a', { href: '#/' }, 'stories'), ' or every ', el('a', { href: '#/search' }, 'statement')));
    body = el('div', {}, el('p', {}, 'No statements match ' + (what || 'this search') + '.'), tips);
  }
  show(el('h1', {}, what ? 'Statements matching ' + what : 'All statements'),
    el('div', { class: 'meta', id: 'search-total', role: 'status' }, offset && !r.items.length ? 'No statements past ' + offset : range(offset, r.items.length, r)),
    form, body, nav, r.items.length ? downloads : null);
}

function route() {
  const h = location.hash || '#/';
  const [path, query] = h.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  let parts;
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch (e) {
    // a malformed escape in the address (#/person/%E0%A4%A) is the address's fault: say so, never hang on "Loading"
    fail(new Error('not a valid address: ' + h));
    document.body.setAttribute('data-ready', h);
    return;
  }
  let p, kind = null;
  if (parts[0] === 'story' && parts[1]) [p, kind] = [timeline(parts[1], params), 'Story'];
  else if (parts[0] === 'person' && parts[1]) [p, kind] = [person(parts[1]), 'Person'];
  else if (BODIES[parts[0]] && parts[1]) [p, kind] = [person(parts[1]), BODIES[parts[0]]];
  else if (parts[0] === 'statement' && parts[1]) [p, kind] = [statement(parts[1]), 'Statement'];
  else if (parts[0] === 'article' && parts[1]) [p, kind] = [article(parts[1]), 'Article'];
  else if (parts[0] === 'people') p = people(params);
  else if (parts[0] === 'outlets') p = outlets();
  else if (parts[0] === 'outlet' && parts[1]) [p, kind] = [outlet(parts[1]), 'Outlet'];
  else if (parts[0] === 'search') [p, kind] = [search(params), 'Search'];
  else p = storyList();
  shown = null;
  return p.then(() => settle(h, kind), e => { fail(e); settle(h, null); });
}

// Scroll positions by address, so Back returns to where the reader was in a long timeline.
const scrolls = new Map();
let shown = null;

// After a page renders: its own title, focus on its heading (for screen readers and keyboards), its old scroll.
// The title names the kind of page too: a story and its first article may share a headline.
function settle(h, kind) {
  const h1 = main().querySelector('h1');
  document.title = (h1 ? h1.textContent + ' · ' : '') + (kind ? kind + ' · ' : '') + 'Dateline';
  if (h1) {
    h1.setAttribute('tabindex', '-1');
    h1.focus({ preventScroll: true });
  }
  window.scrollTo(0, scrolls.get(h) || 0);
  shown = h;
  document.body.setAttribute('data-ready', h);
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const v = document.getElementById('search').value.trim();
    const m = /^speaker:(\S+(?:\s\S+)*)$/.exec(v);
    location.hash = '#/search?' + (m ? 'speaker=' + enc(m[1]) : 'q=' + enc(v));
  });
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  window.addEventListener('scroll', () => { if (shown) scrolls.set(shown, window.scrollY); }, { passive: true });
  window.addEventListener('hashchange', route);
  route();
});
