import pytest

from briefing.segment.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One here. Two there.", ["One here.", "Two there."]),
        # A time of day goes on with its zone or its day; before a new sentence, it ends one.
        (
            "EMBARGOED UNTIL 8:30 A.M. (Eastern) Thursday, April 16, 2020",
            ["EMBARGOED UNTIL 8:30 A.M. (Eastern) Thursday, April 16, 2020"],
        ),
        ("It opened at 8 a.m. Staff came later.", ["It opened at 8 a.m.", "Staff came later."]),
        (
            'The U.S. State Department placed it in "Tier 1". It stayed.',
            ['The U.S. State Department placed it in "Tier 1".', "It stayed."],
        ),
        ("A score of 3.5 out of 10. Next.", ["A score of 3.5 out of 10.", "Next."]),
        (
            "Said J. Smith, e.g. twice. Then Dr. Who left!",
            ["Said J. Smith, e.g. twice.", "Then Dr. Who left!"],
        ),
        ("He asked: why? Nobody knew.", ["He asked: why?", "Nobody knew."]),
        ("It ended (in 2009). In 2010 it began.", ["It ended (in 2009).", "In 2010 it began."]),
        ("no end mark", ["no end mark"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_bold_phrase_that_opens_a_paragraph_is_a_sentence_of_its_own() -> None:
    from briefing.model import Mark, Paragraph
    from briefing.segment.runs import sentences

    text = "Crown Court: volumes increased Receipts (2%) fell. Disposals rose."
    heading = Paragraph(text, (Mark("strong", 0, 30),))
    plain = Paragraph(text)
    # Written by hand: the bold run-in heading stands apart from the sentence it heads.
    assert [s.text for s in sentences(heading, str)] == [
        "Crown Court: volumes increased",
        "Receipts (2%) fell.",
        "Disposals rose.",
    ]
    assert len(sentences(plain, str)) == 2
