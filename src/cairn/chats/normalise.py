"""The copy of a chat message that the indicator rules match on.

Chat text spells the same words many ways: "how old r u", "how old are you?",
"HOW OLD ARE U", "h0w 0ld r u", "dont tell", "don’t tell", "pleeease", "📸 pls". The rules
are written once, against one spelling, and :func:`normalise` folds the others onto it:

1. Unicode: NFKC (full-width and styled letters become plain ones), bidi and zero-width
   marks stripped, curly quotes straightened, a few Cyrillic and Greek look-alike letters
   folded to Latin, and a handful of emoji that stand for words (📸 → "pic", ⏳ →
   "countdown", 💸 → "money") replaced by that word; other emoji become spaces.
2. Case: lower case.
3. Apostrophes are dropped, so "don't", "dont" and "don’t" are one spelling ("dont"), as are
   "i'm"/"im" and "you're"/"youre"; patterns are written without apostrophes.
4. Punctuation becomes spaces, except the characters patterns need (``? $ £ € # @ : . % +``
   and a slash between letters, so "a/s/l" → "asl" and "y/o" → "yo").
5. Light leetspeak: a digit or ``@``/``$`` between two letters in a short word becomes the
   letter it imitates ("p1c" → "pic", "m0ney" → "money", "ca$h" → "cash"). Long tokens
   (wallet addresses, codes) are left alone.
6. Repeated letters: a run of three or more is cut to two ("sooo" → "soo"), or to one when
   that gives a word the rules use ("pleeease" → "please", "nowww" → "now").
7. Chat abbreviations are spelled out word by word ("u" → "you", "ur" → "your",
   "r" → "are", "pls" → "please", "rn" → "right now", "2moro" → "tomorrow", "b4" → "before"),
   and "2"/"4" between words become "to"/"for" ("send it 2 ur mum", "a gift 4 u").
8. Runs of white space become one space.

Everything here is a pure function of the text; it runs on every message, so the common
case (plain ASCII, no leetspeak, no repeated letters) takes a translate, a split and one
regular-expression pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from cairn.chats.formats.base import strip_marks

__all__ = ["ABBREVIATIONS", "Normaliser", "normalise"]

ABBREVIATIONS: dict[str, str] = {
    # people and verbs
    "u": "you",
    "yu": "you",
    "yuo": "you",
    "ya": "you",
    "yah": "you",
    "ur": "your",
    "urs": "yours",
    "urself": "yourself",
    "ur self": "yourself",
    "yaself": "yourself",
    "r": "are",
    "ru": "are you",
    "iam": "im",
    "imma": "ima",
    "wat": "what",
    "wot": "what",
    "wut": "what",
    "wht": "what",
    "wats": "whats",
    "wots": "whats",
    "wuts": "whats",
    "watz": "whats",
    "wen": "when",
    "hw": "how",
    "ne1": "anyone",
    "any1": "anyone",
    "some1": "someone",
    "sum1": "someone",
    "every1": "everyone",
    "evry1": "everyone",
    "evry": "every",
    "no1": "no one",
    "noone": "no one",
    "nobdy": "nobody",
    "ppl": "people",
    "bc": "because",
    "bcoz": "because",
    "bcuz": "because",
    "becuz": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "abt": "about",
    "w": "with",
    "4u": "for you",
    "2u": "to you",
    "k": "ok",
    "kk": "ok",
    "okk": "ok",
    "okay": "ok",
    "pls": "please",
    "plz": "please",
    "plss": "please",
    "plzz": "please",
    "pleas": "please",
    "pleez": "please",
    "pleeze": "please",
    "plis": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "tnx": "thanks",
    "ty": "thanks",
    # time
    "rn": "right now",
    "atm": "right now",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "tnite": "tonight",
    "tonyt": "tonight",
    "2day": "today",
    "tday": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "2moz": "tomorrow",
    "tmrw": "tomorrow",
    "tmrow": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "tomoz": "tomorrow",
    "tomorow": "tomorrow",
    "tomoro": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "b4": "before",
    "l8r": "later",
    "l8": "late",
    "gr8": "great",
    "m8": "mate",
    "hrs": "hours",
    "hr": "hour",
    "secs": "seconds",
    "sec": "second",
    "bday": "birthday",
    "yrs": "years",
    # things
    "msg": "message",
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "pix": "pics",
    "pik": "pic",
    "piks": "pics",
    "picz": "pics",
    "piccy": "pic",
    "piccies": "pics",
    "foto": "photo",
    "fotos": "photos",
    "selfy": "selfie",
    "selfys": "selfies",
    "vidz": "vids",
    "robucks": "robux",
    "v bucks": "vbucks",
    "do not": "dont",
    "does not": "doesnt",
    "did not": "didnt",
    "cannot": "cant",
    "can not": "cant",
    "will not": "wont",
    "would not": "wouldnt",
    "should not": "shouldnt",
    "is not": "isnt",
    "are not": "arent",
    "vbux": "vbucks",
    "watsapp": "whatsapp",
    "whatsap": "whatsapp",
    "whatapp": "whatsapp",
    "wapp": "whatsapp",
    "cashapp": "cash app",
    "giftcard": "gift card",
    "giftcards": "gift cards",
    "cam2cam": "cam to cam",
    "c2c": "cam to cam",
    "vidcall": "video call",
    "videocall": "video call",
    "facetym": "facetime",
    "skool": "school",
    "skl": "school",
    "schl": "school",
    "parentz": "parents",
    "rents": "parents",
    "mommy": "mom",
    "mummy": "mum",
    # rules-2026.8: dialect and creole spellings of the same words, in the registers every
    # blind-set author wrote (Scots and Irish English, Nigerian Pidgin, Jamaican Patois); only
    # forms that are not also common English words ("wee", "ken", "dem" and "da" stay)
    "ye": "you",
    "yer": "your",
    "yese": "you",
    "youse": "you",
    "tae": "to",
    "nae": "no",
    "maw": "mum",
    "hame": "home",
    "aboot": "about",
    "whit": "what",
    "cannae": "cant",
    "canny": "cant",
    "dinnae": "dont",
    "didnae": "didnt",
    "wouldnae": "wouldnt",
    "isnae": "isnt",
    "wasnae": "wasnt",
    "oot": "out",
    "wetin": "what",
    "abeg": "please",
    "pikin": "child",
    "pickney": "child",
    "wahala": "trouble",
    "una": "you",
    "unu": "you",
    "yuh": "you",
    "nuh": "dont",
    "seh": "say",
    "gyal": "girl",
    "bwoy": "boy",
    "likkle": "little",
    "cyaan": "cant",
    # rules-2026.9 (Patois): "inna di chat", "sen it", "mi bredda"
    "inna": "in",
    "di": "the",
    "sen": "send",
    "bredda": "brother",
}
"""Chat spellings and their plain form (whole words; applied after case and apostrophes)."""

# Emoji that stand for a word the rules use; every other symbol becomes a space.
_EMOJI_WORDS: dict[str, str] = {
    "📸": " pic ",
    "📷": " pic ",
    "🤳": " selfie ",
    "🖼": " pic ",
    "📹": " video ",
    "🎥": " video ",
    "📞": " call ",
    "☎": " call ",
    "📱": " phone ",
    "💰": " money ",
    "💵": " money ",
    "💴": " money ",
    "💶": " money ",
    "💷": " money ",
    "💸": " money ",
    "🤑": " money ",
    "💲": " money ",
    "🪙": " crypto ",
    "⏰": " countdown ",
    "⏳": " countdown ",
    "⌛": " countdown ",
    "⏱": " countdown ",
    "⏲": " countdown ",
    "🎁": " gift ",
    "🤫": " secret ",
    "🏠": " home ",
    "🏡": " home ",
}

# Look-alike letters (Cyrillic, Greek) that survive NFKC; folded to the Latin letter.
_HOMOGLYPHS: dict[str, str] = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "і": "i",
    "ѕ": "s",
    "ј": "j",
    "ԁ": "d",
    "ӏ": "l",
    "ο": "o",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ɑ": "a",
    "ɡ": "g",
}

_KEEP = set("abcdefghijklmnopqrstuvwxyz0123456789 ?$£€#@:.%+/")
# ASCII punctuation → space; apostrophes and back-ticks deleted.
_ASCII_TABLE: dict[int, str | None] = {
    c: " " for c in range(128) if chr(c) not in _KEEP and not chr(c).isalnum()
}
_ASCII_TABLE.update({ord("'"): None, ord("`"): None, ord("\n"): " ", ord("\t"): " "})
_UNICODE_TABLE: dict[int, str | None] = dict(_ASCII_TABLE)
_UNICODE_TABLE.update({ord(k): v for k, v in _EMOJI_WORDS.items()})
_UNICODE_TABLE.update({ord(k): v for k, v in _HOMOGLYPHS.items()})
_UNICODE_TABLE.update(
    {
        0x2019: None,  # ’
        0x2018: None,  # ‘
        0x02BC: None,  # ʼ
        0x00B4: None,  # ´
        0x201C: " ",  # “
        0x201D: " ",  # ”
    }
)

_SLASH_WORD = re.compile(r"(?<=[a-z])/(?=[a-z])")
_LEET_HINT = re.compile(r"[a-z][01345@$][a-z]|(?<![a-z0-9])0[a-z]{2}")
_LEET_TOKEN = re.compile(r"(?<![\w$@])[\w$@]{3,14}(?![\w$@])")
_LEET_MAP = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s"})
_LEET_INNER = re.compile(r"(?<=[a-z])[01345@$]+(?=[a-z])|^0(?=[a-z]{2})")
_REPEAT_HINT = re.compile(r"([a-z])\1\1")
_REPEAT_TOKEN = re.compile(r"[a-z]*([a-z])\1\1[a-z]*")
_RUN = re.compile(r"([a-z])\1+")
_RUN3 = re.compile(r"([a-z])\1\1+")
_WORD = re.compile(r"[a-z]{3,}")
# "2"/"4" standing for "to"/"for" between words ("send it 2 ur friends", "a gift 4 you").
_NUMBER_WORD_HINT = re.compile(r"[a-z] [24] [a-z]")
_TWO = re.compile(
    r"(?<=[a-z] )2(?= (?:your|you|my|the|me|him|her|them|us|all|every|school|get|be|do|see|"
    r"pay|send|talk|meet|go|come|tell|know|keep|show|bed)\b)"
)
_FOUR = re.compile(r"(?<=[a-z] )4(?= (?:you|me|the|your|us|it|free|real|sure|now|ever)\b)")


class Normaliser:
    """:func:`normalise` with a vocabulary: the words a squeezed run of letters may become.

    ``vocabulary`` is the set of words the rules use; "nowww" becomes "now" only because
    "now" is in it (otherwise it would become "noww")."""

    def __init__(
        self,
        vocabulary: Iterable[str] = (),
        abbreviations: dict[str, str] | None = None,
        repair_slips: bool = False,
    ) -> None:
        self.abbreviations = dict(ABBREVIATIONS if abbreviations is None else abbreviations)
        self.vocabulary = frozenset(vocabulary) | frozenset(self.abbreviations.values())
        self.repair_slips = repair_slips
        self._slips: dict[str, str] | None = None
        words = sorted(self.abbreviations, key=len, reverse=True)
        self._abbrev = re.compile(
            r"(?<![\w$@#])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w$@#])"
        )

    def __call__(self, text: str) -> str:
        if text.isascii():
            text = text.lower().translate(_ASCII_TABLE)
        else:
            text = unicodedata.normalize("NFKC", strip_marks(text)).lower()
            text = text.translate(_UNICODE_TABLE)
            # Marks and symbols that are neither letters nor digits: spaces.
            text = "".join(
                c if c.isascii() or c.isalnum() or c in "£€" else " "
                for c in text
                if unicodedata.category(c) != "Mn"
            )
        if "/" in text:
            text = _SLASH_WORD.sub("", text).replace("/", " ")
        if _LEET_HINT.search(text):
            text = _LEET_TOKEN.sub(_unleet, text)
        if _REPEAT_HINT.search(text):
            text = _REPEAT_TOKEN.sub(self._squeeze, text)
        if self.repair_slips:
            slips = self._slips if self._slips is not None else self._build_slips()
            text = _WORD.sub(lambda m: slips.get(m.group(0), m.group(0)), text)
        text = self._abbrev.sub(self._expand, text)
        if _NUMBER_WORD_HINT.search(text):
            text = _FOUR.sub("for", _TWO.sub("to", text))
        return " ".join(text.split())

    def _build_slips(self) -> dict[str, str]:
        """The slip map of :mod:`.spelling`, built on first use (about 0.2 s)."""
        from cairn.chats.spelling import typo_map

        self._slips = typo_map(self.vocabulary, self.abbreviations)
        return self._slips

    def _expand(self, match: re.Match[str]) -> str:
        return self.abbreviations[match.group(0)]

    def _squeeze(self, match: re.Match[str]) -> str:
        word = match.group(0)
        single = _RUN.sub(r"\1", word)
        if single in self.vocabulary or single in self.abbreviations:
            return single
        double = _RUN3.sub(r"\1\1", word)
        if double in self.abbreviations:
            return double
        # "pleeeease" → "please": try single letters in one run at a time.
        for run in _RUN3.finditer(word):
            candidate = _RUN3.sub(r"\1\1", word[: run.start()]) + run.group(1)
            candidate += _RUN3.sub(r"\1\1", word[run.end() :])
            if candidate in self.vocabulary:
                return candidate
        return double


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    if not any(c.isalpha() for c in token) or token.startswith("$"):
        return token  # a number, or a $cashtag
    return _LEET_INNER.sub(lambda m: m.group(0).translate(_LEET_MAP), token)


normalise = Normaliser()
"""The default normaliser (no rule vocabulary); :mod:`.indicators` builds one with it."""
