"""The normaliser the indicator rules match on: one spelling for the many chat spellings."""

from __future__ import annotations

import pytest

from cairn.chats.indicators import normalise
from cairn.chats.normalise import Normaliser


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # case, punctuation, apostrophes (straight and curly)
        ("How old ARE you??", "how old are you??"),
        ("Don't tell", "dont tell"),
        ("Don’t tell", "dont tell"),
        ("you're", "youre"),
        ("hey!!! what's up", "hey whats up"),
        # chat abbreviations, word by word
        ("how old r u", "how old are you"),
        ("dont tell ur mum", "dont tell your mum"),
        ("send pls", "send please"),
        ("u alone rn?", "you alone right now?"),
        ("c u 2moro", "c you tomorrow"),
        ("b4 2nite", "before tonight"),
        ("i do not know", "i dont know"),
        ("v bucks", "vbucks"),
        ("hop on vc w cam", "hop on vc with cam"),
        ("w/ my mum", "with my mum"),
        # "2" and "4" standing for words
        ("send it 2 ur friends", "send it to your friends"),
        ("a gift 4 u", "a gift for you"),
        # slashes between letters
        ("a/s/l", "asl"),
        ("13 y/o", "13 yo"),
        ("24/7", "24 7"),
        # leetspeak in short words, numbers and codes left alone
        ("s3nd p1cs", "send pics"),
        ("h0w 0ld r u", "how old are you"),
        ("ca$h app", "cash app"),
        ("my cashapp is $fastmoney88", "my cash app is $fastmoney88"),
        ("meet at 8:30", "meet at 8:30"),
        # repeated letters: to a word the rules use, else to two
        ("pleeeease send", "please send"),
        ("nowww", "now"),
        ("cooool", "cool"),
        # emoji that stand for words, other symbols dropped
        ("send 📸", "send pic"),
        ("you have 1 hr ⏳", "you have 1 hour countdown"),
        ("our secret 🤫", "our secret secret"),
        ("lol 😂", "lol"),
        # look-alike letters and styled letters
        ("ѕеnd mе а рiс", "send me a pic"),
        ("𝐬𝐞𝐧𝐝 pics", "send pics"),
        ("ｈｏｗ ｏｌｄ", "how old"),
        # currency signs are kept
        ("send £50", "send £50"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_long_tokens_are_not_unleeted() -> None:
    address = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert normalise(f"send to {address}") == f"send to {address.lower()}"


def test_vocabulary_decides_how_far_repeats_are_squeezed() -> None:
    plain = Normaliser()
    assert plain("sooo") == "soo"
    assert Normaliser(["so"])("sooo") == "so"


def test_normalise_is_idempotent_on_normalised_text() -> None:
    for raw in ("How old r u??", "dont tell ur mum!!", "pleeease send 📸 nowww"):
        once = normalise(raw)
        assert normalise(once) == once
