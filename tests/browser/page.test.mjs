// The page of `sunes doc`, opened from disk in a real Chromium with JavaScript disabled, checked
// through the rendered DOM: the 2023/28 grid, the calendar's bars and their layout, the links to
// the sources. Screenshots are saved next to the pages for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const results = process.env.SUNES_BROWSER_RESULTS;
const executablePath = process.env.SUNES_CHROMIUM ?? '/usr/bin/chromium';
const pageUrl = pathToFileURL(path.join(results, 'doc', 'index.html')).href;
const comparedUrl = pathToFileURL(path.join(results, 'doc-compare', 'index.html')).href;

let browser;
let context;

before(async () => {
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await context?.close();
  await browser?.close();
});

/** Opens a page and records every request it makes and every console error. */
async function open(url) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** The shown value of a grid cell (its link's text, without what it replaced). */
async function cellValue(page, volet, indicator, window) {
  return (await page.locator(`#cibles-${volet} td[data-indicator="${indicator}"][data-window="${window}"] a.value`).first().textContent()).trim();
}

test('the page loads from disk without fetching anything and without script', async () => {
  const { page, requests, errors } = await open(pageUrl);
  assert.deepEqual(requests.filter((url) => !url.startsWith('file://')), []);
  assert.deepEqual(errors, []);
  assert.equal(await page.locator('script').count(), 0);
  assert.equal(await page.locator('h1').textContent(), 'Règles en vigueur au 1er avril 2023');
  await page.screenshot({ path: path.join(results, 'page.png'), fullPage: true });
  await page.close();
});

test('the volet 1 grid shows the targets of 2023/28 as published', async () => {
  const { page } = await open(pageUrl);
  const expected = {
    'DS1.1': ['49 %', '55 %', '55 %', '55 %'],
    'DS1.2': ['40 %', '48 %', '50 %', '50 %'],
    'DS1.3': ['49 %', '55 %', '55 %', '55 %'],
    'DS1.4': ['/', '50 %', '50 %', '50 %'],
    'DS2.1': ['45 %', '50 %', '50 %', '50 %'],
    'DS3.1': ['45 %', '45 %', '45 %', '45 %'],
  };
  for (const [indicator, values] of Object.entries(expected)) {
    const shown = [];
    for (const window of ['F1', 'F2', 'F3', 'F4']) {
      shown.push(await cellValue(page, 'v1', indicator, window));
    }
    assert.deepEqual(shown, values, indicator);
  }
  const headers = await page.locator('#cibles-v1 thead th.window').allInnerTexts();
  assert.deepEqual(headers.map((text) => text.replace(/\s+/g, ' ').trim()), ['F1 S1 2022', 'F2 S2 2022', 'F3 S1 2023', 'F4 S2 2023']);
  assert.deepEqual(await page.locator('#cibles-v1 tr.bonus th .badge').allInnerTexts(), ['BONUS', 'BONUS']);
  assert.equal((await page.locator('#cibles-v1 td[data-indicator="DS1.1"][data-window="F2"] .replaced').innerText()).replace(/\s+/g, ' '),
    'remplace 59 % (2021/167 l.193)');
  await page.close();
});

test('the volet 2 grid has no column F1 and the amended rates', async () => {
  const { page } = await open(pageUrl);
  assert.deepEqual(await page.locator('#cibles-v2 thead th.window').evaluateAll((cells) => cells.map((cell) => cell.dataset.window)), ['F2', 'F3', 'F4']);
  assert.deepEqual([await cellValue(page, 'v2', 'DS4.1', 'F2'), await cellValue(page, 'v2', 'DS4.1', 'F3'), await cellValue(page, 'v2', 'DS4.3', 'F4')],
    ['42 %', '50 %', 'oui']);
  await page.close();
});

test('each grid cell sits under its window header', async () => {
  const { page } = await open(pageUrl);
  for (const window of ['F1', 'F2', 'F3', 'F4']) {
    const header = await page.locator(`#cibles-v1 thead th[data-window="${window}"]`).boundingBox();
    for (const indicator of ['DS1.1', 'DS1.4', 'DS3.1']) {
      const cell = await page.locator(`#cibles-v1 td[data-indicator="${indicator}"][data-window="${window}"]`).boundingBox();
      assert.ok(Math.abs(cell.x - header.x) < 1 && Math.abs(cell.width - header.width) < 1, `${indicator} × ${window}`);
      assert.ok(cell.y > header.y + header.height - 1, `${indicator} × ${window} below its header`);
    }
  }
  await page.close();
});

test('a value links to its source line, which the page shows', async () => {
  const { page } = await open(pageUrl);
  const link = page.locator('#cibles-v1 td[data-indicator="DS1.1"][data-window="F2"] a.value');
  assert.equal(await link.getAttribute('title'),
    'Source : DGOS/PF5/DNS/2023/28, ligne 90\nremplace « 59 % » (DGOS/PF5/DNS/CTO/2021/167, ligne 193)');
  await link.click();
  assert.ok(page.url().endsWith('#src-dgos-pf5-dns-2023-28-l90'));
  const target = page.locator('li:target');
  assert.match(await target.innerText(), /^l\.90\s*DS1\.1\s+49 %\s+55 %\s+55 %\s+55 %/);
  const box = await target.boundingBox();
  assert.ok(box.y >= 0 && box.y < 900, 'the source line is scrolled into view');
  await page.close();
});

test('the calendar draws one row per window, bars in date order, the amended jalon of F2', async () => {
  const { page } = await open(pageUrl);
  const bars = await page.locator('#calendrier svg rect.bar').evaluateAll((rects) => rects.map((rect) => {
    const box = rect.getBoundingClientRect();
    return { window: rect.dataset.window, kind: rect.dataset.kind, start: rect.dataset.start, end: rect.dataset.end, x: box.x, y: box.y, right: box.right, width: box.width };
  }));
  assert.equal(bars.length, 12);
  const candidacies = bars.filter((bar) => bar.kind === 'candidature');
  assert.deepEqual(candidacies.map((bar) => [bar.window, bar.start, bar.end]), [
    ['F1', '2021-09-01', '2021-10-31'], ['F2', '2022-03-01', '2022-04-30'], ['F3', '2022-09-01', '2022-10-31'], ['F4', '2023-03-01', '2023-04-30'],
  ]);
  for (let i = 1; i < candidacies.length; i++) {
    assert.ok(candidacies[i].x > candidacies[i - 1].x, 'later candidacies are further right');
    assert.ok(candidacies[i].y > candidacies[i - 1].y, 'later windows are lower');
  }
  const sorted = [...bars].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].x >= sorted[i - 1].x - 0.5, `${sorted[i].window} ${sorted[i].kind} starts after ${sorted[i - 1].window} ${sorted[i - 1].kind}`);
  }
  const f2 = (kind) => bars.find((bar) => bar.window === 'F2' && bar.kind === kind);
  assert.ok(Math.abs(f2('selection').x - f2('candidature').right) < 1, 'the selection follows the candidacy');
  assert.deepEqual([f2('mesure').start, f2('mesure').end], ['2022-07-01', '2023-03-31']);
  const march = await page.locator('#calendrier svg text.month[data-month="2023-03"]').boundingBox();
  const april = await page.locator('#calendrier svg text.month[data-month="2023-04"]').boundingBox();
  assert.ok(f2('mesure').right > march.x + march.width && f2('mesure').right < april.x, 'the F2 measurement ends at the end of March 2023');
  const jalon = await page.locator('#calendrier svg polygon.milestone[data-window="F2"]').evaluate((shape) => {
    const box = shape.getBoundingClientRect();
    return { date: shape.dataset.date, centre: box.x + box.width / 2 };
  });
  assert.equal(jalon.date, '2023-03-31');
  assert.ok(Math.abs(jalon.centre - f2('mesure').right) < 1.5, 'the jalon marks the end of the measurement');
  const inferred = page.locator('#calendrier svg polygon.milestone.assumed[data-window="F4"]');
  assert.equal(await inferred.count(), 1, 'the jalon of F4 no text states is drawn, marked as inferred');
  assert.equal(await inferred.getAttribute('data-date'), '2024-03-31');
  assert.match(await inferred.locator('title').textContent(), /^F4 — jalon 31 mars 2024\ndéduit : seed 002/);
  assert.equal(await page.locator('#calendrier svg polygon.milestone.assumed[data-window="F2"]').count(), 0, 'a stated jalon is not marked');
  await page.locator('#calendrier figure').screenshot({ path: path.join(results, 'calendar.png') });
  await page.close();
});

