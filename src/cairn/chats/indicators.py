"""Risk indicators: lexicon rules that fire on single messages, grouped in families.

Each rule has a ``name``, a ``family`` and a ``role``: ``actor`` rules describe what the
other party does (asks the age, asks for secrecy, offers gifts, threatens), ``target``
rules what a possible child discloses (their age, their school, being alone). The role is
part of the rule, so "how old are you" and "I'm 13" are different indicators, and the
assessment can tell who said what. The cues follow the non-explicit indicators in the
research and agency literature (O'Connell's stages, MOGD, NCMEC/FBI/NCA sextortion alerts,
AUSTRAC and IJM on live-streamed abuse); see docs/chats.md. No rule needs sexual words:
the lexicons hold risk cues only.

Rules match on the normalised copy of the text (:mod:`.normalise`: case, apostrophes,
punctuation, leetspeak, repeated letters and chat abbreviations folded), so each pattern is
written once, in plain apostrophe-free spelling ("dont", "im", "youre"), and covers its
variants. Patterns are written as *families of paraphrases*, not sentences: a verb class
times an object class times an audience class ("I'll post / share / send / leak" ×
"it / them / your pics" × "to / with" × "your friends / family / school / followers"),
with shared vocabularies (``{audience}``, ``{money}``, ``{rail}``, ``{child}``…) expanded
below.

One cue needs the conversation, not the message: a bare number ("13", "14 lol", "28, u?")
after someone else asked or told an age counts as the writer's age (:func:`scan`).

Each alternative of a rule is searched only when the message contains one of its
*keywords*, which are derived from the pattern itself (see the prefilter section), so the
lexicons can grow without slowing the scan of ordinary small talk.
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from cairn.chats import composed
from cairn.chats.composed import composed_cues
from cairn.chats.normalise import Normaliser
from cairn.chats.paraphrases import EXTRA, SUBS
from cairn.model.chat import Indicator, Message

__all__ = [
    "ACTOR",
    "CONTEXTS",
    "FAMILIES",
    "PICTURE_REFERENCE",
    "RULES",
    "TARGET",
    "Rule",
    "Scan",
    "compile_rules",
    "find_indicators",
    "normalise",
    "scan",
    "stated_ages",
]

ACTOR = "actor"
TARGET = "target"

FAMILIES: dict[str, str] = {
    "age": "age and school: asked, or disclosed by a possible child",
    "secrecy": "asking to keep the contact secret",
    "trust_isolation": "trust-building and isolation from family and friends",
    "supervision": "checks on supervision (is anyone home, are you alone)",
    "platform_move": "moving the conversation to another platform or a private number",
    "deletion": "asking to delete messages or hide the chat",
    "image_request": "requests for photos, video or the camera",
    "gifts_money": "gifts, game currency or money offered",
    "meeting": "arranging to meet in person",
    "sextortion": "threat to share, leverage held, demand, deadline, payment instructions",
    "live_streaming": "paid live-streaming: scheduling, payment, a child on camera",
}
"""Every indicator family with what it covers (the report and docs use these words)."""

# Shared vocabularies, expanded into the patterns below. Text is already normalised: lower
# case, no apostrophes ("dont", "im", "youre"), "u"/"ur"/"r" spelled out.
_MINOR = r"(?:1[0-7]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
_N = r"(?:\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|sixty|half an?)"
_SUBS = {
    "{minor}": _MINOR,
    "{n}": _N,
    "{time_unit}": r"(?:seconds?|minutes?|mins?|hours?|days?)",
    "{im}": r"(?:im|i am)",
    "{youre}": r"(?:youre|you are|your)",
    "{ill}": r"(?:ill|i will|id|i would|ima|im gonna|im going to|i am going to|gonna|i can|"
    r"i could|im about to|i am about to|i shall|i might)",
    "{parent}": r"(?:mum|mom|mam|mother|dad|father|parent|folks|family|step ?(?:mum|mom|dad)|"
    r"gran|nan|nana|grandma|grandad|grandpa|granny|carer|guardian|foster (?:mum|mom|dad|"
    r"parent)|auntie|aunty|aunt|uncle)s?",
    "{platform}": r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|telegram|tg|whatsapp|wa|kik|discord|"
    r"signal|wickr|session|threema|tiktok|skype|line|viber|wechat|messenger|google chat|"
    r"hangouts|my number|my other (?:account|number|app)|another app|a different app|"
    r"private (?:app|chat))",
    "{app}": r"(?:snap(?:chat)?|insta(?:gram)?|telegram|whatsapp|kik|discord|signal|wickr|"
    r"threema|tiktok|skype|viber|wechat|messenger)",
    "{pic}": r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|image|images|video|"
    r"videos|vid|vids|snap|snaps|clip|clips|recording|recordings|footage)",
    "{cam}": r"(?:cam|camera|webcam|web cam|face ?cam|video)",
    "{child}": r"(?:kid|kids|kiddo|girl|girls|boy|boys|child|children|little ones?|young ones?|"
    r"small ones?|younger ones?|other ones?|new ones?|baby|babies|niece|nieces|nephew|nephews|"
    r"daughter|daughters|son|sons|cousin|cousins|little sis(?:ter)?|little bro(?:ther)?|"
    r"youngest|youngest one|eldest|little girl|little boy|bunso|anak|bata|apo|pamangkin|minor|"
    r"minors)",
    "{child_adj}": r"(?:(?:other|younger|youngest|little|small|smaller|new|older|baby|second|"
    r"first)\s)?",
    "{money}": r"(?:money|cash|payment|funds|the amount|the rest|\$ ?\d[\d,.]*k?|£ ?\d[\d,.]*k?|"
    r"€ ?\d[\d,.]*k?|\d[\d,.]*k? ?(?:usd|gbp|eur|dollars?|pounds?|euros?|bucks|quid|php|"
    r"pesos?|naira|cad|aud)\b|\d+k\b|bitcoin|btc|crypto|usdt)",
    "{rail}": r"(?:cash ?app|venmo|zelle|paypal|apple pay|google pay|gpay|chime|revolut|skrill|"
    r"btc|bitcoin|crypto|usdt|tether|eth|ethereum|litecoin|ltc|binance|coinbase|"
    r"wallet address|wire transfer|bank transfer|"
    r"(?:steam|apple|itunes|google play|amazon|razer gold|vanilla|visa|ebay|xbox|psn|"
    r"playstation|prepaid|sephora|target|walmart)(?: gift)? ?cards?|gift ?cards?|steam wallet|"
    r"razer gold|paysafe ?card|netspend|payid|upi)",
    "{people}": r"(?:friends|family|followers|following|school|classmates|class|teachers?|"
    r"parents|mum|mom|dad|contacts|friends? list|relatives|cousins|siblings|sister|brother|"
    r"grandparents|team|teammates|coach|church|boss|work|job|girlfriend|boyfriend|gf|bf|"
    r"neighbou?rs|group ?chats?|gcs?|college|uni|town|street|grandma|grandpa|nan|gran|squad|crew|"
    r"club|year group|form group|tutor group|form)",
    "{audience}": r"(?:(?:all (?:of )?)?(?:your |his |her )(?:whole |entire )?{people}|"
    r"every(?:one|body) (?:you know|on your \w+|in your \w+|at your \w+)|every contact|"
    r"people you know|all your contacts)",
    "{bare_audience}": r"(?:(?:all )?(?:friends|family|followers|school|classmates|parents|"
    r"contacts)|every(?:one|body)|them all|all of them)",
    "{target_obj}": r"(?:it|this|them|these|those|that|everything|it all|all of it|your \w+|"
    r"the (?:video|videos|pics?|pictures?|photos?|recording|screenshots?|chat|convo|clip)|"
    r"what you \w+)",
    # a picture *of a thing* ("a pic of the timetable", "photos of the frame") is not a
    # request for the person's image
    "{of_thing}": r"(?! (?:of|from) (?:the|it|this|that|a|an|my|his|her|their|our|them|those|"
    r"these|your (?!face|self|body|outfit|room|bed))\b)",
    "{platform_aud}": r"(?:instagram|insta|facebook|fb|tiktok|snapchat|twitter|the internet|"
    r"internet|online|social media|socials|reddit|youtube)",
    **SUBS,
}


def _expand(pattern: str) -> str:
    """The pattern with the shared vocabularies (``{audience}``, ``{money}``…) written out."""
    while "{" in pattern and any(key in pattern for key in _SUBS):
        for key, value in _SUBS.items():
            pattern = pattern.replace(key, value)
    return pattern


# --- keyword prefilter ---------------------------------------------------------------------
# Running every rule's regular expression on every message is the cost of the assessment.
# Most messages are small talk that no rule can match, so each rule carries *keywords*,
# derived from its pattern (not written by hand): a set of letter-run prefixes such that
# every match contains a letter run starting with one of them ("#d", "#$", "#@", "#?" stand
# for a digit, "$", "@", "?"). A rule is searched only when the message has one. The
# derivation reads the parsed pattern (``re._parser``, private but stable since 3.11); when
# it cannot prove a requirement for every alternative, the rule has no keywords and is
# always searched. tests/chats checks that the filtered and unfiltered scans agree.

_KEY_LEN = 5  # keywords are cut to this many letters (a shorter prefix is still required)
_COMMON = frozenset(
    re.findall(
        r"\w+",
        "a an and are at be can do for get got have i if im in is it me my no not of on or so "
        "that the this to up we what with you your all see back some how new like much time "
        "day night one out will would know good now there here want go come think make well "
        "really right yeah lol ok love why when where who they them he she his her our us been "
        "was were did had has from by as but about more very too than then just dont",
    )
)
"""Words too frequent to make a good keyword (they would let most messages through)."""
_SPECIAL = {ord("$"): "#$", ord("@"): "#@", ord("?"): "#?"}


def _cost(keys: frozenset[str]) -> float:
    """How often a set of keywords would let a rule through (lower is better)."""
    total = 0.0
    for key in keys:
        if key == "#d":
            total += 3.0
        elif key.startswith("#"):
            total += 1.0 if key != "#?" else 4.0
        elif key in _COMMON or len(key) == 1:
            total += 10.0
        elif len(key) == 2:
            total += 3.0
        else:
            total += 1.0 / len(key)
    return total


def _letter(code: int) -> bool:
    return 97 <= code <= 122


def _class_kind(items: list[tuple[Any, Any]]) -> str:
    """What a character class can match: "letter", "digit" (digits only) or "other"."""
    kind = "other"
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            if _letter(av) or chr(av).isalpha():
                return "letter"
            if chr(av).isdigit():
                kind = "digit" if kind in ("other", "digit") else kind
        elif name == "RANGE":
            low, high = av
            if low <= 122 and high >= 65:
                return "letter"
            if low >= 48 and high <= 57:
                kind = "digit"
        elif name == "CATEGORY":
            if str(av) == "CATEGORY_DIGIT":
                kind = "digit"
            elif str(av) in ("CATEGORY_SPACE",):
                continue
            else:
                return "letter"
        elif name == "NEGATE":
            return "letter"
        else:
            return "letter"
    return kind


def _sequence(
    items: Any, anchored: bool, prefix: str = ""
) -> tuple[frozenset[str] | None, bool, bool]:
    """(best keyword set, anchored after, can match empty) for a parsed sequence.

    ``anchored``: the character before the current position is not a letter, so a letter
    literal here starts a letter run of the text. ``prefix``: the letters of an anchored run
    that this sequence continues (the parser factors "asl|age" into "a" + "sl|ge")."""
    best: frozenset[str] | None = None
    run = prefix  # letters of the current literal run, when it started anchored
    empty = True

    def offer(keys: frozenset[str] | None) -> None:
        nonlocal best
        if keys and (best is None or _cost(keys) < _cost(best)):
            best = keys

    def close_run() -> None:
        nonlocal run
        if run:
            offer(frozenset({run[:_KEY_LEN]}))
        run = ""

    in_run = bool(prefix)  # inside a letter run (anchored or not)
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            empty = False
            if _letter(av):
                if not in_run:
                    in_run = True
                    run = chr(av) if anchored else ""
                elif run:
                    run += chr(av)
                anchored = False
                continue
            close_run()
            in_run = False
            char = chr(av)
            if char.isdigit():
                offer(frozenset({"#d"}))
            elif av in _SPECIAL:
                offer(frozenset({_SPECIAL[av]}))
            anchored = True
            continue
        carried = run if name in ("SUBPATTERN", "BRANCH") else ""
        if not carried:
            close_run()
        run, in_run = "", False
        if name == "AT":
            if str(av) in ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING"):
                anchored = True
            elif str(av) == "AT_NON_BOUNDARY":
                anchored = False
        elif name in ("ASSERT", "ASSERT_NOT"):
            pass  # zero width: the character before is unchanged
        elif name == "IN":
            empty = False
            kind = _class_kind(av)
            if kind == "digit":
                offer(frozenset({"#d"}))
            anchored = kind != "letter"
        elif name == "SUBPATTERN":
            keys, after, can_empty = _sequence(av[-1], anchored, carried)
            offer(keys)
            if carried and can_empty:
                offer(frozenset({carried[:_KEY_LEN]}))
            anchored = after and (anchored or not can_empty)
            empty = empty and can_empty
        elif name == "BRANCH":
            union: set[str] = set()
            complete = True
            all_after, any_empty = True, False
            for branch in av[1]:
                keys, after, can_empty = _sequence(branch, anchored, carried)
                if keys is None and carried:
                    keys = frozenset({carried[:_KEY_LEN]})
                all_after = all_after and after
                any_empty = any_empty or can_empty
                if keys is None:
                    complete = False
                else:
                    union |= keys
            if complete:
                offer(frozenset(union))
            elif carried:
                offer(frozenset({carried[:_KEY_LEN]}))
            anchored = all_after and (anchored or not any_empty)
            empty = empty and any_empty
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, body = av
            keys, after, can_empty = _sequence(body, anchored)
            if low >= 1:
                offer(keys)
                empty = empty and can_empty
                anchored = after
            else:
                anchored = after and anchored
        else:  # ANY, NOT_LITERAL, GROUPREF, CATEGORY…: may be a letter
            empty = False
            anchored = False
    close_run()
    return best, anchored, empty


def _keywords(pattern: str) -> frozenset[str] | None:
    """Keywords every match of ``pattern`` needs, or None when none can be proven."""
    try:
        parsed = importlib.import_module("re._parser").parse(pattern)
    except Exception:  # pragma: no cover - a Python without re._parser: always search
        return None
    keys, _after, _empty = _sequence(list(parsed), True)
    return keys


@dataclass(frozen=True, slots=True)
class Part:
    """One alternative of a rule, compiled alone, with the keywords every match contains
    (None: no keyword could be proven, always searched); see :func:`_keywords`."""

    pattern: re.Pattern[str]
    keywords: frozenset[str] | None


# Compiling the ~1,100 alternatives (and deriving their keywords) takes about a second, and
# the CLI imports this module for every command: rules keep their pattern *text* and compile
# on first use, once per process. The lock makes threads that race on the first scan compile
# each rule once; compiled patterns are immutable and shared afterwards.
_COMPILE_LOCK = threading.Lock()


class Rule:
    """One lexicon rule: a pattern, the family it counts for and who says it.

    ``pattern`` is the whole rule (any alternative); ``parts`` are the alternatives one by
    one, which :func:`scan` searches only when the message holds one of their keywords.
    Both find the same messages. Both are compiled on first use (``source`` is the text)."""

    __slots__ = (
        "_parts",
        "_pattern",
        "alternatives",
        "family",
        "name",
        "offer_blind",
        "role",
        "source",
    )

    def __init__(
        self,
        name: str,
        family: str,
        role: str,
        source: str,
        alternatives: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.name = name
        self.family = family
        self.role = role
        self.source = source
        """The whole pattern's text (vocabularies expanded)."""
        self.alternatives = alternatives
        """Each alternative as (guarded text searched, bare text its keywords come from)."""
        self._pattern: re.Pattern[str] | None = None
        self._parts: tuple[Part, ...] | None = None
        self.offer_blind = name in _OFFER_BLIND
        """A match right after "I'll", "we"… is an offer and does not count."""

    def search(self, text: str, pattern: re.Pattern[str] | None = None) -> bool:
        """Whether the rule (or one of its ``parts``' patterns) fires on normalised text."""
        pattern = self.pattern if pattern is None else pattern
        if self.offer_blind:
            return _search_not_offer(pattern, text)
        return pattern.search(text) is not None

    def __repr__(self) -> str:
        return f"Rule({self.name!r}, {self.family!r}, {self.role!r})"

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole rule, compiled on first use."""
        pattern = self._pattern
        if pattern is None:
            with _COMPILE_LOCK:
                if self._pattern is None:
                    self._pattern = re.compile(self.source)
                pattern = self._pattern
        return pattern

    @property
    def parts(self) -> tuple[Part, ...]:
        """The alternatives, each compiled alone with its keywords, on first use."""
        parts = self._parts
        if parts is None:
            with _COMPILE_LOCK:
                if self._parts is None:
                    self._parts = tuple(
                        Part(re.compile(guarded), _keywords(bare))
                        for guarded, bare in self.alternatives
                    )
                parts = self._parts
        return parts


_QUESTION_GUARD = r"^(?!.*\?\s*$).*?"  # the message is not a question


# The writer's own sending or paying is an offer, not a request or a demand (rules-2026.4):
# "I'll send one", "we pay $400 for the slot via PayPal". A match of these rules right after
# such a subject, or starting inside an amount ("$|400 via paypal"), does not count. Checked
# after a match (rare), not as look-behinds in the patterns, which would run at every position.
_OFFER_BLIND = frozenset({"image_request", "payment_demand"})
_OFFER_SUBJECT = re.compile(
    r"(?:\b(?:i|we|ill|ive|weve|i will|we will|i can|we can|i could|we could|i already|"
    r"we already|i just|we just|i would|we would|i shall)(?: pay)? |[$£€\d])\Z"
)


def _search_not_offer(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches ``text`` somewhere not right after an offering subject."""
    return any(
        _OFFER_SUBJECT.search(text, max(0, m.start() - 24), m.start()) is None
        for m in pattern.finditer(text)
    )


