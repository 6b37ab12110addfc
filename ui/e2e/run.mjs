// End-to-end: starts the real desktop binary under tauri-driver (WebKitWebDriver) and drives its
// webview with WebdriverIO. Run by scripts/test.sh inside xvfb-run; prints TAP-like lines and
// a closing "N passed, N failed" line.
//
// Env: JINGPIN_APP (absolute path of the built app), E2E_SHOTS (folder for screenshots).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

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
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(e?.stack ?? e).split("\n").join("\n  ")}`);
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
try {
  await waitForDriver();
  browser = await remote({
    hostname: "127.0.0.1",
    port: 4444,
    logLevel: "error",
    capabilities: { "tauri:options": { application: app } },
  });
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
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=results-table] .el-table__body tbody tr")).length > 100, {
      timeout: 20000,
      timeoutMsg: "the demo's ranking did not show",
    });
    await shoot(browser, "demo-results.png");
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
    await browser.refresh();
    await browser.waitUntil(async () => (await appTitle()) === "Jingpin Panel", {
      timeout: 10000,
      timeoutMsg: "the English choice was not kept after a reload",
    });
  });

  // The native file dialog cannot be driven through WebDriver, so these call the real command the
  // dialog's choice is sent to, through the app's own IPC, and then check what the screen shows.
  const invoke = (command, request) =>
    browser.executeAsync((cmd, req, done) => {
      window.__TAURI_INTERNALS__
        .invoke(cmd, req === null ? {} : { request: req })
        .then((ok) => done({ ok }), (err) => done({ err }));
    }, command, request);
  const importRubric = (request) => invoke("import_rubric", request);

  await check("a broken spreadsheet is refused with {code, details} naming sheet, row and column", async () => {
    const r = await importRubric({ path: join(fixtures, "bad/rubric-text-weight.xlsx"), year: 2025, category: "阅读课", step: 1 });
    assert(r.err, `expected a refusal, got ${JSON.stringify(r)}`);
    assert(r.err.code === "invalid", `code: ${r.err.code}`);
    const d = r.err.details[0];
    assert(d.code === "not_a_number" && d.location.sheet === "评价指标" && d.location.row === 6 && d.location.column === "D",
      `details: ${JSON.stringify(r.err.details)}`);
  });

  await check("an imported 2025 阅读课 rubric appears in the library after a reload", async () => {
    const r = await importRubric({ path: join(fixtures, "rubric-reading-sample.xlsx"), year: 2025, category: "阅读课", step: 1 });
    assert(r.ok && r.ok.rubric.id === "2025-阅读课", `import: ${JSON.stringify(r).slice(0, 300)}`);
    await browser.refresh();
    await (await browser.$("[data-test=nav-rubrics]")).waitForExist({ timeout: 10000 });
    await (await browser.$("[data-test=nav-rubrics]")).click();
    const item = await browser.$('[data-test="rubric-2025-阅读课"]');
    await item.waitForExist({ timeout: 10000 });
    await item.click();
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=indicator-table] .el-table__body tbody tr")).length === 7, {
      timeout: 5000,
      timeoutMsg: "the imported rubric's 7 indicators did not show",
    });
    await shoot(browser, "imported-reading.png");
  });

  await check("a session is created, a roster imported, and the roster page shows its rows", async () => {
    const db = join(home, "南京市级遴选.jpsession");
    const created = await invoke("create_session", { path: db, name: "南京市级遴选", year: 2025, level: "市级" });
    assert(created.ok, `create: ${JSON.stringify(created)}`);
    const imported = await invoke("import_roster", { path: join(fixtures, "roster-nanjing.xlsx"), category: null });
    assert(imported.ok && imported.ok.added === 8 && imported.ok.warnings.length === 2, `import: ${JSON.stringify(imported).slice(0, 300)}`);
    await browser.refresh();
    const nav = await browser.$("[data-test=nav-roster]");
    await nav.waitForEnabled({ timeout: 10000 });
    await nav.click();
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=roster-table] .el-table__body tbody tr")).length === 8, {
      timeout: 5000,
      timeoutMsg: "the 8 imported lessons did not show",
    });
    const rows = await textOf(browser, "[data-test=roster-table] .el-table__body tbody tr");
    assert(rows.some((r) => r.includes("分数的初步认识") && r.includes("1020304")), `rows: ${rows.slice(0, 2)}`);
    assert(rows.some((r) => r.includes("王芳、赵强")), "teachers split and joined");
    const warned = await browser.execute(() => document.querySelectorAll("[data-test=roster-table] .el-table__body tr.warn-row").length);
    assert(warned >= 2, `warning rows highlighted: ${warned}`);
    await shoot(browser, "roster.png");
  });

  await check("a roster with errors is refused with every bad row and writes nothing", async () => {
    const r = await invoke("import_roster", { path: join(fixtures, "bad/roster-errors.xlsx"), category: null });
    assert(r.err && r.err.code === "invalid" && r.err.details.length === 4, `refusal: ${JSON.stringify(r).slice(0, 300)}`);
    const list = await invoke("lessons", null);
    assert(list.ok.lessons.length === 8, `lessons after the refused import: ${list.ok.lessons.length}`);
  });

  await check("the assignment page assigns with recusal and shows the shortfalls", async () => {
    const judges = await invoke("import_judges", { path: join(fixtures, "judges-nanjing.xlsx"), category: null });
    assert(judges.ok && judges.ok.added === 12, `judges: ${JSON.stringify(judges).slice(0, 200)}`);
    await browser.refresh();
    const nav = await browser.$("[data-test=nav-assignment]");
    await nav.waitForEnabled({ timeout: 10000 });
    await nav.click();
    await (await browser.$("[data-test=run-assign]")).click();
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=assign-summary]")).length === 1, {
      timeout: 5000,
      timeoutMsg: "no assignment summary",
    });
    const shortfalls = await textOf(browser, "[data-test=shortfalls] .short");
    assert(shortfalls.length === 2, `shortfalls: ${shortfalls}`);
    const recusals = await textOf(browser, "[data-test=recusal-table] .el-table__body tbody tr");
    assert(recusals.some((r) => r.includes("杨帆") && r.includes("分数的初步认识")), `recusals: ${recusals}`);
    await shoot(browser, "assignment.png");
  });

  await check("a judge scores a sheet with the keyboard only, submits, and the written file has those scores", async () => {
    const out = join(home, "sheets");
    const exported = await invoke("export_sheets", { dir: out });
    assert(exported.ok && exported.ok.files.length > 0, `export: ${JSON.stringify(exported).slice(0, 200)}`);
    const sheet = exported.ok.files.find((f) => f.includes("J002"));
    const opened = await invoke("open_sheet", { path: sheet });
    assert(opened.ok, `open sheet: ${JSON.stringify(opened).slice(0, 300)}`);
    const lessons = opened.ok.categories.flatMap((c) => c.lessons.map((l) => l.id));
    const materials = join(home, "材料");
    mkdirSync(join(materials, `${lessons[0]} 课例`), { recursive: true });
    writeFileSync(join(materials, `${lessons[0]} 课例`, "教学设计.docx"), "x");
    writeFileSync(join(materials, "L99999-别的课.pptx"), "x");
    assert((await invoke("judge_set_materials", { path: materials })).ok, "materials folder set");
    const weights = opened.ok.categories[0].rubric.indicators.map((i) => i.weight);
    await browser.refresh();
    const nav = await browser.$("[data-test=nav-judge]");
    await nav.waitForEnabled({ timeout: 10000 });
    await nav.click();
    await (await browser.$("[data-test=score-0]")).waitForExist({ timeout: 10000 });
    await browser.waitUntil(async () => (await browser.execute(() => document.activeElement?.dataset?.test)) === "score-0", {
      timeout: 5000,
      timeoutMsg: "the first score input is not focused",
    });
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=judge-materials]"))[0]?.includes("教学设计.docx"), {
      timeout: 5000,
      timeoutMsg: `the lesson's materials are not listed: ${(await textOf(browser, "[data-test=judge-materials]"))[0]}`,
    });
    assert(!(await textOf(browser, "[data-test=judge-materials]"))[0].includes("别的课"), "only this lesson's files are listed");
    // keys only: a score and Enter per indicator; the last Enter moves to the next lesson
    const typed = {};
    for (const [n, lesson] of lessons.entries()) {
      typed[lesson] = weights.map((w, k) => Math.max(1, w - ((k + n) % 4)));
      for (const value of typed[lesson]) {
        await browser.keys([...String(value), "Enter"]);
        await sleep(120);
      }
    }
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=judge-progress]"))[0]?.includes(`${lessons.length} / ${lessons.length}`), {
      timeout: 5000,
      timeoutMsg: `progress did not reach ${lessons.length}: ${(await textOf(browser, "[data-test=judge-progress]"))[0]}`,
    });
    await browser.keys(["PageUp"]); // back to the previous lesson with the keyboard
    await shoot(browser, "judge-scoring.png");
    await (await browser.$("[data-test=judge-submit]")).click();
    await (await browser.$("[data-test=judge-export]")).waitForExist({ timeout: 5000 });
    const file = join(home, "filled.xlsx");
    const written = await invoke("judge_export", { path: file });
    assert(written.ok && written.ok.revision === 1, `export: ${JSON.stringify(written)}`);
    // the chair's reader, through the CLI, verifies the file and its scores
    const cli = process.env.JINGPIN_CLI;
    const db = join(home, "南京市级遴选.jpsession");
    const report = JSON.parse(execFileSync(cli, ["sheets", "check", db, file, "--json"], { env }).toString());
    assert(report[0].status === "intact", `check: ${JSON.stringify(report[0]).slice(0, 300)}`);
    const view = await invoke("judge_view", null);
    for (const lesson of lessons) {
      const got = view.ok.view.scores[lesson].scores;
      assert(JSON.stringify(got) === JSON.stringify(typed[lesson]), `${lesson}: typed ${typed[lesson]}, saved ${got}`);
    }
  });

  await check("the results page merges the returned sheet, ranks, and exports the workbook", async () => {
    const merged = await invoke("import_sheets", { paths: [join(home, "filled.xlsx"), join(fixtures, "roster-nanjing.xlsx")] });
    assert(merged.ok, `import: ${JSON.stringify(merged).slice(0, 300)}`);
    const [good, bad] = merged.ok.imports;
    assert(good.merge && good.merge.outcome === "added", `merged: ${JSON.stringify(good).slice(0, 200)}`);
    assert(bad.merge === null && bad.problems[0].rule === "not_a_score_sheet", "a non-sheet is refused");
    await browser.refresh();
    const nav = await browser.$("[data-test=nav-results]");
    await nav.waitForEnabled({ timeout: 10000 });
    await nav.click();
    await browser.waitUntil(async () => (await textOf(browser, "[data-test=results-table] .el-table__body tbody tr")).length >= 5, {
      timeout: 8000,
      timeoutMsg: "the ranking did not show",
    });
    const fill = (await textOf(browser, "[data-test=quota-fill]"))[0];
    assert(fill.includes("学科课程") || fill.includes("Subject"), `quota fill: ${fill}`);
    await shoot(browser, "results.png");
    const out = join(home, "results.xlsx");
    const exported = await invoke("export_results", { path: out });
    assert(exported.ok, `export: ${JSON.stringify(exported).slice(0, 200)}`);
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
