"""Composed cues (``rules-2026.5``): small word classes combined, not phrases.

Three blind sets by three authors showed the same pattern: each new author's sextortion and
live-streaming lines escaped the phrase lexicons of :mod:`.indicators` ("your picture is going
to everyone you follow unless you answer me", "300 pounds and it disappears", "keep the camera
on her"). The *structure* of those lines is stable across authors even when the wording is
not: an exposure verb, an audience and an object or a condition make a threat; an amount with
pressure makes a demand; a duration or a time limit makes a deadline; a camera word with a
third person makes a child on camera. This module detects those combinations on the
normalised text (:mod:`.normalise`), so a cue needs one word from each class, in any wording
around them. Each class is a short list that can be read and extended on its own.

The cues carry the same names as the lexicon rules (``threat_to_share``, ``coercion``,
``payment_demand``, ``deadline``, ``payment_instructions``, ``child_on_camera``,
``child_age_question``) and are added by :func:`.indicators.scan` only where the lexicon did
not already fire on the message, so the evidence still names the message and its author.
Set :data:`ENABLED` to False to measure what they add (docs/chats.md). ``rules-2026.6`` widened
the demand (a first-person want of an amount of money's worth, "not negotiable"), coercion
(the name or reputation ruined) and threat (a list of the target's people "gets a surprise")
classes from the fourth blind set's failures.
"""

from __future__ import annotations

import re

__all__ = ["ENABLED", "composed_cues"]

ENABLED = True
"""Whether :func:`.indicators.scan` adds the composed cues (switched off only to measure)."""

# --- classes -----------------------------------------------------------------------------------

