"""Small real documents for the instructor-library tests: a PDF, a DOCX, a corrupt PDF."""

from __future__ import annotations

import io
from pathlib import Path


def make_pdf(path: Path, title: str, lines: list[str]) -> Path:
    """A one-page PDF with a title and lines of text (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setTitle(title)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, 780, title)
    page.setFont("Helvetica", 11)
    for n, line in enumerate(lines):
        page.drawString(72, 750 - 16 * n, line)
    page.showPage()
    page.save()
    path.write_bytes(buffer.getvalue())
    return path


def make_docx(path: Path, title: str, paragraphs: list[str]) -> Path:
    """A DOCX with a heading and paragraphs (python-docx)."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def make_corrupt_pdf(path: Path) -> Path:
    """Bytes that claim to be a PDF and are not one."""
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj << /Type /Catalog >>\ngarbage\xff\xfe" * 3)
    return path
