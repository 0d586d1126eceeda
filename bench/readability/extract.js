// Benchmark peer only: runs Mozilla Readability (with jsdom) over a gold folder (ground-truth.json + html/<id>.html.gz)
// and prints one JSON object: {"seconds": extraction time, "texts": {id: textContent}}. Timing covers DOM building
// and Readability only, on the second of two passes.
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
  pages.push([id, decode(zlib.gunzipSync(fs.readFileSync(file))), gold[id].url]);
}
// The same charset rule as Dateline's TextDecoder (BOM, then a meta charset in the first 64 KiB, then UTF-8), so
// that every extractor reads the same text: jsdom alone would fall back to windows-1252 like a browser.
function decode(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = bytes.subarray(0, 65536).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  let label = m ? m[1].toLowerCase() : 'utf-8';
  if (label === 'iso-8859-1' || label === 'us-ascii' || label === 'latin1') label = 'windows-1252';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch (e) {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const quiet = new VirtualConsole();
let texts = {};
let start = process.hrtime.bigint();
// two passes, the second timed: every extractor in the comparison is measured warm
for (let pass = 0; pass < 2; pass++) {
texts = {};
start = process.hrtime.bigint();
for (const [id, bytes, url] of pages) {
  try {
    const dom = new JSDOM(bytes, { url: url || 'https://example.com/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    texts[id] = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    texts[id] = '';
  }
}
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ seconds, texts }));
