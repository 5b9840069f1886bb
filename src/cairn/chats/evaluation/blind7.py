# ruff: noqa: E501
"""A seventh blind test set for chat-risk ranking, written without reading the rules, the other
sets' scripts or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), ``cairn/model/chat.py`` and
``evaluation/metrics.py``. From the other sets only these were read: ``Beat``, ``_b``,
``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in ``dataset.py`` (the ``sed`` that
showed them also showed the imports, ``__all__``, the first lines of ``SMALL_TALK``,
``small_talk``, ``_pick``, the first two lines of a grooming script and the first lines of the
renderer; none was reused); the module docstrings of ``blind.py`` to ``blind6.py`` (for the
labelling conventions and the one-line descriptions of the benign kinds); the constants
``FAMILY_NAMES``, ``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS``, ``FIFTH_BENIGN_KINDS`` and
``SIXTH_BENIGN_KINDS`` (with the ``BLIND*_BENIGN_KINDS``, ``FORMAT`` and length constants next
to them, and the first comment line after ``blind6``'s; not followed); the signature of
``formats.base.conversation_id`` (its first lines showed with it); and
``tests/chats/test_chat_blind_sets_shape.py``, where this set's entry and two shape checks of
its own were added. Not read: the rule code (``indicators.py``, ``assess.py``,
``normalise.py``, ``paraphrases.py``, ``composed.py``, ``learned.py`` and its weights,
``identifiers.py`` and the rest of ``cairn/chats`` outside the files named), the scripts of the
earlier sets, docs/chats.md, the other chat tests and the project's history (only
``git status`` and one ``git diff --stat`` summary line, which give file names and counts,
were run). The scorer was never run on this set and no score was looked at. Every line is this
module's own; the reference's example phrases were avoided in risky lines (its situations were
followed, not its wording) and appear, if at all, in benign conversations that quote them.

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind:
every kind of ``BENIGN_KINDS``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS``, ``FIFTH_BENIGN_KINDS`` and
``SIXTH_BENIGN_KINDS``, written afresh from the kind's name (and its one-line description
where an earlier docstring gives one), plus five new kinds (``SEVENTH_BENIGN_KINDS``): a family
planning a surprise birthday, with "nobody breathes a word", "delete this chat", old photos
from when the person was 12, £20 each by Friday and a place and time to meet
(``surprise_party``); a driving instructor and a 17-year-old learner, with pick-ups outside
school, a photo of the provisional licence and a block of lessons paid by a deadline with a
reference (``driving_lessons``); a remote exam proctor asking for the camera on, a view of the
room, "is anyone else in the room", ID to the camera, a fee deadline and a start time in UTC
(``remote_exam``); a family abroad briefing a house-sitter: nobody home for two weeks, daily
pet photos, a video call at 9am your time, "don't tell anyone on the street we're away"
(``house_sitting``); and a writers' group critiquing a thriller that quotes a blackmailer's
threat and deadline, a villain's "don't tell your mum" and a 14-year-old character
(``writers_group``). Risky scenarios (``kind`` is ``category/scenario``, ten per category,
drawn in turn): grooming by a man posing as a 16-year-old in a rhythm game's duo mode, a
"tutor" on a homework-help app (Indian English), a youth-club volunteer the child knows offline
(Irish English), a fake K-pop fan-page admin (Filipino English and Taglish), a man on a BMX
parts page whom the child refuses and reports to his mum (Scottish English), an adult who drops
only two or three lines into a children's game-server group chat where the children report
him, a 22-year-old stating the age gap (Nigerian Pidgin and English), an adult sending voice
notes over several days (Kenyan English), a viewer offering a young streamer subs and mod
status until the child says his dad reads his messages, and a language-exchange partner
(Portuguese or German first language); sextortion with a screenshot of the follower list and
an hour to pay, with an implied threat only, staged over three days, with the demand made by a
second account in a new group, in broken English by a French speaker asking for gift-card codes,
after a payment already made, where the teenager refuses and has told his dad, where the
extorter writes only two or three lines, with edited pictures made from a public profile, and
by someone known offline (Jamaican patois or Australian slang); and the chat side of paid
live-streams of children: a relative offering "shows" and scheduling across time zones, small
"help" requests (rice, medicine, a bill, a uniform) before calls, a new customer's age checks
and "show me she is there" before paying, a move from a public site to a video app, haggling,
a weekly regular with e-wallet references, remittance control numbers and a cousin's name for
pick-up, other children offered with ages, a customer who writes only two lines, and
a customer planning to travel and meet the family. Children refuse, stall or tell in several
of them. Registers: UK, US, Irish, Scottish, Nigerian, Kenyan, Indian, Filipino, Jamaican and
Australian English, formal, teen and gamer slang, non-native English (French, Portuguese,
German, Spanish and Tagalog first languages), typos, texting abbreviations, emoji,
all lower case and voice-note transcripts; each speaker also gets a style applied to every line
they write. Stages are shuffled where the reference says they are not sequential; small talk
that fits the setting (after a sextortion turn: the extorter pressing and the teenager
stalling) sits between the steps so cues are a minority; lengths run from 10 to 80 messages;
some conversations have gaps of hours or days. Images are only referred to ("[photo]", "the
pic"). Everything is synthetic and non-explicit: risk indicators only, no sexual content, no
description of abuse. Phone numbers are in the fictional 07700 900xxx range, emails use
example.org, and the one bitcoin address is BIP-173's public test vector. Sources
(``blind7/chat-NNNN.json``) are numbered in a shuffled order and titles are the participants'
names, so neither gives the label away.

**Labels** follow the conventions of the earlier docstrings, line by line *as written*,
whatever the conversation is. ``label`` is the conversation's truth (a category or ``benign``);
``kind`` is ``category/scenario`` for risky conversations and the benign kind otherwise. A
payment demand with a deadline or payment instructions, and a threat to expose someone, is
``sextortion`` (a party's "£20 each by Friday", an exam's resit fee deadline and a thriller's
quoted blackmail line too); scheduling a video call across time zones, a payment by
remittance, transfer or e-wallet with a reference, and the offer or price of a "show", or a
mention of the children being ready for one, is ``live_streaming``; a request to turn a camera
on, for a video call or for a photo of anything (a licence, a room, a receipt, a gift card's
code) is ``image_request``; a cue quoted in a warning, a quiz, a news story, a helpline report
or a novel is marked too. A statement that a particular person is a minor's age or school year
(then or now), naming a child's school, and asking someone's age or school are ``age``, and so
is an adult playing down an age gap; adults stating adult ages and notices to a whole age
group are not. A child saying nobody is at home, or asking or answering who is around to see,
is ``supervision``; giving one's handle or number for another app, or asking someone to move to
one, is ``platform_move``; money or gifts offered or asked for as help is ``gifts_money``;
flattery, and driving a wedge between a child and others, is ``trust_isolation``; keeping
something from others is ``secrecy`` and asking for a chat or a picture to be deleted is
``deletion``; a place and time to meet, or a lift, is ``meeting``. A scripted line drawn twice
in one conversation is kept once.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.blind3 import OWN_BENIGN_KINDS
from cairn.chats.evaluation.blind4 import FOURTH_BENIGN_KINDS
from cairn.chats.evaluation.blind5 import FIFTH_BENIGN_KINDS
from cairn.chats.evaluation.blind6 import SIXTH_BENIGN_KINDS
from cairn.chats.evaluation.dataset import BENIGN_KINDS, NAMES, Beat, LabelledConversation, _b
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "BLIND7_BENIGN_KINDS",
    "SCENARIOS",
    "SEED",
    "SEVENTH_BENIGN_KINDS",
    "build_blind7",
]

SEED = 77_007
FORMAT = "synthetic"
MIN_MESSAGES = 10
MAX_MESSAGES = 80
SEVENTH_BENIGN_KINDS = (
    "surprise_party",
    "driving_lessons",
    "remote_exam",
    "house_sitting",
    "writers_group",
)
BLIND7_BENIGN_KINDS = (
    *BENIGN_KINDS,
    *EXTRA_BENIGN_KINDS,
    *NEW_BENIGN_KINDS,
    *OWN_BENIGN_KINDS,
    *FOURTH_BENIGN_KINDS,
    *FIFTH_BENIGN_KINDS,
    *SIXTH_BENIGN_KINDS,
    *SEVENTH_BENIGN_KINDS,
)

# --- how a script is written ----------------------------------------------------------------
#
# A script is a plan: blocks of scripted beats that stay together (a question and its answer),
# floats (a gap in hours before the next block) and Pool markers (the small talk used from
# there on). Small talk is spread between the blocks until the conversation has the drawn
# length, and never carries a label.

Block = list[Beat]


@dataclass(frozen=True)
class Pool:
    """Small talk: for each speaker who makes it, the lines to draw from."""

    lines: dict[str, tuple[str, ...]]


PlanItem = Block | float | Pool


@dataclass
class Script:
    """One conversation to be rendered: the plan, the first small-talk pool, writing styles
    forced on some speakers, name pools for some speakers (handles, regional names), whether
    small talk may come before the first block (``lead``) and the longest length drawn."""

    plan: list[PlanItem]
    pool: Pool
    styles: dict[str, str] = field(default_factory=dict)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lead: bool = True
    longest: int = 80


def _one(rng: random.Random, *options: Block) -> Block:
    return list(rng.choice(options))


def _maybe(rng: random.Random, chance: float, block: Block) -> Block:
    return block if rng.random() < chance else []


def _mixed(rng: random.Random, *blocks: Block) -> list[PlanItem]:
    """Blocks in a random order (the reference: grooming stages are not sequential)."""
    items: list[PlanItem] = [block for block in blocks if block]
    rng.shuffle(items)
    return items


def _some(rng: random.Random, count: int, *blocks: Block) -> list[PlanItem]:
    """``count`` of the blocks, kept in the order they are given (numbered questions)."""
    chosen = sorted(rng.sample(range(len(blocks)), count))
    return [blocks[i] for i in chosen]


# --- writing styles ---------------------------------------------------------------------------

_ABBREVIATIONS = (
    (r"\byou are\b", "ur"),
    (r"\byou're\b", "ur"),
    (r"\byour\b", "ur"),
    (r"\byou\b", "u"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\btonight\b", "2nite"),
    (r"\btomorrow\b", "tmrw"),
    (r"\bbecause\b", "cos"),
    (r"\bpeople\b", "ppl"),
    (r"\breally\b", "rly"),
    (r"\bbefore\b", "b4"),
    (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"),
    (r"\bI don't know\b", "idk"),
    (r"\bto be honest\b", "tbh"),
    (r"\bright now\b", "rn"),
    (r"\bokay\b", "ok"),
    (r"\bsomeone\b", "sum1"),
    (r"\bbrother\b", "bro"),
    (r"\bmessage\b", "msg"),
)
_EMOJI = ("😂", "🙏", "😅", "👍", "😭", "🔥", "💯", "🙈", "😊", "🤣", "👀", "❤️", "😬", "🥲")
_STYLES = (
    "plain",
    "plain",
    "plain",
    "plain",
    "lower",
    "lower",
    "lower",
    "abbrev",
    "abbrev",
    "typos",
    "typos",
    "emoji",
    "emoji",
)


def _style(style: str, text: str, rng: random.Random) -> str:
    """``text`` as a speaker with ``style`` would type it."""
    if style == "lower":
        return text.lower().rstrip(".")
    if style == "abbrev":
        for pattern, short in _ABBREVIATIONS:
            text = re.sub(pattern, short, text, flags=re.IGNORECASE)
        return text.lower().rstrip(".")
    if style == "typos":
        words = text.split(" ")
        for i, word in enumerate(words):
            if len(word) > 4 and word.isalpha() and rng.random() < 0.18:
                j = rng.randrange(1, len(word) - 2)
                words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        return " ".join(words)
    if style == "emoji":
        return f"{text} {rng.choice(_EMOJI)}" if rng.random() < 0.4 else text
    if style == "voice":
        body = text.rstrip(".").replace("...", ",")
        if rng.random() < 0.4:
            body = rng.choice(("um ", "so ", "yeah so ", "erm ")) + body[:1].lower() + body[1:]
        return f"[voice note 0:{rng.randint(6, 58):02d}] {body}"
    return text


# --- names ------------------------------------------------------------------------------------

_MORE_NAMES = (
    "Chidi",
    "Amara",
    "Wanjiru",
    "Otieno",
    "Aoife",
    "Cian",
    "Eilidh",
    "Callum",
    "Marisol",
    "Joy",
    "Rhea",
    "Arjun",
    "Kasia",
    "Tiago",
    "Leilani",
    "Dwayne",
    "Shanice",
    "Kofi",
    "Mei",
    "Yusuf",
    "Fatima",
    "Declan",
    "Niamh",
    "Ifeoma",
    "Jomar",
    "Analyn",
    "Rohan",
    "Siobhan",
    "Brandon",
    "Kayla",
    "Ruth",
    "Gareth",
    "Olu",
    "Bea",
    "Hamish",
    "Mwangi",
    "Deepa",
    "Lars",
)
_ALL_NAMES = (*NAMES, *_MORE_NAMES)


# --- rendering --------------------------------------------------------------------------------


def _pool_line(
    pool: Pool, speaker: str, rng: random.Random, decks: dict[tuple[str, ...], list[str]]
) -> str:
    lines = pool.lines[speaker]
    deck = decks.get(lines)
    if not deck:
        deck = list(lines)
        rng.shuffle(deck)
        decks[lines] = deck
    return deck.pop()


def _render(
    script: Script, rng: random.Random, label: str, kind: str, source: str
) -> LabelledConversation:
    # Walk the plan: blocks with the gap before them and the small-talk pool in force there.
    segments: list[tuple[float, Block, Pool]] = []
    gap, pool = 0.0, script.pool
    for item in script.plan:
        if isinstance(item, Pool):
            pool = item
        elif isinstance(item, float | int):
            gap += float(item)
        elif item:
            segments.append((gap, item, pool))
            gap = 0.0
    speakers = sorted(
        {s for _g, block, _p in segments for s, _t, _f in block}
        | set(script.pool.lines)
        | {s for item in script.plan if isinstance(item, Pool) for s in item.lines}
    )
    names: dict[str, str] = {}
    for speaker in speakers:
        options = [n for n in script.names.get(speaker, _ALL_NAMES) if n not in names.values()]
        names[speaker] = rng.choice(options)
    styles = {s: script.styles.get(s) or rng.choice(_STYLES) for s in speakers}
    # Style every scripted line; a labelled line drawn twice is kept once.
    seen: set[str] = set()
    styled: list[tuple[float, list[Beat], Pool]] = []
    for gap, block, pool in segments:
        lines: list[Beat] = []
        for speaker, text, marks in block:
            if not marks <= set(FAMILY_NAMES):
                raise ValueError(f"{kind}: unknown family in {sorted(marks)}")
            written = _style(styles[speaker], text, rng)
            if marks:
                if written in seen:
                    continue
                seen.add(written)
            lines.append((speaker, written, marks))
        if lines:
            styled.append((gap, lines, pool))
    scripted = sum(len(lines) for _g, lines, _p in styled)
    cued = sum(1 for _g, lines, _p in styled for _s, _t, f in lines if f)
    low = max(MIN_MESSAGES, scripted + 2, 2 * cued + 2)
    longest = min(MAX_MESSAGES, script.longest)
    if low > longest:
        raise ValueError(f"{kind}: {scripted} scripted lines, {cued} labelled, too long")
    high = min(longest, low + rng.choice((3, 8, 15, 25, 40, 55, 70)))
    filler = rng.randint(low, high) - scripted
    slots = [0] * (len(styled) + 1)
    first = 0 if script.lead else 1
    for _ in range(filler):
        slots[rng.randrange(first, len(slots))] += 1
    # Lay the messages out: small talk in each slot, then the block after it.
    decks: dict[tuple[str, ...], list[str]] = {}
    out: list[tuple[str, str, frozenset[str], float]] = []
    last = ""
    final_pool = styled[-1][2] if styled else script.pool
    for position, count in enumerate(slots):
        pool = styled[position][2] if position < len(styled) else final_pool
        talkers = list(pool.lines)
        for _ in range(count):
            others = [t for t in talkers if t != last] or talkers
            speaker = rng.choice(others)
            text = _style(styles[speaker], _pool_line(pool, speaker, rng, decks), rng)
            out.append((speaker, text, frozenset(), rng.uniform(20, 420)))
            last = speaker
        if position < len(styled):
            gap, lines, _pool = styled[position]
            for i, (speaker, text, cues) in enumerate(lines):
                if i == 0 and gap:
                    wait = gap * 3600 * rng.uniform(0.85, 1.15)
                elif i == 0 and rng.random() < 0.12:
                    wait = rng.uniform(1800, 4 * 3600)
                else:
                    wait = rng.uniform(12, 300)
                out.append((speaker, text, cues, wait))
                last = speaker
    start = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(
        days=rng.randrange(0, 900), seconds=rng.randrange(6 * 3600, 22 * 3600)
    )
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    moment = start
    for index, (speaker, text, marks, wait) in enumerate(out):
        if index:
            moment += timedelta(seconds=max(1, round(wait)))
        messages.append(
            Message(
                index=index,
                time_utc=moment,
                time_raw=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=names[speaker],
                text=text,
            )
        )
        if marks:
            families[index] = marks
    authors: list[str] = []
    for message in messages:
        if message.author not in authors:
            authors.append(message.author)
    owner = names.get("B", "")
    participants = tuple(Participant(id=a, name=a, stable=True, owner=a == owner) for a in authors)
    title = ", ".join(authors)
    conversation = Conversation(
        id=conversation_id(FORMAT, source, "", messages, title),
        format=FORMAT,
        title=title,
        participants=participants,
        messages=tuple(messages),
        source=source,
    )
    return LabelledConversation(conversation, label, kind, families)


# --- small talk -------------------------------------------------------------------------------

TEEN = (
    "lol",
    "omg",
    "wait what",
    "brb",
    "ok",
    "same",
    "nah",
    "haha fr",
    "did u do the maths hw",
    "im so tired",
    "this song is stuck in my head",
    "my brother is being so annoying",
    "wyd",
    "nm just chilling",
    "lmao",
    "bruh",
    "ikr",
    "ugh mondays",
    "my phone is on 4%",
    "dinner brb",
    "back",
    "thats wild",
    "no way",
    "yeah",
    "idk",
    "k",
    "sounds good",
    "🤣",
    "did u watch the new ep",
    "its raining again",
    "the wifi keeps dropping",
    "what u listening to",
    "i have a test tmrw",
    "ok fair",
    "hahaha stop",
    "🙄",
    "hmm",
    "true",
    "sleepy",
    "cant be bothered w homework",
)
GAME = (
    "gg",
    "one more round?",
    "lag is insane rn",
    "who took my loot",
    "rematch",
    "i was so close",
    "update is downloading",
    "brb charger",
    "nice shot",
    "that boss is impossible",
    "what server u on",
    "ok back",
    "lol",
    "wait for me",
    "my controller is dying",
    "queue is so long",
    "ez",
    "that was so bad lmao",
    "new skin looks mid",
    "patch notes are out",
    "bro i lagged out",
    "ready?",
    "gg wp",
    "whos hosting",
)
FAMILY = (
    "ok love",
    "👍",
    "Did you eat?",
    "Dinner's in the oven",
    "Thanks!",
    "Traffic is terrible",
    "Remember your PE kit",
    "Yes",
    "Love you x",
    "Where's the charger?",
    "ok",
    "The dog needs a walk",
    "Can you get milk on the way",
    "What time will you be back?",
    "Bin day tomorrow",
    "Your gran rang",
    "Ok will do",
    "xx",
    "Haha",
    "Is it cold there?",
    "On the bus now",
    "Don't forget your keys",
    "Fine thanks",
    "Yep",
)
ADULT = (
    "Sounds good",
    "Haha",
    "Busy day at work",
    "Cheers",
    "No worries",
    "How was your weekend?",
    "Grand",
    "Will do",
    "Perfect",
    "Thanks for that",
    "ok",
    "Just got in",
    "Weather's awful",
    "Speak soon",
    "Fair enough",
    "Ha, typical",
    "Long week",
    "Yeah same",
    "Nice one",
    "Brilliant",
    "Good shout",
    "Knackered today",
    "Right",
    "👍",
)
FORMAL = (
    "Thank you.",
    "Noted, thank you.",
    "Please let me know if you have any questions.",
    "Kind regards.",
    "Understood.",
    "Many thanks.",
    "I'll check and come back to you.",
    "That's fine.",
    "Of course.",
    "Thanks for confirming.",
    "Apologies for the delay.",
    "Good morning.",
    "Thank you for your patience.",
    "Yes, that's correct.",
)
GROUP = (
    "Thanks!",
    "👍",
    "Great, thanks",
    "Will do",
    "Is it still on if it rains?",
    "Thank you",
    "Brilliant",
    "Noted",
    "What time does it finish?",
    "Ok thanks",
    "Got it",
    "Thanks for organising",
    "🙏",
    "Perfect",
    "Sorry, late to this",
    "Can someone remind me the postcode?",
    "Same here",
    "Lovely, thanks",
    "Yes please",
    "Great stuff",
)
PH_FACILITATOR = (
    "good evening sir",
    "how are you sir",
    "rain here again, brownout",
    "ok sir",
    "yes sir",
    "salamat po",
    "we are fine sir",
    "signal is weak here",
    "what time is it there?",
    "how's the weather there sir",
    "I'm at the market",
    "just got home",
    "😊",
    "thank you sir",
    "ok noted",
    "the typhoon is near they say",
    "sorry late reply sir",
    "hello sir?",
    "I hope you are ok sir",
    "busy today",
)
CUSTOMER = (
    "Hi",
    "ok",
    "How are things",
    "Busy at work",
    "Good",
    "Cold here",
    "I'm tired",
    "Will let you know",
    "fine",
    "Right",
    "ok thanks",
    "Morning",
    "Just back from work",
    "Sorry was driving",
    "yes",
    "Hello",
    "Let me check",
    "Weather's rubbish here",
)
EXTORTER_PRESSING = (
    "hello??",
    "answer me",
    "im waiting",
    "dont ignore me",
    "you there",
    "why are you quiet",
    "reply",
    "?",
    "Im not playing with you",
    "i see you online",
    "read 👀",
    "talk",
    "fast",
)
VICTIM_STALLING = (
    "please",
    "wait",
    "im trying",
    "i dont know what to do",
    "give me a minute",
    "my hands are shaking",
    "please stop",
    "im thinking",
    "who even are you",
    "ok ok",
    "im scared",
    "i cant",
    "pls",
    "hold on",
    "why are you doing this",
    "please man",
    "no no no",
)
VICTIM_ALONE = (
    "??",
    "please answer",
    "who is this",
    "please",
    "hello?",
    "i'm begging you",
    "why me",
    "are you still there",
    "please dont",
    "i cant sleep",
    "ok i'm trying",
    "what do i do",
    "please just reply",
    "i'm so scared",
    "pls",
    "hello",
    "i'm sorry",
    "please i'll do anything else",
)
RAPPORT = (
    "haha",
    "wbu",
    "same tbh",
    "lol stop",
    "what music u into",
    "i'm so bored",
    "school was long",
    "😂",
    "omg same",
    "where u from",
    "nice",
    "what u doing",
    "just chilling",
    "ok",
    "hbu",
    "🙈",
)


def _pool(**lines: tuple[str, ...]) -> Pool:
    return Pool(dict(lines))


# --- grooming ---------------------------------------------------------------------------------


def _g_rhythm_duo(rng: random.Random) -> Script:
    """A man posing as a 16-year-old in a rhythm game's duo mode (US teen slang)."""
    grade = rng.choice(["7th", "8th", "6th"])
    gems = rng.choice(["1200", "2500", "800"])
    handle = rng.choice(["n1ghtbeat", "tempo.kidd", "xxbeatdropxx", "holdnote_hero"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "yo that last map, u full combo'd it?? insane"),
                _b("B", "lol thx i missed the ending tho"),
            ],
            [_b("A", "gg!! ngl u carried me in duo"), _b("B", "haha u were good too")],
            [
                _b("A", "ur the one with the pink cat avatar right? u topped the weekly board"),
                _b("B", "omg yes lol"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b("A", "wait what grade r u in, u play like a pro", "age"),
                    _b("B", f"{grade} lol", "age"),
                    _b("A", "oh cool im a sophomore, 16", "age"),
                ],
                [
                    _b("A", "ur still in middle school right? lol no offense", "age"),
                    _b("B", f"ya {grade} grade", "age"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"i got extra gem codes from a giveaway, want the {gems} pack?",
                        "gifts_money",
                    ),
                    _b("B", "wait fr?? yes pls"),
                ],
                [
                    _b(
                        "A",
                        "ill buy u the season pass if u duo w me every night this week",
                        "gifts_money",
                    ),
                    _b("B", "deal lol"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "honestly ur way more fun than the ppl on my server, they dont get u like i do",
                        "trust_isolation",
                    )
                ],
                [_b("A", "ur friends sound kinda fake tbh, u deserve better", "trust_isolation")],
            ),
            _one(
                rng,
                [
                    _b("A", f"this chat lags, hit me up on discord its {handle}", "platform_move"),
                    _b("B", "ok sent"),
                ],
                [_b("A", f"my other app is quicker, username {handle} same pic", "platform_move")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "dont mention the gems to ur mom ok, she'll think its a scam and take ur tablet",
                        "secrecy",
                        "trust_isolation",
                    )
                ],
                [_b("A", "keep the duo thing between us lol, my brother gets jealous", "secrecy")],
            ),
            _maybe(
                rng,
                0.7,
                _one(
                    rng,
                    [
                        _b(
                            "A",
                            "u still up? ur mom doesnt check ur tablet at night does she",
                            "supervision",
                        ),
                        _b("B", "nah she's asleep by 10", "supervision"),
                    ],
                    [
                        _b(
                            "A",
                            "who else is on ur tablet, like does anyone look at ur messages",
                            "supervision",
                        ),
                        _b("B", "no its mine", "supervision"),
                    ],
                ),
            ),
            _maybe(
                rng,
                0.6,
                _one(
                    rng,
                    [_b("A", "send a pic of ur setup i wanna see ur room lol", "image_request")],
                    [
                        _b(
                            "A",
                            "show me what u look like, its only fair i showed u mine",
                            "image_request",
                        )
                    ],
                ),
            ),
        ),
        _maybe(
            rng,
            0.25,
            [
                _b("B", "idk this is getting weird, my cousin says ppl online lie about their age"),
                _b("A", "lol im literally 16 relax", "age"),
            ],
        ),
    ]
    return Script(plan, _pool(A=GAME, B=(*GAME, *TEEN)))