def _rule(
    name: str, family: str, role: str, *patterns: str, statement: bool = False, unless: str = ""
) -> Rule:
    """A rule from alternative patterns; ``statement`` rules skip questions ("mum out?"), and
    none fires on a message that ``unless`` matches anywhere ("mum's out, dad's here")."""
    patterns = (*patterns, *EXTRA.get(name, ()))  # rules-2026.4 classes (.paraphrases)
    guard = _QUESTION_GUARD if statement else ""
    if unless:
        guard = (
            f"^(?!.*(?:{unless})){guard.removeprefix('^')}" if guard else f"^(?!.*(?:{unless})).*?"
        )
    alternatives = tuple((_expand(f"{guard}(?:{p})"), _expand(p)) for p in patterns)
    whole = guard + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"
    return Rule(name, family, role, _expand(whole), alternatives)


_NOT_AGE_UNIT = (
    r"(?!\s*(?:min|mins|minutes?|hours?|hrs?|h\b|km|k\b|miles?|mi\b|%|percent|pounds?|quid|"
    r"dollars?|euros?|bucks|kg|kilos?|lbs?|cm|ft|feet|foot|inch|inches|m\b|meters?|metres?|"
    r"times|x\b|of\b|out of|seconds?|secs?|days?|weeks?|months?|pm|am|oclock|:|\.\d|,\d|/|"
    r"points?|pts|levels?|lvl|goals?|kills?|wins?|games?|stone|st\b|mph|kph|rounds?|laps?|"
    r"away|behind|ahead|down\b|in a row|more|left|hundred|thousand|years? (?:in|into|at|"
    r"of|with|since|here|there|experience|ago|now)))"
)

