"""Cells a spreadsheet would run are neutralised; numbers and phones are not."""

from coopnet.core.cells import neutral, neutral_row


def test_formula_starts_get_an_apostrophe():
    for text in ('=HYPERLINK("x","y")', "+1+1", "-1+1", "@SUM(1)", "\t=1", "\r=1", "\n=1"):
        assert neutral(text) == "'" + text


def test_numbers_phones_and_plain_text_stay():
    for text in ("-12,50", "+33 6 12 34 56 78", "0612345678", "Dupont", "", "a=b"):
        assert neutral(text) == text
    assert neutral_row([3, 2.5, None, "=1"]) == [3, 2.5, "", "'=1"]