def _g_homework_app(rng: random.Random) -> Script:
    """An adult 'tutor' on a homework-help app (Indian English)."""
    school = rng.choice(["St Xavier's", "DPS", "Kendriya Vidyalaya", "Carmel Convent"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "Good evening. I saw your doubt on the algebra question in the app. I can explain, no charge.",
                ),
                _b("B", "ok thank you sir"),
            ],
            [
                _b(
                    "A",
                    "Hello, your question about trigonometry is not answered yet. I am a maths teacher, I will help.",
                ),
                _b("B", "yes pls its due tomorrow"),
            ],
        ),
        _one(
            rng,
            [
                _b("A", "Which standard are you studying in? Which school?", "age"),
                _b("B", f"class 8, {school}", "age"),
            ],
            [_b("A", "You must be in 9th? CBSE or ICSE?", "age"), _b("B", "9th icse", "age")],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "You are far sharper than your classmates, your teacher is simply not pushing you.",
                        "trust_isolation",
                    )
                ],
                [
                    _b(
                        "A",
                        "Your parents are putting so much pressure, I understand you better than them.",
                        "trust_isolation",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "App chat is slow, message me on WhatsApp 07700 900123, easier to send diagrams",
                        "platform_move",
                    )
                ],
                [
                    _b(
                        "A",
                        "Send me your WhatsApp number, I will explain with voice notes there",
                        "platform_move",
                    ),
                    _b("B", "its 07700 900456", "platform_move"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "We can do video call, I will show on whiteboard. Is anyone else using the laptop in that room?",
                        "image_request",
                        "supervision",
                    ),
                    _b("B", "no my parents are at the shop till 8", "supervision"),
                ],
                [
                    _b(
                        "A",
                        "Switch on video for the lesson, I need to see your notebook and you",
                        "image_request",
                    ),
                    _b("A", "Mummy papa are at home now?", "supervision"),
                    _b("B", "only my grandmother, she is sleeping", "supervision"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "No need to mention extra sessions to your parents, they will think they have to pay me",
                        "secrecy",
                    )
                ],
                [_b("A", "These are special classes only for you, keep it between us", "secrecy")],
            ),
            _maybe(
                rng,
                0.7,
                _one(
                    rng,
                    [
                        _b(
                            "A",
                            "I will do your mobile recharge, 299 plan, as prize for full marks",
                            "gifts_money",
                        )
                    ],
                    [_b("A", "If you score 90 I will send 500 rupees on your UPI", "gifts_money")],
                ),
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Clear our chats after each class, the app blocks outside contact",
                        "deletion",
                    )
                ],
            ),
        ),
    ]
    filler = (
        "what is x here",
        "I got it now",
        "next question please",
        "my sister is shouting",
        "ok one minute",
        "is the answer 12?",
        "sorry net is slow",
        "ok sir",
        "I didn't understand step 2",
        "yes",
        "thank you sir",
    )
    teacher = (
        "Very good.",
        "Now try number 7.",
        "Check the denominator.",
        "Correct.",
        "Write the formula first.",
        "Good, next.",
        "Read the question again.",
        "Ok.",
    )
    return Script(
        plan,
        _pool(A=teacher, B=filler),
        styles={"A": "plain"},
        names={"A": ("Rajesh Sir", "Vinod", "Sanjay K", "Mr Mehta")},
    )


def _g_known_volunteer(rng: random.Random) -> Script:
    """A youth-club volunteer the child knows offline (Irish English)."""
    day = rng.choice(["Thursday", "Tuesday", "Friday"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "Howya, great match Saturday, you were class"),
                _b("B", "thanks!! coach was raging we lost tho"),
            ],
            [
                _b("A", "Well, how's the form? Didn't see you at the club Wednesday"),
                _b("B", "had a cold"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "You're well beyond the others in that club, you know that yourself",
                        "trust_isolation",
                    )
                ],
                [
                    _b(
                        "A",
                        "You're the only one there with a bit of sense, the rest are only kids",
                        "trust_isolation",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Your mam's very strict isn't she. She wouldn't get you the way I do",
                        "trust_isolation",
                    )
                ],
                [
                    _b(
                        "A",
                        "Your friends were slagging you after, I wouldn't bother with them",
                        "trust_isolation",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"I'm passing the Spar at half 4 {day}, I'll give you a spin home after training",
                        "meeting",
                    ),
                    _b("B", "ok grand"),
                ],
                [
                    _b(
                        "A",
                        "Meet me at the back gate of the club at 6, I'll drop you to the cinema",
                        "meeting",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "No need to say it to your mam, she'd only make a fuss", "secrecy")],
                [
                    _b(
                        "A",
                        "Keep this one to yourself now, the other volunteers would be jealous",
                        "secrecy",
                    )
                ],
            ),
            _maybe(
                rng,
                0.7,
                _one(
                    rng,
                    [
                        _b("A", "Is the house empty after school?", "supervision"),
                        _b("B", "yeah mam's on lates til 9", "supervision"),
                    ],
                    [
                        _b("A", "Who's at home with you this evening?", "supervision"),
                        _b("B", "just me and the dog", "supervision"),
                    ],
                ),
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Got you those boots you were on about. Don't be showing them off at home",
                        "gifts_money",
                        "secrecy",
                    )
                ],
            ),
            _maybe(rng, 0.6, [_b("A", "Wipe these messages now like a good girl", "deletion")]),
        ),
        _maybe(
            rng,
            0.3,
            [
                _b("B", "actually mam's collecting me. she asked who i was texting"),
                _b("A", "Ah no bother. Say nothing, sure it's only chat", "secrecy"),
            ],
        ),
    ]
    filler_a = (
        "Grand",
        "Ha",
        "Good girl yourself",
        "Savage",
        "Did you get the bus ok",
        "Cold one today",
        "Any craic",
        "Ah stop",
    )
    filler_b = (
        "grand",
        "lol",
        "yeah",
        "omg the bus was so late",
        "ya",
        "not much",
        "im wrecked",
        "haha stop",
        "ok",
    )
    return Script(
        plan,
        _pool(A=filler_a, B=filler_b),
        names={
            "B": ("Aoife", "Niamh", "Ciara", "Siobhan"),
            "A": ("Declan", "Martin", "Gerry", "Cian"),
        },
    )


def _g_fan_page_admin(rng: random.Random) -> Script:
    """An adult posing as a K-pop fan page admin (Filipino English and Taglish)."""
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "hi!! ur fancam edit is sooo good, we wanna feature u on our page 💜"),
                _b("B", "omg really?? thank u po"),
            ],
            [
                _b("A", "hello! ur one of our most active members, we're picking new mini-admins"),
                _b("B", "wow ako? 😭"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", "what year ka na? grade 7?", "age"), _b("B", "grade 8 po, 13", "age")],
                [
                    _b("A", "ilang taon ka na? for the admin form lang", "age"),
                    _b("B", "14 po", "age"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "can u send a selfie for the feature post? just ur face w/ lightstick",
                        "image_request",
                    )
                ],
                [_b("A", "new admins send a clear photo so we know ur real 😊", "image_request")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "we have spare concert tix for manila, only for our most loyal members 🤫",
                        "gifts_money",
                    ),
                    _b("A", "keep it between us ha, the others will get tampo", "secrecy"),
                ],
                [
                    _b("A", "we can send u load or gcash for the fanmeet merch", "gifts_money"),
                    _b("A", "pero secret lang, dont post it", "secrecy"),
                ],
            ),
            _one(
                rng,
                [_b("A", "join the admins' telegram, search @onlyus_ph_admins", "platform_move")],
                [
                    _b(
                        "A",
                        "let's talk sa other app na, mas private. username ko ay stanforlife_ph",
                        "platform_move",
                    )
                ],
            ),
            _maybe(
                rng,
                0.7,
                _one(
                    rng,
                    [
                        _b("A", "ur titas dont check ur phone right? 😅", "supervision"),
                        _b("B", "no po im alone in my room", "supervision"),
                    ],
                    [
                        _b("A", "anyone beside u now?", "supervision"),
                        _b("B", "wala po, nasa work si mama", "supervision"),
                    ],
                ),
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "u talk like ur in college na, not like the kiddie fans",
                        "trust_isolation",
                    )
                ],
            ),
        ),
    ]
    filler = (
        "ang ganda ng mv!!",
        "sino bias mo",
        "hahaha",
        "omg",
        "sige",
        "huhu",
        "did u see the teaser",
        "grabe",
        "ok po",
        "kain muna ako",
        "brb",
        "lol",
    )
    return Script(
        plan,
        _pool(A=filler, B=filler),
        names={
            "A": ("onlyus.ph", "bias_wrecked", "purplehour_admin"),
            "B": ("Analyn", "Joy", "Bea", "Leilani"),
        },
    )


