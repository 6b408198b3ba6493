// The browser test: serves a translated DOM program (examples/browser/)
// from a local HTTP server on 127.0.0.1, loads it in headless Chromium
// (Debian's chromium, driven by playwright-core), clicks the button, checks
// the DOM text and takes a screenshot.
//
//   node tests/browser/browser_test.js DIR     (DIR: app.js, app.wasm, index.html)
//
// Exits 0 on success, 1 on failure, 77 (ctest's skip code) with a message
// when Chromium cannot start.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require('playwright-core');

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
