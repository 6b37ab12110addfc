// Issue 17's window measurements, through the real window as a person uses it (not a test: it
// prints numbers for docs/benchmarks.md and asserts nothing about time):
//
//   1. cold start: launching the app until its first useful screen (the home page with its
//      buttons) is shown, three launches, each a new process on a new data folder;
//   2. a province's returned sheets imported in one action in the window: the time from the click
//      to the ranking shown, every progress value the bar showed, and the longest the page's own
//      thread went without running a 10 ms timer (a frozen window would show it);
//   3. a judge's score saves: MEASURE_SAVES (1000) saves in judge mode typed as a judge types them
//      (a score and Enter, the next score once the cursor has moved on and MEASURE_PACE ms have
//      passed, 100 by default: faster than anyone weighs a lesson; 0 types as fast as WebDriver
//      can), each timed from the Enter key and from the IPC call to the answer (the command returns
//      once the score is committed to the judge's workspace), p50 / p99 / max.
//
// Run (after building the CLI and the app; a release build measures what users get):
//   cd ui && JINGPIN_APP=$PWD/../target/release/jingpin-desktop JINGPIN_CLI=$PWD/../target/release/jingpin \
//     xvfb-run -a -s "-screen 0 1366x768x24" node e2e/measure.mjs
// Env: MEASURE_SCALE (province; national works too), MEASURE_SAVES (1000), MEASURE_PACE (100), E2E_SHOTS,
// MEASURE_ONLY (a comma-separated subset of start, import, saves; all three by default).
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remote } from "webdriverio";
import { answerDialogs } from "./dialogs.mjs";