def _g_refuses_tells_mum(rng: random.Random) -> Script:
    """A man on a BMX parts page; the child refuses and tells his mum (Scottish English)."""
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "hiya pal saw yer post aboot the pegs, I've a spare set, free to a good home",
                    "gifts_money",
                ),
                _b("B", "aw magic, whit size"),
            ],
            [
                _b(
                    "A",
                    "that wis some jump in yer video son, I've a helmet ye could have for nothin",
                    "gifts_money",
                ),
                _b("B", "serious?"),
            ],
        ),
        _one(
            rng,
            [_b("A", "whit school ye at? bet ye're first year", "age"), _b("B", "s2", "age")],
            [_b("A", "ye'll be whit, 12?", "age"), _b("B", "13 next month", "age")],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "ye dinnae need yer maw knowin every wee thing ye dae",
                        "secrecy",
                        "trust_isolation",
                    )
                ],
                [_b("A", "this is jist between us two mind", "secrecy")],
            ),
            _one(
                rng,
                [_b("A", "meet us at the skatepark Saturday at 2, come yersel", "meeting")],
                [_b("A", "I'll come roon tae yours in the van, whit street ye on", "meeting")],
            ),
            _maybe(rng, 0.6, [_b("A", "yer maw workin the day?", "supervision")]),
        ),
        [_b("B", "naw that's well weird. am showin ma mum this")],
        _one(
            rng,
            [
                _b("A", "whoa calm doon it wis a joke, bin these messages aye", "deletion"),
                _b("B", "too late she's phonin the polis"),
            ],
            [
                _b("A", "nae need for that. bin the lot eh", "deletion"),
                _b("B", "she's readin it noo"),
            ],
        ),
    ]
    filler_a = ("aye", "nae bother", "sound", "the weather's mingin", "ha", "whit bike ye got")
    filler_b = ("aye", "ok", "naw", "it's a wee 20 inch", "haha", "am at ma gran's", "brb")
    return Script(
        plan,
        _pool(A=filler_a, B=filler_b),
        names={
            "B": ("Callum", "Hamish", "Euan", "Kai"),
            "A": ("Big Tam", "Stevie_bmx", "Rab", "Gordon"),
        },
    )


def _g_group_dropper(rng: random.Random) -> Script:
    """An adult who writes only a few lines into a children's game-server group chat."""
    handle = rng.choice(["@blockboss_hiring", "@buildcrew_pay", "@skybase_jobs"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "anyone here under 14? running a builders team, pay is in coins",
                    "age",
                    "gifts_money",
                )
            ],
            [
                _b(
                    "A",
                    "looking for young builders, like 11 to 13, best ones get 2k coins",
                    "age",
                    "gifts_money",
                )
            ],
        ),
        _one(
            rng,
            [_b("C", "im 12 lol", "age"), _b("D", "bro who is this")],
            [_b("D", "how much coins"), _b("C", "i'm in year 7 does that count", "age")],
        ),
        _one(
            rng,
            [
                _b(
                    "A",
                    f"msg me on tele {handle}, keep it off this channel the mods are nosy",
                    "platform_move",
                    "secrecy",
                )
            ],
            [
                _b(
                    "A",
                    f"dm me privately on the other app {handle}, dont tell the mods",
                    "platform_move",
                    "secrecy",
                )
            ],
        ),
        _maybe(
            rng,
            0.6,
            [
                _b(
                    "A",
                    "send a screenshot of ur base and a pic of u so i know ur legit",
                    "image_request",
                )
            ],
        ),
        _one(
            rng,
            [
                _b("B", "dont, he's dodgy"),
                _b("C", "reported him to the mods"),
                _b("D", "kicked 👋"),
            ],
            [
                _b("B", "my dad says never go on other apps w randoms"),
                _b("C", "yeah same, blocking"),
            ],
            [_b("D", "lol nobody's doing that"), _b("B", "pinging the admin")],
        ),
    ]
    kids = (
        *GAME,
        "who's on tonight",
        "my sister stole my headset",
        "did u see the new biome",
        "lol",
        "ok",
        "brb dinner",
        "ur so bad at parkour",
        "🤣",
    )
    return Script(plan, _pool(B=kids, C=kids, D=kids), longest=60)


def _g_age_gap_lagos(rng: random.Random) -> Script:
    """A 22-year-old states the age gap to a 14-year-old (Nigerian English)."""
    mall = rng.choice(["Ikeja City Mall", "the Palms", "Circle Mall"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "Hello dear, I saw your post for the debate competition. You spoke well o"),
                _b("B", "thank you 😊"),
            ],
            [
                _b("A", "How far, I follow your page since. Your pictures are fine"),
                _b("B", "thanks"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b("A", "You're in JSS3 abi? 14?", "age"),
                    _b("B", "yes 14", "age"),
                    _b("A", "I'm 22 but age is just a number na", "age"),
                ],
                [
                    _b("B", "you're much older sha"),
                    _b(
                        "A",
                        "I be 22, no be anything. You sef reason like big girl",
                        "age",
                        "trust_isolation",
                    ),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Let's video call tonight, on camera o, I want to see that smile",
                        "image_request",
                    )
                ],
                [_b("A", "Snap yourself for me now now", "image_request")],
            ),
            _one(
                rng,
                [_b("A", "Make una no tell your mummy, she go just vex for nothing", "secrecy")],
                [
                    _b(
                        "A",
                        "This thing between us, your friends no need know",
                        "secrecy",
                        "trust_isolation",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"I fit carry you from lesson for my motor, we go {mall} Saturday",
                        "meeting",
                    )
                ],
                [
                    _b(
                        "A",
                        f"Meet me for {mall} by 3, I go buy you shawarma",
                        "meeting",
                        "gifts_money",
                    )
                ],
            ),
            _maybe(
                rng,
                0.7,
                [_b("A", "I go send you data, 2GB, so you fit call me anytime", "gifts_money")],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "If you trust me you go do small thing for me, no be so?",
                        "trust_isolation",
                    )
                ],
            ),
        ),
        _maybe(
            rng,
            0.3,
            [_b("B", "my aunty saw your message on my phone, she said I should block you")],
        ),
    ]
    filler_a = (
        "How was school?",
        "Eya",
        "No wahala",
        "Ehen",
        "I dey",
        "Lol",
        "Hope you don chop",
        "Sharp",
    )
    filler_b = (
        "I dey",
        "lol",
        "fine",
        "NEPA took light again",
        "ok",
        "I'm reading",
        "😂",
        "school was stressful",
    )
    return Script(
        plan,
        _pool(A=filler_a, B=filler_b),
        names={
            "A": ("Tunde", "Emeka", "Kelvin", "Olu"),
            "B": ("Ifeoma", "Amara", "Zainab", "Chioma"),
        },
    )


def _g_voice_notes_days(rng: random.Random) -> Script:
    """An adult who sends voice-note transcripts over several days (Kenyan English)."""
    amount = rng.choice(["500", "300", "1000"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "hey it's me from the music festival, you did so well, honestly the best voice in the whole county",
                    "trust_isolation",
                ),
                _b("B", "asante! 😊"),
            ],
            [
                _b(
                    "A",
                    "hi, I was one of the judges at the drama festival, just wanted to say you have real talent",
                    "trust_isolation",
                ),
                _b("B", "thank you sir"),
            ],
        ),
        float(rng.choice([20, 30, 44])),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b("A", "how old are you now, fifteen? form two?", "age"),
                    _b("B", "form 2, 15", "age"),
                ],
                [
                    _b(
                        "A",
                        "which school are you in by the way, is it the girls' school in Kiambu?",
                        "age",
                    ),
                    _b("B", "yes that one", "age"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"I've sent you {amount} bob on M-Pesa for bus fare, no need to tell your dad where it came from",
                        "gifts_money",
                        "secrecy",
                    )
                ],
                [
                    _b(
                        "A",
                        "I'll buy you airtime every week so you can keep calling me",
                        "gifts_money",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "is your dad around when you use the phone in the evening?",
                        "supervision",
                    ),
                    _b("B", "he comes home late", "supervision"),
                ],
                [
                    _b("A", "are you alone in the house now?", "supervision"),
                    _b("B", "yes mum went to chama", "supervision"),
                ],
            ),
        ),
        float(rng.choice([24, 50])),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "let's meet at the matatu stage near Yaya on Saturday, I'll take you for lunch",
                        "meeting",
                    )
                ],
                [
                    _b(
                        "A",
                        "I'll be in town on Friday, wait for me outside the library after four",
                        "meeting",
                    )
                ],
            ),
            _maybe(
                rng, 0.7, [_b("A", "delete the voice notes after you listen, okay?", "deletion")]
            ),
            _maybe(
                rng,
                0.5,
                [_b("A", "your parents don't see how special you are, I do", "trust_isolation")],
            ),
        ),
    ]
    filler_a = (
        "how was your day",
        "I hope you ate well",
        "it's raining heavily here",
        "okay",
        "are you there",
        "good night",
    )
    filler_b = (
        "poa",
        "sawa",
        "okay",
        "I'm doing homework",
        "lol",
        "fine",
        "I'm tired",
        "it's raining here too",
    )
    return Script(
        plan,
        _pool(A=filler_a, B=filler_b),
        styles={"A": "voice"},
        names={
            "A": ("Mwangi", "Otieno", "Kamau", "Mr K"),
            "B": ("Wanjiru", "Achieng", "Njeri", "Faith"),
        },
    )


def _g_streamer_mod_tells_dad(rng: random.Random) -> Script:
    """A viewer offering a young streamer mod status and subs; the child tells his dad."""
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("A", "great stream today!! u deserve way more viewers"), _b("B", "thx man!")],
            [
                _b("A", "been watching since ur 10 follower days, ur growing fast"),
                _b("B", "haha appreciate it"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b("A", "ur voice sounds young, what year are u in?", "age"),
                    _b("B", "year 8", "age"),
                ],
                [_b("A", "u in high school yet?", "age"), _b("B", "freshman lol", "age")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "ill gift u 10 subs if u do a one-on-one cam test with me on zoom, just to check ur lighting",
                        "gifts_money",
                        "image_request",
                        "platform_move",
                    )
                ],
                [
                    _b(
                        "A",
                        "make me mod and ill pay for ur new mic, just need a quick video call first",
                        "gifts_money",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "keep the sub thing quiet, other streamers get jealous", "secrecy")],
                [
                    _b(
                        "A",
                        "the kids at ur school dont get u, ur on another level",
                        "trust_isolation",
                    )
                ],
            ),
            _maybe(
                rng,
                0.6,
                [_b("A", "when r ur parents out? thats the best time to test", "supervision")],
            ),
        ),
        [_b("B", "my dad reads my dms btw. i showed him this")],
        _one(
            rng,
            [_b("A", "wow ok. forget it")],
            [_b("A", "lol it was a joke, dont make it weird")],
        ),
        _maybe(rng, 0.5, [_b("B", "he's reporting ur account")]),
    ]
    return Script(plan, _pool(A=GAME, B=GAME))


def _g_language_exchange(rng: random.Random) -> Script:
    """An adult on a language-exchange app (Portuguese or German first language)."""
    city = rng.choice(["London", "Manchester", "Dublin"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "Olá! I see you learn Portuguese. I help you, you help my English, ok?"),
                _b("B", "yes!! obrigada"),
            ],
            [
                _b("A", "Hallo, you want to practise German? I am native, I correct you"),
                _b("B", "ja bitte"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b("A", "You are how old? 14? You write like adult", "age", "trust_isolation"),
                    _b("B", "15 actually", "age"),
                ],
                [_b("A", "In which class are you in school?", "age"), _b("B", "year 10", "age")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "We can practise with video, is better for pronunciation. When your mother is out?",
                        "image_request",
                        "supervision",
                    )
                ],
                [
                    _b(
                        "A",
                        "Please open the camera, I must see your mouth for the sounds",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "I will send you a gift from Lisbon, a football shirt. Give me your address",
                        "gifts_money",
                    )
                ],
                [_b("A", "I buy you the premium of the app, 12 months, no problem", "gifts_money")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"I visit {city} in August, we can meet at the station, only us, is more natural to practise",
                        "meeting",
                        "secrecy",
                    )
                ],
                [
                    _b(
                        "A",
                        f"When I come to {city} I take you for coffee, near your school",
                        "meeting",
                    )
                ],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b(
                        "A",
                        "Is better you don't tell your mother about the video practice, she will find it strange",
                        "secrecy",
                    )
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "This app is not good, we continue on Telegram, my name is rui_lx",
                        "platform_move",
                    )
                ],
            ),
        ),
        _maybe(
            rng,
            0.3,
            [
                _b("B", "my mum said i should only use the app's chat"),
                _b("A", "Your mother is too protective, you are not a baby", "trust_isolation"),
            ],
        ),
    ]
    filler_a = (
        "Very good!",
        "Almost, is 'obrigada' for girl",
        "Haha",
        "Today is sunny here",
        "Correct",
        "Sorry, I was at work",
        "Next word?",
    )
    filler_b = (
        "how do you say homework",
        "lol",
        "ok",
        "is that right?",
        "i had football",
        "thank you",
        "hmm",
    )
    return Script(
        plan,
        _pool(A=filler_a, B=filler_b),
        styles={"A": "plain"},
        names={"A": ("Rui", "Jörg", "Tiago", "Lars")},
    )


GROOMING: tuple[tuple[str, Callable[[random.Random], Script]], ...] = (
    ("rhythm_duo", _g_rhythm_duo),
    ("homework_app", _g_homework_app),
    ("known_volunteer", _g_known_volunteer),
    ("fan_page_admin", _g_fan_page_admin),
    ("refuses_tells_mum", _g_refuses_tells_mum),
    ("group_dropper", _g_group_dropper),
    ("age_gap_lagos", _g_age_gap_lagos),
    ("voice_notes_days", _g_voice_notes_days),
    ("streamer_mod_tells_dad", _g_streamer_mod_tells_dad),
    ("language_exchange", _g_language_exchange),
)


# --- sextortion -------------------------------------------------------------------------------

_PRESSING = _pool(A=EXTORTER_PRESSING, B=VICTIM_STALLING)