RULES: tuple[Rule, ...] = (
    # --- age and school -------------------------------------------------------------------
    _rule(
        "age_question",
        "age",
        ACTOR,
        r"\bhow old (?:\w+ ){0,2}?(?:are you|you are|you|are u)\b",
        r"\bhow old\s*(?:\?|$)",
        r"\bhow young (?:are )?you\b",
        r"\b(?:what|whats) (?:is )?your age\b",
        r"\bwhat age (?:are|were|is) (?:you|ya)\b",
        r"\bwhat age you\b",
        r"\byour age(?: is| again| tho| though)?\s*\?",
        r"\bage\s*\?\s*$",
        r"\b(?:asl|age sex loc(?:ation)?)\b",
        r"\b(?:are )?you (?:even |like |only |still |over |under )?(?:1[0-8]|[5-9]|eighteen|legal|"
        r"old enough|underage|a minor|a kid|a teen|a teenager|in your teens|over 18|under 18)"
        r"\s*\?",
        r"\bare you (?:even |only |still )?(?:legal|old enough|underage|a minor|a teen|"
        r"a teenager|in your teens|over 18|under 18|over eighteen|under eighteen)\b",
        r"\b(?:are )?you (?:like |about |around )?{minor} or (?:something|what|so)\b",
        r"\byou (?:must be|are probably|look|seem|are like|are what) (?:like |what |about |"
        r"around )?{minor}\b" + _NOT_AGE_UNIT,
        r"\b(?:when|what year) (?:were|was) you born\b",
        r"\b(?:what|which) year (?:were )?you born\b",
        r"\byour (?:birth ?year|year of birth|dob|date of birth)\b",
        r"\bhow many (?:years|birthdays) (?:are|have) you\b",
        r"\byou (?:look|seem|sound) (?:so |really |very |quite |a lot |much )?(?:young|younger)\b",
        r"\bhow many (?:candles|birthdays)\b",
        r"\bhow old (?:will|would|are) you (?:be|turn|turning)\b",
        r"\b(?:primary|elementary|middle school|junior high|high school|secondary|"
        r"school) or (?:secondary|high school|college|uni|university|middle school|working|work|"
        r"a job)\b",
        r"\b{youre} (?:like |about |around |probably |maybe |only )?{minor}"
        + _NOT_AGE_UNIT
        + r"(?: right| yeah| yes| or| tho|\s*\?)",
        r"\bhow old (?:now|this year)\s*\??$",
    ),
    _rule(
        "child_age_question",
        "age",
        ACTOR,
        r"\bhow old(?: is|s| are|s is) (?:the|that|this|your) {child_adj}{child}\b",
        r"\bhow old (?:is|s) (?:she|he)\b",
        r"\b(?:she|he|they)(?: is|s| are)? (?:still )?(?:under|below|not yet|"
        r"younger than) (?:1[0-8]|[5-9])\b",
    ),
    _rule(
        "child_age_stated",
        "age",
        ACTOR,
        r"\b(?:she|he|the (?:\w+ )?{child}|my (?:\w+ )?{child}|the (?:boy|girl|youngest|eldest|"
        r"little one|small one))(?: is|s| are| just turned| turned| will be| turns) (?:only |just |"
        r"almost |nearly |still )?{minor}\b" + _NOT_AGE_UNIT,
        r"\b(?:she|he|the (?:\w+ )?{child}|my (?:\w+ )?{child})(?: is|s) in (?:year|yr|grade|"
        r"form) ?"
        r"(?:[1-9]|1[0-3])\b",
    ),
    _rule(
        "school_question",
        "age",
        ACTOR,
        r"\b(?:what|which|whats) (?:school )?(?:year|yr|grade|class|form|standard|std|level) "
        r"(?:are |is )?(?:you|your) (?:in|at)\b",
        r"\b(?:what|which) (?:year|yr|grade|form) (?:are you|you are|you|r you)\b",
        r"\b(?:what|which|whats) (?:school|college)\b(?! (?:did|were|was) )",
        r"\bwhat school do you\b",
        r"\b(?:what|which) (?:year|grade|class|form) (?:of|at|in) (?:school|high school|"
        r"middle school|secondary|primary)\b",
        r"\bwhere do you (?:go to )?school\b",
        r"\b(?:are )?you (?:still |even |already )?(?:in|at|doing|starting) (?:school|"
        r"middle school|high school|junior high|secondary|primary|elementary|sixth form|"
        r"gcses?|a levels|(?:year|grade|yr) \d+|\d+(?:st|nd|rd|th) grade)\b",
        r"\b(?:do|did) you (?:still )?(?:go to|have|attend) school\b",
        r"\b(?:are|r) you a (?:freshman|sophomore)\b",
        r"\b(?:are|r) you in (?:year|yr|grade|form) ?\d",
        r"^\s*(?:what|which) (?:grade|year|class|form|school)\s*\?",
        r"\b(?:do|did) you (?:go to|attend) (?:high|middle|secondary|primary|elementary|junior "
        r"high|grammar) school\b",
        r"\bor (?:still )?(?:at|in) (?:school|high school|middle school|college)\b",
    ),
    _rule(
        "minor_age_stated",
        "age",
        TARGET,
        r"\b{im} (?:only |just |nearly |almost |like |turning |about to turn |gonna be |"
        r"going to be )?{minor}\b" + _NOT_AGE_UNIT,
        r"\b{minor} ?(?:yo|y o|yrs? old|years? old|year old|yrs|years of age)\b",
        r"(?<!\bshe )(?<!\bhe )(?<!\bshes )(?<!\bhes )\b(?:just )?turned {minor}\b" + _NOT_AGE_UNIT,
        r"\bturning (?:{minor}|18|eighteen)\b" + _NOT_AGE_UNIT,
        r"\b(?:1[0-7]|[5-9]),? (?:nearly|almost|going on|turning|soon) (?:1[0-8])\b",
        r"\b(?:1[0-7]|[5-9]) in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
        r"\b(?:ill|i will) be {minor} (?:in|on|next|soon|this)\b",
        r"\bmy age is {minor}\b",
        r"\b(?:were|we are) (?:only |both |all )?{minor}\b" + _NOT_AGE_UNIT,
        r"\bmy (?:1[0-7]|[5-9])(?:st|nd|rd|th) (?:birthday|bday)\b",
        r"^\s*(?:1[0-7]|[5-9]) ?(?:f|m|female|male|girl|boy)\b",
        r"\b(?:my )?{parent} (?:wont|doesnt|dont|wouldnt|never) let me\b",
        r"\b{im} (?:grounded|not allowed)\b",
        r"\b(?:past )?my (?:bedtime|curfew|pocket money|allowance)\b",
        r"\b(?:1[0-7]|[5-9]),? (?:but |and )?(?:nearly|almost|going on|turning|soon) (?:1[0-8])\b",
        r"(?<!\bshe is )(?<!\bhe is )(?<!\bshes )(?<!\bhes )\b{minor} (?:next|this) "
        r"(?:month|year|week|birthday)\b",
    ),
    _rule(
        "school_stated",
        "age",
        TARGET,
        r"\b{im} (?:(?:still|only|just|now|currently) )?(?:in|at|doing|starting|going into) "
        r"(?:year|yr|grade|form|primary|p|standard|std|class) ?(?:[1-9]|1[0-3])\b(?! of (?:my|the|"
        r"uni|college|university|a|his|her))",
        r"\b(?:{im} |just started |starting |going into )?in (?:the )?(?:[1-9]|1[0-2])(?:st|nd|"
        r"rd|th) (?:grade|year|form|class|std)\b",
        r"\b{im} (?:a |still a |only a |just a )?(?:freshman|sophomore|(?:[1-9]|1[0-2])(?:st|nd|"
        r"rd|th) grader|middle schooler|high schooler|schoolgirl|schoolboy)\b",
        r"\b{im} (?:still )?(?:in|at) (?:primary|middle|junior high|secondary|high|elementary|"
        r"grammar|prep) school\b",
        r"\bmy (?:form tutor|class teacher|homeroom|head ?teacher|principal|school (?:bus|"
        r"uniform|trip|report|disco|play)|gcses?|sats|year group)\b",
        r"\b(?:got|have|doing|do|finish|finished|finishing|started|ive got|i have) (?:my |so much |"
        r"loads of |lots of |a lot of |some |a bunch of |tons of |too much )?homework\b",
        r"\bmy homework\b",
        r"\bafter school (?:club|today|tomorrow|practice)\b",
        r"\b(?:im|i am|i was) (?:at|in) school\b",
        r"\b(?:have|got) school (?:tomorrow|in the morning|early)\b",
        r"^\s*(?:in )?(?:year|yr|grade|form) (?:[1-9]|1[0-3])\b(?: (?:lol|haha|now|you|why|and you|"
        r"hbu|wbu|\?))*\s*\??$",
        r"^\s*(?:in )?(?:[1-9]|1[0-2])(?:st|nd|rd|th) (?:grade|year)\b(?: (?:lol|haha|now|you|why|"
        r"and you|hbu|wbu|\?))*\s*\??$",
        r"^\s*(?:im |i am )?(?:in )?(?:year|yr|grade|form|primary|standard) (?:[1-9]|1[0-3])\b"
        r"(?! (?:of|at|in) )(?!.*\b(?:uni|university|degree|college|phd|apprenticeship|course)\b)"
        r"(?: \w+){0,3}\s*[?!.]*$",
        r"^\s*(?:im |i am )?(?:in )?(?:[1-9]|1[0-2])(?:st|nd|rd|th) (?:grade|year|form)\b"
        r"(?! (?:of|at|in) )(?!.*\b(?:uni|university|degree|college|phd|apprenticeship|course)\b)"
        r"(?: \w+){0,3}\s*[?!.]*$",
        r"\b(?:im|i am|shes|she is|hes|he is) in (?:year|yr|grade|form) ?(?:[1-9]|"
        r"1[0-3])\b(?! of (?:my|the|uni|college|university))",
    ),
    # --- secrecy ----------------------------------------------------------------------------
    _rule(
        "secrecy_request",
        "secrecy",
        ACTOR,
        r"\b(?:dont|do not|never|dont ever|you cant|you mustnt|must not|better not|"
        r"dont you dare|no telling) (?:ever )?(?:tell|show|let on to|say anything to|talk to|"
        r"breathe a word to|mention (?:me|us|this|it|our \w+|that|anything)(?: to)?) "
        r"(?:any ?one|any ?body|no ?one|your|his|her|people|them|ppl|the others|{parent}|teachers?|"
        r"friends|police|cops|others|a soul|a word|him|her|my (?:mum|mom|dad|parents|family))\b",
        r"\b(?:dont|do not|never) (?:tell|say) (?:a soul|a word|anything)\b",
        r"\b(?:dont|do not|never) mention (?:me|us|this|our)\b",
        r"\bkeep (?:this|it|us|me|that|our \w+|what we \w+|everything)(?: \w+)? (?:a )?(?:secret|"
        r"private|quiet|hidden|between us|on the (?:low|dl|down ?low)|to yourself|hush)\b",
        r"\bour (?:little |lil |special |own )?secret\b",
        r"\b(?:can|will|could) you keep (?:a|our) secret\b",
        r"\b(?:its|it is|this is|that is|thats) (?:a |our )?secret\b",
        r"\bbetween (?:you and me|you and i|me and you|us two|the two of us)\b",
        r"\b(?:just|only|stays?|keep it|keep this|is|remain|remains) between (?:us|ourselves)\b",
        r"\b(?:no ?one|nobody) (?:else )?(?:needs|has|have|will|should|can|must|gets|is going|"
        r"is gonna|ever needs|ever has) (?:to )?(?:know|find out|see|hear)\b",
        r"\b(?:they|people|others|adults|grown ups|no ?one|nobody) (?:wouldnt|wont|would not|"
        r"will not|would never|will never|could never|would|will) (?:ever )?(?:understand|get it|"
        r"get us|approve|accept)",
        r"\b(?:would|will|might|could) (?:get|have) the wrong idea\b",
        r"\bdont let (?:any ?one|any ?body|your \w+|them|people|ppl) (?:know|find out|see|catch|"
        r"read)\b",
        r"\b(?:this|it|our \w+|what we \w+) (?:is|stays|has to stay|must stay|should stay|needs "
        r"to stay) (?:private|secret|hidden|between us|on the (?:low|dl|down ?low))\b",
        r"\bon the (?:dl|down ?low)\b",
        r"\bif (?:any ?one|any ?body|some ?one|your (?:\w+ )?{parent}|they|people) asks?\b",
        r"\bkeep (?:this|it|us) (?:as )?(?:our|just ours|ours)\b",
        r"\bi (?:wont|will never|promise not to|swear i wont|wont ever) tell\b",
        r"\b(?:your {parent}|they|no ?one|nobody|any ?one) (?:cant|can never|must never|mustnt|"
        r"shouldnt|should never|are not allowed to) (?:ever )?(?:know|find out|see|hear)\b",
        r"\b(?:has|have|needs to|got to) (?:to )?stay (?:a )?secret\b",
        r"\b(?:swear|promise)(?: me)? (?:you wont|not to|you will never|you dont) tell\b",
        r"\b(?:promise|swear)(?: me)? (?:you|u) (?:wont|will not|wont ever|will never) (?:tell|"
        r"say|snitch)\b",
        r"\b(?:dont|do not|never) (?:say|mention|bring up|talk about) (?:anything|a thing|me|us|"
        r"this|it|our \w+)(?: \w+)? (?:to|with|around|in front of) (?:your|ur|any|the)\b",
        r"\btell (?:your|ur) {parent} (?:youre|you are|your|you were|you will be|youll be) (?:at|"
        r"with|staying|sleeping|going|over)\b",
        r"\b(?:dont|do not|never) (?:tell|let) (?:your|ur) {parent} (?:about|know about) (?:me|us|"
        r"this|our)\b",
    ),
    # --- trust and isolation ---------------------------------------------------------------
    _rule(
        "trust_isolation",
        "trust_isolation",
        ACTOR,
        r"\b(?:so |really |very |way |pretty )?(?:mature|grown up|advanced|wise|smart) for "
        r"(?:your|a) (?:age|\d+ year old)\b",
        r"\b(?:more|so much more|way more) (?:mature|grown up|grownup|adult) than (?:people|girls|"
        r"boys|kids|most|others|other|any ?one|the)\b",
        r"\byou (?:seem|look|act|sound|are|talk|come across) (?:much |way |so |a lot |really |"
        r"like |)?(?:older|more mature|more grown up|so mature|really mature|very mature|"
        r"mature|grown up)\b",
        r"\b(?:not like (?:other|the other|most) (?:girls|boys|kids|people))\b",
        r"\b(?:only|just) (?:i|me) (?:really |truly )?(?:understands?|gets?|knows?|cares? about|"
        r"listens? to|loves?) you\b",
        r"\b{im} the only one (?:who|that|you can)\b",
        r"\b(?:no ?one|nobody) (?:else )?(?:really |truly )?(?:gets|understands|cares about|"
        r"knows|listens to|loves|appreciates) you (?:like|the way|as much as|as well as) "
        r"(?:i do|me|i)\b",
        r"\byour (?:{parent}|friends|mates|teachers?) (?:just |really |even |will )?(?:dont|doesnt|"
        r"never|wont|cant|do not) "
        r"(?:really )?(?:understand|get|listen|care|love|appreciate|respect|deserve)",
        r"\byour (?:friends|mates) (?:are|sound|seem|r) (?:so |really |just |kinda )?(?:fake|"
        r"jealous|immature|childish|mean|toxic|boring|using you|not real)",
        r"\byou dont need (?:them|your friends|your {parent}|any ?one else|any ?body else|"
        r"anyone but me)\b",
        r"\byou can (?:always )?(?:trust|tell) me (?:anything|everything)\b",
        r"\byou can (?:always |totally )?trust me\b",
        r"\b{youre} (?:so |really |very )?special to me\b",
        r"\b(?:they|your \w+) (?:dont|do not|will never) (?:deserve|appreciate) you\b",
        r"\b(?:i|me) (?:care about|love|understand) you more than (?:they|any ?one|your)",
        r"\b(?:what we have|we have something) (?:is )?(?:special|different)\b",
        r"\b{youre} (?:so |really )?(?:different from|not like) (?:the others|other (?:girls|boys|"
        r"kids|people)|most (?:girls|boys|kids|people))\b",
        r"\b(?:i|me) (?:understand|get|know) you better than\b",
        r"\bthe only (?:one|person) (?:who |that )?you can (?:really |truly |ever )?trust\b",
        r"\byou can (?:always )?(?:come to|talk to|rely on|count on) me\b",
        r"\byour {parent} (?:treats?|control|controls|smother|smothers|baby|babies) you\b",
        r"\b(?:beyond|for) your years\b",
        r"\b(?:such an|an) old soul\b",
        r"\b{youre} the only one (?:who|that) (?:really )?(?:understands|gets|listens to|"
        r"cares about) me\b",
        r"\byou (?:get|understand) me (?:more|better) than (?:any ?one|any ?body|my|people)\b",
        r"\b{youre} (?:honestly |actually |literally |just )?(?:so|really|very|super|way) "
        r"(?:mature|grown up)\b",
        r"\bi (?:really |actually )?listen to you\b",
        r"\b(?:easier|better|nicer|more fun) than (?:talking to )?(?:people|girls|guys|boys|"
        r"any ?one|women|men) my age\b",
        r"\bi (?:understand|get) you\b.{0,12}\b(?:they|she|he) (?:dont|doesnt)\b",
        r"\b(?:she|he|they) (?:doesnt|dont|never|will never) (?:get|understand|listen to|"
        r"appreciate) you\b",
        r"\byour {parent} (?:sounds?|seems?|is|are) (?:so |really |very |too |super )?(?:strict|"
        r"controlling|mean|harsh|unfair|annoying|overprotective)\b",
        r"\b(?:talk|act|sound|write|text|type|think)s? (?:like|as if you (?:are|"
        r"were)) (?:someone |somebody |a |an )?(?:way |much |so |a lot )?(?:older|grown ?up|adult|"
        r"mature|in (?:your|their) twenties)\b",
        r"\b(?:more|better|smarter|cleverer|wiser|nicer|cooler|prettier|"
        r"more grown up) than (?:(?:all |most |the )?other )?(?:kids|girls|boys|people|"
        r"anyone) (?:your|of your) age\b",
        r"\b(?:a |such a |this |our |real |deep )?(?:special|real|deep|strong|"
        r"unique) (?:connection|bond)\b",
        r"\byou deserve (?:better|more|someone)\b",
        r"\b(?:forget|ignore|dont listen to|dont need) (?:about )?(?:them|your (?:friends|mates|"
        r"\w+ )?{parent}|your (?:friends|mates|teachers?))\b",
        r"\b{youre} (?:so much |way |much )?better than (?:all of )?(?:them|your (?:friends|"
        r"mates))\b",
        r"\b(?:no ?one|nobody) (?:\w+ )?(?:listens to|cares about|understands|gets|notices|"
        r"appreciates) you\b",
        r"\b{youre} the only (?:one|person) i (?:can )?(?:really |truly )?(?:talk to|trust|"
        r"open up to|be myself with|feel close to)\b",
        r"\bnot like (?:other|most|the other|those other|all the other) (?:adults|grown ups|guys|"
        r"people|men|women|girls|boys)\b",
        r"\bi (?:actually|really|always|will always) (?:listen|care|understand|get you|"
        r"have time for you)\b",
        r"\b{youre} (?:so |really |just )?different (?:from|than) (?:every ?one|every ?body|"
        r"the rest|other|all)\b",
        r"\bage (?:is just a number|doesnt matter|is nothing|means nothing)\b",
        r"\b(?:not|only|just) (?:that |much |a (?:few|couple of|bit|little) (?:years )?|a bit |"
        r"a little )older\b",
        r"\bi (?:dont|do not) act (?:my age|like it|that old)\b",
        # relationship-forming: romantic flattery and exclusivity (no sexual words)
        r"\b{youre} (?:so |really |very |super |soo |honestly |literally )?(?:pretty|beautiful|"
        r"cute|"
        r"gorgeous|stunning|perfect|handsome|adorable)\b(?! (?:dog|cat|house|dress|pic of the))",
        r"\b(?:be|become) my (?:girlfriend|boyfriend|gf|bf|girl|princess)\b",
        r"\bi (?:cant stop|keep|never stop) thinking about you\b",
        r"\bi think about you (?:all the time|every day|every night|constantly)\b",
        r"\b(?:we|you and me|you and i) (?:could|should|can|will) be together\b",
        r"\b(?:our|this) (?:relationship|thing)(?: is| has to be| stays)? (?:special|different|"
        r"real)\b",
    ),
    # --- supervision ------------------------------------------------------------------------
    _rule(
        "supervision_check",
        "supervision",
        ACTOR,
        r"\b(?:is|are) (?:any ?one|any ?body|some ?one|some ?body|(?:your )?(?:\w+ )?{parent}) "
        r"(?:else )?(?:home|around|in|there|with you|nearby|awake|up|back|in the house|"
        r"in the room|watching|looking|about)\b",
        r"\b(?:any ?one|any ?body) (?:else )?(?:home|around|there|with you|in the (?:house|room)|"
        r"at home|watching|nearby)\b",
        r"\b(?:are )?you (?:home |all |completely |totally )?(?:alone|by yourself|by your self|"
        r"on your own)\b(?! with)(?<!leave you alone)(?<!let you alone)",
        r"\bwho(?:s| is| else is)? (?:home|there with you|with you|in the house|around)\b",
        r"\bwhere(?:s| are| is) your {parent}\b",
        r"^\s*(?:are |is )?(?:your )?{parent}(?: and (?:your )?{parent})? (?:home|out|asleep|"
        r"around|away|in bed|at work|back yet|still up|awake|still out|working)(?: tonight|"
        r" today| rn| right now| yet| later)?\s*\?",
        r"\b(?:is|s) (?:the|your) (?:house|flat|place|home) (?:empty|quiet|free)\b",
        r"\bwhen (?:do|does|will|are|is|r) (?:your (?:\w+ )?{parent}|they|he|she) (?:getting|get|"
        r"coming|come|be) (?:home|back)\b",
        r"\b(?:what time|when) (?:do|does|will|are|is) your {parent} (?:get|come|be|getting|coming|"
        r"finish|leave) (?:home|back|off work|done|from work)\b",
        r"\bhow long (?:are|is|will) your {parent} (?:\w+ )?(?:out|away|gone|at work)\b",
        r"\bhow late (?:do|does|will|are|is) your {parent}\b",
        r"\b(?:when|what time) (?:do|does|will) your {parent} (?:go to (?:bed|sleep)|fall asleep|"
        r"leave|go out|go to work)\b",
        r"\bwho else (?:uses|sees|checks|has|reads|looks at) your (?:phone|computer|laptop|"
        r"tablet|account|ipad|messages)\b",
        r"\b(?:is|can you lock) your (?:bedroom |room )?door (?:locked|shut)?\b",
        r"\b(?:lock|close|shut) your (?:bedroom )?door\b",
        r"\b(?:are )?you in your (?:room|bedroom)\b",
        r"\bcan (?:any ?one|your (?:\w+ )?{parent}) (?:see|read|check|hear|look at|walk in)\b",
        r"\b(?:will|would) (?:any ?one|your {parent}) (?:see|hear|find out|walk in|notice|check)\b",
        r"\b(?:do|does) (?:any ?one|your (?:\w+ )?{parent}) (?:ever )?(?:check|look at|go through|"
        r"read|monitor|see) your (?:phone|messages|chats|texts|dms|screen)\b",
        r"\bwho (?:checks|looks at|reads) your (?:phone|messages|chats)\b",
        r"\b(?:house|place|flat|home|room) to (?:yourself|your self)\b",
        r"\b(?:any ?one|any ?body|people|your (?:\w+ )?{parent}|they|"
        r"someone)(?: \w+){0,2} (?:walk|come|barge|burst) (?:in|into) (?:your )?(?:room|"
        r"bedroom)?\b",
        r"\b(?:any ?one|any ?body|people|your (?:\w+ )?{parent}|they|"
        r"some ?one)(?: \w+){0,2} (?:see|read|check|look at|go through|go thru|know|use|"
        r"watch)e?s? your (?:screen|passcode|password|pin|messages|phone|texts|dms|chats|ipad|"
        r"tablet|laptop|computer|history)\b",
        r"\b(?:ipad|phone|tablet|laptop|computer|account) (?:just |only )?yours\b",
        r"\b(?:home alone|by yourself|on your own|alone)\s*\?",
        r"\bwho(?:s| is)? (?:home|there|around|in) (?:tonight|today|now|right now|later)\b",
        r"\bwho(?:s| is)?(?: else)?(?: is)? (?:at home|in the house|in your house)\b",
        r"\bany (?:grown ups|grownups|adults|parents|one older) (?:around|home|there|about|in)\b",
    ),
    _rule(
        "alone_stated",
        "supervision",
        TARGET,
        r"\b{im} (?:home |all |totally )?(?:alone|by myself|on my own)\b"
        r"(?! (?:in|on) (?:this|that))",
        r"\b(?:mum|mom|mam|dad|parents?)s? (?:at work|out|away|not home|working late|on nights|"
        r"on holiday)\b",
        r"\bhome alone\b",
        r"\b(?:no ?one|nobody)s? (?:else )?(?:is )?(?:home|here|in)\b",
        r"\b(?:just|only) me (?:at home|home|here|in the house)\b",
        r"\b(?:my )?{parent} (?:is|are) (?:out|away|at work|asleep|working|not home|gone|"
        r"on holiday|in bed|on nights|at the shops)\b",
        r"\bmy {parent} (?:out|away|at work|asleep|not home|gone)\b",
        r"\b(?:my )?{parent} (?:works?|working) (?:late|nights|till|until|all day)\b",
        r"\b(?:my )?{parent} (?:went|have gone|has gone|gone|left) (?:out|away)\b",
        r"\b(?:theyre|they are|shes|hes|she is|he is|{parent} (?:is|are)) (?:at|out|away)\b.{0,30}"
        r"\b(?:till|until|til) (?:late|\d|midnight|tomorrow|tonight)",
        r"\b(?:shes|hes|theyre|she is|he is|they are) (?:at work|out|away) (?:till|until|all|"
        r"tonight|today|rn|right now)\b",
        r"^\s*(?:no |yeah |yes |nah )?(?:shes|hes|theyre|she is|he is|they are) (?:at work|out|"
        r"away)(?: \w+)?\s*$",
        r"\b(?:my )?{parent} (?:wont|dont|doesnt) (?:be )?(?:back|home) (?:till|until)\b",
        statement=True,
        unless=r"\b(?:mum|mom|mam|dad|nan|gran|grandma|grandpa|brother|sister|parents?|uncle|"
        r"auntie|aunt|babysitter|someone|somebody)s? (?:is |are )?(?:here|home|in|upstairs|"
        r"downstairs|with me|back)\b",
    ),
    # --- platform move ----------------------------------------------------------------------
    _rule(
        "platform_move",
        "platform_move",
        ACTOR,
        r"\badd me\b(?! to (?:the|your|a) (?:group|list|team|party|class))",
        r"\b(?:lets|we should|can we|could we|shall we|wanna|want to|we can|we could) (?:move|"
        r"switch|go|talk|"
        r"chat|continue|text|speak|jump|swap|hop)(?: privately| there| instead| more)? (?:to|on|"
        r"over to|onto|over on) {platform}\b",
        r"\b(?:move|switch|go|talk|chat|continue|text|speak|jump|swap|hop) (?:to|on|over to|"
        r"onto) {app}\b",
        r"\b(?:whats|what is|give me|send me|drop|share|tell me|dm me|can i (?:get|have)|"
        r"i need) your (?:(?:snap(?:chat)?|insta(?:gram)?|number|digits|phone number|cell|kik|"
        r"telegram|whatsapp|discord|ig|sc|handle|user ?name)\b|@)",
        r"\b(?:text|message|dm|msg|call|find|hit|ring) me (?:up )?(?:on|at|via) {platform}\b",
        r"\b(?:download|get|install|make|create) (?:a |an )?(?:telegram|kik|signal|wickr|session|"
        r"threema|discord|snap(?:chat)?|whatsapp)(?: account)?\b",
        r"\bmy (?:snap|insta|kik|telegram|discord|number|whatsapp|ig|sc|skype|@) (?:is|=|:)",
        r"\b(?:got|have|has|use|on|you on) (?:a )?{app}\s*\?",
        r"\b(?:do you have|have you got|you got|are you on|you on|do you use|you use) "
        r"(?:a )?{app}\b",
        r"\bjoin (?:my|our|the) (?:discord|telegram|server|group ?chat|channel)\b",
        r"\b{app}\b.{0,25}\b(?:better|easier|safer|more private|instead)\b",
        r"\b(?:better|easier|safer|more private) (?:on|over on|to talk on|to chat on) {app}\b",
        r"\bmore private (?:there|on|over there)\b",
        r"\b{app} me\b",
        r"\b(?:hmu|hit me up) (?:on|at|via)\b",
        r"\bheres my (?:number|snap|insta|ig|kik|telegram|whatsapp|discord|digits)\b",
        r"\b(?:text|message|call|ring|whatsapp|dm|msg|reach) me (?:on|at) \+?\d[\d ]{6,}",
        r"\b(?:come|go|move|switch|talk|chat|continue|jump|hop) (?:to|on|over to|onto) (?:the |"
        r"my |a )?(?:other|another|different|private|safer|better|new) (?:one|app|site|platform|"
        r"account|chat|number)\b",
        r"\b(?:this|the) (?:app|site|platform|chat|game chat) (?:reads|scans|watches|monitors|"
        r"records|saves|is (?:watched|monitored|read|scanned|laggy|dead|trash|boring))\b",
        r"\b{youre} on (?:{app})\s*\?",
        r"\bim (?:\S+ )?(?:on|over on) (?:there|{app})\b",
        r"\b(?:this|the) (?:app|site|platform|chat|game chat) (?:gets|is being|"
        r"can be) (?:monitored|"
        r"watched|read|checked|scanned|moderated)\b",
        r"\b(?:lets|we should|can we|we can) (?:go|move|talk|chat) (?:somewhere )?(?:else|"
        r"elsewhere|"
        r"private|more private|somewhere private)\b",
    ),
    # --- deletion ---------------------------------------------------------------------------
    _rule(
        "deletion_request",
        "deletion",
        ACTOR,
        r"\b(?:delete|erase|remove|clear|wipe|unsend) (?:this|the|our|these|all|those|my|your|"
        r"all (?:of )?(?:our|the|these|my)) (?:\w+ )?(?:chat|chats|messages?|convo|conversation|"
        r"texts?|history|dms?|pics?|photos?|threads?|call log|search history|app)\b",
        r"\b(?:delete|erase|wipe|clear) (?:it|them|everything|all of it|it all) (?:after|when|now|"
        r"straight away|once|as soon as|right after)\b",
        r"\b(?:turn on|use|set|put|switch on|enable) (?:the )?(?:disappearing messages|"
        r"vanish mode|the timer|self destruct)\b",
        r"\bdisappearing messages (?:on|please)\b",
        r"\bmake sure (?:to |you )?(?:delete|clear|wipe)\b",
        r"\bunsend (?:it|that|them)\b",
        r"\b(?:delete|erase|wipe|clear) (?:this|that)(?: now| asap| and| after| when| ok|\s*$)",
        r"\b(?:delete|hide|archive) (?:the |this )?(?:app|chat|thread) (?:after|when|before|so)\b",
        r"\b(?:remember|dont forget|make sure|be sure) (?:to |you )?(?:delete|clear|wipe|erase|"
        r"unsend)\b",
        r"\b(?:set|put|turn) (?:it|the chat|our chat|the timer|a timer|the messages|"
        r"this)(?: \w+){0,3} (?:to |so it |so they )?(?:delete|deletes|vanish|vanishes|disappear|"
        r"disappears|self destruct)\b",
        r"\b(?:erase|delete|clear|wipe) (?:the |our |all the |these )?(?:messages|chat|chats|"
        r"convo|texts) (?:every|each|after|when|before)\b",
    ),
    # --- image requests ---------------------------------------------------------------------
    _rule(
        "image_request",
        "image_request",
        ACTOR,
        r"(?<!ill )(?<!i will )(?<!i can )(?<!i could )(?<!ima )\b(?:send|show|give|share|drop|"
        r"shoot|dm|text|snap) (?!your snap\b|you\b)(?:me |us )?(?:\w+ ){0,2}?{pic}\b"
        r"(?! i sent| (?:to|with) ){of_thing}",
        r"\b(?:get me|gimme) (?:\w+ ){0,2}?{pic}\b{of_thing}",
        r"\b(?:can|could|may) i (?:get|have|see) (?:a |another |one |some |more |your |any )?"
        r"(?:\w+ )?{pic}\b{of_thing}",
        r"^\s*(?:pic|pics|selfie|photo|vid)\s*\?",
        r"\b(?:take|snap) (?:a |another |some )?(?:\w+ )?(?:pic|pics|photo|photos|selfie|"
        r"selfies|picture|pictures) (?:for|of) (?:me|yourself)\b",
        r"\b(?:you )?(?:got|have) any (?:more |new |other |recent )?{pic}\b",
        r"\bany (?:more |new |other |recent )?(?:pics|photos|pictures|selfies|vids|videos)\b",
        r"\b(?:turn|put|switch|flip|keep|leave) (?:on )?(?:your|the) {cam}(?: back)? on\b",
        r"\b(?:turn|put|switch) on (?:your|the) (?:cam|camera|webcam|video)\b",
        r"\b(?:turn|put|switch) (?:your|the) (?:cam|camera|webcam|video) on\b",
        r"\b(?:cam|camera|webcam) on\b(?! the)",
        r"\b(?:get|hop|jump|come|go) on (?:cam|camera|video|facetime|vc)\b",
        r"\b(?:video ?call|vid call|vc|facetime|ft|video chat|cam chat|cam to cam|webcam chat) "
        r"(?:me|now|tonight|later|right now|with me|today)\b",
        r"\b(?:can|could|wanna|want to|shall|should|lets|let us) (?:we |you |i )?(?:video ?call|"
        r"vc|facetime|video chat|ft|cam|webcam)\b",
        r"^\s*(?:video ?call|video ?chat|vc|facetime|cam|webcam)\s*\?",
        r"\b(?:can|could|may) i see (?:you|your face|what you look like|u|more of you|you now)\b",
        r"\b(?:let me|lemme|i (?:want|wanna|need) to|wanna|i wanna) see (?:you|your face|"
        r"what you look like|how you look)\b",
        r"\bshow me (?:your|what you|how you|yourself|you|more)\b",
        r"\b(?:one|just one) more {pic}\b",
        r"\bwhat (?:are you|you) wearing\b",
        r"\b(?:your|ur) turn to (?:send|show)\b",
        r"\bsend (?:me )?(?:one|another|one more|a new one|a better one|"
        r"another one)\b(?! of (?:the|those|these|them))",
        r"\b(?:selfie|pic|photo|picture)\s*\?\s*$",
        r"\b(?:pic|pics|picture|photo|photos|selfie|selfies|video|vid) (?:just |only )?for me\b",
        r"\b(?:cam|camera|video) (?:on )?(?:quick|quickly|now|for a sec|for a second|for me)\b",
        r"\b(?:vc|call|facetime) (?:with|w) (?:cam|camera|video)\b",
        r"\b(?:prove|show) (?:youre|you are|your|its) (?:real|really you|you)\b",
    ),
    # --- gifts and money ---------------------------------------------------------------------
    _rule(
        "gift_offer",
        "gifts_money",
        ACTOR,
        r"\b{ill} (?:buy|get|send|give|gift|treat|order|top up|load) (?:you|your) (?:\w+ ){0,3}?"
        r"(?:present|gift|gifts|phone|iphone|robux|vbucks|skins?|credit|top ?up|money|"
        r"cash|clothes|trainers|sneakers|shoes|makeup|card|gift ?card|game|games|console|ps5|"
        r"xbox|switch|anything|whatever you want|stuff|something|battle ?pass|gems|coins|"
        r"diamonds|nitro|airtime|data|load|treat|voucher)s?\b",
        r"\bi (?:sent|transferred|gave) you (?:a little something|something|some money|money|"
        r"cash|a gift|a present|(?:\$|£|€)?\d+)",
        r"\b(?:free|some|extra|more) (?:robux|vbucks|gems|coins|skins|diamonds|nitro)\b",
        r"\b{ill} (?:send|transfer|pay|give|wire) you (?:\$|£|€)?\d+",
        r"\b{ill} (?:send|transfer|give) you (?:some )?(?:money|cash)\b",
        r"\b{ill} (?:top up|pay for|cover|buy) your\b",
        r"\blet me (?:buy|get|send|treat) you\b",
        r"\b(?:do you )?need anything\b.{0,15}\b(?:ill|i can|i will|i could) "
        r"(?:pay|buy|get|send)\b",
        r"(?<!i )\b(?:want|do you want|would you like|wanna|you want) (?:me to )?(?:buy|get|send|"
        r"top up|pay for|give)? ?(?:you )?(?:some |a |an |more |free )?(?:(?:steam|amazon|apple|"
        r"google play|itunes|roblox|xbox|psn|playstation) )?(?:robux|vbucks|gift ?card|money|"
        r"cash|new phone|skins?|top ?up|credit|a treat|battle ?pass|nitro)\b",
        r"\b(?:want|do you want|would you like|wanna) me to (?:top up|buy|get|pay for|send|"
        r"load) (?:you|your)\b",
        r"\b(?:robux|vbucks|skins?|gift ?card|a present|a gift|gifts) for you\b",
        r"\bi (?:got|bought|have) (?:something|a present|a gift|a surprise) for you\b",
        r"\bi bought you\b",
        r"\bi got you (?:a |an |some |the |this |that )?(?:\w+ )?(?:present|gift|phone|iphone|"
        r"robux|vbucks|skins?|credit|top ?up|clothes|trainers|sneakers|shoes|makeup|gift ?card|"
        r"game|console|ps5|xbox|switch|something|battle ?pass|gems|coins|nitro)\b",
        r"\b(?:low on|need|want|out of|run out of) (?:some |more )?(?:credit|data|money|cash|"
        r"robux|vbucks|coins|gems|airtime|load|top ?up)\b.{0,25}\b(?:ill|i can|i will|i got|"
        r"i have|let me)\b",
        r"\bmy treat\b",
        r"\b{ill} buy (?:you|your)\b",
        r"\b{ill} (?:get|send|order) you (?:the |a |an |that |this |some |new |"
        r"those )+(?:\w+ )?(?:hoodie|top|dress|jacket|airpods|headphones|earbuds|bag|trainers|"
        r"shoes|phone|skin|game|present|gift|nails|makeup|perfume|watch|console|laptop|tablet|"
        r"outfit|clothes)s?\b",
        r"\b(?:buy|get) (?:yourself )?something nice\b",
    ),
    # --- meeting ----------------------------------------------------------------------------
    _rule(
        "meeting",
        "meeting",
        ACTOR,
        r"\b(?:we should|lets|wanna|want to|can we|could we|shall we|should we|we could|"
        r"we can|when can we|i want to|i wanna|id love to) (?:finally |actually )?(?:meet|"
        r"meet up|hang out|hang|link up|see each other|get together|go out|chill)\b",
        r"\bmeet (?:up )?(?:in person|irl|for real|face to face|somewhere)\b",
        r"\b{ill} (?:come (?:and )?)?(?:pick you up|come (?:and )?get you|"
        r"come (?:and )?collect you|collect you|"
        r"drive (?:to|you|over|down|up)|come to your|come over|visit you|travel to|"
        r"meet you (?:at|after|near|outside|in|there))\b",
        r"\bwhere(?:abouts| abouts| about)? (?:do|d) you live\b",
        r"\bwhere(?:s| is) your (?:house|home|place|flat|apartment)\b",
        r"\b(?:whats|what is|send me|give me|tell me|drop) your (?:address|postcode|post code|"
        r"zip(?: code)?|location|live location|house number)\b",
        r"\b(?:what|which) (?:town|city|area|street|part of town) (?:do you live|are you in|"
        r"you live)\b",
        r"\bcome (?:over )?to my (?:place|house|flat|car|hotel|apartment|room)\b",
        r"\b{ill} (?:pay for|buy|get|book|send) (?:you )?(?:your|an?) (?:bus|train|taxi|uber|"
        r"ticket|fare|flight|ride)\b",
        r"\b(?:i|im|i am) (?:might be |could be )?(?:near|close to|nearby|in) your (?:area|town|"
        r"city|school|house)\b",
        r"\bhang out (?:irl|in person|for real|sometime|one day|soon)\b",
        r"\b{ill} (?:swing|pop|come|drop) (?:by|round|over|past)\b",
        r"\b(?:i|ill|i will|i can|i could|let me|i wanna|i want to)(?: \w+)? (?:grab|collect|pick) "
        r"you (?:up )?(?:from|after|at|outside|near|by)\b",
        r"\b(?:grab|collect|get) you (?:after school|from school|from the)\b",
        r"\bmeet (?:me|up) (?:at|by|outside|near|behind|in) (?:the|a|my|your)\b",
        r"\b(?:lets|can we|shall we|wanna|we could|could we) meet (?:at|by|outside|near|behind|in) "
        r"(?:the|a|my|your)\b",
        r"\bmeet (?:at|by|outside|near|behind) (?:the|a|my|your) [^?]{1,30}\?",
        r"\b(?:i|ill|i can|i could) (?:come|travel|get the|take the|hop on a) (?:by |on the |"
        r"the )?(?:train|bus|coach)\b",
        r"\b(?:closest|nearest) (?:bus stop|station|shop|park|train station|stop|mcdonalds|"
        r"tube) to (?:you|your)\b",
        r"\b{ill} (?:wait|be waiting) (?:for you )?(?:by|at|outside|near|behind|round)\b",
        r"\bim (?:in|near|coming to|visiting) your (?:town|area|city|school)\b",
    ),
    # --- sextortion -------------------------------------------------------------------------
    _rule(
        "threat_to_share",
        "sextortion",
        ACTOR,
        # I'll send / post / share … (it / your pics) … to / with … people who know the target
        r"\b(?:{ill}|im|i am|then i|or i|and i|should i|shall i|want me to|do you want me to) "
        r"(?:\w+ )?(?:send|sending|share|sharing|post|posting|leak|leaking|show|showing|forward|"
        r"forwarding|upload|uploading|spread|spreading|release|publish|dm|tag|email|mail|"
        r"message|text|blast|circulate)(?: \w+){0,4}? (?:to|with|in|across|around|all over) "
        r"{audience}\b",
        r"\b(?:{ill}|im|i am|then i|or i|and i|should i|shall i|want me to|do you want me to) "
        r"(?:\w+ )?(?:send|sending|share|sharing|post|posting|leak|leaking|show|showing|forward|"
        r"forwarding|upload|uploading|spread|spreading|release|publish|dm|email|message|blast|"
        r"circulate) {target_obj}(?: \w+){0,2}? (?:to|with|in|across|around|all over) "
        r"{bare_audience}\b",
        # … or online, when the object is the target's ("your pics", "it all", "everything")
        r"\b(?:{ill}|im|i am|or i|then i) (?:\w+ )?(?:post|posting|leak|leaking|upload|uploading|"
        r"spread|spreading|publish|publishing|release|releasing|share|sharing|put|putting)"
        r"(?: \w+){0,3}? (?:everywhere|public|publicly|all over the internet|all over (?:your|"
        r"ur) \w+|on your (?:\w+ )?(?:insta|instagram|page|story|feed|wall|tiktok|facebook|"
        r"socials|account))\b",
        r"\b(?:{ill}|im|i am|or i|then i) (?:\w+ )?(?:post|posting|leak|leaking|upload|uploading|"
        r"spread|publish|release|share|sharing) (?:your \w+|it all|everything|all of it|them all|"
        r"the (?:video|recording|screenshots))(?: \w+){0,2}? (?:on|to) (?:{platform_aud})\b",
        r"\b(?:{ill}|im gonna|im going to|i am going to) (?:leak|expose|release|publish) "
        r"(?:it|it all|everything|them|them all|all of it|your \w+|the (?:video|pics?|photos?|"
        r"screenshots|recording|chat))\b",
        # the audience will see / get it
        r"\b(?:(?:your|ur) (?:\w+ )?{people}|every(?:one|body)(?: \w+){0,3}|they all|all of them|"
        r"each of them|every (?:single )?one of them) (?:will|is going to|are going to|gonna|"
        r"is gonna|are gonna|would|are about to|is about to|(?:will|are going to|gonna) all)"
        r"(?: \w+)? (?:see|seeing|know|find out|get|getting|watch|hear|receive|have)\b",
        r"\b(?:(?:your|ur) (?:\w+ )?{people}(?: and (?:your )?{people})?|every(?:one|body)"
        r"(?: \w+){0,3}|they all|all of them|each of them) (?:\w+ )?(?:sees?|gets?|receives?|"
        r"watch(?:es)?|has|have|is getting|"
        r"are getting|is receiving|are receiving|are seeing|is seeing) (?:it|this|them|"
        r"everything|all of it|a copy|the (?:video|pics?|pictures?|photos?|recording|"
        r"screenshots|chat|link))\b",
        r"\b(?:it|this|they|these|those|everything|the (?:video|pics?|photos?|screenshots|"
        r"recording)) (?:all )?(?:goes|go|gets sent|get sent|will go|is going|are going|"
        r"will be sent|goes out|go out) (?:straight )?(?:to|out to) (?:your|ur|every) ",
        r"\b(?:it|this|they|these|everything|the \w+) (?:is |are |will be |s )?(?:going|gonna go|"
        r"goes|go) (?:on|to|out to|in|into) (?:every|all|your|ur)\b",
        r"\b(?:theyll|they will|they are going to|theyre gonna|theyre going to|they would) "
        r"(?:all )?(?:get|see|receive|know|find out|watch)\b",
        r"\b(?:you want|do you want|want) (?:your|ur|all your|every(?:one|body)) (?:\w+ )?"
        r"(?:to see|to know|to get|to find out|seeing|knowing)\b",
        r"\bif you (?:block|ignore|report|unfollow|leave|delete)\b.{0,25}\b(?:i|ill|i will|it|"
        r"everyone|everybody)\b.{0,15}\b(?:post|share|send|leak|expose|upload|goes|go|see|sees)\b",
        r"\b(?:{ill}|im|i am) (?:leak|leaking|expose|exposing|upload|uploading|publish|"
        r"publishing) (?:it|this|them|everything|the \w+)\b",
        r"\bmake sure (?:every(?:one|body)|your \w+|they all|all your \w+) (?:sees?|gets?|"
        r"knows?|finds? out)\b",
        r"\b(?:imagine|picture) (?:your|ur) (?:\w+ )?{people} (?:getting|seeing|receiving|"
        r"finding|watching|opening)\b",
        r"\b(?:imagine|think about|picture) (?:what|how) (?:your|ur) (?:\w+ )?{people} "
        r"(?:will|would|gonna|are gonna|is gonna) (?:think|say|react|do|feel)\b",
        r"\ball over (?:your|ur|the) (?:school|insta|instagram|page|feed|socials|internet|town|"
        r"class|timeline)\b",
        # mechanism and preparation
        r"\b(?:one|1|a single) (?:click|tap|button|message|text|post|dm)s? (?:and|away|from|"
        r"is all)\b",
        r"\b(?:press|hit|click|tap) (?:send|post|upload|share)\b",
        r"\b(?:screenshots?|screen shots?|list|lists|copy|copies|names) of (?:all )?(?:your |ur )?"
        r"(?:followers|friends|contacts|family|following|friends? list|classmates|"
        r"family members|relatives|group chats?)\b",
        r"\b(?:i|ive) (?:have|got|made|took|saved|know) (?:a list of )?(?:all )?(?:your |ur )"
        r"(?:followers|friends list|friend list|contacts|following list|family members|"
        r"classmates)\b",
        # reputation and exposure
        r"\bruin (?:your|ur) (?:life|reputation|future|name|image|career|chances)\b",
        r"\byour (?:life|reputation|future) (?:is|will be|gonna be|is going to be) (?:over|"
        r"ruined|finished|done|gone)\b",
        r"\bsay goodbye to your (?:reputation|life|future|friends|name)\b",
        r"\b(?:youll|you will|youre gonna|you are going to|youre going to) be (?:famous|known|"
        r"viral|the joke|a joke|a meme|trending|everywhere|exposed)\b",
        r"\b(?:its|it is|it will be|itll be|this will be|everything will be|it goes|it gets|"
        r"they go|they will be) (?:\w+ )?(?:public|online|posted|out there|everywhere|viral)\b",
        r"\b(?:goes?|going|gonna go|will go|make (?:it|this|you) go) viral\b",
        r"\bexpose (?:you|your|ur|everything|this|it|them|what you)\b",
        r"\b(?:or|otherwise|else|unless you \w+|if you dont \w+)(?: \w+)?,? (?:i|ill|i will|"
        r"im gonna|im going to) (?:\w+ )?(?:post|share|leak|expose|upload|spread|publish|"
        r"release|show)\b",
        r"\b(?:or|otherwise|else) (?:it|this|they|everything|the (?:video|pics?|photos?)) "
        r"(?:goes|go|will go|gets?|is going) (?:out|public|viral|live|online|everywhere)\b",
        r"\bor (?:its|it is|it will be|theyre|they are|this is|everything is|its all) (?:going|"
        r"gonna go|posted|out|public|online|everywhere|shared|leaked|sent out)\b",
        r"\bor (?:every(?:one|body)|your (?:\w+ )?{people}) (?:will )?(?:sees?|gets? it|knows?|"
        r"finds? out|hears?)\b",
        r"\b(?:goes|go|going|will go|gets?) (?:public|viral|everywhere)\b",
        r"\b(?:ill|im gonna|i will) tag (?:your|ur) (?:friends|family|school|mum|mom|dad|"
        r"parents|followers)\b",
        r"\bevery(?:one|body) (?:will|is going to|gonna) (?:know|see|find out) (?:what|who|"
        r"about)\b",
        r"\b(?:and|then|ill|i will|im gonna|or i|i can)(?: \w+)? tag (?:your|ur|all your) "
        r"(?:\w+ )?{people}\b",
        r"\b(?:if|when|once|before) (?:this|it|these|they|that|the \w+) (?:gets?|goes|go|"
        r"get) (?:out|around|public|viral|online|shared|posted|leaked)\b",
        r"\bwould be a (?:shame|pity) if\b",
        r"\b(?:think|imagine) (?:about )?(?:what|how) (?:your|ur) (?:\w+ )?{people} (?:will|would|"
        r"gonna|might|is gonna|are gonna) (?:say|think|react|feel|do)\b",
        r"\b(?:your|ur) (?:\w+ )?{people} (?:saw|seeing|found out about|finding out about|"
        r"knew about) (?:this|it|these|them|that)\b",
        r"\b(?:she|he|they) (?:gets?|sees?|will get|will see|is getting) (?:it|this|them) first\b",
        r"\bmake (?:you|your \w+) (?:go )?(?:viral|famous|trend|trending|a meme|known)\b",
        r"\b(?:or|if not|otherwise|else) (?:its|it is|it gets|its all) (?:over|sent|posted|out|"
        r"shared|leaked)\b",
        r"\bif (?:i|you)\b.{0,40}\b(?:its|it is|your life is) (?:all )?(?:over|finished|"
        r"done for)\b",
        r"\b(?:your|ur) life is (?:over|done|finished|ruined)\b",
        r"\b(?:or|else) (?:you know|youll see|watch) what (?:happens|will happen)\b",
        r"\b(?:made|started|created|set up) a (?:group ?chat|group|chat|page|account) (?:with|of|"
        r"for) (?:all )?(?:your|ur) {people}\b",
        r"\b(?:want me to|should i|shall i) (?:start|begin) with (?:your|ur)\b",
        r"\b(?:one|1|a single) (?:click|tap|button|message|text|post|dm)s? (?:to|and|away)\b",
    ),
    _rule(
        "leverage_claim",
        "sextortion",
        ACTOR,
        r"\b(?:i|we|ive|weve) (?:have|got|saved|kept|recorded|screenshotted|screen ?recorded|"
        r"captured|downloaded|copied|backed up|stored|took screenshots of|have screenshots of)"
        r" (?:all |every |each )?(?:of )?(?:your|ur|our|these|those)"
        r"(?: \w+){0,2} (?:{pic}|chats?|convo|conversation|messages|dms|call|calls|stream|"
        r"screenshots?|everything)\b{of_thing}",  # not "got your pic of the poster" (2026.7)
        r"\b(?:i|we|ive|weve) (?:have|got|saved|kept|recorded|screenshotted|screen ?recorded|"
        r"captured|downloaded|copied|backed up|stored)"
        r" (?:the|that|this)(?: whole| entire)? (?:video|videos|recording|recordings|screenshots?|"
        r"call|video call|facetime|chat|convo|conversation|stream)\b",
        r"\b(?:i|we|ive|weve) (?:have )?(?:recorded|screenshotted|screen ?recorded|captured|"
        r"saved) (?:it all|everything|you|all of it|the whole (?:thing|call|chat))\b",
        r"\b(?:i|we) (?:have|got) (?:it|everything|them|you|all of it) (?:all )?(?:saved|"
        r"recorded|screenshotted|backed up|on (?:video|camera|tape))\b",
        r"\b(?:the whole|our|that|the) (?:call|video call|chat|facetime|thing) (?:was|got|is|"
        r"has been) (?:all )?(?:recorded|screenshotted|saved|screen ?recorded)\b",
        r"\bi (?:have|got) (?:screenshots|recordings|proof|copies)\b",
        r"\bi know (?:where you (?:live|go to school)|your school|who your (?:friends|parents|"
        r"family) are)\b",
        r"\bi (?:found|have found|got|looked up|know) (?:your|ur) (?:\w+ )?(?:mum|mom|dad|parents|"
        r"family|sister|brother|friends|school|girlfriend|boyfriend|teachers?)(?:s)? (?:on|at|in) "
        r"(?:facebook|fb|insta|instagram|tiktok|snap|snapchat|twitter|linkedin|your \w+)\b",
        r"\bi (?:have|got|kept|saved|still have|already have) (?:your|all your|what you|"
        r"everything you|it all|all of it|them all)(?: \w+){0,2} (?:pics|photos|pictures|videos?|"
        r"vids|recordings?|screenshots?|sent|saved|recorded|contacts?|contact list|followers)\b",
        r"\bi (?:have|got|kept|saved|still have) the (?:pics|photos|pictures|videos?|vids|"
        r"recordings?|screenshots?)(?: of you)?\s*(?:[.!]|$)",
        r"\b(?:look|see) what i (?:have|got)\s*[.!?]*$",
        r"\b(?:look|see) what i (?:have|got|found|made) (?:of|on|about) you\b",
        r"\b(?:recogni[sz]e|remember) (?:this|these|that|what you sent)\s*\?",
        r"\b(?:edited|photoshopped|put|pasted|ai) (?:your|ur) face (?:on|into|onto|in)\b",
        r"\bi (?:have|got) (?:it|them|everything) (?:all )?saved\b",
    ),
    _rule(
        "coercion",
        "sextortion",
        ACTOR,
        r"\bdo (?:exactly )?(?:what|as) i (?:say|tell you|said|ask)\b",
        r"\bor else\b",
        r"\b(?:youll|you will|youre gonna|you are going to) (?:regret|be sorry)\b",
        r"\bdont (?:test|try) me\b",
        r"\b(?:if you|dont|do not) (?:block|ignore|report) me\b",
        r"\byou (?:have|got) no (?:choice|option)\b",
        r"\bif you (?:want|dont want) (?:this|it|them|me|everything) to (?:stop|go away|end|"
        r"disappear|be deleted|get out|go out|be posted|be shared)\b",
        r"\b(?:and|then) (?:it|this|they|everything|the \w+) (?:all )?(?:goes|go|will go|gets?|"
        r"will be|is) (?:away|deleted|removed|gone)\b",
        r"\b(?:and|then) (?:i(?:ll| will)? )?(?:delete|remove|erase|wipe) (?:it|them|everything|"
        r"the \w+|all of it)\b",
        r"\b(?:delete|remove|erase) (?:it|them|everything|the \w+) (?:if|when|once|after) you "
        r"(?:pay|send)\b",
        r"\b(?:and|then) (?:its|it is|its all|theyre|they are|i|ill) (?:gone|deleted|disappear|"
        r"vanish|go away|leave you alone|delete it|delete them|delete everything)\b",
        r"\bto keep (?:it |this |them |my mouth )?(?:quiet|shut|private|secret|deleted|offline)\b",
    ),
    _rule(
        "payment_demand",
        "sextortion",
        ACTOR,
        r"\b(?:pay|send|give|transfer|wire|get) me (?:the |my |your )?(?:{money}|\d{2,6}\b)",
        r"\b(?:pay|send|transfer|wire|give|cough up|hand over) (?:up|now|me now|the money|the rest|"
        r"it all now|{money})(?! first)",
        r"\b(?:pay|send|transfer|wire) (?:me )?(?:\$|£|€)?\d{2,6}k?\b(?! (?:pics?|photos?|"
        r"messages?|texts?|times|emails?|mins?|minutes?|seconds?))",
        r"\b(?:i want|i need|i demand|i expect|ill need|give me|i require) (?:the |my |your )?"
        r"{money}",
        r"\b(?:you|youre) (?:need|have|got|must|better|gotta|are going|are gonna|going|gonna|"
        r"will) (?:to )?"
        r"(?:pay|send (?:me )?(?:the )?(?:money|\$|\d)|transfer)\b",
        r"\byou owe me (?:{money}|\d|big|now|for this|for that)",
        r"\bhow much (?:money )?(?:can|will|do|could) you (?:pay|send|afford|give|have|get)\b",
        r"\bwhat (?:can|will|could) you (?:pay|send|afford)\b",
        r"\b(?:i want|i need|send me|give me|i demand) (?:\$|£|€)?\d{2,6}k?(?: (?:in|of|worth|now|"
        r"today|tonight|or|and|dollars|bucks|right now)\b|\s*[.!]*$)",
        # not "(we never ask) for payment or gift cards" (rules-2026.7)
        r"\b(?<!for )(?<!any )payment (?:now|today|tonight|asap|right now|or)\b",
        r"\b(?:pay|send) (?:the|that|my) (?:money|amount|fee|ransom|price)\b",
        # an amount, not an age ("31, and it does lie"): a currency sign or three digits (2026.9)
        r"^\s*(?:(?:\$|£|€)\d{2,6}k?|\d{3,6}k?|\d{2,3}k) (?:and|then) (?:i |ill |it |this |they |"
        r"everything |"
        r"the \w+ )",
        r"\b(?:pay|send|transfer)\b.{0,30}\bif you (?:want|dont want) (?:this|it|them|me) to\b",
        r"\bpay (?:now|up|me now|or|today|tonight|asap|right now)\b",
        r"(?:{money}|\b\d{2,6}) (?:via|on|through|by|with|in|to my) {rail}",
        r"\b(?:now |then )?(?:i (?:want|need)|give me|send(?: me)?) (?:another |an extra )?(?:\$|"
        r"£|€)?\d{2,6}k? (?:more|extra|again|pounds|dollars|bucks|quid|now|today|tonight)\b",
        r"\b(?:double|triple) (?:it|that|the amount|the price)\b",
        r"\b(?:the|my) price (?:is|to|for|just)\b",
        r"\b(?:(?:\$|£|€)\d[\d,.]*|\d[\d,.]* ?(?:dollars?|pounds?|euros?|bucks|quid)) is (?:the|"
        r"my) (?:price|fee|deal)\b",
        r"\bi want (?:it )?all of it\b",
        r"\bsame (?:again|amount)\b.{0,30}\b(?:or|friday|tomorrow|next)\b",
        r"\b(?:you|u) (?:pay|send)(?: \w+)? or\b",
    ),
    _rule(
        "deadline",
        "sextortion",
        ACTOR,
        r"\byou (?:have|got|get|ve got|have got|only have) (?:only |just |exactly )?{n} "
        r"(?:more )?{time_unit}\b",
        r"\byou (?:have|got) (?:until|till|til|untill) \w+",
        r"\bwithin (?:the next )?{n} {time_unit}\b",
        r"\b(?:in|next) {n} {time_unit} (?:or|otherwise|else|before)\b",
        r"\b{n} {time_unit} (?:left|remaining|to go|to pay|to decide|to send|starting now|"
        r"from now|or)\b",
        r"\b(?:before|by|until|till) (?:midnight|tonight|tomorrow|morning|noon|the end of "
        r"(?:the )?day|end of day|eod|\d{1,2}(?::\d\d)? ?(?:am|pm)?)\b.{0,40}\b(?:or|else|"
        r"otherwise|unless|if not|if you dont)\b",
        r"\b(?:clock|timer|countdown|time)(?: is|s)? (?:ticking|running|started|running out|"
        r"almost up|on)\b(?! (?:our|the|your|my|this) (?:chat|cam|camera|call|phone))",
        r"\b(?:times|time is|times almost) (?:running out|up|ticking|almost up)\b",
        r"\brunning out of time\b",
        r"^\s*(?:only )?{n} {time_unit}(?: left| now| more)?\s*[.!]*$",
        r"\btick ?tock\b",
        r"^\s*(?:hurry|hurry up|quick|quickly|faster|asap|now)\s*[.!]*$",
        r"\b(?:last|final) (?:chance|warning|call|reminder|time im asking)\b",
        r"\bcount ?down\b",
        r"\bhurry (?:up )?(?:or|before)\b",
        r"\b(?:now|today|tonight) or (?:never|else)\b",
        r"\b(?:dont|do not) (?:make|keep) me wait",
        r"\b(?:every|each) (?:minute|hour) (?:you wait|you delay|that passes)\b",
        r"\b(?:the )?(?:price|amount) (?:just )?(?:goes up|went up|is going up|has gone up|doubles|"
        r"doubled|increases|increased)\b",
        r"^\s*(?:by|before) (?:\d|midnight|tonight|tomorrow|noon)[^?]*$",
        r"\b(?:waiting|wait)\b.{0,10}\b{n} {time_unit}\b",
        r"\bif i dont (?:hear|get|see|receive) (?:back |it |anything |from you |the money |"
        r"payment )?(?:by|before|in|within)\b",
        r"\b(?:im|i am) counting\b",
        r"\b\d+ (?:mins?|minutes?|hours?|hrs?|seconds?|secs?)\s*[.!]+\s*(?:dont|or|go|now|hurry)\b",
        r"^\s*(?:by|before) \d{1,2}(?::\d\d)? ?(?:am|pm)? or\b",
    ),
    _rule(
        "payment_instructions",
        "sextortion",
        ACTOR,
        r"\bmy {rail} (?:is|tag|handle|id|address|=|:)",
        r"\b{rail} (?:only|accepted|works|or (?:{rail}|venmo|paypal|crypto))\b",
        r"\bonly (?:cash or |take |accept )?{rail}\b",
        r"\b(?:send|pay|transfer|buy|get|use|load|put|deposit|wire|pay with|pay in|accept|"
        r"only take|only accept)(?! (?:you|him|her|them|yourself)\b) (?:.{0,30}?)\b{rail}\b",
        r"\b(?:cash ?app|venmo|zelle|paypal) me\b",
        r"\b{rail}\b.{0,30}\b(?:send|pay|transfer|code|codes|number|numbers|pin)\b",
        r"(?<![\w$])\$[a-z][a-z0-9_]{2,}\b",
        r"\b{rail}:? ?[@$][a-z]",
        r"\b(?:bc1[a-z0-9]{25,59}|[13](?=[a-z0-9]*[a-z])[a-z0-9]{25,34}|0x[0-9a-f]{40})\b",
        r"\b(?:scratch|peel|rub) (?:off )?(?:the )?(?:back|card|code|silver|strip|panel)\b",
        r"\b(?:pic|photo|picture|screenshot|image)s? of the (?:card|cards|code|codes|back|front)\b",
        r"\b{rail} (?:\w+ ){0,3}only\b",
        r"\b(?:send|give|text|dm) (?:me )?(?:the )?(?:gift ?card|card) (?:codes?|numbers?|pins?)\b",
        r"\bthe (?:card )?codes?\b.{0,20}\b(?:now|here|asap)\b",
        r"\b(?:bitcoin|btc|crypto) (?:atm|right now|machine|kiosk|terminal)\b",
        r"\buse (?:your|ur) (?:\w+ )?(?:{parent}s?|parents) (?:card|credit card|bank card|"
        r"debit card|account|cash app|paypal|money)\b",
        r"\b(?:zelle|venmo|cash ?app|paypal|wire|transfer) it (?:to|now|here)\b",
        r"\b{rail},? (?:\d+ ?(?:x|times) ?\d+|\d+ of them|only|please|now)\b",
        r"\bpaypal\.me/",
    ),
    # --- live-streaming ---------------------------------------------------------------------
    _rule(
        "show_scheduling",
        "live_streaming",
        ACTOR,
        r"(?<!watched a )(?<!watched the )(?<!saw a )(?<!saw the )(?<!watching a )"
        r"\b(?:show|session|private (?:call|show|session)|cam (?:call|show|session)|live|"
        r"video call|stream|live ?stream|call|class|lesson) (?:is |starts |will start |begins )?"
        r"(?:at \d{1,2}|at (?:the )?same|tonight|tomorrow|later|"
        r"today|again|same time|this (?:evening|weekend|morning|afternoon)|"
        r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|every day|daily|"
        r"\d{1,2} ?(?:am|pm)|in (?:\d+|an?|one) (?:hour|mins?|minutes?))\b"
        r"(?! (?:was|were|is over|finished|ended))",
        r"\bready for (?:the |tonights |todays |our |the next |another |my )?(?:show|session|"
        r"call|live|stream)\b",
        r"\b(?:schedule|book|arrange|set up|plan|reserve|confirm|fix|move|reschedule) (?:a |the |"
        r"another |our |next |the next |my |your )?(?:show|session|call|live|stream|time|slot|"
        r"one)\b",
        r"\b(?:the )?next (?:one|show|session|call|live) (?:on|for|at|tomorrow|tonight|is)\b",
        r"\b(?:when|what time) (?:is|s) (?:the |our )?next (?:call|show|session|one|live)\b",
        r"\bbook (?:me|us|a slot|a time|another)\b",
        r"\b(?:same|usual|normal) time (?:tomorrow|tonight|next week|as (?:before|last time|usual|"
        r"yesterday))\b",
        r"\b(?:same|usual) time\s*\?",
        r"^(?:yes|ok|yeah|sure|yep)? ?(?:same|usual) time\s*[.!]*$",
        r"\b(?:be|get|come|go) (?:online|ready|on cam|on camera|on|live) (?:at|by|in) \d",
        r"\b(?:what|which) time (?:is|for|will|can|should|do|does) (?:the |our |we |you |it )?"
        r"(?:show|session|call|live|start|be online|go live|do it)\b",
        r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)? (?:my|your|our|manila|ph|uk|us|est|pst|gmt|bst|aest) "
        r"time\b",
        r"\b(?:pay ?per|per) (?:minute|min|hour|show|session|call|view)\b",
        r"\b(?:\$|php|usd|£)? ?\d+ (?:per|a|an|for (?:a|an|the|one|\d+)) (?:minute|min|mins|"
        r"hour|hr|show|session|call)\b",
        r"\bhow much (?:for|is) (?:the |a |one |an |\d+ )?(?:private |live |cam |video )?(?:show|"
        r"session|call|hours?|hrs?|mins?|"
        r"minutes?|live)\b",
        r"\btime ?zones?\b",
        r"\bsame as (?:last (?:time|week|night)|before|usual|yesterday)\s*\??$",
        r"\bsame (?:arrangement|deal|setup|set up|as usual)\b",
        r"\b(?:the )?usual (?:at|time|tonight|tomorrow|\d)",
        r"\bwhat time (?:works|suits|is good|is best)\b",
        r"\b\d+ (?:hours?|hrs?) (?:ahead|behind)\b",
        r"\b(?:my|your) time ?zone\b",
        r"\b(?:longer|extra|private|another|special) (?:show|session|cam call)\b",
        r"\b(?:go|going|be|get) live (?:at|tonight|now|later|soon)\b",
        r"\b(?:whats|what is) (?:the |your )?(?:rate|price)s?\b|\b(?:same|usual) (?:rate|"
        r"price)s?\b",
        r"\b(?:the|your) (?:rate|price) (?:this time|tonight|for (?:\d|an? |one |the (?:call|show|"
        r"session)))",
        r"\b(?:show|session|call|live|stream) (?:still )?on for (?:tonight|tomorrow|later|"
        r"\w+day)\b",
        r"\bready (?:at|by|for) \d{1,2}\b",
        r"\bwhen (?:the )?(?:neighbou?rs|others|every ?one|they|the house) (?:sleep|are asleep|"
        r"leave|go out|is empty)\b",
        r"\b(?:\$|php|usd|£|p)? ?\d[\d,.]*k? ?(?:php|pesos?|dollars?|usd|"
        r"bucks)?(?: \w+){0,2} (?:for|per) (?:the|a|one|each|every) (?:call|show|session|cam|"
        r"hour)\b",
        r"\b\d[\d,.]*k? (?:if|for) (?:longer|extra|more time|overtime)\b",
        r"\bwhat time tonight\b",
        r"\b\d[\d,.]*k? ?(?:php|pesos?|dollars?|usd|bucks|pounds?|euros?)(?:,? \w+)? only\b",
        r"\b(?:sir|po|maam|mam),? \d[\d,.]*k? (?:\w+ )?only\b",
        r"\b\d{1,2}(?::\d\d)? ?(?:am|pm) (?:here|there|my side|your side)\b",
    ),
    _rule(
        "show_payment",
        "live_streaming",
        ACTOR,
        r"\b(?:remittance|remit|remitted|western union|moneygram|gcash|g cash|maya|paymaya|palawan|"
        r"cebuana|mlhuillier|m lhuillier|lbc|remitly|worldremit|world remit|xoom|ria money|"
        r"mtcn|padala|pasaload|e ?wallet|ewallet)\b",
        r"\b(?:control|reference|tracking|transaction|confirmation) (?:number|no|code|id|#)\b",
        r"\bref (?:no|number|code|#)?\s*#?\s*\d{3,}\b",
        r"\bref (?:no|number|code)\b",
        r"\bproof of (?:payment|transfer)\b",
        r"\b(?:send|sent|give|buy|need) (?:me )?(?:some |the |a )?(?:e ?)?load\b",
        r"\bload (?:first|po|sir|na|muna)\b",
        r"\b(?:paid|pay|payment|sent|send|transfer|transferred|wire|wired|remit|money|cash) "
        r"(?:you |it |the money |already |it already )?(?:for|before) (?:the |this |our |each |"
        r"tonights |todays |that |your )?(?:show|session|call|live|stream)\b",
        r"\b(?:send|pay|payment|money|pay me|transfer) (?:\w+ )?first\b",
        r"\b(?:for|need|needs|needed) (?:money for )?(?:food|school|school fees?|tuition|rent|"
        r"medicine|"
        r"meds|hospital|the hospital|bills|milk|the baby|diapers|uniform|electricity)\b.{0,40}"
        r"\b(?:send|sent|pay|paid|load|remit|money|help)\b",
        r"\b(?:send|sent|pay|paid|load|remit|money|help)\b.{0,40}\b(?:for|need|needs) "
        r"(?:food|school fees?|tuition|rent|medicine|meds|the hospital|hospital|bills|milk|"
        r"the baby|diapers|electricity)\b",
        r"\b(?:sent|paid|transferred|wired|remitted) (?:you )?(?:\$|php|usd|£|p)? ?\d+\b(?! "
        r"(?:messages?|pics?|photos?|texts?|times|emails?|mins?|minutes?))",
        r"\b(?:check|did you get|did you receive|got) (?:the |your |my )?(?:remittance|payment|"
        r"money|transfer|load|padala)\b",
        r"\b(?:money|payment|load|cash|transfer) (?:is )?(?:sent|transferred|received|done)\b",
        r"\b(?:pay|paying|pay you|ill pay) (?:extra|more|double)\b",
        r"\b(?:pay|send|payment|money|transfer) (?:\w+ )?before (?:we|you|i) (?:start|begin|"
        r"go live|go on)\b",
        r"\b(?:screenshot|photo|pic|copy) of the (?:receipt|transfer|payment|slip|remittance)\b",
        r"\b(?:received|got it|got the money|money received)\b.{0,20}\b(?:sir|maam|mam|po)\b",
        r"\bwhat name (?:do|should|will) i (?:put|use|write)\b",
        r"\b(?:use|put) (?:the )?name of\b",
        r"\bsent (?:it )?(?:to|via|on|with) (?:your|ur|the) (?:gcash|account|wallet|e ?wallet|"
        r"number|note)\b",
        r"\b(?:no|need|needs|for|buy|pay for|pay the) (?:\w+ ){0,2}(?:food|rice|milk|medicine|"
        r"meds|rent|"
        r"tuition|enrol?ments?|uniform|shoes|books|school fees?|hospital|bills?)\b.{0,40}\b(?:help|"
        r"send|sir|maam|mam|po|please|even small|any amount)\b",
        r"\b(?:help|sir|maam|mam|po|please)\b.{0,40}\b(?:no|need|needs|for) (?:\w+ ){0,2}(?:food|"
        r"rice|milk|medicine|meds|rent|tuition|enrol?ments?|uniform|shoes|books|school fees?|"
        r"hospital bills?)\b",
    ),
    _rule(
        "child_on_camera",
        "live_streaming",
        ACTOR,
        r"\b(?:is|are|s) (?:the|that|this) {child_adj}{child} (?:there|ready|with you|on cam|"
        r"on camera|on video|awake|available|home|around|up|free|coming|joining|in the room|"
        r"next to you|beside you)\b",
        r"\b(?:is|are|s) (?:your) {child_adj}(?:kid|kids|girl|girls|boy|boys|child|children|"
        r"little ones?|young ones?|small ones?|younger ones?|baby|niece|nieces|nephew|nephews|"
        r"daughter|daughters|son|sons|cousin|cousins) (?:there (?:tonight|today|now|later)|"
        r"ready|on cam|on camera|available|joining|free tonight|with you tonight)\b",
        r"\b(?:bring|put|show|get|have|let|need|want|make|keep) (?:the|your|that|this)? ?"
        r"{child_adj}(?:{child}|sister|brother)(?: \w+)? (?:on|to|in front of|into|onto|near|by) "
        r"(?:the )?"
        r"(?:cam|camera|call|screen|video|show|session|live|stream|phone)\b",
        r"\b{child_adj}{child} (?:is |are )?(?:on|in front of|near) (?:the )?(?:cam|camera|"
        r"screen|video|call)\b",
        r"\b(?:can|could|will|is|would) (?:your|the) (?:\w+ )?(?:{child}|sister|brother|niece|"
        r"nephew) (?:join|be on|come on|get on|be in|go on) (?:the |our |a )?(?:call|cam|camera|"
        r"show|video|session|stream|live)\b",
        r"\b(?:bring|put|get|show|have) (?:her|him|them|both|both of them|the two|the others) "
        r"(?:\w+ )?(?:to|on|in front of) (?:the )?(?:cam|camera|call|screen|video)\b",
        r"\b(?:see|want|need) (?:both|all) of them\b",
        r"\b(?:get|bring|fetch|wake) (?:the|your) {child_adj}(?:little one|young one|small one|"
        r"youngest|kid|kids|girl|girls|baby)\b(?! (?:to|from|at|home|up for|ready for) )",
        r"\b(?:make sure|check) (?:the|your) {child_adj}{child} (?:is|are) (?:there|ready|awake|"
        r"home|with you|on)\b",
        r"\b(?:i want|i wanna|i need|i wanna see|show me|let me see|can i see|i want to see) "
        r"(?:the|your) {child_adj}{child}\b",
        r"\b(?:younger|other|new|smaller|little|more|different) (?:ones?|{child}) (?:available|"
        r"there|ready|with you|too|as well|tonight|today)\b",
        r"\b(?:any|got|have|do you have) (?:other|younger|more|new|smaller) (?:ones|kids|girls|"
        r"boys|children)\b",
        r"\b(?:shes|she is|hes|he is|theyre|they are|the kids are|the baby is) (?:ready|awake|"
        r"on cam|available|waiting)(?: for you| now| sir| po| tonight)?\s*(?:$|\?|\.)",
        r"\bthe {child_adj}(?:kid|kids|girl|girls|boy|boys|little one|young one|small one|baby|"
        r"child)\b.{0,30}\b(?:cam|camera|show|session|live|stream)\b",
        r"\b(?:cam|camera|session|stream|call)\b.{0,30}\bthe {child_adj}(?:kid|kids|girl|girls|"
        r"boy|boys|little one|young one|small one|baby|child)\b",
        r"^\s*(?:is |are )?(?:she|he|they|the {child_adj}{child}) (?:ready|there|awake|on cam|"
        r"available)(?: yet| now| tonight| for me)?\s*\??\s*$",
        r"\b(?:will|would|can) (?:the|your) {child_adj}{child} be (?:there|on|ready|joining|awake|"
        r"available|with you)\b",
        r"\bsame {child_adj}(?:girl|boy|kid|child|one|girls|boys|kids) as (?:last time|before|"
        r"yesterday|usual)\b",
        r"\b(?:the|my|both|our) {child_adj}(?:{child}|ones?)\b(?: \w+)? (?:will|is|are|can) "
        r"(?:\w+ )?(?:join(?: the (?:call|cam|show|session|stream)| on cam|\s*(?:sir|po|maam|mam|"
        r"now|tonight|later)?\s*[.!]*$)|be on (?:cam|camera|the call|video)|on cam|ready|waiting|"
        r"on the call|on camera)",
        r"\b(?:she|he|they) (?:is|are|s) (?:here|there) (?:already|now|waiting|ready)\b",
        r"\bwake (?:her|him|them) (?:up )?(?:for|before) the (?:call|show|cam|session)\b",
        r"\b(?:bring|have|get) (?:other|more|another|different) (?:kids|girls|boys|children|"
        r"ones)\b",
        r"\b(?:neighbou?r|friend|sister|cousin)s? (?:has|have) (?:a )?(?:daughter|son|kids|girl|"
        r"boy|children)\b",
    ),
)

