"""Word lists about English news prose that more than one stage reads."""

from __future__ import annotations

# Legal forms written with a dot: "Cochlear Ltd." ends a name, and a sentence only when a
# sentence's opening word follows.
LEGAL_ABBREVIATIONS = frozenset({"corp", "inc", "co", "ltd", "plc", "bhd", "ag", "sa", "nv"})
# Words that open a sentence and never continue a company's name: after "Ltd." they mean a
# new sentence ("... bionic ear maker Cochlear Ltd. Across the Tasman Sea, ...").
SENTENCE_OPENERS = frozenset(
    {
        "The", "A", "An", "In", "On", "At", "Across", "Meanwhile", "Elsewhere", "But",
        "However", "Shares", "Its", "It", "This", "That", "These", "Analysts", "Investors",
        "Traders", "Separately", "Still", "Overall", "Earlier", "Later", "Last", "Over",
        "While", "After", "Before", "Since", "Despite", "Among", "Other", "Both",
    }
)  # fmt: skip


def ends_after_legal_form(word_before: str, text: str, start: int) -> bool:
    """Whether a dot after ``word_before`` (lower case, no dot) ends the sentence because
    the word at ``start`` opens a new one."""
    if word_before not in LEGAL_ABBREVIATIONS:
        return False
    end = start
    while end < len(text) and (text[end].isalpha()):
        end += 1
    return text[start:end] in SENTENCE_OPENERS
