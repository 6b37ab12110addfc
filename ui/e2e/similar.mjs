// 查重 in the window, as a chair does it: a session of sixteen lessons whose documents carry
// planted copies (tests/fixtures/make_documents.py), screened with a reference folder; a finding
// looked at side by side and turned into a 抄袭 veto with its evidence; another dismissed with a
// reason; this year's lessons kept in an archive and screened against it. What is stored is read
// back from the session file with the CLI.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { makeHelpers } from "./journey.mjs";

export function makeSimilarJourney({ getBrowser, home, env, fixtures, check, assert, shoot, textOf, sleep }) {
  const b = () => getBrowser();
  const cli = process.env.JINGPIN_CLI;
  const run = (args) => execFileSync(cli, args, { env, stdio: ["pipe", "pipe", "pipe"] }).toString();
  const { answer, $, click, text, waitText, nav, prompt } = makeHelpers({ getBrowser, textOf, sleep, assert });
  const docs = join(home, "查重材料");
  const db = join(home, "查重演示.jpsession");
  const rows = "[data-test=similar-table] .el-table__body tbody tr";
  /** A new run of the app asks who is working at its first change: the chair answers. */
  const maybeOperator = async () => {
    await sleep(600);
    const box = await $(".operator-box input");
    if (!(await box.isDisplayed().catch(() => false))) return;
    const held = await b().execute(() => document.querySelector(".operator-box input").value);
    if (held) await click(".operator-box .el-button--primary");
    else await prompt("张主任");
  };

  return async function similarJourney() {
    await check("查重: a chair screens the materials, sees every planted copy and the files not screened", async () => {
      execFileSync("python3", [join(fixtures, "make_documents.py"), docs], { stdio: "ignore" });
      run(["session", "init", db, "--config", join(fixtures, "..", "..", "examples", "session.toml")]);
      run(["roster", "import", db, join(docs, "roster.csv")]);
      await nav("home");
      await answer(db);
      await click("[data-test=open-session]");
      await waitText("[data-test=roster-count]", (s) => s.includes("16"), "the roster of sixteen lessons");
      await nav("materials");
      await click("//div[contains(@class,'el-tabs__item')][contains(., '查重')]");
      await (await $("[data-test=similar]")).waitForDisplayed({ timeout: 10000 });
      await answer(join(docs, "参考"));
      await click("[data-test=add-reference]");
      await waitText("[data-test=similar-reference]", (s) => s.includes("参考"), "the reference folder is listed");
      await answer(join(docs, "材料"));
      await click("[data-test=run-similar]");
      await maybeOperator();
      await b().waitUntil(async () => (await textOf(b(), rows)).length === 6, {
        timeout: 60000,
        timeoutMsg: `six findings did not show: ${(await text(rows)).slice(0, 300)}`,
      });
      const shown = await textOf(b(), rows);
      assert(shown[0].includes("100.0%"), `the first finding is a whole copy: ${shown[0]}`);
      assert(shown.some((r) => r.includes("同一教师")), `the same-teacher note is shown: ${shown.join(" | ")}`);
      await click("[data-test=similar-unscreened] .el-collapse-item__header");
      await waitText("[data-test=similar-unscreened]", (s) => s.includes("扫描件") && s.includes(".doc") && s.includes("已损坏"), "the files not screened, with the reason");
      await shoot(b(), "similar-findings.png");
      const stored = JSON.parse(run(["audit", db, "--json"]));
      assert(stored.some((a) => a.action === "materials.similar" && a.who === "张主任"), "the run is audited in the chair's name");
    });

    await check("查重: a finding side by side, made a 抄袭 veto with its evidence, stored in the chair's name", async () => {
      // the shuffled copy (L03/L04): its passages marked on both sides
      const all = await textOf(b(), rows);
      const at = all.findIndex((r) => r.includes("L0004") || r.includes("课例04"));
      assert(at >= 0, `the shuffled copy is listed: ${all.join(" | ").slice(0, 300)}`);
      const buttons = await b().$$("[data-test=similar-compare]");
      await buttons[at].click();
      await b().waitUntil(async () => (await textOf(b(), "[data-test=similar-text-a] .shared")).length > 3, {
        timeout: 15000,
        timeoutMsg: "the shared passages are not marked",
      });
      const a = (await textOf(b(), "[data-test=similar-text-a] .shared")).join("");
      const bSide = (await textOf(b(), "[data-test=similar-text-b] .shared")).join("");
      assert(a.length > 200 && Math.abs(a.length - bSide.length) < a.length / 10, `both sides mark about the same text: ${a.length} / ${bSide.length}`);
      await click("[data-test=similar-passages] li:nth-child(2)");
      await shoot(b(), "similar-compare.png");
      await click("[data-test=veto-b]");
      const drawer = "[data-test=lesson-detail] [data-ready=true]";
      await (await $(drawer)).waitForExist({ timeout: 20000 });
      const reason = await b().execute(() => document.querySelector("[data-test=decision-reason]")?.value ?? "");
      assert(reason.startsWith("查重：") && reason.includes("教学设计.docx") && reason.includes("%"), `the evidence is the reason: ${reason}`);
      const item = await text("[data-test=veto-evidence] [data-test=veto-item]");
      await shoot(b(), "similar-veto.png");
      await click("[data-test=confirm-veto]");
      await waitText("[data-test=detail-outcome]", (s) => s.includes("一票否决") && s.includes("抄袭"), "the lesson is vetoed");
      const log = JSON.parse(run(["audit", db, "--json"]));
      const veto = log.find((x) => x.action === "decision.veto");
      assert(veto && veto.who === "张主任" && (veto.new ?? "").includes("查重："), `the veto is stored with its evidence: ${JSON.stringify(veto)} (${item})`);
      await click("[data-test=lesson-detail] .el-drawer__close-btn");
      await sleep(500);
      await click("[data-test=similar-dialog] .el-dialog__headerbtn");
      await sleep(500);
    });

    await check("查重: a finding dismissed with a reason, kept and shown", async () => {
      const all = await textOf(b(), rows);
      const at = all.findIndex((r) => r.includes("同一教师"));
      const buttons = await b().$$("[data-test=similar-compare]");
      await buttons[at].click();
      await (await $("[data-test=veto-a]")).waitForClickable({ timeout: 10000 });
      await click("[data-test=veto-a]");
      await (await $("[data-test=lesson-detail] [data-ready=true]")).waitForExist({ timeout: 20000 });
      await click("[data-test=dismiss-evidence]");
      await prompt("同一教师本人的课件");
      await waitText(rows, (s) => s.includes("已不予采信"), "the dismissed finding is marked");
      // the drawer closes itself once the dismissal is recorded
      await click("[data-test=similar-dialog] .el-dialog__headerbtn");
      await sleep(500);
      const log = JSON.parse(run(["audit", db, "--json"]));
      const d = log.find((x) => x.action === "materials.similar.dismiss");
      assert(d && (d.new ?? "").includes("同一教师本人的课件"), `the dismissal is stored with its reason: ${JSON.stringify(d)}`);
    });

    await check("查重: this year's lessons kept in an archive, and screened against it", async () => {
      const archive = join(home, "往年档案.jparchive");
      await answer(archive);
      await click("[data-test=archive-session]");
      // the panel says what the archive kept once it is written (and keeps saying it)
      await b().waitUntil(async () => (await textOf(b(), "[data-test=similar-archived]")).some((s) => s.includes("16 节课例")), {
        timeout: 120000,
        timeoutMsg: "the archive did not say what it kept",
      });
      assert(existsSync(archive), "the archive file is written");
      await answer(archive);
      await click("[data-test=add-archive]");
      await answer(join(docs, "材料"));
      await click("[data-test=run-similar]");
      await b().waitUntil(async () => (await textOf(b(), "[data-test=similar-table] .el-tag")).some((x) => x.includes("往年")), {
        timeout: 60000,
        timeoutMsg: "no finding against the archive",
      });
      await shoot(b(), "similar-archive.png");
    });
  };
}
