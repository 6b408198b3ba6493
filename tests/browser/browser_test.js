// The browser test: serves a translated DOM program (examples/browser/)
// from a local HTTP server on 127.0.0.1, loads it in headless Chromium
// (Debian's chromium, driven by playwright-core), clicks the button, checks
// the DOM text and the fetched note, and takes a screenshot whose pixels
// must show the dark red title on a white page.
//
//   node tests/browser/browser_test.js DIR     (DIR: app.js, app.wasm, index.html)
//
// Exits 0 on success, 1 on failure, 77 (ctest's skip code) with a message
// when Chromium cannot start.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

// Decodes an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes) to
// { width, height, channels, pixels }.
function decodePng(png) {
  let pos = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('unsupported PNG');
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      if (!channels) throw new Error('unsupported PNG color type ' + data[9]);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let p;
      if (filter === 0) p = 0;
      else if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else {
        const q = a + b - c, pa = Math.abs(q - a), pb = Math.abs(q - b), pc = Math.abs(q - c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (v + p) & 255;
    }
  }
  return { width, height, channels, pixels };
}

// How many pixels of the image are within `tol` of color [r, g, b].
function countColor(img, rgb, tol) {
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += img.channels) {
    if (Math.abs(img.pixels[i] - rgb[0]) <= tol && Math.abs(img.pixels[i + 1] - rgb[1]) <= tol &&
        Math.abs(img.pixels[i + 2] - rgb[2]) <= tol)
      n++;
  }
  return n;
}

const dir = path.resolve(process.argv[2]);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

function serve() {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(req.url.split('?')[0])));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function fail(msg) {
  console.error('FAIL: ' + msg);
  process.exitCode = 1;
}

(async () => {
  const server = await serve();
  const url = 'http://127.0.0.1:' + server.address().port + '/index.html';
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  } catch (e) {
    console.log('SKIP: chromium cannot start: ' + e.message.split('\n')[0]);
    server.close();
    process.exitCode = 77;
    return;
  }
  try {
    const page = await browser.newPage({ viewport: { width: 480, height: 320 } });
    const console_lines = [];
    page.on('console', (m) => console_lines.push(m.text()));
    page.on('pageerror', (e) => fail('page error: ' + e.message));
    await page.goto(url);
    await page.waitForSelector('#btn', { timeout: 20000 });
    const before = await page.textContent('#out');
    if (before !== 'not clicked yet') fail('before the click: ' + JSON.stringify(before));
    await page.click('#btn');
    await page.click('#btn');
    const after = await page.textContent('#out');
    if (after !== 'clicked 2 times') fail('after two clicks: ' + JSON.stringify(after));
    const items = await page.$$eval('#log li', (lis) => lis.map((li) => li.textContent));
    if (JSON.stringify(items) !== JSON.stringify(['click #1 on <button>', 'click #2 on <button>']))
      fail('log items: ' + JSON.stringify(items));
    // load_note(), an async def awaiting fetch('note.txt') from this server.
    await page.waitForFunction(() => document.getElementById('note').textContent !== 'loading...',
                               null, { timeout: 20000 });
    const note = await page.textContent('#note');
    if (note !== 'fetched: a note served by the same host') fail('note: ' + JSON.stringify(note));
    const color = await page.$eval('h1', (h) => getComputedStyle(h).color);
    if (color !== 'rgb(139, 0, 0)') fail('title color: ' + color);
    if (!console_lines.includes('page ready')) fail('console: ' + JSON.stringify(console_lines));
    const shot = path.join(dir, 'screenshot.png');
    await page.screenshot({ path: shot });
    const png = fs.readFileSync(shot);
    if (png.length < 1000 || png.toString('latin1', 1, 4) !== 'PNG') fail('bad screenshot');
    // What the screenshot must show: a white page, the title's dark red
    // glyphs (antialiased edges aside), nothing else red.
    const img = decodePng(png);
    const white = countColor(img, [255, 255, 255], 0);
    const darkred = countColor(img, [139, 0, 0], 12);
    if (img.width !== 480 || img.height !== 320) fail('screenshot size ' + img.width + 'x' + img.height);
    if (white < img.width * img.height / 2) fail('screenshot: the page is not white (' + white + ')');
    if (darkred < 500) fail('screenshot: no dark red title (' + darkred + ' pixels)');
    if (!process.exitCode)
      console.log('PASS: DOM built, two clicks handled, note fetched, screenshot ' + shot + ' (' +
                  png.length + ' bytes)');
  } finally {
    await browser.close();
    server.close();
  }
})().catch((e) => {
  fail(e.stack || String(e));
});
