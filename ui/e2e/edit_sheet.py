"""Changes one score cell of a returned score sheet the way a spreadsheet program would: the
visible cell changes, the hidden copy and its HMAC do not. Standard library only.

usage: edit_sheet.py SHEET.xlsx first VALUE   (the first lesson's first indicator, cell I4)
"""
import re
import shutil
import sys
import tempfile
import zipfile

path, which, value = sys.argv[1], sys.argv[2], sys.argv[3]
assert which == "first", "only the first score cell is supported"
tmp = tempfile.mktemp(suffix=".xlsx")
with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            xml = data.decode("utf-8")
            xml, n = re.subn(r'(<c r="I4"[^>]*>)<v>[^<]*</v>(</c>)', r"\g<1><v>%s</v>\g<2>" % value, xml)
            assert n == 1, "cell I4 holds a score"
            data = xml.encode("utf-8")
        dst.writestr(item, data)
shutil.move(tmp, path)
