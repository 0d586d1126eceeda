// Dateline web UI: the outlet pages, the small charts, and an article's date evidence and removed chrome.
// Loaded before app.js (both deferred, so in order); uses its el(), api(), show(), enc and published() at call time.
// Charts are inline SVG drawn here (no library, nothing from elsewhere: the CSP allows only this origin).
'use strict';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  for (const c of children) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

const DAY = 86400000;
const iso = t => new Date(t).toISOString().slice(0, 10);

// Colours a reader can tell apart, with contrast on white; speakers past the seventh share the last ("others").
const COLOURS = ['#1f3a5f', '#c0392b', '#2e7d32', '#8e44ad', '#b36b00', '#00796b', '#5d4037', '#757575'];

/**
 * Bars over a time axis drawn to scale: one slot per step (a day or a week) from the first to the last, empty ones
 * included, so a gap in the reporting shows as a gap. {@code stacks} is a list of [start ISO day, [[series, count]...]].
 * Labels are the first and last slot and as many between as fit without touching.
 */
function barChart(id, caption, stacks, stepDays, series) {
  // drawn at the width it will show at (the page's, at most 640 px), so its 11 px labels stay 11 px on a phone
  const W = Math.round(Math.min(640, Math.max(280, main().clientWidth - 8))), H = 150, left = 28, bottom = 22, top = 8;
  const fig = el('figure', { class: 'chart', id: id });
  if (!stacks.length) return null;
  const t0 = Date.parse(stacks[0][0]), t1 = Date.parse(stacks[stacks.length - 1][0]);
  const slots = Math.round((t1 - t0) / (stepDays * DAY)) + 1;
  const max = Math.max(...stacks.map(([, parts]) => parts.reduce((n, [, c]) => n + c, 0)));
  const slot = (W - left) / slots, bar = Math.max(1, slot * 0.8);
  const y = n => top + (H - top - bottom) * (1 - n / max);
  const words = stacks.map(([d, parts]) => d + ': ' + parts.reduce((n, [, c]) => n + c, 0)).join(', ');
  const chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'aria-label': caption + '. ' + words, class: 'chart-svg', preserveAspectRatio: 'xMinYMin meet' });
  chart.appendChild(svg('line', { x1: left, y1: H - bottom, x2: W, y2: H - bottom, stroke: '#444' }));
  chart.appendChild(svg('text', { x: left - 4, y: top + 8, 'text-anchor': 'end', 'font-size': 11, fill: '#444' }, String(max)));
  chart.appendChild(svg('text', { x: left - 4, y: H - bottom, 'text-anchor': 'end', 'font-size': 11, fill: '#444' }, '0'));
  for (const [d, parts] of stacks) {
    const i = Math.round((Date.parse(d) - t0) / (stepDays * DAY));
    let n = 0;
    for (const [s, c] of parts) {
      const r = svg('rect', { x: left + i * slot + (slot - bar) / 2, y: y(n + c), width: bar, height: y(n) - y(n + c),
        fill: COLOURS[Math.min(series.indexOf(s), COLOURS.length - 1)] || COLOURS[0] });
      r.appendChild(svg('title', {}, d + (s ? ' · ' + s : '') + ': ' + c));
      chart.appendChild(r);
      n += c;
    }
  }
  // labels under their slots' middles, kept inside the chart, the first and the last always, none nearer than 70 px
  // to the next (a date is some 62 px wide at 11 px)
  const half = 34, gap = 70;
  const at = i => Math.min(W - half, Math.max(left + half, left + i * slot + slot / 2));
  let kept = [];
  for (let i = 0; i < slots; i++) if (!kept.length || at(i) - at(kept[kept.length - 1]) >= gap) kept.push(i);
  if (slots > 1 && kept[kept.length - 1] !== slots - 1) {
    kept = kept.filter(i => at(slots - 1) - at(i) >= gap);
    kept.push(slots - 1);
  }
  for (const i of kept)
    chart.appendChild(svg('text', { x: at(i), y: H - 6, 'font-size': 11, fill: '#444', 'text-anchor': 'middle' }, iso(t0 + i * stepDays * DAY)));
  fig.append(chart, el('figcaption', { class: 'meta' }, caption));
  return fig;
}

