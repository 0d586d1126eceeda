// Dateline web UI: a story's timeline (its statements by day, and the time axis above them). Loaded before app.js,
// whose helpers (el, api, enc, select, show, statementCard, count; speakerDaysChart from pages.js) it uses once the page runs.
// A statement with no day of its own lies in the range of the article that carried it: it is shown under that range
// ("between 2025-12-19 and 2026-03-08") and as a bar across it on the axis, never on one guessed day.
'use strict';

// When a statement was made, as far as known: its day, else its first article's range (both ends known), else none.
function when(s) {
  if (s.date) return { date: s.date, key: s.date };
  const v = (s.variants || []).find(x => x.earliest && x.latest);
  if (v) return { earliest: v.earliest, latest: v.latest, key: 'between ' + v.earliest + ' and ' + v.latest };
  return { key: 'undated' };
}

// Where an entry is listed: its day, or the middle of its range (where it certainly lies between the entries dated
// before the range and after it); undated last.
function position(w) {
  if (w.date) return Date.parse(w.date);
  if (w.earliest) return (Date.parse(w.earliest) + Date.parse(w.latest)) / 2;
  return Infinity;
}

function axis(items) {
  const ws = items.map(when);
  // the axis spans the dated days (a range reaching far beyond them would squeeze them together); only a story with
  // no dated statement spans its ranges
  const days = ws.filter(w => w.date).map(w => w.date);
  const ends = (days.length ? days : ws.flatMap(w => w.earliest ? [w.earliest, w.latest] : [])).sort();
  const box = el('div', { class: 'axis', id: 'axis' });
  if (!ends.length) return box;
  const t0 = Date.parse(ends[0]), t1 = Date.parse(ends[ends.length - 1]);
  const at = d => t1 === t0 ? 50 : 2 + 96 * (Date.parse(d) - t0) / (t1 - t0);
  const pos = d => Math.min(100, Math.max(0, at(d)));
  // a day's label only where it clears the last one drawn (about 6em at this width); every day keeps its dot and title
  const gap = 100 * 95 / Math.max(320, window.innerWidth - 48);
  let labelled = -Infinity;
  for (const d of [...new Set(ws.filter(w => w.date).map(w => w.date))].sort()) {
    if (pos(d) - labelled >= gap) {
      box.appendChild(el('span', { class: 'tick' }, d));
      box.lastChild.style.left = pos(d) + '%';
      labelled = pos(d);
    }
    box.appendChild(el('span', { class: 'dot', title: d }));
    box.lastChild.style.left = pos(d) + '%';
  }
  // ranges in their own lane above the dated days: a bar from the first to the last day each may be
  const ranges = [...new Map(ws.filter(w => w.earliest).map(w => [w.key, w])).values()];
  ranges.forEach((w, i) => {
    // a range running on past the axis is cut at its edge and says so (class 'runs-on')
    const runsOn = at(w.earliest) < 0 || at(w.latest) > 100;
    const bar = el('span', { class: runsOn ? 'range-bar runs-on' : 'range-bar', title: w.key });
    bar.style.left = pos(w.earliest) + '%';
    bar.style.width = Math.max(0.5, pos(w.latest) - pos(w.earliest)) + '%';
    bar.style.bottom = (0.9 + 0.5 * (i % 3)) + 'em';
    box.appendChild(bar);
  });
  return box;
}

async function timeline(id, params) {
  const qs = new URLSearchParams();
  if (params.get('speaker')) qs.set('speaker', params.get('speaker'));
  if (params.get('outlet')) qs.set('outlet', params.get('outlet'));
  const t = await api('/api/stories/' + enc(id) + '/timeline?' + qs);
  const speaker = select('f-speaker', 'speakers', t.speakers.map(p => [p.name, p.name]), params.get('speaker') || '');
  const outlet = select('f-outlet', 'outlets', t.outlets.map(o => [o, o]), params.get('outlet') || '');
  // the filters apply with the form's button, as on the search page: an arrow key in a closed dropdown changes its
  // value (and fires 'change'), and must not load a new page and take the focus away
  const filters = el('form', { class: 'filters', id: 'story-filters', 'aria-label': 'Filters' }, speaker, outlet,
    el('button', { type: 'submit', id: 'story-apply' }, 'Apply'));
  filters.addEventListener('submit', e => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (speaker.value) p.set('speaker', speaker.value);
    if (outlet.value) p.set('outlet', outlet.value);
    location.hash = '#/story/' + enc(id) + (p.toString() ? '?' + p : '');
  });
  const days = new Map();
  for (const s of t.items) {
    const w = when(s);
    if (!days.has(w.key)) days.set(w.key, { w: w, items: [] });
    days.get(w.key).items.push(s);
  }
  const groups = [...days.values()].sort((a, b) => position(a.w) - position(b.w));
  const list = el('div', { id: 'timeline' });
  for (const g of groups)
    list.appendChild(el('div', { class: g.w.earliest ? 'day range' : 'day' }, el('h2', { class: 'h3' }, g.w.key), ...g.items.map(statementCard)));
  show(el('h1', {}, t.story.label || t.story.id),
    el('div', { class: 'meta' }, (t.story.first || '?') + ' – ' + (t.story.last || '?') + ' · ' + count(t) + ' statements'),
    filters, axis(t.items), speakerDaysChart(t.items), list);
}
