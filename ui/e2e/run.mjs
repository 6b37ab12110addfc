// End-to-end: starts the real desktop binary under tauri-driver (WebKitWebDriver) and drives its
// webview with WebdriverIO. Run by scripts/test.sh inside xvfb-run; prints TAP-like lines and
// a closing "N passed, N failed" line.
//
// Env: JINGPIN_APP (absolute path of the built app), E2E_SHOTS (folder for screenshots).
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";
import { answerDialogs } from "./dialogs.mjs";
import { makeJourney } from "./journey.mjs";
import { makeSimilarJourney } from "./similar.mjs";

const app = process.env.JINGPIN_APP;
if (!app) throw new Error("JINGPIN_APP must name the built jingpin-desktop binary");
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), "../../tests/fixtures");
const shots = process.env.E2E_SHOTS ?? join(tmpdir(), "jingpin-e2e");
mkdirSync(shots, { recursive: true });

// A fresh data folder per run, so the app starts as on a new machine.
const home = mkdtempSync(join(tmpdir(), "jingpin-e2e-home-"));
const env = {
  ...process.env,
  XDG_DATA_HOME: join(home, "data"),
  XDG_CONFIG_HOME: join(home, "config"),
  JINGPIN_DATA_DIR: join(home, "jingpin"),
};
const driverBin = process.env.TAURI_DRIVER ?? "tauri-driver";
const driver = spawn(driverBin, ["--port", "4444", "--native-port", "4445", "--native-driver", "/usr/bin/WebKitWebDriver"], {
  env,
  stdio: ["ignore", "ignore", "pipe"],
});
let driverErr = "";
driver.stderr.on("data", (d) => (driverErr += d));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitForDriver() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch("http://127.0.0.1:4444/status");
      if (r.ok) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`tauri-driver did not start: ${driverErr}`);
}

