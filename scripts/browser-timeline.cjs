// Drives headless Chromium over the page of `annals timeline --html` and checks
// it as a reader would meet it: it loads with no console error and no network
// request, the chart draws one point per event of the dyad, hovering a point
// shows that event's evidence sentence, and a click on a phase zooms the chart.
// Writes a screenshot. Run by scripts/eval-timeline-browser.sh.
//
// Usage: node browser-timeline.cjs PAGE.html EVENTS.jsonl AAA-BBB SCREENSHOT.png
// Env: PLAYWRIGHT_CORE (path of the playwright-core module), CHROMIUM (browser path).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require(process.env.PLAYWRIGHT_CORE || "playwright-core");

const [page_path, events_path, dyad, screenshot] = process.argv.slice(2);
const [A, B] = dyad.split("-");

// What the page must show, computed from the events file on its own terms.
const expected = fs
  .readFileSync(events_path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((e) => e.source && e.target && !e.negated && e.date)
  .filter((e) => {
    const s = e.source.country, t = e.target.country;
    return (s === A && t === B) || (s === B && t === A);
  });
// Hover an event whose score no other event of the dyad shares, so that no
// other point can sit under the mouse.
const scores = new Map();
expected.forEach((e) => scores.set(e.event.goldstein, (scores.get(e.event.goldstein) || 0) + 1));
const target = expected.find((e) => scores.get(e.event.goldstein) === 1);

const squash = (s) => s.replace(/\s+/g, "");
const failures = [];
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "annals-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic",
    ],
  });
  try {
    const errors = [];
    const requests = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));

    await page.goto("file://" + path.resolve(page_path));
    await page.waitForSelector('#chart[data-ready="true"]', { timeout: 30000 });

    const points = page.locator("#chart .cartesianlayer .scatterlayer .trace").first().locator("path.point");
    const drawn = await points.count();
    check(drawn === expected.length, `chart draws ${drawn} points for ${expected.length} events of ${dyad}`);
    check(Number(await page.getAttribute("#chart", "data-events")) === expected.length, "page states the same number of events");
    const rows = await page.locator("#events tbody tr").count();
    check(rows === expected.length, `event table has ${rows} rows`);

    check(target !== undefined, "fixture has an event with a score of its own to hover");
    if (target) {
      const index = await page.evaluate((id) => document.getElementById("chart").data[0].customdata.indexOf(id), target.id);
      check(index >= 0, `event ${target.id} is in the chart`);
      const box = await points.nth(Math.max(index, 0)).boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await page.waitForSelector("#chart .hoverlayer .hovertext", { timeout: 5000 }).catch(() => {});
      const tip = (await page.locator("#chart .hoverlayer .hovertext").allTextContents()).join(" ");
      check(squash(tip).includes(squash(target.text)), `hover box shows the evidence of ${target.id}: "${target.text}"`);
      const panel = await page.locator("#evidence blockquote").textContent().catch(() => "");
      check(panel === target.text, "evidence panel shows the sentence in full");
      await page.screenshot({ path: screenshot });
      console.log(`screenshot: ${screenshot}`);
    }

    // Zoom: a click on the first phase narrows the x axis to it.
    const before = await page.evaluate(() => document.getElementById("chart")._fullLayout.xaxis.range.slice());
    await page.mouse.move(0, 0);
    await page.locator("#phases tbody tr").first().click();
    await page.waitForFunction(
      (w) => { const r = document.getElementById("chart")._fullLayout.xaxis.range; return r[1] - r[0] < w; },
      before[1] - before[0], { timeout: 5000 },
    ).catch(() => {});
    const after = await page.evaluate(() => document.getElementById("chart")._fullLayout.xaxis.range.slice());
    check(after[1] - after[0] < before[1] - before[0], `clicking a phase zooms from ${before.map(Math.round)} to ${after.map(Math.round)}`);

    check(errors.length === 0, `no console errors${errors.length ? ": " + errors.join(" | ") : ""}`);
    check(requests.length === 0, `no network requests${requests.length ? ": " + requests.join(" ") : ""}`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${failures.length === 0 ? "browser test passed" : "browser test FAILED"}`);
  process.exit(failures.length === 0 ? 0 : 1);
})().catch((e) => {
  console.error(`browser test FAILED: ${e.stack || e}`);
  process.exit(1);
});