# Exposure: the material goes to people. Verbs in any tense or person, and "goes/going to".
_EXPOSE = (
    r"(?:send(?:s|ing)?|sent|post(?:s|ing|ed)?|shar(?:e|es|ing|ed)|leak(?:s|ing|ed)?|"
    r"upload(?:s|ing|ed)?|forward(?:s|ing|ed)?|spread(?:s|ing)?|show(?:s|ing|n)?|"
    r"publish(?:es|ing|ed)?|drop(?:s|ping)?|tag(?:s|ging)?|release(?:s|d)?|releasing|"
    r"expos(?:e|es|ing|ed)|dm(?:s|ing)?|go(?:es|ing)? (?:to|out|round|around|in|into|public|viral)|"
    r"head(?:s|ing|ed)? (?:to|for|straight to)|"
    r"gonna go|put (?:it|them|this|that|everything)|make (?:it|you) (?:viral|famous)|"
    r"will see|gonna see|see it|know about it|find out)"
)
# Audience: the people around the target.
_AUDIENCE = (
    r"(?:every ?(?:one|body|1)|every (?:single )?(?:contact|follower|friend|person|name)|"
    r"all (?:of )?your|your (?:\w+ )?(?:friends?|family|followers?|"
    r"contacts?|parents?|mum|mom|dad|brother|sister|school|class(?:mates)?|teachers?|coach|"
    r"team|group|group ?chat|follow(?:ing|ers)? list|boss|church|college|uni|work|neighbou?rs|"
    r"grand\w+|aunt\w*|uncle)|(?:school|class|team|family|year) (?:group|chat|gc)|"
    r"follow list|online|the internet|public|viral|the whole (?:school|class|world|town))"
)
# Object: the material, or a pronoun for it.
_OBJECT = (
    r"(?:your (?:\w+ )?(?:pics?|pictures?|photos?|videos?|vids?|selfies?|images?|recording|"
    r"screenshots?|nudes?|call)|the (?:pics?|pictures?|photos?|videos?|vids?|recording|"
    r"screenshots?)|pics?|pictures?|photos?|videos?|vids?|screenshots?|recording|"
    r"\bit\b|\bthem\b|\bthis\b|everything|what you sent)"
)
# Condition: the exposure depends on the other's answer.
_CONDITION = (
    r"(?:unless|or else|\bor i\b|\bor it\b|if (?:you|no|not)|until|otherwise|"
    r"if i dont|when i dont|before you|in \d+ (?:min|mins|minutes|hours?|hrs?))"
)
# Pressure on a bare amount: currency, "more", "now", a time limit, an end to it.
_CURRENCY = r"(?:\$|£|€|usd|gbp|eur|dollars?|pounds?|quid|euros?|bucks|k\b)"
_AMOUNT = r"(?<![\d:.])(?:[$£€] ?)?(?:[2-9]\d|\d{3,5})(?![\d:.]\d)(?: ?" + _CURRENCY + r")?"
_PRESSURE = (
    r"(?:more|now|another|extra|by (?:tonight|tomorrow|midnight|morning|noon|today|\d)|"
    r"and (?:it|this|they|the \w+)(?: all)? (?:disappears?|goes? away|gets? deleted|is gone|"
    r"stops?)|"
    r"and (?:we are|were|im|i am|i) (?:done|gone|finished)|first part|to start|right now|"
    r"or (?:else|i|it)|not negotiable|non negotiable|no less|no discount|minimum)"
)
_MONEY_THING = (
    r"(?:cards?|gift ?cards?|vouchers?|codes?|vbucks|v bucks|robux|coins|gems|skins|bitcoin|"
    r"btc|usdt|eth|" + _CURRENCY[3:-1] + r")"
)
# "h" only after a number ("2h"): "a" + "h" would read the interjection "ah" as an hour.
_DURATION = r"(?:\d+ ?h|(?:\d+|one|two|three|five|ten|fifteen|thirty|an?|half an?) ?(?:min|mins|"
_DURATION += r"minutes?|hours?|hrs?|seconds?|secs?))"
_TIME_LIMIT = (
    r"(?:by (?:tonight|tomorrow|midnight|the morning|morning|noon|today|\d{1,2}(?: ?[ap]m)?)|"
    r"before (?:you|your) (?:go to (?:sleep|bed|school)|wake|school|parents?|mum|dad)|"
    r"not after|after that|you have until|you have " + _DURATION + r")"
)
_RAILS = (
    r"(?:western union|moneygram|mtcn|paypal|friends and family|mark it as friends|"
    r"gift ?cards?|steam card|itunes card|apple card|google play card|bitcoin|btc|crypto|"
    r"usdt|wallet address|cash ?app|venmo|zelle|revolut|remitly|wise transfer)"
)
# Ruin: the consequence named without the material ("it is finish for you").
_RUIN = (
    r"(?:(?:it is|its|it will be|your life is|youre) (?:finish|finished|over|done) for you|"
    r"your life is (?:over|finished|done)|i stop asking nicely|no more nice|"
    r"you will regret|youll regret|"
    # rules-2026.6: the name or the reputation named as what will be ruined
    r"(?:spoil|ruin|destroy|wreck|tarnish|finish|mess up|damage) (?:your|ur) (?:\w+ )?"
    r"(?:name|reputation|life|future|image))"
)
_START_EXPOSING = (
    r"(?:i (?:start|begin|will start|am starting|im starting) (?:sending|posting|sharing|"
    r"uploading|leaking|forwarding)|(?:sending|posting|sharing|uploading|leaking|forwarding) "
    r"(?:it|them|everything|the (?:pics?|video|photos?)) (?:now|tonight|right now))"
)
_SAVED = (
    r"(?:(?:pics?|photos?|videos?|screenshots?|recording|everything|your contacts|contacts|"
    r"followers|friends list)[ +&,and]+(?:all )?(?:your )?(?:contacts|followers|friends list|"
    r"everything)? ?(?:are |is |all )?(?:saved|stored|backed up|screenshotted|recorded))"
)
# Live streaming: a camera word with a third person, or a third person's age asked.
_CAMERA = r"(?:cam|camera|webcam|screen|video|on call|on the call|in frame|in the frame|live)"
_THIRD = (
    r"(?:her|him|them|she|he|the (?:kids?|girls?|boys?|child|children|little ones?|younger|"
    r"older|baby)|both|your (?:daughter|son|niece|nephew|sister|brother))"
)
_KEEP = r"(?:keep|make sure|have|put|get|bring|want|need|stays?|stay|be|is|are|on)"