_KIN = r"(?:mum|mom|mam|mummy|mommy|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandpa|grandad)"
_NOT_POSSESSED = (
    r"(?<!\bmy )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bthe )(?<!\bto )(?<!\ba )"
    r"(?<!\btheir )(?<!\bour )(?<!\bsome )(?<!\bany )(?<!\bas )"
)
# --- context ---------------------------------------------------------------------------
# Patterns that are not risk cues but tell the assessment what kind of conversation it is.
# They are searched in the same pass as the rules (:func:`scan` records the messages each
# one matches) and never appear as indicators.
_KINSHIP = _rule(
    "kinship",
    "context",
    "",
    r"\b(?:ok|k|thanks|thank you|love you|luv you|yes|yeah|yea|yep|yup|sure|bye|night|hi|hey|"
    r"hello|sorry|coming|ok ok|not yet|no|morning|miss you|on my way|omw) (?:"
    + _KIN
    + r"|auntie|aunty)\b",
    r"\b(?:its|this is) (?:mum|mom|dad|grandma|grandpa|grandad|nan|nana|gran|your (?:mum|mom|dad|"
    r"nan|gran|grandma|grandpa|grandad|auntie|uncle))\b",
    r"\blove (?:you|u),? (?:mum|mom|dad|nan|gran|grandma|grandpa)\b",
    _NOT_POSSESSED + r"\b" + _KIN + r"\s*[?!.]*$",
    r"^\s*(?:"
    + _KIN
    + r"|auntie|aunty|lola|lolo|nanay|tatay|kuya)\b(?! (?:is|s|and|says|said|wants|was|will|"
    r"would)\b)",
    r"\b(?:mummy|daddy|grandad|grandpa|grandma|nana|granny|lola|lolo|nanay|tatay) (?:and (?:mummy|"
    r"daddy) )?"
    r"(?:wants?|says?|said|is|are|will|would|misses|sends|loves)\b",
    r"\b(?:mummy|daddy|grandad|grandpa|grandma|nana|granny) (?:and|or) (?:mummy|daddy|grandad|"
    r"grandpa|"
    r"grandma|nana|granny)\b",
)
# kinship, context: someone is addressed as a parent or grandparent ("ok mum", "thanks dad!",
# "it's grandma"); docs/chats.md.

