// throwaway: reproduce the lost accept-incomplete click (not committed)
import { spawn } from "node:child_process";
import { mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remote } from "webdriverio";
import { answerDialogs } from "./dialogs.mjs";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const home = mkdtempSync(join(tmpdir(), "repro-"));
const db = join(home, "s.jpsession");
copyFileSync("/tmp/nj.jpsession", db);
try { copyFileSync("/tmp/nj.jpsession-wal", db + "-wal"); } catch {}
const env = { ...process.env, XDG_DATA_HOME: join(home, "d"), XDG_CONFIG_HOME: join(home, "c"), JINGPIN_DATA_DIR: join(home, "j") };
const driver = spawn("tauri-driver", ["--port", "4444", "--native-port", "4445", "--native-driver", "/usr/bin/WebKitWebDriver"], { env, stdio: "ignore" });
await sleep(1500);
const b = await remote({ hostname: "127.0.0.1", port: 4444, logLevel: "error", capabilities: { "tauri:options": { application: "/work/main/target/debug/jingpin-desktop" } } });
try {
  await (await b.$("[data-test=open-session]")).waitForExist({ timeout: 20000 });
  await answerDialogs(b, db);
  await (await b.$("[data-test=open-session]")).click();
  await sleep(2000);
  await (await b.$("[data-test=nav-results]")).click();
  await sleep(2000);
  await (await b.$("[data-test=finalize]")).click();
  await sleep(800);
  await (await b.$(".finalize-confirm .el-message-box__btns .el-button--primary")).click();
  await sleep(1000);
  await (await b.$(".operator-box input")).click();
  await b.keys([..."李组长"]);
  await (await b.$(".operator-box .el-button--primary")).click();
  await sleep(1500);
  await b.saveScreenshot("/tmp/repro/1.png");
  const links = await b.$$("[data-test=problem-lesson-scores_missing]");
  console.log("links", links.length);
  await links[links.length - 1].click();
  await sleep(1500);
  const inp = await b.$("input[data-test=decision-reason]");
  await inp.click();
  await b.keys([..."评委缺席"]);
  await b.keys(["Tab"]);
  await sleep(300);
  const st = await b.execute(() => {
    const btn = document.querySelector("[data-test=accept-incomplete]");
    const r = btn.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { disabled: btn.disabled, top: top?.outerHTML.slice(0, 200), rect: [r.left, r.top, r.width, r.height] };
  });
  console.log(JSON.stringify(st));
  await (await b.$("[data-test=accept-incomplete]")).click();
  await sleep(2000);
  await b.saveScreenshot("/tmp/repro/2.png");
  console.log(await b.execute(() => document.querySelector("[data-test=lesson-detail]")?.textContent?.slice(0, 600)));
} finally {
  await b.deleteSession().catch(() => {});
  driver.kill();
}