_DESTINATION = r"(?:to|with|in|on|into|at|all over|around|round|across|for)"
_RECEIVE = (
    r"(?:see|sees|seeing|gets? (?:it|them|this|everything|the (?:pics?|pictures?|photos?|videos?|"
    r"vids?|screenshots?|recording))|will (?:see|know|get)|finds? out)"
)
# rules-2026.6: a list of the target's people "gets a surprise", the material by euphemism.
_LIST_SURPRISE = re.compile(
    r"\b(?:your|ur) (?:\w+ )?(?:contacts?|contact list|followers?|follow(?:ing|ers)? list|"
    r"friends list|school (?:group|page|chat)|class (?:group|chat)|group ?chat)\b.{0,15}?\b"
    r"gets? (?:a |an )?(?:little |nice |big )?(?:surprise|notification|delivery)\b"
)
_NEGATED = r"(?<!dont )(?<!do not )(?<!never )(?<!not )(?<!can you )(?<!could you )"
_THREAT = re.compile(
    r"\b"
    + _NEGATED
    + _EXPOSE
    + r"\b(?! (?:me|us)\b).{0,60}?\b"
    + _DESTINATION
    + r" (?:all |each |every |the whole )?(?:of )?"
    + _AUDIENCE
    + r"|\b"
    + _AUDIENCE
    + r"\b.{0,25}?\b"
    + _RECEIVE
    + r"\b|\b(?:going|goes|go|head(?:s|ing|ed)?)(?: straight)? (?:to|out to|for) "
    + r"(?:all |each |the whole )?(?:of )?"
    + _AUDIENCE
)
_OBJECT_RE = re.compile(r"\b" + _OBJECT)
_CONDITION_RE = re.compile(r"\b" + _CONDITION)
_DEMAND = re.compile(
    _AMOUNT
    + r"\b.{0,12}?\b"
    + _PRESSURE
    + r"|\b(?:now|just|and|so|then) (?:you )?pay\b|\bunless you (?:pay|send)\b|"
    r"\bpay (?:me|up|now|or)\b|\b(?:now|then) (?:send|pay) (?:me )?"
    + _AMOUNT
    # rules-2026.6: a first-person want of an amount of money or money's worth
    + r"|\b(?:i (?:want|need|expect)|get me|gift me|buy me|send me|give me)\b "
    r"(?:(?!to\b|you\b)\w+ ){0,2}?" + _AMOUNT + r"(?: \w+){0,2}? ?(?:" + _MONEY_THING + r")\b"
)
_DEADLINE = re.compile(
    # "one sec" / "a second" alone is "hang on", not a time limit (rules-2026.8)
    r"^(?!\s*(?:one|a|1) (?:sec|secs|second|seconds)\s*[.!]*\s*$)\s*"
    + _DURATION
    + r"(?:\s*[.!]|\s*$|\s+(?:then|or|left|and|to))|"
    + _AMOUNT
    + r"\s+"
    + _DURATION
    + r"\s*$|\b"
    + _DURATION
    + r"\b.{0,6}\b(?:then|after that|or|left)\b|"
    r"\b" + _TIME_LIMIT + r"\b"
)
_RAILS_RE = re.compile(r"\b" + _RAILS + r"\b")
# Instructions, not talk about a rail: an imperative or a name, number or code to use.
_INSTRUCT = re.compile(
    r"^\s*(?:\w+ ){0,2}" + _RAILS + r"|\b(?:send|buy|get|pay|transfer|use|scratch|put) "
    r"(?:\w+ ){0,3}?(?:with|via|through|by|on|to|in)\b|\b(?:name|number|code|codes|the back|"
    r"address|mtcn|reference|ref)\b"
)
_ASKING = re.compile(
    r"^\s*(?:can|could|may|would|will|should) (?:i|you|we)\b|\b(?:i got|i have|ive got|they|"
    r"he|she|them|scam)\b"
)
_RUIN_RE = re.compile(r"\b" + _RUIN + r"\b|\b" + _START_EXPOSING + r"\b|\b" + _SAVED)
_ON_CAMERA = re.compile(
    r"\b"
    + _CAMERA
    + r"\b.{0,20}?\b"
    + _THIRD
    + r"\b|\b"
    + _THIRD
    + r"\b.{0,15}?\b"
    + _KEEP
    + r"\b.{0,10}?\b"
    + _CAMERA
    + r"\b"
)
_THIRD_AGE = re.compile(
    r"\b(?:confirm|remind me (?:of )?|tell me|what are|whats|what is|how old are) (?:\w+ ){0,2}"
    r"(?:ages|(?:her|his|their|the (?:kids?|girls?|boys?|childs?|childrens?)) ages?)\b"
)
# Supervision: who else is there, asked of the other ("who's about at yours", "coast clear?").
_PRESENCE = (
    r"(?:(?:are|r) you (?:\w+ )?(?:alone|by yourself|on your own)|(?:you|u) (?:stay|are|be) alone|"
    r"alone (?:right now|now|tonight|rn)|just you in the room|your own room|"
    r"(?:anyone|anybody|someone|somebody)(?: else)? (?:be )?(?:home|around|about|in the room|"
    r"there|with you|in the house|at yours)|who(?:s| is| else is)? (?:about|around|home|there|"
    r"with you|in)\b|coast (?:is )?clear|(?:your|ur) (?:parents|mum|mom|dad|mother|father|"
    r"mother and father) (?:\w+ ){0,3}?(?:home|in (?:the )?house|get (?:in|back|home)|back|"
    r"out|away|at work|asleep))"
)
_ERRAND = re.compile(r"\b(?:ask|ring|call|tell|talk to|speak to|phone|text) (?:him|her|them)\b")
_SUPERVISION = re.compile(
    r"\b" + _PRESENCE + r".*\?|\b" + _PRESENCE + r"\b(?:.{0,12}\b(?:right|rn|now|tonight))"
)
# Gifts: a first-person offer to pay for or give the other something.
_GIFT = re.compile(
    r"(?<!can )(?<!could )(?<!should )\bi"
    r"(?: can| will|ll| could|d like to| want to| wanna| am gonna| gonna)? "
    r"(?:send|get|buy|make|give|pay for|top up|recharge|cover|sort|treat)(?: you| your)? "
    r"(?:\w+ ){0,3}?(?:money|cash|gift|present|phone|tablet|recharge|credit|game|skin|robux|"
    r"vbucks|voucher|travel|something|data)\b"
)
# Help asked for a household need, the facilitator's framing of a payment.
_HELP = re.compile(
    r"\b(?:help us|help me|maybe you (?:can )?(?:send|help|add)|send something|extra \d+|"
    r"you send a gift)\b.*\b(?:sir|food|milk|hospital|medicine|fees?|baby|rent|phone|"
    r"nothing|gift)\b|\b(?:sir|food|milk|hospital|fees?|baby)\b.*\b(?:help|maybe you|"
    r"send something|extra \d+)\b"
)