def _rapport(rng: random.Random) -> list[PlanItem]:
    """A fake peer's quick rapport before the turn."""
    return [
        _one(
            rng,
            [
                _b(
                    "A",
                    "heyy saw u on my suggested, u go to westbrook right? my cousin goes there",
                    "age",
                ),
                _b("B", "ye lol who's ur cousin"),
            ],
            [_b("A", "hiii sorry random but ur friends w jess right?"), _b("B", "yeah why")],
            [
                _b("A", "hey cutie 🙈 u play for the u16s?", "age", "trust_isolation"),
                _b("B", "haha yeah"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", "wait hbu, how old? im 16", "age"), _b("B", "15", "age")],
                [_b("A", "ur in year 10 too?", "age"), _b("B", "year 11", "age")],
            ),
            _maybe(
                rng,
                0.7,
                _one(
                    rng,
                    [_b("A", "u seem so chill, not like the boys at my school", "trust_isolation")],
                    [_b("A", "ur honestly really fit 😳", "trust_isolation")],
                ),
            ),
            _one(
                rng,
                [_b("A", "lets swap pics, u first 😏", "image_request")],
                [_b("A", "go on snap its easier, same name as here", "platform_move")],
                [_b("A", "ur turn now, i sent mine 🙈", "image_request")],
            ),
        ),
    ]


def _s_follower_list(rng: random.Random) -> Script:
    """Explicit: a screenshot of the follower list, a sum and an hour (US payment app)."""
    amount = rng.choice(["800", "1000", "650"])
    plan: list[PlanItem] = [
        *_rapport(rng),
        float(rng.choice([0.5, 1.0, 1.5])),
        [
            _b("A", "[screenshot of your followers list]"),
            _b(
                "A",
                "see ur mom, ur coach, ur whole team. they all get what u sent me",
                "sextortion",
            ),
        ],
        _one(
            rng,
            [
                _b("B", "what?? ur joking"),
                _b(
                    "A",
                    f"${amount} to my cash app $rae2070 in the next hour or it goes out",
                    "sextortion",
                ),
            ],
            [
                _b("B", "please dont"),
                _b("A", f"{amount} dollars. 60 minutes. then i start with ur mom", "sextortion"),
            ],
        ),
        _PRESSING,
        _one(
            rng,
            [
                _b("B", "i dont have that much i'm 15", "age"),
                _b("A", "then send what u have now, 300, rest tmrw", "sextortion"),
            ],
            [
                _b("B", "i can get 100 maybe"),
                _b("A", "100 now and the rest by 9 or i post", "sextortion"),
            ],
        ),
        _maybe(rng, 0.5, [_b("A", "and dont block me, i got another account ready", "sextortion")]),
    ]
    return Script(
        plan,
        _pool(A=RAPPORT, B=RAPPORT),
        names={"A": ("jess.rae07", "maddy_xo", "lily.grace")},
        lead=False,
    )


def _s_implied(rng: random.Random) -> Script:
    """Only an implied threat and a 'help' framed demand."""
    plan: list[PlanItem] = [
        *_rapport(rng),
        float(rng.choice([1.0, 3.0])),
        _one(
            rng,
            [
                _b(
                    "A",
                    "would be such a shame if ur team group chat saw what u sent me 🤷‍♀️",
                    "sextortion",
                )
            ],
            [_b("A", "ur mum seems nice on fb. bet she'd be surprised by that pic", "sextortion")],
        ),
        _one(
            rng,
            [
                _b("B", "what do u mean"),
                _b(
                    "A",
                    "u know what i mean. help me out with a little something and it stays between us",
                    "sextortion",
                    "secrecy",
                ),
            ],
            [
                _b("B", "r u threatening me"),
                _b(
                    "A",
                    "im not saying anything. im just saying i need 200 and u have a choice",
                    "sextortion",
                ),
            ],
        ),
        _PRESSING,
        _maybe(
            rng, 0.7, [_b("A", "u have till the end of ur lunch break to decide", "sextortion")]
        ),
        _maybe(
            rng,
            0.5,
            [
                _b("B", "i'm telling my brother"),
                _b("A", "tell him, i'll send it to him first then", "sextortion"),
            ],
        ),
    ]
    return Script(
        plan,
        _pool(A=RAPPORT, B=RAPPORT),
        names={"A": ("sophie.mae", "kayla_04x", "em.rosee")},
        lead=False,
    )


def _s_staged_days(rng: random.Random) -> Script:
    """Rapport on day one, the saved picture on day two, the demand on day three."""
    card = rng.choice(["Steam", "Xbox", "Apple"])
    plan: list[PlanItem] = [
        *_rapport(rng),
        float(rng.choice([18, 22, 26])),
        _one(
            rng,
            [
                _b("A", "so about that pic 😏 i saved it, hope u dont mind"),
                _b("B", "wdym saved it"),
            ],
            [
                _b("A", "morning. i kept a copy of our chat and ur pic, just so u know"),
                _b("B", "why would u do that"),
            ],
        ),
        _maybe(rng, 0.6, [_b("A", "i found ur sister and ur school page too", "sextortion")]),
        float(rng.choice([20, 28])),
        Pool({"A": EXTORTER_PRESSING, "B": VICTIM_STALLING}),
        _one(
            rng,
            [
                _b(
                    "A",
                    f"£250 in {card} cards by 6pm today, send photos of the codes",
                    "sextortion",
                    "image_request",
                )
            ],
            [
                _b(
                    "A",
                    f"ok here's the deal. 300 in {card} gift cards, today, or ur school page gets tagged",
                    "sextortion",
                )
            ],
        ),
        _one(
            rng,
            [_b("B", "i only have 40"), _b("A", "go to the shop. u have 4 hours", "sextortion")],
            [
                _b("B", "i cant get gift cards im 14", "age"),
                _b("A", "ask ur parents for money, make something up", "sextortion"),
            ],
        ),
        float(rng.choice([5, 8])),
        _one(
            rng,
            [_b("A", "time's up. last chance before i post", "sextortion")],
            [_b("A", "6pm passed. sending to ur sister now", "sextortion")],
        ),
    ]
    return Script(plan, _pool(A=RAPPORT, B=RAPPORT), lead=False)


def _s_second_account(rng: random.Random) -> Script:
    """A girl persona chats; a second account in a new group makes the demand."""
    amount = rng.choice(["500", "400", "700"])
    plan: list[PlanItem] = [
        *_rapport(rng),
        float(rng.choice([0.5, 2.0])),
        [_b("C", "hello. i'm the one who has your pictures now. she works for me", "sextortion")],
        _one(
            rng,
            [
                _b("B", "who r u"),
                _b(
                    "C",
                    f"you pay {amount} usd by paypal friends and family to the email i send or i post everything",
                    "sextortion",
                ),
            ],
            [
                _b("B", "jess??"),
                _b("A", "sorry babe not my choice 🤷‍♀️"),
                _b("C", f"{amount} dollars. tonight. or your school sees", "sextortion"),
            ],
        ),
        Pool({"C": EXTORTER_PRESSING, "B": VICTIM_STALLING}),
        _maybe(rng, 0.8, [_b("C", "payments@example.org, write 'gift' in the note", "sextortion")]),
        _one(
            rng,
            [
                _b("B", "please i'm only 16", "age"),
                _b("C", "not my problem. 2 hours", "sextortion"),
            ],
            [
                _b("B", "i blocked her"),
                _b("C", "blocking changes nothing, i have all your followers", "sextortion"),
            ],
        ),
    ]
    return Script(
        plan,
        _pool(A=RAPPORT, B=RAPPORT),
        names={
            "A": ("jess.rae07", "chloe.b_", "amberxx"),
            "C": ("admin_backup", "xxrecordsxx", "Dark Lion"),
        },
        lead=False,
    )


def _s_broken_french(rng: random.Random) -> Script:
    """A cold open in broken English by a French speaker, gift card codes asked for."""
    amount = rng.choice(["500 euro", "300 euro", "400 dollar"])
    plan: list[PlanItem] = [
        [
            _b("A", "Bonjour. I have you video call recorded. All of it."),
            _b("B", "what? who is this"),
        ],
        _one(
            rng,
            [
                _b(
                    "A",
                    f"If you dont pay me {amount} I send to all you famille and you school",
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    f"You send {amount} or I make it public on every page of you friends",
                    "sextortion",
                )
            ],
        ),
        _PRESSING,
        _one(
            rng,
            [
                _b(
                    "A",
                    "You pay with carte cadeau Google Play, you take photo of the code and send",
                    "sextortion",
                    "image_request",
                )
            ],
            [
                _b(
                    "A",
                    "You buy the cards Steam in the shop, you send me the numbers here",
                    "sextortion",
                )
            ],
        ),
        _maybe(rng, 0.7, [_b("A", "You have until 20h. After, is finish for you", "sextortion")]),
        _maybe(
            rng,
            0.6,
            [
                _b(
                    "A",
                    "I no joke. I already find you father on facebook, look [screenshot]",
                    "sextortion",
                )
            ],
        ),
        _one(
            rng,
            [
                _b("B", "i'm 15 i don't have money", "age"),
                _b("A", "Then you find. Ask you mother", "sextortion"),
            ],
            [_b("B", "ok ok give me time"), _b("A", "One hour. Not more", "sextortion")],
        ),
    ]
    return Script(
        plan,
        _PRESSING,
        styles={"A": "plain"},
        names={"A": ("Marc Dubois", "kouassi.officiel", "Ange K")},
        lead=False,
    )


def _s_paid_escalates(rng: random.Random) -> Script:
    """Payment already made; the extorter asks for more."""
    first = rng.choice(["150", "200", "120"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("B", f"i sent the {first} on paypal, u said u'd delete it"), _b("A", "received")],
            [
                _b("B", f"done. {first} on cash app. now delete everything pls"),
                _b("A", "ok i see it"),
            ],
        ),
        float(rng.choice([3, 12, 20])),
        _one(
            rng,
            [
                _b("A", "now 400 more or it still goes out", "sextortion"),
                _b("B", "u said it was over!!"),
            ],
            [
                _b("A", "i need another 300. same account", "sextortion"),
                _b("B", "i already paid u"),
            ],
            [
                _b(
                    "A",
                    "is not finish. you send 300 more, same cuenta, or I send to all",
                    "sextortion",
                ),
                _b("B", "what?? we had a deal"),
            ],
        ),
        _PRESSING,
        _one(
            rng,
            [_b("A", "i said nothing. 400 by tonight", "sextortion")],
            [_b("A", "paying once just shows me u can pay. tomorrow 10am", "sextortion")],
        ),
        _maybe(
            rng,
            0.6,
            [_b("A", "ur mum's number is in ur contacts, want me to text her?", "sextortion")],
        ),
        _maybe(rng, 0.5, [_b("B", "i'm 16 i used all my birthday money", "age")]),
        _maybe(
            rng,
            0.4,
            [
                _b("B", "ok i'm telling someone"),
                _b("A", "do it and watch what happens", "sextortion"),
            ],
        ),
    ]
    return Script(plan, _PRESSING, lead=False)


def _s_refuses_told_dad(rng: random.Random) -> Script:
    """The teenager refuses, has told his dad, and the extorter tries again."""
    plan: list[PlanItem] = [
        *_rapport(rng),
        float(rng.choice([0.5, 1.0])),
        _one(
            rng,
            [_b("A", "i recorded u. 500 or ur whole friends list gets it", "sextortion")],
            [_b("A", "pay 300 by 9 or i send it to everyone who follows u", "sextortion")],
        ),
        _PRESSING,
        _one(
            rng,
            [
                _b("B", "no. i told my dad, he's on the phone to the police now"),
                _b("B", "screenshots saved"),
            ],
            [_b("B", "not paying. my dad knows everything and we reported u")],
        ),
        _one(
            rng,
            [_b("A", "ur dad cant stop it. send the money", "sextortion")],
            [_b("A", "last warning. 100 and i go away", "sextortion")],
        ),
        [_b("B", "blocked")],
    ]
    return Script(plan, _pool(A=RAPPORT, B=RAPPORT), lead=False)


def _s_few_lines(rng: random.Random) -> Script:
    """The extorter writes three or four lines; the teenager writes the rest."""
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "I have the clip. Your family list is in my notes. $400 in btc by 9pm or I post",
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    "pay 250 on cash app $nvr_late22 before midnight or ur team sees the video",
                    "sextortion",
                )
            ],
        ),
        _one(
            rng,
            [_b("B", "who is this"), _b("B", "please i'm only 15", "age")],
            [
                _b("B", "i dont know what ur talking about"),
                _b("B", "im in year 10 i dont have that", "age"),
            ],
        ),
        _maybe(rng, 0.7, [_b("A", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "sextortion")]),
        _one(
            rng,
            [_b("A", "clock started", "sextortion")],
            [_b("A", "don't test me", "sextortion")],
        ),
    ]
    return Script(
        plan,
        _pool(B=VICTIM_ALONE),
        names={"A": ("user83920", "nvr_late22", "no name")},
        lead=False,
        longest=40,
    )


def _s_ai_edited(rng: random.Random) -> Script:
    """Edited pictures from a public profile, used as the threat."""
    amount = rng.choice(["£300", "£200", "$350"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "I took the pics from your insta and made them into something your school won't like",
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    "made an edit of you from your profile. looks real doesn't it. [image]",
                    "sextortion",
                )
            ],
        ),
        _one(
            rng,
            [
                _b("B", "thats not even me thats fake"),
                _b("A", "doesn't matter. everyone will believe it", "sextortion"),
            ],
            [
                _b("B", "i never sent anything"),
                _b("A", "nobody will care when it's in the year group chat", "sextortion"),
            ],
        ),
        _PRESSING,
        _one(
            rng,
            [
                _b(
                    "A",
                    f"{amount} in Apple gift cards by 8pm. photos of the codes",
                    "sextortion",
                    "image_request",
                )
            ],
            [_b("A", f"{amount} by bank transfer tonight, I'll send the sort code", "sextortion")],
        ),
        _maybe(
            rng,
            0.6,
            [_b("A", "I know you're at Oakfield, year 9. Teachers first", "sextortion", "age")],
        ),
        _maybe(
            rng,
            0.5,
            [
                _b("B", "i'm showing my teacher tomorrow"),
                _b("A", "then she sees it first", "sextortion"),
            ],
        ),
    ]
    return Script(plan, _PRESSING, lead=False)


def _s_ex_classmate(rng: random.Random) -> Script:
    """Someone known offline threatens with an old picture (Jamaican or Australian slang)."""
    if rng.random() < 0.5:
        plan: list[PlanItem] = [
            [
                _b("A", "wah gwaan. memba dem pic yuh send mi last summer?"),
                _b("B", "why u bringing that up"),
            ],
            _one(
                rng,
                [
                    _b(
                        "A",
                        "transfer 200 to mi revolut or mi drop it inna di year 11 chat",
                        "sextortion",
                    )
                ],
                [
                    _b(
                        "A",
                        "yuh have till Friday fi sen di 200, or everybody a school see it",
                        "sextortion",
                    )
                ],
            ),
            _PRESSING,
            _maybe(
                rng,
                0.7,
                [_b("A", "an mi have mi bredda account too, block mi an him sen it", "sextortion")],
            ),
            _one(
                rng,
                [
                    _b("B", "we were 14 when that happened, that's illegal", "age"),
                    _b("A", "mi nuh care. Friday", "sextortion"),
                ],
                [
                    _b("B", "i'll tell the deputy head"),
                    _b("A", "tell her, she get a copy too", "sextortion"),
                ],
            ),
            _maybe(rng, 0.5, [_b("A", "clear out dis convo after yuh pay", "deletion")]),
        ]
    else:
        plan = [
            [_b("A", "oi. still got that pic from last year btw"), _b("B", "what do u want")],
            _one(
                rng,
                [
                    _b(
                        "A",
                        "200 bucks on payid by friday arvo or it's going in the year 11 group",
                        "sextortion",
                    )
                ],
                [
                    _b(
                        "A",
                        "chuck me 200 by friday or the whole year sees it, easy as",
                        "sextortion",
                    )
                ],
            ),
            _PRESSING,
            _maybe(
                rng, 0.7, [_b("A", "block me and me mate's account sends it instead", "sextortion")]
            ),
            _one(
                rng,
                [
                    _b("B", "we were 14 when that happened, that's illegal", "age"),
                    _b("A", "don't care. friday", "sextortion"),
                ],
                [
                    _b("B", "i'm telling the deputy principal"),
                    _b("A", "go for it, she gets a copy too", "sextortion"),
                ],
            ),
            _maybe(rng, 0.5, [_b("A", "and wipe our messages once you've paid", "deletion")]),
        ]
    return Script(plan, _PRESSING, lead=False)


SEXTORTION: tuple[tuple[str, Callable[[random.Random], Script]], ...] = (
    ("follower_list", _s_follower_list),
    ("implied", _s_implied),
    ("staged_days", _s_staged_days),
    ("second_account", _s_second_account),
    ("broken_french", _s_broken_french),
    ("paid_escalates", _s_paid_escalates),
    ("refuses_told_dad", _s_refuses_told_dad),
    ("few_lines", _s_few_lines),
    ("ai_edited", _s_ai_edited),
    ("ex_classmate", _s_ex_classmate),
)


# --- live-streaming for payment -----------------------------------------------------------------

_CITIES = ("Manchester", "Leeds", "Perth", "Toronto", "Ohio", "Hamburg", "Brisbane", "Glasgow")
_PLACES = ("Cebu", "Pampanga", "Davao", "Samar", "Bohol")


def _ref(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"


def _facilitator_names() -> dict[str, tuple[str, ...]]:
    return {"B": ("Tita Merly", "Rowena", "Jomar", "Ate Liza", "Marites", "Analyn")}


def _l_tita_scheduling(rng: random.Random) -> Script:
    city = rng.choice(_CITIES)
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "B",
                    "hello sir, my friend gave me ur name. u want to book a show?",
                    "live_streaming",
                ),
                _b("A", "Yes. How does it work"),
            ],
            [
                _b(
                    "A",
                    "A mate said you do calls with the family. Still the case?",
                    "live_streaming",
                ),
                _b("B", "yes sir 😊"),
            ],
            [
                _b(
                    "A",
                    "Hallo. My friend Jürgen gave me your contact. You make the shows with the family, yes?",
                    "live_streaming",
                ),
                _b("B", "yes sir, u are the friend from Germany?"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Saturday 9pm your time works, that's 1pm for me in {city}",
                        "live_streaming",
                    )
                ],
                [
                    _b(
                        "B",
                        "what time there sir? here we can do after 8pm when they come home from school",
                        "live_streaming",
                    )
                ],
            ),
            _one(
                rng,
                [_b("B", "my nieces will be ready sir, 12 and 9 yrs", "age", "live_streaming")],
                [
                    _b("A", "How old are the kids exactly", "age"),
                    _b("B", "the eldest is 11 sir, small one 8", "age"),
                ],
            ),
            _one(
                rng,
                [
                    _b("A", "How much for 30 minutes?", "live_streaming"),
                    _b(
                        "B",
                        "3000 pesos sir, send by remittance then give me the control number",
                        "live_streaming",
                    ),
                ],
                [_b("B", "for 20 min is 2500 sir, first payment then we start", "live_streaming")],
            ),
            _maybe(
                rng, 0.6, [_b("B", "the call is on the video app sir not here", "platform_move")]
            ),
        ),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


def _l_help_requests(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "B",
                    "sir sorry to ask again, we have no rice this week, maybe 1500 only",
                    "gifts_money",
                )
            ],
            [_b("B", "sir the youngest has fever, we need medicine, any amount", "gifts_money")],
        ),
        float(rng.choice([6, 20])),
        _one(
            rng,
            [_b("B", "the electric bill is due sir, they will cut us tomorrow", "gifts_money")],
            [_b("B", "sir the uniform for the little one, 800 pesos", "gifts_money")],
        ),
        _one(
            rng,
            [
                _b(
                    "A",
                    "I'll send 50 tonight. Make sure she's on the call after",
                    "gifts_money",
                    "live_streaming",
                )
            ],
            [_b("A", "Fine, but I want the call first this time", "live_streaming")],
        ),
        _one(
            rng,
            [_b("B", "yes sir she will be there 8pm ur time Sunday", "live_streaming")],
            [_b("B", "ok sir tonight 10 here, 3pm there", "live_streaming")],
        ),
        _maybe(
            rng, 0.7, [_b("B", f"sir i received, ref {_ref(rng)}, salamat po", "live_streaming")]
        ),
        _maybe(
            rng,
            0.5,
            [
                _b(
                    "A",
                    "Keep this between us, your husband doesn't need to know how much",
                    "secrecy",
                )
            ],
        ),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


def _l_age_check(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("A", "I was given your name. Before anything I want to know her real age", "age")],
            [_b("A", "Hello. First question, how old is the girl, and don't lie", "age")],
        ),
        _one(
            rng,
            [_b("B", "she is 11 sir, grade 5", "age")],
            [_b("B", "sir she is 10 only, small for her age", "age")],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Show me she is there on cam for one minute before I pay",
                        "image_request",
                        "live_streaming",
                    ),
                    _b("B", "ok sir after payment we open cam", "live_streaming"),
                ],
                [
                    _b(
                        "A",
                        "I want to see her on video before I send anything",
                        "image_request",
                        "live_streaming",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "Half before, half after. That's how I do it", "live_streaming")],
                [_b("A", "I pay per call, not in advance", "live_streaming")],
            ),
            _maybe(rng, 0.6, [_b("A", "Send a photo of her school ID", "image_request", "age")]),
            _maybe(
                rng,
                0.5,
                [_b("B", "sir u are new, give first a small amount for trust", "gifts_money")],
            ),
        ),
    ]
    styles = {"A": rng.choice(["plain", "plain", "lower"])}
    return Script(
        plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), styles=styles, names=_facilitator_names()
    )


