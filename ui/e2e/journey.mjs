// A whole session in the window, as a chair and a judge run it, with only what a person can do:
// clicks, keys, and the native file dialogs answered by the harness (the dialog plugin's IPC call
// is answered with the path a person would pick; the button's own code runs unchanged). The other
// judges fill their sheets on their own laptops: here, the `jingpin judge` CLI with its own data
// folder. One returned sheet is edited outside the app (its XML changed, as a spreadsheet program
// would) and one has an out-of-range score, so it is refused. Every step is screenshotted.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { answerDialogs } from "./dialogs.mjs";

/** What a person does in the window (click, type, pick, answer a dialog), each checked; shared by
 *  the journeys. */
export function makeHelpers({ getBrowser, textOf, sleep, assert }) {
  const b = () => getBrowser();
  /** Answers the next native dialogs, in order, with these paths (null = cancel). */
  const answer = (...answers) => answerDialogs(b(), ...answers);
  const $ = (sel) => b().$(sel);
  const click = async (sel) => {
    const el = await $(sel);
    await el.waitForClickable({ timeout: 15000 });
    await el.click();
  };
  const text = async (sel) => (await textOf(b(), sel)).join(" | ");
  const waitText = (sel, pred, what) =>
    b().waitUntil(async () => pred(await text(sel)), {
      timeout: 30000,
      timeoutMsg: `${what}: ${sel} shows “${"" /* filled below */}”`,
    }).catch(async (e) => {
      throw new Error(`${what}: ${sel} shows “${(await text(sel)).slice(0, 400)}” (${e.message})`);
    });
  const nav = (tab) => click(`[data-test=nav-${tab}]`);
  /** Picks an option of an Element Plus select as a person does: open it, click the option. */
  const pick = async (sel, option) => {
    await click(sel);
    for (let i = 0; i < 20; i++) {
      await sleep(250);
      const items = await b().$$(`//li[contains(@class,'el-select-dropdown__item')][normalize-space()='${option}']`);
      for (const item of items) {
        if (await item.isDisplayed()) {
          await item.click();
          await sleep(300);
          return;
        }
      }
    }
    const seen = await textOf(b(), ".el-select-dropdown__item");
    throw new Error(`no visible option “${option}” in ${sel}; options: ${seen.join(" | ").slice(0, 300)}`);
  };
  /** Types into a text box (Element Plus passes data-test to the native input) and leaves it. */
  /** Sends characters as keys, every one arriving: WebKitWebDriver drops a character repeated
   *  within one keys() call ("L00055" arrived as "L05"), so a repeat starts a new call. */
  const keysOf = async (value) => {
    let chunk = [];
    for (const ch of value) {
      if (chunk.length && chunk[chunk.length - 1] === ch) {
        await b().keys(chunk);
        chunk = [];
      }
      chunk.push(ch);
    }
    if (chunk.length) await b().keys(chunk);
  };
  const valueOf = (sel) => b().execute((s) => document.querySelector(s)?.value ?? null, sel);
  /** Types into a text box as a person does, checks the box holds exactly that, and leaves it. */
  const type = async (sel, value) => {
    const el = await $(sel);
    await el.waitForDisplayed({ timeout: 10000 });
    await el.waitForEnabled({ timeout: 10000 });
    await el.click();
    // a person sees the caret land in the box before typing; a click that landed elsewhere
    // (the page moved under the pointer) is made again, and typing starts only in the box
    const focused = () => b().execute((s) => document.activeElement === document.querySelector(s), sel);
    if (!(await focused())) {
      await sleep(300);
      await el.click();
      await b().waitUntil(focused, { timeout: 5000, timeoutMsg: `${sel} does not take the focus when clicked` });
    }
    await b().keys(["Control", "a"]);
    await b().keys(["Backspace"]);
    await keysOf(value);
    const held = await valueOf(sel);
    assert(held === value, `typed “${value}” into ${sel}, and it holds “${held}”`);
    await b().keys(["Tab"]);
  };
  /** Fills the one-line prompt (reason) of a message box and confirms it. */
  const prompt = async (value) => {
    const input = await $(".el-message-box input");
    await input.waitForDisplayed({ timeout: 10000 });
    await input.click();
    await keysOf(value);
    const held = await valueOf(".el-message-box input");
    assert(held === value, `typed “${value}” into the prompt, and it holds “${held}”`);
    await click(".el-message-box__btns .el-button--primary");
    await sleep(400);
  };
  return { answer, $, click, text, waitText, nav, pick, keysOf, valueOf, type, prompt };
}