_FAMILY_REFERENCE = _rule(
    "family_reference",
    "context",
    "",
    r"\b(?:tell|ask|told|asked|with|for|from|call|help|hug) (?:mum|mom|mam|dad|nan|gran|grandma|"
    r"grandpa)\b",
    _NOT_POSSESSED + r"\b(?:mum|mom|mam|dad|nan|gran|grandma|grandpa) (?:says?|said|wants?|thinks|"
    r"told|asked|is making|made|is cooking|will be)\b",
)
# family_reference, context: a parent named without "my"/"your" ("don't tell mum", "dad says"), as
# family members talk between themselves; the assessment reads it from the other party only.

_DISTRESS = _rule(
    "distress",
    "context",
    "",
    r"\bplease (?:dont (?:do|post|share|send|show|leak|tell|put|upload|ruin|hurt|expose)\b|"
    r"dont\s*[.!]*$|stop\b|delete\b|remove\b|no\b|i beg)",
    r"\b(?:im|i am) begging\b",
    r"\bbegging you\b",
    r"\bwhy (?:are |would )?you doing this\b",
    r"\bi dont have (?:that much|the money|any money|money|enough)\b",
    r"\bill do anything\b",
    r"\bdont (?:post|share|send|show|leak) (?:it|them|this|anything|my)\b",
    r"\b(?:im|i am) (?:so )?(?:scared|terrified)\b",
    r"\bwhat do you want from me\b",
    r"\bi cant pay\b",
    r"\bleave me alone\b",
    r"\bplease i cant\b",
    r"\bim (?:so )?sorry please\b",
    r"^(?:no+ please|please no+|please stop|stop please|stop it|stop|no+o|please please|"
    r"please dont|dont please)(?: please| stop| dont| i cant| i beg you| im sorry)*\s*[.!]*$",
)
# distress, context: a participant pleads ("please don't", "I'm begging you"); the assessment reads
# it only alongside an image request, a threat or a demand from someone else.