/** A person's statements per week (Mondays), from the API's weeks; undated ones said in words. */
function weeksChart(page) {
  const fig = barChart('person-chart', 'Statements per week' + (page.undated ? ' (' + page.undated + ' undated not shown)' : ''),
    page.weeks.map(w => [w.start, [['', w.count]]]), 7, ['']);
  return fig || el('p', { class: 'meta', id: 'person-chart' }, 'No dated statements to chart.');
}

/** A story's statements per day, stacked by speaker (the seven who said most by name, the rest as "others"). */
function speakerDaysChart(items) {
  const by = new Map();
  for (const s of items) {
    const who = s.speaker ? s.speaker.name : 'unknown speaker';
    by.set(who, (by.get(who) || 0) + 1);
  }
  const top = [...by.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  const shown = top.length > COLOURS.length ? [...top.slice(0, COLOURS.length - 1), 'others'] : top;
  const name = s => { const n = s.speaker ? s.speaker.name : 'unknown speaker'; return shown.includes(n) ? n : 'others'; };
  const days = new Map();
  for (const s of items.filter(s => s.date)) {
    if (!days.has(s.date)) days.set(s.date, new Map());
    const m = days.get(s.date);
    m.set(name(s), (m.get(name(s)) || 0) + 1);
  }
  const stacks = [...days.entries()].sort((a, b) => a[0].localeCompare(b[0]))
    .map(([d, m]) => [d, shown.filter(n => m.has(n)).map(n => [n, m.get(n)])]);
  // a statement known only to lie in a range has no day to be counted on
  const undated = items.filter(s => !s.date).length;
  const fig = barChart('story-chart', 'Statements per day by speaker' + (undated ? ' (' + undated + ' without a day not shown)' : ''), stacks, 1, shown);
  if (!fig) return null;
  const legend = el('ul', { class: 'legend' }, ...shown.map((n, i) => {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = COLOURS[Math.min(i, COLOURS.length - 1)];
    return el('li', {}, swatch, n);
  }));
  fig.insertBefore(legend, fig.querySelector('figcaption'));
  return fig;
}

// What each piece of date evidence means to a reader (the labels of docs/record.md's published.basis).
const EVIDENCE = {
  'none': 'no evidence at all', 'json-ld': 'the page’s structured data (datePublished)', 'meta': 'the page’s meta tags',
  'feed': 'the feed or news sitemap that listed it', 'url': 'a date in its address', 'text-line': 'a date line on the page',
  'time-element': 'a time element on the page', 'zero-offset': 'one instant at UTC taken as its day', 'utc': 'an instant with an offset (two possible days)',
  'disagreeing': 'hints that disagree (the range covers them)', 'date-line': 'a line of the text that is only a date',
  'dateline': 'the dateline’s month and day', 'weekday': 'the weekday named in the lead', 'evening': 'an evening (two possible days)',
  'year-clues': 'years the text speaks of as past', 'past-date': 'a full date spoken of as past', 'stated-year': 'a full date on the dateline’s day',
  'run-years': 'the one year of the run the clues fit', 'run-span': 'the run’s dated articles around the day', 'run-related-stories': 'a related story naming the year',
  'later-weekday': 'a weekday named later in the story', 'weekday-date': 'a date the text gives with its weekday',
  'weekday-day-before': 'the weekday read as the day before publication',
  'weekday-day-after': 'the weekday read as the day after the dateline’s (local time ahead of the agency’s)', 'story': 'its story’s dated articles',
  'clock': 'no later than today', 'fetch-date': 'no later than the day after it was fetched',
  'story-year-weekday': 'a weekday in one year of its story’s span', 'story-span': 'its story’s span (one candidate day fits)',
  'story-reach': 'as near its story’s dated articles as the story’s other articles'
};

function evidenceWords(labels) {
  return labels.map(l => EVIDENCE[l] || (l.startsWith('story-statements') ? 'the first reports of statements it shares with dated articles' : l)).join('; ');
}

function rangeWords(d) {
  if (d.date) return d.date;
  if (d.earliest || d.latest) return 'between ' + (d.earliest || 'an unknown day') + ' and ' + (d.latest || 'an unknown day');
  return 'undated';
}

/** The article's date and what it rests on; when the story's linking changed it, what the article gave alone. */
function dateEvidence(a) {
  const e = a.evidence;
  const box = el('div', { class: 'meta', id: 'date-evidence' }, 'Date: ', published(a));
  if (e) {
    box.append(' · from ', evidenceWords(e.basis));
    if (e.candidates && e.candidates.length) box.append(' · one of ', e.candidates.join(', '));
    if (a.refined) box.append(' · the article alone gave ', rangeWords(e), '; its story’s dated articles narrowed it');
  }
  return box;
}

/**
 * Where each removed piece lies in the source text, in order, with the blank space after it: a piece the cleaner
 * joined from several lines ("Home | World") is found across any run of spaces, newlines and bars.
 */
function chromeRanges(text, removed) {
  const out = [];
  let from = 0;
  for (const r of removed || []) {
    const words = r.text.split(/[\s|]+/).filter(Boolean).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (!words.length) continue;
    const re = new RegExp(words.join('[\\s|]+'), 'g');
    re.lastIndex = from;
    let m = re.exec(text);
    if (!m) { re.lastIndex = 0; m = re.exec(text); }
    if (!m) continue;
    let end = m.index + m[0].length;
    while (end < text.length && /\s/.test(text[end])) end++;
    out.push([m.index, end]);
    from = end;
  }
  return out.sort((a, b) => a[0] - b[0]).filter((r, i, all) => i === 0 || r[0] >= all[i - 1][1]);
}

/** The article's text as the cleaner kept it, statements marked; a switch shows the removed chrome in its place. */
function cleanedText(a, spans) {
  const chrome = chromeRanges(a.text, a.removed);
  const box = highlighted(a.text, spans, 'Article text', chrome);
  if (!chrome.length) return [box];
  box.classList.add('hide-chrome');
  const toggle = el('input', { type: 'checkbox', id: 'show-chrome' });
  toggle.addEventListener('change', () => box.classList.toggle('hide-chrome', !toggle.checked));
  return [el('label', { class: 'meta chrome-toggle' }, toggle, ' Show the removed site chrome in place (' + chrome.length + ' of ' + a.removed.length + ' pieces found in the text)'), box];
}

/** The site chrome the cleaner removed, collapsed: what it was and why it went. */
function removedChrome(a) {
  if (!a.removed || !a.removed.length) return null;
  return el('details', { class: 'removed', id: 'removed' },
    el('summary', {}, 'Removed from the page: ' + a.removed.length + (a.removed.length === 1 ? ' piece' : ' pieces') + ' of site chrome'),
    el('ul', {}, ...a.removed.map(r => el('li', {}, el('span', { class: 'kind' }, r.reason.replace(/-/g, ' ')), ' ', r.text))));
}

async function outlets() {
  const r = await api('/api/outlets');
  show(el('h1', {}, 'Outlets'),
    r.items.length ? el('ul', { id: 'outlets' }, ...r.items.map(o => el('li', {},
      el('a', { href: '#/outlet/' + enc(o.name) }, o.name), ' — ',
      o.articles + (o.articles === 1 ? ' article' : ' articles'), ' · ', o.statements + (o.statements === 1 ? ' statement' : ' statements'),
      o.first ? ' · ' + (o.first === o.last ? o.first : o.first + ' – ' + o.last) : '')))
      : el('p', {}, 'No outlets yet: run dateline ingest.'));
}

async function outlet(name) {
  const r = await api('/api/outlets/' + enc(name));
  const o = r.outlet;
  show(el('h1', {}, o.name),
    el('div', { class: 'meta' }, o.articles + (o.articles === 1 ? ' article' : ' articles'), ' · ',
      el('a', { href: '#/search?outlet=' + enc(o.name), id: 'outlet-statements' }, o.statements + (o.statements === 1 ? ' statement' : ' statements')),
      o.first ? ' · ' + (o.first === o.last ? o.first : o.first + ' – ' + o.last) : ''),
    r.speakers.length ? el('h2', {}, 'Quoted most') : null,
    r.speakers.length ? el('ul', { id: 'outlet-speakers' }, ...r.speakers.map(p => el('li', {},
      speakerLink(p), ' — ', p.count + (p.count === 1 ? ' statement' : ' statements')))) : null,
    el('h2', {}, 'Articles'),
    el('ul', { id: 'outlet-articles' }, ...r.articles.map(a => el('li', {},
      el('a', { href: '#/article/' + a.id }, a.headline || 'Untitled article'), ' · ', published(a),
      a.url ? ' · ' : null, a.url ? el('a', { href: a.url, rel: 'noopener noreferrer' }, 'original') : null))));
}
