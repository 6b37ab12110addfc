// A session file given on the command line opens in the window, as a double-click on a
// .jpsession in a file manager does (the menu entry's `Exec=jingpin-desktop %f`). Run by
// scripts/test_package.sh against the installed app.
//
// Env: JINGPIN_APP (the app), JINGPIN_SESSION (a session file).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remote } from "webdriverio";

const app = process.env.JINGPIN_APP;
const session = process.env.JINGPIN_SESSION;
if (!app || !session) throw new Error("JINGPIN_APP and JINGPIN_SESSION must be set");
const home = mkdtempSync(join(tmpdir(), "jingpin-open-"));
const env = { ...process.env, XDG_DATA_HOME: join(home, "data"), XDG_CONFIG_HOME: join(home, "config"), JINGPIN_DATA_DIR: join(home, "jingpin") };
const driver = spawn("tauri-driver", ["--port", "4444", "--native-port", "4445", "--native-driver", "/usr/bin/WebKitWebDriver"], { env, stdio: "ignore" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let ok = false;
let b;
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch("http://127.0.0.1:4444/status")).ok) break;
    } catch {}
    await sleep(200);
  }
  b = await remote({ hostname: "127.0.0.1", port: 4444, logLevel: "error", capabilities: { "tauri:options": { application: app, args: [session] } } });
  await (await b.$("[data-test=nav-roster]")).waitForExist({ timeout: 20000 });
  await (await b.$("[data-test=nav-roster]")).click();
  await b.waitUntil(
    async () => /\d+/.test((await b.execute(() => document.querySelector("[data-test=roster-count]")?.textContent)) ?? ""),
    { timeout: 20000, timeoutMsg: "the roster of the given session did not show" },
  );
  const count = await b.execute(() => document.querySelector("[data-test=roster-count]").textContent);
  ok = /[1-9]\d*/.test(count);
  console.log(`${ok ? "ok" : "not ok"} - a session given on the command line opens: ${count.trim()}`);
} finally {
  if (b) await b.deleteSession().catch(() => {});
  driver.kill();
}
process.exit(ok ? 0 : 1);
