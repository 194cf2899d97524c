import pytest

from assistant.errors import DocumentError
from assistant.rag.chunking import DocumentInfo, chunk_document, slugify
from assistant.rag.loaders import check_file, parse, parse_html, parse_markdown

MARKDOWN = """---
id: demo
title: "Demo module"
language: en
---
# Demo module

Intro paragraph.

## First section {#first}

Alpha paragraph one.

Alpha paragraph two.

```
## not a heading inside code
```

## Second section

Beta paragraph.
"""


def info(doc_id="course:demo", language="en"):
    return DocumentInfo(doc_id, "0" * 64, "Demo module", "demo", language, "demo.md", "course")


def test_markdown_front_matter_headings_and_offsets():
    document = parse_markdown(MARKDOWN)
    assert document.metadata["id"] == "demo"
    headings = [(b.level, b.text, b.anchor) for b in document.blocks if b.level]
    assert headings == [
        (1, "Demo module", ""),
        (2, "First section", "first"),
        (2, "Second section", ""),
    ]
    for block in document.blocks:
        assert block.text in MARKDOWN[block.start : block.end]


def test_chunks_are_exact_slices_within_one_section():
    document = parse_markdown(MARKDOWN)
    chunks = chunk_document(document, info(), chunk_chars=1000)
    assert [c.section_id for c in chunks] == ["demo-module", "first", "second-section"]
    for chunk in chunks:
        assert MARKDOWN[chunk.start : chunk.end] == chunk.text
    first = chunks[1]
    assert first.section_path == ("Demo module", "First section")
    assert "Alpha paragraph two." in first.text and "Beta" not in first.text
    assert "not a heading" in first.text  # fenced code stays in its section
    assert first.embedding_text().startswith("Demo module > First section")
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_long_paragraphs_are_cut_at_sentence_ends():
    sentence = "Civic feedback must reach the right department quickly. "
    text = "# T\n\n" + sentence * 60
    chunks = chunk_document(parse_markdown(text), info(), chunk_chars=300)
    assert len(chunks) > 5
    for chunk in chunks:
        assert len(chunk.text) <= 300
        assert chunk.text.endswith(".")
        assert text[chunk.start : chunk.end] == chunk.text


def test_run_on_text_without_punctuation_is_still_bounded():
    text = "word " * 2000
    chunks = chunk_document(parse_markdown(text), info(), chunk_chars=200)
    assert max(len(c.text) for c in chunks) <= 400
    assert sum(len(c.text.split()) for c in chunks) == 2000


def test_arabic_accents_and_emoji_survive():
    text = "# عنوان\n\n## القسم الأول {#first}\n\nالبيانات الشخصية محمية 🙂. Données é ç ñ ã.\n"
    chunks = chunk_document(parse_markdown(text), info(language="ar"), chunk_chars=500)
    assert chunks[0].text == "البيانات الشخصية محمية 🙂. Données é ç ñ ã."
    assert chunks[0].section_path == ("عنوان", "القسم الأول")
    assert slugify("القسم الأول") == "القسم-الاول"  # hamza folded like Latin accents
    assert slugify("Données ouvertes !") == "donnees-ouvertes"


def test_bad_front_matter_is_reported():
    with pytest.raises(DocumentError, match="front matter"):
        parse_markdown("---\ntitle: [unclosed\n---\n\nText\n")


def test_html_drops_scripts_and_keeps_headings():
    page = """<html><head><title>Page title</title><script>evil()</script></head>
    <body><nav>menu</nav><h1>Main</h1><p>First <b>bold</b> text.</p>
    <h2 id="s2">Second</h2><ul><li>Item one</li><li>Item two</li></ul></body></html>"""
    document = parse_html(page)
    assert document.metadata["title"] == "Page title"
    texts = [b.text for b in document.blocks]
    assert texts == ["Main", "First bold text.", "Second", "Item one", "Item two"]
    assert document.blocks[2].anchor == "s2"
    assert "evil" not in document.text and "menu" not in document.text
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text


def make_pdf(path, pages):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()


def test_pdf_pages_become_sections(tmp_path):
    path = tmp_path / "guide.pdf"
    make_pdf(path, [["Open data guidance for cities."], ["Second page about retention."]])
    document = parse(path, path.read_bytes())
    chunks = chunk_document(document, info(), chunk_chars=800)
    assert [c.section_id for c in chunks] == ["page-1", "page-2"]
    assert "retention" in chunks[1].text


def test_docx_headings(tmp_path):
    import docx

    word = docx.Document()
    word.add_heading("Service design", level=1)
    word.add_heading("Co-design", level=2)
    word.add_paragraph("Invite citizens early.")
    path = tmp_path / "design.docx"
    word.save(str(path))
    document = parse(path, path.read_bytes())
    chunks = chunk_document(document, info(), chunk_chars=800)
    assert chunks[0].section_path == ("Service design", "Co-design")
    assert chunks[0].text == "Invite citizens early."


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "PDF"),
        ("broken.docx", b"not a zip file", "DOCX"),
        ("latin1.md", "Donn\xe9es".encode("latin-1"), "UTF-8"),
        ("blank.md", b"   \n\n  ", "no text"),
        ("only-front-matter.md", b"---\ntitle: x\n---\n", "no text"),
    ],
)
def test_bad_files_raise_document_errors(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        check_file(path, 10_000_000)
        parse(path, path.read_bytes())


def test_check_file_rejects_type_size_and_empty(tmp_path):
    (tmp_path / "notes.xlsx").write_bytes(b"x")
    with pytest.raises(DocumentError, match="unsupported file type"):
        check_file(tmp_path / "notes.xlsx", 100)
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    with pytest.raises(DocumentError, match="too large"):
        check_file(tmp_path / "big.txt", 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(DocumentError, match="empty"):
        check_file(tmp_path / "empty.txt", 100)
