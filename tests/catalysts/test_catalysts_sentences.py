"""Sentence boundaries that news text needs: abbreviations, initials, quotes, headlines."""

from __future__ import annotations

from tickerwire.catalysts.sentences import sentence_index, split_sentences


def texts(text: str, body_start: int = 0) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, body_start)]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = (
        "Shares of Semiconductor Manufacturing International Corp. (SMIC) surged on Monday. "
        "U.S. President Donald J. Trump spoke in Jan. about tariffs. Apple Inc. fell 2%."
    )
    assert texts(text) == [
        "Shares of Semiconductor Manufacturing International Corp. (SMIC) surged on Monday.",
        "U.S. President Donald J. Trump spoke in Jan. about tariffs.",
        "Apple Inc. fell 2%.",
    ]


def test_a_closing_quote_stays_with_its_sentence_and_numbers_do_not_split():
    text = '"Growth will slow," he said. "It is 2.5% now." Rates rose 0.25 points.'
    assert texts(text) == [
        '"Growth will slow," he said.',
        '"It is 2.5% now."',
        "Rates rose 0.25 points.",
    ]


def test_headline_paragraphs_and_lookup():
    text = "SMIC Soars on AI Boom\n\nShares rose 5%. They fell later.\n\nA new paragraph."
    sentences = split_sentences(text, text.index("Shares"))
    assert [s.headline for s in sentences] == [True, False, False, False]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert sentence_index(sentences, text.index("fell")) == 2


def test_boundary_marks_quotes_and_newlines():
    text = 'He said "Sell!" Then what?! (Nobody knew.) 5.2% fell.\n\nNew line. a lower start'
    assert texts(text) == [
        'He said "Sell!"',
        "Then what?!",
        "(Nobody knew.)",
        "5.2% fell.",
        "New line. a lower start",
    ]
    sentences = split_sentences(text, body_start=len('He said "Sell!"'))
    assert [s.headline for s in sentences] == [True, False, False, False, False]
    assert sentence_index(sentences, text.index("Nobody")) == 2
    assert sentence_index(sentences, 0) == 0


def test_a_legal_form_before_a_sentence_opener_ends_the_sentence():
    from tickerwire.catalysts.sentences import split_sentences
    from tickerwire.moves.sentences import sentence_starts

    text = (
        "It was lifted by Cochlear Ltd. Across the Tasman Sea, the NZX 50 rose. "
        "Shares of Harbor Co. Ltd. Chief Executive Ann Lee spoke."
    )
    second = text.index("Across")
    third = text.index("Shares")
    assert sentence_starts(text) == [0, second, third]
    assert [s.start for s in split_sentences(text)] == [0, second, third]
