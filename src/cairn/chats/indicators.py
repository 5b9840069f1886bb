"""Risk indicators: lexicon rules that fire on single messages, grouped in families.

Each rule has a ``name``, a ``family`` and a ``role``: ``actor`` rules describe what the
other party does (asks the age, asks for secrecy, offers gifts, threatens), ``target``
rules what a possible child discloses (their age, their school, being alone). The role is
part of the rule, so "how old are you" and "I'm 13" are different indicators, and the
assessment can tell who said what. The cues follow the non-explicit indicators in the
research and agency literature (O'Connell's stages, MOGD, NCMEC/FBI/NCA sextortion alerts,
AUSTRAC and IJM on live-streamed abuse); see docs/chats.md. No rule needs sexual words:
the lexicons hold risk cues only.

Matching runs on a normalised copy of the text (NFKC, lower case, marks stripped, curly
quotes straightened), and common chat spellings are part of the patterns (u, ur, r, wat).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from cairn.chats.formats.base import strip_marks
from cairn.model.chat import Indicator, Message

__all__ = [
    "ACTOR",
    "FAMILIES",
    "KINSHIP",
    "RULES",
    "TARGET",
    "Rule",
    "find_indicators",
    "normalise",
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
    "sextortion": "threat to share, demand, deadline, payment instructions",
    "live_streaming": "paid live-streaming: scheduling, payment, a child on camera",
}
"""Every indicator family with what it covers (the report and docs use these words)."""

# Chat spellings folded into the patterns.
_SUBS = {
    "{you}": r"(?:you|u|ya|yu)",
    "{your}": r"(?:your|ur|yr|you'?re|youre)",
    "{are}": r"(?:are|r)",
    "{im}": r"(?:i'?m|i am|ima|im)",
    "{ill}": r"(?:i'?ll|i will|ima|i'?m gonna|i am going to|i'?m going to|gonna|i can|i could)",
    "{parent}": r"(?:mum|mom|mam|mother|dad|father|parents?|folks|family|step ?(?:mum|mom|dad)|"
    r"gran|nan|grandma|grandad|carer|guardian)",
    "{platform}": r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|telegram|tg|whats ?app|wa|kik|discord|"
    r"signal|wickr|session|threema|tiktok|skype|line|viber|wechat|messenger|google chat|"
    r"hangouts|my number|my other (?:account|number|app))",
    "{pic}": r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|image|images|video|"
    r"videos|vid|vids|snap|snaps)",
    "{child}": r"(?:kid|kids|girl|girls|boy|boys|child|children|little one|little ones|"
    r"young one|young ones|baby|niece|nephew|daughter|son|sister|brother)",
    "{money}": r"(?:money|cash|payment|funds|the amount|\$ ?\d+|£ ?\d+|€ ?\d+|\d+ ?(?:usd|gbp|eur|"
    r"dollars|pounds|euros|bucks|quid|php|pesos))",
    "{share_to}": r"(?:friends|family|followers|school|classmates|teachers?|parents|mum|mom|dad|"
    r"everyone|everybody|all (?:your )?contacts|the internet|your (?:friends|family|followers|"
    r"school|parents|contacts|mum|mom|dad|teachers?|class))",
}


def _compile(pattern: str) -> re.Pattern[str]:
    for key, value in _SUBS.items():
        pattern = pattern.replace(key, value)
    return re.compile(pattern)


@dataclass(frozen=True, slots=True)
class Rule:
    """One lexicon rule: a compiled pattern, the family it counts for and who says it."""

    name: str
    family: str
    role: str
    pattern: re.Pattern[str]


def _rule(name: str, family: str, role: str, *patterns: str) -> Rule:
    return Rule(name, family, role, _compile("|".join(f"(?:{p})" for p in patterns)))


_NOT_AGE_UNIT = (
    r"(?!\s*(?:min|mins|minutes|hours|hrs|h\b|km|miles|mi\b|%|percent|pounds|quid|dollars|"
    r"euros|kg|lbs|cm|ft|feet|m\b|meters|metres|times|x\b|of\b|out of|mins? away|seconds|secs|"
    r"days|weeks|months|pm|am|o'?clock|:|\.\d|,\d|/))"
)

RULES: tuple[Rule, ...] = (
    # --- age and school -------------------------------------------------------------------
    _rule(
        "age_question",
        "age",
        ACTOR,
        r"\bhow old {are} {you}\b",
        r"\bhow old\?",
        r"\b(?:wat|what)'?s? {your} age\b",
        r"\b(?:asl|a/s/l)\b",
        r"\bhow old is {your} (?:brother|sister)\b",
        r"\b{are} {you} (?:even )?(?:1[0-7]|[5-9]|over 18|18|legal|old enough)\b\s*\?",
    ),
    _rule(
        "school_question",
        "age",
        ACTOR,
        r"\b(?:what|which|wat) (?:year|grade|class|form) {are} {you} in\b",
        r"\b(?:what|which|wat) school (?:do|d) {you} go to\b",
        r"\bwhere do {you} go to school\b",
        r"\b{are} {you} (?:still )?in (?:school|middle school|primary|high school|year \d+)\b",
    ),
    _rule(
        "minor_age_stated",
        "age",
        TARGET,
        r"\b{im} (?:only |just |nearly |almost )?(?:1[0-7]|[6-9])\b" + _NOT_AGE_UNIT,
        r"\b{im} (?:only |just )?"
        r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b",
        r"\b(?:1[0-7]|[6-9]) ?(?:yo|y/o|yrs old|years old|year old)\b",
        r"\bi turn(?:ed)? (?:1[0-7]|[6-9])\b",
        r"\bmy age is (?:1[0-7]|[6-9])\b",
    ),
    _rule(
        "school_stated",
        "age",
        TARGET,
        r"\b{im} in (?:year|yr|grade) (?:[1-9]|1[0-2])\b",
        r"\b{im} in (?:[1-9]|1[0-2])(?:st|nd|rd|th) grade\b",
        r"\b{im} in (?:primary|middle|junior high|secondary) school\b",
        r"\bmy (?:form tutor|class teacher|homeroom)\b",
        r"\b(?:got|have) (?:so much )?homework\b",
        r"\bafter school (?:club|today)\b",
        r"\bmy school (?:bus|uniform)\b",
    ),
    # --- secrecy ----------------------------------------------------------------------------
    _rule(
        "secrecy_request",
        "secrecy",
        ACTOR,
        r"\b(?:don'?t|dont|do not|never) (?:tell|show|mention (?:this|me|it) to) "
        r"(?:any ?one|any ?body|{your} \w+|{parent}|ur \w+|people|them|ppl)\b",
        r"\bkeep (?:this|it|us|me|our \w+) (?:a )?secret\b",
        r"\bour (?:little )?secret\b",
        r"\b(?:just )?between (?:you and me|u and me|us two|the two of us)\b",
        r"\bno ?one (?:else )?(?:needs|has|have|will|should) (?:to )?know\b",
        r"\bthey (?:wouldn'?t|won'?t) understand\b",
        r"\b(?:this|it) stays between us\b",
    ),
    # --- trust and isolation ---------------------------------------------------------------
    _rule(
        "trust_isolation",
        "trust_isolation",
        ACTOR,
        r"\b(?:so |really |very )?mature for {your} age\b",
        r"\b{you} (?:seem|look|act|sound) (?:much |way |so )?older\b",
        r"\bonly (?:i|me) (?:really )?(?:understand|get|know)s? {you}\b",
        r"\b{your} {parent} (?:don'?t|doesn'?t|never) "
        r"(?:understand|get|listen to|care about) {you}\b",
        r"\b{your} friends (?:don'?t|dont|never) (?:understand|get|care|deserve)\b",
        r"\b{you} can (?:always )?trust me\b",
        r"\b(?:i'?m|i am) the only one (?:who|that)\b",
        r"\b{you} don'?t need (?:them|{your} friends|{your} {parent})\b",
        r"\b(?:nobody|no one) (?:else )?(?:understands|gets|cares about) {you} like (?:i do|me)\b",
        r"\b{you}'?re (?:so )?special to me\b",
    ),
    # --- supervision ------------------------------------------------------------------------
    _rule(
        "supervision_check",
        "supervision",
        ACTOR,
        r"\b(?:is|are) (?:any ?one|any ?body|{your} {parent}|{your} \w+ {parent}|"
        r"ur {parent}) (?:else )?(?:home|around|in|there|awake|up|nearby|back)\b",
        r"\b{are} {you} (?:home )?(?:alone|by yourself|on {your} own)\b",
        r"\bwhere {are} {your} {parent}\b",
        r"\bwhen (?:do|does|will) {your} {parent} (?:get|come|be) (?:home|back)\b",
        r"\bwho else (?:uses|sees|checks|has) {your} (?:phone|computer|laptop|tablet|account)\b",
        r"\b(?:is|can you lock) {your} (?:bedroom )?door (?:locked|shut)?\b",
        r"\bcan (?:any ?one|{your} {parent}) see {your} (?:screen|phone)\b",
        r"\bdo {your} {parent} (?:check|look at|go through) {your} (?:phone|messages|chats)\b",
    ),
    _rule(
        "alone_stated",
        "supervision",
        TARGET,
        r"\b{im} (?:home )?alone\b",
        r"\b(?:no ?one|nobody)'?s? (?:is )?(?:home|here)\b",
        r"\bmy {parent} (?:is|are|r) (?:out|away|at work|asleep|working late|not home)\b",
    ),
    # --- platform move ----------------------------------------------------------------------
    _rule(
        "platform_move",
        "platform_move",
        ACTOR,
        r"\badd me (?:on|at) {platform}\b",
        r"\b(?:let'?s|lets|we should|can we) (?:move|switch|go|talk|chat|continue|text) "
        r"(?:to|on|over to) {platform}\b",
        r"\b(?:what'?s|whats|wats|what is|give me|send me|drop) {your} "
        r"(?:snap(?:chat)?|insta(?:gram)?|number|digits|kik|telegram|whats ?app|discord|ig|sc)\b",
        r"\b(?:text|message|dm|msg|call|find) me on {platform}\b",
        r"\b(?:download|get|install) (?:telegram|kik|signal|wickr|session|threema|discord)\b",
        r"\bmy (?:snap|insta|kik|telegram|discord|number) is\b",
        r"\bmore private (?:there|on)\b",
    ),
    # --- deletion ---------------------------------------------------------------------------
    _rule(
        "deletion_request",
        "deletion",
        ACTOR,
        r"\b(?:delete|erase|remove|clear|wipe) (?:this|the|our|these|all|those|my|ur|{your}) "
        r"(?:chat|chats|messages?|msgs?|convo|conversation|texts?|history|dms?|pics?|photos?)\b",
        r"\b(?:delete|erase|wipe) (?:it|them|everything) (?:after|when|now|straight away)\b",
        r"\b(?:turn on|use|set) disappearing messages\b",
        r"\bmake sure (?:to|you|u) delete\b",
        r"\bunsend (?:it|that|them)\b",
    ),
    # --- image requests ---------------------------------------------------------------------
    _rule(
        "image_request",
        "image_request",
        ACTOR,
        r"\b(?:send|show|give|get) (?:me )?(?:a |an |another |one more |some |more |ur |{your} )?"
        r"(?:new |cute |quick )?{pic}\b",
        r"\b(?:turn|put|switch) (?:on )?{your} (?:cam|camera|webcam)(?: on)?\b",
        r"\b(?:cam|camera|webcam) on\b",
        r"\b(?:video ?call|facetime|vc|video chat) (?:me|now|tonight|later)\b",
        r"\bcan i see (?:you|u|what {you} look like)\b",
        r"\bshow me (?:{your} room|what {you}'?re wearing|yourself)\b",
        r"\bone more {pic}\b",
    ),
    # --- gifts and money ---------------------------------------------------------------------
    _rule(
        "gift_offer",
        "gifts_money",
        ACTOR,
        r"\b{ill} (?:buy|get|send|give) {you} (?:a |an |some |the |\d+ )?(?:new )?"
        r"(?:present|gift|phone|robux|v-?bucks|skins?|credit|top ?up|money|cash|clothes|"
        r"trainers|makeup|card|game|console|anything)\b",
        r"\b(?:free|some) (?:robux|v-?bucks|gems|coins|skins)\b",
        r"\b{ill} (?:send|transfer|pay) {you} (?:\$|£|€)?\d*",
        r"\b{ill} (?:top up|pay for) {your}\b",
        r"\b(?:want|do you want|would you like) (?:some )?(?:robux|v-?bucks|a gift card|money|"
        r"a new phone)\b",
    ),
    # --- meeting ----------------------------------------------------------------------------
    _rule(
        "meeting",
        "meeting",
        ACTOR,
        r"\b(?:we should|let'?s|lets|wanna|want to|can we|could we) "
        r"(?:meet|meet up|hang out|see each other)\b",
        r"\bmeet (?:up )?(?:in person|irl|for real)\b",
        r"\b{ill} (?:pick {you} up|come (?:and )?get {you}|drive to|come to {your}|"
        r"meet {you} (?:at|after|near|outside))\b",
        r"\bwhere do {you} live\b",
        r"\b(?:what'?s|whats|what is|send me) {your} (?:address|postcode|location)\b",
        r"\bcome (?:over )?to my (?:place|house|flat|car|hotel)\b",
        r"\b(?:i'?ll|i will|i can) (?:pay for|buy|get) {your} "
        r"(?:bus|train|taxi|uber|ticket|fare)\b",
    ),
    # --- sextortion -------------------------------------------------------------------------
    _rule(
        "threat_to_share",
        "sextortion",
        ACTOR,
        r"\b{ill} (?:send|share|post|leak|show|forward|expose) (?:it|them|this|these|those|"
        r"everything|{your} {pic}|the {pic})? ?(?:to|with|on) (?:all )?{share_to}\b",
        r"\b(?:i have|i got|i'?ve got|i saved) (?:all )?{your} (?:\w+ )?{pic}\b",
        r"\b(?:everyone|everybody|all {your} (?:friends|followers)) (?:will|is gonna|gonna) see\b",
        r"\bruin {your} (?:life|reputation|future)\b",
        r"\b(?:screenshots?|list) of {your} (?:followers|friends|contacts|family)\b",
        r"\b(?:go|going|goes) viral\b",
        r"\bor (?:else )?(?:i|ill|i'?ll) (?:post|share|send|leak|expose)\b",
        r"\bexpose {you}\b",
    ),
    _rule(
        "payment_demand",
        "sextortion",
        ACTOR,
        r"\b(?:pay|send|give|transfer) me {money}",
        r"\b(?:i want|i need|i demand) {money}",
        r"\b{you} (?:need|have|got) to pay\b",
        r"\b(?:pay|send) (?:the|that|my) (?:money|amount|fee)\b",
        r"\bpay (?:now|up|me now|or)\b",
        r"\b(?:send|pay|transfer) {money} (?:now|today|tonight|asap|right now|or)\b",
    ),
    _rule(
        "deadline",
        "sextortion",
        ACTOR,
        r"\b{you} (?:have|got) (?:only )?\d+ (?:min|mins|minutes|hours|hrs|hr|seconds)\b",
        r"\b(?:within|in) (?:the next )?\d+ (?:min|mins|minutes|hours|hrs|hr)\b",
        r"\b(?:before|by) (?:midnight|tonight|tomorrow morning|the end of (?:the )?day)\b.*\bor\b",
        r"\b(?:times|time'?s|time is) (?:running out|up|ticking)\b",
        r"\b(?:last|final) (?:chance|warning)\b",
        r"\bcount ?down\b",
    ),
    _rule(
        "payment_instructions",
        "sextortion",
        ACTOR,
        r"\b(?:cash ?app|venmo|zelle|paypal|apple pay|btc|bitcoin|crypto|usdt|eth|wallet "
        r"address|western union|moneygram|steam card|apple card|google play card|itunes card|"
        r"amazon card|razer gold)\b.{0,40}\b(?:send|pay|transfer|buy|scratch|code)",
        r"\b(?:send|pay|transfer|buy) .{0,30}\b(?:cash ?app|venmo|zelle|paypal|btc|bitcoin|"
        r"crypto|usdt|wallet|western union|moneygram|gift ?cards?|steam card|apple card|"
        r"google play card|itunes card)\b",
        r"\b(?:scratch|peel) (?:off )?the (?:back|card|code)\b",
        r"\b(?:send|text) (?:me )?(?:a )?(?:pic|photo|picture|screenshot) of the "
        r"(?:card|code|codes|receipt)\b",
        r"\bthe (?:card )?codes?\b.{0,20}\b(?:now|here|asap)\b",
    ),
    # --- live-streaming ---------------------------------------------------------------------
    _rule(
        "show_scheduling",
        "live_streaming",
        ACTOR,
        r"\b(?:the |a |our |next )?(?:show|session|private call|cam call|live) "
        r"(?:at|tonight|tomorrow|later|same time|this (?:evening|weekend))\b",
        r"\bwhat time (?:is|for|will) (?:the |our )?(?:show|session|call|live)\b",
        r"\b(?:schedule|book|arrange|set up) (?:a |the |another |our )?(?:show|session|call)\b",
        r"\bsame time (?:tomorrow|next week|as before)\b",
        r"\b(?:be|get) (?:online|ready|on cam) (?:at|by) \d",
    ),
    _rule(
        "show_payment",
        "live_streaming",
        ACTOR,
        r"\b(?:paid|pay|payment|sent|send|transfer) (?:you )?(?:for )?(?:the |this |our |each |"
        r"tonight'?s )?(?:show|session|call|live)\b",
        r"\b(?:remittance|remit|western union|moneygram|gcash|maya|paymaya|palawan|cebuana|"
        r"remitly|worldremit|mtcn|control number|reference number|ref no)\b",
        r"\b(?:send|sent) (?:the )?(?:money|payment|load) (?:first|before)\b",
        r"\b(?:school fees?|for food|for the hospital|for medicine|for rent)\b.{0,40}"
        r"\b(?:send|sent|pay|paid|load|remit)\b",
        r"\b(?:send|sent|pay|paid|load|remit)\b.{0,40}\b(?:school fees?|for food|for the hospital|"
        r"for medicine)\b",
    ),
    _rule(
        "child_on_camera",
        "live_streaming",
        ACTOR,
        r"\b(?:is|are) the (?:other |younger |little |small )?{child} (?:there|ready|with you|"
        r"on cam|on camera|awake|available|home)\b",
        r"\b(?:bring|put|show|get) the (?:other |younger |little |small )?{child} "
        r"(?:on|to|in front of) (?:the )?(?:cam|camera|call|screen|video)\b",
        r"\bhow old (?:is|are) the (?:other |younger |little |small )?{child}\b",
        r"\b(?:bring|put|show|get) the (?:other|younger|little|small|new) ones? "
        r"(?:on|to|in front of) (?:the )?(?:cam|camera|call|screen|video)\b",
        r"\b(?:younger|other) (?:ones?|{child}) (?:available|there|ready)\b",
        r"\b(?:{child}) (?:on|in front of) (?:the )?(?:cam|camera)\b",
    ),
)

KINSHIP = re.compile(
    r"\b(?:ok|okay|k|thanks|thank you|thx|love you|love u|luv u|yes|yeah|bye|night|hi|hey|"
    r"sorry|coming|ok ok) (?:mum|mom|mam|mummy|mommy|dad|daddy|nan|nana|nanna|gran|granny|"
    r"grandma|grandpa|grandad|auntie|aunty)\b|"
    r"\b(?:it'?s|its|this is) (?:mum|mom|dad|grandma|grandpa|nan|gran|your (?:mum|mom|dad|nan|"
    r"gran|grandma|grandpa|auntie|uncle))\b|\blove (?:you|u),? (?:mum|mom|dad|nan|gran)\b"
)
"""Context, not a risk cue: someone is addressed as a parent or grandparent (docs/chats.md)."""

_AGE_STATED = re.compile(
    r"\b(?:i'?m|i am|im) (?:only |just |nearly |almost )?(\d{1,2})\b" + _NOT_AGE_UNIT
    + r"|\b(\d{1,2}) ?(?:yo|y/o|yrs old|years old|year old)\b"
)  # fmt: skip
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    """The copy rules match on: NFKC, marks stripped, lower case, straight quotes."""
    if text.isascii():
        return text.lower()
    return strip_marks(unicodedata.normalize("NFKC", text)).translate(_QUOTES).lower()


def stated_ages(text: str) -> list[int]:
    """Ages the writer gives for themselves ("I'm 34", "13 years old") in normalised text."""
    ages = []
    for match in _AGE_STATED.finditer(text):
        value = int(match.group(1) or match.group(2))
        if 5 <= value <= 99:
            ages.append(value)
    return ages


_SNIPPET = 280


def snippet(text: str) -> str:
    """The message text the report shows as evidence (shortened, on one line)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def find_indicators(
    messages: Iterable[Message], rules: tuple[Rule, ...] = RULES
) -> list[Indicator]:
    """Every rule that fires, once per (rule, message), with the message as evidence.

    ``role`` on each indicator is the rule's role; the assessment decides afterwards whether
    the author really is the other party or the possible child.
    """
    found: list[Indicator] = []
    for message in messages:
        if message.system or not message.text:
            continue
        text = normalise(message.text)
        for rule in rules:
            if rule.pattern.search(text):
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
    return found
