"""Conversation assessment: indicators → who is who → category scores → one risk score.

1. One pass over the messages (:func:`.indicators.scan`) normalises each text, fires the
   rules, records stated ages (a bare "13" answering an age question included) and the
   context patterns (kinship, family talk, pleading, lesson talk).
2. Roles: a participant who discloses a minor's age or school is a *possible child*;
   everyone else is the *other party*. An actor-side cue ("how old are you", "don't tell
   anyone") counts fully when the other party says it, at a fraction when a possible child
   says it (two children keeping a party secret is not grooming), and a target-side cue
   said by someone who only ever states an adult age does not count.
3. Category scores, each in [0, 1], read the *structure* of the conversation, not single
   keywords:
   - grooming: a noisy-OR of the actor-side families (each family counted once, a repeat
     adds a little; one family alone is halved), times the evidence that a child is
     present: a stated minor age or school (x1.0), the other party asked the age or school
     and nobody answered with an adult one (x0.7), nothing either way (x0.55), only adult
     ages stated (x0.2). Family context (someone addressed as mum or nan, or the other
     party saying "don't tell mum") x0.35; more than two writers x0.7;
   - sextortion, per author (the same person must threaten and demand): a threat to share
     (0.6), or leverage (a claim to hold images, coercion, or an image request followed by
     a money demand) with a demand, deadline or payment instructions (0.5); demand +0.15,
     deadline +0.10, payment instructions +0.15 (+0.1 when two or more); someone else
     pleading ("please don't", "I'm begging you") +0.1. Without threat or leverage: demands
     met with pleading at most 0.5, an image request met with pleading 0.35, a hard sale
     (demand, deadline, gift-card payment) at most 0.3;
   - live_streaming: a child on camera with scheduling or payment (0.55, +0.2 each); a
     child on camera alone 0.35; scheduling and payment without a child (an online lesson
     paid by e-wallet) 0.25; one of them alone 0.1. Talk of a lesson's subject x0.3, family
     context x0.35 (a grandparent asking to see the baby on camera).
4. The conversation's score is the highest category score plus a small bonus for each
   other category present; a category is listed at 0.3 or more (sextortion only with a
   threat, or leverage with a demand); ``level`` is high ≥ 0.7, medium ≥ 0.4, low ≥ 0.15,
   else none.

Weights were set by hand from the literature's emphasis and checked on the synthetic
development sets (docs/chats.md gives the figures); they are constants here, versioned by
:data:`VERSION`, so a stored assessment says which scorer produced it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from cairn.chats.indicators import ACTOR, TARGET, Scan, scan
from cairn.model.chat import Assessment, Conversation, Indicator

__all__ = [
    "CATEGORIES",
    "GROOMING_WEIGHTS",
    "LEVELS",
    "VERSION",
    "assess",
    "category_scores",
    "level_for",
]

VERSION = "rules-2026.2"
"""Scorer version stored with every assessment."""

CATEGORIES = ("grooming", "sextortion", "live_streaming")

LEVELS: tuple[tuple[float, str], ...] = ((0.7, "high"), (0.4, "medium"), (0.15, "low"))

GROOMING_WEIGHTS: dict[str, float] = {
    "age": 0.12,
    "secrecy": 0.30,
    "trust_isolation": 0.25,
    "supervision": 0.30,
    "platform_move": 0.15,
    "deletion": 0.25,
    "image_request": 0.22,
    "gifts_money": 0.20,
    "meeting": 0.22,
}
"""Weight of each actor-side family in the grooming noisy-OR."""

_PEER_FACTOR = 0.3  # actor-side cue said by a possible child
_REPEAT_FACTOR = 0.35  # the second occurrence of a family adds this share of its weight
_CHILD_PRESENT, _UNKNOWN, _ADULTS_ONLY = 1.0, 0.55, 0.2
_ASKED = 0.7  # no age known either way, but the other party asked the age or school
_KINSHIP_FACTOR = 0.35  # someone is addressed as mum, dad, nan…
_GROUP_FACTOR = 0.7  # more than two people write in the conversation
_LESSON_FACTOR = 0.3  # live-streaming cues in a conversation about a lesson's subject
_TARGET_NAMES = {"minor_age_stated", "school_stated"}
_SEXTORTION_PARTS = {"payment_demand": 0.15, "deadline": 0.1, "payment_instructions": 0.15}
_LEVERAGE = ("leverage_claim", "coercion")


def level_for(score: float) -> str:
    """The level name for a score (:data:`LEVELS`)."""
    for bound, name in LEVELS:
        if score >= bound:
            return name
    return "none"


def _roles(
    conversation: Conversation, indicators: Sequence[Indicator], ages: Mapping[int, list[int]]
) -> tuple[set[str], bool]:
    """The possible children (authors of target-side cues who never state an adult age),
    and whether every participant who stated an age stated an adult one."""
    adult_ages: set[str] = set()
    minor_ages: set[str] = set()
    for message in conversation.messages:
        for age in ages.get(message.index, ()):
            (adult_ages if age >= 18 else minor_ages).add(message.author)
    children = {
        i.author for i in indicators if i.role == TARGET and i.name in _TARGET_NAMES
    } | minor_ages
    children -= adult_ages - minor_ages
    adults_only = bool(adult_ages) and not children
    return children, adults_only


def category_scores(
    conversation: Conversation,
    indicators: Sequence[Indicator],
    scanned: Scan | None = None,
) -> tuple[dict[str, float], list[Indicator]]:
    """Each category's score and the indicators that counted (with their final role).

    ``scanned`` is what :func:`.indicators.scan` found (ages, context); when it is not given
    the conversation is scanned here (``indicators`` are still the ones scored).
    """
    if scanned is None:
        scanned = scan(conversation.messages)
    contexts = scanned.contexts
    children, adults_only = _roles(conversation, indicators, scanned.ages)
    counted: list[Indicator] = []
    weight_of: dict[str, float] = defaultdict(float)  # per family, best author factor
    count_of: dict[str, int] = defaultdict(int)
    names: dict[str, float] = defaultdict(float)
    by_author: dict[str, dict[str, float]] = defaultdict(dict)
    first_at: dict[str, dict[str, int]] = defaultdict(dict)  # author → cue → first message
    for indicator in indicators:
        if indicator.role == ACTOR:
            factor = _PEER_FACTOR if indicator.author in children else 1.0
            role = TARGET if indicator.author in children else ACTOR
        else:
            if indicator.author not in children and indicator.name in _TARGET_NAMES:
                continue
            factor, role = 1.0, TARGET
        counted.append(
            Indicator(
                indicator.name,
                indicator.family,
                indicator.message,
                indicator.author,
                role,
                indicator.text,
            )
        )
        if indicator.role == ACTOR:
            weight_of[indicator.family] = max(weight_of[indicator.family], factor)
            count_of[indicator.family] += 1
            names[indicator.name] = max(names[indicator.name], factor)
            author = by_author[indicator.author]
            author[indicator.name] = max(author.get(indicator.name, 0.0), factor)
            first_at[indicator.author].setdefault(indicator.name, indicator.message)
        else:
            names[indicator.name] = max(names[indicator.name], 1.0)

    writers = {m.author for m in conversation.messages if not m.system and m.author}
    asked = any(
        i.family == "age" and i.role == ACTOR and i.author not in children for i in indicators
    )
    grooming = _grooming(weight_of, count_of, names, children, adults_only, asked)
    actors = set(by_author)
    family = bool(contexts.get("kinship")) or bool(
        actors & _authors(conversation, contexts.get("family_reference", set()))
    )
    if family:
        grooming *= _KINSHIP_FACTOR
    if len(writers) > 2:
        grooming *= _GROUP_FACTOR
    pleading = _authors(conversation, contexts.get("distress", set()))
    sextortion = _sextortion(by_author, first_at, pleading, bool(contexts.get("kinship")))
    live = _live_streaming(names, weight_of)
    if contexts.get("lesson"):
        live *= _LESSON_FACTOR
    if family:
        live *= _KINSHIP_FACTOR
    return {"grooming": grooming, "sextortion": sextortion, "live_streaming": live}, counted


def _grooming(
    weight_of: Mapping[str, float],
    count_of: Mapping[str, int],
    names: Mapping[str, float],
    children: set[str],
    adults_only: bool,
    asked: bool,
) -> float:
    """Noisy-OR over actor-side families, times the evidence that a child is present."""
    keep = 1.0
    families = 0
    for family, weight in GROOMING_WEIGHTS.items():
        factor = weight_of.get(family, 0.0)
        if not factor:
            continue
        families += 1
        w = weight * factor
        keep *= 1 - w
        if count_of.get(family, 0) > 1:
            keep *= 1 - w * _REPEAT_FACTOR
    if names.get("alone_stated"):
        keep *= 1 - GROOMING_WEIGHTS["supervision"] * 0.5
    grooming = 1 - keep
    if families <= 1:
        grooming *= 0.5
    if children:
        presence = _CHILD_PRESENT
    elif adults_only:
        presence = _ADULTS_ONLY
    else:
        presence = _ASKED if asked else _UNKNOWN
    return grooming * presence


def _authors(conversation: Conversation, indices: set[int]) -> set[str]:
    """Who wrote the messages at these indices."""
    if not indices:
        return set()
    return {m.author for m in conversation.messages if m.index in indices}


def _sextortion(
    by_author: Mapping[str, Mapping[str, float]],
    first_at: Mapping[str, Mapping[str, int]],
    pleading: set[str],
    family: bool,
) -> float:
    """Per author: a threat, or leverage with a demand, makes sextortion; someone else
    pleading confirms it. Asking for a picture and later for money counts as leverage (the
    sextortion arc: image request, then demand)."""
    wanted = ("threat_to_share", "image_request", *_LEVERAGE, *_SEXTORTION_PARTS)
    if not any(name in cues for cues in by_author.values() for name in wanted):
        return 0.0
    best = 0.0
    for author, cues in by_author.items():
        threat = cues.get("threat_to_share", 0.0)
        leverage = max(cues.get(name, 0.0) for name in _LEVERAGE)
        if not leverage and _arc(first_at.get(author, {})):
            leverage = min(cues["image_request"], cues["payment_demand"])
        parts = sum(w * cues.get(n, 0.0) for n, w in _SEXTORTION_PARTS.items())
        pleaded = bool(pleading - {author})
        bonus = 0.1 if parts >= 0.25 else 0.0
        if threat:
            score = 0.6 * threat + parts + bonus + 0.05 * leverage + (0.1 if pleaded else 0.0)
        elif leverage and parts:
            score = 0.5 * leverage + parts + bonus + (0.1 if pleaded else 0.0)
        elif leverage:
            score = 0.2 * leverage
        elif pleaded and parts:
            score = min(0.5, 0.3 + parts)  # demands met with pleading, threat not recognised
        elif pleaded and cues.get("image_request") and not family:
            score = 0.35 * cues["image_request"]  # asked for pictures, and the other pleads
        elif parts >= 0.25:
            score = 0.3 * min(1.0, parts / 0.4)  # a hard sale: demand, deadline, payment
        else:
            continue
        best = max(best, score)
    return min(1.0, best)


def _arc(first: Mapping[str, int]) -> bool:
    """An image request, then (in a later message) a demand for money."""
    return "image_request" in first and first.get("payment_demand", -1) > first["image_request"]


def _live_streaming(names: Mapping[str, float], weight_of: Mapping[str, float]) -> float:
    """The three parts together: a child on camera, scheduling, payment. A child on camera
    with either of the others is strong; any one part alone, or scheduling and payment
    without a child (an online lesson paid by e-wallet), is weak."""
    on_camera = names.get("child_on_camera", 0.0)
    scheduling = names.get("show_scheduling", 0.0)
    payment = names.get("show_payment", 0.0)
    if on_camera and (scheduling or payment):
        live = 0.55 * on_camera + 0.2 * scheduling + 0.2 * payment
        if names.get("age_question") or weight_of.get("image_request"):
            live += 0.05
        return min(1.0, live)
    if on_camera:
        return 0.35 * on_camera
    if scheduling and payment:
        return 0.25 * min(scheduling, payment)
    return 0.1 * max(scheduling, payment)


def assess(conversation: Conversation) -> Assessment:
    """The conversation's risk score, level, categories and evidence."""
    scanned = scan(conversation.messages)
    scores, counted = category_scores(conversation, scanned.indicators, scanned)
    best = max(scores.values())
    categories = tuple(
        name
        for name in CATEGORIES
        if scores[name] >= 0.3 and (name != "sextortion" or _sextortion_evidence(counted))
    )
    bonus = 0.05 * max(0, len(categories) - 1)
    score = round(min(1.0, best + bonus), 4)
    return Assessment(
        score=score,
        level=level_for(score),
        categories=categories,
        indicators=tuple(counted),
        version=VERSION,
    )


def _sextortion_evidence(indicators: Sequence[Indicator]) -> bool:
    """What listing the sextortion category needs: from one author, a threat, or leverage
    (or an image request followed by a demand) with a demand, deadline or payment."""
    by_author: dict[str, dict[str, int]] = defaultdict(dict)
    for i in indicators:
        if i.role == ACTOR:
            by_author[i.author].setdefault(i.name, i.message)
    for first in by_author.values():
        if "threat_to_share" in first:
            return True
        if (any(n in first for n in _LEVERAGE) or _arc(first)) and any(
            n in first for n in _SEXTORTION_PARTS
        ):
            return True
    return False
