"""Index a folder of mixed real-world PDFs and print every file's verdict and the time taken.

    python benchmarks/mixed_pdfs.py [--with DIR]   # DIR: more PDFs/DOCX to add (e.g. ../shared/corpus)

The folder is made here: a fillable form, an encrypted PDF, an image-only
scan, a two-column page, Cyrillic, Greek and Arabic text, a truncated file and
random bytes named .pdf, beside any real reports given with --with.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Debian's fonts-dejavu-core


def make_pdfs(folder: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if Path(FONT).is_file():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        font = "DejaVu"

    form = canvas.Canvas(str(folder / "form.pdf"), pagesize=A4)
    form.drawString(72, 780, "1 Registration form for the meeting")
    form.drawString(72, 750, "1.1 Delegates fill in their name and country below.")
    form.acroForm.textfield(name="name", tooltip="Name", x=72, y=700, width=300, height=20)
    form.acroForm.checkbox(name="remote", tooltip="Remote", x=72, y=660)
    form.showPage()
    form.save()

    columns = canvas.Canvas(str(folder / "two-columns.pdf"), pagesize=A4)
    left = ["1.1 The left column tells how teachers", "were trained on online safety in", "several regions."]
    right = ["1.2 The right column tells how parents", "were reached through schools and", "radio programmes."]
    for n, (a, b) in enumerate(zip(left, right)):
        columns.drawString(60, 780 - 16 * n, a)
        columns.drawString(320, 780 - 16 * n, b)
    columns.showPage()
    columns.save()

    scripts = canvas.Canvas(str(folder / "non-latin.pdf"), pagesize=A4)
    scripts.setFont(font, 11)
    for n, line in enumerate(["1 Введение", "1.1 Заседание состоялось в Женеве 10 октября 2023 года.",
                              "1.2 Η συνεδρίαση πραγματοποιήθηκε στη Γενεύη.",
                              "1.3 عقد الاجتماع في جنيف في 10 أكتوبر 2023."]):
        scripts.drawString(72, 780 - 20 * n, line)
    scripts.showPage()
    scripts.save()

    scan = canvas.Canvas(str(folder / "image-only.pdf"), pagesize=A4)
    scan.rect(72, 72, 450, 700, fill=1)
    scan.showPage()
    scan.save()

    writer = PdfWriter()
    for page in PdfReader(str(folder / "form.pdf")).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with open(folder / "encrypted.pdf", "wb") as handle:
        writer.write(handle)

    whole = (folder / "two-columns.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    rng = random.Random(0)
    (folder / "random-bytes.pdf").write_bytes(bytes(rng.randrange(256) for _ in range(20_000)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with", dest="extra", type=Path, help="a folder of real reports to add")
    parser.add_argument("--timeout", type=float, default=120.0, help="per-file time budget (s)")
    args = parser.parse_args()

    from cwgcop_search.config import Settings
    from cwgcop_search.engine import Engine

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_pdfs(corpus)
        if args.extra:
            for path in sorted(args.extra.iterdir()):
                if path.suffix.lower() in (".pdf", ".docx"):
                    shutil.copy(path, corpus / path.name)
        engine = Engine(Settings(corpus_dir=corpus, index_dir=Path(tmp) / "index", parse_timeout=args.timeout))
        engine.embedder.embed_query("warm up")  # time the files, not the model's loading
        start = time.perf_counter()
        report = engine.index()
        seconds = time.perf_counter() - start
    print(f"{len(report.verdicts)} files, {report.n_skipped} skipped, {report.n_chunks} passages, "
          f"indexed in {seconds:.1f} s (time budget {args.timeout:g} s per file)\n")
    for v in report.verdicts:
        detail = f"{v.paragraphs} paragraphs, {v.pages} pages" if v.status != "skipped" else v.message
        print(f"{v.status + (f' ({v.reason})' if v.reason else ''):<28} {v.source}: {detail}")
        for warning in v.warnings:
            print(f"{'':<28}   warning: {warning}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