_LESSON = _rule(
    "lesson",
    "context",
    "",
    r"\b(?:lesson|lessons|worksheet|worksheets|tutor|tutoring|tutorial|algebra|maths?|"
    r"fractions|grammar|spelling|phonics|reading practice|piano|guitar|violin|chapter|quiz|"
    r"assignment|module|syllabus|curriculum|revision|essay|science|physics|chemistry|biology|"
    r"geometry|equations?|vocabulary|teacher|homework|invoice|zoom|google meet|student|pupil|"
    r"higher tier|foundation tier|exam|exams|your working|practice test|mock)\b",
)
# lesson, context: the conversation is about a lesson's subject (tutoring paid by e-wallet).

_REPORTED = _rule(
    "reported",
    "context",
    "",
    # a warning about what someone might say or do ("if anyone ever says…", "they often…")
    r"\bif (?:any ?one|any ?body|some ?one|some ?body|a stranger|a person|people|they|some guy|"
    r"a guy|a girl|an adult)(?: online| you dont know| you meet online| you met online)? (?:ever )?"
    r"(?:says?|asks?|tells? you|tries|try|threatens?|sends?|messages?|wants?|offers?|pressures?|"
    r"demands?|starts? asking) (?:you|for|to|that|are|if|they|theyll|theyre|youre|your|about|"
    r"something|things|stuff|anything|pics|money|where|how|what|when)\b",
    r"\b(?:they|scammers|people like that|these people|predators|blackmailers|criminals|"
    r"strangers|some people|bad people|creeps|fake accounts|groomers)(?: \w+)? (?:often|usually|"
    r"always|will often|tend to|like to|try to|pretend to|love to|normally)\b",
    r"\b(?:say|says|ask|asks|said|send|sends|threaten|threatens|write|writes|message) "
    r"(?:stuff|things|something|messages|lines) like\b",
    r"\b(?:red flags?|warning signs?)\b",
    r"\b(?:tell|show) (?:me|a teacher|an adult|someone you trust|a grown ?up|your (?:mum|mom|dad|"
    r"parents|teacher)) (?:straight away|right away|immediately|asap|first)\b",
    r"\b(?:its|thats|this is|that is|its called) (?:a |called )?(?:scam|sextortion|blackmail|"
    r"grooming|a red flag|a warning sign)\b",
    # reported speech: someone else's words told to a third person
    r"\b(?:he|she|they|someone|this guy|this girl|a guy|a girl|some guy|some account) (?:said|says|"
    r"told me|told him|told her|told them|was saying|kept saying|threatened|is threatening) "
    r"(?:that |to |he|she|they|hed|shed|theyd|hell|shell|theyll|it|i|you|hes|shes|theyre)",
    # rules-2026.6: narration of a case — a hearsay marker, or a past-tense demand or threat
    # with no one named as its subject ("Demanded £500 in gift cards apparently")
    r"\b(?:apparently|reportedly|allegedly|according to (?:the|police|a|his|her|their))\b",
    r"^(?:demanded|threatened|blackmailed|extorted|asked (?:him|her|them) for|"
    r"made (?:him|her|them)|told (?:him|her|them)|forced (?:him|her|them)|"
    r"got (?:him|her|them) to)\b",
)
# reported, context: a cue told, not done — a warning about what offenders say ("if anyone ever says
# they'll…", "they often say stuff like…", "that's a red flag") or someone's words reported to a
# third person ("he said he'd post it"). Cues in such a message count as ``reported``.

