"""Conversation assessment: indicators → who is who → category scores → one risk score.

1. Rules fire per message (:mod:`.indicators`).
2. Roles: a participant who discloses a minor's age or school, or being alone, is a
   *possible child*; everyone else is the *other party*. An actor-side cue ("how old are
   you", "don't tell anyone") counts fully when the other party says it, at a fraction
   when a possible child says it (two children keeping a party secret is not grooming), and
   a target-side cue said by someone who only ever states an adult age does not count.
3. Category scores, each in [0, 1]:
   - grooming: a noisy-OR of the actor-side families (each family counted once, a repeat
     adds a little), times the evidence that a child is present: a stated minor age or
     school (x1.0), nothing either way (x0.55), only adult ages stated (x0.2);
     one family alone is halved (a single cue is rarely grooming);
   - sextortion: needs a threat to share; then demand, deadline and payment instructions
     each add. Demand+deadline+payment without a threat is a weak score (a hard sale);
   - live_streaming: a child on camera, or scheduling plus payment, with each adding.
4. The conversation's score is the highest category score plus a small bonus for each
   other category present; ``level`` is high ≥ 0.7, medium ≥ 0.4, low ≥ 0.15, else none.

Weights were set by hand from the literature's emphasis and checked on the synthetic
evaluation set (docs/chats.md gives the figures); they are constants here, versioned by
:data:`VERSION`, so a stored assessment says which scorer produced it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from cairn.chats.indicators import (
    ACTOR,
    KINSHIP,
    TARGET,
    find_indicators,
    normalise,
    stated_ages,
)
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

VERSION = "rules-2026.1"
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
_KINSHIP_FACTOR = 0.35  # someone is addressed as mum, dad, nan…
_GROUP_FACTOR = 0.7  # more than two people write in the conversation
_TARGET_NAMES = {"minor_age_stated", "school_stated"}
_SEXTORTION_PARTS = {"payment_demand": 0.15, "deadline": 0.1, "payment_instructions": 0.15}


def level_for(score: float) -> str:
    for bound, name in LEVELS:
        if score >= bound:
            return name
    return "none"


def _roles(conversation: Conversation, indicators: Sequence[Indicator]) -> tuple[set[str], bool]:
    """The possible children (authors of target-side cues who never state an adult age),
    and whether every participant who stated an age stated an adult one."""
    adult_ages: set[str] = set()
    minor_ages: set[str] = set()
    for message in conversation.messages:
        if message.system or not message.text or not any(c.isdigit() for c in message.text):
            continue
        for age in stated_ages(normalise(message.text)):
            (adult_ages if age >= 18 else minor_ages).add(message.author)
    children = {
        i.author for i in indicators if i.role == TARGET and i.name in _TARGET_NAMES
    } | minor_ages
    children -= adult_ages - minor_ages
    adults_only = bool(adult_ages) and not children
    return children, adults_only


def category_scores(
    conversation: Conversation, indicators: Sequence[Indicator]
) -> tuple[dict[str, float], list[Indicator]]:
    """Each category's score and the indicators that counted (with their final role)."""
    children, adults_only = _roles(conversation, indicators)
    counted: list[Indicator] = []
    weight_of: dict[str, float] = defaultdict(float)  # per family, best author factor
    count_of: dict[str, int] = defaultdict(int)
    names: dict[str, float] = defaultdict(float)
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
        else:
            names[indicator.name] = max(names[indicator.name], 1.0)

    # grooming: noisy-OR over actor-side families
    keep = 1.0
    families = 0
    for family, weight in GROOMING_WEIGHTS.items():
        factor = weight_of.get(family, 0.0)
        if not factor:
            continue
        families += 1
        w = weight * factor
        keep *= 1 - w
        if count_of[family] > 1:
            keep *= 1 - w * _REPEAT_FACTOR
    if names.get("alone_stated"):
        keep *= 1 - GROOMING_WEIGHTS["supervision"] * 0.5
    grooming = 1 - keep
    if families <= 1:
        grooming *= 0.5
    presence = _CHILD_PRESENT if children else (_ADULTS_ONLY if adults_only else _UNKNOWN)
    grooming *= presence
    if any(
        not m.system and m.text and KINSHIP.search(normalise(m.text)) for m in conversation.messages
    ):
        grooming *= _KINSHIP_FACTOR
    if len({m.author for m in conversation.messages if not m.system and m.author}) > 2:
        grooming *= _GROUP_FACTOR

    # sextortion: a threat first
    threat = names.get("threat_to_share", 0.0)
    parts = sum(w * names.get(n, 0.0) for n, w in _SEXTORTION_PARTS.items())
    if threat:
        sextortion = min(1.0, 0.6 * threat + parts + (0.1 if parts >= 0.25 else 0.0))
        sextortion = max(sextortion, 0.6 * threat)
    else:
        sextortion = 0.35 * min(1.0, parts / 0.4) if parts >= 0.25 else 0.0

    # live-streaming: a child on camera, or scheduling and payment together
    on_camera = names.get("child_on_camera", 0.0)
    scheduling = names.get("show_scheduling", 0.0)
    payment = names.get("show_payment", 0.0)
    if on_camera:
        live = min(1.0, 0.55 * on_camera + 0.2 * scheduling + 0.2 * payment)
        if names.get("age_question") or weight_of.get("image_request"):
            live = min(1.0, live + 0.05)
    elif scheduling and payment:
        live = 0.25 * min(scheduling, payment)
    else:
        live = 0.0
    return {"grooming": grooming, "sextortion": sextortion, "live_streaming": live}, counted


def assess(conversation: Conversation) -> Assessment:
    """The conversation's risk score, level, categories and evidence."""
    raw = find_indicators(conversation.messages)
    scores, counted = category_scores(conversation, raw)
    best = max(scores.values())
    categories = tuple(
        name
        for name in CATEGORIES
        if scores[name] >= 0.3 and (name != "sextortion" or _has(counted, "threat_to_share"))
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


def _has(indicators: Sequence[Indicator], name: str) -> bool:
    return any(i.name == name for i in indicators)