# The words each class needs (one of them must be in the message before its pattern runs):
# most messages hold none, so a message costs one word split and a few set intersections.
_WORD = re.compile(r"[a-z]+")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_NEED_THREAT = _words(
    "everyone everybody every all your school class team family follow online internet "
    "public viral whole"
)
_NEED_RUIN = _words(
    "finish finished over done regret asking nice saved stored backed screenshotted recorded "
    "start begin starting sending posting sharing uploading leaking forwarding spoil ruin "
    "destroy wreck tarnish mess damage"
)
_NEED_TIME = _words(
    "tonight tomorrow midnight morning noon today before after minutes minute mins min hours "
    "hour hrs hr h seconds secs second sec until"
)
_NEED_RAILS = _words(
    "western moneygram mtcn paypal friends gift giftcard giftcards card steam itunes apple "
    "google bitcoin btc crypto usdt wallet cash cashapp venmo zelle revolut remitly wise"
)
_NEED_CAMERA = _words("cam camera webcam screen video call frame live")
_NEED_AGE = frozenset({"age", "ages"})
_NEED_SUPERVISION = _words(
    "alone yourself own room anyone anybody someone somebody who whos coast parents mum mom "
    "dad mother father"
)
_NEED_GIFT = _words(
    "money cash gift present phone tablet recharge credit game skin robux vbucks voucher "
    "travel something data"
)
_NEED_HELP = _words("sir food milk hospital medicine fee fees baby rent")
_FIRST_PERSON = frozenset({"i", "ill", "id"})
_EVERYTHING = (
    _NEED_THREAT
    | _NEED_RUIN
    | _NEED_TIME
    | _NEED_RAILS
    | _NEED_CAMERA
    | _NEED_AGE
    | _NEED_SUPERVISION
    | _NEED_GIFT
    | _NEED_HELP
    | _FIRST_PERSON
    | {"pay", "paypal"}
)


def composed_cues(text: str, gated: bool = True) -> list[str]:
    """The cue names the class combinations find in one normalised message.

    ``gated`` runs a pattern only when the message holds one of the words its class needs
    (the fast path); ``gated=False`` runs every pattern (the slow reference the tests compare
    it with)."""
    if gated:
        words = frozenset(_WORD.findall(text))
        digit = any(c.isdigit() for c in text)
    else:
        words, digit = _EVERYTHING, True
    found: list[str] = []
    threat = words & _NEED_THREAT and _THREAT.search(text)
    if (threat and (_CONDITION_RE.search(text) or _OBJECT_RE.search(text))) or (
        words & _NEED_THREAT and _LIST_SURPRISE.search(text)
    ):
        found.append("threat_to_share")
    if words & _NEED_RUIN and _RUIN_RE.search(text):
        found.append("coercion")
    demand = (digit or "pay" in words) and _DEMAND.search(text) is not None
    if demand:
        found.append("payment_demand")
    if (digit or words & _NEED_TIME) and _DEADLINE.search(text):
        found.append("deadline")
    rails = (words & _NEED_RAILS or "paypal" in text or not gated) and _RAILS_RE.search(text)
    if rails and _INSTRUCT.search(text) and not _ASKING.search(text):
        found.append("payment_instructions")
    if words & _NEED_CAMERA and _ON_CAMERA.search(text):
        found.append("child_on_camera")
    if words & _NEED_AGE and _THIRD_AGE.search(text):
        found.append("child_age_question")
    if words & _NEED_SUPERVISION and _SUPERVISION.search(text) and not _ERRAND.search(text):
        found.append("supervision_check")
    if words & _FIRST_PERSON and words & _NEED_GIFT and _GIFT.search(text):
        found.append("gift_offer")
    if words & _NEED_HELP and _HELP.search(text):
        found.append("show_payment")
    return found