let passed = 0;
let failed = 0;
// E2E_ONLY=journey runs only the checks whose name contains it (for working on one part)
const only = process.env.E2E_ONLY;
// E2E_SKIP=province leaves out the checks whose name contains it: the installed release app
// imports the province's 154 sheets before a cancel can be clicked (scripts/test_package.sh)
const skip = process.env.E2E_SKIP;
async function check(name, fn) {
  if (only && !name.includes(only)) return;
  if (skip && name.includes(skip)) {
    console.log(`skipped - ${name}`);
    return;
  }
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(e?.stack ?? e).split("\n").join("\n  ")}`);
    // what the window showed when the check failed
    await browser?.saveScreenshot(join(shots, `failed-${failed}.png`)).catch(() => {});
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
// WebKitWebDriver's getText() is empty for Element Plus table cells: read textContent.
// WebKit paints a moment after the DOM changes; let it settle so screenshots show what was checked.
const shoot = async (browser, file) => {
  await sleep(800);
  await browser.saveScreenshot(join(shots, file));
};
const textOf = (browser, selector) =>
  browser.execute((s) => [...document.querySelectorAll(s)].map((e) => e.textContent.trim()), selector);

let browser;
// a new window on the same data folders: what a person sees after closing and restarting the app
const connect = () =>
  remote({
    hostname: "127.0.0.1",
    port: 4444,
    logLevel: "error",
    capabilities: { "tauri:options": { application: app } },
  });
try {
  await waitForDriver();
  browser = await connect();
  const journey = makeJourney({ getBrowser: () => browser, setBrowser: (b) => (browser = b), connect, home, env, fixtures, check, assert, shoot, textOf, sleep });
  const appTitle = () => browser.execute(() => document.querySelector("[data-test=app-title]")?.textContent);

  await check("the window is titled 精品课评审台 and starts in Chinese", async () => {
    await (await browser.$("[data-test=app-title]")).waitForExist({ timeout: 20000 });
    assert((await browser.getTitle()) === "精品课评审台", `title: ${await browser.getTitle()}`);
    assert((await appTitle()) === "精品课评审台", `header: ${await appTitle()}`);
  });

  await check("the first start offers the city demo, and opening it shows a real 300-lesson session", async () => {
    const offer = await browser.$("[data-test=demo-offer]");
    await offer.waitForExist({ timeout: 10000 });
    await shoot(browser, "first-start.png");
    await (await browser.$("[data-test=open-demo]")).click();
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=roster-count]"))[0]?.includes("300"), {
      timeout: 90000,
      timeoutMsg: `the demo roster did not show: ${(await textOf(browser, "[data-test=roster-count]"))[0]}`,
    });
    await (await browser.$("[data-test=nav-results]")).click();
    // a page of the ranking at a time (50 rows), the pager counting them all
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=results-table] .el-table__body tbody tr")).length === 50, {
      timeout: 20000,
      timeoutMsg: "the demo's ranking did not show",
    });
    const pager = (await textOf(browser, "[data-test=pager] .el-pagination__total"))[0] ?? "";
    assert(Number(pager.replace(/\D/g, "")) > 100, `the pager counts the category's lessons: ${pager}`);
    await shoot(browser, "demo-results.png");
    // the fairness tab of a real-sized session: the severity chart with one point per judge
    await (await browser.$("//div[contains(@class,'el-tabs__item')][contains(., '公平性')]")).click();
    await browser.waitUntil(
      async () =>
        browser.execute(() => {
          const chart = document.querySelector("[data-test=chart-severity] [data-series]");
          return !!chart && chart.getAttribute("data-series") === "2" && chart.querySelectorAll("svg path").length > 10;
        }),
      { timeout: 30000, timeoutMsg: "the demo's severity chart did not draw" },
    );
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=results-table] [data-test^=stability-L]")).length > 30, {
      timeout: 60000,
      timeoutMsg: "the demo's stability did not arrive",
    });
    await shoot(browser, "demo-fairness.png");
    await (await browser.$("//div[contains(@class,'el-tabs__item')][contains(., '排名与推荐')]")).click();
  });

  await check("opening the 2024 学科课程 rubric shows its 8 indicators and a total of 100", async () => {
    await (await browser.$("[data-test=nav-rubrics]")).click();
    const item = await browser.$('[data-test="rubric-2024-学科课程"]');
    await item.waitForExist({ timeout: 10000 });
    await item.click();
    await browser.waitUntil(
      async () =>
        (await browser.execute(() => document.querySelector("[data-test=rubric-title]")?.textContent)) ===
        "2024年精品课评价指标（学科课程）",
      { timeout: 5000, timeoutMsg: "the rubric title did not appear" },
    );
    const rows = await textOf(browser, "[data-test=indicator-table] .el-table__body tbody tr");
    assert(rows.length === 8, `indicator rows: ${rows.length}`);
    assert(rows[0].includes("教学目标科学合理") && rows[0].includes("10"), `first row: ${rows[0]}`);
    const total = await textOf(browser, "[data-test=rubric-total]");
    assert(total[0].includes("100"), `total: ${total}`);
    const footer = await textOf(browser, "[data-test=indicator-table] .el-table__footer td");
    assert(footer.includes("100"), `table footer: ${footer}`);
    const vetoes = await textOf(browser, "[data-test=veto-list] .el-tag");
    assert(vetoes.length === 4 && vetoes.includes("含广告"), `vetoes: ${vetoes}`);
    await shoot(browser, "rubric-subject-2024.png");
  });

  await check("the quota view shows the 2024 national table with its totals", async () => {
    await (await browser.$("[data-test=nav-quotas]")).click();
    await browser.waitUntil(
      async () => (await textOf(browser, "[data-test=quota-table] .el-table__body tbody tr")).length >= 32,
      { timeout: 5000, timeoutMsg: "32 region rows did not appear" },
    );
    const footer = await textOf(browser, "[data-test=quota-table] .el-table__footer td");
    for (const n of ["16100", "4000", "850"]) assert(footer.includes(n), `footer ${footer} lacks ${n}`);
    await shoot(browser, "quotas-2024-national.png");
  });

  await journey();

  await check("a province's returned sheets import in one action: the bar moves, cancel stores nothing, the window answers throughout", async () => {
    // the province demo as it stood before its 154 sheets came back (the CLI builds it)
    const demo = join(home, "province-demo");
    execFileSync(process.env.JINGPIN_CLI, ["demo", "--scale", "province", "--out", demo, "--before-import"], { env, stdio: "ignore" });
    const db = join(home, "广东省级遴选.jpsession");
    copyFileSync(join(demo, "session-before-import.jpsession"), db);
    const files = readdirSync(join(demo, "收回评分表")).map((f) => join(demo, "收回评分表", f));
    const click = async (sel) => {
      const el = await browser.$(sel);
      await el.waitForClickable({ timeout: 30000 });
      await el.click();
    };
    await click("[data-test=nav-home]");
    await answerDialogs(browser, db);
    await click("[data-test=open-session]");
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=roster-count]"))[0]?.includes("3000"), {
      timeout: 30000,
      timeoutMsg: "the province roster did not show",
    });
    await click("[data-test=nav-results]");
    // the chair looks at the page first: nothing recommended yet (the ranking of 3,000 lessons is
    // computed as the page opens; reading the line before it arrives reads an empty line)
    const fillNow = async () => (await textOf(browser, "[data-test=quota-fill]"))[0] ?? "";
    await browser.waitUntil(async () => (await fillNow()).includes("推荐 0/"), {
      timeout: 60000,
      timeoutMsg: `the province's empty ranking did not show: ${await fillNow()}`,
    });
    // the page's own thread, sampled every 10 ms: every value the bar shows
    const watch = () =>
      browser.execute(() => {
        const beats = { seen: [], cancel: false };
        window.__beats = beats;
        clearInterval(window.__hb);
        window.__hb = setInterval(() => {
          const p = document.querySelector("[data-test=import-progress] .el-progress-bar__innerText")?.textContent?.trim();
          if (p && beats.seen.at(-1) !== p) beats.seen.push(p);
          beats.cancel ||= !!document.querySelector("[data-test=cancel-import]");
        }, 10);
      });
    const watched = () => browser.execute(() => (clearInterval(window.__hb), window.__beats));
    // first the chair changes their mind: cancel, and nothing is stored
    await answerDialogs(browser, files);
    await watch();
    await click("[data-test=import-sheets]");
    // a new run of the app: its first change asks who is working, prefilled with the last name
    const asked = await browser.$(".operator-box input");
    await asked.waitForDisplayed({ timeout: 15000 });
    const prefilled = await browser.execute(() => document.querySelector(".operator-box input").value);
    assert(prefilled === "张主任", `the question is prefilled with the last operator: “${prefilled}”`);
    await click(".operator-box .el-button--primary");
    await click("[data-test=cancel-import]");
    await browser.waitUntil(async () => (await textOf(browser, ".el-alert__title")).some((t) => t.includes("已取消")), {
      timeout: 60000,
      timeoutMsg: `the cancel was not reported: ${await textOf(browser, ".el-alert__title")}`,
    });
    await shoot(browser, "province-cancelled.png");
    // and the chair looks again: away from the page and back, the ranking read anew from the session
    await click("[data-test=nav-roster]");
    await click("[data-test=nav-results]");
    await browser.waitUntil(async () => (await fillNow()).includes("推荐"), {
      timeout: 60000,
      timeoutMsg: "the ranking did not show again after the cancel",
    });
    assert((await fillNow()).includes("推荐 0/"), `nothing was stored by the cancelled import: ${await fillNow()}`);
    // then every sheet at once
    await answerDialogs(browser, files);
    await watch();
    await click("[data-test=import-sheets]");
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=quota-fill]"))[0]?.includes("推荐 700/700"), {
      timeout: 120000,
      timeoutMsg: `the province's sheets did not land: ${(await textOf(browser, "[data-test=quota-fill]"))[0]}`,
    });
    assert(!(await textOf(browser, ".el-alert__title")).some((t) => t.includes("已取消")), "the cancel's alert is gone once the sheets landed");
    const beats = await watched();
    assert(beats.cancel, "a cancel button was offered while the sheets were read");
    const values = beats.seen.map((p) => Number(p.replace("%", "")));
    assert(values.length >= 3 && values.some((v) => v > 0 && v < 100), `the bar moved: ${beats.seen}`);
    assert(values.every((v, i) => i === 0 || v >= values[i - 1]), `the bar only moved forward: ${beats.seen}`);
    await shoot(browser, "province-imported.png");
  });

  // after the province import: that one is the first change of this run of the app (it checks the
  // operator question), 查重 answers the question only if asked
  await makeSimilarJourney({ getBrowser: () => browser, home, env, fixtures, check, assert, shoot, textOf, sleep })();

  await check("switching to English translates the screen and survives a reload", async () => {
    await (await browser.$("[data-test=lang]")).click();
    const english = await browser.$("//li[contains(@class,'el-select-dropdown__item')][normalize-space()='English']");
    await english.waitForDisplayed({ timeout: 5000 });
    await english.click();
    await browser.waitUntil(async () => (await appTitle()) === "Jingpin Panel", {
      timeout: 5000,
      timeoutMsg: "the screen did not switch to English",
    });
    await shoot(browser, "english.png");
    // the longest labels: every tab still fits beside the language selector, none under it
    const last = await browser.$("[data-test=nav-register]");
    const [tabAt, tabSize, langAt] = [await last.getLocation(), await last.getSize(), await (await browser.$("[data-test=lang]")).getLocation()];
    assert(
      tabAt.x + tabSize.width <= langAt.x,
      `the last tab ends at ${tabAt.x + tabSize.width} px, under the language selector at ${langAt.x} px`,
    );
    await browser.refresh();
    await browser.waitUntil(async () => (await appTitle()) === "Jingpin Panel", {
      timeout: 10000,
      timeoutMsg: "the English choice was not kept after a reload",
    });
  });

} catch (e) {
  failed++;
  console.log(`not ok - e2e setup\n  ${e?.stack ?? e}`);
} finally {
  if (browser) await browser.deleteSession().catch(() => {});
  driver.kill();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
