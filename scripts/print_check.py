"""What an office prints, checked the way it prints: the county demo's results workbook and one
returned score sheet are converted to PDF by LibreOffice (headless) and the first page's text must
carry the title, 填报单位 and every indicator header whole, the document its signature lines (a header cut by
its row height loses its last line), and the score sheet shows scores without a spurious ".0".

usage: python3 scripts/print_check.py JINGPIN_CLI   (run by scripts/test.sh)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

cli = sys.argv[1]
work = tempfile.mkdtemp(prefix="jingpin-print-")
demo = os.path.join(work, "demo")
subprocess.run([cli, "demo", "--out", demo, "--scale", "county"], check=True, stdout=subprocess.DEVNULL)
profile = "file://" + os.path.join(work, "lo-profile")


def page_text(xlsx: str, first_only: bool = True) -> str:
    out = os.path.join(work, "pdf")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", out, xlsx],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pdf = os.path.join(out, os.path.splitext(os.path.basename(xlsx))[0] + ".pdf")
    pages = ["-f", "1", "-l", "1"] if first_only else []
    text = subprocess.run(["pdftotext", "-raw", *pages, pdf, "-"], check=True, capture_output=True).stdout
    return text.decode("utf-8")


def first_page(xlsx: str) -> str:
    return page_text(xlsx, True)


rubric = json.loads(subprocess.run([cli, "rubric", "show", "2024-学科课程", "--json"], check=True, capture_output=True).stdout)
headers = [f"{i['name']}（{i['weight']}分）" for i in rubric["indicators"]]
failures = []


def expect(what: str, text: str, needles: list[str]) -> None:
    flat = re.sub(r"\s+", "", text)
    for n in needles:
        if re.sub(r"\s+", "", n) not in flat:
            failures.append(f"{what}: page 1 lacks “{n}”")


results = first_page(os.path.join(demo, "评审结果.xlsx"))
expect(
    "results workbook",
    results,
    ["2025年示例县基础教育精品课县级初选", "推荐名单-学科课程", "填报单位：示例县教育局", "草稿", *headers],
)
expect("results workbook (every page)", page_text(os.path.join(demo, "评审结果.xlsx"), False), ["评审组长（签字）", "审核人（签字）"])
returned = os.path.join(demo, "收回评分表")
sheet = first_page(os.path.join(returned, sorted(os.listdir(returned))[0]))
expect("score sheet", sheet, ["评分表", "评委签字", "课程编号", *headers])
if re.search(r"(?<![\d.])\d+\.0(?![\d])", sheet):
    failures.append("score sheet: a score printed with a spurious “.0”")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"printed output ok: results workbook and score sheet, {len(headers)} indicator headers whole")
