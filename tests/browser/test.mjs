// Drives the page served by `jiandu serve` in headless Chromium.
// Usage: JIANDU_URL=http://127.0.0.1:PORT node test.mjs   (run.sh sets everything up)
import { chromium } from "playwright-core";

const base = process.env.JIANDU_URL;
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const shots = process.env.SCREENSHOT_DIR || "";
const GROUP = "吉林省纪委监委驻省卫健委纪检监察组";

if (!base) {
  console.error("JIANDU_URL is not set");
  process.exit(2);
}

let failures = 0;
let passes = 0;
async function check(name, fn) {
  try {
    await fn();
    passes += 1;
    console.log(`ok - ${name}`);
  } catch (err) {
    failures += 1;
    console.log(`not ok - ${name}\n  ${String(err && err.stack || err).split("\n").join("\n  ")}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const origin = new URL(base).origin;
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const external = [];
const pageErrors = [];
// Everything must come from this server: record and block anything else.
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) {
    return route.continue();
  }
  external.push(url);
  return route.abort();
});
const page = await context.newPage();
page.on("pageerror", (e) => pageErrors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") pageErrors.push("console: " + m.text()); });

try {
  await check("the page loads and YASGUI starts", async () => {
    const res = await page.goto(base + "/", { waitUntil: "domcontentloaded" });
    assert(res && res.status() === 200, `GET / answered ${res && res.status()}`);
    await page.waitForSelector('body[data-yasgui-ready="true"]', { timeout: 30000 });
    await page.waitForSelector('#named-query-list[data-state="loaded"]', { timeout: 30000 });
  });

  await check("the resident-groups named query runs and shows its rows", async () => {
    await page.click('button[data-query="resident-groups"]');
    await page.waitForSelector('#yasgui[data-query-state="done"]', { timeout: 30000 });
    const rows = page.locator(".yasgui .tabPanel.active .yasr_results table.dataTable tbody tr");
    await rows.first().waitFor({ timeout: 30000 });
    const n = await rows.count();
    assert(n > 0, "no result rows");
    const texts = await rows.allInnerTexts();
    assert(texts.some((t) => t.includes(GROUP)), `no row mentions ${GROUP}; first rows: ${texts.slice(0, 3).join(" | ")}`);
    if (shots) await page.screenshot({ path: `${shots}/sparql.png`, fullPage: false });
  });

  await check("the search box finds 卫健委", async () => {
    await page.fill("#search-input", "卫健委");
    await page.waitForSelector("#search-results li.search-result", { timeout: 30000 });
    const items = page.locator("#search-results li.search-result");
    const n = await items.count();
    assert(n > 0, "no search results");
    const texts = await items.allInnerTexts();
    assert(texts.some((t) => t.includes("卫健委")), `results: ${texts.join(" | ")}`);
    if (shots) await page.screenshot({ path: `${shots}/search.png` });
  });

  await check("a search result opens the entity page", async () => {
    const link = page.locator(`#search-results a.search-result-link[data-iri$="${GROUP}"]`);
    await link.first().click();
    await page.waitForSelector("article.entity h1", { timeout: 30000 });
    const h1 = await page.locator("article.entity h1").innerText();
    assert(h1.includes(GROUP), `entity page title: ${h1}`);
    const evidence = await page.locator("#actions q.evidence, #supervision q.evidence").count();
    assert(evidence > 0, "no evidence sentences on the entity page");
    if (shots) await page.screenshot({ path: `${shots}/entity.png`, fullPage: true });
  });

  await check("the graph page renders /export.dot", async () => {
    await page.goto(base + "/static/graph.html?body=" + encodeURIComponent("吉林省纪委监委") + "&depth=1");
    await page.waitForSelector('#graph[data-state="rendered"], #graph[data-state="error"]', { timeout: 60000 });
    const state = await page.locator("#graph").getAttribute("data-state");
    const error = await page.locator("#graph-error").innerText().catch(() => "");
    assert(state === "rendered", `graph state ${state}: ${error}`);
    assert(await page.locator("#graph svg").count() === 1, "no SVG");
    if (shots) await page.screenshot({ path: `${shots}/graph.png` });
  });

  await check("nothing was loaded from elsewhere and no script error", async () => {
    assert(external.length === 0, `external requests: ${external.join(", ")}`);
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join(" | ")}`);
  });
} finally {
  await browser.close();
}

console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