def _l_app_move(rng: random.Random) -> Script:
    handle = rng.choice(["palm_sunset_88", "mabuhay.kids.fam", "liza_vc22"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "Your profile said 'family calls'. Is it what I think", "live_streaming"),
                _b("B", "sir not here, this site reads the messages"),
            ],
            [
                _b("B", "hi sir u messaged me about the calls", "live_streaming"),
                _b("B", "we cannot talk here sir"),
            ],
        ),
        _one(
            rng,
            [
                _b("B", f"find me on the video app, ID {handle}", "platform_move"),
                _b("A", "Done. We talk there from now", "platform_move"),
            ],
            [_b("B", f"search {handle} on the call app sir", "platform_move")],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "What time tomorrow? Perth, so no time difference I think",
                        "live_streaming",
                    )
                ],
                [_b("A", "Can we do Friday, 7am for me, evening for you", "live_streaming")],
            ),
            _one(
                rng,
                [_b("B", "the kids are 9 and 12 sir", "age")],
                [_b("A", "Is the young one still 10?", "age"), _b("B", "yes sir", "age")],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b(
                        "B",
                        "send first sir, e-wallet number i will send on the app",
                        "live_streaming",
                    )
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


def _l_haggling(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("B", "sir for the show tonight is 1500 for 20 min", "live_streaming")],
            [
                _b("A", "What's your price for 20 minutes", "live_streaming"),
                _b("B", "1500 sir", "live_streaming"),
            ],
        ),
        _one(
            rng,
            [_b("A", "1500 is too much for 20 min. Other people do 800", "live_streaming")],
            [_b("A", "Too expensive mate, I'm not made of money", "live_streaming")],
            [
                _b(
                    "A",
                    "Is too much. In other place I pay 800 for same time, give better price",
                    "live_streaming",
                )
            ],
        ),
        _one(
            rng,
            [_b("B", "ok sir 1200 but u add for load", "live_streaming", "gifts_money")],
            [_b("B", "sir 1000 if u send today before 6", "live_streaming")],
        ),
        _one(
            rng,
            [
                _b("A", "1000 and I'll make it a regular thing", "live_streaming"),
                _b("B", "ok sir deal, send first then call", "live_streaming"),
            ],
            [
                _b("A", "Fine. Same kids as last time?", "live_streaming"),
                _b("B", "yes sir the two girls", "live_streaming"),
            ],
        ),
        _maybe(rng, 0.6, [_b("A", f"Sent. Reference {_ref(rng)}", "live_streaming")]),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


def _l_weekly_regular(rng: random.Random) -> Script:
    city = rng.choice(_CITIES)
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("B", f"same time Sunday sir? 8pm here, 1pm {city}", "live_streaming")],
            [
                _b("A", "Usual Sunday slot still on?", "live_streaming"),
                _b("B", "yes sir always", "live_streaming"),
            ],
        ),
        _one(
            rng,
            [_b("A", f"Yes. Sent via GCash, ref {_ref(rng)}", "live_streaming")],
            [_b("A", f"Paid on Remitly already, tracking {_ref(rng)}", "live_streaming")],
        ),
        _one(
            rng,
            [_b("B", "received sir salamat. the girls are asking for you", "live_streaming")],
            [_b("B", "claimed sir, the kids will be ready", "live_streaming")],
        ),
        float(rng.choice([70, 120, 160])),
        _one(
            rng,
            [_b("A", "Can't do this Sunday, Tuesday instead? 9 your time", "live_streaming")],
            [_b("B", "sir this week can we move to Saturday, fiesta on Sunday", "live_streaming")],
        ),
        _maybe(rng, 0.5, [_b("A", "Make sure the little one's there too", "live_streaming")]),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


def _l_control_numbers(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("A", f"Sent through Western Union, MTCN {_ref(rng)}", "live_streaming")],
            [_b("A", f"Transfer done, control number {_ref(rng)}", "live_streaming")],
        ),
        _one(
            rng,
            [_b("B", "sir the name on pickup must be my cousin Rowena, not me", "live_streaming")],
            [
                _b(
                    "B",
                    "sir next time put the name of my sister, the agent knows me already",
                    "live_streaming",
                )
            ],
        ),
        _maybe(
            rng,
            0.7,
            [
                _b("A", "[receipt screenshot]"),
                _b("A", "That's the receipt, check it", "live_streaming"),
            ],
        ),
        _one(
            rng,
            [_b("B", "claimed sir, we start at 9 on the app", "live_streaming")],
            [_b("B", "ok received sir, the kids are ready", "live_streaming")],
        ),
        _maybe(
            rng,
            0.5,
            [_b("A", "Use different amounts each time, the bank asks questions", "secrecy")],
        ),
        _maybe(
            rng, 0.5, [_b("A", "Write 'school fees' as the reason", "live_streaming", "secrecy")]
        ),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


def _l_others_offered(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("B", "sir my neighbour's kid can also join, she is 10", "age", "live_streaming")],
            [_b("B", "sir there is another girl now, cousin, 9 yrs", "age", "live_streaming")],
        ),
        _one(
            rng,
            [_b("B", "two kids is 2500 sir", "live_streaming")],
            [_b("B", "for both same price plus 1000", "live_streaming")],
        ),
        _one(
            rng,
            [
                _b("A", "Is the younger one available on weekdays?", "live_streaming"),
                _b("B", "after school sir, 5pm here", "live_streaming"),
            ],
            [
                _b(
                    "A",
                    "I want to see the new one first on video",
                    "live_streaming",
                    "image_request",
                )
            ],
        ),
        _maybe(rng, 0.6, [_b("A", "Don't tell the neighbour what it's for", "secrecy")]),
        _maybe(rng, 0.6, [_b("B", "and sir please add 500 for her mother", "gifts_money")]),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


def _l_few_lines_customer(rng: random.Random) -> Script:
    """The customer writes three or four lines; the facilitator writes the rest."""
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    f"Tomorrow 10pm yours, usual price, sending now via Remitly ref QX7-{rng.randint(10000, 99999)}",
                    "live_streaming",
                )
            ],
            [_b("A", f"Sunday 9 your time. GCash sent, ref {_ref(rng)}", "live_streaming")],
        ),
        _one(
            rng,
            [
                _b("B", "received sir", "live_streaming"),
                _b("B", "kids ready by 10", "live_streaming"),
            ],
            [
                _b("B", "claimed sir salamat", "live_streaming"),
                _b("B", "the two girls are here already", "live_streaming"),
            ],
        ),
        _one(rng, [_b("A", "Running late. 10:30")], [_b("A", "On now")]),
        _maybe(rng, 0.6, [_b("B", "sir we are on the app waiting", "live_streaming")]),
    ]
    return Script(plan, _pool(B=PH_FACILITATOR), names=_facilitator_names(), longest=40)


def _l_travel_plans(rng: random.Random) -> Script:
    place = rng.choice(_PLACES)
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    f"When I fly to {place} in March I want to meet the family and the girls",
                    "meeting",
                    "live_streaming",
                )
            ],
            [_b("A", f"Booked my flight to {place}. 12 days", "meeting")],
        ),
        _one(
            rng,
            [_b("B", "yes sir we will fetch you at the airport", "meeting")],
            [_b("B", "sir we are so happy, the kids are excited", "meeting")],
        ),
        *_mixed(
            rng,
            [_b("A", "Book a room near you, I'll pay for it", "meeting", "gifts_money")],
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Until then the calls as usual, Saturdays 9pm your time",
                        "live_streaming",
                    )
                ],
                [_b("A", "Still want the Thursday call before I come", "live_streaming")],
            ),
            _maybe(
                rng,
                0.7,
                [_b("B", "sir please send for the van to the airport, 2000", "gifts_money")],
            ),
            _maybe(
                rng,
                0.5,
                [_b("A", "Nobody else needs to know I'm visiting, not the barangay", "secrecy")],
            ),
        ),
    ]
    return Script(plan, _pool(A=CUSTOMER, B=PH_FACILITATOR), names=_facilitator_names())


LIVE_STREAMING: tuple[tuple[str, Callable[[random.Random], Script]], ...] = (
    ("tita_scheduling", _l_tita_scheduling),
    ("help_requests", _l_help_requests),
    ("age_check", _l_age_check),
    ("app_move", _l_app_move),
    ("haggling", _l_haggling),
    ("weekly_regular", _l_weekly_regular),
    ("control_numbers", _l_control_numbers),
    ("others_offered", _l_others_offered),
    ("few_lines_customer", _l_few_lines_customer),
    ("travel_plans", _l_travel_plans),
)
SCENARIOS: dict[str, tuple[tuple[str, Callable[[random.Random], Script]], ...]] = {
    "grooming": GROOMING,
    "sextortion": SEXTORTION,
    "live_streaming": LIVE_STREAMING,
}


# --- hard-benign kinds ------------------------------------------------------------------------

_KIDS = (
    "Maisie",
    "Leo",
    "Ollie",
    "Ava",
    "Zara",
    "Reuben",
    "Ellie",
    "Tom",
    "Aisha",
    "Jayden",
    "Ruby",
    "Theo",
    "Grace",
    "Kwame",
    "Freya",
    "Ishaan",
)
_SURNAMES = (
    "Hughes",
    "Okafor",
    "Patel",
    "Byrne",
    "Campbell",
    "Nowak",
    "Mensah",
    "Reyes",
    "Walsh",
    "Khan",
    "Murray",
    "Santos",
)


def _kid(rng: random.Random) -> str:
    return rng.choice(_KIDS)


def _k_parent_home(rng: random.Random) -> Script:
    age = rng.choice(["14", "15", "13"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "Are you home yet? Dad's stuck at work till 8", "supervision"),
                _b("B", "ya home, nobody else here", "supervision"),
            ],
            [
                _b("B", "mum are u and dad home tonight? can Priya come over", "supervision"),
                _b("A", "I'm back at 6, Dad's away till Thursday", "supervision"),
            ],
            [_b("A", "Is your brother in?", "supervision"), _b("B", "no just me", "supervision")],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b("A", "Send me a pic of the hob so I know it's off 😅", "image_request"),
                    _b("B", "[photo]"),
                ],
                [
                    _b(
                        "A",
                        "Video call me at 7 so I can see you've actually done the homework",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "There's £10 in the jar for pizza, don't spend it all on sweets",
                        "gifts_money",
                    )
                ],
                [_b("A", "I've put money on your card for the chippy", "gifts_money")],
            ),
            _maybe(
                rng,
                0.6,
                _one(
                    rng,
                    [
                        _b(
                            "A",
                            "Don't tell your sister about the ice cream, there's only one left",
                            "secrecy",
                        )
                    ],
                    [
                        _b("B", "don't tell dad I broke the remote lol", "secrecy"),
                        _b("A", "Our secret. I'll glue it", "secrecy"),
                    ],
                ),
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b("A", "Don't open the door to anyone, the parcel can wait"),
                    _b("B", f"mum im {age} not 5", "age"),
                ],
            ),
            _maybe(
                rng,
                0.4,
                [
                    _b(
                        "A",
                        "Delete that video of me singing from the family chat please!!",
                        "deletion",
                    )
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=FAMILY, B=TEEN))


def _k_class_trip(rng: random.Random) -> Script:
    year = rng.choice(["Year 7", "Year 8", "P6", "5th class"])
    kid = _kid(rng)
    plan: list[PlanItem] = [
        [
            _b(
                "A",
                f"Reminder: the {year} trip to the science museum is on the 14th. Coach leaves at 8:15",
            )
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Please pay £18 on ParentPay by Friday or we can't hold the place",
                        "sextortion",
                    )
                ],
                [
                    _b(
                        "A",
                        "Balance of £12 due by Wednesday, reference TRIP plus your child's surname",
                        "sextortion",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "Children at the school gates at 7:45 please, we won't wait", "meeting")],
                [
                    _b(
                        "C",
                        "Can someone give Zoë a lift to the gates in the morning? I'm on earlies",
                        "meeting",
                    ),
                    _b("D", "Yes, I'll grab her at 7:30", "meeting"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "C",
                        "Could you send a photo of the consent form? I've lost ours",
                        "image_request",
                    )
                ],
                [_b("A", "If you don't want your child in the class photos, message me privately")],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b("D", f"{kid} is 11 and gets carsick, can he sit at the front?", "age"),
                    _b("A", "Of course, noted"),
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b("C", "Phones allowed?"),
                    _b("A", "No phones please, we'll post pictures here during the day"),
                ],
            ),
        ),
    ]
    return Script(
        plan,
        _pool(C=GROUP, D=GROUP, A=FORMAL),
        styles={"A": "plain"},
        names={"A": ("Mrs Adeyemi", "Mr Doherty", "Ms Clarke")},
        lead=False,
    )


def _k_friends_secret(rng: random.Random) -> Script:
    friend = rng.choice(["Maya", "Jade", "Kiera", "Sofia", "Leah"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", f"ok don't tell {friend} anything, the surprise is saturday", "secrecy"),
                _b("B", "my lips r sealed 🤐", "secrecy"),
            ],
            [
                _b("B", f"shh {friend} can't know about the party", "secrecy"),
                _b("A", "obviously lol"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", "she's turning 14 on sat so we need 14 candles", "age")],
                [_b("B", f"wait is {friend} 13 or 14", "age"), _b("A", "14!! keep up", "age")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "meet at the bowling alley at 4, her mum's dropping her at 4:30",
                        "meeting",
                    )
                ],
                [_b("B", "we meet outside Greggs at 3 then walk over", "meeting")],
            ),
            _one(
                rng,
                [
                    _b("A", "send me a pic of the cake design", "image_request"),
                    _b("B", "[photo] u like?"),
                ],
                [_b("B", "send me the pic of the banner when it's done", "image_request")],
            ),
            _maybe(
                rng,
                0.7,
                [_b("A", "delete this chat after sat so she never sees it lol", "deletion")],
            ),
            _maybe(rng, 0.5, [_b("B", "i'll chip in £5 for the present", "gifts_money")]),
        ),
    ]
    return Script(plan, _pool(A=TEEN, B=TEEN))


def _k_marketplace(rng: random.Random) -> Script:
    item = rng.choice(["kids' bike", "PS4", "pram", "football boots size 5", "guitar"])
    price = rng.choice(["60", "45", "120", "35"])
    plan: list[PlanItem] = [
        [_b("B", f"Hi is the {item} still available?"), _b("A", f"Yes, £{price}, collection only")],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "B",
                        "Can you send a pic of the serial number and any scratches?",
                        "image_request",
                    ),
                    _b("A", "[photo] minor scuff on the side"),
                ],
                [_b("B", "Could you do a quick video call to show it working?", "image_request")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Pay by bank transfer by Friday or I'll give it to the next person",
                        "sextortion",
                    )
                ],
                [_b("A", "Deposit £10 today please, rest on collection", "sextortion")],
            ),
            _one(
                rng,
                [_b("A", "Meet at the Tesco car park at 6?", "meeting"), _b("B", "Perfect")],
                [_b("B", "Can I collect Saturday morning? I'll bring cash", "meeting")],
            ),
            _maybe(
                rng,
                0.6,
                [_b("A", "Text me on 07700 900432, I don't check this app much", "platform_move")],
            ),
            _maybe(
                rng, 0.6, [_b("B", f"It's for my son, he's {rng.choice(['8', '11', '12'])}", "age")]
            ),
            _maybe(
                rng,
                0.3,
                [_b("A", "Sorry, someone else offered more. Delete my address please", "deletion")],
            ),
        ),
    ]
    return Script(plan, _pool(A=ADULT, B=ADULT), lead=False)


def _k_dating_adults(rng: random.Random) -> Script:
    cafe = rng.choice(
        ["the café on Grafton St", "Bloom on Deansgate", "the bar by the canal", "the museum café"]
    )
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "Hey! Your hiking pics are great, where's the one with the lake?"),
                _b("B", "Thanks! Snowdonia last summer"),
            ],
            [
                _b("B", "Ok I have to ask about the dog in your third photo"),
                _b("A", "Haha that's Biscuit, he's the real catch"),
            ],
        ),
        *_mixed(
            rng,
            _maybe(
                rng,
                0.5,
                [_b("B", "You're honestly the funniest person on here", "trust_isolation")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b("A", "I'm 34, by the way, in case the app lies"),
                    _b("B", "31, and it definitely does lie"),
                ],
            ),
            _one(
                rng,
                [_b("B", "Move to WhatsApp? 07700 900611", "platform_move")],
                [
                    _b(
                        "A",
                        "I'm rubbish at checking this app, text me? 07700 900218",
                        "platform_move",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Quick video call tonight at 9 before we meet? Just to check we're both real 😄",
                        "image_request",
                    )
                ],
                [_b("B", "Send a pic of Biscuit please, for research", "image_request")],
            ),
            _one(
                rng,
                [
                    _b("A", f"Drinks at {cafe} Saturday at 2?", "meeting"),
                    _b("B", "Sounds good. I'll tell my flatmate where I'll be, safety first"),
                ],
                [_b("B", f"Meet at {cafe}, Thursday at 7?", "meeting")],
            ),
            _maybe(
                rng,
                0.4,
                [
                    _b(
                        "A",
                        "Don't tell my sister I'm on here, she'll never let me hear the end of it",
                        "secrecy",
                    )
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=ADULT, B=ADULT))


def _k_gamers(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("A", "gg that clutch was mental"), _b("B", "haha luck")],
            [_b("B", "need a 4th for ranked?"), _b("A", "ye hop in")],
        ),
        *_mixed(
            rng,
            _maybe(
                rng,
                0.4,
                [_b("A", "ur way better than the randoms i usually get", "trust_isolation")],
            ),
            _one(
                rng,
                [_b("A", "add me on discord, thornfield#2211", "platform_move")],
                [_b("B", "we've got a squad server, join code in ur dms", "platform_move")],
            ),
            _one(
                rng,
                [_b("B", "if we hit diamond ill gift u the battle pass", "gifts_money")],
                [_b("A", "i owe u 800 vbucks from that bet lol", "gifts_money")],
            ),
            _one(
                rng,
                [_b("A", "dont tell my brother i used his account for that match", "secrecy")],
                [_b("B", "dont show anyone that replay omg delete it", "deletion")],
            ),
            _maybe(rng, 0.6, [_b("B", "im 13 so my mum kicks me off at 9", "age")]),
            _maybe(
                rng,
                0.4,
                [
                    _b("A", "what year r u in? ur voice is so deep lol", "age"),
                    _b("B", "year 9", "age"),
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=GAME, B=GAME))


def _k_grandparent_call(rng: random.Random) -> Script:
    here, there = rng.choice([("5pm", "10am"), ("6pm", "1pm"), ("8pm", "7am")])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "Hello my darling, it's Nana. Turn the camera on love, I can't see you",
                    "image_request",
                ),
                _b("B", "hi nana! one sec"),
            ],
            [
                _b(
                    "A",
                    "Grandad here. How do I make the video go the right way up",
                    "image_request",
                ),
                _b("B", "press the little arrows grandad"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Sunday {here} your time is {there} here in Auckland, is that ok for the call?",
                        "live_streaming",
                    )
                ],
                [_b("B", f"can we call saturday instead? {here} for me", "live_streaming")],
            ),
            _one(
                rng,
                [
                    _b("A", "How old are you now, nine? I can't keep up", "age"),
                    _b("B", "TEN nana", "age"),
                ],
                [_b("A", "Year 5 already! Where does the time go", "age")],
            ),
            _maybe(
                rng,
                0.7,
                [_b("A", "I've sent a little birthday money to your mum's account", "gifts_money")],
            ),
            _maybe(
                rng, 0.6, [_b("A", "Don't tell Grandad I told you about the present", "secrecy")]
            ),
            _maybe(
                rng,
                0.4,
                [
                    _b("A", "Is Mummy there? Put her on", "supervision"),
                    _b("B", "she's in the garden", "supervision"),
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=FAMILY, B=TEEN), styles={"A": rng.choice(["plain", "voice"])})


