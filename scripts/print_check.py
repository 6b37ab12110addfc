"""What an office prints, checked the way it prints: every sheet of every workbook the app exports
(results with 公平性, awards, hand-off, 形式审查, bar register, and a returned score sheet) is
converted to PDF by LibreOffice (headless) and each page is read back as text with positions
(pdftotext -bbox) and as pixels (pdftoppm). For each sheet:
  - its first page carries its whole title and 填报单位 (a score sheet: the judge's title);
  - it carries the signature lines and 填报单位（盖章） below its table (a score sheet: 评委签字 and
    the date);
  - the results workbook's sheets carry the audit log's 日志校验码;
  - no text is clipped: every word lies on the page, and every part of it has ink (a merged cell
    too narrow for its title cuts it on both sides; pdftotext still returns the cut letters, the
    pixels do not);
  - headers are whole (the results' indicator headers with their weights), no score shows a
    spurious ".0".

usage: python3 scripts/print_check.py JINGPIN_CLI [--keep DIR]   (run by scripts/test.sh)
With --keep, the PDFs and one PNG per page are left in DIR to be looked at.
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

cli = sys.argv[1]
keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
work = keep or tempfile.mkdtemp(prefix="jingpin-print-")
os.makedirs(work, exist_ok=True)
demo = os.path.join(work, "demo")
env = {**os.environ, "JINGPIN_DATA_DIR": os.path.join(work, "data")}


def run(*args: str) -> str:
    return subprocess.run([cli, *args], check=True, capture_output=True, env=env).stdout.decode("utf-8")


if not os.path.exists(os.path.join(demo, "session.jpsession")):
    run("demo", "--out", demo, "--scale", "county")
session = os.path.join(demo, "session.jpsession")
profile = "file://" + os.path.join(work, "lo-profile")
out = os.path.join(work, "printed")
os.makedirs(out, exist_ok=True)

# every workbook a user exports, as they export it
books = {
    "results": os.path.join(out, "评审结果.xlsx"),
    "awards": os.path.join(out, "获奖名单.xlsx"),
    "handoff": os.path.join(out, "上报推荐汇总表.xlsx"),
    "materials": os.path.join(out, "形式审查.xlsx"),
    "register": os.path.join(out, "失信名单.xlsx"),
}
# 查重: three lessons' 教学设计 (the second carries the first's text) and a scan, screened, so that
# the results workbook carries its 查重 sheet
from docx import Document  # noqa: E402

OWN = [
    "学生借助实物模型观察分数的意义，在小组合作中说出把一个整体平均分成若干份、表示其中一份或几份的数叫分数，教师巡视并个别指导。",
    "同学们结合生活经验比较分母相同的分数的大小，在动手折纸中发现其中的规律，随后请两组代表汇报，最后由教师小结。",
    "各小组利用数字化实验器材测量教室里课桌的长度，用分数记录结果并交流测量中的误差来源，养成严谨的态度。",
]
OTHER = [
    "教师出示古诗《春晓》的插图，请学生说一说画面上的景物，再朗读全诗，体会诗人对春天的喜爱之情。",
    "学生分角色朗读课文中的对话，讨论人物说话时的语气和心情，并在学习任务单上写下自己的感受。",
]
lessons = json.loads(run("roster", "list", session, "--json"))[:3]
materials = os.path.join(work, "查重材料")
for n, (lesson, paras) in enumerate(zip(lessons, [OWN, OWN + OTHER[:1], OTHER])):
    folder = os.path.join(materials, f"{lesson['id']} {lesson['title']}")
    os.makedirs(folder, exist_ok=True)
    d = Document()
    for p in paras:
        d.add_paragraph(p)
    d.save(os.path.join(folder, "教学设计.docx"))
    if n == 2:
        with open(os.path.join(folder, "导学案扫描件.pdf"), "wb") as f:
            f.write(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
screened = subprocess.run([cli, "materials", "similar", session, materials], capture_output=True, env=env)
if screened.returncode != 1:
    failures_early = f"materials similar: exit {screened.returncode}, findings expected: {screened.stderr.decode()}"
    print(failures_early)
    sys.exit(1)
run("export", session, "--out", books["results"], "--stability")
run("export", session, "--awards", books["awards"])
run("export", session, "--handoff", books["handoff"])
run("materials", "export", session, "--out", books["materials"])
run("register", "add", "--name", "王芳", "--school", "示例县实验小学", "--year", "2024",
    "--session", "2024年县级初选", "--reason", "抄袭")
run("register", "export", books["register"], "--unit", "示例县教育局")
returned = os.path.join(demo, "收回评分表")
books["score sheet"] = os.path.join(returned, sorted(os.listdir(returned))[0])

rubric = json.loads(run("rubric", "show", "2024-学科课程", "--json"))
headers = [f"{i['name']}（{i['weight']}分）" for i in rubric["indicators"]]
chain = re.search(r"[0-9a-f]{12,}", run("audit", "verify", session))
failures: list[str] = []


def to_pdf(xlsx: str) -> str:
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", out, xlsx],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return os.path.join(out, os.path.splitext(os.path.basename(xlsx))[0] + ".pdf")


def pages_of(pdf: str) -> list[dict]:
    """Each page's words with their boxes (points) and the page's pixels at 72 dpi (1 px = 1 pt)."""
    raw = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', raw, re.S):
        words = [
            (float(a), float(b), float(c), float(d), html.unescape(w))
            for a, b, c, d, w in re.findall(
                r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>', m.group(3)
            )
        ]
        pages.append({"width": float(m.group(1)), "height": float(m.group(2)), "words": words})
    for n, page in enumerate(pages, 1):
        stem = os.path.join(out, f"{os.path.basename(pdf)}-{n}")
        subprocess.run(["pdftoppm", "-f", str(n), "-l", str(n), "-r", str(72 * ZOOM), "-gray", "-singlefile", pdf, stem], check=True)
        page["pixels"] = read_pgm(stem + ".pgm")
        if keep:
            subprocess.run(["pdftoppm", "-f", str(n), "-l", str(n), "-r", "60", "-png", "-singlefile", pdf, stem], check=True)
        os.remove(stem + ".pgm")
    return pages


def read_pgm(path: str) -> tuple[int, int, bytes]:
    with open(path, "rb") as f:
        data = f.read()
    parts = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    w, h = int(parts.group(1)), int(parts.group(2))
    return w, h, data[parts.end():]


# pixels per point: small print (a score sheet fitted to the page width) needs more than 1
ZOOM = 3


def inked(pixels: tuple[int, int, bytes], x0: float, y0: float, x1: float, y1: float) -> bool:
    """Whether the box (points) has any ink."""
    w, h, px = pixels
    x0, x1, y0, y1 = int(x0 * ZOOM), int(x1 * ZOOM), int(y0 * ZOOM), int(y1 * ZOOM)
    for y in range(max(0, y0), min(h, y1 + 1)):
        if min(px[y * w + max(0, x0):y * w + min(w, x1 + 1)] or b"\xff") < 200:
            return True
    return False


def clipped(page: dict) -> list[str]:
    """Words (part of) which lie off the page or are not drawn: cut by a cell or the margin."""
    bad = []
    for x0, y0, x1, y1, word in page["words"]:
        if x0 < 0 or y0 < 0 or x1 > page["width"] or y1 > page["height"]:
            bad.append(word)
            continue
        # every stretch as wide as the text is tall (about one character) must have ink; a blank
        # stretch that wide inside a word is a cut (the box's height includes the underscores of
        # a signature line, drawn at its foot)
        size = max(3.0, y1 - y0)
        n = max(1, round((x1 - x0) / (size * 1.2)))
        step = (x1 - x0) / n
        ink = [inked(page["pixels"], x0 + k * step, y0, x0 + (k + 1) * step, y1 + 1) for k in range(n)]
        # a word with no ink at all is not on this page (LibreOffice writes the text of a chart
        # that starts on the next page, clipped away); one drawn in part is cut
        if any(ink) and not all(ink):
            bad.append(word)
    return bad


def flat(words) -> str:
    return re.sub(r"\s+", "", "".join(w[4] for w in words))


def sheet_of(page: dict) -> str:
    """The sheet a page belongs to: the footer names it on the left (“名额使用 … 第 16 页，共 17 页”)."""
    marks = [w for w in page["words"] if "页，共" in w[4]]
    if not marks:
        return "?"
    y = max(w[1] for w in marks)
    footer = sorted((w for w in page["words"] if abs(w[1] - y) < 2), key=lambda w: w[0])
    return footer[0][4]


def check_book(what: str, xlsx: str, score_sheet: bool = False) -> int:
    pages = pages_of(to_pdf(xlsx))
    sheets: dict[str, list[dict]] = {}
    for p in pages:
        sheets.setdefault("评分表" if score_sheet else sheet_of(p), []).append(p)
    for name, ps in sheets.items():
        # the signatures close the table; a chart may follow on a page of its own
        first, last = flat(ps[0]["words"]), "".join(flat(p["words"]) for p in ps)
        where = f"{what} · {name}"
        if score_sheet:
            needles_first, needles_last = ["评分表", "评委：", "课程编号"], ["评委签字", "日期"]
        else:
            needles_first, needles_last = [name, "填报单位："], ["评审组长（签字）", "审核人（签字）", "填报单位（盖章）"]
            if what == "results" and chain:
                needles_first.append("日志校验码：" + chain.group(0)[:12])
        for n in needles_first:
            if n not in first:
                failures.append(f"{where}: its first page lacks “{n}”")
        for n in needles_last:
            if n not in last:
                failures.append(f"{where}: no page of it carries “{n}”")
        for i, p in enumerate(ps, 1):
            cut = clipped(p)
            if cut:
                failures.append(f"{where}, page {i} of the sheet: cut or off the page: {' | '.join(cut[:6])}")
    if "?" in sheets and not score_sheet:
        failures.append(f"{what}: a page whose footer does not name its sheet")
    return len(pages)


printed = {what: check_book(what, path, what == "score sheet") for what, path in books.items()}

def raw_text(pdf: str, first: int, last: int) -> str:
    """The pages' text in reading order (a wrapped header's lines together)."""
    text = subprocess.run(["pdftotext", "-raw", "-f", str(first), "-l", str(last), pdf, "-"], check=True, capture_output=True).stdout
    return re.sub(r"\s+", "", text.decode("utf-8"))


results_text = raw_text(os.path.join(out, "评审结果.pdf"), 1, 1)
for h in headers:
    if re.sub(r"\s+", "", h) not in results_text:
        failures.append(f"results: the 推荐名单 lacks the whole header “{h}”")
sheet_text = raw_text(os.path.splitext(os.path.join(out, os.path.basename(books["score sheet"])))[0] + ".pdf", 1, 1)
for h in headers:
    if re.sub(r"\s+", "", h) not in sheet_text:
        failures.append(f"score sheet: lacks the whole header “{h}”")
if re.search(r"(?<![\d.])\d+\.0(?![\d])", sheet_text):
    failures.append("score sheet: a score printed with a spurious “.0”")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("printed output ok: " + ", ".join(f"{what} {n} pages" for what, n in printed.items()) + f"; {len(headers)} indicator headers whole")