_SAFETY = _rule(
    "safety",
    "context",
    "",
    r"\b(?:sextortion|sextorted|blackmailed|blackmailing|online safety|report remove|"
    r"ceop|childline|pshe|internet safety|e ?safety|stay safe online|safer internet)\b",
    r"\b(?:you wont|you will not|youre not going to) be in trouble\b",
    r"\b(?:its|it is|it wouldnt be|it would not be) not your fault\b",
    r"\b(?:nobody|no one|no ?one) will be (?:angry|cross|mad) (?:with|at) you\b",
    r"\b(?:dont|do not|never) pay (?:them|him|her|anyone|anything)\b",
)
# safety, context: safety-talk vocabulary (sextortion, scammers, CEOP, "you won't be in trouble");
# an author who uses it is warning, so their other cues count as ``reported`` too.

_AFFECTION = _rule(
    "affection",
    "context",
    "",
    r"\b(?:miss you|miss you all|miss you guys|love you all|love you guys|take care of yourselves|"
    r"ingat|kumain|did you eat|have you eaten|have you all eaten|eat well|proud of you all|"
    r"kiss the kids|hug the kids|give the kids)\b",
    # rules-2026.5: coming home to the family ("I fly home on the 20th", "when you're coming")
    r"\b(?:i|im|i am|ill|i will|we|were) (?:\w+ )?(?:fly|flying|come|coming|be|get|getting|"
    r"going) (?:back )?home\b",
    r"\bwhen (?:are )?(?:you|youre|you are|daddy|mummy|mama|papa) (?:is )?(?:coming|come) home\b",
    r"\b(?:keeps?|kept|always) asking when (?:you|youre|daddy|mummy|mama|papa)\b",
)
# affection, context: family care across a distance ("miss you all", "did you eat", "ingat"); with
# kinship it marks a family video call rather than a paid show.

_CHILD_SELF = _rule(
    "child_self",
    "context",
    "",
    r"\b(?:dont|do not|never) tell my (?:mum|mom|mam|dad|parents|nan|gran|grandma|step ?(?:mum|"
    r"mom|dad))\b",
    r"\bmy (?:mum|mom|mam|dad|parents|folks)s? (?:would|will|is gonna|are gonna|gonna|is going to|"
    r"are going to) (?:kill|ground|murder|be so mad at|go mad at|take my phone from) me\b",
    r"\bmy (?:mum|mom|mam|dad|parents)s? (?:would|will) (?:ask|find out|see|check) (?:where|who|"
    r"why|"
    r"what|if|my)\b",
    r"\bmy (?:birthday|pocket|christmas|dinner|lunch) money\b",
    r"\b(?:my|the) (?:class|form|maths|english|science|pe) teacher\b",
    r"\bso i can (?:play|stay up|game|go out) (?:till|until|late)\b",
)
# child_self, context: a writer talking as a child ("don't tell my mum", "my dad would kill me", "my
# pocket money"); with a stated minor age or being home alone, it makes them a possible child.

_SURPRISE = _rule(
    "surprise",
    "context",
    "",
    r"\b(?:surprise|surprise party|secret santa|the present|a present|the cake|balloons|"
    r"(?:her|his|their|mums|moms|dads|nanas|grandmas) (?:birthday|present|gift))\b",
)
# surprise, context: the secret is a surprise for someone else (a party, a present).