def _k_tutoring(rng: random.Random) -> Script:
    kid = _kid(rng)
    surname = rng.choice(_SURNAMES)
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", f"Hi, is {kid} in Year 10 now? I'll plan the GCSE topics", "age"),
                _b("B", "Yes, Year 10, Higher maths", "age"),
            ],
            [
                _b("B", f"Hi, {kid} is 15 and struggling with chemistry", "age"),
                _b("A", "Happy to help, I do online sessions"),
            ],
        ),
        *_mixed(
            rng,
            _maybe(
                rng,
                0.5,
                [_b("A", f"{kid} is honestly sharper than most of my Year 11s", "trust_isolation")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Lesson on Zoom Thursday at 5, camera on please so I can see the working",
                        "image_request",
                    )
                ],
                [
                    _b(
                        "A",
                        "Can she send me a photo of the worksheet before the lesson?",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Invoice attached, £35, please pay by Sunday, ref TUT-{surname}",
                        "sextortion",
                    )
                ],
                [_b("A", "Block of 5 is £160, payable by the first lesson", "sextortion")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Will anyone be home during the lesson? I prefer a parent nearby",
                        "supervision",
                    ),
                    _b("B", "I work from home, I'll be downstairs", "supervision"),
                ],
            ),
            _maybe(
                rng,
                0.4,
                [_b("B", "Please don't tell him I mentioned his report, he's touchy", "secrecy")],
            ),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=ADULT), styles={"A": "plain"}, lead=False)


def _k_family_remittance(rng: random.Random) -> Script:
    ref = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    country, app, currency = rng.choice(
        [
            ("Dubai", "GCash", "pesos"),
            ("London", "M-Pesa", "shillings"),
            ("Riyadh", "Wise", "rupees"),
        ]
    )
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", f"Anak, I sent the school fees by {app}, ref {ref}", "live_streaming"),
                _b("B", "received ma, thank u"),
            ],
            [
                _b("B", "ma the school fees are due friday"),
                _b("A", f"I'll send tonight by {app} after my shift", "live_streaming"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Video call Sunday 8pm your time, 4pm here in {country}",
                        "live_streaming",
                    )
                ],
                [_b("B", "can we video call tonight? 9 here", "image_request")],
            ),
            _one(
                rng,
                [_b("A", "Send me a pic of the receipt from the bursar", "image_request")],
                [_b("A", "Take a photo of the report card for me", "image_request")],
            ),
            _maybe(rng, 0.7, [_b("A", "Kuya is 15 now, he must help his sister", "age")]),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        f"Don't tell your father I sent extra {currency} for the shoes",
                        "secrecy",
                        "gifts_money",
                    )
                ],
            ),
            _maybe(
                rng,
                0.4,
                [
                    _b("A", "Is Lola with you tonight?", "supervision"),
                    _b("B", "yes she's cooking", "supervision"),
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=FAMILY, B=TEEN))


def _k_safety_talk(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "Can I talk to you about something we covered at work? It's about scams on Insta",
                ),
                _b("B", "ok?"),
            ],
            [
                _b("A", "Hi, it's Ms Byrne from pastoral. Just following up the assembly"),
                _b("B", "hi miss"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "If anyone ever says 'pay me or I send it to everyone', stop replying and tell me",
                        "sextortion",
                    )
                ],
                [
                    _b(
                        "A",
                        "They say things like 'you've got an hour to send the money'",
                        "sextortion",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "They often pretend to be a girl from another school and ask for a picture first",
                        "image_request",
                    )
                ],
                [_b("A", "They'll ask you to move to another app quickly", "platform_move")],
            ),
            _maybe(rng, 0.7, [_b("A", "Some ask for gift cards by a deadline", "sextortion")]),
            _one(
                rng,
                [
                    _b("A", "You're 14, you won't be in trouble, I promise", "age"),
                    _b("B", "ok i get it"),
                ],
                [
                    _b("B", "what if they said dont tell anyone", "secrecy"),
                    _b("A", "Then that's exactly when you tell someone"),
                ],
            ),
            _maybe(rng, 0.5, [_b("A", "Don't delete anything, screenshot it and come to me")]),
        ),
    ]
    return Script(plan, _pool(A=FAMILY, B=TEEN), styles={"A": "plain"}, lead=False)


def _k_sports_club(rng: random.Random) -> Script:
    team = rng.choice(["U12s", "U11 girls", "U13s", "minis"])
    kid = _kid(rng)
    plan: list[PlanItem] = [
        [_b("A", f"{team} training moved to Wednesday 6pm this week")],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Subs £25 by Friday please, bank details in the pinned message",
                        "sextortion",
                    )
                ],
                [_b("A", "Tournament fee £8 per child, cash to me by Sunday", "sextortion")],
            ),
            _one(
                rng,
                [
                    _b("C", f"Can someone give {kid} a lift? I'm working", "meeting"),
                    _b("D", f"I'll pick {kid} up at 5:15 outside the chippy", "meeting"),
                ],
                [
                    _b(
                        "D",
                        "Carpool for Saturday? I've 2 seats from the leisure centre at 8",
                        "meeting",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Please send a photo of your child's birth certificate for league registration",
                        "image_request",
                    )
                ],
                [_b("A", "Team photo on Saturday, tell me if your child can't be photographed")],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b("C", f"{kid}'s 11 so can she still play down?", "age"),
                    _b("A", "Yes until August"),
                ],
            ),
            _maybe(rng, 0.4, [_b("D", "Did anyone find a blue water bottle")]),
        ),
    ]
    return Script(
        plan,
        _pool(A=GROUP, C=GROUP, D=GROUP),
        names={"A": ("Coach Dave", "Coach Jen", "Coach Kwame")},
        lead=False,
    )


def _k_flatmate_debt(rng: random.Random) -> Script:
    amount = rng.choice(["142", "87.50", "210"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [_b("A", f"You owe £{amount} for the electric, need it by Friday", "sextortion")],
            [
                _b(
                    "A",
                    f"Mate it's been 3 weeks, £{amount} for the bills please, by payday",
                    "sextortion",
                )
            ],
        ),
        _one(
            rng,
            [
                _b("B", "sorry sorry, payday is thursday"),
                _b("A", "Send me a screenshot when you've paid", "image_request"),
            ],
            [
                _b("B", "can I do half now half next week"),
                _b("A", "Fine but the second half by the 1st", "sextortion"),
            ],
        ),
        *_mixed(
            rng,
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "If it's not paid I'm raising it at the house meeting in front of everyone",
                        "sextortion",
                    )
                ],
            ),
            _maybe(rng, 0.6, [_b("B", "and don't tell the landlord about the cat pls", "secrecy")]),
            _maybe(
                rng,
                0.4,
                [_b("A", "Also delete that photo of me asleep from the house chat 😂", "deletion")],
            ),
        ),
    ]
    return Script(plan, _pool(A=ADULT, B=ADULT), lead=False)


def _k_babysitting(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "mum and dad are out till 11, it's just me and the twins", "supervision"),
                _b("B", "lol good luck"),
            ],
            [
                _b("B", "are ur parents home? can i come round", "supervision"),
                _b("A", "no they're at a wedding, im babysitting", "supervision"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", "Maisie is 6 and already in bed, Finn refuses", "age")],
                [_b("A", "the little one's 4 and wants a story every 5 mins", "age")],
            ),
            _one(
                rng,
                [_b("A", "don't tell mum we had pizza at 9", "secrecy")],
                [_b("A", "if mum asks they were asleep by 8 ok", "secrecy")],
            ),
            _maybe(rng, 0.7, [_b("B", "delete that pic of me asleep on ur sofa 😂", "deletion")]),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "mum wants a video call to say night night to them, brb",
                        "image_request",
                    )
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=TEEN, B=TEEN))


def _k_coach_lift(rng: random.Random) -> Script:
    kid = _kid(rng)
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    f"Hi, it's Coach Sam. Can I give {kid} a lift to the away match Sunday? Leaving the club at 8:30",
                    "meeting",
                )
            ],
            [
                _b(
                    "A",
                    f"Morning! {kid}'s the only one without a lift to Carlow on Saturday, happy to take him with my two",
                    "meeting",
                )
            ],
        ),
        _one(
            rng,
            [
                _b("B", "That would be brilliant, thanks. I'm on a shift"),
                _b("A", "No bother, I'll text you when we arrive"),
            ],
            [
                _b("B", "Thanks, his dad can collect after"),
                _b("A", "Great, pick-up at the ground at 1", "meeting"),
            ],
        ),
        *_mixed(
            rng,
            _maybe(
                rng,
                0.5,
                [_b("A", "He's the best keeper I've had in years, honestly", "trust_isolation")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b("B", "He's only 12, does he still need a booster seat?", "age"),
                    _b("A", "He's tall enough, he'll be grand"),
                ],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b("B", "Can you send me a pic when you get there? I worry", "image_request"),
                    _b("A", "Of course"),
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "The club's safeguarding officer knows the lift list, it's on the portal",
                    )
                ],
            ),
            _maybe(
                rng,
                0.4,
                [
                    _b(
                        "B",
                        "Don't tell him there's a surprise pizza after, the team manager's organising it",
                        "secrecy",
                    )
                ],
            ),
        ),
    ]
    return Script(
        plan,
        _pool(A=GROUP, B=ADULT),
        names={"A": ("Coach Sam", "Coach Fiona", "Coach Dev")},
        lead=False,
    )


def _k_news_story(rng: random.Random) -> Script:
    amount = rng.choice(["£500", "$1,000", "€300"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    f"did u see the news about the boy who got blackmailed for {amount} in gift cards",
                ),
                _b("B", "yeah thats so grim"),
            ],
            [
                _b("B", "my mum sent me an article about sextortion scams 💀"),
                _b("A", "lol mine too, same one probably"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", "they told him 'pay in an hour or we post it everywhere'", "sextortion")],
                [
                    _b(
                        "B",
                        "apparently they threatened to send it to his whole school",
                        "sextortion",
                    )
                ],
            ),
            _one(
                rng,
                [_b("B", "he was only 16", "age")],
                [_b("A", "the article said most of them are boys our age, like 14 to 17", "age")],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b(
                        "A",
                        "they pretended to be a girl from another school and asked for a pic first",
                        "image_request",
                    )
                ],
            ),
            _maybe(
                rng,
                0.5,
                [_b("B", "and they told him to keep it secret, thats the whole trick", "secrecy")],
            ),
            _maybe(rng, 0.4, [_b("A", "the police said dont pay and dont delete anything")]),
        ),
    ]
    return Script(plan, _pool(A=TEEN, B=TEEN))


def _k_safety_quiz(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [_b("A", "Quiz time! Answer in the chat, no googling 😄")],
        *_some(
            rng,
            3,
            [
                _b(
                    "A",
                    "Q1: Someone says 'delete our chat so your mum doesn't see'. Red flag or not?",
                    "deletion",
                    "secrecy",
                ),
                _b("C", "red flag"),
            ],
            [
                _b(
                    "A",
                    "Q2: A stranger offers you Robux if you move to another app. What do you do?",
                    "gifts_money",
                    "platform_move",
                ),
                _b("D", "block and report"),
            ],
            [
                _b(
                    "A",
                    "Q3: 'Are your parents home?' from someone you met online, is that normal?",
                    "supervision",
                ),
                _b("C", "nope"),
            ],
            [
                _b(
                    "A",
                    "Q4: True or false: if someone says 'send £50 by tonight or I share your photo', you should pay",
                    "sextortion",
                ),
                _b("D", "false!! tell an adult"),
            ],
            [
                _b(
                    "A",
                    "Q5: Someone you game with asks what school you go to. Safe to answer?",
                    "age",
                ),
                _b("C", "no"),
            ],
        ),
        _one(
            rng,
            [_b("A", "Great answers, Year 8. Well done everyone")],
            [_b("A", "Brilliant, merits for everyone who answered")],
        ),
    ]
    kids = (
        "this is easy",
        "lol",
        "miss can we do more",
        "what's the prize",
        "ok",
        "wait what was q2",
        "🙋",
        "yes",
    )
    return Script(
        plan,
        _pool(C=kids, D=kids, A=("Keep going!", "Good thinking", "Nearly!", "One more minute")),
        styles={"A": "plain"},
        names={"A": ("Ms Oduya", "Mr Ferris", "Miss Lamb")},
        lead=False,
        longest=36,
    )


def _k_streamer_sponsor(rng: random.Random) -> Script:
    fee = rng.choice(["$600", "£450", "€500"])
    plan: list[PlanItem] = [
        [
            _b(
                "A",
                "Hi! I handle partnerships for Glowtide energy drinks. Interested in a sponsored stream?",
            ),
            _b("B", "hey, yes potentially, what's the brief"),
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "2-hour stream on the 14th, 8pm UK which is 3pm EST for our team",
                        "live_streaming",
                    )
                ],
                [_b("B", "I stream 7pm my time, that's 2pm for you in New York", "live_streaming")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Fee {fee}, paid by PayPal invoice ref SPN-{rng.randint(1000, 9999)} within 30 days",
                        "live_streaming",
                    )
                ],
                [
                    _b(
                        "A",
                        f"{fee} flat, half up front via Wise with the campaign reference",
                        "live_streaming",
                    )
                ],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b(
                        "A",
                        "Could you send a screenshot of your viewer stats for the last 30 days?",
                        "image_request",
                    )
                ],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Please keep the flavour launch secret until the embargo lifts",
                        "secrecy",
                    )
                ],
            ),
            _maybe(
                rng, 0.5, [_b("A", "Your audience is 18+ right? We can't advertise to under-18s")]
            ),
            _maybe(
                rng, 0.4, [_b("A", "Let's move to email: partners@example.org", "platform_move")]
            ),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=ADULT), styles={"A": "plain"}, lead=False)


def _k_landlord_rent(rng: random.Random) -> Script:
    rent = rng.choice(["850", "1,100", "695"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    f"Rent of £{rent} is now 12 days overdue. Please pay by Friday 5pm or I will issue a notice",
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    f"Hi, still no rent for this month (£{rent}). I need it by Monday",
                    "sextortion",
                )
            ],
        ),
        _one(
            rng,
            [
                _b("B", "Sorry, my wages were late, I'll transfer Thursday"),
                _b("A", "Please send the confirmation when done", "image_request"),
            ],
            [
                _b("B", "Can I pay half now and half on the 15th?"),
                _b("A", "OK, but the second half by the 15th without fail", "sextortion"),
            ],
        ),
        *_mixed(
            rng,
            _maybe(
                rng,
                0.7,
                [
                    _b(
                        "A",
                        "Also send a photo of the damp in the bathroom so I can show the builder",
                        "image_request",
                    )
                ],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "I'll meet the plumber at the flat at 10 Tuesday, will you be in?",
                        "meeting",
                        "supervision",
                    ),
                    _b("B", "No, nobody's home then, use your key", "supervision"),
                ],
            ),
            _maybe(
                rng,
                0.3,
                [
                    _b(
                        "B",
                        "Please don't mention the arrears to my partner, I'm sorting it",
                        "secrecy",
                    )
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=ADULT), lead=False)


def _k_guild_fundraiser(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [
            _b(
                "A",
                "Charity stream Saturday! 6pm GMT / 1pm EST, 12 hours for the children's hospital",
                "live_streaming",
            )
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("C", "donate link is pinned, every $5 gets a shoutout")],
                [_b("C", "I'll match every donation up to £100", "gifts_money")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Hop into the guild discord voice for planning, invite's pinned",
                        "platform_move",
                    )
                ],
                [_b("D", "can we move this to the discord? this chat is chaos", "platform_move")],
            ),
            _maybe(rng, 0.6, [_b("A", "Our youngest member is 15 so keep chat clean", "age")]),
            _maybe(
                rng, 0.5, [_b("D", "send a pic of your setup for the promo post", "image_request")]
            ),
            _maybe(
                rng,
                0.5,
                [_b("C", "don't tell Raz about the surprise raid, it's his birthday", "secrecy")],
            ),
        ),
    ]
    return Script(plan, _pool(A=GAME, C=GAME, D=GAME), lead=False)


