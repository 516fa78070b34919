// The inspector's handheld in headless Chromium. Started by HandheldInBrowserTest with the running
// Access Point's address and the notes it prepared (HANDHELD_TEST, JSON); prints one line per
// scenario and exits non-zero if any failed. Screenshots at 360 x 640 go to config.screenshots.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const config = JSON.parse(process.env.HANDHELD_TEST);
const base = config.base;
const VIEWPORT = { width: 360, height: 640 };
const PAGE_BUDGET = 200 * 1024;
let failures = 0;

function check(condition, message) { if (!condition) { throw new Error(message); } }

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failures++;
    console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
  }
}

async function shot(page, name) {
  fs.mkdirSync(config.screenshots, { recursive: true });
  await page.screenshot({ path: path.join(config.screenshots, name) });
}

/** Signs in through the provider's login page, as a person would. */
async function signIn(page, user) {
  await page.goto(`${base}/inspect/`);
  check(!page.url().startsWith(base), `expected the provider's login page, got ${page.url()}`);
  await page.fill('#username', user);
  await page.fill('#password', user);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(`${base}/inspect/`) && r.request().isNavigationRequest()
      && r.status() !== 302),
    page.click('#login'),
  ]);
  return response;
}

/** Bytes of every response a page load brings from the Access Point, the PDF aside. */
function weigh(page) {
  const sizes = [];
  const listener = async (response) => {
    if (!response.url().startsWith(base) || response.url().includes('/pdf') || response.status() >= 300) { return; }
    try { sizes.push({ url: response.url().slice(base.length), bytes: (await response.body()).length }); } catch (e) { /* redirects have no body */ }
  };
  page.on('response', listener);
  return () => { page.off('response', listener); return sizes; };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: config.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${config.video}`],
  });
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', permissions: ['camera'], deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`# page error: ${e.message}`));
  const weights = {};

  await step('an inspector signs in through the code flow', async () => {
    const response = await signIn(page, 'inspector');
    check(response.status() === 200, `expected the app, got ${response.status()}`);
    await page.waitForFunction(() => document.getElementById('who').textContent.includes('inspector'));
    const cookies = await context.cookies(`${base}/inspect/`);
    check(cookies.some((c) => c.name.startsWith('q_session') && c.httpOnly), 'an HttpOnly session cookie');
    check(await page.evaluate(() => !/eyJ/.test(JSON.stringify(localStorage)) && !/eyJ/.test(document.documentElement.outerHTML)),
      'no token in the page or its storage');
    await page.fill('#ref', config.controlReference);
    await page.dispatchEvent('#ref', 'change');
    await shot(page, 'handheld-home.png');
  });

  await step('searches a plate, typed as people type it', async () => {
    await page.fill('#q', config.plate.toLowerCase().replace('-', ' '));
    await page.click('#search button[type=submit]');
    await page.waitForSelector(`.results a[data-note="${config.validId}"]`);
    check((await page.textContent('.results')).includes(config.validNumber), 'the note\'s number in the results');
    await shot(page, 'handheld-results.png');
  });

  await step('opens a note and sees the verdict: valid, with the dangerous goods highlighted', async () => {
    await page.click(`.results a[data-note="${config.validId}"]`);
    await page.waitForSelector('#verdict[data-verdict=valid]');
    check((await page.textContent('#verdict')).includes('VALID'), 'VALID shown');
    check((await page.textContent('.goods li.adr')).includes('UN1263'), 'the UN number of the dangerous goods');
    check((await page.textContent('#note')).includes(config.plate), 'the vehicle');
    await shot(page, 'handheld-note-valid.png');
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.goods').getBoundingClientRect().top + window.scrollY - 60));
    await shot(page, 'handheld-note-goods.png');
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  await step('the PDF is one tap away, with the control reference for the access log', async () => {
    const href = await page.getAttribute('#open-pdf', 'href');
    check(href.includes(`ref=${encodeURIComponent(config.controlReference)}`), `control reference in ${href}`);
    const response = await page.request.get(new URL(href, page.url()).toString(), { headers: { 'Sec-Fetch-Site': 'same-origin' } });
    check(response.status() === 200 && response.headers()['content-type'] === 'application/pdf', `PDF answered ${response.status()}`);
    check((await response.body()).subarray(0, 5).toString() === '%PDF-', 'a PDF');
  });

  await step('a tampered note shows invalid', async () => {
    await page.goto(`${base}/inspect/#note/${config.tamperedId}`);
    await page.waitForSelector('#verdict[data-verdict=invalid]');
    const text = await page.textContent('#verdict');
    check(text.includes('INVALID'), 'INVALID shown');
    check(text.includes('The stored note has been altered.'), `the reason in plain words: ${text}`);
    await shot(page, 'handheld-note-invalid.png');
  });

  await step('the language switches (Dutch, French, German) and follows the browser', async () => {
    for (const [lang, verdict, scan] of [['nl', 'ONGELDIG', 'QR-code scannen'], ['fr', 'NON VALIDE', 'Scanner le code QR'],
      ['de', 'UNGÜLTIG', 'QR-Code scannen']]) {
      await page.selectOption('#lang', lang);
      check(await page.evaluate(() => document.documentElement.lang) === lang, `html lang ${lang}`);
      check((await page.textContent('#verdict')).includes(verdict), `${lang}: ${verdict}`);
      check((await page.textContent('#scan')).includes(scan), `${lang}: ${scan}`);
      if (lang === 'nl') { await shot(page, 'handheld-note-invalid-nl.png'); }
    }
    await page.selectOption('#lang', 'en');
    const french = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', storageState: await context.storageState() });
    const other = await french.newPage();
    await other.goto(`${base}/inspect/`);
    await other.evaluate(() => localStorage.removeItem('ecmr.handheld.v1'));
    await other.reload();
    await other.waitForSelector('#scan');
    check((await other.textContent('#scan')).includes('Scanner le code QR'), 'French from the browser');
    await french.close();
  });

  await step('a QR code filmed by the camera opens the right note', async () => {
    // A page of its own without the service worker, so that the decoder can be held back a moment
    // and the screenshot shows the camera before the code is read.
    const camera = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', permissions: ['camera'],
      storageState: await context.storageState(), serviceWorkers: 'block' });
    const p = await camera.newPage();
    await p.route('**/assets/vendor/jsQR.min.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await p.goto(`${base}/inspect/`);
    await p.click('#scan');
    await p.waitForSelector('#view-scan:not([hidden])');
    await p.waitForFunction(() => document.getElementById('video').readyState >= 2, null, { timeout: 10000 });
    await p.waitForTimeout(300);
    await shot(p, 'handheld-scan.png');
    await p.waitForFunction((id) => location.hash.startsWith(`#note/${id}?sha256=`), config.validId, { timeout: 30000 });
    await p.waitForSelector('#verdict[data-verdict=valid]');
    check((await p.textContent('#verdict')).includes('The scanned PDF is a copy of this note.'), 'the digest matches');
    check((await p.textContent('#note')).includes(config.validNumber), 'the scanned note');
    await camera.close();
  });

  await step('keeps the last results when the network drops, and says so', async () => {
    await context.setOffline(true);
    await page.goto(`${base}/inspect/`).catch(() => null);
    await page.waitForSelector('#search');
    await page.fill('#q', config.plate);
    await page.click('#search button[type=submit]');
    await page.waitForSelector('#offline:not([hidden])');
    check((await page.textContent('#offline')).startsWith('Offline'), 'the offline banner');
    await page.waitForSelector(`.results a[data-note="${config.validId}"]`);
    await shot(page, 'handheld-offline.png');
    await page.click(`.results a[data-note="${config.validId}"]`);
    await page.waitForSelector('#verdict[data-verdict=valid]');
    await context.setOffline(false);
  });

  await step('no page weighs more than 200 KB before the PDF', async () => {
    const fresh = await browser.newContext({ viewport: VIEWPORT, storageState: await context.storageState(), permissions: ['camera'],
      serviceWorkers: 'block' });
    const p = await fresh.newPage();
    let done = weigh(p);
    await p.goto(`${base}/inspect/`, { waitUntil: 'networkidle' });
    weights.home = done();
    done = weigh(p);
    await p.goto(`${base}/inspect/#note/${config.validId}`, { waitUntil: 'networkidle' });
    await p.reload({ waitUntil: 'networkidle' });
    await p.waitForSelector('#verdict');
    weights.note = done();
    done = weigh(p);
    await p.goto(`${base}/inspect/#scan`, { waitUntil: 'networkidle' });
    await p.reload({ waitUntil: 'networkidle' });
    await p.waitForFunction(() => location.hash.startsWith('#note/'), null, { timeout: 30000 });
    await p.waitForLoadState('networkidle');
    weights.scan = done();
    await fresh.close();
    for (const [name, list] of Object.entries(weights)) {
      const total = list.reduce((sum, r) => sum + r.bytes, 0);
      console.log(`# weight ${name}: ${total} bytes (${list.map((r) => `${r.url} ${r.bytes}`).join(', ')})`);
      check(total < PAGE_BUDGET, `${name} weighs ${total} bytes`);
    }
  });

  await step('meets WCAG 2.1 A and AA as axe-core checks it: home, a valid note, a tampered note', async () => {
    // The page's Content-Security-Policy admits no injected script; this context lets axe in.
    const audit = await browser.newContext({ viewport: VIEWPORT, storageState: await context.storageState(), bypassCSP: true,
      serviceWorkers: 'block' });
    const p = await audit.newPage();
    const problems = [];
    for (const [name, hash, ready] of [['home', '', '#search'], ['valid note', `#note/${config.validId}`, '#verdict'],
      ['tampered note', `#note/${config.tamperedId}`, '#verdict']]) {
      await p.goto(`${base}/inspect/${hash}`);
      await p.waitForSelector(ready);
      await p.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await p.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      result.violations.forEach((v) => problems.push(`${name}: ${v.id} (${v.impact}) ${v.help}: `
        + v.nodes.map((n) => n.target.join(' ')).join(', ')));
    }
    await audit.close();
    check(problems.length === 0, problems.join('\n'));
  });

  await step('a carrier cannot sign in to it', async () => {
    const carrier = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    const p = await carrier.newPage();
    const response = await signIn(p, 'carrier-a');
    check(response.status() === 403, `expected 403, got ${response.status()}`);
    check((await p.textContent('h1')).includes('Not for this account'), 'a plain refusal');
    const api = await p.request.get(`${base}/inspect/api/notes/${config.validId}`,
      { headers: { 'X-Requested-With': 'JavaScript', 'Sec-Fetch-Site': 'same-origin' } });
    check(api.status() === 403, `the API refuses the carrier: ${api.status()}`);
    await shot(p, 'handheld-refused.png');
    await carrier.close();
  });

  await browser.close();
  console.log(failures ? `# ${failures} failed` : '# all passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.log(`not ok - the browser run\n  ${e.stack}`); process.exit(1); });
