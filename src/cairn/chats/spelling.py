"""One-slip typo repair for the words the rules use (rules-2026.8).

Every blind set's authors typed the way children and extortionists type: "woulld be a shame",
"yor school", "they tod him", "last warnng", "dont ignoe me". A pattern written against "would"
or "told" misses each of them. This module maps a *slip* of a rule word (one letter dropped, two
neighbours swapped, one letter doubled) back to the word, but only when the slip is not itself
an English word (a dropped letter of "card" is "car") and only one rule word gives it.

Which strings are English words comes from ``pyspellchecker``'s offline English word-frequency
list (installed with the package, read from its own files; no network). Substituted letters
("pat" for "pay") are not repaired: a substitution of a short word is too often another word.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

__all__ = ["ENGLISH_FLOOR", "MIN_LENGTH", "slips", "typo_map"]

ENGLISH_FLOOR = 1000
"""A slip this frequent in the English list is a word in its own right and is left alone."""

MIN_LENGTH = 4
"""Rule words shorter than this are not repaired (a slip of a three-letter word is too often
another word or a name)."""


def slips(word: str) -> set[str]:
    """The one-slip spellings of ``word``: a letter dropped, two neighbours swapped, a letter
    doubled."""
    out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    out |= {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    }
    out |= {word[: i + 1] + word[i] + word[i + 1 :] for i in range(len(word))}
    out.discard(word)
    return out


def typo_map(vocabulary: Iterable[str], keep: Iterable[str] = ()) -> dict[str, str]:
    """Slip → rule word, for the alphabetic ``vocabulary`` words of :data:`MIN_LENGTH` or more.

    A slip is left out when it is a vocabulary word, in ``keep`` (abbreviations the normaliser
    expands), an English word of :data:`ENGLISH_FLOOR` or more, a word with an "s" added
    (a dropped apostrophe), or a slip of two rule words.
    """
    from spellchecker import SpellChecker  # loaded once, when first needed

    english = SpellChecker(language="en", distance=1).word_frequency
    words = {w for w in vocabulary if w.isalpha() and w.isascii()}
    protected = words | set(keep)
    sources: dict[str, set[str]] = defaultdict(set)
    for rule_word in words:
        if len(rule_word) >= MIN_LENGTH:
            for slip in slips(rule_word):
                sources[slip].add(rule_word)

    def is_word(text: str) -> bool:
        return text in protected or (text in english and english[text] >= ENGLISH_FLOOR)

    # "olds" is "old's" with the apostrophe dropped, not a slip of "holds": a slip whose
    # stem before a final "s" is a word is left alone
    return {
        slip: next(iter(found))
        for slip, found in sources.items()
        if len(found) == 1 and not is_word(slip) and not (slip.endswith("s") and is_word(slip[:-1]))
    }