export function makeJourney({ getBrowser, setBrowser, connect, home, env, fixtures, check, assert, shoot, textOf, sleep }) {
  const b = () => getBrowser();
  const editSheet = join(fixtures, "..", "..", "ui", "e2e", "edit_sheet.py");
  const cli = process.env.JINGPIN_CLI;
  const db = join(home, "南京市级遴选.jpsession");
  const out = join(home, "评分表");
  const back = join(home, "收回");
  const otherLaptop = { ...env, JINGPIN_DATA_DIR: join(home, "other-laptops") };
  const run = (args, input, e = env) => execFileSync(cli, args, { env: e, input, stdio: ["pipe", "pipe", "pipe"] }).toString();
  const tryRun = (args, input, e) => {
    try {
      return run(args, input, e);
    } catch (err) {
      return String(err.stdout ?? "");
    }
  };

  const { answer, $, click, text, waitText, nav, pick, keysOf, valueOf, type, prompt } = makeHelpers({ getBrowser, textOf, sleep, assert });
  /** 定稿 asks first, saying what locks and how to reopen; the chair confirms. */
  const confirmFinalize = async () => {
    const box = await $(".finalize-confirm");
    await box.waitForDisplayed({ timeout: 10000 });
    const says = await text(".finalize-confirm .el-message-box__message");
    assert(says.includes("只读") && says.includes("解除定稿"), `the confirmation says what locks and how to reopen: ${says}`);
    await click(".finalize-confirm .el-message-box__btns .el-button--primary");
    await b().waitUntil(async () => !(await (await $(".finalize-confirm")).isDisplayed().catch(() => false)), { timeout: 10000 });
  };
  const confirmBox = async () => {
    await (await $(".el-message-box")).waitForDisplayed({ timeout: 10000 });
    await click(".el-message-box__btns .el-button--primary");
    await sleep(400);
  };
  /** Opens a select and returns its visible options (clicked again if the first click was lost
   *  to an opening dialog's animation). */
  const openOptions = async (sel) => {
    for (let k = 0; k < 4; k++) {
      await (await $(sel)).click().catch(() => {});
      await sleep(400);
      const visible = [];
      for (const o of await b().$$("//li[contains(@class,'el-select-dropdown__item')]")) if (await o.isDisplayed()) visible.push(o);
      if (visible.length) return visible;
    }
    const state = await b().execute(() =>
      JSON.stringify({
        dialogs: [...document.querySelectorAll(".el-dialog")].map((d) => [d.textContent.slice(0, 60), getComputedStyle(d.closest(".el-overlay") ?? d).display]),
        dropdowns: [...document.querySelectorAll(".el-select-dropdown")].map((d) => [d.textContent.slice(0, 40), getComputedStyle(d.closest(".el-popper") ?? d).display]),
      }),
    );
    throw new Error(`${sel} shows no options: ${state}`);
  };
  const rowsOf = (sel) => textOf(b(), `${sel} .el-table__body tbody tr`);

  let weights = [];
  const weightsOf = {};
  const categoryOf = {};
  let lessons = [];
  let judgeLessons = [];
  // the judge with the most lessons scores in the window (rows below the header of the sheet)
  const lessonsIn = (f) =>
    Number(execFileSync("python3", ["-c", "import sys,zipfile,re;x=zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode();print(len([r for r in re.findall(r'<row r=\"(\\d+)\"',x) if int(r)>=4]))", join(out, f)]).toString());
  let windowJudge = null;
  const judgeSheet = () =>
    (windowJudge ??= readdirSync(out)
      .filter((f) => f.endsWith(".xlsx"))
      .sort((a, b2) => lessonsIn(b2) - lessonsIn(a))[0]);

  // each step needs the one before: after a failure the rest are reported as not run
  let broken = null;
  const step = (name, fn) =>
    check(name, async () => {
      if (broken) throw new Error(`not run: “${broken}” failed`);
      try {
        await fn();
      } catch (e) {
        broken = name;
        await shoot(b(), `journey-FAILED.png`).catch(() => {});
        throw e;
      }
    });

  return async function journey() {
    await step("journey 1 · a chair creates a session whose quotas come from the Jiangsu table's 南京 row", async () => {
      await nav("home");
      await type("input[data-test=user-name]", "张主任");
      await click("[data-test=new-session]");
      await type("input[data-test=session-name]", "南京市级遴选");
      await pick("[data-test=quota-table]", "2023年江苏省各设区市精品课推荐名额");
      await pick("[data-test=quota-region]", "南京");
      const preview = await text("[data-test=quota-preview]");
      assert(!/：0 节/.test(preview) && /学科课程：\d+ 节/.test(preview), `quota preview: ${preview}`);
      await shoot(b(), "journey-01-create.png");
      await answer(db);
      await click("[data-test=create-choose-where]");
      await waitText("[data-test=roster-count]", (t) => t.includes("0"), "the new session opens on its roster");
      assert(existsSync(db), "the session file was written where the dialog said");
      await nav("home");
      const quotas = await text("[data-test=current-quotas]");
      assert(/学科课程 [1-9]\d*/.test(quotas), `home shows the quotas: ${quotas}`);
      await shoot(b(), "journey-02-home.png");
    });

    await step("journey 2 · the settings page shows the session (it was blank) and a quota change is saved", async () => {
      await nav("settings");
      const form = await $("[data-test=settings-form]");
      await form.waitForDisplayed({ timeout: 10000 });
      await b().execute(() => document.querySelector("[data-test=judges-per-lesson] input, input[data-test=judges-per-lesson]")?.scrollIntoView());
      await type("[data-test=judges-per-lesson] input, input[data-test=judges-per-lesson]", "2");
      // this county recommends only two 学科课程 lessons upward
      await type('[data-test="quota-学科课程"] input, input[data-test="quota-学科课程"]', "2");
      await click("[data-test=save-settings]");
      await sleep(800);
      await shoot(b(), "journey-03-settings.png");
      await nav("home");
      await nav("settings");
      const again = await b().execute(() => document.querySelector("[data-test=judges-per-lesson] input, input[data-test=judges-per-lesson]")?.value);
      assert(again === "2", `judges per lesson after saving and coming back: ${again}`);
      const quota = await b().execute(() => document.querySelector('[data-test="quota-学科课程"] input, input[data-test="quota-学科课程"]')?.value);
      assert(quota === "2", `the 学科课程 quota after saving: ${quota}`);
    });

    await step("journey 3 · roster and judges are imported through their buttons, warnings shown", async () => {
      await nav("roster");
      await answer(join(fixtures, "roster-nanjing.xlsx"));
      await click("[data-test=import-roster]");
      await b().waitUntil(async () => (await rowsOf("[data-test=roster-table]")).length === 8, {
        timeout: 15000,
        timeoutMsg: "the 8 lessons did not show",
      });
      const warned = await b().execute(() => document.querySelectorAll("[data-test=roster-table] .el-table__body tr.warn-row").length);
      assert(warned >= 2, `rows with warnings: ${warned}`);
      await shoot(b(), "journey-04-roster.png");
      await click("[data-test=warnings-only]");
      await b().waitUntil(async () => (await rowsOf("[data-test=roster-table]")).length === warned, {
        timeout: 5000,
        timeoutMsg: "the warnings-only filter shows exactly the rows with warnings",
      });
      await click("[data-test=warnings-only]");
      await nav("judges");
      await answer(join(fixtures, "judges-nanjing.xlsx"));
      await click("[data-test=import-judges]");
      await b().waitUntil(async () => (await rowsOf("[data-test=judge-table]")).length === 12, {
        timeout: 15000,
        timeoutMsg: "the 12 judges did not show",
      });
      await shoot(b(), "journey-05-judges.png");
    });

    await step("journey 3b · 形式审查: the downloaded materials folder is checked, with what each lesson lacks and which video breaks which rule", async () => {
      // the fixture videos (ffmpeg, made once) and a folder as offices download it
      const videos = join(fixtures, "..", "..", "target", "test-videos");
      execFileSync("bash", [join(fixtures, "make_videos.sh"), videos]);
      const dir = join(home, "下载的材料");
      const put = (rel, bytes) => {
        const p = join(dir, rel);
        mkdirSync(join(p, ".."), { recursive: true });
        writeFileSync(p, bytes);
      };
      const docx = Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(64)]);
      mkdirSync(join(dir, "L00001 分数的初步认识"), { recursive: true });
      copyFileSync(join(videos, "pass-primary.mp4"), join(dir, "L00001 分数的初步认识", "微课视频.mp4"));
      for (const f of ["教学设计.docx", "学习任务单.docx", "课件.pptx", "作业练习.docx"]) put(join("L00001 分数的初步认识", f), docx);
      // 春 (初中): a 30 fps video and no 学习任务单
      mkdirSync(join(dir, "03-王芳-春"), { recursive: true });
      copyFileSync(join(videos, "30fps.mp4"), join(dir, "03-王芳-春", "春.mp4"));
      for (const f of ["教学设计.docx", "课件.pptx", "作业练习.docx"]) put(join("03-王芳-春", f), docx);
      put(join("杂项", "通知.docx"), docx);
      await nav("materials");
      await answer(dir);
      await click("[data-test=check-materials]");
      await b().waitUntil(async () => (await rowsOf("[data-test=materials-table]")).some((r) => r.includes("L00003")), {
        timeout: 60000,
        timeoutMsg: "every lesson has a row after the check",
      });
      await waitText("[data-test=unmatched-folders]", (t) => t.includes("杂项"), "the folder that matched no lesson");
      const spring = (await rowsOf("[data-test=materials-table]")).find((r) => r.includes("L00003"));
      assert(spring && spring.includes("✗") && spring.includes("不通过"), `春 fails: ${spring}`);
      await shoot(b(), "journey-05a-materials.png");
      await click(`//div[@data-test='materials-table']//tr[contains(., 'L00003')]/td[2]/div`);
      await waitText("[data-test=materials-findings]", (t) => t.includes("缺少学习任务单") && t.includes("帧率为30帧/秒，应为25帧"), "what 春 lacks and which rule its video breaks");
      await shoot(b(), "journey-05b-materials-detail.png");
      // the chair may keep it out with a reason, and take it back in (both audited)
      await type("input[data-test=exclude-reason]", "材料不全，待县里补交");
      await click("[data-test=exclude-lesson]");
      await waitText("[data-test=materials-exclude]", (t) => t.includes("材料不全，待县里补交"), "kept out, with the reason");
      await click("[data-test=include-lesson]");
      await waitText("[data-test=materials-exclude]", (t) => !t.includes("已决定不参评"), "taken back in");
      await click(".el-drawer__close-btn");
      await sleep(400);
      // the check alone, to send back to the regions
      const report = join(home, "形式审查结果.xlsx");
      await answer(report);
      await click("[data-test=export-materials]");
      await b().waitUntil(async () => existsSync(report), { timeout: 15000, timeoutMsg: "the check's workbook is written" });
      // the roster shows each lesson's result
      await nav("roster");
      await waitText("[data-test=check-L00003]", (t) => t.includes("不通过"), "the roster shows 春's result");
    });

    await step("journey 3c · 失信名单: a barred teacher is entered in the register page, the roster is checked against it, the chair confirms, takes it back and dismisses it with reasons", async () => {
      const first = JSON.parse(run(["roster", "list", db, "--json"]))[0];
      const teacher = first.teachers[0];
      await nav("register");
      await click("[data-test=register-add]");
      await type("input[data-test=register-name]", teacher);
      await type("input[data-test=register-school]", first.school);
      await type("input[data-test=register-reason]", "抄袭他人作品");
      await shoot(b(), "journey-05c-register-add.png");
      await click("[data-test=register-save]");
      await b().waitUntil(async () => (await rowsOf("[data-test=register-table]")).some((r) => r.includes(teacher)), {
        timeout: 10000,
        timeoutMsg: "the entry shows in the register",
      });
      await waitText("[data-test=register-chain]", (t) => t.includes("名单日志完整：1 条"), "the register's log holds the entry");
      const file = join(home, "失信名单.xlsx");
      await answer(file);
      await click("[data-test=register-export]");
      await b().waitUntil(() => existsSync(file), { timeout: 15000, timeoutMsg: "the register workbook was not written" });
      await shoot(b(), "journey-05d-register.png");
      // the roster, checked against it: an exact match waits for the chair
      await nav("roster");
      await click("[data-test=check-register]");
      await waitText("[data-test=bar-alert]", (t) => t.includes("1 位教师与失信名单相符"), "the match waits for the chair");
      await waitText("[data-test=bar-table]", (t) => t.includes(teacher) && t.includes("同名同单位"), "the match names the teacher and how sure it is");
      await shoot(b(), "journey-05e-bar-match.png");
      await click(`[data-test=bar-confirm-${first.id}]`);
      await prompt("经核实为同一人");
      await waitText(`[data-test=bar-status-${first.id}]`, (t) => t.includes("已确认，不参评"), "confirmed: kept out");
      // taken back and dismissed (a namesake after all), each with its reason
      await click(`[data-test=bar-undo-${first.id}]`);
      await prompt("复核身份证号后撤回");
      await click(`[data-test=bar-dismiss-${first.id}]`);
      await prompt("同名不同人");
      await waitText(`[data-test=bar-status-${first.id}]`, (t) => t.includes("已排除"), "dismissed");
      const log = JSON.parse(run(["audit", db, "--json"]));
      for (const a of ["bar.match", "bar.confirmed", "bar.pending", "bar.dismissed"]) assert(log.some((x) => x.action === a), `the audit log has ${a}`);
    });

    await step("journey 4 · assignment with recusal, then one sheet per judge into a chosen folder", async () => {
      await nav("assignment");
      await click("[data-test=run-assign]");
      await waitText("[data-test=assign-summary]", (t) => t.length > 0, "assignment summary");
      // who judges what: one judge's lessons, and one lesson handed to another judge by hand
      const who = await rowsOf("[data-test=who-table]");
      assert(who.length === 8, `a row per lesson with its judges: ${who.length}`);
      // the table's rows can be there a moment before their 换人 buttons are drawn
      let swapButton = null;
      await b().waitUntil(
        async () => {
          for (const el of await b().$$("//div[@data-test='who-table']//tbody//button[starts-with(@data-test,'swap-L')]")) {
            if (await el.isDisplayed()) {
              swapButton = el;
              return true;
            }
          }
          return false;
        },
        { timeout: 10000, timeoutMsg: "a 换人 button beside a judge" },
      );
      const swapId = await swapButton.getAttribute("data-test");
      const [, swapLesson, swapFrom] = swapId.match(/swap-(L\d+)-(J\d+)/);
      for (let k = 0; k < 3 && !(await (await $("[data-test=swap-to]")).isDisplayed()); k++) {
        await swapButton.scrollIntoView();
        await sleep(300);
        await swapButton.click();
        await sleep(700);
      }
      await (await $("[data-test=swap-to]")).waitForDisplayed({ timeout: 10000 });
      await sleep(500); // the dialog is still opening

      let swapped = false;
      for (let k = 0; k < 8 && !swapped; k++) {
        const visible = await openOptions("[data-test=swap-to]");
        await visible[k].click();
        await click("[data-test=swap-save]");
        await sleep(800);
        // the dialog closes when the swap is done; a refusal stays and says why
        swapped = !(await (await $("[data-test=swap-to]")).isDisplayed());
        if (!swapped) {
          const refused = await text("[data-test=swap-dialog] .el-alert");
          assert(/回避|已在评审/.test(refused), `a refused swap says why, in Chinese: ${refused}`);
        }
      }
      assert(swapped, "some judge could take the lesson");
      const after = (await rowsOf("[data-test=who-table]")).find((r) => r.includes(swapLesson));
      assert(!after.includes(swapFrom), `${swapFrom} no longer judges ${swapLesson}: ${after}`);
      await shoot(b(), "journey-06a-who-judges-what.png");
      await click("//div[contains(@class,'el-tabs__item')][contains(., '工作量与回避')]");
      const recusals = await rowsOf("[data-test=recusal-table]");
      assert(recusals.some((r) => r.includes("杨帆")), `recusals: ${recusals}`);
      mkdirSync(out, { recursive: true });
      await answer(out);
      await click("[data-test=export-sheets]");
      await b().waitUntil(() => readdirSync(out).filter((f) => f.endsWith(".xlsx")).length >= 6, {
        timeout: 20000,
        timeoutMsg: `sheets written: ${readdirSync(out)}`,
      });
      await shoot(b(), "journey-06-assignment.png");
      const listed = JSON.parse(run(["roster", "list", db, "--json"]));
      lessons = listed.map((l) => l.id);
      const rubricOf = { 学科课程: "2024-学科课程", 实验教学: "2024-实验教学", 特殊教育: "2024-特殊教育" };
      for (const c of new Set(listed.map((l) => l.category)))
        weightsOf[c] = JSON.parse(run(["rubric", "show", rubricOf[c], "--json"])).indicators.map((i) => i.weight);
      for (const l of listed) categoryOf[l.id] = l.category;
      weights = weightsOf["学科课程"];
    });

    await step("journey 5 · a judge opens the sheet, scores with keys, writes a comment and a 未评 reason, submits and exports", async () => {
      await nav("home");
      await answer(join(out, judgeSheet()));
      await click("[data-test=open-sheet]");
      await (await $("[data-test=score-0]")).waitForExist({ timeout: 15000 });
      judgeLessons = await textOf(b(), "[data-test=judge-lessons] li .lid");
      assert(judgeLessons.length >= 2, `the judge's lessons: ${judgeLessons}`);
      await b().waitUntil(async () => (await b().execute(() => document.activeElement?.dataset?.test)) === "score-0", {
        timeout: 5000,
        timeoutMsg: "the first score box is not focused",
      });
      // an invalid value is refused beside the box and kept for correction; nothing is saved
      await keysOf("15"); // 15 in a 10-point box
      await b().keys(["Enter"]);
      await sleep(300);
      const box = await valueOf("[data-test=score-0]");
      assert(box === "15", `the box keeps what was typed: “${box}”`);
      const refusal = await text("[data-test=score-error-0]");
      assert(refusal.includes("0 至"), `the refusal is shown beside the box: “${refusal}”`);
      const focused = await b().execute(() => document.activeElement?.dataset?.test);
      assert(focused === "score-0", `Enter on a refused score stays in its box: ${focused}`);
      const red = await b().execute(() => getComputedStyle(document.querySelector("[data-test=score-state-0]")).color);
      assert(!/rgb\(103, 194, 58\)/.test(red), `the ✗ of a refused score is not drawn green: ${red}`);
      const totalShown = await text("[data-test=judge-total]");
      assert(/总分\s*0\s*\//.test(totalShown), `nothing was saved: ${totalShown}`);
      await b().keys(["Control", "a"]);
      // every lesson but the last: a score and Enter per indicator
      for (let n = 0; n < judgeLessons.length - 1; n++) {
        for (const [k, w] of weightsOf[categoryOf[judgeLessons[n]]].entries()) {
          await keysOf(String(Math.max(1, w - ((k + n) % 3))));
          await b().keys(["Enter"]);
          await sleep(100);
        }
        if (n === 0) {
          // Enter on the last score moved to the next lesson: its first box has the focus, is
          // not under the sticky lesson header, and no box of it claims a save it never had
          await sleep(400);
          const seen = await b().execute(() => {
            const el = document.activeElement;
            const r = el.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            const marks = [...document.querySelectorAll("[data-test^=score-state-]")].map((m) => m.textContent.trim()).join("");
            return { focus: el.dataset.test, visible: top === el, marks };
          });
          assert(seen.focus === "score-0", `the next lesson's first box has the focus: ${seen.focus}`);
          assert(seen.visible, "the focused box is not hidden under the lesson header");
          assert(seen.marks === "", `a lesson not yet scored shows no saved marks: “${seen.marks}”`);
        }
      }
      await click(`//ol[@data-test='judge-lessons']/li[1]`);
      await waitText("[data-test=judge-lesson-title]", (t) => t.includes(judgeLessons[0]), "the first lesson is shown");
      await type("textarea[data-test=judge-comment]", "导入环节设计巧妙，板书清晰");
      await sleep(600);
      await click(`//ol[@data-test='judge-lessons']/li[${judgeLessons.length}]`);
      // the last lesson is on screen, with the caret in its first box, before the judge types
      await waitText("[data-test=judge-lesson-title]", (t) => t.includes(judgeLessons[judgeLessons.length - 1]), "the last lesson is shown");
      await b().waitUntil(async () => (await b().execute(() => document.activeElement?.dataset?.test)) === "score-0", {
        timeout: 5000,
        timeoutMsg: "the last lesson's first score box is not focused",
      });
      await type("input[data-test=judge-unscored]", "视频无法播放");
      await waitText("[data-test=judge-progress]", (t) => t.includes(`${judgeLessons.length} / ${judgeLessons.length}`), "progress");
      const marked = await text("[data-test=judge-lessons]");
      assert(marked.includes("未评"), `the 未评 lesson is marked in the list: ${marked}`);
      await click(`//ol[@data-test='judge-lessons']/li[1]`);
      const comment = await b().execute(() => document.querySelector("textarea[data-test=judge-comment]").value);
      assert(comment === "导入环节设计巧妙，板书清晰", `the comment is still there: ${comment}`);
      await shoot(b(), "journey-07-judge-scoring.png");
      await click("[data-test=judge-submit]");
      await waitText("[data-test=summary-counts]", (t) => t.includes("未评 1 节"), "the summary before submitting");
      await shoot(b(), "journey-08-judge-summary.png");
      await click("[data-test=confirm-submit]");
      await answer(join(back, judgeSheet().replace(".xlsx", "-已评.xlsx")));
      mkdirSync(back, { recursive: true });
      await click("[data-test=judge-export]");
      await waitText("[data-test=judge-exported]", (t) => t.includes("-已评.xlsx") && t.includes("组长"), "where the file is and who gets it");
      await shoot(b(), "journey-09-judge-exported.png");
    });

    await step("journey 6 · the other judges' sheets come back: one edited in a spreadsheet program, one with a bad score", async () => {
      const sheets = readdirSync(out).filter((f) => f.endsWith(".xlsx") && f !== judgeSheet());
      const fill = (f, lines) => tryRun(["judge", "fill", join(out, f)], lines.join("\n") + "\n", otherLaptop);
      const scoreLines = (l, generous) =>
        weightsOf[categoryOf[l]].map((w, k) => `score ${l} ${k + 1} ${generous ? w : Math.max(1, Math.round(w * 0.6))}`);
      // every other judge scores 60 % of each weight; which lessons each has shows in what was saved
      const has = {};
      for (const f of sheets) {
        const saved = fill(f, lessons.flatMap((l) => scoreLines(l, false)));
        has[f] = lessons.filter((l) => saved.includes(`saved score ${l} 1 `));
      }
      // one sheet is refused below; a 学科课程 lesson scored by two of the other judges gets one
      // generous judge (full marks): a spread of 40 points holds it for the chair
      const refused = sheets[1];
      const held = lessons.find(
        (l) =>
          categoryOf[l] === "学科课程" &&
          !judgeLessons.includes(l) &&
          !has[refused].includes(l) &&
          sheets.filter((f) => has[f].includes(l)).length >= 2,
      );
      assert(held, `a lesson two other judges score: ${JSON.stringify(has)}`);
      const generous = sheets.find((f) => has[f].includes(held));
      fill(generous, scoreLines(held, true));
      for (const f of sheets) run(["judge", "submit", join(out, f), "--out", join(back, f)], "", otherLaptop);
      // a judge corrects a score in WPS/Excel: the cell changes, the hidden copy does not
      const edited = join(back, sheets.find((f) => f !== refused && f !== generous) ?? sheets[0]);
      execFileSync("python3", [editSheet, edited, "first", "5"]);
      // another types 99 in a 10-point cell: refused, nothing stored
      execFileSync("python3", [editSheet, join(back, refused), "first", "99"]);
      // that judge, opening the sheet in the window, is told which cell and why (not only "有误")
      await nav("home");
      await answer(join(back, refused));
      await click("[data-test=open-sheet]");
      await waitText("[data-test=sheet-problems]", (t) => t.includes("「99」") && t.includes("评分表") && /第 \d+ 行/.test(t), "the refused sheet's cell, named");
      await shoot(b(), "journey-09a-sheet-refused.png");
      await click("[data-test=sheet-problems] .el-dialog__headerbtn");
      await sleep(400);
    });

    await step("journey 7 · the chair imports every returned sheet at once: the refused one names its cell, a damaged attachment is refused by name, the edited one waits with its change until the chair confirms it", async () => {
      await nav("results");
      // an attachment that arrived cut short: not a workbook at all
      writeFileSync(join(back, "评分表-附件损坏.xlsx"), "PK\u0003\u0004 cut short");
      const files = readdirSync(back).filter((f) => f.endsWith(".xlsx")).map((f) => join(back, f));
      await answer(files);
      await click("[data-test=import-sheets]");
      await waitText(".rejected", (t) => t.includes("超出分值范围") && t.includes("99"), "the refused sheet names its cell");
      await waitText(".rejected", (t) => t.includes("评分表-附件损坏.xlsx") && t.includes("无法作为工作簿读取"), "the damaged file is refused by name");
      // the edited sheet is stored but waits: its changed cell is listed, and it counts only
      // once the chair confirms it
      await waitText("[data-test=waiting-sheets]", (t) => t.includes("→ 5") && t.includes("在表格软件中修改过"), "the edited sheet waits with its changed cell");
      await shoot(b(), "journey-10-import.png");
      const waiting = await text("[data-test=waiting-sheets]");
      const editedJudge = waiting.match(/J\d{3}/)[0];
      await click(`[data-test=confirm-sheet-${editedJudge}]`);
      await waitText(".el-message-box", (t) => t.includes(editedJudge) && t.includes("1 处改动"), "the confirmation names the judge and the change");
      await confirmBox();
      await b().waitUntil(async () => !(await (await $("[data-test=waiting-sheets]")).isExisting()), {
        timeout: 15000,
        timeoutMsg: "nothing waits once the chair confirmed it",
      });
      await shoot(b(), "journey-10b-confirmed.png");
      const ranking = await rowsOf("[data-test=results-table]");
      assert(ranking.length >= 4, `ranking rows of 学科课程: ${ranking.length}`);
      assert(!ranking.some((r) => r.includes("待复议") && r.includes("尚无评分")), "no lesson without scores is called 待复议");
    });

    await step("journey 8 · a held lesson: a third review is asked of another judge (new sheet written), then it is arbitrated from its detail: judges' scores shown, 150 refused beside the box and nothing stored, marked 仲裁", async () => {
      const held = (await rowsOf("[data-test=results-table]")).find((r) => r.includes("分差"));
      assert(held, `a lesson held for its spread: ${(await rowsOf("[data-test=results-table]")).join("\n")}`);
      const id = lessons.find((l) => held.includes(l));
      await click(`//div[@data-test='results-table']//tr[contains(., '${id}')]/td[3]/div`);
      await waitText("[data-test=detail-judges]", (t) => t.includes("总分"), "each judge's scores in the detail");
      await shoot(b(), "journey-11-detail.png");
      // first the chair asks another judge for a third review: the judge gets a new sheet
      const reviewDir = join(home, "复评");
      mkdirSync(reviewDir, { recursive: true });
      const options = await openOptions("[data-test=review-judge]");
      assert(options.length > 0, "judges to ask for a review");
      const first = await options[0].getText();
      const reviewer = first.match(/J\d{3}/)[0];
      await options[0].click();
      await sleep(300);
      await type("input[data-test=decision-reason]", "分差过大，请第三位评委复评");
      await answer(reviewDir);
      await click("[data-test=request-review]");
      await waitText("[data-test=detail-decisions]", (t) => t.includes(`已请 ${reviewer} 复评`), "the review in force");
      const written = readdirSync(reviewDir).filter((f) => f.includes(reviewer));
      assert(written.length === 1, `the reviewer's new sheet in the folder: ${readdirSync(reviewDir)}`);
      await shoot(b(), "journey-11a-review.png");
      const input = "[data-test=arbitrate-score] input";
      // a typo of 150: refused beside the box, kept for correction, the button does nothing,
      // and the session stores nothing (read from the file, not from the box)
      const before = run(["audit", db, "--json"]);
      await type(input, "150");
      assert((await valueOf(input)) === "150", "the box keeps 150 as typed, unclamped");
      const why = await text("[data-test=arbitrate-score-error]");
      assert(why.includes("0 至 100"), `150 is refused beside the box: “${why}”`);
      await type("input[data-test=decision-reason]", "第三位评委复评后定分");
      const disabled = await b().execute(() => document.querySelector("[data-test=arbitrate]").disabled);
      assert(disabled, "仲裁定分 cannot be clicked while the score is refused");
      await (await $("[data-test=arbitrate]")).click().catch(() => {});
      await sleep(800);
      assert((await valueOf(input)) === "150", "after the click the box still holds 150");
      const after = run(["audit", db, "--json"]);
      assert(after === before, "150 stored nothing: the session's audit log is unchanged");
      assert(!(await text("[data-test=detail-decisions]")).includes("仲裁定分"), "no arbitration in force");
      await type(input, "86");
      assert((await text("[data-test=arbitrate-score-error]")) === "", "86 is accepted");
      await click("[data-test=arbitrate]");
      await waitText("[data-test=detail-decisions]", (t) => t.includes("仲裁定分 86.00"), "the decision in force");
      await waitText("[data-test=detail-history]", (t) => t.includes("第三位评委复评后定分"), "the decision's history");
      await shoot(b(), "journey-12-arbitrated.png");
      await click(".el-drawer__close-btn");
      await sleep(500);
      await waitText("[data-test=results-table]", (t) => t.includes("仲裁") && t.includes("86.00"), "the ranking marks the arbitrated score");
    });

    await step("journey 9 · an absent judge's lessons go to a replacement judge, with a sheet, in one step", async () => {
      await click("//div[contains(@class,'el-tabs__item')][contains(., '评分进度')]");
      const rows = await rowsOf("[data-test=coverage-table]");
      const missing = rows.find((r) => /L\d{5}/.test(r));
      assert(rows.length === 12, `coverage rows: ${rows.length}`);
      assert(missing, `a judge with unscored lessons: ${rows.join(" | ")}`);
      const judge = missing.match(/J\d{3}/)[0];
      await click(`[data-test=absent-${judge}]`);
      await prompt("病假");
      // one step offers: accept as incomplete, or a replacement judge with a sheet of their own
      await (await $(".el-message-box")).waitForDisplayed({ timeout: 10000 });
      await click(".el-message-box__btns .el-button:not(.el-button--primary)");
      await (await $("[data-test=replace-dialog]")).waitForExist({ timeout: 10000 });
      const replacementDir = join(home, "替补评分表");
      mkdirSync(replacementDir, { recursive: true });
      let replaced = false;
      for (let k = 0; k < 8 && !replaced; k++) {
        const visible = await openOptions("[data-test=replace-with]");
        await visible[k].click();
        await answer(replacementDir);
        await click("[data-test=replace-save]");
        await sleep(1000);
        replaced = readdirSync(replacementDir).some((f) => f.endsWith(".xlsx"));
      }
      assert(replaced, "the replacement judge's sheet was written");
      await shoot(b(), "journey-13-absent.png");
      await waitText("[data-test=coverage-table]", (t) => t.includes("病假"), "the absence is shown");
      const now = await rowsOf("[data-test=coverage-table]");
      const absentRow = now.find((r) => r.includes(judge));
      assert(!/L\d{5}/.test(absentRow.replace(judge, "")), `the absent judge has no lessons left: ${absentRow}`);
    });

    await step("journey 10 · 定稿 is refused while lessons lack scores or a tie straddles the quota; the chair settles both, then it locks the session", async () => {
      await click("//div[contains(@class,'el-tabs__item')][contains(., '待处理')]");
      await click("[data-test=finalize]");
      await confirmFinalize();
      await sleep(1000);
      const refusal = await text("[data-test=results-failure]");
      if (refusal) {
        assert(refusal.includes("无法定稿") && !refusal.includes("文件内容有误"), `a refusal in the chair's terms: ${refusal}`);
        await shoot(b(), "journey-14-finalize-refused.png");
        // each lesson the refusal names opens from it; the chair accepts it as incomplete
        const shown = async (sel) => {
          for (const el of await b().$$(sel)) if (await el.isDisplayed()) return el;
          return null;
        };
        for (let i = 0; i < 10; i++) {
          const next = await shown("[data-test=problem-lesson-scores_missing]");
          if (!next) break;
          await next.click();
          await type("input[data-test=decision-reason]", "评委缺席，组长确认");
          await click("[data-test=accept-incomplete]");
          await waitText("[data-test=detail-decisions]", (t) => t.includes("确认评分不全"), "the acceptance in force");
          await click(".el-drawer__close-btn");
          await sleep(500);
          await click("[data-test=finalize]");
      await confirmFinalize();
          await sleep(1000);
        }
      }
      // the accepted lessons tie at the quota line (quota 2): 定稿 waits for the chair's order
      const tie = await text("[data-test=results-failure]");
      assert(tie.includes("跨越名额"), `a tie at the quota line blocks 定稿: ${tie}`);
      await shoot(b(), "journey-15-tie-refused.png");
      await click("[data-test=problem-lesson-tie_at_cut]");
      const group = await textOf(b(), "[data-test=tie-order] li");
      assert(group.length >= 2, `the whole tie group in one dialog: ${group}`);
      const last = group[group.length - 1].match(/L\d{5}/)[0];
      await click(`[data-test=tie-up-${last}]`);
      await type("input[data-test=tie-reason]", "课堂实录更完整");
      await shoot(b(), "journey-16-tie-dialog.png");
      await click("[data-test=tie-save]");
      await sleep(1500);
      await click("[data-test=finalize]");
      await confirmFinalize();
      await waitText("[data-test=finalized-banner]", (t) => t.includes("定稿"), "the finalized banner");
      const actions = await b().execute(() => document.querySelectorAll("[data-test=finalize]").length);
      assert(actions === 0, "no second 定稿");
      await shoot(b(), "journey-17-finalized.png");
    });

    await step("journey 10b · 公平性: each judge's severity with its interval, the totals, the cut line and every lesson's stability, as charts and as tables", async () => {
      await click("//div[contains(@class,'el-tabs__item')][contains(., '排名与推荐')]");
      await b().waitUntil(async () => (await b().$$("[data-test^=stability-L]")).length > 0, {
        timeout: 30000,
        timeoutMsg: "the ranking shows each lesson's stability",
      });
      const shown = await text("[data-test=results-table]");
      assert(/\d+%/.test(shown), `a stability percentage beside the lessons: ${shown.slice(0, 200)}`);
      await click("//div[contains(@class,'el-tabs__item')][contains(., '公平性')]");
      const expected = { severity: 2, box: 1, hist: 2, stability: 2 };
      for (const [key, n] of Object.entries(expected)) {
        await b().waitUntil(
          async () =>
            b().execute(
              (k, want) => {
                const card = document.querySelector(`[data-test=chart-${k}]`);
                const chart = card?.querySelector("[data-series]");
                return !!chart && Number(chart.getAttribute("data-series")) === want && !!chart.querySelector("svg path");
              },
              key,
              n,
            ),
          { timeout: 20000, timeoutMsg: `chart ${key} drew ${n} series` },
        );
      }
      await waitText("[data-test=fairness-panels]", (t) => t.includes("ICC(2,1)") && t.includes("评审组"), "the panel's agreement table");
      await shoot(b(), "journey-16a-fairness.png");
      await click("[data-test=table-severity]");
      await waitText("[data-test=chart-severity]", (t) => t.includes("95%区间") && /-?\d+\.\d\d ~ -?\d+\.\d\d/.test(t), "the severity chart as a table");
      await click("[data-test=table-severity]");
      await shoot(b(), "journey-16b-fairness-table.png");
      await click("//div[contains(@class,'el-tabs__item')][contains(., '排名与推荐')]");
    });

    await step("journey 11 · the results workbook is exported and a backup of the open session is complete", async () => {
      const file = join(home, "南京市级遴选-评审结果.xlsx");
      await answer(file);
      await click("[data-test=export-results]");
      await b().waitUntil(() => existsSync(file), { timeout: 15000, timeoutMsg: "the results workbook was not written" });
      // its message says so and leaves the next button free: once it lay over 导出获奖名单 and took the click
      await waitText(".el-message", (t) => t.includes("已导出"), "the export's message");
      const free = await b().execute(() => {
        const el = document.querySelector("[data-test=export-awards]");
        const r = el.getBoundingClientRect();
        const m = document.querySelector(".el-message").getBoundingClientRect();
        const apart = m.bottom <= r.top || r.bottom <= m.top || m.right <= r.left || r.right <= m.left;
        return apart && el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      });
      assert(free, "the export's message does not cover the next export button");
      // the 获奖名单 for certificates
      const awards = join(home, "获奖名单.xlsx");
      await answer(awards);
      await click("[data-test=export-awards]");
      await b().waitUntil(() => existsSync(awards), { timeout: 15000, timeoutMsg: "the award list was not written" });
      // the hand-off, which the next level imports as its roster
      const handoff = join(home, "上报推荐汇总表.xlsx");
      await answer(handoff);
      await click("[data-test=export-handoff]");
      await b().waitUntil(() => existsSync(handoff), { timeout: 15000, timeoutMsg: "the hand-off was not written" });
      const nextLevel = join(home, "市级.jpsession");
      run(["session", "init", nextLevel, "--name", "市级遴选", "--year", "2025"]);
      assert(/added [1-9]/.test(run(["roster", "import", nextLevel, handoff])), "the next level imports the hand-off as its roster");
      const arrived = JSON.parse(run(["roster", "list", nextLevel, "--json"]));
      assert(arrived.every((l) => l.region === "南京" && /^南京:L\d{5}\(\d+\.\d\d\)$/.test(l.origin)), `region and 原编号 travel: ${JSON.stringify(arrived[0])}`);
      await nav("home");
      const copy = join(home, "备份.jpsession");
      await answer(copy);
      await click("[data-test=backup]");
      await b().waitUntil(() => existsSync(copy), { timeout: 15000, timeoutMsg: "no backup written" });
      const audit = JSON.parse(run(["audit", copy, "--json"]));
      assert(audit.some((a) => a.action === "decision.arbitrate"), "the backup holds the arbitration");
      assert(audit.some((a) => a.action === "session.finalize"), "and the 定稿");
      assert(audit.filter((a) => a.action === "decision.tie_order").length >= 2, "and the tie order");
      // the log's chain holds, and the backup's verifies with the same check code
      await waitText("[data-test=audit-chain]", (t) => t.includes("操作日志完整"), "the audit chain's state");
      const code = (await text("[data-test=audit-chain]")).match(/校验码 ([0-9a-f]{12})/)[1];
      assert(run(["audit", "verify", copy]).includes(`chain head ${code}`), "the backup's chain ends where the window says");
      await shoot(b(), "journey-18-backup.png");
      await nav("audit");
      await waitText("[data-test=audit-table]", (t) => t.includes("张主任") && t.includes("仲裁定分") && t.includes("定稿"), "the audit log names who did what");
      await shoot(b(), "journey-18a-audit.png");
    });

    await step("journey 12 · after a restart the app offers the judge's last sheet, with everything saved", async () => {
      await b().deleteSession();
      setBrowser(await connect());
      const resume = await $("[data-test=resume-sheet]");
      await resume.waitForDisplayed({ timeout: 20000 });
      await resume.click();
      await waitText("[data-test=judge-progress]", (t) => t.includes(`${judgeLessons.length} / ${judgeLessons.length}`), "the saved progress");
      const comment = await b().execute(() => document.querySelector("textarea[data-test=judge-comment]")?.value);
      assert(comment === "导入环节设计巧妙，板书清晰", `the comment survived the restart: ${comment}`);
      await shoot(b(), "journey-19-restart.png");
      // every change of the whole journey names the person who made it (read from the file)
      const rows = JSON.parse(run(["audit", db, "--json"]));
      const anonymous = rows.filter((r) => r.who !== "张主任");
      assert(rows.length > 20 && anonymous.length === 0, `audit rows not naming the chair: ${JSON.stringify(anonymous.slice(0, 3))}`);
    });
  };
}