def _k_youth_trip(rng: random.Random) -> Script:
    surname = rng.choice(_SURNAMES)
    plan: list[PlanItem] = [
        [_b("A", "Hi all, the youth group weekend at Kilnsey is confirmed! 🎉")],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", f"Deposit £50 by Wednesday please, ref TRIP-{surname}", "sextortion")],
                [_b("A", "Balance due by the 20th, bank details in the letter", "sextortion")],
            ),
            _one(
                rng,
                [
                    _b("A", "Permission slips signed by a parent, no slip no trip"),
                    _b("C", "Can I send a pic of it signed?", "image_request"),
                ],
                [
                    _b("C", "Does Tilly need a slip if she's 16?", "age"),
                    _b("A", "Yes, everyone under 18"),
                ],
            ),
            _one(
                rng,
                [_b("A", "Meet at the church hall at 7am Saturday", "meeting")],
                [_b("D", "Can anyone give Ben a lift to the hall? I'm on nights", "meeting")],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "Please send a photo of the passport page for the insurance",
                        "image_request",
                    )
                ],
            ),
            _maybe(rng, 0.4, [_b("A", "Phones are collected at night, the leaders keep them")]),
        ),
    ]
    return Script(
        plan,
        _pool(A=GROUP, C=GROUP, D=GROUP),
        names={"A": ("Pastor Mike", "Leader Grace", "Youth leader Tolu")},
        lead=False,
    )


def _k_helpline_report(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [
            _b("A", "Hi, you're through to the helpline. I'm here to listen. What's happening?"),
            _b("B", "someone online is threatening me"),
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "B",
                        "they said theyd send my pic to my followers unless i paid £200 by tonight",
                        "sextortion",
                    )
                ],
                [
                    _b(
                        "B",
                        "he says i have to buy him gift cards or he posts it in my school's group",
                        "sextortion",
                    )
                ],
            ),
            _one(
                rng,
                [_b("B", "i'm 15", "age")],
                [
                    _b("A", "Can I ask how old you are? You don't have to say", "age"),
                    _b("B", "14", "age"),
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Please don't pay, and don't delete anything yet. Can you screenshot the account name?",
                        "image_request",
                    )
                ],
                [
                    _b(
                        "A",
                        "Could you take screenshots of the messages and his profile?",
                        "image_request",
                    )
                ],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b("B", "they told me to keep it secret", "secrecy"),
                    _b("A", "That's what they always say. You did the right thing"),
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "Is there an adult at home you trust who you can tell tonight?",
                        "supervision",
                    ),
                    _b("B", "my aunt is here", "supervision"),
                ],
            ),
        ),
    ]
    counsellor = (
        "Take your time.",
        "I'm still here.",
        "That sounds really frightening.",
        "You're being very brave.",
        "Okay.",
        "Thank you for telling me.",
    )
    return Script(
        plan,
        _pool(A=counsellor, B=VICTIM_STALLING),
        styles={"A": "plain"},
        names={"A": ("Helpline (Sue)", "Counsellor Jo", "Helpline (Ade)")},
        lead=False,
    )


def _k_portrait_session(rng: random.Random) -> Script:
    place = rng.choice(
        ["Ashton Court", "the botanic gardens", "the beach at Portobello", "my studio"]
    )
    plan: list[PlanItem] = [
        [
            _b("B", "Hi, we'd love a family portrait session before Christmas"),
            _b("A", "Lovely! I have Saturday mornings free"),
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", f"Saturday 10am at {place}?", "meeting")],
                [
                    _b(
                        "A",
                        f"Meet at the main gate of {place} at 9:30, the light's best then",
                        "meeting",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "Deposit £40 by Thursday to secure the slot", "sextortion")],
                [_b("A", "Balance £120 on the day or by transfer, ref PORTRAIT", "sextortion")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Send me a photo of the outfits so I can suggest colours",
                        "image_request",
                    )
                ],
                [_b("B", "Could you send some pics from your last family shoot?", "image_request")],
            ),
            _maybe(
                rng, 0.7, [_b("B", "The kids are 4 and 7, the 4-year-old won't sit still", "age")]
            ),
            _maybe(
                rng,
                0.5,
                [_b("B", "It's a surprise for my mum, don't post them till January", "secrecy")],
            ),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=ADULT), lead=False)


def _k_esports_travel(rng: random.Random) -> Script:
    player = rng.choice(["Reece", "Kai", "Mateo", "Jun"])
    plan: list[PlanItem] = [
        [_b("A", "Flights booked for Cologne ✈️ details below")],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", "Meet at Heathrow T5 at 6am, check-in closes 6:45", "meeting")],
                [_b("A", "Team bus from the office at 4:30, don't be late", "meeting")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Under-18s need a parent consent form, {player} you're 17 so get it signed",
                        "age",
                    )
                ],
                [
                    _b(
                        "C",
                        f"{player}'s mum asked if someone is with the under-18s at all times",
                        "supervision",
                    ),
                    _b("A", "Yes, our manager rooms next door", "supervision"),
                ],
            ),
            _maybe(
                rng,
                0.6,
                [_b("A", "Stream schedule: 7pm CET / 6pm UK on match days", "live_streaming")],
            ),
            _maybe(
                rng,
                0.6,
                [_b("A", "Per diem €40 a day via Revolut, ref TEAM-CGN", "live_streaming")],
            ),
            _maybe(
                rng, 0.5, [_b("D", "video call with the sponsor at 4, cams on", "image_request")]
            ),
            _maybe(
                rng,
                0.4,
                [_b("A", "Keep the roster change quiet until the announcement", "secrecy")],
            ),
        ),
    ]
    return Script(
        plan,
        _pool(A=GAME, C=GAME, D=GAME),
        names={"A": ("Manager Tom", "Coach Vik", "Ops Lauren")},
        lead=False,
    )


def _k_pen_pals(rng: random.Random) -> Script:
    uk, there, city = rng.choice(
        [("10am", "12pm", "Nairobi"), ("9am", "5pm", "Manila"), ("2pm", "9am", "Toronto")]
    )
    plan: list[PlanItem] = [
        [_b("A", f"Hello from Leeds! Our Year 5 class loved your letters from {city}")],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Shall we do the class video call Thursday? {uk} UK, {there} for you",
                        "live_streaming",
                    )
                ],
                [
                    _b(
                        "B",
                        f"Our class can join a video call at {there} our time, which is {uk} for you",
                        "live_streaming",
                    )
                ],
            ),
            _one(
                rng,
                [_b("B", "Could you send a photo of your class display?", "image_request")],
                [
                    _b(
                        "A",
                        "I'll send pictures of the children's drawings, no faces",
                        "image_request",
                    )
                ],
            ),
            _maybe(rng, 0.7, [_b("B", "Amani is 10 and wants to write to Ellie again", "age")]),
            _maybe(
                rng,
                0.4,
                [_b("A", "Let's move to the school email, teacher@example.org", "platform_move")],
            ),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=FORMAL), styles={"A": "plain", "B": "plain"}, lead=False)


def _k_scout_camp(rng: random.Random) -> Script:
    surname = rng.choice(_SURNAMES)
    kid = _kid(rng)
    plan: list[PlanItem] = [
        [_b("A", "Summer camp kit list: sleeping bag, torch, waterproofs, wellies, NO phones")],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", f"Camp fee £85 by 1 June please, ref CAMP-{surname}", "sextortion")],
                [
                    _b(
                        "A",
                        "Final payment due this Friday or we have to release the place",
                        "sextortion",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "Cubs aged 8 to 10 are collected from the hall at 4pm Sunday", "meeting")],
                [
                    _b(
                        "C",
                        f"Can I drop {kid} at the campsite Friday at 6 instead of the hall?",
                        "meeting",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Please send a photo of the medical form if you can't get to the hall",
                        "image_request",
                    )
                ],
                [
                    _b("C", "Can I send a picture of the signed consent form?", "image_request"),
                    _b("A", "Yes that's fine"),
                ],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b("A", f"Is anyone at home to collect {kid} if he's unwell?", "supervision"),
                    _b("C", "His gran is in all weekend", "supervision"),
                ],
            ),
            _maybe(rng, 0.4, [_b("C", f"{kid} is 9 and has never slept away, any tips?", "age")]),
        ),
    ]
    return Script(
        plan,
        _pool(A=GROUP, C=GROUP, D=GROUP),
        names={"A": ("Akela", "Scout leader Pat", "Baloo")},
        lead=False,
    )


def _k_new_number_scam(rng: random.Random) -> Script:
    amount = rng.choice(["£640", "£1,280", "£395"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b("A", "Hi Mum, this is my new number, phone fell in the loo 🙈"),
                _b("B", "Oh no! Which one of you is this?"),
            ],
            [_b("A", "Hey mum its me, new phone, save this number"), _b("B", "Is that you Chloe?")],
        ),
        _one(
            rng,
            [
                _b(
                    "A",
                    f"Can you pay a bill for me, {amount}, it has to go today, I'll pay you back Friday",
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    f"I'm locked out of my banking app, can you transfer {amount} to this account today",
                    "sextortion",
                )
            ],
        ),
        *_mixed(
            rng,
            _maybe(rng, 0.7, [_b("A", "Don't tell Dad, I'm embarrassed", "secrecy")]),
            _maybe(
                rng, 0.6, [_b("A", "Delete my old number, it doesn't work anymore", "deletion")]
            ),
            _one(
                rng,
                [
                    _b("B", "Video call me then, I want to see it's you", "image_request"),
                    _b("A", "mic is broken on this phone"),
                ],
                [_b("B", "What's the name of our first dog?"), _b("A", "mum just pay it please")],
            ),
        ),
        _one(
            rng,
            [
                _b(
                    "B",
                    "Your brother says you're in the kitchen with your real phone. Nice try, reporting this",
                )
            ],
            [_b("B", "I've called your old number and you answered. Blocked.")],
        ),
    ]
    scammer = (
        "??",
        "mum",
        "please",
        "quickly",
        "it's really urgent",
        "I'll explain later",
        "are you there",
    )
    parent = (
        "Hang on",
        "Which bill?",
        "I'm at work",
        "Why can't you ring me?",
        "Let me think",
        "Who is this really?",
        "Give me a minute",
    )
    return Script(plan, _pool(A=scammer, B=parent), styles={"B": "plain"}, lead=False, longest=30)


def _k_talent_audition(rng: random.Random) -> Script:
    kid = rng.choice(["Amelie", "Noah", "Priya", "Tyrese"])
    plan: list[PlanItem] = [
        [
            _b(
                "A",
                f"Hello, this is Starling Kids Agency. We'd like {kid} to audition for a cereal advert",
            ),
            _b("B", "Oh wow, how exciting"),
        ],
        *_mixed(
            rng,
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "The casting director said she's a natural, she really stood out",
                        "trust_isolation",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b("A", f"Is {kid} still 9? The brief is children aged 8 to 11", "age"),
                    _b("B", "Yes, 9 in May", "age"),
                ],
                [_b("B", f"{kid} has just turned 10, is that ok?", "age")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Please send two recent photos, a headshot and full length",
                        "image_request",
                    )
                ],
                [
                    _b(
                        "A",
                        "A self-tape by Friday 5pm please, reading the lines attached",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "A parent must be in the room at all times at the casting",
                        "supervision",
                    )
                ],
                [
                    _b("B", "Will I be with her during the audition?", "supervision"),
                    _b("A", "Yes, always", "supervision"),
                ],
            ),
            _maybe(
                rng,
                0.6,
                [_b("A", "Casting is at the studio in Shoreditch, 11:20 Tuesday", "meeting")],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "We never charge registration fees. If anyone asks for one in our name, tell us",
                    )
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=ADULT), styles={"A": "plain"}, lead=False)


def _k_visa_fee(rng: random.Random) -> Script:
    aunt = rng.choice(["Aunty Bisi", "Aunty Grace", "Tita Nenita", "Auntie Wanjiku"])
    plan: list[PlanItem] = [
        [_b("A", f"Family, {aunt}'s visa appointment is confirmed for the 20th 🙏")],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Embassy fee is £115, payable by the 18th. Send via Wise ref VISA-FAMILY",
                        "sextortion",
                        "live_streaming",
                    )
                ],
                [
                    _b(
                        "C",
                        "I'll remit my share tonight, I'll post the control number here",
                        "live_streaming",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Someone send a pic of her passport bio page for the form",
                        "image_request",
                    )
                ],
                [
                    _b(
                        "D",
                        "Can we video call her Sunday 6pm our time, 8pm Lagos, to fill it together?",
                        "live_streaming",
                    )
                ],
            ),
            _maybe(
                rng, 0.7, [_b("A", "Don't tell Grandma yet, we want to surprise her", "secrecy")]
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b("D", "My Tobi is 12, can he come to the airport?", "age", "meeting"),
                    _b("A", "Of course!"),
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=FAMILY, C=FAMILY, D=FAMILY), lead=False)


def _k_esafety_followup(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [
            _b(
                "A",
                "Dear parents of Year 8, thank you for coming to Monday's online-safety evening. A few follow-ups:",
            )
        ],
        *_some(
            rng,
            3,
            [
                _b(
                    "A",
                    "If your child is asked 'who else is in the room with you?' by someone online, that is a warning sign",
                    "supervision",
                )
            ],
            [
                _b(
                    "A",
                    "'Send me a pic or I'll tell everyone' is a threat: screenshot it and report it",
                    "image_request",
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    "Requests to move to a different app, or to delete the chat, should be reported",
                    "platform_move",
                    "deletion",
                )
            ],
            [
                _b(
                    "A",
                    "Gift cards or game currency offered by strangers are a common lure",
                    "gifts_money",
                )
            ],
        ),
        _one(
            rng,
            [
                _b("C", "Thank you, very useful"),
                _b("D", "Can the slides be shared?"),
                _b("A", "Yes, on the parent portal"),
            ],
            [
                _b("C", "My son is 12 and games a lot, any specific advice?", "age"),
                _b("A", "Happy to talk, book a call with Ms Irwin"),
            ],
        ),
    ]
    return Script(
        plan,
        _pool(C=GROUP, D=GROUP),
        styles={"A": "plain"},
        names={"A": ("Head of Year 8", "Mrs Irwin (DSL)", "Mr Shah")},
        lead=False,
    )


def _k_debt_reminder(rng: random.Random) -> Script:
    amount = rng.choice(["£312.40", "£89.99", "£1,045.00"])
    ref = f"{rng.randint(10000, 99999)}-{rng.randint(10, 99)}"
    plan: list[PlanItem] = [
        [
            _b(
                "A",
                f"Hello, this is Castlegate Collections. Your balance of {amount} is overdue. Please pay by the 28th to avoid further action",
                "sextortion",
            )
        ],
        _one(
            rng,
            [
                _b("B", "I didn't know this was still open. What is it for?"),
                _b("A", "A mobile phone contract from 2022, original creditor Nimbus Mobile"),
            ],
            [
                _b("B", "I'm struggling this month"),
                _b("A", "We can set up a payment plan, from £10 a month"),
            ],
        ),
        _one(
            rng,
            [_b("A", f"Pay online with reference {ref}", "sextortion")],
            [_b("A", f"You can pay by phone or bank transfer quoting {ref}", "sextortion")],
        ),
        _maybe(
            rng,
            0.6,
            [
                _b(
                    "A",
                    "Please send a photo of the letter if the reference differs",
                    "image_request",
                )
            ],
        ),
        _maybe(
            rng,
            0.4,
            [_b("B", "Can we keep this off my joint account? My partner doesn't know", "secrecy")],
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=ADULT), styles={"A": "plain"}, lead=False)


def _k_group_project(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [_b("A", "guys the geography project is due friday 9am 😭")],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "C",
                        "send me the pic of the poster so i can add it to the slides",
                        "image_request",
                    )
                ],
                [_b("A", "someone send a photo of the rivers map pls", "image_request")],
            ),
            _one(
                rng,
                [_b("D", "meet in the library at lunch tmrw?", "meeting")],
                [_b("A", "call at 7 tonight? cams off is fine")],
            ),
            _maybe(rng, 0.6, [_b("C", "don't tell Mr Shah we started yesterday lol", "secrecy")]),
            _maybe(
                rng,
                0.5,
                [_b("D", "delete that pic of me from the group chat its horrible", "deletion")],
            ),
            _maybe(
                rng, 0.4, [_b("A", "my sister's in year 7, she did this last year haha", "age")]
            ),
        ),
    ]
    return Script(plan, _pool(A=TEEN, C=TEEN, D=TEEN), lead=False)


def _k_choir_trip(rng: random.Random) -> Script:
    surname = rng.choice(_SURNAMES)
    plan: list[PlanItem] = [
        [_b("A", "Choir trip to the festival in Galway is on! Children aged 9 to 13")],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", f"Balance of £120 by the 14th please, ref CHOIR-{surname}", "sextortion")],
                [_b("A", "Second instalment due next Friday", "sextortion")],
            ),
            _one(
                rng,
                [_b("A", "Please send a photo of your child's EHIC or GHIC card", "image_request")],
                [_b("C", "Shall I send a pic of the consent form or bring it?", "image_request")],
            ),
            _one(
                rng,
                [_b("A", "Coach leaves St Mary's at 6:30am sharp", "meeting")],
                [_b("D", "Could someone take Ruby to St Mary's in the morning?", "meeting")],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b("C", "Ruby's only 9, will she share with older girls?", "age"),
                    _b("A", "She'll be with her own age group"),
                ],
            ),
        ),
    ]
    return Script(
        plan,
        _pool(A=GROUP, C=GROUP, D=GROUP),
        names={"A": ("Choir director Ann", "Mr Nolan", "Mrs Reyes")},
        lead=False,
    )