_COMMERCE = _rule(
    "commerce",
    "context",
    "",
    r"\b(?:still (?:available|for sale|selling)|for sale|the listing|best offer|ono|asking price|"
    r"postage|collection|on collection|cash on collection|buyer|seller|relist|(?:is|was) sold|"
    r"the (?:bike|sofa|phone|ps5|console|table|car|frame|item)|rent|deposit|the electric|"
    r"electricity|the internet bill|bills|my half|your half|utilities|invoice)\b",
)
# commerce, context: a sale or a shared bill (an item for sale, rent, a deposit, an invoice); a
# demand with a deadline there is a hard sale or a debt, not extortion.

_YOUR_PARENT = _rule(
    "your_parent",
    "context",
    "",
    r"\byour (?:\w+ )?(?:mum|mom|mam|mummy|mommy|dad|daddy|parents|folks|step ?(?:mum|mom|dad)|"
    r"foster (?:mum|mom|dad|parents))s?\b",
)
# your_parent, context: a writer talks about the other's parents ("does your mum check…"); said to
# someone, it suggests they still live with their parents.

_DEFERENCE = _rule(
    "deference",
    "context",
    "",
    r"\b(?:sir|maam|madam)\b",
)
# deference, context: someone is addressed as "sir" or "ma'am" — a customer, not family; it
# cancels the family discount on live-streaming.

CONTEXTS: tuple[Rule, ...] = (
    _KINSHIP,
    _FAMILY_REFERENCE,
    _DISTRESS,
    _LESSON,
    _REPORTED,
    _SAFETY,
    _AFFECTION,
    _CHILD_SELF,
    _SURPRISE,
    _COMMERCE,
    _YOUR_PARENT,
    _DEFERENCE,
)
"""Context patterns searched with the rules; :attr:`Scan.contexts` holds what they match."""

_EXPORTED_CONTEXTS = {rule.name.upper(): rule for rule in CONTEXTS}


def __getattr__(name: str) -> re.Pattern[str]:
    """The compiled context patterns (``KINSHIP``, ``REPORTED``…), compiled on first use."""
    rule = _EXPORTED_CONTEXTS.get(name)
    if rule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return rule.pattern


# Words the rules use: what a squeezed run of letters may become ("nowww" → "now").
PICTURE_REFERENCE = re.compile(
    _expand(
        r"\b(?:your|ur|those|that|the|these) (?:\w+ )?{pic}\b(?! (?:of|from) (?:the|a|an|my|his|"
        r"her|our|their|it|this)\b)|\b{pic} (?:of|wit|with) (?:you|u)\b"
    )
)
"""A reference to the other person's picture or video ("your pic", "the video of you"), not
to a picture of a thing; what :func:`.assess.category_scores` reads as leverage when the
same person demands money from someone who pleads (rules-2026.7)."""

_VOCABULARY = frozenset(
    word
    for rule in (*RULES, *CONTEXTS)
    # regex escapes (\b, \w, \s, \d) are not letters of a word: "\bwhos" is "whos"
    for word in re.findall(r"[a-z]{2,}", re.sub(r"\\[a-zA-Z]", " ", rule.source))
    if len(word) <= 12
)

normalise = Normaliser(_VOCABULARY, repair_slips=True)
"""The copy rules match on (:mod:`.normalise`)."""

_AGE_STATED = re.compile(
    r"\b(?:im|i am) (?:only |just |nearly |almost |like )?(\d{1,2})\b" + _NOT_AGE_UNIT
    + r"|\b(\d{1,2}) ?(?:yo|y o|yrs? old|years? old|year old)\b"
    + r"|\b(?:just )?turned (\d{1,2})\b" + _NOT_AGE_UNIT
    + r"|\bmy age is (\d{1,2})\b"
)  # fmt: skip

# A number opening a reply to an age question or to someone stating their age ("31. you?")
# is that writer's age; so is a message that is only a number ("13", "14 lol", "28, u?")
# any time after someone else asked or told an age.
_AGE_ANSWER = re.compile(r"^\s*(?:im |i am )?(?:only |just |like )?(\d{1,2})\b" + _NOT_AGE_UNIT)
_AGE_ONLY = re.compile(
    r"^\s*(?:im |i am )?(?:only |just |like )?(\d{1,2})\s*[?.!,]*(?:\s+(?:and you|you|lol|haha|why|"
    r"hbu|wbu|y|what about you|hby|yrs|years|years old|yo|actually|tho|though|btw|but|nearly|"
    r"almost|turning|soon|now|too|as well|also|same|whys|why does)\b.*)?\s*$"
)
_AGE_ANSWER_WINDOW = 15  # messages after the question or statement…
_AGE_ANSWER_REPLIES = 3  # …of which the first three by someone else are read as the answer


def stated_ages(text: str) -> list[int]:
    """Ages the writer gives for themselves ("im 34", "13 years old") in normalised text."""
    ages = []
    for match in _AGE_STATED.finditer(text):
        value = int(next(g for g in match.groups() if g))
        if 5 <= value <= 99:
            ages.append(value)
    return ages


_SNIPPET = 280


def snippet(text: str) -> str:
    """The message text the report shows as evidence (shortened, on one line)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


# Quoted speech (rules-2026.4): a cue inside quotation marks that a reporting verb introduces
# ("if anyone says 'send money or…'", "the account told him 'pay or…'", "flatters you: '…'")
# is told, not done. Read on the raw text, since normalising drops quotation marks; the
# writer's own words ("like I said '…'") are not reported.
_QUOTE_OPEN = re.compile(r"(?:^|[\s:(])['\"“‘«](?=\w)")
_QUOTED = re.compile(
    r"\b(?:says?|said|saying|asks?|asked|asking|tells?|told|telling|writes?|wrote|messages?|"
    r"messaged|texts?|texted|threatens?|threatened|go|goes|went|like|flatters?|claims?|claimed|"
    r"promises?|promised|warns?|warned)(?: (?!i\b)\w+){0,2}?\s*[:,]?\s*['\"“‘«](?=\w)",
    re.IGNORECASE,
)
_SELF = re.compile(r"\b(?:i|i['’ ]?ve|i have) \Z", re.IGNORECASE)


def quoted_speech(text: str) -> bool:
    """Whether the raw message text quotes someone's words after a reporting verb."""
    if _QUOTE_OPEN.search(text) is None:
        return False
    return any(
        _SELF.search(text, max(0, m.start() - 8), m.start()) is None for m in _QUOTED.finditer(text)
    )


# Framed quotes (rules-2026.6): a quiz, a worksheet or a talk quotes the offender's lines to
# teach ("q6: 'I'll post it unless you pay'. who do you tell?", "e.g. 'you've got 1 hour…'",
# "Also 'is anyone home?'"). A quoted span in a message with a teaching frame — a question
# number, a question to the reader, an example marker, a list item — is told, not done, but
# only when the words outside the quotes hold no cue of their own: an offender who writes
# "q1: pay me £200 or your pics go out" addresses the reader, and that still counts.
_QUOTE_SPAN = re.compile(
    r"(?:^|(?<=[\s:(,.]))['\"“‘«](?=\w)(.*?)(?:(?<=[\w.!?,)])['\"”’»](?=$|[\s.,;:!?)])|$)"
)
_TEACHING_FRAME = re.compile(
    r"\bq ?\d+\b|\bquestion \d+|\bquiz\b|\be\. ?g\b|\beg\b|\bfor (?:example|instance)\b|"
    r"\bsuch as\b|\bexamples?\b|\bthings like\b|\blines? like\b|"
    r"\bwhat (?:do|would|should|could|can|will|did) (?:you|they|he|she|we|i) "
    r"(?:do|say|tell|reply)\b|"
    r"\bwho (?:do|would|should|could|can|will) (?:you|they|he|she) (?:tell|talk to|go to|ask)\b|"
    r"\bhow (?:do|would|should) you (?:respond|reply|react)\b|\btrue or false\b|"
    r"\bwarning signs?\b|\bred flags?\b|\bspot the\b|\bscenario\b|"
    r"^\W*(?:also|and|or|plus|next|another one)\b|^\s*(?:[-•*]|\d+[.)])\s",
    re.IGNORECASE,
)


def framed_quote(text: str, cue: Callable[[str], bool]) -> bool:
    """Whether the raw message quotes lines inside a teaching frame (a quiz question, an
    example, a list item) and the words outside the quotes hold no cue (``cue`` says whether a
    normalised text holds one)."""
    if _QUOTE_OPEN.search(text) is None:
        return False
    spans = list(_QUOTE_SPAN.finditer(text))
    if not spans:
        return False
    outside = _QUOTE_SPAN.sub(" ", text)
    if _TEACHING_FRAME.search(outside) is None:
        return False
    return not cue(normalise(outside))


_LETTER_RUNS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=8)
def _prefilter(rules: tuple[Rule, ...]) -> Callable[[str], list[tuple[Rule, re.Pattern[str]]]]:
    """A function giving, for a normalised text, the rule alternatives worth searching (those
    whose keywords it holds), in rule order."""
    parts: list[tuple[Rule, re.Pattern[str]]] = []
    index: dict[str, int] = {}
    always = 0
    for rule in rules:
        for part in rule.parts or (Part(rule.pattern, None),):
            bit = 1 << len(parts)
            parts.append((rule, part.pattern))
            if part.keywords is None:
                always |= bit
                continue
            for key in part.keywords:
                index[key] = index.get(key, 0) | bit
    lengths = sorted({len(k) for k in index if not k.startswith("#")})
    digit = index.get("#d", 0)
    specials = [(c, index[k]) for c, k in (("$", "#$"), ("@", "#@"), ("?", "#?")) if k in index]
    chosen_for: dict[int, list[tuple[Rule, re.Pattern[str]]]] = {}
    masks: dict[str, int] = {}  # word → alternatives it may let through (words repeat a lot)

    def word_mask(word: str) -> int:
        mask = 0
        for length in lengths:
            if length > len(word):
                break
            mask |= index.get(word[:length], 0)
        if len(masks) < 200_000:
            masks[word] = mask
        return mask

    def candidates(text: str) -> list[tuple[Rule, re.Pattern[str]]]:
        mask = always
        for word in _LETTER_RUNS.findall(text):
            found = masks.get(word)
            mask |= word_mask(word) if found is None else found
        if digit and _DIGIT.search(text):
            mask |= digit
        for char, key_mask in specials:
            if char in text:
                mask |= key_mask
        chosen = chosen_for.get(mask)
        if chosen is None:
            chosen = [part for bit, part in enumerate(parts) if mask >> bit & 1]
            if len(chosen_for) < 100_000:
                chosen_for[mask] = chosen
        return chosen

    return candidates


@functools.cache
def _default_prefilter() -> Callable[[str], list[tuple[Rule, re.Pattern[str]]]]:
    return _prefilter((*RULES, *CONTEXTS))


def compile_rules() -> float:
    """Compile every rule now (normally done by the first scan) and return the seconds it
    took; a benchmark calls it before timing, a long-lived worker may call it at start."""
    started = time.perf_counter()
    _default_prefilter()
    return time.perf_counter() - started


_COMPOSED: dict[str, tuple[str, str]] = {
    name: (rule.family, rule.role)
    for name in (
        "threat_to_share",
        "coercion",
        "payment_demand",
        "deadline",
        "payment_instructions",
        "child_on_camera",
        "child_age_question",
        "supervision_check",
        "gift_offer",
        "show_payment",
    )
    for rule in RULES
    if rule.name == name
}
"""Family and role of each cue :mod:`.composed` can add (those of the lexicon rule)."""


class Scan(NamedTuple):
    """What one pass over a conversation finds."""

    indicators: list[Indicator]
    texts: dict[int, str]
    """Normalised text of each message with text, by message index."""
    ages: dict[int, list[int]]
    """Ages writers give for themselves, by message index (stated, or answering a question)."""
    contexts: dict[str, set[int]]
    """For each context pattern (:data:`CONTEXTS`) that matched, the message indices."""


def scan(messages: Iterable[Message], rules: Sequence[Rule] = RULES) -> Scan:
    """Every rule that fires, the normalised texts and the stated ages, in one pass.

    The assessment reuses the normalised text for context and the ages for roles. A number
    opening a reply to someone else's age question or stated age ("13", "14 lol") counts as
    the replier's age, and as a stated minor age when it is one.
    """
    found: list[Indicator] = []
    texts: dict[int, str] = {}
    ages: dict[int, list[int]] = {}
    candidates = _default_prefilter() if rules is RULES else _prefilter((*rules, *CONTEXTS))
    contexts: dict[str, set[int]] = {}
    context: tuple[int, str] | None = None  # (position, author) of the last age talk
    replies = 0  # replies to it read so far
    talked: set[str] = set()  # authors who asked or told an age
    for position, message in enumerate(messages):
        if message.system or not message.text:
            continue
        text = normalise(message.text)
        texts[message.index] = text
        names: set[str] = set()
        first = len(found)
        for rule, pattern in candidates(text):
            if rule.name not in names and rule.search(text, pattern):
                names.add(rule.name)
                if rule.family == "context":
                    contexts.setdefault(rule.name, set()).add(message.index)
                    continue
                found.append(
                    Indicator(
                        rule.name,
                        rule.family,
                        message.index,
                        message.author,
                        rule.role,
                        snippet(message.text),
                    )
                )
        if composed.ENABLED and rules is RULES:  # rules-2026.5 class combinations
            for name in composed_cues(text):
                if name not in names:
                    names.add(name)
                    family, role = _COMPOSED[name]
                    found.append(
                        Indicator(
                            name, family, message.index, message.author, role, snippet(message.text)
                        )
                    )
        if quoted_speech(message.text) or (
            rules is RULES
            and any(i.role == ACTOR for i in found[first:])
            and framed_quote(message.text, _holds_actor_cue)
        ):
            contexts.setdefault("reported", set()).add(message.index)
        stated = stated_ages(text) if _DIGIT.search(text) else []
        replying = (
            context is not None
            and message.author != context[1]
            and position - context[0] <= _AGE_ANSWER_WINDOW
            and replies < _AGE_ANSWER_REPLIES
        )
        if replying:
            replies += 1
        answer = None
        if not stated and (talked - {message.author}):
            answer = _AGE_ONLY.match(text) or (_AGE_ANSWER.match(text) if replying else None)
        if answer and int(answer.group(1)) >= 5:
            stated = [int(answer.group(1))]
            if stated[0] < 18 and "minor_age_stated" not in names:
                names.add("minor_age_stated")
                found.append(
                    Indicator(
                        "minor_age_stated",
                        "age",
                        message.index,
                        message.author,
                        TARGET,
                        snippet(message.text),
                    )
                )
        if stated:
            ages[message.index] = stated
        if stated or "age_question" in names or "school_question" in names:
            context, replies = (position, message.author), 0
            talked.add(message.author)
    return Scan(found, texts, ages, contexts)


def _holds_actor_cue(text: str) -> bool:
    """Whether a normalised text fires any actor-side rule or composed cue (the slow path,
    used only on the few messages that quote lines inside a teaching frame)."""
    if any(
        rule.role == ACTOR and rule.family != "context" and rule.search(text, pattern)
        for rule, pattern in _default_prefilter()(text)
    ):
        return True
    return composed.ENABLED and any(_COMPOSED[n][1] == ACTOR for n in composed_cues(text))


def find_indicators(messages: Iterable[Message], rules: Sequence[Rule] = RULES) -> list[Indicator]:
    """Every rule that fires, once per (rule, message), with the message as evidence.

    ``role`` on each indicator is the rule's role; the assessment decides afterwards whether
    the author really is the other party or the possible child.
    """
    return scan(messages, rules).indicators