test('compared with 2023-01-01, the calendar overlays the jalons 2023/28 moved', async () => {
  const { page } = await open(comparedUrl);
  const measurement = async (window, compared) => page.locator(`#calendrier svg rect.bar.mesure${compared ? '.compared' : ':not(.compared)'}[data-window="${window}"]`)
    .evaluate((rect) => ({ end: rect.dataset.end, right: rect.getBoundingClientRect().right, dashed: getComputedStyle(rect).strokeDasharray }));
  const before = await measurement('F2', true);
  const now = await measurement('F2', false);
  assert.equal(before.end, '2022-12-31');
  assert.equal(now.end, '2023-03-31');
  assert.notEqual(before.dashed, 'none');
  assert.ok(now.right - before.right > 80 && now.right - before.right < 100, 'three months apart on the axis');
  const f3 = await page.locator('#calendrier svg polygon.milestone[data-window="F3"]').evaluateAll((shapes) => shapes.map((shape) => shape.dataset.date));
  assert.deepEqual(f3, ['2023-07-31', '2023-06-30']);
  const changes = await page.locator('#changements tr.change th').allInnerTexts();
  assert.equal(changes.length, 34);
  assert.ok(changes.includes('F2, jalon') && changes.includes('DS1.1, F2'));
  assert.ok(changes.includes('SUNES, territoires'), 'the outre-mer scope of 2023/28 is a change');
  await page.screenshot({ path: path.join(results, 'page-compared.png'), fullPage: true });
  await page.close();
});