def _k_account_recovery(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [
            _b("B", "I got hacked and they changed my email"),
            _b("A", "Sorry to hear that. I'll help you recover the account."),
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Please take a short video selfie turning your head left and right",
                        "image_request",
                    )
                ],
                [
                    _b(
                        "A",
                        "Upload a photo of yourself holding a paper with the code we sent",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Enter the 6-digit code we just sent. Never share this code with anyone",
                        "secrecy",
                    )
                ],
                [_b("A", "We will never ask you to pay to recover your account")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b("A", "Was the account created when you were under 13?", "age"),
                    _b("B", "no I was 16", "age"),
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "Delete any messages the hacker sent from your account to your friends",
                        "deletion",
                    )
                ],
            ),
        ),
    ]
    return Script(
        plan,
        _pool(A=FORMAL, B=ADULT),
        styles={"A": "plain"},
        names={"A": ("Support", "Help Centre", "Account Support")},
        lead=False,
    )


def _k_screen_time_rules(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "How are you handling phones? Our 12yo has hers till 9 then it lives in the kitchen",
                    "age",
                )
            ],
            [_b("B", "Ours is 11 and desperate for a phone, what age did yours get one?", "age")],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [_b("B", "We check who she's chatting to once a week", "supervision")],
                [_b("A", "He's only allowed to game in the lounge, not his room", "supervision")],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b(
                        "A",
                        "I told him if anyone asks him to move to another app, he tells me first",
                        "platform_move",
                    )
                ],
            ),
            _maybe(rng, 0.6, [_b("B", "Do you let yours use Snapchat at 13?", "age")]),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "Don't tell Rachel I said this but her son's on it till midnight",
                        "secrecy",
                    )
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=ADULT, B=ADULT))


def _k_shift_rota(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [_b("A", "Hi! Your shifts next week are on the rota")],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Tue 4-8pm UK, that's 11am-3pm EST for the client team",
                        "live_streaming",
                    )
                ],
                [_b("A", "Team video call Monday 9am your time, 8pm Sydney", "live_streaming")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Payment Friday via Wise, ref ROTA-{rng.randint(100, 999)}",
                        "live_streaming",
                    )
                ],
                [_b("A", "Pay goes out on the 25th by bank transfer")],
            ),
            _maybe(rng, 0.7, [_b("A", "Since you're 17, no shifts after 10pm", "age")]),
            _maybe(rng, 0.5, [_b("A", "Cameras on for the Monday call please", "image_request")]),
            _maybe(rng, 0.4, [_b("B", "can i swap thursday? my college timetable changed")]),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=TEEN), styles={"A": "plain"}, lead=False)


def _k_birthday_remittance(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    f"Sent your birthday money, control number {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    f"Happy birthday! Check with Mum, I sent it by remittance, ref {rng.randint(10000, 99999)}",
                    "live_streaming",
                )
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Video call at 6pm your time on the day? It's 1am for me but I don't mind",
                        "live_streaming",
                    )
                ],
                [_b("B", "can we video call on sunday at 4 my time", "image_request")],
            ),
            _one(
                rng,
                [_b("A", "13! A teenager! I can't believe it", "age")],
                [_b("B", "i'm 12 now grandpa not 11 😂", "age")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Don't tell your mum how much, she'll make you save it",
                        "secrecy",
                        "gifts_money",
                    )
                ],
            ),
            _maybe(rng, 0.5, [_b("A", "Send me a pic of what you buy with it", "image_request")]),
        ),
    ]
    return Script(plan, _pool(A=FAMILY, B=TEEN), styles={"A": "plain"})


def _k_photo_club(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [_b("A", "Competition theme this month: 'Reflections'")],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", "Send your best 3 pics by Sunday", "image_request")],
                [_b("C", "can we send raw files or jpegs?", "image_request")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Sunrise shoot: meet at the lighthouse car park 5:30am Saturday",
                        "meeting",
                    )
                ],
                [_b("D", "Lift from the station Saturday morning? I've room for two", "meeting")],
            ),
            _maybe(
                rng, 0.6, [_b("A", "Membership £20 by the end of the month please", "sextortion")]
            ),
            _maybe(
                rng,
                0.4,
                [
                    _b("C", "My daughter is 14, can she come to the shoot with me?", "age"),
                    _b("A", "Of course"),
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=GROUP, C=GROUP, D=GROUP), lead=False)


def _k_custody_calls(rng: random.Random) -> Script:
    kid = rng.choice(["Ella", "Sami", "Josh", "Mia"])
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    f"Can {kid} video call me at 7pm your time, that's 2pm here",
                    "live_streaming",
                )
            ],
            [
                _b(
                    "B",
                    f"{kid} wants to call you Sunday, is 9am your time ok? It's 5pm here",
                    "live_streaming",
                )
            ],
        ),
        *_mixed(
            rng,
            _maybe(
                rng, 0.7, [_b("B", f"{kid}'s 8 now and wants her own tablet for the calls", "age")]
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Please don't tell them about the move yet, I want to say it myself",
                        "secrecy",
                    )
                ],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        f"Maintenance sent, ref CHILD-{rng.randint(1000, 9999)}",
                        "live_streaming",
                    )
                ],
            ),
            _maybe(
                rng,
                0.5,
                [_b("B", "Send a photo of the school report when you get it", "image_request")],
            ),
            _maybe(
                rng,
                0.4,
                [
                    _b("A", "Who's with them Saturday while you work?", "supervision"),
                    _b("B", "My mum", "supervision"),
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=ADULT, B=ADULT), styles={"A": "plain", "B": "plain"})


def _k_child_sponsorship(rng: random.Random) -> Script:
    child = rng.choice(["Maria", "Joseph", "Ana", "Daniel"])
    plan: list[PlanItem] = [
        [_b("A", f"Dear sponsor, {child} received your letter and was delighted")],
        *_mixed(
            rng,
            _one(
                rng,
                [_b("A", f"{child} (9) has started grade 4", "age")],
                [_b("B", f"How old is {child} now, 10?", "age"), _b("A", "Yes, 10 in June", "age")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Your donation ref SP-{rng.randint(10000, 99999)} was received, thank you",
                        "live_streaming",
                    )
                ],
                [_b("B", "I've set up the monthly gift, can you confirm the reference?")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "A supervised video call is arranged for 15 May, 9am Manila / 2am UK",
                        "live_streaming",
                    )
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "We never permit sponsors to contact families directly or send money outside the programme",
                    )
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b("B", "Could you send a recent photo?", "image_request"),
                    _b("A", "The term photo will be sent in July"),
                ],
            ),
        ),
    ]
    return Script(plan, _pool(A=FORMAL, B=ADULT), styles={"A": "plain"}, lead=False)


# --- the five new kinds of this set ------------------------------------------------------------


def _k_surprise_party(rng: random.Random) -> Script:
    who, age = rng.choice(
        [("Dad", "50th"), ("Mum", "40th"), ("Grandad", "70th"), ("Auntie Pat", "60th")]
    )
    plan: list[PlanItem] = [
        [
            _b("A", f"Right, {who}'s {age}: nobody breathes a word, it's a surprise", "secrecy"),
            _b("C", "🤐"),
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Send me any pics of them when they were 12 or so for the slideshow",
                        "image_request",
                        "age",
                    )
                ],
                [
                    _b(
                        "D",
                        "I've got loads of school photos, want me to scan them?",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "£20 each for the cake and banner by Friday to my Monzo please",
                        "sextortion",
                    )
                ],
                [_b("C", "I'll transfer my share tonight, same account as the barbecue?")],
            ),
            _one(
                rng,
                [_b("A", "Meet at the Crown at 7, they arrive at 7:30", "meeting")],
                [_b("D", "Can someone give Nan a lift? She'll need picking up at 6:45", "meeting")],
            ),
            _maybe(
                rng,
                0.7,
                [
                    _b(
                        "C",
                        "Delete this chat before Saturday in case they see your phone",
                        "deletion",
                    )
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "D",
                        "Is Mum home? Don't let her see the banner in the boot",
                        "supervision",
                        "secrecy",
                    )
                ],
            ),
            _maybe(rng, 0.4, [_b("A", "If anyone spoils it I'm posting that karaoke video 😂")]),
        ),
    ]
    return Script(plan, _pool(A=FAMILY, C=FAMILY, D=FAMILY), lead=False)


def _k_driving_lessons(rng: random.Random) -> Script:
    surname = rng.choice(_SURNAMES)
    plan: list[PlanItem] = [
        _one(
            rng,
            [
                _b(
                    "A",
                    "Hi, it's Gary, your driving instructor. I'll pick you up outside school at 3:40 Tuesday",
                    "meeting",
                ),
                _b("B", "ok great"),
            ],
            [
                _b("B", "hi can we do the lesson from my house instead? 5pm"),
                _b("A", "No problem, I'll pick you up at 5", "meeting"),
            ],
        ),
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Have you turned 17 yet? I need a photo of your provisional licence",
                        "age",
                        "image_request",
                    )
                ],
                [_b("B", "i turned 17 on monday!! finally", "age")],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Block of 10 lessons is £320, bank transfer ref DRIVE-{surname} by Monday please",
                        "sextortion",
                    )
                ],
                [
                    _b("C", "Hi Gary, her dad here. I'll pay the block tonight, what reference?"),
                    _b("A", f"DRIVE-{surname}, thanks"),
                ],
            ),
            _maybe(rng, 0.6, [_b("A", "Don't tell your dad about the kerb 😂", "secrecy")]),
            _maybe(
                rng,
                0.5,
                [
                    _b("A", "Is anyone at home to sign the form for the mock test?", "supervision"),
                    _b("B", "mum's in after 6", "supervision"),
                ],
            ),
            _maybe(rng, 0.4, [_b("B", "mum says she can take me practising on sundays")]),
        ),
    ]
    return Script(
        plan,
        _pool(A=ADULT, B=TEEN),
        names={"A": ("Gary (instructor)", "Instructor Bev", "Sandeep Driving School")},
    )


def _k_remote_exam(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [
            _b("A", "Welcome to your proctored exam. I'll run the checks before you start."),
            _b("B", "hi, ready"),
        ],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Please turn your camera on and show a full view of the room",
                        "image_request",
                    )
                ],
                [
                    _b(
                        "A",
                        "Slowly pan your webcam around the room and under the desk",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b("A", "Is anyone else in the room with you?", "supervision"),
                    _b("B", "no, my parents are out", "supervision"),
                ],
                [
                    _b(
                        "A",
                        "Nobody may enter the room during the exam. Please close the door",
                        "supervision",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "Hold your photo ID up to the camera", "image_request")],
                [_b("A", "Please show both sides of your student card", "image_request")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b("B", "I'm 16, does my parent need to consent?", "age"),
                    _b("A", "Your centre already has consent on file"),
                ],
            ),
            _maybe(
                rng,
                0.5,
                [
                    _b(
                        "A",
                        "Reminder: the resit fee of $150 must be paid by 23:59 Friday or the booking is cancelled",
                        "sextortion",
                    )
                ],
            ),
            _maybe(
                rng,
                0.5,
                [_b("A", "Your exam starts at 14:00 UTC, 9am your time", "live_streaming")],
            ),
        ),
    ]
    proctor = (
        "Thank you.",
        "One moment please.",
        "Checks complete.",
        "Please stay in view of the camera.",
        "Understood.",
    )
    return Script(
        plan,
        _pool(A=proctor, B=("ok", "sure", "done", "one sec", "yes", "sorry")),
        styles={"A": "plain"},
        names={"A": ("Proctor", "Proctor (Aisha)", "Exam support")},
        lead=False,
        longest=36,
    )


def _k_house_sitting(rng: random.Random) -> Script:
    city = rng.choice(["Brisbane", "Vancouver", "Lisbon", "Cape Town"])
    plan: list[PlanItem] = [
        [_b("A", "Thanks so much for house-sitting! We're away 12 to 26 July")],
        *_mixed(
            rng,
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Nobody else will be home, the neighbours know you're coming",
                        "supervision",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        "Send us a pic of Biscuit every day or the kids will riot",
                        "image_request",
                    )
                ],
                [
                    _b(
                        "A",
                        "Could you send a photo of the meter reading on the 20th?",
                        "image_request",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "A",
                        f"Video call Sunday at 9am your time, 6pm here in {city}?",
                        "live_streaming",
                    )
                ],
                [_b("B", f"What time works for a call, you're in {city} right?", "live_streaming")],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "A",
                        "Please don't tell anyone on the street we're away, there've been break-ins",
                        "secrecy",
                    )
                ],
            ),
            _maybe(
                rng, 0.5, [_b("A", "Key is in the lockbox by the shed, code on the fridge note")]
            ),
            _maybe(
                rng, 0.4, [_b("A", "Our two are 8 and 11 and want to say hi on the call", "age")]
            ),
        ),
    ]
    return Script(plan, _pool(A=ADULT, B=ADULT), lead=False)


def _k_writers_group(rng: random.Random) -> Script:
    plan: list[PlanItem] = [
        [_b("A", "Thanks for the chapters. Notes before Thursday's session:")],
        *_mixed(
            rng,
            _one(
                rng,
                [
                    _b(
                        "A",
                        "In chapter 3 the blackmailer texts 'ten grand by Friday or your wife sees the photos'. Brilliant line",
                        "sextortion",
                    )
                ],
                [
                    _b(
                        "C",
                        "The villain's demand scene: 'pay by midnight or it goes to the press'. Too cartoonish?",
                        "sextortion",
                    )
                ],
            ),
            _one(
                rng,
                [
                    _b(
                        "D",
                        "The kidnapper telling the kid 'don't tell your mum' felt chilling",
                        "secrecy",
                    )
                ],
                [
                    _b(
                        "A",
                        "When he says 'delete these messages' the reader knows he's guilty",
                        "deletion",
                    )
                ],
            ),
            _maybe(
                rng,
                0.6,
                [
                    _b(
                        "C",
                        "The girl is 14 in the book, should she be older for the plot to work?",
                        "age",
                    )
                ],
            ),
            _one(
                rng,
                [_b("A", "Library, Thursday 7pm as usual", "meeting")],
                [_b("D", "Can we meet at the café instead of the library? 7pm", "meeting")],
            ),
            _maybe(rng, 0.4, [_b("D", "Submission deadline for the anthology is Sunday midnight")]),
        ),
    ]
    return Script(plan, _pool(A=ADULT, C=ADULT, D=ADULT), lead=False)


BENIGN_SCRIPTS: dict[str, Callable[[random.Random], Script]] = {
    "parent_home": _k_parent_home,
    "class_trip": _k_class_trip,
    "friends_secret": _k_friends_secret,
    "marketplace": _k_marketplace,
    "dating_adults": _k_dating_adults,
    "gamers": _k_gamers,
    "grandparent_call": _k_grandparent_call,
    "tutoring": _k_tutoring,
    "family_remittance": _k_family_remittance,
    "safety_talk": _k_safety_talk,
    "sports_club": _k_sports_club,
    "flatmate_debt": _k_flatmate_debt,
    "babysitting": _k_babysitting,
    "coach_lift": _k_coach_lift,
    "news_story": _k_news_story,
    "safety_quiz": _k_safety_quiz,
    "streamer_sponsor": _k_streamer_sponsor,
    "landlord_rent": _k_landlord_rent,
    "guild_fundraiser": _k_guild_fundraiser,
    "youth_trip": _k_youth_trip,
    "helpline_report": _k_helpline_report,
    "portrait_session": _k_portrait_session,
    "esports_travel": _k_esports_travel,
    "pen_pals": _k_pen_pals,
    "scout_camp": _k_scout_camp,
    "new_number_scam": _k_new_number_scam,
    "talent_audition": _k_talent_audition,
    "visa_fee": _k_visa_fee,
    "esafety_followup": _k_esafety_followup,
    "debt_reminder": _k_debt_reminder,
    "group_project": _k_group_project,
    "choir_trip": _k_choir_trip,
    "account_recovery": _k_account_recovery,
    "screen_time_rules": _k_screen_time_rules,
    "shift_rota": _k_shift_rota,
    "birthday_remittance": _k_birthday_remittance,
    "photo_club": _k_photo_club,
    "custody_calls": _k_custody_calls,
    "child_sponsorship": _k_child_sponsorship,
    "surprise_party": _k_surprise_party,
    "driving_lessons": _k_driving_lessons,
    "remote_exam": _k_remote_exam,
    "house_sitting": _k_house_sitting,
    "writers_group": _k_writers_group,
}


# --- the set ----------------------------------------------------------------------------------


def build_blind7(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The seventh blind set: ``risky_per_category`` of each category, scenarios drawn in turn,
    and ``benign_per_kind`` of every benign kind, in the order of their shuffled sources."""
    jobs: list[tuple[str, str, Callable[[random.Random], Script]]] = []
    for category in RISKY_CATEGORIES:
        scenarios = SCENARIOS[category]
        for n in range(risky_per_category):
            name, script = scenarios[n % len(scenarios)]
            jobs.append((category, f"{category}/{name}", script))
    for kind in BLIND7_BENIGN_KINDS:
        jobs.extend(("benign", kind, BENIGN_SCRIPTS[kind]) for _ in range(benign_per_kind))
    numbers = list(range(1, len(jobs) + 1))
    random.Random(f"blind7:{seed}:sources").shuffle(numbers)
    drawn: Counter[str] = Counter()
    out: list[LabelledConversation] = []
    for (label, kind, script), number in zip(jobs, numbers, strict=True):
        drawn[kind] += 1
        rng = random.Random(f"blind7:{seed}:{kind}:{drawn[kind]}")
        out.append(_render(script(rng), rng, label, kind, f"blind7/chat-{number:04d}.json"))
    out.sort(key=lambda item: item.conversation.source)
    return out
