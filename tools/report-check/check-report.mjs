// Opens a Shield run report (report.html) in headless Chromium, offline, and checks that it renders:
// no request leaves the machine (every URL must be file: or data:; others are aborted and fail the
// check), no console or page error, the expected headings and number of SVG plots, the map image
// decoded, and P(no leak) as in summary.json. Writes a full-page screenshot beside the report.
//
// Usage: node check-report.mjs REPORT_HTML SUMMARY_JSON EXPECTED_JSON
//   EXPECTED_JSON: {"headings": [...h2 texts...], "plots": N, "threats": N}
// Environment: CHROMIUM (default /usr/bin/chromium).
// Prints "all checks passed" and exits 0, or prints "FAIL: ..." lines and exits 1.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportPath, summaryPath, expectedPath] = process.argv.slice(2);
if (!reportPath || !summaryPath || !expectedPath) {
  console.log('usage: node check-report.mjs REPORT_HTML SUMMARY_JSON EXPECTED_JSON');
  process.exit(2);
}
const summary = JSON.parse(fs.readFileSync(summaryPath, 'utf8'));
const expected = JSON.parse(fs.readFileSync(expectedPath, 'utf8'));

const failures = [];
function check(ok, what) {
  if (ok) {
    console.log(`ok: ${what}`);
  } else {
    failures.push(what);
    console.log(`FAIL: ${what}`);
  }
}

function local(url) {
  return url.startsWith('file:') || url.startsWith('data:');
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shield-report-check-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1200, height: 900 },
  });

  const requests = [];
  const offMachine = [];
  const errors = [];
  const failedRequests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return local(url) ? route.continue() : route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => {
    requests.push(request.url());
    if (!local(request.url())) {
      offMachine.push(request.url());
    }
  });
  page.on('requestfailed', (request) => failedRequests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));

  await page.goto(pathToFileURL(path.resolve(reportPath)).href, { waitUntil: 'load' });

  const rendered = await page.evaluate(() => {
    const img = document.querySelector('img.map');
    const plots = [...document.querySelectorAll('svg.plot')];
    return {
      title: document.title,
      h1: document.querySelector('h1')?.textContent ?? '',
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
      plots: plots.length,
      plotsDrawn: plots.filter((p) => {
        const box = p.getBoundingClientRect();
        return box.width > 100 && box.height > 50 && p.querySelectorAll('rect, circle, line').length > 5;
      }).length,
      mapComplete: img ? img.complete : false,
      mapWidth: img ? img.naturalWidth : 0,
      mapHeight: img ? img.naturalHeight : 0,
      noLeak: document.getElementById('p-no-leak')?.textContent ?? '',
      threatRows: document.querySelectorAll('#per-threat tbody tr').length,
      scripts: document.querySelectorAll('script').length,
    };
  });

  const screenshot = path.join(path.dirname(path.resolve(reportPath)), 'report.png');
  await page.screenshot({ path: screenshot, fullPage: true });

  check(requests.length >= 1 && local(requests[0]), `the report loaded (${requests.length} requests)`);
  check(offMachine.length === 0, `no request off the machine${offMachine.length ? ': ' + offMachine.join(', ') : ''}`);
  check(failedRequests.length === 0, `no failed request${failedRequests.length ? ': ' + failedRequests.join(', ') : ''}`);
  check(errors.length === 0, `no console or page error${errors.length ? ': ' + errors.join(' | ') : ''}`);
  check(rendered.scripts === 0, 'no script in the page');
  check(rendered.h1 === summary.scenario, `heading is the scenario's name '${summary.scenario}' (got '${rendered.h1}')`);
  check(rendered.title.startsWith(summary.scenario), `title names the scenario (got '${rendered.title}')`);
  check(
    JSON.stringify(rendered.headings) === JSON.stringify(expected.headings),
    `section headings ${JSON.stringify(expected.headings)} (got ${JSON.stringify(rendered.headings)})`,
  );
  check(rendered.plots === expected.plots, `${expected.plots} SVG plots (got ${rendered.plots})`);
  check(rendered.plotsDrawn === expected.plots, `every plot drawn with marks (got ${rendered.plotsDrawn})`);
  check(
    rendered.mapComplete && rendered.mapWidth > 0 && rendered.mapHeight > 0,
    `map image decoded (${rendered.mapWidth} x ${rendered.mapHeight} px)`,
  );
  const noLeak = summary.p_no_leak.value === null ? '–' : summary.p_no_leak.value.toFixed(3);
  check(rendered.noLeak === noLeak, `P(no leak) shown as summary.json's ${noLeak} (got '${rendered.noLeak}')`);
  check(
    rendered.threatRows === summary.per_threat.length,
    `${summary.per_threat.length} threat rows (got ${rendered.threatRows})`,
  );
  console.log(`screenshot: ${screenshot}`);
} finally {
  if (context) {
    await context.close();
  }
  fs.rmSync(profile, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all checks passed');
