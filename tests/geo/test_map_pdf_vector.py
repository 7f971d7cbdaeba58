"""The council's PDF map stays vector: commune names are outlined text, not one picture each
(blurred text shadows were rasterised one by one: 1.5 s and 1 MB for a department)."""

from __future__ import annotations

from tests.helpers import run_cli


def test_commune_names_in_the_pdf_are_not_pictures(sample_project_path, tmp_path):
    pdf = tmp_path / "carte.pdf"
    rc, _, err = run_cli("map", str(sample_project_path), "-o", str(pdf))
    assert rc == 0, err
    data = pdf.read_bytes()
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    text = doc.getAllText(0).text()
    doc.close()
    assert "Thoiry" in text  # a commune name, as text
    # only the panels' soft shadows (title, legend) are images; before, every label was one
    assert data.count(b"/Subtype /Image") <= 4
