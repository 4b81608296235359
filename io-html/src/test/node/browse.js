// Loads each page given in headless Chromium, from Debian's package, with JavaScript off, and
// prints one JSON line for each: the console errors, the failed requests, the sections found,
// and the page's height. With --screenshot FILE, also takes a picture of the first page.
// Usage: node browse.js [--screenshot FILE] PAGE.html...
'use strict';
const { chromium } = require('playwright-core');

async function main() {
  const args = process.argv.slice(2);
  let screenshot = null;
  if (args[0] === '--screenshot') {
    screenshot = args[1];
    args.splice(0, 2);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 1400 } });
    for (const [i, file] of args.entries()) {
      const page = await context.newPage();
      const errors = [];
      const requests = [];
      page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', e => errors.push(String(e)));
      page.on('request', r => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      page.on('requestfailed', r => errors.push('failed: ' + r.url()));
      await page.goto('file://' + file, { waitUntil: 'load' });
      const headings = await page.locator('h2').allInnerTexts();
      const drawings = await page.locator('svg').count();
      const height = await page.evaluate(() => document.documentElement.scrollHeight).catch(() => -1);
      if (screenshot && i === 0) {
        // The actors and their aims, the part of the page that shows most at a glance.
        const top = await page.locator('h2', { hasText: 'The actors and their aims' }).first().boundingBox();
        await page.screenshot({ path: screenshot, clip: { x: 0, y: Math.max(0, top.y - 16), width: 1100, height: 1050 }, fullPage: true, type: 'png' });
      }
      console.log(JSON.stringify({ file, errors, requests, headings, drawings, height }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
