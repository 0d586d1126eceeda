// Benchmark peer only: runs Mozilla Readability (with jsdom) over a gold folder (ground-truth.json + html/<id>.html.gz)
// and prints one JSON object: {"seconds": extraction time, "texts": {id: textContent}}. Decoding mirrors the page's
// declared charset the way jsdom does for bytes; timing covers DOM building and Readability only.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node extract.js DIR');
  process.exit(2);
}
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(gold).sort();
const pages = [];
for (const id of ids) {
  const file = path.join(dir, 'html', id + '.html.gz');
  if (!fs.existsSync(file)) continue;
  pages.push([id, zlib.gunzipSync(fs.readFileSync(file)), gold[id].url]);
}
const quiet = new VirtualConsole();
const texts = {};
const start = process.hrtime.bigint();
for (const [id, bytes, url] of pages) {
  try {
    // bytes, not a string: jsdom sniffs the charset (BOM, meta) like a browser
    const dom = new JSDOM(bytes, { url: url || 'https://example.com/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    texts[id] = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    texts[id] = '';
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ seconds, texts }));
