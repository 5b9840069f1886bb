# ruff: noqa: E501
"""A tenth blind test set for chat-risk ranking, written without reading the rules, the other
sets' scripts or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), ``cairn/model/chat.py``,
``evaluation/metrics.py`` (its opening, which imports the scorer; nothing was run) and the
signature of ``formats.base.conversation_id`` (with its first lines). From the other sets only
these were read: ``Beat``, ``_b``, ``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in
``dataset.py`` (the ``grep`` that showed them also showed the first lines of ``SMALL_TALK``,
``small_talk`` and the signature and first lines of the renderer; none was reused, and
``NAMES`` is not used: the names here are this module's own); the module docstrings of
``blind.py`` to ``blind9.py`` (for the labelling conventions and the one-line descriptions of
the benign kinds; the first set's eight kinds have only their names); the constants
``FAMILY_NAMES``, ``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS`` to ``NINTH_BENIGN_KINDS`` (with the
``BLIND*_BENIGN_KINDS`` line after each, and in ``blind.py`` a comment, three type aliases and
the first names of a name tuple next to them; not followed); the ruff and mypy settings in
pyproject.toml; and ``tests/chats/test_chat_blind_sets_shape.py``, where this set's entry was
added. Not read: the rule code (``indicators.py``, ``assess.py``, ``normalise.py``,
``paraphrases.py``, ``composed.py``, ``learned.py`` and its weights, ``identifiers.py`` and the
rest of ``cairn/chats`` outside the files named), the scripts of the earlier sets,
docs/chats.md, the other chat tests and the project's history. The scorer was never run on
this set and no score was looked at; only the shape tests were run. Every line is this
module's own; the reference's example phrases were avoided in risky lines (its situations were
followed, not its wording) and appear, if at all, in benign conversations that quote them.

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind:
every kind of ``BENIGN_KINDS``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS``, ``FIFTH_BENIGN_KINDS``, ``SIXTH_BENIGN_KINDS``,
``SEVENTH_BENIGN_KINDS``, ``EIGHTH_BENIGN_KINDS`` and ``NINTH_BENIGN_KINDS``, written afresh
from the kind's name and its one-line description, plus five new kinds
(``TENTH_BENIGN_KINDS``): neighbours returning a lost cat, with a £100 reward, "send a pic so I
can compare", a meeting at the park gates, an 8-year-old daughter, a quoted scam "pay £200
first or you'll never see the cat again" and "don't share our address" (``lost_pet_reward``);
a customer and a furniture shop over a damaged sofa, with "full refund by Friday or I'm going
to small claims", a threat to post the photos on review sites, photos of the damage, a refund
reference, "would you consider deleting the review" and a 4-year-old (``refund_dispute``); a
nursery's parent updates, with a 2-year-old, fees by the 5th with a reference, a photo of a
rash, "delete the photo from the parents' WhatsApp" and a collection password to keep from
the child (``nursery_updates``); a host family and an exchange agency for a 16-year-old, with
a video call at 9 your time, a photo of the flight booking, a meeting at arrivals, pocket
money by transfer and "will an adult be home in the evenings" (``host_family``); and an
online fitness coach, with weekly progress photos, "don't share these anywhere", a form-check
video call across time zones, a fee due on the 1st and "delete last week's photos"
(``fitness_checkins``). Risky scenarios (``kind`` is ``category/scenario``, drawn in turn):
grooming by an adult owner of a private game realm who gifts coins to a 5th to 7th grader
(US gamer slang), a neighbour known offline who fixes bikes and asks about a mother's shifts
(UK English), an adult "creator" of dance duets (Filipino English and Taglish), a cricket
"selector" for under-15 trials (Indian English), an adult in a children's obstacle game whom
a 9 to 11-year-old refuses and shows to the grandmother, who takes over the chat, a stranger
who writes at most four lines in a junior angling club's group chat before the children
report him (Scottish), an adult "listener" on a peer-support app (Kenyan English, over days),
a teammate's 20-year-old brother with a car (Scots), an adult card trader (German first
language), and an online guitar teacher whom the child refuses and reports to her mother and
a teacher (US English); sextortion by a fake girl with the follower list and Cash App within
two hours, with an implied threat (head of year, mother's Facebook) then a paysafecard demand,
staged over three days with a recorded call and Apple cards, by a second account that takes
over after the first is blocked (Zelle or crypto), in broken English for Google Play codes,
after a payment already made with the demand raised (Irish English, Revolut), refused by a
teenager who has told his coach and his dad, by an extorter who writes at most four lines
while the teenager pleads, and with pictures edited from a stream's recording and a PayPal
demand; and the chat side of paid live-streams of children: an aunt scheduling calls across
time zones with e-wallet payments and references, "help" requests (rice, medicine, a bill) in
voice notes before calls, a new customer's age and presence checks before paying, haggling
over a price per call with a "school uniform" description, split remittances with control
numbers and a "tuition" note, a 15-year-old niece who refuses and tells her school adviser, a
regular customer who writes at most three lines, a customer posing as a charity sponsor who
plans a visit, and a customer paying a neighbour in crypto. Children refuse, stall or tell
an adult in several of them. Registers: UK, US, Irish, Scottish, Kenyan, Indian and
Filipino English, Scots and Taglish, formal, teen and gamer slang, non-native English (German
first language, an extorter's broken English), typos, texting abbreviations, emoji, all lower
case and voice-note transcripts; each speaker also gets a style applied to every line they
write (no emoji for a child under threat). Stages are shuffled where the reference says they
are not sequential; small talk that fits the setting (after a sextortion turn: the extorter
pressing and the teenager stalling) sits between the steps so cues are a minority; lengths
run from 10 to 80 messages; some conversations have gaps of hours or days. Images are only
referred to ("[photo]", "the pic"). Everything is synthetic and non-explicit: risk
indicators only, no sexual content, no description of abuse. Phone numbers are in the
fictional 07700 900xxx range and emails use example.org. Sources (``blind10/chat-NNNN.json``)
are numbered in a shuffled order and titles are the participants' names, so neither gives the
label away.

**Labels** follow the conventions of the earlier docstrings, line by line *as written*,
whatever the conversation is. ``label`` is the conversation's truth (a category or
``benign``); ``kind`` is ``category/scenario`` for risky conversations and the benign kind
otherwise. A payment demand with a deadline or payment instructions, a threat to expose
someone, and a claim to hold (or to have made) a picture or recording of someone, is
``sextortion`` (a refund "by Friday or I'm going to small claims", nursery fees "by the 5th"
and a quoted scam too); scheduling a video call across time zones, a payment by remittance,
transfer or e-wallet with a reference or control number, and the offer or price of a "show",
or a mention of the children being there or ready for one, is ``live_streaming``; a request to
turn a camera on, for a video call or for a photo of anything (a rash, a flight booking, a
sofa's damage) is ``image_request``, while a voice call or a voice note is not; a cue quoted in
a warning, a quiz, a news story, a helpline report, an assembly or a novel is marked too. A
statement that a particular person is a minor's age or school year (then or now), naming a
child's school, and asking someone's age or school are ``age``, and so is an adult playing
down an age gap; adults stating adult ages, notices to a whole age group, age rules ("16+")
and a pet's age are not. A child saying nobody is at home, or asking or answering who is
around to see, is ``supervision``; giving one's handle or number for another app, or asking
someone to move to one, is ``platform_move``; money or gifts offered or asked for as help is
``gifts_money``; flattery, driving a wedge between a child and others, and drawing a child
into a private space of a game, is ``trust_isolation``; keeping something from others is
``secrecy`` and asking for a chat or a picture to be deleted is ``deletion`` (asking to keep
it is not); a place and time to meet, a lift, or an offer to stay with a family, is
``meeting``. A scripted line drawn twice in one conversation is kept once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.blind3 import OWN_BENIGN_KINDS
from cairn.chats.evaluation.blind4 import FOURTH_BENIGN_KINDS
from cairn.chats.evaluation.blind5 import FIFTH_BENIGN_KINDS
from cairn.chats.evaluation.blind6 import SIXTH_BENIGN_KINDS
from cairn.chats.evaluation.blind7 import SEVENTH_BENIGN_KINDS
from cairn.chats.evaluation.blind8 import EIGHTH_BENIGN_KINDS
from cairn.chats.evaluation.blind9 import NINTH_BENIGN_KINDS
from cairn.chats.evaluation.dataset import BENIGN_KINDS, LabelledConversation
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "BLIND10_BENIGN_KINDS",
    "SEED",
    "TENTH_BENIGN_KINDS",
    "build_blind10",
]

SEED = 100_010
FORMAT = "blind10"

# A step is one line or a few lines that stay together ("R: text | family family", one per
# line), or a tuple of such alternatives of which one is drawn. Leading marks on a step:
# "?" drawn with probability 0.6, "~" a gap of hours or days before it, "!" the turn (after
# it, small talk comes from the kind's ``after`` pool).
Step = str | tuple[str, ...]
Section = tuple[bool, tuple[Step, ...]]
_LINE = re.compile(r"^([A-Z]): (.+?)(?: \| ([a-z_ ]+))?$")
_SUB = re.compile(r"\{(\w+)\}")


def _s(*steps: Step) -> Section:
    """Steps kept in the order written."""
    return (False, steps)


def _m(*steps: Step) -> Section:
    """Steps drawn in random order (stages that are not sequential)."""
    return (True, steps)


@dataclass(frozen=True)
class _Kind:
    roles: Mapping[str, Sequence[str]]
    talk: Mapping[str, Sequence[str]]
    script: Sequence[Section]
    after: Mapping[str, Sequence[str]] = field(default_factory=dict)
    subs: Mapping[str, Sequence[str]] = field(default_factory=dict)
    styles: Mapping[str, Sequence[str]] = field(default_factory=dict)
    days: bool = False


_STYLES = ("plain", "plain", "lower", "abbrev", "typo", "emoji")
_CALM = ("plain", "lower", "abbrev", "typo")
_ABBREV = (
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\bbecause\b", "cos"),
    (r"\btonight\b", "2nite"),
    (r"\bthough\b", "tho"),
    (r"\bokay\b", "ok"),
    (r"\bpeople\b", "ppl"),
    (r"\bthanks\b", "thx"),
)
_EMOJI = ("😂", "🙏", "👍", "😅", "🙂", "😭", "🤷", "💯", "😬", "✨")


def _style(text: str, style: str, rng: random.Random) -> str:
    if text.startswith("["):
        return text
    if style == "lower":
        return text.lower().rstrip(".")
    if style == "abbrev":
        for pattern, short in _ABBREV:
            text = re.sub(pattern, short, text, flags=re.IGNORECASE)
        return text
    if style == "typo" and rng.random() < 0.5:
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if spots:
            i = rng.choice(spots)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(words)
    if style == "emoji" and rng.random() < 0.45:
        return f"{text} {rng.choice(_EMOJI)}"
    return text


def _parse(step: str, subs: Mapping[str, str]) -> list[tuple[str, str, frozenset[str]]]:
    beats = []
    for raw in step.split("\n"):
        match = _LINE.match(raw)
        if match is None:
            raise ValueError(f"bad script line: {raw!r}")
        role, text, fams = match.group(1), match.group(2), match.group(3) or ""
        families = frozenset(fams.split())
        if not families <= set(FAMILY_NAMES):
            raise ValueError(f"unknown family in {raw!r}")
        text = _SUB.sub(lambda m: subs[m.group(1)], text)
        beats.append((role, text, families))
    return beats


_START = datetime(2024, 2, 1, 8, 0, tzinfo=UTC)


def _render(
    spec: _Kind, rng: random.Random, label: str, kind: str, number: int
) -> LabelledConversation:
    names: dict[str, str] = {}
    for role, pool in spec.roles.items():
        options = [n for n in pool if n not in names.values()] or list(pool)
        names[role] = rng.choice(options)
    subs = {key: rng.choice(list(values)) for key, values in spec.subs.items()}
    subs.update(names)
    styles = {role: rng.choice(list(spec.styles.get(role, _STYLES))) for role in spec.roles}

    groups: list[tuple[list[tuple[str, str, frozenset[str]]], bool, bool]] = []
    for shuffled, steps in spec.script:
        chosen = []
        for step in steps:
            text = rng.choice(step) if isinstance(step, tuple) else step
            marks = text[: len(text) - len(text.lstrip("?~!"))]
            if "?" in marks and rng.random() < 0.4:
                continue
            chosen.append((_parse(text[len(marks) :], subs), "~" in marks, "!" in marks))
        if shuffled:
            rng.shuffle(chosen)
        groups.extend(chosen)

    seen: set[str] = set()
    kept: list[tuple[list[tuple[str, str, frozenset[str]]], bool, bool]] = []
    for beats, gap, turn in groups:
        fresh = []
        for beat in beats:
            if beat[2] and beat[1] in seen:
                continue
            if beat[2]:
                seen.add(beat[1])
            fresh.append(beat)
        if fresh:
            kept.append((fresh, gap, turn))

    scripted = sum(len(b) for b, _g, _t in kept)
    cued = sum(1 for b, _g, _t in kept for beat in b if beat[2])
    low = max(10, 2 * cued + 1, scripted + 2)
    variety = len(set().union(*spec.talk.values())) + len(set().union(*spec.after.values()))
    high = min(80, max(low, scripted * 4 + 24), max(low, scripted + variety + 4))
    filler = rng.randint(low, high) - scripted
    slots = [0] * (len(kept) + 1)
    for _ in range(filler):
        slots[rng.randrange(len(slots))] += 1

    used: set[str] = set()

    def talk(count: int, turned: bool) -> list[tuple[str, str, frozenset[str]]]:
        pool = spec.after if turned and spec.after else spec.talk
        roles = list(pool)
        out = []
        role = rng.choice(roles)
        for _ in range(count):
            fresh = [r for r in roles if any(t not in used for t in pool[r])]
            if not fresh:
                used.clear()
            elif role not in fresh:
                role = rng.choice(fresh)
            lines = [t for t in pool[role] if t not in used] or list(pool[role])
            raw = rng.choice(lines)
            used.add(raw)
            out.append((role, _SUB.sub(lambda m: subs[m.group(1)], raw), frozenset[str]()))
            others = [r for r in roles if r != role]
            role = rng.choice(others) if others else role
        return out

    timeline: list[tuple[tuple[str, str, frozenset[str]], bool]] = []
    turned = False
    for position, (beats, gap, turn) in enumerate(kept):
        for beat in talk(slots[position], turned):
            timeline.append((beat, False))
        for n, beat in enumerate(beats):
            timeline.append((beat, gap and n == 0))
        turned = turned or turn
    for beat in talk(slots[-1], turned):
        timeline.append((beat, False))

    when = _START + timedelta(minutes=rng.randrange(0, 600 * 24 * 60))
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    authors: list[str] = []
    for index, ((role, text, fams), gap) in enumerate(timeline):
        if gap:
            when += timedelta(hours=rng.randint(5, 60), minutes=rng.randint(0, 59))
        elif spec.days and rng.random() < 0.04:
            when += timedelta(hours=rng.randint(3, 30))
        else:
            when += timedelta(seconds=rng.randint(12, 420))
        author = names[role]
        if author not in authors:
            authors.append(author)
        stamp = when.replace(microsecond=0)
        messages.append(
            Message(
                index=index,
                time_utc=stamp,
                time_raw=stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=author,
                text=_style(text, styles[role], rng),
            )
        )
        if fams:
            families[index] = fams
    source = f"blind10/chat-{number:04d}.json"
    title = " & ".join(authors)
    conversation = Conversation(
        id=conversation_id(FORMAT, source, "", messages, title),
        format=FORMAT,
        title=title,
        participants=tuple(Participant(id=a, name=a) for a in authors),
        messages=tuple(messages),
        source=source,
    )
    return LabelledConversation(conversation, label, kind, families)


# Names and small talk of this module's own.
_TEENS = (
    "Kai",
    "Leah",
    "Owen",
    "Aoife",
    "Zara",
    "Tobi",
    "Maya",
    "Finn",
    "Ayo",
    "Isla",
    "Ravi",
    "Nia",
    "Caleb",
    "Eilidh",
    "Jess",
    "Tomás",
    "Amara",
    "Dev",
    "Grace",
    "Liam",
)
_BOYS = (
    "Kyle",
    "Mason",
    "Reece",
    "Jayden",
    "Ollie",
    "Noah",
    "Brandon",
    "Ethan",
    "Harvey",
    "Dylan",
    "Tyrese",
    "Connor",
    "Aiden",
    "Marcus",
)
_US_KIDS = (
    "Madison",
    "Tyler",
    "Brooklyn",
    "Ethan",
    "Chloe",
    "Logan",
    "Aubrey",
    "Carter",
    "Jada",
    "Wyatt",
)
_ADULTS = (
    "Mark",
    "Deborah",
    "Sunil",
    "Fiona",
    "Chidi",
    "Gráinne",
    "Paul",
    "Wanjiru",
    "Rosalind",
    "Ade",
    "Marisol",
    "Hamish",
    "Priya",
    "Colm",
    "Joy",
    "Neville",
    "Beth",
    "Ikenna",
    "Leonie",
    "Rajesh",
    "Siobhan",
    "Tunde",
    "Moira",
    "Arjun",
    "Carmel",
    "Winston",
)
_PARENTS = ("Mum", "Dad", "Mam", "Mom", "Ma", "Papa", "Mummy")

_TEEN_TALK = (
    "lol",
    "omg same",
    "wait what",
    "haha ok",
    "im so tired",
    "got maths homework due tmrw",
    "brb dinner",
    "back",
    "did u see that video",
    "my wifi is so bad rn",
    "nah",
    "fr",
    "that's mad",
    "idk tbh",
    "im literally starving",
    "whatever lol",
    "yeah maybe",
    "hmm",
    "ok ok",
    "my sister keeps annoying me",
    "training was brutal today",
    "cant be bothered with revision",
    "what music u into",
    "ha i wish",
    "my phone's on 4%",
    "bored",
    "ya",
    "no way",
)
_ADULT_TALK = (
    "haha",
    "you're funny",
    "how was your day",
    "what you up to",
    "cool",
    "long day at work here",
    "nice one",
    "ha fair enough",
    "no worries",
    "what you watching",
    "sounds good",
    "that's class",
    "busy weekend?",
    "i hear ya",
    "lol true",
    "how did the test go",
    "go on then",
    "same here tbh",
)
_GAMER_TALK = (
    "gg",
    "that lobby was sweaty",
    "u on later?",
    "lag is insane",
    "who was that guy lol",
    "new season drops friday",
    "carry me pls",
    "ez",
    "need 2 more wins",
    "my controller is dying",
    "respawn bug again",
    "one more round",
    "bruh",
)
_PRESS_X = (
    "tick tock",
    "im waiting",
    "dont test me",
    "answer me",
    "you think im joking?",
    "last chance",
    "read it and reply",
    "i see you online",
    "clock is running",
    "hurry up",
    "stop wasting time",
    "i'm not going to ask again",
    "still waiting",
    "do it now",
)
_PRESS_C = (
    "please",
    "i dont have that",
    "im trying",
    "give me time",
    "please stop",
    "i cant",
    "wait",
    "im scared",
    "ok ok",
    "please dont",
    "im asking my friend",
    "i only have some",
    "what do i do",
    "please just leave me alone",
    "hello?",
)
_FAC_TALK = (
    "good morning sir",
    "rain here all day",
    "signal is weak today",
    "thank you sir god bless",
    "ok sir",
    "how are you there sir",
    "we are fine here",
    "noted sir",
    "sorry late reply",
    "brownout again here",
    "the kids are at the plaza",
    "yes sir",
    "sir are you there?",
    "hot here today",
)
_CUST_TALK = (
    "ok",
    "how's the weather there",
    "busy at work",
    "fine",
    "good",
    "understood",
    "let me check",
    "alright",
    "back now",
    "long week",
    "right",
    "cold here",
    "will do",
    "hm",
)

_GROOMING: dict[str, _Kind] = {
    "realm_builder": _Kind(
        roles={
            "X": ("blockdad_builds", "realmkeeper88", "Skylar_builds", "redstone_rick"),
            "C": _US_KIDS,
        },
        talk={"X": _GAMER_TALK + _ADULT_TALK, "C": _TEEN_TALK + _GAMER_TALK},
        subs={
            "grade": ("5th", "6th", "7th"),
            "coins": ("1720 coins", "a coin pack", "the 3500 pack"),
            "handle": ("rick.builds", "realmkeeper#0088", "sky.bldr"),
        },
        script=(
            _s(
                "X: yo ur base is actually sick, u build all that solo? | trust_isolation\nC: ya took me like 3 weeks"
            ),
            _m(
                "X: what grade r u in anyway, ur builds are crazy | age\nC: {grade} grade | age",
                "X: i can gift u {coins} so u can get the castle textures | gifts_money\nC: wait fr??",
                "?X: do ur parents ever look at ur messages on here | supervision\nC: nah my mom doesnt even know what discord is | supervision",
                "X: lemme whitelist u on my private realm, just me n u on it | trust_isolation",
                "X: dont mention the coins on the server tho, ppl get jealous | secrecy",
                "X: easier to talk on discord, my tag is {handle} | platform_move",
                "?X: hop in a call so i can screenshare, put ur cam on too | image_request",
                "?C: i gotta ask my dad first\nX: nah he'll just say no to everything lol, u dont need permission for a game | trust_isolation",
                "?~X: honestly ur the only one on here who gets what im building | trust_isolation",
            ),
        ),
    ),
    "neighbour_known": _Kind(
        roles={
            "X": ("Gary (no. 14)", "Clive next door", "Steve 22", "Des across the road"),
            "C": _TEENS,
        },
        talk={"X": _ADULT_TALK, "C": _TEEN_TALK},
        subs={"year": ("7", "8", "9")},
        days=True,
        script=(
            _s(
                "X: Saw you struggling with that bike chain earlier, pop over any time and I'll sort it 👍 | meeting"
            ),
            _m(
                "X: You're in year {year} now aren't you? Flying by | age\nC: yeah year {year} | age",
                "X: What time does your mum get back from her shifts on a Thursday? | supervision\nC: like 8 | supervision",
                "X: I've got a spare controller doing nothing, yours if you want it | gifts_money",
                "X: Best not mention the controller to your mum, she'll think I'm spoiling you | secrecy",
                "X: You're a lot more grown up than the other kids on this road | trust_isolation",
                "?X: Come round after school Thursday, back door'll be open | meeting",
                "?X: Send us a selfie with the new haircut then | image_request",
                "?X: Clear these messages after, your mum goes through your phone doesn't she | deletion supervision",
                "?~C: mum says i have to go to nans on thursday now\nX: Shame. Another time then, just you mind | trust_isolation",
            ),
        ),
    ),
    "duet_creator": _Kind(
        roles={
            "X": ("kuya.jm.dance", "jm_duets", "mikoy.moves"),
            "C": ("Andeng", "Bea", "Kyla", "Princess", "Jhen", "Mika"),
        },
        talk={
            "X": (
                "haha",
                "galing!",
                "kain ka na?",
                "nice one",
                "pagod ako sa work",
                "ano ginagawa mo",
                "sige sige",
                "hehe",
            ),
            "C": (
                "hehe",
                "opo",
                "lol",
                "wala po",
                "sige po",
                "nasa school po kami kanina",
                "ok lang",
                "grabe",
                "hahaha",
            ),
        },
        subs={
            "age": ("12", "13", "14"),
            "grade": ("7", "8"),
            "handle": ("@jm_moves_ph", "jm.duets on telegram"),
        },
        script=(
            _m(
                "X: grabe ang galing mo sa duet natin! you have talent talaga | trust_isolation",
                "X: ilang taon ka na? you look senior high na | age\nC: {age} po, grade {grade} | age",
                "X: chat tayo sa telegram mas private, {handle} | platform_move",
                "X: i'll send you load pang data, 100 ok na? | gifts_money\nC: wow thank u po",
                "X: send me a video of you practicing the new step, just for me ha | image_request",
                "X: wag mo na sabihin kay mama mo, baka kunin niya phone mo | secrecy",
                "?X: video call tayo later pag tulog na sila | image_request supervision",
                "?X: sino kasama mo sa bahay ngayon? | supervision\nC: lola lang, tulog na | supervision",
                "?X: you're not like the other kids, you get me talaga | trust_isolation",
                "?~X: i'm in cebu next month, kita tayo sa mall malapit sa inyo | meeting",
            ),
        ),
    ),
    "cricket_selector": _Kind(
        roles={
            "X": ("Vikram Sir (selector)", "Rohit Sir U15", "Anand - academy"),
            "C": ("Arjun", "Karan", "Ishaan", "Rahul", "Aditya", "Vihaan"),
        },
        talk={
            "X": (
                "Good good",
                "Practice is everything beta",
                "Ok",
                "How was school",
                "Very nice",
                "Keep working on the run-up",
                "Haan",
                "Fine",
            ),
            "C": (
                "ok sir",
                "yes sir",
                "thank you sir",
                "sir my exams are next week",
                "sure sir",
                "hmm",
                "ji sir",
            ),
        },
        subs={"age": ("13", "14"), "n3": ("123", "456", "781", "342")},
        script=(
            _s(
                "X: Beta I saw your bowling video on the club page. Very good action, better than boys older than you | trust_isolation"
            ),
            _m(
                "X: Your date of birth? For U-15 category proof is needed | age\nC: 2011 sir, i am {age} | age",
                "X: Send full length photo in whites, front and side, for my file | image_request",
                "X: Trial fees I will personally cover, you don't worry about money | gifts_money",
                "X: Don't discuss with your club coach, he will feel bad I picked you directly | secrecy trust_isolation",
                "X: Come to the nets behind the stadium Sunday 7am, alone is better, parents distract players | meeting trust_isolation",
                "?X: Whatsapp me on this number only, 07700 900{n3} | platform_move",
                "?X: Is anyone checking your phone at home? Selection is confidential matter | supervision secrecy",
                "?X: Video call me tonight so I can see your grip properly | image_request",
                "?~C: papa is asking who this is\nX: Tell him it's a senior from school. Selection news first, then surprise | secrecy",
            ),
        ),
    ),
    "obby_refuses_tells_gran": _Kind(
        roles={
            "X": ("xXobbyking77", "NoobSlayer_Dad", "kittycat_admin"),
            "C": ("Ruby", "Alfie", "Poppy", "Teddy", "Esme", "Rory"),
            "P": ("Gran (Maureen)", "Nana Bridie", "Granny Pat"),
        },
        talk={
            "X": _GAMER_TALK,
            "C": (
                "lol",
                "ok",
                "im doing the lava level",
                "my tablet is slow",
                "haha",
                "i got to level 40",
                "wait",
            ),
        },
        styles={"C": _CALM},
        subs={"age": ("9", "10", "11")},
        script=(
            _m(
                "X: ur good at obbys, wanna join my group? i'm an admin | trust_isolation",
                "X: how old are you, my group is 12 and up | age\nC: {age} | age",
                "X: i can give you 800 robux if u do me a favour | gifts_money",
                "X: got snap? easier to explain the favour over there | platform_move",
                "?X: anyone else in the room with you rn | supervision",
                "?X: its a secret favour ok, just us | secrecy",
            ),
            _s(
                "C: no i dont want robux from you\nC: my gran says not to talk to people i dont know",
                "C: im showing my gran",
                "P: This is {C}'s grandmother. I have seen these messages and taken screenshots.",
                "P: We are reporting this account to the game and to the police. Do not contact my grandchild again.",
                "?X: it was a joke lol",
            ),
        ),
    ),
    "fishing_group_terse": _Kind(
        roles={
            "X": ("Dougie", "fishing_fan_62", "Ally R"),
            "C": ("Callum", "Fraser", "Lewis", "Struan"),
            "Q": ("Ruaridh", "Innes", "Cameron"),
            "R": ("Ewan", "Murray", "Blair"),
        },
        talk={
            "C": (
                "anyone caught anything at the weir",
                "water's too high this week",
                "got a new float",
                "caught a perch yesterday",
                "lol",
                "my reel's jammed",
                "nice one",
                "bring maggots",
            ),
            "Q": (
                "the pond was frozen on sunday",
                "haha",
                "mr {lead} said the comp's next month",
                "who has spare hooks",
                "aye",
                "my dad's taking me to the canal",
            ),
            "R": (
                "nice",
                "pics or it didnt happen",
                "ha",
                "whats the biggest pike anyone's had",
                "same",
                "cant come sat, football",
            ),
        },
        subs={"lead": ("Munro", "Paterson", "Gillies"), "handle": ("07700 900514", "07700 900266")},
        script=(
            _s(
                "X: any of the juniors want a lift up to the loch saturday, room in the van | meeting"
            ),
            _m(
                "?X: which of you is youngest, 11 or 12? theres a junior prize | age",
                "X: message me private on whatsapp {handle} | platform_move",
                "?X: no need to bother your parents about it, just fishing | secrecy",
                "C: who is that guy\nQ: no idea, hes not from the club",
                "Q: my dad said never get in a van with someone off the internet",
                "R: im telling mr {lead}, he runs the junior section",
                "C: screenshotted. my mum's emailing the club",
                "?Q: he asked me in a dm how old i was as well | age",
            ),
        ),
    ),
    "listener_app": _Kind(
        roles={
            "X": ("listener_Brian", "CalmSpace_Ken", "Hope_listener22"),
            "C": ("Wanjiku", "Achieng", "Njeri", "Faith", "Mercy", "Akinyi"),
        },
        talk={
            "X": (
                "I am here for you",
                "How was school today?",
                "Sawa",
                "Take your time",
                "That makes sense",
                "I understand",
                "Eish, pole sana",
            ),
            "C": (
                "sawa",
                "ok",
                "school was long",
                "my mum is shouting again",
                "thank you",
                "hmm",
                "i dont know",
                "maybe",
            ),
        },
        subs={"age": ("14", "15"), "handle": ("@brian_listens", "@calm_ken")},
        days=True,
        script=(
            _s("X: I read your post about home. That must be very heavy for you | trust_isolation"),
            _m(
                "X: You are in Form what? | age\nC: form two, {age} | age",
                "X: Your parents clearly do not see you the way I see you | trust_isolation",
                "X: This app keeps everything, let us move to Telegram, I am {handle} there | platform_move",
                "X: I can send you some bob on M-Pesa for airtime so we keep talking | gifts_money",
                "X: Keep our talks between the two of us, the counsellor at school would not get it | secrecy",
                "?X: Clear your chat history after we talk, for your own peace | deletion",
                "?X: When are you alone in the house? Then we can video | supervision image_request",
                "?X: Send me a photo so I know who I am talking to | image_request",
                "?~X: I will be in Nakuru on Saturday, we can have tea at the Java near your school | meeting",
            ),
        ),
    ),
    "older_teammate_brother": _Kind(
        roles={
            "X": ("Jamie (Callum's bro)", "Ross M", "Euan"),
            "C": ("Eilidh", "Skye", "Kirsty", "Morven", "Isla"),
        },
        talk={
            "X": (
                "haha",
                "nae bother",
                "aye",
                "how was training",
                "pure freezing the day",
                "whit ye up tae",
                "class",
            ),
            "C": ("haha", "aye", "not much", "im knackered", "lol", "training was brutal", "ok"),
        },
        subs={"handle": ("ross.m_04", "jamiee.f")},
        script=(
            _s(
                "X: Aye it's Callum's big brother, got yer number off the team chat, hope that's no weird"
            ),
            _m(
                "X: I'm 20 but age is just a number wi us eh | age trust_isolation",
                "X: Whit year are ye in now, S2? | age\nC: S3 | age",
                "X: I'll gie ye a lift hame fae training, save yer mum the bother | meeting",
                "X: Dinnae tell Callum I'm messaging ye, he'd take the piss | secrecy",
                "X: Got ye a wee present, it's in the car | gifts_money",
                "?X: Snap's better, add me, {handle} | platform_move",
                "?X: Yer pals are a bit young for ye tbh | trust_isolation",
                "?X: Mum in the night? | supervision\nC: no she's on nights | supervision",
                "?~X: Send us a pic fae the match, want tae see the new strip | image_request",
            ),
        ),
    ),
    "card_trader": _Kind(
        roles={"X": ("TradeMaster_Jens", "holo_hunter_de", "Karsten_cards"), "C": _BOYS},
        talk={
            "X": (
                "Nice",
                "Good pull!",
                "Ok",
                "The new set is very expensive",
                "Haha yes",
                "I understand",
            ),
            "C": (
                "cool",
                "i got a full art yesterday",
                "lol",
                "my brother has the binder",
                "ok",
                "wow",
                "how much is that worth",
            ),
        },
        subs={"age": ("11", "12"), "phone": ("07700 900418", "07700 900730")},
        script=(
            _m(
                "X: Your Charizard is nice. I have many rare ones, I give you two for free, no trade needed | gifts_money",
                "X: How many years do you have? For the junior league I must know | age\nC: {age} | age",
                "X: Make a photo of your binder, all pages, I look what you need | image_request",
                "X: Better your parents do not know about the free cards, they think it is too much value | secrecy",
                "X: We meet at the card shop on Saturday, I bring the rares, you come alone is ok | meeting",
                "X: Here the chat is not private, write me on Signal, {phone} | platform_move",
                "?X: Who looks at your tablet at home? | supervision",
                "?X: You are smarter than the other boys at the shop, they only want money | trust_isolation",
                "?X: After we talk, remove the messages, this app shows everyone | deletion",
                "?~C: my dad wants to come on saturday\nX: Then maybe next week, only you is easier | trust_isolation",
            ),
        ),
    ),
    "guitar_refuses_tells": _Kind(
        roles={"X": ("Mr Dale (guitar)", "Rick - lessons", "Brent G."), "C": _US_KIDS},
        talk={
            "X": (
                "Good work on the scales",
                "How's school",
                "Cool",
                "Ha",
                "Practice that riff",
                "Sounds good",
            ),
            "C": ("ok", "yeah", "school was fine", "i practiced a bit", "lol", "my fingers hurt"),
        },
        styles={"C": _CALM},
        subs={"age": ("13", "14"), "teacher": ("Ramirez", "Koenig", "Patel")},
        script=(
            _m(
                "X: Great lesson today. You're honestly my most talented student | trust_isolation",
                "X: You're {age} now right? Freshman year soon? | age\nC: yeah | age",
                "X: Let's do extra lessons off the platform, free, just text me here | platform_move gifts_money",
                "X: No need to loop your mom in, she's paying for the official ones already | secrecy",
                "?X: Is your mom home during our Thursday slot? | supervision\nC: no she works till 6 | supervision",
                "?X: Keep your camera on after the lesson ends, I like to chat | image_request",
                "?X: I could drive over and restring your guitar for you | meeting",
            ),
            _s(
                "C: i dont want to do lessons off the app",
                "C: i told my mom and ms {teacher} at school about your texts",
                "?X: Misunderstanding. Take care.",
            ),
        ),
    ),
}

_SEXTORTION: dict[str, _Kind] = {
    "follower_list_cashapp": _Kind(
        roles={"X": ("ashley.mae_02", "kaylee_xo.x", "brii.summers"), "C": _US_KIDS},
        talk={
            "X": ("hehe", "ur funny", "wyd", "im bored", "lol stop", "omg"),
            "C": ("lol", "nm", "just chillin", "haha", "u?", "for real"),
        },
        after={"X": _PRESS_X, "C": _PRESS_C},
        styles={"C": _CALM},
        subs={
            "school": ("Lincoln High", "Westview", "Central"),
            "cashtag": ("$kayfundz", "$brii4real"),
            "age": ("15", "16"),
        },
        script=(
            _m(
                "X: heyy u go to {school}? think we got mutuals | age",
                "X: ur cute ngl 😳 | trust_isolation",
                "?X: how old are u? im 16 | age\nC: {age} | age",
                "X: send a pic back? i showed u mine 🙈 | image_request",
            ),
            _s(
                "!X: screenshot of every name on ur followers done. all of them get the pic unless u do what i say | sextortion",
                "X: $500 cash app to {cashtag} in 2 hrs | sextortion",
            ),
            _m(
                "?C: i dont have 500 im {age} | age\nX: then find it. sell your shoes idc | sextortion",
                "?X: i know ur school and ur moms name. test me | sextortion",
                "?C: i can do 80\nX: send the 80 now and the rest tomorrow morning | sextortion",
            ),
        ),
    ),
    "implied_threat": _Kind(
        roles={"X": ("sophie.w.2008", "millie_rosee", "lou.b_x"), "C": _BOYS},
        talk={
            "X": ("haha", "ur funny", "wbu", "same", "lol"),
            "C": ("lol", "not much", "ha", "yeah", "just gaming"),
        },
        after={"X": _PRESS_X, "C": _PRESS_C},
        styles={"C": _CALM},
        subs={"town": ("Bolton", "Swindon", "Derby")},
        script=(
            _m(
                "X: hiii think i saw u at the {town} fireworks?",
                "X: what year r u in | age\nC: year 10 | age",
                "X: send one back then, fair's fair | image_request",
            ),
            _s(
                "!X: be a shame if your head of year ended up seeing what you sent | sextortion",
                "X: your mum's on facebook isn't she. found her | sextortion",
                "X: £300 and we forget this ever happened | sextortion",
            ),
            _m(
                "?X: paysafecard is fine, photo of the back of the card | sextortion image_request",
                "?C: please just delete it | deletion\nX: when i see the money | sextortion",
            ),
        ),
    ),
    "staged_days": _Kind(
        roles={"X": ("jade.hollis", "emz.carter_", "tasha_k.04"), "C": _BOYS},
        talk={
            "X": ("lol", "omg", "stoppp", "u're mad", "what u doing"),
            "C": ("haha", "nothing much", "lol", "footy later", "ye"),
        },
        after={"X": _PRESS_X, "C": _PRESS_C},
        styles={"C": _CALM},
        subs={"club": ("Rovers U16s", "the school team", "Athletic")},
        days=True,
        script=(
            _m(
                "X: omg ur funny, u play for {club}?",
                "X: how old? im 16 nearly 17 | age\nC: 16 | age",
                "X: call me later? camera on ofc 😉 | image_request",
            ),
            _s(
                "~!X: so i recorded our call. just so u know | sextortion",
                "X: not asking for anything yet. just think about who you'd hate to see it | sextortion",
                "~X: ok. 400 in apple gift cards by 6pm. codes here | sextortion",
                "?X: 6pm. not 6:01 | sextortion",
                "?C: im getting the cards after school, please wait",
            ),
        ),
    ),
    "second_account": _Kind(
        roles={
            "X": ("maddie.rayne", "laurenn.x0"),
            "Y": ("unknown_acc_7741", "dealwithme.now", "x_collector_x"),
            "C": _US_KIDS,
        },
        talk={"X": ("lol", "ur cute", "wyd", "hehe"), "C": ("nm", "lol", "u?", "haha")},
        after={"Y": _PRESS_X, "C": _PRESS_C},
        styles={"C": _CALM},
        script=(
            _m(
                "X: u seem sweet, where u from",
                "X: u in high school still? | age\nC: yeah junior | age",
                "X: send one more and ill send one too | image_request",
            ),
            _s(
                "!X: sorry my friend wants to talk to u",
                "~Y: maddie's pics of you are with me now | sextortion",
                "Y: $600 by tonight or I start with your cousins and your coach | sextortion",
                "Y: Zelle or crypto, you choose | sextortion",
            ),
            _m(
                "?Y: you blocked her but you can't block everyone | sextortion",
                "?C: how did you get those\nY: not your business. pay | sextortion",
            ),
        ),
    ),
    "broken_english_playcards": _Kind(
        roles={"X": ("Anna_Kim_91", "jessica_love_uk", "Mary.bliss"), "C": _BOYS},
        talk={
            "X": ("hello dear", "how is your day", "you are funny man", "ok dear", "i am at home"),
            "C": ("hi", "fine", "lol", "ok", "who is this"),
        },
        after={
            "X": (
                "you will pay now",
                "i am waiting you",
                "dont play with me",
                "last time i tell you",
                "answer quick",
                "i am ready to post",
            ),
            "C": _PRESS_C,
        },
        styles={"C": _CALM},
        subs={"surname": ("Walsh", "Ahmed", "Kowalski", "Brown")},
        script=(
            _m(
                "X: hello dear how are you doing today",
                "X: you are how much age | age\nC: 14 why | age",
                "X: show me your face i want to see the man i talk to | image_request",
            ),
            _s(
                "!X: i have make video of you, i will post it in all your friend account now now | sextortion",
                "X: you buy google play card 100 pounds 3 pieces, snap the code send me | sextortion image_request",
            ),
            _m(
                "?X: if police come i post it first, dont try me | sextortion",
                "?X: your family group chat i have it also, see name {surname} family | sextortion",
                "?C: i only have 40 pounds\nX: go to tesco and buy it now, is 10 minute | sextortion",
            ),
        ),
    ),
    "paid_then_more": _Kind(
        roles={
            "X": ("ciara.byrne_", "aisling.rx", "niamh.kellyy"),
            "C": ("Cian", "Oisín", "Darragh", "Seán", "Fionn"),
        },
        talk={"X": _PRESS_X, "C": _PRESS_C},
        styles={"C": _CALM},
        subs={"tag": ("@aisl1ng", "@ck_pay"), "amount": ("150", "120", "200")},
        script=(
            _s(
                "C: i sent the {amount} like you said, now delete it | deletion",
                "!X: got the {amount} thanks. now 300 more on revolut, by friday | sextortion",
                "C: you said it was over if i paid",
                "X: lol. friday 5pm or your whole year sees it | sextortion",
            ),
            _m(
                "X: revolut tag {tag} | sextortion",
                "?X: still have the screenshot of ur followers and ur hurling team | sextortion",
                "?C: i cant get 300 my mam checks my account",
                "?C: [photo] thats the receipt from the first one",
            ),
        ),
    ),
    "refuses_told_coach": _Kind(
        roles={"X": ("rebecca.ann.04", "holly_mcc", "ellaaa.j"), "C": _BOYS},
        talk={"X": ("haha", "wbu", "ur funny", "lol"), "C": ("lol", "ye", "nm", "ha")},
        after={"X": _PRESS_X, "C": ("no", "not happening", "already done", "leave me alone")},
        script=(
            _m(
                "X: hey! u on the U16 team? saw ur highlights | age",
                "?X: send a pic from training? | image_request",
            ),
            _s(
                "!X: i kept what you sent. your teammates get it tonight | sextortion",
                "X: 250 quid on paypal and it's gone | sextortion",
                "C: no. im not paying you anything",
                "C: ive told my coach and my dad, theyve got screenshots and we're reporting you",
                "?X: you'll regret that | sextortion",
                "?C: not replying again",
            ),
        ),
    ),
    "four_lines": _Kind(
        roles={"X": ("user_88123", "no_name_acc", "paynow.x"), "C": _BOYS},
        talk={
            "C": (
                "who is this",
                "hello?",
                "please",
                "i dont have apple cards",
                "please dont do this",
                "im begging you",
                "i can get 50 tomorrow",
                "what do you want",
                "please answer",
                "im sorry",
            )
        },
        styles={"C": _CALM},
        subs={"age": ("14", "15", "16")},
        script=(
            _s(
                "X: the picture from last night goes to your school's insta tagged with your name unless i get paid | sextortion"
            ),
            _m(
                "X: $200 apple card. 1 hour | sextortion",
                "?X: stop typing and pay | sextortion",
                "?X: 30 min left | sextortion",
                "?C: please im {age} | age",
            ),
        ),
    ),
    "edited_stream_clip": _Kind(
        roles={
            "X": ("clipfarm_", "ur_stream_exposed", "vodwatcher_99"),
            "C": ("Logan", "Carter", "Wyatt", "Avery", "Nate"),
        },
        talk={
            "X": ("saw your stream", "lol", "nice setup"),
            "C": ("who r u", "ok", "thanks?", "what"),
        },
        after={"X": _PRESS_X, "C": _PRESS_C},
        styles={"C": _CALM},
        subs={"email": ("vodpay@example.org", "clips.cash@example.org")},
        script=(
            _s(
                "X: saw your stream last night, you're 15 right? said it on stream | age",
                "!X: made some edits of you from the vod. look real don't they | sextortion",
                "X: posting them in your discord and tagging your school unless you pay | sextortion",
                "X: $350 paypal friends and family, {email} | sextortion",
            ),
            _m(
                "?C: thats not even me, its fake\nX: your viewers won't know that | sextortion",
                "?X: you have till your next stream | sextortion",
                "?C: im telling my mom\nX: tell her and i post now | sextortion",
            ),
        ),
    ),
}

_LIVE: dict[str, _Kind] = {
    "tita_scheduler": _Kind(
        roles={"F": ("Tita Lorna", "Marites B", "Ate Joy"), "K": ("Gregg_au", "BazzaW", "Trev66")},
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        subs={
            "kid": ("Jonalyn", "Mae", "Angel"),
            "ref": ("8844-2190-3317", "4417 2231 90", "0023-5518-774"),
            "wallet": ("gcash acct ending 4521", "gcash ending 0937"),
        },
        script=(
            _m(
                "K: same time saturday? 8pm mine so 6pm yours | live_streaming",
                "F: yes sir 6pm here ok. the two girls will be ready | live_streaming",
                "K: how old is the new one again | age\nF: 11 sir, the cousin of {kid} | age",
                "F: please send first sir, 2,500 pesos to {wallet} | live_streaming",
                "K: sent. ref {ref} | live_streaming",
                "?F: sir can u add 500 for their school shoes | gifts_money",
                "?K: move to the other app for the call, this one gets checked | platform_move",
                "?K: make sure nobody else is in the house then | supervision",
                "?F: salamat sir god bless, after the call pls clear the history | deletion",
            ),
        ),
    ),
    "help_before_calls": _Kind(
        roles={"F": ("Mommy Rica", "Nanay Cel", "Rhea_D"), "K": ("John_UK", "David55", "Martin.k")},
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        subs={"cousin": ("Rowena Dizon", "Elmer Cruz"), "ref": ("RM-77120943", "RMT 5519 0082")},
        days=True,
        script=(
            _m(
                "F: good evening sir, sorry to ask, no rice here since tuesday | gifts_money",
                "F: [voice note 0:22] sir the little one has fever, we need 800 for medicine, after she is ok we can do the call again | gifts_money live_streaming",
                "K: I'll send 1500 tonight but I want the call tomorrow | live_streaming",
                "K: the 9 year old? | age\nF: yes sir she is 9, she will be there | age live_streaming",
                "K: sent via remitly to {cousin}, tracking {ref} | live_streaming",
                "?K: write 'for medicine' in the description, not my name | live_streaming",
                "?~F: bill for electric also sir, 1200 | gifts_money",
                "?K: is her father around these days? | supervision\nF: no sir he is in manila working | supervision",
            ),
        ),
    ),
    "new_customer_checks": _Kind(
        roles={"K": ("newguy_2024", "Walter.M", "pdx_dan"), "F": ("Kat_R", "Lyn Santos", "Jen_M")},
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        script=(
            _s("K: a friend gave me your contact. he said you arrange calls | live_streaming"),
            _m(
                "F: yes sir, how many minutes you want | live_streaming",
                "K: i need to know the age first. show me her school id on camera | age image_request",
                "F: she is 12 sir grade 6, i show id on video | age",
                "K: 10 seconds on video first so i know she's really there, then i pay | live_streaming image_request",
                "F: first payment sir, 3000 php, then we start | live_streaming",
                "?K: no one else can be in that room | supervision",
                "?K: what app, i don't use facebook for this | platform_move",
                "?F: delete our messages after sir, for safety | deletion",
            ),
        ),
    ),
    "haggling": _Kind(
        roles={
            "K": ("northern_mike", "Doug.CA", "kev_b"),
            "F": ("Inday Marlyn", "Ate Bing", "Nene R"),
        },
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        script=(
            _m(
                "K: 4000 is too much for 20 minutes | live_streaming",
                "F: sir 3500 last price, two kids | live_streaming",
                "K: 3000 and I book every sunday | live_streaming",
                "F: ok sir 3000, sunday 9am here 6pm your side | live_streaming",
                "K: the boy is what, 10? | age\nF: 10 sir and the sister 8 | age",
                "K: I'll send western union, description 'school uniform' | live_streaming",
                "?F: sir pls send to my cousin name, my name is flagged already | live_streaming",
                "?K: make sure the neighbours aren't around | supervision",
                "?F: ok sir no one will know, just us | secrecy",
            ),
        ),
    ),
    "remittance_refs": _Kind(
        roles={"F": ("Ate Mel", "Joanne_T", "Baby Arcilla"), "K": ("Rob_S", "Hank.w", "Derek")},
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        subs={
            "ref": ("WU 882 104 6631", "MTCN 3310094417"),
            "ref2": ("CB-55021-8830", "CBL 2209 8711"),
        },
        script=(
            _m(
                "K: sent 3 x 40 dollars, different apps so it doesn't flag | live_streaming",
                "F: received sir, ref {ref}, the other 2 still pending | live_streaming",
                "F: pls send control number of the cebuana one | live_streaming\nK: control no. {ref2} | live_streaming",
                "K: put 'tuition' in the notes from now on | live_streaming",
                "F: the kids are ready 7pm here | live_streaming",
                "?K: 7pm there is 7am here? ok | live_streaming",
                "?F: another sir from US also wants, ok to share schedule? | live_streaming",
                "?K: the younger one, she's still 10? | age\nF: 10 sir, 11 in july | age",
            ),
        ),
    ),
    "teen_refuses_tells": _Kind(
        roles={
            "F": ("Tita Weng", "Auntie Lani"),
            "K": ("Paul_M", "Gerhard", "sam_w"),
            "C": ("Cha", "Rica", "Jasmine", "Aira"),
        },
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        after={
            "C": ("no", "stop messaging me", "im busy", "i said no"),
            "F": ("why like that", "ay naku", "talk later"),
        },
        styles={"C": _CALM},
        script=(
            _m(
                "F: sir the niece is 15 now, she can join sunday | age live_streaming",
                "K: good, same rate, 7pm your time | live_streaming",
                "F: sent you her fb so you can chat first | platform_move",
            ),
            _s(
                "K: hi, your tita says you'll be on the call sunday | live_streaming",
                "?K: I'll send you load and something for your school project | gifts_money",
                "!C: im not doing any call. i know what this is",
                "C: i already told my adviser at school and she called the barangay",
                "?F: why did you tell, now we have a problem",
                "?K: ok forget it",
            ),
        ),
    ),
    "terse_regular": _Kind(
        roles={"K": ("R.", "mj_uk", "T_H"), "F": ("Ate Cora", "Lyn", "Mama Jo")},
        talk={"F": _FAC_TALK},
        subs={"ref": ("5531-0982-117", "PX 88120 4471")},
        script=(
            _s("K: usual time sunday, sending now | live_streaming"),
            _m(
                "?K: ref {ref} | live_streaming",
                "?K: both of them this time | live_streaming",
                "F: received sir thank you, ref noted | live_streaming",
                "F: both girls ready 8pm here | live_streaming",
                "F: the small one is 7 now sir, birthday last week | age",
                "?F: sir can add 1000 for her birthday? | gifts_money",
                "?F: pls delete after sir | deletion",
            ),
        ),
    ),
    "sponsor_cover": _Kind(
        roles={
            "K": ("Sponsor_Bill", "Uncle_Stefan", "Mr.Hendricks"),
            "F": ("Gina (mother)", "Aling Tess", "Mrs Dela Cruz"),
        },
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        subs={"ref": ("SCH-2024-118", "TUI 7781 02")},
        days=True,
        script=(
            _m(
                "K: As her sponsor I'll keep sending tuition each month, but our calls continue | live_streaming gifts_money",
                "F: yes sir tuesday call is ok, she is home by 5 | live_streaming",
                "K: Put 'school fees' on the transfer, it's cleaner | live_streaming",
                "K: Camera in her room this time, not the kitchen | image_request live_streaming",
                "?F: she is 11 sir, grade 5 now | age",
                "?K: The charity doesn't need to know about the calls | secrecy",
                "?K: Moving us to the video app, the charity reads this inbox | platform_move",
                "?F: sir transfer ref is {ref}? i cant see it yet | live_streaming",
                "?~K: I'm planning to fly over in December and stay with you | meeting",
            ),
        ),
    ),
    "neighbour_crypto": _Kind(
        roles={"K": ("cold_wallet_guy", "h.v.", "Lars_77"), "F": ("Dodong", "Kuya Ben", "Alma_R")},
        talk={"F": _FAC_TALK, "K": _CUST_TALK},
        script=(
            _m(
                "K: paying in usdt from now on, banks are asking questions | live_streaming",
                "F: ok sir send to the wallet ending 7Qx, i convert at the shop | live_streaming",
                "F: the neighbour's kids, 9 and 12, mother agreed | age live_streaming",
                "K: show them on cam first, 30 sec | image_request live_streaming",
                "K: friday 10pm manila / 3pm london | live_streaming",
                "?F: the mother wants 2000 extra for the rent | gifts_money",
                "?K: nobody else at the house friday? | supervision\nF: just us sir | supervision",
                "?F: pls delete the wallet msg after | deletion",
            ),
        ),
    ),
}


_ADULTS_TALK = (
    "thanks",
    "no problem",
    "great, cheers",
    "ok will do",
    "perfect",
    "sounds good",
    "sorry, only just seen this",
    "ha yes",
    "lovely",
    "noted",
    "all good",
    "brilliant thanks",
    "speak later",
    "on my way home now",
    "will check and come back to you",
    "grand",
    "sure thing",
    "no bother",
    "👍",
)
_FAMILY_TALK = (
    "love you",
    "ok",
    "did you eat?",
    "x",
    "what time are you home",
    "haha",
    "the dog's been sick again",
    "is it raining there",
    "miss you",
    "call later?",
    "battery low",
    "ok mum",
    "yes",
    "ha",
    "we're fine here",
)
_GROUP_TALK = (
    "👍",
    "same",
    "cheers",
    "thanks all",
    "can't make tues sorry",
    "lol",
    "noted",
    "yes",
    "sorry running late",
    "ha",
    "thanks for organising",
    "👏",
    "great stuff",
)
_WORK_TALK = (
    "thanks",
    "understood",
    "will do",
    "on it",
    "sorry for the delay",
    "ok",
    "appreciated",
    "great",
    "let me check",
    "speak tomorrow",
)

_A2 = {"A": _ADULTS_TALK, "B": _ADULTS_TALK}


def _b2(
    a: Sequence[str],
    b: Sequence[str],
    *script: Section,
    talk: Mapping[str, Sequence[str]] | None = None,
    subs: Mapping[str, Sequence[str]] | None = None,
    extra: Mapping[str, Sequence[str]] | None = None,
) -> _Kind:
    roles = {"A": a, "B": b, **(extra or {})}
    return _Kind(roles=roles, talk=talk or _A2, script=script, subs=subs or {})


_FT = {"A": _FAMILY_TALK, "B": _TEEN_TALK}
_TT = {"A": _TEEN_TALK, "B": _TEEN_TALK}
_GT = {"A": _GROUP_TALK, "B": _GROUP_TALK, "C": _GROUP_TALK}
_REF = {
    "ref": ("4471-2290", "88213", "REF 55019", "7730-11"),
    "surname": ("Okafor", "Byrne", "Patel", "Nowak", "Mensah"),
}

_BENIGN: dict[str, _Kind] = {
    "parent_home": _b2(
        _PARENTS,
        _TEENS,
        _m(
            "A: Running late, won't be back till 7. Is your dad in? | supervision\nB: no just me | supervision",
            "A: Lock the door behind you and don't open it to anyone",
            "B: can Ellie come over, her mum said yes",
            "A: Send me a pic of the oven dial so I know it's off 😂 | image_request",
            "A: There's £10 on the side for pizza | gifts_money",
            "?B: dont tell dad i broke the mug | secrecy",
            "?A: Delete that voice note I sent, it was meant for your auntie | deletion",
            "?A: You're 13, you're not staying up past 10 on a school night | age",
            "?A: Video call me when homework's done | image_request",
        ),
        talk=_FT,
    ),
    "class_trip": _b2(
        ("Mrs Adeyemi", "Mr Doherty", "Ms Kaur"),
        _ADULTS,
        _m(
            "A: Reminder: the Year 6 trip to the science museum is on the 14th",
            "B: Hi, my daughter is 10 and gets travel sick, can she sit near the front? | age",
            "A: Payment of £18 is due by Friday via ParentPay, ref TRIP-{surname} | sextortion",
            "A: If the paper consent form went missing, a photo of the signed one is fine | image_request",
            "A: Pick-up is at the school gate at 4:30pm | meeting",
            "?B: Do you need parent helpers? I can meet you at the coach at 8 | meeting",
            "?A: Please delete the class photo from your story, not every family has consented | deletion",
            "?B: Don't tell her about the gift shop money, I've hidden £5 in her bag | secrecy gifts_money",
        ),
        subs=_REF,
    ),
    "friends_secret": _b2(
        _TEENS,
        _TEENS,
        _m(
            "A: ok dont tell anyone but i think i like josh | secrecy\nB: omg. swear i wont | secrecy",
            "A: delete that msg in case my sister reads my phone | deletion",
            "B: send a pic of the outfit for saturday | image_request",
            "A: meet at the bus stop at 2? | meeting",
            "?B: my mums out till late so come round | supervision meeting",
            "?A: we're 14 not 5, my mum treats me like a baby | age",
            "?B: i'll lend you a fiver for the cinema | gifts_money",
        ),
        talk=_TT,
    ),
    "marketplace": _b2(
        _ADULTS,
        _ADULTS,
        _m(
            "A: Hi is the bike still available? Would it suit a 9 year old? | age",
            "B: Yes, my son rode it from 8 to 10, he's outgrown it | age",
            "A: Could you send a pic of the gears? | image_request",
            "B: Collection only, or I'm in the Tesco car park Saturday 10am if easier | meeting",
            "B: £60 cash, or bank transfer before collection please | sextortion",
            "?A: Could you hold it till Sunday? I'll pay a £10 deposit now",
            "?B: Please don't message the other number on the listing, that's my husband's",
        ),
    ),
    "dating_adults": _b2(
        _ADULTS,
        _ADULTS,
        _m(
            "A: I'm 34 btw, not sure the app shows it",
            "B: Let's move to WhatsApp, I'm on 07700 900{n3} | platform_move",
            "A: Coffee at the Picturehouse café Saturday 3pm? | meeting",
            "B: Send a pic of your dog, your whole profile is the dog 😄 | image_request",
            "A: Video call tonight first? I like to check people are real | image_request",
            "?B: Don't tell my sister I'm on here, she'll never let it go | secrecy",
            "?A: I'll drive, where's good to pick you up? | meeting",
            "?B: My kids are with their dad this weekend, they're 8 and 11 | age",
            "?A: delete that last message, autocorrect disaster 🙈 | deletion",
        ),
        subs={"n3": ("203", "618", "947")},
    ),
    "gamers": _b2(
        _TEENS,
        _TEENS,
        _m(
            "A: yo u got the battle pass yet",
            "B: my cousin gave me 1000 vbucks for my bday | gifts_money",
            "A: add me on discord its {handle} | platform_move",
            "B: how old is ur brother, he plays like hes 6 lol | age\nA: hes 11 | age",
            "A: dont tell my mum i was up till 3 | secrecy",
            "?B: cam on? wanna see the new setup | image_request",
            "?A: my parents are out so we can be loud on vc | supervision",
            "?B: meet at the game shop sat for the launch? | meeting",
        ),
        talk={"A": _GAMER_TALK, "B": _GAMER_TALK},
        subs={"handle": ("zed.plays", "finn_fps", "leah.exe")},
    ),
    "grandparent_call": _b2(
        ("Nana", "Grandad Joe", "Granny", "Oma", "Lola Nene"),
        _TEENS,
        _m(
            "A: Hello darling, is it a good time? Turn the camera on so I can see you | image_request",
            "B: hi nana, mum's still at work | supervision",
            "A: You're 9 on Sunday! Where has the time gone | age",
            "A: I've put £20 in a card, don't tell your brother it was more than his | gifts_money secrecy",
            "?A: Send me a photo of your school play costume | image_request",
            "?A: I'll meet you off the train on Friday, platform 2 | meeting",
            "?B: how do i delete the photo that went to the family group | deletion",
            "?A: Ask your mum, call at 6 your time, that's 7 here in Spain? | live_streaming",
        ),
        talk=_FT,
    ),
    "tutoring": _b2(
        ("Mr Osei (tutor)", "Helen - maths tutor", "Dr Mahmood"),
        _ADULTS,
        _m(
            "A: Happy to tutor your daughter for GCSE maths. What year is she in? | age\nB: Year 10, she's 15 | age",
            "A: Lessons are £35/hr, invoices payable within 7 days | sextortion",
            "A: Online sessions are on Zoom with cameras on so I can see her working | image_request",
            "B: Could you send a pic of the worksheet so I can print it? | image_request",
            "?A: Will an adult be in the house during in-person sessions? It's my policy | supervision",
            "?B: She'd rather do sessions at the library, Tuesday 4pm? | meeting",
            "?A: Please don't share the practice papers outside the family, they're licensed | secrecy",
        ),
    ),
    "family_remittance": _b2(
        ("Mama (Dubai)", "Papa Rey", "Mommy Liza"),
        ("Kristine", "Paolo", "Jun-jun", "Bea"),
        _m(
            "A: Sent 8,000 through GCash for the tuition, ref {ref} | live_streaming",
            "A: Video call Sunday 7pm here, 11pm there, ok ba? | live_streaming",
            "B: ma si Jun turned 7 yesterday, we had pancit | age",
            "A: Send me photo of the receipt from school | image_request",
            "?A: Don't tell Lola how much I sent, she'll worry I'm not eating | secrecy",
            "?A: Point the camera so I can see your brother's new uniform | image_request",
            "?A: I'll add 1,000 for your school project | gifts_money",
        ),
        talk=_FT,
        subs=_REF,
    ),
    "safety_talk": _b2(
        ("Mum", "Dad", "Ms Grant (counsellor)"),
        _BOYS,
        _m(
            "A: School sent a letter about sextortion. Can we talk for a minute?",
            "A: They pretend to be a girl your age and say 'send me a pic' | image_request",
            "A: Then it turns into 'pay $500 or all your friends see it' | sextortion",
            "A: If anyone ever does that, come to me. You won't be in trouble",
            "B: im 15 i know lol | age",
            "A: And 'don't tell your parents' is the biggest red flag going | secrecy",
            "?A: They say 'delete this chat' so you can't report them | deletion",
            "?A: Or 'come on Telegram', to get you somewhere private | platform_move",
            "?B: a lad in my year had that, he told the police",
        ),
        talk=_FT,
    ),
    "sports_club": _Kind(
        roles={"A": ("Coach Ian", "Sandra (club sec)", "Coach Nkechi"), "B": _ADULTS, "C": _ADULTS},
        talk=_GT,
        subs={"kid": ("Leo", "Mia", "Jayden", "Orla")},
        script=(
            _m(
                "A: U12s training moved to 6pm Weds at the astro | meeting",
                "A: Subs of £25 for the term by Friday please, ref SUBS + surname | sextortion",
                "B: Can anyone give {kid} a lift Saturday? I'm working | meeting\nC: I'll take them, pick-up 8:15 outside the chippy | meeting",
                "A: Please send a photo of the birth certificate for league registration | image_request",
                "B: {kid} is 11, 12 in October, so still eligible? | age",
                "?A: Lovely team photo from Sunday, tell me if you'd rather your child wasn't in it",
                "?C: Who's got the kit bag? don't tell coach we left it at the pub 😬 | secrecy",
            ),
        ),
    ),
    "flatmate_debt": _b2(
        _ADULTS,
        _ADULTS,
        _m(
            "A: You still owe £86 for the electric. Need it by Friday, the bill goes out Monday | sextortion",
            "B: I'll transfer tomorrow I swear",
            "A: Screenshot it when it's done | image_request",
            "A: If it's not in by Friday I'm telling the landlord, not covering you again | sextortion",
            "?B: Please don't tell Hannah, she already thinks I'm a mess | secrecy",
            "?A: Also delete that pic of me asleep on the sofa from the group 😂 | deletion",
            "?B: Meet at the Co-op at 6 and I'll give you cash | meeting",
        ),
    ),
    "babysitting": _b2(
        _PARENTS,
        _TEENS,
        _m(
            "A: Dad and I are out till 11, you're in charge of Ava, she's 6 | age supervision",
            "B: ok. is she allowed the ipad after 8",
            "A: Bed by 8. Send a pic when she's asleep | image_request",
            "B: she says dont tell you she had two biscuits | secrecy",
            "?B: can you delete that photo of me from the family group pls | deletion",
            "?A: There's £15 for a takeaway in the drawer | gifts_money",
            "?A: Don't open the door to anyone, we've got keys",
        ),
        talk=_FT,
    ),
    "coach_lift": _b2(
        ("Coach Darren", "Coach Aisha", "Mr Flynn (coach)"),
        _ADULTS,
        _m(
            "A: For Sunday's away game I can take 3 in my car, are parents happy with that? | meeting",
            "B: Yes fine, Sam's 13 so no booster needed | age",
            "A: Pick-up 8:30 outside the leisure centre | meeting",
            "A: Club policy: never alone with one player, my assistant rides with us",
            "B: Can you send a pic from the match for the grandparents? | image_request",
            "?A: £5 each for petrol by Saturday, cash is fine | sextortion",
            "?B: Could you text me when you've left? I'll be at work, nobody home | supervision",
        ),
    ),
    "news_story": _b2(
        _TEENS,
        _TEENS,
        _m(
            "A: did u see the news about that lad in glasgow",
            "B: the one where the fake account said 'pay or i send it to everyone'? | sextortion",
            "A: yeah he was only 16 | age",
            "B: it said they asked him for a pic first then threatened him | image_request",
            "A: police said they wanted gift cards within the hour | sextortion",
            "?B: and they told him to wipe the whole chat | deletion",
            "?A: my mum made me read it with her lol",
            "?B: if that happened id tell my dad tbh",
        ),
        talk=_TT,
    ),
    "safety_quiz": _Kind(
        roles={"A": ("Mr Byrne (PSHE)", "Ms Otieno", "Miss Clarke"), "B": _TEENS, "C": _TEENS},
        talk={"B": _TEEN_TALK, "C": _TEEN_TALK},
        script=(
            _s("A: Quiz time! Red flag or not?"),
            _m(
                "A: Q1: someone from a game says 'let's talk on Snapchat instead' | platform_move\nB: red flag",
                "A: Q2: 'you're so grown up, nobody gets you like I do' | trust_isolation\nC: flattery + cutting u off",
                "A: Q3: a stranger asks 'what school are you at?' | age",
                "A: Q4: 'keep this between us, ok?' | secrecy",
                "?A: Q5: 'send $200 by midnight or I post the pic' | sextortion",
                "?A: Q6: 'is anyone home with you right now?' | supervision",
                "?B: is this going on our report",
            ),
        ),
    ),
    "streamer_sponsor": _b2(
        ("Jess @ GlowGear", "Tom (brand partnerships)", "Ana - sponsorships"),
        ("PixelPaddy", "Rook_Streams", "nadia_plays"),
        _m(
            "A: We'd love to sponsor a 2-hour stream of the new game on the 21st",
            "B: Sounds great. Rate's £400, half upfront on invoice, due before the stream | sextortion",
            "A: Go live 8pm UK, 3pm for our team in NY, we'll watch | live_streaming",
            "A: Could you send a screenshot of last month's viewer stats? | image_request",
            "B: My audience is mostly 18-34, my channel's 16+ only",
            "?A: Please keep the launch date confidential until the 18th | secrecy",
            "?A: Payment by PayPal, ref SPONSOR-21, once the VOD is up | live_streaming",
        ),
    ),
    "landlord_rent": _b2(
        ("Mr Haddad (landlord)", "Lorraine - lettings", "Kevin (landlord)"),
        _ADULTS,
        _m(
            "A: Rent of £950 was due on the 1st. Please pay by Friday 5pm or I'll issue a formal notice | sextortion",
            "B: Sorry, payday's delayed. Can I pay half now?",
            "A: Send a screenshot of the transfer when done | image_request",
            "A: I'll be round Tuesday 10am for the inspection, will anyone be in? | meeting supervision",
            "?B: My daughter's 4, she'll be napping, could you knock quietly | age",
            "?A: Please don't mention the rent review to the other tenants yet | secrecy",
            "?A: Bank transfer please, ref FLAT2-MAY | live_streaming",
        ),
    ),
    "guild_fundraiser": _Kind(
        roles={"A": ("GuildMaster_Oz", "raz_heals", "Kenji"), "B": _TEENS, "C": _ADULTS},
        talk=_GT,
        subs={"handle": ("oz#4410", "raz.heals")},
        script=(
            _m(
                "A: Charity stream Saturday 6pm GMT / 1pm EST for the children's hospital | live_streaming",
                "C: Donations via the JustGiving link, we're at £340! | gifts_money",
                "A: Everyone cams on for the group photo at the end | image_request",
                "B: my little bro is 12, can he join the stream? | age",
                "?C: Don't tell Raz about the sponsor's surprise donation 🤫 | secrecy",
                "?B: add me on discord for the VC, {handle} | platform_move",
            ),
        ),
    ),
    "youth_trip": _b2(
        ("Pete (youth leader)", "Rev Sarah", "Femi - youth group"),
        _ADULTS,
        _m(
            "A: Deposit of £50 for the Ardèche trip by Wednesday please, ref TRIP-surname | sextortion",
            "A: Permission slips back by Friday, a photo of the signed page is fine | image_request",
            "B: Olly is 14, does he need his own passport? | age",
            "A: Meet at the church car park 6am Saturday | meeting",
            "?A: Phones go in a box at night, don't tell the kids yet they'll riot | secrecy",
            "?B: We'll video call him Wednesday, 7pm France time so 6 here | live_streaming",
        ),
    ),
    "helpline_report": _b2(
        ("Helpline - Sam", "Helpline advisor", "Support (Jo)"),
        _BOYS,
        _s(
            "A: Hi, you're through to the helpline. What's happened?",
            "B: someone i met on insta said 'pay me 200 or i send ur pic to everyone' | sextortion",
            "?B: im 15 | age",
            "A: Thank you for telling us. You've done the right thing. Have you paid anything?",
            "B: no. they said if i tell anyone it goes out | secrecy",
            "A: Please don't delete the chat yet, screenshots help the police and the platform",
            "?B: they also asked me to move to telegram | platform_move",
            "?A: Is there an adult at home you can talk to tonight? | supervision",
            "A: We can help you report the image so it's taken down",
        ),
        talk={
            "A": ("Take your time", "I'm still here", "That's really brave", "Ok"),
            "B": ("ok", "thanks", "im scared", "ok"),
        },
    ),
    "portrait_session": _b2(
        ("Lena Photography", "Studio Ruth", "Tom - photographer"),
        _ADULTS,
        _m(
            "A: Session's booked for Sat 10am at Heaton Park, meet by the boathouse | meeting",
            "B: Kids are 3 and 7, the little one hates cameras 😅 | age",
            "A: Send me a pic of the outfits and I'll suggest colours | image_request",
            "A: £75 deposit by Thursday to secure the date | sextortion",
            "?B: Please don't post the kids' photos online, family only",
            "?B: It's a surprise for my husband's 40th, don't tell him if he messages | secrecy",
        ),
    ),
    "esports_travel": _b2(
        ("Manager - Team Vale", "Coach Rutger", "Mira (team ops)"),
        _ADULTS,
        _m(
            "A: Flights for the Katowice qualifier are booked, meet at Gate 12 at 6am | meeting",
            "B: Our son's 17, does he need a consent letter? | age",
            "A: Yes, please send a photo of the signed letter and his passport page | image_request",
            "A: The sponsor's stipend of €200 lands Friday with ref TEAM-KTW | live_streaming",
            "?A: Keep the roster change quiet till the announcement | secrecy",
            "?A: Team call 8pm CET / 7pm UK tonight, cams on please | live_streaming image_request",
        ),
    ),
    "pen_pals": _b2(
        ("Mrs Hughes (Year 5)", "Mr Evans"),
        ("Tanaka-sensei", "Ms Sato"),
        _m(
            "A: Our Year 5s loved the letters! Could we do a video call between classes? | image_request",
            "B: Yes! 9am your time is 5pm here in Osaka, Thursday? | live_streaming",
            "A: The children are 9 and 10, so 20 minutes is plenty",
            "B: Please send a photo of the class holding the letters | image_request",
            "A: We won't share surnames or the school address on the call",
            "?B: Don't tell the children about the parcel of sweets, it's a surprise | secrecy",
            "?A: Please delete the recording afterwards, as agreed with parents | deletion",
        ),
    ),
    "scout_camp": _b2(
        ("Akela (Jen)", "Skip - Scouts", "Bagheera (Tony)"),
        _ADULTS,
        _m(
            "A: Camp fee £65 by the 10th, ref CAMP-surname | sextortion",
            "A: Please send a photo of the completed medical form | image_request",
            "B: Rory is 11 and has a nut allergy, EpiPen's in his bag | age",
            "A: Drop-off at the scout hut 5pm Friday, pick-up 2pm Sunday | meeting",
            "?A: Phones stay at home. We'll post a photo each evening on the parent page",
            "?B: Don't tell Rory I packed his teddy, he'll be mortified | secrecy",
        ),
    ),
    "new_number_scam": _b2(
        ("Unknown number", "+44 7700 900512"),
        _ADULTS,
        _s(
            "A: Hi mum it's me, dropped my phone in the bath, this is my new number | platform_move",
            "?A: Can you delete the old number please | deletion",
            "B: Which one are you? Send me a voice note",
            "A: can't do voice, mic's broken. don't tell dad I asked he'll go mad | secrecy",
            "A: I need to pay a bill today or they'll cut me off, can you send £480? | sextortion gifts_money",
            "B: Send me a photo of yourself holding today's paper then 😂 | image_request",
            "?A: mum please it has to be paid by 3pm | sextortion",
            "B: I've just rung my son's real number and he answered. Reported.",
        ),
    ),
    "talent_audition": _b2(
        ("Stars Kids Agency", "Julia (agent)", "Bright Talent"),
        _ADULTS,
        _m(
            "A: Lovely news: Maisie's shortlisted for the cereal ad. She's 8? | age\nB: Yes 8, 9 in March | age",
            "A: Audition Tuesday 4pm at our Soho studio, a parent must stay throughout | meeting",
            "A: Please send a headshot and a full-length photo, no filters | image_request",
            "A: Please keep the brand name confidential, it's under NDA | secrecy",
            "?B: Is there a fee? I've heard of scams",
            "?A: No fee, ever. We're paid by the production",
        ),
    ),
    "visa_fee": _Kind(
        roles={
            "A": ("Bisi", "Uncle Tayo", "Kemi"),
            "B": ("Segun", "Auntie Funmi", "Dayo"),
            "C": ("Lara", "Tolu"),
        },
        talk=_GT,
        script=(
            _m(
                "A: Auntie's visa fee plus the health surcharge is due by the 30th | sextortion",
                "B: I'll transfer £200, ref VISA-AUNTIE | live_streaming",
                "A: She needs a passport photo on a white background, send a pic first | image_request",
                "C: Video call her Sunday 10am Lagos, 10am London, same time! | live_streaming",
                "?A: Don't tell Mum yet, we want it to be a surprise | secrecy",
                "?B: Biometrics appointment is on Victoria Island, 9am | meeting",
            ),
        ),
    ),
    "esafety_followup": _b2(
        ("Mr Lowe (DSL)", "Head of Year 9", "Mrs Achebe"),
        _ADULTS,
        _m(
            "A: Thanks for coming. The message from today: if someone online asks 'what school are you at', don't say | age",
            "A: Watch for 'is anyone else in the room with you?' | supervision",
            "A: And 'you can trust me, your friends are just jealous' | trust_isolation",
            "B: My son is 13, is there a guide for parents? | age",
            "A: Yes, there's a leaflet. Also look for 'let's keep this between us' | secrecy",
            "?A: And demands like 'pay within an hour or everyone sees' | sextortion",
            "?B: Could you send a pic of the slide with the helpline numbers? | image_request",
        ),
    ),
    "debt_reminder": _b2(
        ("Lowell Collections", "Credit Services Ltd", "Account team"),
        _ADULTS,
        _m(
            "A: Reminder: £312.40 is outstanding on your account. Please pay by 28 June to avoid further action | sextortion",
            "B: I'm on universal credit, can I pay in instalments?",
            "A: Yes, we can set up £20 a month. Please send a photo of your latest statement | image_request",
            "A: Payments by bank transfer, ref {ref} | live_streaming",
            "?A: If no arrangement is made we may pass this to a solicitor | sextortion",
            "?B: Please don't ring my work again",
        ),
        subs=_REF,
    ),
    "group_project": _Kind(
        roles={"A": _TEENS, "B": _TEENS, "C": _TEENS},
        talk={"A": _TEEN_TALK, "B": _TEEN_TALK, "C": _TEEN_TALK},
        script=(
            _m(
                "A: project due friday 9am, we r so behind",
                "B: send me the pic of the poster so i can add it | image_request",
                "C: my house after school? mums out till 7 so we can spread out | meeting supervision",
                "A: dont tell mr okafor we used last years one as a template | secrecy",
                "B: delete the draft in the gc, its got the wrong title | deletion",
                "?C: my little brother's 6 and he drew on it 😭 | age",
            ),
        ),
    ),
    "choir_trip": _b2(
        ("Choir director", "Mrs Lindqvist", "Mr Abara"),
        _ADULTS,
        _m(
            "A: Balance of £140 for the Edinburgh trip by the 14th, ref CHOIR-surname | sextortion",
            "A: Please send a photo of the signed consent form | image_request",
            "B: Grace is 10, can she room with her friend? | age",
            "A: Coach leaves the cathedral at 7am sharp | meeting",
            "?A: Parents can watch the concert on the livestream at 3pm",
            "?B: Don't tell Grace we're coming to watch, it's a surprise | secrecy",
        ),
    ),
    "account_recovery": _b2(
        ("Support", "Account Help", "Safety team"),
        _TEENS,
        _m(
            "A: To verify it's you, please send a video selfie turning your head | image_request",
            "B: my account got hacked, they changed the email",
            "A: Never share the 6-digit code with anyone outside this official chat | secrecy",
            "A: We've sent a code to the address ending @example.org",
            "B: im 16, does my mum need to do it? | age",
            "?A: Delete any messages from accounts claiming to be us | deletion",
            "?A: We will never ask for payment or gift cards to restore an account",
        ),
        talk={"A": _WORK_TALK, "B": _TEEN_TALK},
    ),
    "screen_time_rules": _b2(
        _ADULTS,
        _ADULTS,
        _m(
            "A: What screen time rules do you have? Ollie's 11 and wants a phone | age",
            "B: Ours is 12, phone lives downstairs from 9pm | age",
            "A: Do you check who he's messaging?",
            "B: Spot checks. Told him if anyone says 'don't tell your parents' he shows me straight away | secrecy",
            "A: And no video calls with anyone he hasn't met in real life | image_request",
            "?A: Coffee at the school gate Weds? | meeting",
        ),
    ),
    "shift_rota": _b2(
        ("Dana (shift manager)", "Ops - Marco", "Team lead Priya"),
        _TEENS,
        _m(
            "A: Team video call Monday 5pm your time, 12pm mine in Toronto | live_streaming image_request",
            "A: Pay goes out Friday by transfer, ref WK23 | live_streaming",
            "B: I'm 17 so I can't do after 10pm right? | age",
            "A: Correct, under-18 rules. Send a pic of your timesheet | image_request",
            "?A: Please keep client names confidential | secrecy",
        ),
        talk={"A": _WORK_TALK, "B": _WORK_TALK},
    ),
    "birthday_remittance": _b2(
        ("Lolo Ben", "Lola Tess", "Nonna Pia"),
        _TEENS,
        _m(
            "A: Sent £50 for your birthday through WorldRemit, control number {ref} | live_streaming gifts_money",
            "B: thank you!!",
            "A: Video call on Saturday, 8pm Manila so noon for you | live_streaming",
            "A: You'll be 12! | age",
            "?A: Send me a photo of the cake | image_request",
            "?A: Don't tell your sister how much, hers was in December | secrecy",
        ),
        talk=_FT,
        subs=_REF,
    ),
    "photo_club": _Kind(
        roles={"A": ("Club chair (Gwen)", "Brian - photo club"), "B": _ADULTS, "C": _ADULTS},
        talk=_GT,
        script=(
            _m(
                "A: Dawn shoot at the pier Sunday 5:45am, meet at the lighthouse | meeting",
                "A: Everyone send me your three best pictures for the exhibition | image_request",
                "B: Can my 14-year-old come along? She's keen | age",
                "A: Juniors welcome with a parent",
                "A: Annual fee £30 by the end of the month | sextortion",
                "?C: Please delete the shot of me yawning 😂 | deletion",
            ),
        ),
    ),
    "custody_calls": _b2(
        ("Dad (Sydney)", "Mike", "Rob"),
        ("Claire", "Emma", "Lou"),
        _m(
            "A: Can I video call the kids Sunday 7pm Sydney, 8am UK? | live_streaming image_request",
            "B: Fine. Amy's 6 and grumpy before breakfast, make it 9 | age",
            "A: Send me a pic of her school report | image_request",
            "B: Maintenance for March came in, thanks",
            "?A: Don't tell them about the puppy yet, I want to show them on the call | secrecy",
            "?B: Will anyone be with them at yours in summer while you work? | supervision",
        ),
    ),
    "child_sponsorship": _b2(
        ("Sponsor liaison (Faith)", "Hope Trust team"),
        _ADULTS,
        _m(
            "A: Here's Joy's update: she's 9 now, in Grade 4 | age",
            "B: Could we arrange the supervised video call? | image_request",
            "A: Thursday 3pm Nairobi / 12pm London, with our staff present | live_streaming",
            "A: Your donation of £25 came through, ref SP-{ref} | live_streaming",
            "A: Please don't share Joy's surname or location publicly | secrecy",
            "?B: Can I send a gift for her birthday? | gifts_money",
            "?A: Gifts go through the office, never directly",
        ),
        subs=_REF,
    ),
    "surprise_party": _Kind(
        roles={
            "A": ("Tash", "Uncle Rob", "Deepa"),
            "B": ("Liv", "Sanjay", "Mo"),
            "C": ("Gran", "Auntie Pam", "Cousin Will"),
        },
        talk=_GT,
        script=(
            _m(
                "A: Nobody say a word to Mum about Saturday | secrecy",
                "B: Delete this chat after, she reads my phone 😂 | deletion",
                "A: £20 each by Friday for the hall | sextortion",
                "C: Send me old pics of her from when she was 12 for the slideshow | image_request age",
                "A: Meet at the Red Lion at 7, she arrives 7:30 | meeting",
                "?B: Her sister's flying in, video call her at 9 your time to plan? | live_streaming",
            ),
        ),
    ),
    "driving_lessons": _b2(
        ("Gary (instructor)", "Sue - driving school", "Imran ADI"),
        _TEENS,
        _m(
            "A: I'll pick you up outside school at 3:40 Thursday | meeting",
            "B: im 17 next week so can we start then? | age",
            "A: Send me a photo of your provisional licence | image_request",
            "A: Block of 10 is £320, by Monday with ref DL-surname | sextortion",
            "?B: dont tell my mum i failed the theory once lol | secrecy",
            "?A: Is a parent home to sign the form when I drop you back? | supervision",
        ),
    ),
    "remote_exam": _b2(
        ("Proctor", "Exam supervisor"),
        _TEENS,
        _s(
            "A: Please turn your camera on and show me the whole room | image_request",
            "A: Is anyone else in the room with you? | supervision\nB: no, just me | supervision",
            "A: Hold your ID up to the camera please | image_request",
            "?B: im 16, do i need a parent's consent? | age",
            "A: The exam starts 14:00 UTC, 3pm your time | live_streaming",
            "?A: Reminder: the resit fee must be paid by Friday | sextortion",
        ),
        talk={"A": _WORK_TALK, "B": ("ok", "ready", "one sec", "yes", "sorry")},
    ),
    "house_sitting": _b2(
        _ADULTS,
        ("Maya (sitter)", "Josh", "Ruth"),
        _m(
            "A: We're away two weeks from the 3rd, so nobody home | supervision",
            "A: Please don't tell anyone on the street we're away | secrecy",
            "A: A daily photo of the cat would be lovely | image_request",
            "A: Video call at 9am your time, 6pm ours? | live_streaming",
            "B: Key under the plant pot? Or meet you there Sat 10am? | meeting",
            "?A: Our son's 15 and might pop in to grab his bike | age",
        ),
    ),
    "writers_group": _Kind(
        roles={
            "A": ("Harriet", "Desmond", "Yemi"),
            "B": ("Lucy", "Finbar", "Anjali"),
            "C": ("Paul", "Grace"),
        },
        talk=_GT,
        script=(
            _m(
                "A: Chapter 7: the blackmailer's note says 'fifty thousand by Friday or the photos go to your wife' | sextortion",
                "B: Good, but the villain's 'don't tell your mum' to the 14-year-old is too on the nose | secrecy age",
                "A: Should I cut the bit where he tells her to delete the messages? | deletion",
                "C: No, it's the clue the detective finds",
                "?B: Meet at the library café Tuesday 7? | meeting",
                "?A: Send me a pic of your notes, your scan is unreadable | image_request",
            ),
        ),
    ),
    "vet_video_consult": _b2(
        ("Vet - Dr Clarke", "PetCall vet", "Dr Nwosu"),
        _ADULTS,
        _m(
            "A: Please turn the camera so I can see her back leg | image_request",
            "B: She's only 4 months old, is that normal?",
            "A: Could you send a photo of the lump in good light? | image_request",
            "A: Is someone at home who can hold her during the call? | supervision",
            "A: The consult fee is £35, please pay via the link before the end of the call | sextortion",
        ),
    ),
    "foster_placement": _b2(
        ("Social worker (Amy)", "Placement team"),
        _ADULTS,
        _m(
            "A: The child is 9, Year 4 | age",
            "A: Please keep the placement address confidential | secrecy",
            "B: Shall I send a photo of the bedroom for the file? | image_request",
            "A: Supervised video call with birth mum Thursday 5pm | image_request",
            "A: Handover at the family centre, 10am Monday | meeting",
            "?B: Will the allowance be paid by Friday?",
        ),
    ),
    "destination_wedding": _b2(
        _ADULTS,
        _ADULTS,
        _m(
            "A: Villa deposit €2,000 by Friday or they release the date | sextortion",
            "B: Video call at 9 your time to go over the plan? | live_streaming",
            "A: The flower girl is my niece, she's 6 | age",
            "B: Don't tell the bride about the fireworks | secrecy",
            "A: Transfer ref WED-0912 | live_streaming",
            "?B: Send a pic of the table plan | image_request",
        ),
    ),
    "ransomware_incident": _b2(
        ("IT - Mark", "SecOps"),
        ("MD - Caroline", "Ops director"),
        _m(
            "A: The note says 'pay 3 BTC by Friday or we publish your data' | sextortion",
            "B: We are not paying. Don't tell clients yet until legal advises | secrecy",
            "A: Send me a photo of the ransom screen on your PC | image_request",
            "A: Nobody wipe any logs please",
            "?B: Meet in the boardroom at 8am | meeting",
        ),
        talk={"A": _WORK_TALK, "B": _WORK_TALK},
    ),
    "escape_room_booking": _b2(
        ("Escape HQ", "Booking team"),
        _ADULTS,
        _m(
            "A: How old are the kids? Under-12s need an adult in the room | age\nB: Eight of them, all 10 | age",
            "A: Deposit £40 by Friday to hold the slot | sextortion",
            "B: Don't tell the kids the theme, it's the pirate one! | secrecy",
            "A: Arrive 2:45 at the side entrance | meeting",
            "?A: Is an adult staying with the group? | supervision",
        ),
    ),
    "found_phone_return": _b2(
        _ADULTS,
        _TEENS,
        _m(
            "A: Hi, I found this phone on the 42 bus. Whose is it?",
            "B: its mine!! im 15 | age",
            "A: Are your parents home? I'd rather hand it to an adult | supervision",
            "A: Send a pic of the lock screen so I know it's yours | image_request",
            "A: I'll leave it at the police station front desk at 5 | meeting",
            "?B: my mum says thank u, she wants to give u £20 | gifts_money",
        ),
        talk={"A": _ADULTS_TALK, "B": _TEEN_TALK},
    ),
    "secret_santa": _Kind(
        roles={"A": ("Kerry (organiser)", "Auntie Bee", "Dom"), "B": _ADULTS, "C": _ADULTS},
        talk=_GT,
        script=(
            _m(
                "A: Don't tell anyone who you got! | secrecy",
                "A: Delete the DM once you've read your name | deletion",
                "B: My niece is 7 and my nephew's 13, they're in it too | age",
                "A: £5 each by Monday please | sextortion",
                "C: Send a pic of your wishlist | image_request",
                "A: Swap at the pub at 7 on the 20th | meeting",
            ),
        ),
    ),
    "passport_renewal": _b2(
        _PARENTS,
        _ADULTS,
        _m(
            "A: Her passport photo has to be against a white wall, send me a pic first | image_request",
            "B: She's 7 so it's the child fee | age",
            "A: It's £61.50, pay by Thursday or the slot goes | sextortion",
            "B: Don't tell her about the trip yet | secrecy",
            "A: Appointment at the passport office Friday 9:40 | meeting",
        ),
    ),
    "medical_crowdfund": _Kind(
        roles={
            "A": ("Tita Baby", "Ate Rose"),
            "B": ("Marlon (London)", "Cherry"),
            "C": ("Tito Ed", "Kuya Jojo"),
        },
        talk=_GT,
        subs=_REF,
        script=(
            _m(
                "A: Tito's hospital bill is ₱180,000, we've raised half | gifts_money",
                "B: Sent £100 via Remitly, ref {ref} | live_streaming",
                "A: Send photo of the statement from the hospital | image_request",
                "C: Video call at 7pm Manila / noon London? | live_streaming",
                "A: His grandson is 10, he keeps asking if lolo is ok | age",
            ),
        ),
    ),
    "fantasy_league_fees": _Kind(
        roles={"A": ("Commish Dave", "Sully", "Big Mo"), "B": _ADULTS, "C": _ADULTS},
        talk=_GT,
        script=(
            _m(
                "A: £20 by Friday or you're out of the league | sextortion",
                "B: Send a screenshot once you've paid | image_request",
                "A: Pay up or I post your 2019 picks in the family chat 😂 | sextortion",
                "C: Draft night at the Crown, 8pm | meeting",
                "B: My lad's 12 and wants his own team lol | age",
            ),
        ),
    ),
    # This set's five new kinds.
    "lost_pet_reward": _b2(
        _ADULTS,
        _ADULTS,
        _m(
            "A: Our cat went missing Tuesday, £100 reward to whoever finds her | gifts_money",
            "B: I think she's in my shed! Send a pic so I can compare | image_request",
            "A: [photo] that's her, the white paw",
            "B: Meet at the park gates at 6 and I'll bring her in the carrier | meeting",
            "A: My daughter is 8 and she's been crying all week | age",
            "?A: Someone messaged 'pay £200 first or you'll never see the cat again', obviously a scam | sextortion",
            "?B: Are you home now? I could just pop round | supervision",
            "?A: Please don't share our address from the poster, my ex doesn't know we moved | secrecy",
        ),
    ),
    "refund_dispute": _b2(
        _ADULTS,
        ("Customer care (Sofaworld)", "Returns team", "Harlow Furniture"),
        _m(
            "A: The sofa arrived ripped. Full refund by Friday or I'm going to small claims | sextortion",
            "B: Please send photos of the damage and the packaging | image_request",
            "A: If I don't hear back I'll post the photos on every review site going | sextortion",
            "B: A refund of £420 will be sent by bank transfer, ref RF-{ref} | live_streaming",
            "B: Would you consider deleting the review once it's resolved? | deletion",
            "?A: My 4-year-old was sitting on it when the seam split | age",
            "?B: The courier can collect Tuesday 8-12, will someone be home? | supervision",
        ),
        subs=_REF,
    ),
    "nursery_updates": _b2(
        ("Little Acorns Nursery", "Room leader (Becky)", "Nursery manager"),
        _PARENTS,
        _m(
            "A: Lovely morning! Ruby (2) did painting today, photo's on the app | age",
            "B: Please don't put her photos on the public page, app only",
            "A: March fees are due by the 5th, ref NUR-{ref} | sextortion",
            "B: Can you send a pic of the rash on her arm so I can show the GP? | image_request",
            "A: Could you delete the photo from the parents' WhatsApp, another child is in the background | deletion",
            "A: Pick-up by 6pm please, late collection is charged",
            "?B: Her grandad's collecting Friday, password is 'giraffe', don't tell Ruby 😂 | meeting secrecy",
        ),
        subs=_REF,
    ),
    "host_family": _b2(
        ("Host mum (Karen)", "The Mitchells", "Siobhan (host)"),
        ("Agency - Ana", "Programme coordinator", "Sra. López"),
        _m(
            "A: We can't wait to host Lucía! She's 16, right? | age\nB: Yes, 16, Year 11 equivalent | age",
            "A: Video call at 9 your time, 8 ours, to say hello? | live_streaming",
            "A: Send a pic of her flight booking so we know when to meet her | image_request",
            "A: We'll meet her at Terminal 2 arrivals, by the Costa | meeting",
            "B: Monthly pocket money €100 via transfer, ref HOST-LUCIA | live_streaming gifts_money",
            "?A: Don't tell her about the welcome cake! | secrecy",
            "?B: Will an adult be home in the evenings? The programme requires it | supervision",
        ),
    ),
    "fitness_checkins": _b2(
        ("Coach Dee", "Marcus PT", "FitWithRi"),
        _ADULTS,
        _m(
            "A: Weekly check-in: front and side progress photos by Sunday night please | image_request",
            "B: Done, weigh-in too. Please don't share these anywhere | secrecy",
            "A: Form-check video call Tuesday 6am your time, 2pm mine | live_streaming",
            "A: Next month's coaching fee is £90, due on the 1st | sextortion",
            "B: Can you delete last week's photos? Not happy with them | deletion",
            "?B: I'm 41 and my knees are not 21 any more 😂",
            "?A: In-person session at the bench by the lake, 7am? | meeting",
        ),
    ),
}

TENTH_BENIGN_KINDS = (
    "lost_pet_reward",
    "refund_dispute",
    "nursery_updates",
    "host_family",
    "fitness_checkins",
)
BLIND10_BENIGN_KINDS = (
    *BENIGN_KINDS,
    *EXTRA_BENIGN_KINDS,
    *NEW_BENIGN_KINDS,
    *OWN_BENIGN_KINDS,
    *FOURTH_BENIGN_KINDS,
    *FIFTH_BENIGN_KINDS,
    *SIXTH_BENIGN_KINDS,
    *SEVENTH_BENIGN_KINDS,
    *EIGHTH_BENIGN_KINDS,
    *NINTH_BENIGN_KINDS,
    *TENTH_BENIGN_KINDS,
)
_RISKY = {"grooming": _GROOMING, "sextortion": _SEXTORTION, "live_streaming": _LIVE}


def build_blind10(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The tenth blind set: risky scenarios drawn in turn, every benign kind, sources
    numbered in a shuffled order. Deterministic from ``seed``."""
    jobs: list[tuple[str, str, _Kind]] = []
    for category in RISKY_CATEGORIES:
        scenarios = list(_RISKY[category].items())
        for i in range(risky_per_category):
            name, spec = scenarios[i % len(scenarios)]
            jobs.append((category, f"{category}/{name}", spec))
    for kind in BLIND10_BENIGN_KINDS:
        jobs.extend(("benign", kind, _BENIGN[kind]) for _ in range(benign_per_kind))
    numbers = list(range(1, len(jobs) + 1))
    random.Random(f"blind10:{seed}:order").shuffle(numbers)
    return [
        _render(spec, random.Random(f"blind10:{seed}:{kind}:{n}"), label, kind, number)
        for n, ((label, kind, spec), number) in enumerate(zip(jobs, numbers, strict=True))
    ]