const app = process.env.JINGPIN_APP;
const cli = process.env.JINGPIN_CLI;
if (!app || !cli) throw new Error("JINGPIN_APP and JINGPIN_CLI must name the built app and CLI");
const scale = process.env.MEASURE_SCALE ?? "province";
const saves = Number(process.env.MEASURE_SAVES ?? 1000);
const pace = Number(process.env.MEASURE_PACE ?? 100);
const only = new Set((process.env.MEASURE_ONLY ?? "start,import,saves").split(","));
const shots = process.env.E2E_SHOTS ?? join(tmpdir(), "jingpin-measure");
mkdirSync(shots, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const work = mkdtempSync(join(tmpdir(), "jingpin-measure-"));

// the demo as it stood before its returned sheets came in: the chair imports them in the window
const demo = join(work, "demo");
execFileSync(cli, ["demo", "--scale", scale, "--out", demo, "--before-import"], { stdio: "ignore" });

// one driver for every launch (as run.mjs does); one data folder, new on the first launch
const home = join(work, "home");
const env = {
  ...process.env,
  XDG_DATA_HOME: join(home, "data"),
  XDG_CONFIG_HOME: join(home, "config"),
  JINGPIN_DATA_DIR: join(home, "jingpin"),
};
const driver = spawn("tauri-driver", ["--port", "4444", "--native-port", "4445", "--native-driver", "/usr/bin/WebKitWebDriver"], { env, stdio: "ignore" });
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch("http://127.0.0.1:4444/status")).ok) break;
  } catch {}
  await sleep(100);
}
async function launch() {
  const started = Date.now();
  const b = await remote({ hostname: "127.0.0.1", port: 4444, logLevel: "error", capabilities: { "tauri:options": { application: app } } });
  // the first useful screen: the home page's buttons, clickable
  await (await b.$("[data-test=open-session]")).waitForClickable({ timeout: 30000 });
  return { b, coldStart: Date.now() - started };
}
async function close(b) {
  await b.deleteSession().catch(() => {});
  await sleep(500);
}
const click = async (b, sel) => {
  const el = await b.$(sel);
  await el.waitForClickable({ timeout: 60000 });
  await el.click();
};
const pct = (v, p) => {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const out = [];

// 1 · cold start, three launches
const starts = [];
for (let i = 0; i < (only.has("start") ? 3 : 0); i++) {
  const { b, coldStart } = await launch();
  starts.push(coldStart);
  if (i === 0) await b.saveScreenshot(join(shots, "measure-first-screen.png"));
  await close(b);
}
if (starts.length) out.push(`cold start to the home page (3 launches): ${starts.join(" ms, ")} ms`);

// 2 · a province's sheets imported in one action
if (only.has("import")) {
  const { b } = await launch();
  const db = join(home, `${scale}.jpsession`);
  copyFileSync(join(demo, "session-before-import.jpsession"), db);
  await answerDialogs(b, db);
  await click(b, "[data-test=open-session]");
  await click(b, "[data-test=nav-results]");
  await (await b.$("[data-test=import-sheets]")).waitForClickable({ timeout: 60000 });
  const files = readdirSync(join(demo, "收回评分表")).map((f) => join(demo, "收回评分表", f));
  await answerDialogs(b, files);
  await b.execute(() => {
    const beats = { last: performance.now(), max: 0, seen: [] };
    window.__beats = beats;
    window.__hb = setInterval(() => {
      const now = performance.now();
      beats.max = Math.max(beats.max, now - beats.last);
      beats.last = now;
      const p = document.querySelector("[data-test=import-progress] .el-progress-bar__innerText")?.textContent?.trim();
      if (p && beats.seen.at(-1) !== p) beats.seen.push(p);
    }, 10);
  });
  const t = Date.now();
  await click(b, "[data-test=import-sheets]");
  await sleep(300);
  await b.saveScreenshot(join(shots, "measure-importing.png"));
  await b.waitUntil(
    async () =>
      b.execute(
        // the import returned and the page reloaded the ranking with its scores
        () => !document.querySelector("[data-test=import-progress]") && !/推荐 0\//.test(document.querySelector("[data-test=quota-fill]")?.textContent ?? ""),
      ),
    { timeout: 300000, interval: 50 },
  );
  const took = Date.now() - t;
  await sleep(2000); // what the page does once the ranking is back (stability, the charts' data) counts too
  const beats = await b.execute(() => {
    clearInterval(window.__hb);
    return window.__beats;
  });
  await sleep(800);
  await b.saveScreenshot(join(shots, "measure-imported.png"));
  out.push(
    `${files.length} returned sheets (${scale}) imported in the window: ${took} ms from the click to the ranking shown; ` +
      `progress shown: ${beats.seen.join(" ")}; longest the page's thread was busy: ${Math.round(beats.max)} ms`,
  );
  await close(b);
}

// 3 · a judge's saves, keystroke to committed
if (only.has("saves")) {
  const { b } = await launch();
  const blank = readdirSync(join(demo, "评分表")).sort()[0];
  await answerDialogs(b, join(demo, "评分表", blank));
  await click(b, "[data-test=open-sheet]");
  await (await b.$("[data-test=score-0]")).waitForExist({ timeout: 30000 });
  await b.execute(() => {
    window.__saves = []; // the IPC call to its answer
    window.__keyed = []; // the Enter key to the answer: keystroke to committed
    let enter = null;
    document.addEventListener("keydown", (e) => e.key === "Enter" && (enter = performance.now()), true);
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = typeof input === "string" ? input : input.url;
      if (!url.includes("judge_set_score")) return original(input, init);
      const t0 = performance.now();
      const r = await original(input, init);
      const t1 = performance.now();
      window.__saves.push(t1 - t0);
      if (enter !== null) window.__keyed.push(t1 - enter);
      enter = null;
      return r;
    };
  });
  // the page at rest, a score box focused and the mouse resting over the lesson list: what the
  // webview's processes spend meanwhile (a list's native overlay scrollbar once took a whole core)
  await (await b.$("[data-test=judge-lessons]")).moveTo();
  await sleep(1000);
  const webCpu = () =>
    execFileSync("pgrep", ["-f", "WebKitWebProcess"]).toString().trim().split("\n")
      .map((pid) => readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "))
      .reduce((sum, f) => sum + Number(f[11]) + Number(f[12]), 0);
  const before = webCpu();
  await sleep(5000);
  out.push(`judge page at rest, a box focused, the mouse over the lesson list: the webview used ${(webCpu() - before) / 5} % of a core`);
  const lessons = (await b.execute(() => document.querySelectorAll("[data-test=judge-lessons] li").length)) || 1;
  // as a judge types: a score and Enter, then the next score once the cursor has moved on (the
  // page moves it when the save has answered); typing ahead of the cursor would land two digits
  // in one box
  let pass = 0;
  let stuck = 0;
  while ((await b.execute(() => window.__saves.length)) < saves) {
    await click(b, `//ol[@data-test='judge-lessons']/li[1]`);
    await b.execute(() => {
      const box = document.querySelector("[data-test=score-0]");
      box.focus();
      box.select();
    });
    for (let n = 0; n < lessons && (await b.execute(() => window.__saves.length)) < saves; n++) {
      const boxes = await b.execute(() => document.querySelectorAll("table.indicators input").length);
      for (let k = 0; k < boxes; k++) {
        await b.execute(() => {
          window.__moved = new Promise((resolve) => {
            const late = setTimeout(() => resolve(false), 3000);
            document.addEventListener("focusin", () => (clearTimeout(late), resolve(true)), { once: true });
          });
        });
        await b.keys([String(1 + ((k + n + pass) % 3)), "Enter"]);
        // the sheet's very last box has nowhere to move to
        const last = n === lessons - 1 && k === boxes - 1;
        if (!last && !(await b.executeAsync((done) => window.__moved.then(done)))) stuck++;
        if (pace) await sleep(pace);
      }
    }
    pass++;
  }
  await sleep(500);
  const [times, keyed] = await b.execute(() => [window.__saves, window.__keyed]);
  const stats = (v) => `p50 ${pct(v, 50).toFixed(1)} ms, p99 ${pct(v, 99).toFixed(1)} ms, max ${Math.max(...v).toFixed(1)} ms`;
  out.push(
    `judge saves (${times.length}, ${pace} ms after the cursor moved on): the IPC call to its answer ${stats(times)}; ` +
      `Enter pressed to the answer (${keyed.length}) ${stats(keyed)}; the cursor did not move on ${stuck} times`,
  );
  await b.saveScreenshot(join(shots, "measure-judge.png"));
  await close(b);
}

driver.kill();
for (const line of out) console.log(line);
