# ruff: noqa: E501
"""A ninth blind test set for chat-risk ranking, written without reading the rules, the other
sets' scripts or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), ``cairn/model/chat.py`` and
``evaluation/metrics.py``. From the other sets only these were read: ``Beat``, ``_b``,
``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in ``dataset.py`` (the ``sed`` that
showed them also showed the end of ``__all__``, the comment above ``Beat``, the first lines of
``SMALL_TALK``, ``small_talk``, ``_pick``, the first two lines of a grooming script and about
twenty lines of the renderer; none was reused, and ``NAMES`` is not used either: the names here
are this module's own); the module docstrings of ``blind.py`` to ``blind8.py`` (for the
labelling conventions and the one-line descriptions of the benign kinds); the constants
``FAMILY_NAMES``, ``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS``, ``FIFTH_BENIGN_KINDS``, ``SIXTH_BENIGN_KINDS``,
``SEVENTH_BENIGN_KINDS`` and ``EIGHTH_BENIGN_KINDS`` (with the ``BLIND*_BENIGN_KINDS``,
``FORMAT`` and length constants, and a comment line and two type aliases of ``blind.py``, next
to them; not followed); the
signature of ``formats.base.conversation_id`` (its first lines showed with it); the ruff and
mypy settings in pyproject.toml; and ``tests/chats/test_chat_blind_sets_shape.py``, where this
set's entry and two shape checks of its own were added. Not read: the rule code
(``indicators.py``, ``assess.py``, ``normalise.py``, ``paraphrases.py``, ``composed.py``,
``learned.py`` and its weights, ``identifiers.py`` and the rest of ``cairn/chats`` outside the
files named), the scripts of the earlier sets, docs/chats.md, the other chat tests and the
project's history (only ``git status --short``, which gives file names, was run). The scorer
was never run on this set and no score was looked at; only the shape tests were run. Every line
is this module's own; the reference's example phrases were avoided in risky lines (its
situations were followed, not its wording; a check for them was run over the built risky
conversations) and appear, if at all, in benign conversations that quote them.

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind:
every kind of ``BENIGN_KINDS``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS``, ``FIFTH_BENIGN_KINDS``, ``SIXTH_BENIGN_KINDS``,
``SEVENTH_BENIGN_KINDS`` and ``EIGHTH_BENIGN_KINDS``, written afresh from the kind's name and
its one-line description, plus five new kinds (``NINTH_BENIGN_KINDS``): a stranger who found a
15-year-old's phone on a bus and returns it, with "send a pic of the lock screen", "are your
parents home? I'd rather hand it to an adult", a meeting at a police station and the mum's
£20 reward (``found_phone_return``); an office or family Secret Santa with "don't tell anyone
who you got", "delete the DM once you've read it", a 7-year-old and a 13-year-old niece, a
wishlist photo, a pub at 7 and £5 each by Monday (``secret_santa``); parents renewing a
7-year-old's passport, with a photo against a white wall, a fee by Thursday, an appointment
and "don't tell her about the trip yet" (``passport_renewal``); a diaspora family raising a
relative's hospital bill in Manila, with a remittance reference and control number, a photo
of the statement, a video call at 7pm Manila / noon London and a 10-year-old grandson
(``medical_crowdfund``); and friends' fantasy football league, with "£20 by Friday or you're
out", a joking threat to post someone's old picks in the family chat, a payment screenshot
and a draft night at the pub (``fantasy_league_fees``). Risky scenarios (``kind`` is
``category/scenario``, ten per category, drawn in turn): grooming by an adult "coach" on an
online chess site (US English), another swimmer's dad known offline whom the girl refuses and
reports to her mum (UK English), a "producer" offering free beats and a studio visit (Nigerian
English and Pidgin, some voice notes), a game maker paying a 10 to 12-year-old "tester" in game
credit (Vietnamese first language), a convention photographer offering a free shoot (Canadian
English), a wrong-number text that turns into an "uncle" chatting (Indian English), a
marketplace "buyer" of a child's football boots who writes only three or four lines before the
child's dad steps in (Scottish and UK English), an adult posing as a 16-year-old peer
supporter on a teen forum over several days (Irish English), an adult at a riding stables
known offline (Scottish English), and an adult offering a modded game account whose target's
older sister takes over the chat (Jamaican English); sextortion by a fake college recruiter
with Cash App and a midnight deadline, with the threat only implied and Steam cards asked as a
"favour", staged over four or five days with a rising bitcoin price, by a second account that
makes a group of the teenager's contacts, in broken English for Apple cards, after a payment
already made with the demand raised (US or Kenyan English), refused by a teenager who has told
his head of year, by an extorter who writes only three lines while the teenager pleads, with a
picture edited from a school photo (Welsh English), and for more pictures rather than money
with a threat to a church youth group (Filipino English and Taglish); and the chat side of paid
live-streams of children: help after a typhoon tied to a call, a Brazilian facilitator
(Portuguese first language) with Pix payments under a false description and split to avoid
the bank's notice, a weekly roster across time zones with a cousin's name and a control
number days later, a new customer's age and presence checks before paying, a regular customer
who writes only three lines, a customer who moves a child's English lessons off a tutoring
platform, a mother's voice notes about a clinic bill, a 15-year-old who refuses and tells her
teacher, a facilitator and a cousin collecting several senders' remittances, and a customer
(German first language) moving payments to crypto and planning a visit. Children refuse,
stall or tell an adult in several of them. Registers: UK, US, Canadian, Irish, Scottish,
Welsh, Nigerian, Kenyan, Indian, Filipino and Jamaican English, formal, teen and gamer slang,
non-native English (Vietnamese, Portuguese, German and West African speakers), typos, texting
abbreviations, emoji, all lower case and voice-note transcripts; each speaker also gets a
style applied to every line they write (no emoji for a child under threat). Stages are
shuffled where the reference says they are not sequential; small talk that fits the setting
(after a sextortion turn: the extorter pressing and the teenager stalling) sits between the
steps so cues are a minority; lengths run from 10 to 80 messages; some conversations have gaps
of hours or days. Images are only referred to ("[photo]", "the pic"). Everything is synthetic
and non-explicit: risk indicators only, no sexual content, no description of abuse. Phone
numbers are in the fictional 07700 900xxx range, emails use example.org, and the one bitcoin
address is BIP-173's public test vector. Sources (``blind9/chat-NNNN.json``) are numbered in a
shuffled order and titles are the participants' names, so neither gives the label away.

**Labels** follow the conventions of the earlier docstrings, line by line *as written*,
whatever the conversation is. ``label`` is the conversation's truth (a category or ``benign``);
``kind`` is ``category/scenario`` for risky conversations and the benign kind otherwise. A
payment demand with a deadline or payment instructions, a threat to expose someone, and a
claim to hold (or to have made) a picture or recording of someone, is ``sextortion`` (a
passport fee "by Thursday", a league fee "or you're out" and a quoted ransom note too);
scheduling a video call across time zones, a payment by remittance, transfer or e-wallet with
a reference or control number, and the offer or price of a "show", or a mention of the
children being there or ready for one, is ``live_streaming``; a request to turn a camera on,
for a video call or for a photo of anything (a lock screen, a fee page, the back of a card) is
``image_request``, while a voice call or a voice note is not; a cue quoted in a warning, a
quiz, a news story, a helpline report, an assembly letter or a novel is marked too. A
statement that a particular person is a minor's age or school year (then or now), naming a
child's school, and asking someone's age or school are ``age``, and so is an adult playing
down an age gap or a persona claiming to be 16; adults stating adult ages, notices to a whole
age group, age rules ("13+") and a pet's age are not. A child saying nobody is at home, or
asking or answering who is around to see, is ``supervision``; giving one's handle or number
for another app, or asking someone to move to one, is ``platform_move``; money or gifts
offered or asked for as help is ``gifts_money``; flattery, driving a wedge between a child and
others, and drawing a child into a private server, is ``trust_isolation``; keeping something
from others is ``secrecy`` and asking for a chat or a picture to be deleted is ``deletion``
(asking to keep it is not); a place and time to meet, or a lift, or an offer to stay with a
family, is ``meeting``. A scripted line drawn twice in one conversation is kept once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
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
from cairn.chats.evaluation.dataset import BENIGN_KINDS, Beat, LabelledConversation, _b
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "BLIND9_BENIGN_KINDS",
    "NINTH_BENIGN_KINDS",
    "SEED",
    "build_blind9",
]

SEED = 99_009
FORMAT = "synthetic"
MIN_MESSAGES = 10
MAX_MESSAGES = 80

NINTH_BENIGN_KINDS = (
    "found_phone_return",
    "secret_santa",
    "passport_renewal",
    "medical_crowdfund",
    "fantasy_league_fees",
)
BLIND9_BENIGN_KINDS = (
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
)

# --- the script notation ---------------------------------------------------------------------
#
# A block is written as lines "S: text | family family" (S is a role: A the other party or
# adult, B the possible child or the counterpart, C, D, E further people). "~h" and "~d" are
# gaps of hours and of days; "@name" switches the small-talk pool used after that block.
# Blocks stay together; small talk is only put between blocks.

Block = list[Beat]
GAP_HOURS = "~h"
GAP_DAYS = "~d"
POOL = "@"
_FAMILIES = frozenset(FAMILY_NAMES)


def _p(text: str) -> Block:
    """Parse one block of the script notation."""
    block: Block = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line in (GAP_HOURS, GAP_DAYS):
            block.append((line, "", frozenset()))
            continue
        if line.startswith(POOL):
            block.append((POOL, line[1:].strip(), frozenset()))
            continue
        speaker, sep, rest = line.partition(": ")
        if not sep or not speaker.isalpha() or len(speaker) != 1:
            raise ValueError(f"bad script line: {line!r}")
        words, _bar, families = rest.partition(" | ")
        names = families.split()
        unknown = set(names) - _FAMILIES
        if unknown:
            raise ValueError(f"unknown family {unknown} in {line!r}")
        block.append(_b(speaker, words.strip(), *names))
    if not block:
        raise ValueError("empty block")
    return block


def _one(r: random.Random, *options: str) -> Block:
    """One of several ways of writing the same step."""
    return _p(r.choice(options))


def _maybe(r: random.Random, chance: float, *options: str) -> list[Block]:
    """A step that is there only sometimes."""
    return [_p(r.choice(options))] if r.random() < chance else []


def _mixed(r: random.Random, *steps: Block | list[Block]) -> list[Block]:
    """Steps that come in any order (stages are not sequential)."""
    flat: list[Block] = []
    for step in steps:
        if not step:
            continue
        if isinstance(step[0], list):
            flat.extend(step)
        else:
            flat.append(step)
    r.shuffle(flat)
    return flat


def _some(r: random.Random, low: int, *steps: Block) -> list[Block]:
    """At least ``low`` of the steps, in the order given."""
    keep = sorted(r.sample(range(len(steps)), r.randint(min(low, len(steps)), len(steps))))
    return [steps[i] for i in keep]


def _gap(r: random.Random, days: float = 0.5) -> list[Block]:
    return [_p(GAP_DAYS if r.random() < days else GAP_HOURS)]


def _pool(name: str) -> Block:
    return [(POOL, name, frozenset())]


@dataclass
class Plan:
    """A conversation before rendering: its blocks, the small-talk pools to draw from, name
    pools and writing styles by role, and roles that must get no small talk (a risky party
    who writes only a few lines)."""

    blocks: list[Block]
    talk: tuple[str, ...]
    names: dict[str, Sequence[str]] = field(default_factory=dict)
    styles: dict[str, Sequence[str]] = field(default_factory=dict)
    quiet: frozenset[str] = frozenset()
    roles: str = "AB"
    cold_open: bool = True
    longest: int = MAX_MESSAGES
    shortest: int = MIN_MESSAGES


Script = Callable[[random.Random], Plan]


# --- writing styles --------------------------------------------------------------------------

STYLES = ("plain", "lower", "abbr", "typo", "emoji", "lower_emoji")
FORMAL = ("plain", "typo")
NEAT = ("plain", "lower", "typo")
CALM = ("plain", "lower", "abbr", "typo")  # no emoji: a child under threat
_ABBREVIATIONS = (
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\btomorrow\b", "tmrw"),
    (r"\bbecause\b", "cos"),
    (r"\btonight\b", "2nite"),
    (r"\bpeople\b", "ppl"),
    (r"\bI'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bokay\b", "ok"),
    (r"\bto be honest\b", "tbh"),
    (r"\bby the way\b", "btw"),
    (r"\bsomething\b", "smth"),
    (r"\bbefore\b", "b4"),
    (r"\bright now\b", "rn"),
)
_EMOJI = ("😂", "🙏", "👍", "😅", "🙂", "❤️", "😭", "🔥", "👀", "🤣", "😬", "✨", "🙌", "😊")


def _typo(text: str, r: random.Random) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots or r.random() < 0.55:
        return text
    i = r.choice(spots)
    w = words[i]
    j = r.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _styled(text: str, style: str, r: random.Random) -> str:
    if style in ("lower", "lower_emoji"):
        text = text.lower().rstrip(".")
    if style == "abbr":
        for pattern, short in _ABBREVIATIONS:
            text = re.sub(pattern, short, text, flags=re.IGNORECASE)
    if style == "typo":
        text = _typo(text, r)
    if style in ("emoji", "lower_emoji") and r.random() < 0.3:
        text = f"{text} {r.choice(_EMOJI)}"
    return text


# --- names -----------------------------------------------------------------------------------

PEOPLE = (
    "Aoife",
    "Chidi",
    "Mwangi",
    "Siobhan",
    "Rhys",
    "Tolu",
    "Priyanka",
    "Marisol",
    "Kwame",
    "Ewan",
    "Jessa",
    "Paolo",
    "Hannah",
    "Dev",
    "Yusuf",
    "Imani",
    "Callum",
    "Nneka",
    "Bronagh",
    "Arjun",
    "Lerato",
    "Mateo",
    "Grace",
    "Wanjiru",
    "Fergus",
    "Ronan",
    "Tamsin",
    "Kofi",
    "Leilani",
    "Bea",
    "Obinna",
    "Sunita",
    "Declan",
    "Maya",
    "Zainab",
    "Oskar",
    "Kayla",
    "Tyrese",
    "Mei",
    "Ines",
    "Amara",
    "Hamish",
    "Joy",
    "Emeka",
    "Rosalind",
    "Nikhil",
    "Shanice",
    "Kieran",
)

FACILITATORS = (
    "Marites",
    "Jocelyn",
    "Rowena",
    "Analyn",
    "Mylene",
    "Rodel",
    "Cherry",
    "Maricel",
    "Nora",
)

# --- small talk ------------------------------------------------------------------------------
#
# Exchanges of neutral lines that suit a setting; none carries a cue.

TALK: dict[str, tuple[str, ...]] = {
    "kid": (
        "A: you do any sport?\nB: football on saturdays",
        "B: my mum made lasagne\nA: nice",
        "A: whats your fav subject\nB: art i guess\nA: cool",
        "B: we got a new teacher for science\nA: any good?\nB: shes strict",
        "A: you get much homework tonight\nB: a worksheet and reading",
        "B: its so cold today\nA: proper freezing",
        "A: did you see the snow forecast\nB: hope school closes lol",
        "B: sorry my wifi died\nA: np",
        "A: what games are you into\nB: mostly minecraft and fifa",
        "B: i'm watching a cooking show with my gran\nA: which one",
        "A: ha\nB: 😂",
        "B: we had a fire drill today\nA: in the rain?\nB: yep",
        "A: whats your dogs name\nB: biscuit",
        "B: i have a dentist appointment tomorrow\nA: good luck",
        "A: how was school today\nB: boring. double maths",
        "B: brb dinner\nA: no worries",
        "A: did you finish that level\nB: nearly, the boss keeps one-shotting me",
        "B: its raining so hard here\nA: same here, grim",
        "A: what you listening to rn\nB: the new album, on repeat",
        "B: my dog just stole my sock lol\nA: haha what breed is he\nB: a beagle, hes a menace",
        "A: good weekend?\nB: went to my cousins, it was ok",
        "B: sorry was doing homework\nA: whats the subject\nB: geography, rivers and stuff",
        "A: lol\nB: ikr",
        "B: i hate mondays\nA: everyone does",
        "A: you watch the match?\nB: only the second half",
        "B: gtg charge my phone\nA: ok",
        "A: what did you have for tea\nB: pasta again",
        "B: my brother is so annoying today\nA: what did he do\nB: ate my crisps",
        "A: seen that new film?\nB: not yet, my friend said it was mid",
        "B: i got a B on my science test\nA: nice one",
    ),
    "gaming": (
        "A: you on later?\nB: maybe after homework",
        "B: that update broke everything\nA: classic",
        "A: try the new map\nB: its so big",
        "B: i got a legendary drop!!\nA: no way",
        "A: my ping is 200 rn\nB: unplayable",
        "B: whats your loadout\nA: shotgun and smg",
        "A: ranked or casual\nB: casual, im tired",
        "B: the event ends sunday\nA: gotta grind then",
        "A: afk 2 min\nB: k",
        "B: wp\nA: ty",
        "A: gg\nB: gg wp",
        "B: lag is insane tonight\nA: servers are cooked",
        "A: queue again?\nB: one more",
        "A: that last round was chaos\nB: the guy on the roof lol",
        "B: my controller is drifting again",
        "A: push mid\nB: omw",
        "B: did you see the patch notes\nA: they nerfed my main 😭",
        "A: what rank are you now\nB: gold 2, stuck",
        "B: brb mum wants the tv\nA: k",
        "A: nice clutch\nB: pure luck",
    ),
    "teen": (
        "A: whats the maths homework again\nB: page 47 all of it",
        "B: i'm so bored\nA: same",
        "A: did u hear the new song\nB: its on repeat",
        "B: my phone is on 3%\nA: lol charge it",
        "A: the canteen pizza was actually good today\nB: shocking",
        "B: netflix rec?\nA: the one about the heist",
        "A: ugh mondays\nB: dont",
        "B: did u get the bus ok\nA: just made it",
        "A: whos in ur science group\nB: no one i like",
        "B: haha\nA: 💀",
        "A: the test was so hard\nB: i guessed half",
        "B: my cat knocked my drink over\nA: 😭",
        "A: did u do the english essay\nB: half of it lol",
        "B: omg the new episode\nA: no spoilers!!",
        "A: im so tired\nB: same, went to bed at 2",
        "B: whats the plan for saturday\nA: cinema maybe",
        "A: lmaooo\nB: stoppp",
        "B: my mum made me clean my room\nA: rip",
        "A: are u going to the match\nB: probs",
        "B: i need new trainers\nA: the ones in the sale are nice",
        "A: did u see what she posted\nB: yeah so cringe",
        "B: 😂😂\nA: im crying",
    ),
    "press": (
        "B: please wait\nA: i'm waiting",
        "A: still there?\nB: yes",
        "B: i need time\nA: you don't have much",
        "A: talk\nB: i'm trying",
        "B: my hands are shaking",
        "A: don't ignore me\nB: i'm not",
        "B: can we just stop this\nA: you know how",
        "A: hello???",
        "B: i'm in my room",
        "A: answer fast",
        "A: ??\nB: wait",
        "A: answer me\nB: im thinking",
        "B: my mum is calling me for dinner\nA: be quick",
        "A: hello\nB: i'm here",
        "B: i dont know what to do\nA: yes you do",
        "B: please just leave me alone",
        "A: why are you quiet now",
        "B: give me a minute",
        "A: stop wasting my time\nB: im not",
        "B: i feel sick",
        "A: are you there",
        "B: why are you doing this",
    ),
    "press_b": (
        "B: hello?",
        "B: i'm trying to find money",
        "B: i cant breathe",
        "B: can we talk about this",
        "B: i'll block you",
        "B: i didnt mean to send it",
        "B: please",
        "B: who is this",
        "B: i dont understand",
        "B: why are you doing this",
        "B: please reply",
        "B: i'm not rich",
        "B: i'll do anything just wait",
        "B: are you still there",
        "B: i cant think",
        "B: please answer",
        "B: im so sorry",
    ),
    "family": (
        "A: anyone need anything from the shop\nB: milk",
        "C: the cat's been sick again\nA: oh no",
        "B: happy birthday to our Gerry!!\nC: 🎂🎉",
        "A: church at 10 tomorrow\nB: see you there",
        "C: my knee's playing up\nA: rest it",
        "B: did anyone tape that documentary\nC: it's on catch-up",
        "A: photos from the wedding are lovely\nB: 😍",
        "C: power cut here\nB: oh no, all day?",
        "A: remember the bins go out tonight",
        "B: who took my umbrella\nC: not me",
        "A: dinner was gorgeous, thanks\nC: any time",
        "B: rain again\nA: typical",
        "C: safe travels everyone",
        "A: what time's mass\nC: 11",
        "A: did anyone record the match\nB: i did",
        "B: kettle's on\nC: perfect timing",
        "C: traffic is mental on the ring road",
        "A: happy Friday all\nB: 🙌",
        "B: the wifi is down again\nA: turn it off and on",
        "C: mum says hi to everyone",
        "A: weather's turning, bring a coat",
        "B: has anyone seen the spare charger\nC: kitchen drawer",
        "A: what's for dinner\nB: stew",
        "C: 😂😂",
    ),
    "pair": (
        "A: that's brilliant\nB: I know!",
        "B: I'm just making a coffee\nA: make me one lol",
        "A: how was your weekend\nB: quiet, needed it",
        "B: sorry, the kids were shouting\nA: ha, no worries",
        "A: hope you're feeling better\nB: much better thanks",
        "B: did you get home ok last night\nA: yes, the train was fine",
        "A: that film was rubbish\nB: the ending though",
        "B: mad week\nA: tell me about it",
        "A: bin day tomorrow\nB: cheers for reminding me",
        "B: lovely weather finally\nA: make the most of it",
        "A: cheers\nB: 👍",
        "B: sorry, I'll reply properly later\nA: no rush",
        "A: just seen this sorry\nB: all good",
        "B: long day at work\nA: same here",
        "A: how's your week going\nB: busy but fine",
        "B: sorry, was on a call\nA: no rush",
        "A: weather's awful\nB: it's been raining all day here too",
        "B: did you see the game last night\nA: only the highlights",
        "A: thanks for that\nB: any time",
        "B: hang on, someone at the door\nA: ok",
        "A: lol\nB: 😂",
        "B: the traffic was terrible\nA: always is on a Monday",
        "A: how's the family\nB: all good, thanks",
        "B: just got back from the shops\nA: anything good",
    ),
    "biz": (
        "A: I hope you're keeping well.\nB: Yes thanks, you too.",
        "B: Apologies, I was in a meeting.\nA: Not at all.",
        "A: Please bear with me a moment.",
        "B: Thanks for getting back to me so quickly.\nA: You're welcome.",
        "A: I've noted that on your file.\nB: Thank you.",
        "B: Is the office open on Saturday?\nA: 9 till 1.",
        "A: Just to confirm, that's all correct?\nB: Yes, that's right.",
        "B: Have a good afternoon.\nA: You too.",
        "A: Our systems are slow today, sorry.",
        "B: Much appreciated.",
        "A: Thank you for your patience.\nB: No problem.",
        "B: Sorry, one moment.\nA: Of course.",
        "A: I'll just check that for you.\nB: Thanks.",
        "B: The signal is poor here, sorry if I drop out.\nA: That's fine.",
        "A: Is there anything else I can help with today?\nB: I think that's all for now.",
        "B: Great, thank you.",
        "A: Apologies for the delay in replying.\nB: No worries.",
        "B: Could you repeat that?\nA: Certainly.",
    ),
    "group": (
        "C: sorry who's this number?\nD: it's Jen, new phone",
        "B: thanks for organising\nA: no problem",
        "D: 👍👍",
        "C: is it still on if it rains?\nA: yes, rain or shine",
        "B: muted this by accident, catching up now",
        "D: what did I miss",
        "C: brilliant, thanks",
        "A: reminder for those who missed it",
        "B: love this group 😂",
        "D: can't make it this week sorry",
        "C: running late, go ahead without me",
        "B: where's the car park?\nC: round the back",
        "A: any questions just shout",
        "D: ok",
        "C: 👍\nD: same",
        "B: thanks!",
        "C: can someone remind me which day\nD: it's in the pinned message",
        "D: sorry late to this",
        "A: thanks all\nC: 🙏",
        "D: lol",
        "B: noted\nC: noted",
        "C: who's bringing snacks\nD: not me this time",
        "D: my phone died earlier sorry",
        "B: 😂",
    ),
    "chess": (
        "A: want a rematch?\nB: after dinner",
        "B: the sicilian is so confusing\nA: stick with e4 e5 for now",
        "A: blitz or rapid?\nB: rapid, i blunder in blitz",
        "B: i hit 950 today!\nA: nice climb",
        "A: see the championship game yesterday?\nB: only the end",
        "B: i keep losing on time\nA: play the opening faster",
    ),
    "helpline": (
        "A: Take your time, I'm here.",
        "B: sorry my hands are shaking\nA: That's ok. Take a breath.",
        "B: will i get in trouble?\nA: No. You're the one being wronged here.",
        "A: Are you somewhere safe right now?\nB: yes in my room",
        "B: ok",
        "A: You're doing really well.\nB: thank you",
        "A: Would you like me to explain what happens next?\nB: yes please",
        "B: sorry i keep typing and deleting\nA: That's completely fine.",
        "A: Is it ok if I ask a few more questions?\nB: yeah",
        "B: i feel so stupid\nA: You're not. This happens to a lot of people.",
    ),
    "errand": (
        "A: I'm still on the bus, off in 10\nB: ok thank you so much",
        "B: is the screen cracked?\nA: No, it looks fine",
        "A: The battery's nearly dead by the way\nB: oh no",
        "B: thank you so much honestly\nA: No problem at all",
        "A: Someone keeps ringing it, I haven't answered\nB: that's probably my friend",
        "B: sorry this phone is so slow",
        "A: Running 5 minutes late\nB: ok",
        "B: it's got a blue case with stickers\nA: Yep, that's the one",
        "A: Glad it's found its owner\nB: me too lol",
    ),
    "ls": (
        "A: any news there?\nB: same same sir",
        "B: the baby is teething, no sleep\nA: poor thing",
        "A: how's the fishing\nB: not so many fish now",
        "B: fiesta in our barangay next week\nA: sounds fun",
        "A: I'm tired from work\nB: rest sir",
        "B: we have new puppy\nA: ha, nice",
        "A: weather is cold here\nB: I wish cold here",
        "B: load is finished, I bought more\nA: ok",
        "A: did you go to the market\nB: yes, fish is expensive now",
        "B: my brother got work in Manila\nA: good for him",
        "A: ok\nB: ok sir",
        "B: sorry sir I fell asleep\nA: no problem",
        "A: how is the weather there\nB: so hot today",
        "B: brownout again this afternoon\nA: that's annoying",
        "A: did you eat already?\nB: yes rice and fish",
        "B: signal is weak, I'm outside\nA: ok",
        "B: sorry late reply, church\nA: no problem",
        "A: busy week at work here\nB: you always busy",
        "B: my sister's baby is so cute\nA: lovely",
        "A: how's your mother\nB: better now, thank you",
        "B: rain rain rain here\nA: same here actually",
        "A: did the power come back\nB: yes at 9",
    ),
    "ls_b": (
        "B: hello sir",
        "B: brownout here again",
        "B: the kids are at school now",
        "B: we are ok here sir",
        "B: sorry sir i was at the market",
        "B: thank you for always helping us",
        "B: good evening",
        "B: are you there",
        "B: ok sir",
        "B: sorry slow signal",
        "B: i will wait",
        "B: thank you po",
        "B: its raining here",
        "B: let me know sir",
        "B: hope you are good",
    ),
    "seller_b": (
        "B: hi!",
        "B: can do collection or post",
        "B: they're the black and gold ones",
        "B: my mum says cash is best",
        "B: the studs are fine",
        "B: are you still interested?",
        "B: yes still for sale",
        "B: theyre a size 6",
        "B: worn about 3 times",
        "B: no rips or anything",
        "B: sorry was at practice",
        "B: they were a birthday present but too small",
        "B: i've still got the box",
        "B: hello?",
        "B: theres someone else interested too",
    ),
    "school": (
        "A: Please mute your mics unless you're speaking.",
        "C: can we have a break after\nA: After this section.",
        "D: i got 8 out of 10!\nB: same",
        "B: lol",
        "A: Hands up if you need more time.",
        "C: my brother is in your other class miss",
        "D: this is fun",
        "A: Last one coming up.",
        "C: is this for homework\nA: No, just in class today.",
        "D: miss my laptop froze\nA: Restart it, we'll wait.",
        "B: what page are we on\nC: 12",
        "A: Two more minutes, everyone.",
        "D: 😂",
        "C: can we go first next time",
        "A: Good work so far.",
        "B: sorry my mic isnt working",
    ),
    "sport": (
        "C: is the match still on?\nA: yes, pitch inspected this morning",
        "D: who's doing oranges this week\nB: me",
        "B: any spare tickets for the final?",
        "A: kit wash rota is pinned",
        "C: well played lads",
        "D: ref was shocking 😂",
        "B: what a goal from the number 9",
        "A: thanks for the cakes, parents!",
        "C: what time is warm up\nA: 9:15 sharp",
        "D: has anyone got a spare shin pad",
        "B: great game yesterday!\nC: the keeper was amazing",
        "A: pitch is waterlogged, training on the astro instead",
        "D: 👍",
        "C: thanks coach",
        "B: running 5 mins late sorry",
        "A: well done all, proud of you",
    ),
}

_PARSED: dict[str, list[Block]] = {}


def _talk(name: str) -> list[Block]:
    if name not in _PARSED:
        _PARSED[name] = [_p(text) for text in TALK[name]]
    return _PARSED[name]


# --- rendering -------------------------------------------------------------------------------


def _render(
    plan: Plan, r: random.Random, label: str, kind: str, source: str
) -> LabelledConversation:
    # Flatten the blocks, dropping a scripted (labelled) line drawn twice; each block keeps
    # the small-talk pools in force after it.
    pools = plan.talk
    seen: set[str] = set()
    items: list[tuple[tuple[str, ...], Block]] = []
    for block in plan.blocks:
        kept: Block = []
        for beat in block:
            if beat[0] == POOL:
                pools = tuple(beat[1].split(","))
                continue
            if beat[2]:
                key = beat[1].lower()
                if key in seen:
                    continue
                seen.add(key)
            kept.append(beat)
        if kept:
            items.append((pools, kept))
    scripted = [b for _p2, block in items for b in block if b[0] not in (GAP_HOURS, GAP_DAYS)]
    labelled = sum(1 for b in scripted if b[2])
    roles = {b[0] for b in scripted} | set(plan.roles)
    talkers = roles - plan.quiet

    def fits(exchange: Block) -> bool:
        return {b[0] for b in exchange} <= talkers

    # No longer than the small talk on offer allows without repeating itself.
    offered = {name for names, _block in items for name in names} | set(plan.talk)
    capacity = sum(len(ex) for name in sorted(offered) for ex in _talk(name) if fits(ex))
    low = max(plan.shortest, len(scripted), 2 * labelled + 1)
    high = max(low, min(plan.longest, MAX_MESSAGES, len(scripted) + capacity))
    if low > min(plan.longest, MAX_MESSAGES):
        raise ValueError(f"{kind}: script too long ({len(scripted)} lines, {labelled} labelled)")
    spread = r.random()
    if spread < 0.3:
        total = r.randint(low, min(high, low + 4))
    elif spread < 0.75:
        total = r.randint(low, min(high, low + 18))
    else:
        total = r.randint(low, high)
    # Small talk between the blocks, from the pool in force at that point; an exchange is
    # used once in a conversation while the pool lasts.
    # Slot i comes before block i, with the pool in force after block i - 1; a cold open
    # has nothing before the first block.
    slots: list[list[Beat]] = [[] for _ in range(len(items) + 1)]
    used: set[int] = set()
    missing = total - len(scripted)
    first = 1 if plan.cold_open else 0
    while missing > 0:
        slot = r.randrange(first, len(slots))
        names = items[slot - 1][0] if slot else plan.talk
        choices = [ex for name in names for ex in _talk(name) if fits(ex)]
        if not choices:
            raise ValueError(f"{kind}: no small talk for roles {sorted(talkers)}")
        fresh = [ex for ex in choices if id(ex) not in used] or choices
        exchange = r.choice(fresh)
        used.add(id(exchange))
        slots[slot].extend(exchange[:missing])
        missing -= min(missing, len(exchange))
    lines: list[Beat] = []
    for position, (_names, block) in enumerate(items):
        lines.extend(slots[position])
        lines.extend(block)
    lines.extend(slots[-1])
    # Names and styles by role.
    cast: dict[str, str] = {}
    for role in sorted(roles):
        options = [n for n in plan.names.get(role, PEOPLE) if n not in cast.values()]
        cast[role] = r.choice(options)
    style = {role: r.choice(plan.styles.get(role, STYLES)) for role in sorted(roles)}
    clock = datetime(2023, 2, 1, tzinfo=UTC) + timedelta(seconds=r.randint(0, 800 * 86400))
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    pending = ""
    for speaker, text, marks in lines:
        if speaker in (GAP_HOURS, GAP_DAYS):
            pending = speaker
            continue
        if pending == GAP_DAYS:
            clock += timedelta(days=r.randint(1, 4), seconds=r.randint(600, 30000))
        elif pending == GAP_HOURS:
            clock += timedelta(hours=r.randint(2, 9), seconds=r.randint(0, 3000))
        elif r.random() < 0.08:
            clock += timedelta(seconds=r.randint(300, 2400))
        else:
            clock += timedelta(seconds=r.randint(4, 200))
        pending = ""
        index = len(messages)
        messages.append(
            Message(
                index=index,
                time_utc=clock,
                time_raw=clock.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=cast[speaker],
                text=_styled(text, style[speaker], r),
            )
        )
        if marks:
            families[index] = marks
    authors: list[str] = []
    for message in messages:
        if message.author not in authors:
            authors.append(message.author)
    participants = tuple(Participant(id=name, name=name) for name in authors)
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


# --- grooming --------------------------------------------------------------------------------


def _g_chess_coach(r: random.Random) -> Plan:
    # An adult "coach" on an online chess site (US English), a child of 11 to 13.
    age = r.choice(["11", "12", "13"])
    grade = {"11": "6th", "12": "7th", "13": "8th"}[age]
    steps = _mixed(
        r,
        _one(
            r,
            "A: I coach a handful of students for free when I spot real talent. Interested? | gifts_money trust_isolation\nB: wait really? ya",
            "A: I don't usually offer this but I'd coach you for free. Your tactics are way ahead of your rating | gifts_money trust_isolation",
        ),
        _one(
            r,
            "A: the site chat is clunky for lessons. got Discord? I'm knightowl_coach on there | platform_move",
            "A: easier to share boards on Discord, I'll send you a friend request, look for knightowl_coach | platform_move\nB: ok sent",
        ),
        _one(
            r,
            "A: do your folks keep an eye on your Discord? | supervision\nB: nah my mom doesnt even know what it is lol | supervision",
            "A: who else is on the computer when you play in the evenings? | supervision\nB: just me, my dad works nights | supervision",
        ),
        _one(
            r,
            "A: lets keep the lessons between the two of us for now. the kids at your club would be jealous I picked you | secrecy trust_isolation",
            "A: no need to mention the lessons at your chess club, the coach there might take it the wrong way | secrecy",
        ),
        *_some(
            r,
            2,
            _p(
                "A: I'll gift you a year of premium so you can do unlimited puzzles | gifts_money\nB: thats like 60 dollars?? thank you"
            ),
            _p(
                "A: send me a selfie so I can put a face to the name on my student list | image_request"
            ),
            _p(
                "A: there's a scholastic tournament at the downtown library on the 14th. I could drive you, pizza after | meeting\nB: i'd have to ask my mom\nA: or just tell her you're at a friend's, simpler | secrecy"
            ),
            _p(
                "A: honestly your school coach doesn't get how good you are. I do | trust_isolation"
            ),
            _p(
                "A: you free for a video lesson tonight? cam on so I can see your board | image_request"
            ),
        ),
    )
    blocks = [
        _one(
            r,
            "A: gg! that endgame was seriously sharp | trust_isolation\nB: thx lol it was luck",
            "A: nice game. you found the knight fork i was hoping nobody would see | trust_isolation\nB: haha thanks",
        ),
        _one(
            r,
            f"A: what grade are you in? you play like a high schooler | age trust_isolation\nB: {grade} grade, im {age} | age",
            f"A: you in middle school? | age\nB: ya {grade} grade | age",
        ),
        *steps,
        *_maybe(
            r,
            0.3,
            "B: my mom saw the discord request and said i have to ask her before adding people\nA: no worries, clear our messages so she doesn't worry for nothing | deletion",
        ),
    ]
    return Plan(
        blocks, ("chess", "kid"), names={"A": ("knightowl_coach", "CoachMarcusT", "Rook_and_Roll")}
    )


def _g_swim_parent(r: random.Random) -> Plan:
    # Another swimmer's dad, known offline (UK English); the girl refuses and tells her mum.
    blocks = [
        _one(
            r,
            "A: Hi, it's Gareth, Ollie's dad from the Tuesday squad. Saw your 100m fly time on the club page, brilliant swim | trust_isolation",
            "A: Hello! Ollie's dad here from swimming. You were flying at the county gala, best in the squad by miles | trust_isolation",
        ),
        _p("B: oh hi, thanks"),
        _one(
            r,
            "A: You're in year 9 with Ollie, aren't you? | age\nB: yeah year 9 | age",
            "A: Are you 14 now or still 13? | age\nB: 14 in april | age",
        ),
        *_mixed(
            r,
            _p(
                "A: Your mum always looks rushed on gala Saturdays. I could run you there and back, it's on my way | meeting\nB: it's ok mum takes me"
            ),
            _p("A: Maybe don't mention I messaged, she might think I'm interfering | secrecy"),
            _p("A: Is she working late tonight again? | supervision\nB: why?"),
            _p(
                "A: Instagram's a bit public for me, I'm on WhatsApp if that's easier | platform_move"
            ),
            _p(
                "A: I've a spare pair of the racing goggles Ollie uses, I'll drop them round for you | gifts_money"
            ),
            _p(
                "A: You're far more grown up than the other girls in the squad, you know | trust_isolation"
            ),
        )[: r.randint(3, 6)],
        _gap(r, 0.3)[0],
        _one(
            r,
            "B: I'm not comfortable with this. I've shown my mum these messages\nA: No need to make a fuss, it was a friendly offer\nB: she's speaking to the club welfare officer tomorrow",
            "B: my mum has read all of this. she says you're not to message me again\nA: I think there's been a misunderstanding\nB: she's reporting it to the club",
        ),
        *_maybe(r, 0.6, "A: Just delete the thread then, no harm done | deletion"),
    ]
    return Plan(
        blocks,
        ("kid", "sport"),
        names={
            "A": ("Gareth W", "G. Williams", "Gareth"),
            "B": ("Ellie", "Megan", "Sophie", "Amelia"),
        },
        styles={"B": CALM},
    )


def _g_music_producer(r: random.Random) -> Plan:
    # An adult "producer" (Nigerian English and Pidgin), a 14 or 15-year-old rapper.
    age, cls = r.choice([("14", "JSS3"), ("15", "SS1"), ("15", "SS2")])
    steps = _mixed(
        r,
        _p(
            "A: I fit give you beat free, make we do one joint for my studio for Lekki | gifts_money"
        ),
        _one(
            r,
            "A: Come studio this Saturday 2pm. I go send driver pick you for your estate gate | meeting",
            "A: 🎤 Voice note (0:37): my guy, Saturday 2pm come studio, I go send driver carry you from your estate gate, no wahala | meeting",
        ),
        _p(
            "A: Your papa dey house for weekend? | supervision\nB: he dey travel Fridays, na only my aunty | supervision"
        ),
        _p("A: No tell your aunty yet o. Make e be surprise when the song blow | secrecy"),
        *_some(
            r,
            2,
            _p(
                "A: I don send you 2GB data so you fit download the beats | gifts_money\nB: omo thank you sir"
            ),
            _p("A: Chat me for Telegram, na there I dey send the stems. Same name | platform_move"),
            _p(
                "A: Snap yourself send me, make I see if you get the look for the cover art | image_request"
            ),
            _p(
                "A: Your friends no go understand this music thing, dem go just dey jealous. Na me sabi your value | trust_isolation"
            ),
        ),
    )
    blocks = [
        _one(
            r,
            "A: Bros your freestyle for Audiomack too hard. You get bars pass many artists wey dey radio | trust_isolation",
            "A: Your verse on that drill beat mad me. Who teach you flow like that? | trust_isolation",
        ),
        _p("B: thank you boss 🙏"),
        _p(f"A: How old you be sef? You sound young | age\nB: {age}, I'm in {cls} | age"),
        *steps,
        *_maybe(
            r,
            0.25,
            "B: my aunty say make I no go anywhere with person wey I no know\nA: Na wetin I talk? You no suppose show am | secrecy",
        ),
    ]
    return Plan(
        blocks,
        ("kid",),
        names={
            "A": ("BeatsByKaycee", "Prod. Jaiye", "Lekki Sound Lab"),
            "B": ("Tobi", "Chinedu", "Emeka", "Ifeanyi", "Tunde"),
        },
    )


def _g_game_tester(r: random.Random) -> Plan:
    # An adult game maker on a block-building platform (non-native English, Vietnamese first
    # language), a child of 10 to 12, paid in game credit.
    age = r.choice(["10", "11", "12"])
    steps = _mixed(
        r,
        _p(
            "A: I pay tester 10 dollar game credit each week, very good deal | gifts_money\nB: WAIT really??"
        ),
        _p(
            "A: Test server is private, only me and you inside, nobody disturb us | trust_isolation"
        ),
        _p(
            "A: when you play, somebody watch your screen? mother or father? | supervision\nB: no my mum is at work till 6 | supervision"
        ),
        _p("A: Do not say to friends about the game, is secret project, they copy idea | secrecy"),
        *_some(
            r,
            2,
            _p(
                "A: please do video call when you test, I need see your face react to the level | image_request"
            ),
            _p("A: after test you delete our messages ok, game is not announce yet | deletion"),
            _p("A: add me in Discord, name is minh.builds, better than here | platform_move"),
            _p(
                "A: you are best tester I ever have, more smart than adult testers | trust_isolation"
            ),
        ),
    )
    blocks = [
        _one(
            r,
            "A: hello! I am make new obby game, I need tester who is good player like you | trust_isolation",
            "A: hi friend, I see you finish my tower very fast. You want be official tester? | trust_isolation",
        ),
        _p(f"A: how many years you have? | age\nB: im {age} | age"),
        *steps,
        *_maybe(
            r,
            0.35,
            "B: my mum said i cant do video calls with people i dont know\nA: ok ok, no problem, forget it",
        ),
    ]
    return Plan(blocks, ("gaming", "kid"), names={"A": ("minh.builds", "ObbyMakerVN", "Khoa_Dev")})


def _g_cosplay_photographer(r: random.Random) -> Plan:
    # An adult photographer from a comic convention (Canadian English), a 15-year-old cosplayer.
    blocks = [
        _one(
            r,
            "A: Hey! I snapped you at Fan Expo in the spy cosplay, the wig work was incredible | trust_isolation",
            "A: Hi! I was shooting at the con on Saturday, your armour build was honestly the best in the hall | trust_isolation",
        ),
        _p("B: omg thank u!! can i see the pics"),
        _one(
            r,
            "A: Sure, I'll send the edits. For the credits, what grade are you in? some cons have youth categories | age\nB: grade 10 lol | age",
            "A: Of course. How old are you btw, just so I tag it right | age\nB: 15 | age",
        ),
        *_mixed(
            r,
            _p(
                "A: I do free portfolio shoots for cosplayers with real potential, you'd be perfect | gifts_money trust_isolation"
            ),
            _p(
                "A: There's a great spot by the Harbourfront on Sunday at 4, golden hour. Just you, crowds ruin the light | meeting"
            ),
            _p(
                "A: Do your parents follow your cosplay account? | supervision\nB: my mom does but she never really checks | supervision"
            ),
            _p(
                "A: Probably keep the shoot to yourself until the photos drop, it's more of a reveal that way | secrecy"
            ),
            *_some(
                r,
                1,
                _p(
                    "A: Send me a couple of mirror pics in the outfit so I can plan the poses | image_request"
                ),
                _p(
                    "A: Message me on Signal instead, Insta flags my links. I'm @maplelens.photo | platform_move"
                ),
                _p("A: I'll cover your GO Train fare, it's the least I can do | gifts_money"),
            ),
        ),
    ]
    return Plan(
        blocks,
        ("kid", "teen"),
        names={"A": ("maplelens.photo", "NorthFrameStudio", "Dan | cosplay photog")},
    )


def _g_wrong_number(r: random.Random) -> Plan:
    # A "wrong number" text that turns into chatting (Indian English), a child of 13.
    blocks = [
        _p("A: Hello Meena ji, the samosa order for tomorrow is confirmed?\nB: sorry wrong number"),
        _p(
            "A: Oh so sorry dear! Beta you sound young, you are in school? | age\nB: yes 8th standard | age"
        ),
        _one(
            r,
            "A: Such good English. Your parents must be proud, you talk more sensible than my office staff | trust_isolation",
            "A: You are very smart girl, not like other school going children | trust_isolation",
        ),
        _p("A: I also have no one to talk in evenings, my son is in Canada. Nice to chat with you"),
        *_mixed(
            r,
            _p("A: SMS is costing too much, come on WhatsApp na, this same number | platform_move"),
            _p(
                "A: Mummy papa come home late? | supervision\nB: mummy comes at 7, papa is on tour | supervision"
            ),
            _p("A: I have done recharge of 199 on your number, check | gifts_money\nB: why uncle?"),
            _p(
                "A: Don't mention to mummy that uncle is chatting, she will scold you for talking to strangers | secrecy"
            ),
            *_some(
                r,
                1,
                _p("A: Send one photo beta, I want to see who is my new friend | image_request"),
                _p(
                    "A: I come to your side for work on Saturday, we can have ice cream in the mall food court at 4 | meeting"
                ),
                _p("A: After reading you clear the chat, mummy may check phone | deletion"),
            ),
        ),
        *_maybe(
            r,
            0.35,
            "B: mummy checked my phone and saw your messages. she says she is calling the cyber cell\nA: Arre, it was just friendly talk",
        ),
    ]
    return Plan(
        blocks,
        ("kid",),
        names={
            "A": ("+91 Unknown", "Suresh Uncle", "Mr Agarwal"),
            "B": ("Ananya", "Riya", "Isha", "Diya"),
        },
    )


def _g_boots_terse(r: random.Random) -> Plan:
    # A "buyer" who writes three or four lines to a 13 or 14-year-old selling football boots
    # on a marketplace app (UK and Scottish English); the child brings their dad.
    age = r.choice(["13", "14"])
    ask = [
        _p(
            f"A: still got the boots? you sound young for a seller, how old? | age\nB: {age}, my mum said i can sell them | age"
        ),
        _p(
            "A: I'll pay £60 not £35, treat yourself with the rest. Come on your own to the car park behind the leisure centre at 8 | gifts_money meeting"
        ),
        _p("A: no need to tell your parents, it's only boots | secrecy"),
    ]
    blocks = [
        ask[0],
        _p("B: theyre size 5 adidas"),
        ask[1],
        _p("B: why would you pay more than i asked\nB: thats a bit weird"),
        ask[2],
        *_maybe(r, 0.6, "A: send a pic of you wearing them so I can see the fit | image_request"),
        _one(
            r,
            "B: my dad's reading this now. he says we'll meet outside the shop front on Saturday in daylight, with him | meeting\nB: and he wants your name",
            "B: my dad is coming with me and he says the price is £35 like i said\nB: hello?",
        ),
    ]
    return Plan(
        blocks,
        ("seller_b",),
        quiet=frozenset({"A"}),
        longest=28,
        names={
            "A": ("Buyer 2271", "Kev", "boots_wanted"),
            "B": ("Callum", "Ewan", "Rory", "Fraser", "Kirsty"),
        },
        styles={"B": CALM},
    )


def _g_peer_supporter(r: random.Random) -> Plan:
    # An adult posing as a 16-year-old "peer supporter" on a teen forum, over days (Irish
    # English), a 15-year-old.
    blocks = [
        _one(
            r,
            "A: hey, saw your post in the exams stress thread. I'm 16 too, peer supporter here, you're not on your own | age",
            "A: hi! I'm one of the peer volunteers, 16, went through the junior cert last year so I get it | age",
        ),
        _p(
            "B: thanks. its just a lot with the junior cert\nB: im in 3rd year and everyone expects me to get top marks | age"
        ),
        _p("A: honestly you're way more thoughtful than anyone else on here | trust_isolation"),
        *_gap(r, 0.8),
        *_mixed(
            r,
            _p(
                "A: your parents sound like they only care about grades. i actually listen | trust_isolation"
            ),
            _p(
                "A: the forum mods read DMs, talk to me on Telegram instead? same name | platform_move"
            ),
            _p(
                "A: do you keep your phone in your room at night or do they take it? | supervision\nB: i keep it, mam goes to bed at 10 | supervision"
            ),
            _p(
                "A: don't mention me to your guidance counsellor, she'd only report it to your parents | secrecy"
            ),
        ),
        *_gap(r, 0.7),
        *_some(
            r,
            1,
            _p(
                "A: i'm up in Galway for a match on the 12th. we could meet in Eyre Square after | meeting"
            ),
            _p(
                "A: actually i'm a bit older than i said, 19, but age is only a number when people get each other | age"
            ),
            _p("A: send me a pic of your revision wall, i want to see your set-up | image_request"),
        ),
        *_maybe(
            r,
            0.3,
            "B: i told my sister about you and she said its weird you said 16 first\nA: she doesn't know me like you do | trust_isolation",
        ),
    ]
    return Plan(
        blocks,
        ("kid", "teen"),
        names={
            "A": ("listener_ciaran", "PeerSupport_Aoibh", "niall.listens"),
            "B": ("Saoirse", "Cian", "Niamh", "Oisín", "Aoife"),
        },
    )


def _g_stables(r: random.Random) -> Plan:
    # An adult at a riding stables known offline (Scottish English), a 12 or 13-year-old helper.
    blocks = [
        _one(
            r,
            "A: Cheers for mucking out the day hen, you're the best wee helper we've ever had | trust_isolation",
            "A: Great work at the yard, the ponies love you more than the rest of them | trust_isolation",
        ),
        _p("A: You're in first year at the academy now aye? | age\nB: aye S1 | age"),
        *_mixed(
            r,
            _p(
                "A: Fancy a free lesson on Bramble on Sunday? Keep it quiet from the other girls, they'd be raging | gifts_money secrecy"
            ),
            _p(
                "A: What time does your mum get you on Saturdays? I could run you home instead and save her the trip | meeting\nB: she's at work till 5 on saturdays so my gran gets me | supervision"
            ),
            _p("A: Send us a photie of you in the new jodhpurs | image_request"),
            _p("A: Best not put any of this in the yard group chat eh | secrecy"),
            *_some(
                r,
                1,
                _p(
                    "A: Delete these after, my partner reads my phone and gets funny about me helping the kids | deletion"
                ),
                _p(
                    "A: Got a spare hat that'd fit you, I'll leave it in the tack room for you | gifts_money"
                ),
                _p(
                    "A: Your mum doesnae really get how much the horses mean to you, does she | trust_isolation"
                ),
            ),
        ),
        *_maybe(r, 0.3, "B: my gran is picking me up on sunday anyway\nA: No bother"),
    ]
    return Plan(
        blocks,
        ("kid",),
        names={
            "A": ("Shona (yard)", "Big Davie", "Ally M"),
            "B": ("Isla", "Eilidh", "Morven", "Kirsty"),
        },
    )


def _g_mod_sister(r: random.Random) -> Plan:
    # An adult offering a "modded" game account (Jamaican English); the boy's older sister
    # reads the chat and takes over.
    blocks = [
        _p("A: Yow, mi see yuh inna di lobby, yuh skill dem mad | trust_isolation"),
        _p(
            "A: Mi have one modded account wid every skin, mi can give yuh it | gifts_money\nB: fr?? how"
        ),
        _p("A: How ole yuh deh now? | age\nB: 12 going 13 | age"),
        *_mixed(
            r,
            _one(
                r,
                "A: Fi verify seh a yuh, jump pon a video call wid mi tonight | image_request",
                "A: 🎤 Voice note (0:22): yow, fi verify seh a yuh, jus jump pon a video call wid mi tonight, quick ting | image_request",
            ),
            _p(
                "A: Anybody else inna di room wid yuh when yuh play? | supervision\nB: my sister is in the next room | supervision"
            ),
            _p("A: Nuh tell har bout di account, she wi waan it fi harself | secrecy"),
            *_some(
                r,
                1,
                _p("A: Move to WhatsApp, mi number a 07700 900 461 | platform_move"),
                _p("A: After yuh get it, wipe dis chat, di game ban people fi sharing | deletion"),
            ),
        ),
        _p("C: This is his sister. He's 12. Why are you asking a child for a video call? | age"),
        _p("A: Mi did jus a try help di yute"),
        _one(
            r,
            "C: I've screenshotted everything and reported the account. Don't contact him again.",
            "C: Our mum has the screenshots now and she's calling the police. Leave him alone.",
        ),
    ]
    return Plan(
        blocks,
        ("gaming", "kid"),
        names={
            "A": ("Dons_Modz", "KingstonKid876", "rudebwoy_skinz"),
            "B": ("Jaheim", "Kemar", "Shamar", "Dwayne"),
            "C": ("Shanice", "Tameka", "Kerry-Ann"),
        },
    )


# --- sextortion ------------------------------------------------------------------------------


def _s_recruiter(r: random.Random) -> Plan:
    # A fake college sports recruiter (US English), a 16-year-old athlete; Cash App, a
    # midnight deadline, payment made and raised.
    amount = r.choice(["500", "650", "800"])
    blocks = [
        _one(
            r,
            "A: Coach Dre, recruiting coordinator. Your junior season film is legit, got a few D2 programs asking about you | trust_isolation",
            "A: What's good, I scout for a recruiting service. Your highlight reel is crazy, you're underrated | trust_isolation",
        ),
        _p("B: for real?? thank you sir"),
        _p("A: What class are you, 2026? | age\nB: yes sir class of 2026, im 16 | age"),
        _one(
            r,
            "A: Programs want a quick check-in video on the camera app so their trainers see your frame | image_request\nB: ok",
            "A: Hop on a video call so I can confirm it's really you for the scouts | image_request",
        ),
        _pool("press"),
        _p(
            "A: Real talk. I'm not a coach. I saved that video and I got your whole follower list plus your school's athletic page | sextortion"
        ),
        _p(
            f"A: ${amount} on Cash App to $RecruitDre26 before midnight or it goes to every coach on your list and your AD | sextortion"
        ),
        _p("B: i dont have that kind of money"),
        *_some(
            r,
            1,
            _p(
                "A: Then send what you got now and the rest Friday. Screenshot the receipt | sextortion image_request"
            ),
            _p(
                "B: i sent 80, its all i have\nA: Good start. Now 300 more by tomorrow or I post it anyway | sextortion"
            ),
            _p(
                "A: You think I'm playing? Check your DMs, I just sent your coach a follow request | sextortion"
            ),
        ),
    ]
    return Plan(
        blocks,
        ("kid",),
        names={
            "A": ("CoachDre_Recruits", "D2 Scout Network", "recruitingplug"),
            "B": ("Jaylen", "Marcus", "Tyler", "DeShawn", "Caleb"),
        },
        styles={"B": CALM},
    )


def _s_implied(r: random.Random) -> Plan:
    # A threat never stated, only implied (UK English); Steam cards as a "favour".
    blocks = [
        _p("A: hey its Lexi from the party at Jack's, remember? 😊\nB: uh maybe? hi"),
        _p("A: u go to St Anselm's dont u, year 11? | age\nB: yeah"),
        *_some(
            r,
            1,
            _p("A: ur so much funnier than the lads in my year lol | trust_isolation"),
            _p("A: my snap is lexi.xo_22 btw | platform_move"),
        ),
        _pool("press"),
        _p("A: i've still got that pic you sent the other night saved btw | sextortion"),
        _one(
            r,
            "A: your mum's facebook is public isn't it. lovely family photos on there | sextortion",
            "A: your little sister's account is public isn't it. so many followers for year 8 | sextortion age",
        ),
        _p(
            "A: would be such a shame if the year 11 group chat saw things they shouldn't | sextortion"
        ),
        _p(
            "A: anyway i'm a bit skint this week. £150 in Steam cards would really help me out 😇 | sextortion"
        ),
        _one(
            r,
            "A: no rush... well, before school tomorrow | sextortion",
            "A: whenever suits... tonight suits | sextortion",
        ),
        *_maybe(r, 0.7, "A: photo of the back of the card is fine | image_request sextortion"),
        _p("B: are you threatening me?\nA: i never said anything like that x"),
    ]
    return Plan(
        blocks, ("teen",), names={"A": ("lexi.xo_22", "Lexi 💕", "lexxii")}, styles={"B": CALM}
    )


def _s_staged(r: random.Random) -> Plan:
    # Staged over four or five days: rapport in a game, a picture asked for, the turn, then
    # the demand in bitcoin with a rising price.
    blocks = [
        _p("A: ur the one who carried the squad last night lol | trust_isolation\nB: haha maybe"),
        _p(
            "A: whats ur age btw, ur voice sounded young on comms | age\nB: 15, u? | age\nA: 16 😊 | age"
        ),
        _p("A: snap is easier than this, its maddie.plays | platform_move"),
        *_gap(r, 1.0),
        _p("A: send me one back then 🙈 fair is fair | image_request\nB: ok but only once"),
        *_gap(r, 1.0),
        _pool("press"),
        _p("A: so funny story, i'm not maddie. i kept what you sent | sextortion"),
        _p("A: i've screenshotted who follows you. your nan is on there, cute | sextortion"),
        *_gap(r, 1.0),
        _p("A: here's the deal. 400 dollars in bitcoin by Sunday 6pm | sextortion"),
        _p("A: wallet: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq | sextortion"),
        *_some(
            r,
            1,
            _p("A: every hour after 6, the price goes up by 50 | sextortion"),
            _p(
                "B: i dont even know how to buy bitcoin\nA: there's a machine at the petrol station, figure it out | sextortion"
            ),
        ),
    ]
    return Plan(
        blocks,
        ("gaming", "teen"),
        names={"A": ("maddie.plays", "Madz", "maddie_xx")},
        styles={"B": CALM},
    )


def _s_two_accounts(r: random.Random) -> Plan:
    # The picture taken by one account, the threat and demand made by a second one, a group
    # made with the teenager's contacts (UK English).
    blocks = [
        _p("A: heyy saw u in the skatepark vid on my fyp 😳 | trust_isolation"),
        _p("A: u in yr 10 or 11? | age\nB: 10 | age"),
        _p("A: send me a pic back, i sent u mine | image_request"),
        _pool("press"),
        _p("C: I'm the one running that account. Your picture is with me now | sextortion"),
        _p(
            "C: Look at the group I made: your cousin, your football team, your form tutor. They are waiting | sextortion"
        ),
        _one(
            r,
            "C: £200 by PayPal friends and family to payments.desk@example.org before 9pm | sextortion",
            "C: 200 pounds before 9pm. Gift codes or PayPal, payments.desk@example.org | sextortion",
        ),
        *_some(
            r,
            1,
            _p("A: u should just pay him tbh, he did this to my mate | sextortion"),
            _p("C: Don't bother blocking her. I have 5 more accounts | sextortion"),
            _p("B: i'll block you\nC: Blocking me posts it. Think | sextortion"),
        ),
    ]
    return Plan(
        blocks,
        ("teen",),
        names={
            "A": ("skate.girl.em", "emmz_skates", "em.x"),
            "C": ("admin_4471", "No Name", "user93827"),
        },
        styles={"B": CALM},
    )


def _s_gift_broken(r: random.Random) -> Plan:
    # Broken English (West African speaker), a recorded video call, Apple cards.
    blocks = [
        _p("A: Hello dear how are you doing today\nB: who is this"),
        _p("A: I am Jessica from Texas, I see your profile I like you so much | trust_isolation"),
        _p("A: you are how old, you look young and fine | age trust_isolation\nB: 16 | age"),
        _p("A: lets continue on whatsapp is more private, add me 07700 900 318 | platform_move"),
        *_maybe(r, 0.6, "A: lets do video call now, I want see you | image_request"),
        _pool("press"),
        _p("A: Listen to me very well. The video call we did, I record everything | sextortion"),
        _p(
            "A: I will make it go viral, your school, your church, all your people go see am | sextortion"
        ),
        _p(
            "A: Go and buy Apple card of $300 now now, scratch am and snap the back send me | sextortion image_request"
        ),
        _p("A: If I no see am in 30 minutes I start to send | sextortion"),
        *_some(
            r,
            1,
            _p(
                "B: I only have 100\nA: Buy the 100 first and send, we go talk the rest | sextortion"
            ),
            _p("A: Dont try block me, I have all your followers already | sextortion"),
        ),
    ]
    return Plan(
        blocks,
        ("teen",),
        names={"A": ("Jessica Brown", "jessy.tx", "Jessica💋")},
        styles={"B": CALM},
    )


def _s_paid_raised(r: random.Random) -> Plan:
    # In medias res: one payment already made, the demand raised; the teenager writes US or
    # Kenyan English.
    first, more = r.choice([("150", "350"), ("200", "500"), ("100", "300")])
    kenyan = r.random() < 0.5
    if kenyan:
        plead = _p(
            "B: aki i already paid you, sina kitu tena\nB: i'm 14, where will i get that kind of pesa | age"
        )
        ask = _p("B: si you said you'll delete it. delete it now | deletion")
        names: Sequence[str] = ("Brian", "Kevin", "Wanjiru", "Otieno", "Achieng")
    else:
        plead = _p(
            "B: i already paid you, i have nothing left\nB: i'm 14, where am i supposed to get that | age"
        )
        ask = _p("B: so delete it now. you promised | deletion")
        names = ("Ethan", "Logan", "Noah", "Liam", "Mason")
    blocks = [
        _p(f"A: I got the {first}."),
        ask,
        _p("A: I said I would think about it"),
        _pool("press"),
        _p(f"A: Now I need {more} more. Same PayPal, by lunchtime tomorrow | sextortion"),
        _p("A: Don't forget I still have the clip and your sister's Instagram | sextortion"),
        plead,
        _p("A: Then borrow your mother's card. You have until 1pm | sextortion"),
        *_some(
            r,
            1,
            _p(
                "B: im going to tell someone\nA: Tell anyone and it goes everywhere at once | sextortion"
            ),
            _p("B: [screenshot of the transfer]\nB: that's all of it, please stop"),
            _p("A: Pay this one and we're done, I swear | sextortion"),
        ),
    ]
    return Plan(
        blocks,
        ("press",),
        names={"A": ("unknown_user", "rayan.k", "xx_noname"), "B": names},
        styles={"B": CALM},
        cold_open=False,
    )


def _s_refuses_teacher(r: random.Random) -> Plan:
    # The teenager refuses, has reported the account and told the school (UK English).
    blocks = [
        *_maybe(r, 0.6, "A: ur in year 10 right? same as my cousin | age\nB: yeah why"),
        _pool("press"),
        _one(
            r,
            "A: I have the pictures from our video chat. Pay or your whole school sees them | sextortion",
            "A: Remember our video call? I recorded it. Your year group will love it | sextortion",
        ),
        _p("A: £250 by 8pm. Monzo link: monzo.me/quickpay4471 | sextortion"),
        _p("B: no. i'm not paying you anything"),
        _one(
            r,
            "B: i've screenshotted this and reported your account. my head of year and the police liaison officer have it",
            "B: my dad and my form tutor have seen all of this and it's been reported to CEOP",
        ),
        _p("A: You think teachers can stop me? | sextortion"),
        _p("B: do what you want. the school already knows"),
        *_maybe(r, 0.7, "A: Last chance. £100 and it's finished | sextortion"),
        _p("B: bye"),
    ]
    return Plan(
        blocks, ("teen",), names={"A": ("chloe_bxx", "Chlo", "user_chloe")}, styles={"B": CALM}
    )


def _s_terse(r: random.Random) -> Plan:
    # An extorter who writes only three lines (Irish English teen); Paysafecard codes.
    blocks = [
        _p(
            "A: [screenshot] recognise this? it goes to everyone who follows you unless you pay | sextortion"
        ),
        _p("B: how did you get that\nB: please dont"),
        _p("A: €200 in Paysafecard codes within the hour | sextortion"),
        _p("B: i dont have €200\nB: i'm 15 i dont even have a card | age"),
        *_maybe(r, 0.7, "A: 45 minutes left | sextortion"),
        _one(
            r,
            "B: i'm telling my brother, he'll know what to do",
            "B: please, i can get 30 maybe",
            "B: ok i'm going to the gardaí",
        ),
    ]
    return Plan(
        blocks,
        ("press_b",),
        quiet=frozenset({"A"}),
        longest=28,
        names={
            "A": ("xx_nobody", "ghost.acc", "anon_1193"),
            "B": ("Cian", "Darragh", "Seán", "Conor", "Eoin"),
        },
        styles={"B": CALM},
    )


def _s_edited_photo(r: random.Random) -> Plan:
    # A picture made with an editing app from a school photo (Welsh English); an Xbox or a
    # Google Play card.
    blocks = [
        _p("A: got your school photo off the PTA page lol"),
        _p("A: made a few edits with an app. nobody will be able to tell it's fake | sextortion"),
        _p(
            "A: you're at Ysgol Bro Taf right? I'll post it on the school community page | age sextortion"
        ),
        _pool("press"),
        _p("B: thats not even me, its fake"),
        _p("A: doesn't matter. everyone will believe it | sextortion"),
        _one(
            r,
            "A: a £50 Xbox card, photo of the code, tonight | sextortion image_request",
            "A: £40 on a Google Play card, photo of the back, tonight | sextortion image_request",
        ),
        *_some(
            r,
            1,
            _p("A: or I add your mam to the group too | sextortion"),
            _p("B: i'm showing my mam\nA: she'll see it either way | sextortion"),
            _p("A: you've got till 10 | sextortion"),
        ),
    ]
    return Plan(
        blocks,
        ("teen", "gaming"),
        names={
            "A": ("rhys_no_face", "burner_taf", "ysgol_leaks"),
            "B": ("Cerys", "Gethin", "Carys", "Osian", "Ffion"),
        },
        styles={"B": CALM},
    )


def _s_more_pics(r: random.Random) -> Plan:
    # The demand is for more pictures, not money; a fake boy persona; a girl in the
    # Philippines, threatened with her church youth group (Filipino English and Taglish).
    blocks = [
        _p("A: hi! we're in the same youth fellowship fb group right? 😊\nB: yes i think so"),
        _p("A: grade 10 ka na diba? | age\nB: opo grade 10 | age"),
        _p("A: ang ganda mo sa profile pic | trust_isolation"),
        _p("A: send ka naman pic, just for me | image_request"),
        *_gap(r, 0.5),
        _pool("press"),
        _p(
            "A: i have the pic you sent. if you don't send more tonight, i'll post it in the youth fellowship gc | sextortion image_request"
        ),
        _p("A: i already have the list of everyone in your church group | sextortion"),
        _p("A: 3 more before midnight or i send | sextortion image_request"),
        *_some(
            r,
            1,
            _p(
                "B: i told my ate and she's reporting your account\nA: kung magsumbong ka, ipapakita ko sa lahat | sextortion"
            ),
            _p("B: please no, my tita is in that group\nA: then you know what to do | sextortion"),
        ),
    ]
    return Plan(
        blocks,
        ("teen",),
        names={
            "A": ("migs.dlc", "Miguel Santos", "migoy_23"),
            "B": ("Bea", "Angel", "Kyla", "Trisha", "Janelle"),
        },
        styles={"B": CALM},
    )


# --- live-streaming for payment ---------------------------------------------------------------


def _l_typhoon(r: random.Random) -> Plan:
    # A facilitator asks for help after a typhoon (Filipino English and Taglish); the customer
    # (Australian English) ties it to a call.
    blocks = [
        _p("B: Hi sir, typhoon hit us last night, the roof of the kids' room is gone"),
        _p("B: can you help us sir, even 3000 pesos for GI sheets | gifts_money"),
        _p(
            "A: I can help. Are the girls ok? Can they come on a call tonight so I can see them | image_request live_streaming"
        ),
        _one(
            r,
            "A: Sending 60 AUD now through the remittance app, I'll put 'roof repair' as the reason | live_streaming",
            "A: I'll send 80 through Remitly, note says 'roof repair' | live_streaming",
        ),
        _p("B: received sir, control no. 4471-0992-18 | live_streaming"),
        _p("A: Good. 9pm my time is 7pm yours, make sure they're ready | live_streaming"),
        *_some(
            r,
            1,
            _p("B: yes sir, the youngest is 9 now, birthday last week | age"),
            _p("A: Same as last time, we'll use the video app not Messenger | platform_move"),
            _p(
                "B: sir their mother is asking if you can add 20 for rice and milk | gifts_money\nA: Only after the call | live_streaming"
            ),
        ),
    ]
    return Plan(
        blocks, ("ls",), names={"A": ("Greg H", "mate_from_perth", "G.Harris"), "B": FACILITATORS}
    )


def _l_pix(r: random.Random) -> Plan:
    # A facilitator in Brazil (Portuguese first language), a customer in formal UK English;
    # Pix payments with a false description, split to stay under a bank's notice.
    blocks = [
        _p(
            "A: Good evening. I was given your contact by a mutual friend regarding private shows | live_streaming"
        ),
        _p("B: boa noite. yes, I have the girls here. 12 and 14 years | live_streaming age"),
        _p(
            "A: Price for 30 minutes? | live_streaming\nB: 200 reais for one, 350 for both | live_streaming"
        ),
        _p(
            "A: I'll pay by Pix. Which key? | live_streaming\nB: pix key is my cpf, I send you in private. put description 'aula de inglês' | live_streaming"
        ),
        *_mixed(
            r,
            _p(
                "A: Split it into two payments under 200, my bank asked questions last time | live_streaming"
            ),
            _p("A: Confirm they will be there Thursday 22h your time, 2am mine | live_streaming"),
            _p("B: they will be. no one in house that night | supervision"),
            *_some(
                r,
                1,
                _p("A: Switch to the other app for the call, this one keeps logs | platform_move"),
                _p("A: Delete the payment screenshots afterwards | deletion"),
            ),
        ),
    ]
    return Plan(
        blocks,
        ("pair",),
        names={
            "A": ("R. Whitcombe", "rw_1962", "Richard"),
            "B": ("Cida", "tia.marlene", "Rose M."),
        },
    )


def _l_roster(r: random.Random) -> Plan:
    # A weekly schedule across time zones (customer in Canada, facilitator in Cebu), a
    # cousin's name for pick-up, a control number days later.
    blocks = [
        _p("A: Next week: Sunday 8pm Toronto = Monday 9am Cebu. Same as before? | live_streaming"),
        _p("B: ok sir but monday they have class, can we do before 7am? 😅 | live_streaming"),
        _p("A: Fine, 6:30am yours then. Keep the little one home from school | live_streaming"),
        _p("B: she is grade 3 only sir, teacher will look for her | age"),
        _p(
            "A: I'll send the usual 2,500 through the remittance app Saturday. Use your cousin's name this time | live_streaming"
        ),
        _p("B: ok sir, under Marites D. I'll send the control number | live_streaming"),
        *_gap(r, 1.0),
        _p("B: sir control number 8812 5530 1094, you can check | live_streaming"),
        *_some(
            r,
            1,
            _p("A: Received confirmation. Don't be late like last week"),
            _p("A: If the older one joins, I'll add 1000 | live_streaming"),
            _p("A: Don't put my name in your phone, just 'Kuya Canada' | secrecy"),
        ),
    ]
    return Plan(
        blocks,
        ("ls",),
        names={"A": ("Kuya Canada", "Don P", "dp_on"), "B": ("Nening", "Ate Joy", "Lorna")},
        cold_open=False,
    )


def _l_new_customer(r: random.Random) -> Plan:
    # A new customer checks the child's age and presence before paying anything.
    blocks = [
        _p(
            "A: A friend from the forum says you arrange video time with your niece | live_streaming"
        ),
        _p("B: who is your friend\nA: he goes by 'Tom from Perth' there"),
        _p("A: How old exactly? I want to see a school ID or something | age image_request"),
        _p("B: 11 sir. I will send photo of her school ID | age"),
        _p(
            "A: Before I pay anything I want to see her on camera for a few seconds | image_request live_streaming"
        ),
        _p(
            "B: ok quick call only, then you send 1500 to the gcash under M. Santos | live_streaming"
        ),
        *_mixed(
            r,
            _p(
                "A: Deal. What do I write when I send? | live_streaming\nB: put 'padala' only | live_streaming"
            ),
            *_some(
                r,
                1,
                _p(
                    "A: Next time I want an hour. How much? | live_streaming\nB: 3000 for hour sir | live_streaming"
                ),
                _p("B: nobody will come, her mother is in Manila working | supervision"),
            ),
        ),
    ]
    return Plan(
        blocks,
        ("ls",),
        names={"A": ("newguy_77", "Steve", "S.K."), "B": ("Tita Baby", "Jen", "Mely")},
    )


def _l_terse_customer(r: random.Random) -> Plan:
    # A regular customer who writes only three lines; the facilitator does the talking.
    blocks = [
        _p("A: same as last month. 40 usd, Saturday 10pm your time | live_streaming"),
        _p("B: yes sir noted\nB: sir can you add 500 for her vitamins | gifts_money"),
        _p("A: sent. ref 7H2K | live_streaming"),
        _p("B: i already got it, thank you sir\nB: the two are ready saturday | live_streaming"),
        *_maybe(r, 0.7, "A: make sure the small one is there | live_streaming"),
        _p("B: sir the 8 year old has fever, maybe only the older one | age live_streaming"),
    ]
    return Plan(
        blocks,
        ("ls_b",),
        quiet=frozenset({"A"}),
        longest=28,
        names={"A": ("J", "regular_j", "jk1959"), "B": FACILITATORS},
        cold_open=False,
    )


def _l_tutoring_platform(r: random.Random) -> Plan:
    # A customer who met the child through a children's English-conversation platform moves the
    # "lessons" off it and pays the mother directly.
    blocks = [
        _p(
            "A: Hi, I booked your daughter for English conversation last week, she's very sweet | trust_isolation"
        ),
        _p(
            "A: The platform takes a big cut. We can do sessions on the video app directly and I pay you more | platform_move live_streaming"
        ),
        _p(
            "B: how much sir?\nA: 50 USD per session instead of 12, but the sessions are private, you don't sit in | live_streaming supervision"
        ),
        _p("A: How old is she, 10? | age\nB: turning 10 in June | age"),
        *_mixed(
            r,
            _p("A: I'll use Wise, reference 'English lessons' | live_streaming"),
            _p("A: Tuesday 7pm Manila is noon London for me | live_streaming"),
            *_some(
                r,
                1,
                _p(
                    "B: sir she's shy, can her cousin join also? | live_streaming\nA: Yes, I'll pay for both | live_streaming"
                ),
                _p("A: Don't mention any of this in the platform chat, they monitor it | secrecy"),
            ),
        ),
    ]
    return Plan(
        blocks, ("ls",), names={"A": ("Teacher Mark", "mark.esl", "M. Oakes"), "B": FACILITATORS}
    )


def _l_clinic_voice(r: random.Random) -> Plan:
    # A mother sends voice notes about a clinic bill; the customer wants a call first.
    blocks = [
        _p(
            "B: 🎤 Voice message (0:42): sir good evening, the baby has dengue, we are at the clinic, they need 4,000 for the tests | gifts_money"
        ),
        _p("A: I'll help, but I want the call with the older two first | live_streaming"),
        _p(
            "B: 🎤 Voice message (0:19): ok sir, after clinic, maybe 8pm, they're with my mother-in-law | live_streaming"
        ),
        _p(
            "A: I'll send through Remitly, note 'medicine'. Tell me the control number when you collect | live_streaming"
        ),
        _p("B: 🎤 Voice message (0:11): received sir, number is 55-210-771 | live_streaming"),
        *_some(
            r,
            1,
            _p("A: Is the 7 year old joining too | age live_streaming"),
            _p(
                "B: 🎤 Voice message (0:08): yes sir all three ready, husband is out fishing till morning | live_streaming supervision"
            ),
            _p("A: Hold the phone steady this time, it kept shaking | image_request"),
        ),
    ]
    return Plan(
        blocks,
        ("ls",),
        names={"A": ("Hans", "H.W.", "hw_travel"), "B": ("Mommy Rhea", "Inday", "Rhea C.")},
    )


def _l_teen_refuses(r: random.Random) -> Plan:
    # The customer writes to a 15-year-old directly; she refuses and tells her teacher, who
    # calls the barangay and a social worker.
    blocks = [
        _p(
            "A: You said your family is struggling. I can help every week, 2000 pesos | gifts_money"
        ),
        _p(
            "A: Only private video calls, at night when your lola is asleep | live_streaming supervision image_request"
        ),
        _p("A: I'll send to your GCash with the note 'allowance' | live_streaming"),
        _p("A: How old are you now, 15? and your sister? | age\nB: im 15, shes 11. why | age"),
        _p("A: If she joins I pay double | live_streaming"),
        _p("B: no. i'm not doing that and my sister isn't either"),
        _one(
            r,
            "B: i showed your messages to our teacher. she's calling the barangay and the social worker",
            "B: my lola has my phone now and she took it to the barangay hall",
        ),
        *_maybe(r, 0.7, "A: Wait, delete the messages, it was a joke | deletion\nB: too late po"),
    ]
    return Plan(
        blocks,
        ("ls",),
        names={
            "A": ("Uncle Pete", "peter_uk", "P."),
            "B": ("Angel", "Kyla", "Jhoanna", "Princess", "Mica"),
        },
        styles={"B": CALM},
    )


def _l_collector(r: random.Random) -> Plan:
    # A facilitator and a cousin who collects the remittances (Cebuano-flavoured English):
    # several senders, small amounts, control numbers, the children's schedule.
    blocks = [
        _p(
            "B: insan, three senders this week. the Aussie, the German and the new one from Canada | live_streaming"
        ),
        _p("A: ok. Palawan or Cebuana? I'll pick up under my name | live_streaming"),
        _p("B: Palawan. control numbers 3390-22, 7716-08 and 5501-93 | live_streaming"),
        _p("A: keep them small, below 5k each, the teller asked me last time | live_streaming"),
        _p(
            "B: German wants Friday 10pm, the Aussie Saturday morning. the kids need rest in between | live_streaming"
        ),
        *_some(
            r,
            1,
            _p(
                "A: the youngest is 6 only, Lorna wants her back Sunday | age\nB: tell Lorna she'll get her share, 2k | live_streaming"
            ),
            _p("A: delete this thread after i collect | deletion"),
            _p("B: don't tell tita about the new one from Canada | secrecy"),
        ),
    ]
    return Plan(
        blocks,
        ("ls",),
        names={"A": ("Insan Boy", "Jun-jun", "Dodong"), "B": ("Day", "Neneng", "Tata")},
        cold_open=False,
    )


def _l_usdt(r: random.Random) -> Plan:
    # A customer (German first language) moves payments to crypto after his bank asks
    # questions; a visit planned.
    blocks = [
        _p("A: My bank has blocked the last transfer, they ask what is the purpose"),
        _p(
            "A: From now I pay for the shows in USDT. You make account on Binance, I show you how | live_streaming"
        ),
        _p("B: sir I don't know crypto, can my nephew help, he is 17 | age"),
        _p("A: Yes but he must not know what it is for | secrecy"),
        _p("A: Schedule stays: Wednesday 21 Uhr for me, that is 4am for you | live_streaming"),
        *_some(
            r,
            1,
            _p(
                "A: The girl from last time, she is how old now? 12? | age\nB: 12 in October sir, she is ready Wednesday | age live_streaming"
            ),
            _p(
                "A: I want also the video app with the password, not the normal one | platform_move"
            ),
            _p("A: Maybe in December I come to visit, I stay in your house | meeting"),
        ),
    ]
    return Plan(blocks, ("ls",), names={"A": ("Jürgen", "JK_Hamburg", "Herr K"), "B": FACILITATORS})


# --- hard-benign kinds -----------------------------------------------------------------------
#
# Each written afresh from the kind's name and the one-line description in the earlier
# docstrings; each uses the risky words innocently and is labelled line by line as written.

_GIRLS = (
    "Maya",
    "Zara",
    "Amani",
    "Ruby",
    "Freya",
    "Ciara",
    "Mia",
    "Lily",
    "Nia",
    "Ayesha",
    "Chloe",
)
_BOYS = ("Leo", "Finn", "Tobi", "Jayden", "Ethan", "Joseph", "Sam", "Kwabena", "Rohan", "Oisín")


def _kid(r: random.Random, who: str = "") -> str:
    names = {"girl": _GIRLS, "boy": _BOYS}.get(who, _GIRLS + _BOYS)
    return r.choice(names)


def _b_parent_home(r: random.Random) -> Plan:
    kid = _kid(r)
    age = r.choice(["12", "13", "14", "15"])
    blocks = _some(
        r,
        4,
        _p(
            "A: are you home yet? is anyone else in? | supervision\nB: yeah, nobody else is back though | supervision"
        ),
        _p(
            "A: Dad's working late so it's just you till 7. Lock the door and don't open it to anyone | supervision"
        ),
        _p(
            "A: Can you send me a pic of what's in the fridge so I know what to buy | image_request\nB: [photo]"
        ),
        _p(f"A: Don't tell {kid} but I got the concert tickets! | secrecy\nB: omg"),
        _p("A: Pick you up from the station at 6? | meeting\nB: make it 6:15"),
        _p("B: can i have £10 for the cinema | gifts_money\nA: if your room is tidy"),
        _p(f"A: Your school rang, you're {age}, you can't sign your own trip form | age"),
        _p(
            "B: delete that video of me dancing from the family chat pls | deletion\nA: it's adorable though"
        ),
    )
    return Plan(
        blocks, roles="ABC", talk=("family", "kid"), names={"A": ("Mum", "Dad", "Mam", "Mom")}
    )


def _b_class_trip(r: random.Random) -> Plan:
    kid = _kid(r, "girl")
    blocks = [
        _one(
            r,
            "A: Reminder: the Year 6 trip to the science museum is on Thursday. Balance of £18 due by Monday please | sextortion",
            "A: Hello parents, the Year 5 farm visit balance (£14) needs to be paid by Friday | sextortion",
        ),
        *_some(
            r,
            3,
            _p(
                f"B: Is {kid} ok to bring her inhaler on the coach? She's 10 and knows how to use it | age"
            ),
            _p(
                "A: If you can't print the consent form, please send a photo of it signed | image_request"
            ),
            _p(
                "C: what time should we be at the school gates?\nA: 7:45 at the gates, coach leaves at 8 | meeting"
            ),
            _p(
                "C: Can I pay by bank transfer? What reference?\nA: Use TRIP6 and your child's surname | live_streaming"
            ),
            _p("A: Please don't post photos of other children on social media after the trip"),
            _p("B: Anyone else's child 11 and still not allowed a phone on trips? | age"),
            _p(
                "D: Will there be enough adults, or do they need more helpers? | supervision\nA: 1 adult for every 6 children"
            ),
        ),
    ]
    return Plan(
        blocks,
        roles="ABCD",
        talk=("group",),
        names={"A": ("Mrs Adeyemi", "Mr Roberts", "Miss Kaur")},
    )


def _b_friends_secret(r: random.Random) -> Plan:
    blocks = [
        _p("A: ok promise you won't tell anyone | secrecy\nB: i swear"),
        _one(
            r,
            "A: i got into the dance academy!! but don't tell the others till i've told my mum | secrecy",
            "A: i asked Jo to the formal and she said yes!! keep it quiet till monday | secrecy",
        ),
        *_some(
            r,
            2,
            _p("A: i'm the youngest there, 14 lol | age"),
            _p("A: delete this after ok, my sister goes through my phone | deletion"),
            _p("B: send a pic of the letter!! | image_request"),
            _p("A: meet at the bench by the library at 4 and i'll show you | meeting"),
            _p("B: is your mum home? can i come round after? | supervision"),
        ),
    ]
    return Plan(blocks, ("teen",))


def _b_marketplace(r: random.Random) -> Plan:
    item = r.choice(["pram", "cot", "kids' bike", "high chair"])
    blocks = [
        _p(f"A: Hi, is the {item} still available?\nB: Yes, collection only"),
        *_some(
            r,
            3,
            _p("A: Could you send a pic of the wheels and the fold? | image_request"),
            _p("B: My daughter's 3 now so we don't need it | age"),
            _p(
                "B: I need the deposit by Friday or I'll relist it, had loads of messages | sextortion"
            ),
            _p("A: Can we meet at the Tesco car park at 11 on Saturday? | meeting"),
            _p("B: Please don't share my address with anyone, I've had weird messages | secrecy"),
            _p(
                "A: Want to move to WhatsApp? 07700 900412, this app's notifications are rubbish | platform_move"
            ),
        ),
        _p("A: Great, thanks"),
    ]
    return Plan(blocks, ("pair",), styles={"A": NEAT, "B": NEAT})


def _b_dating_adults(r: random.Random) -> Plan:
    blocks = [
        _p("A: You're 34 too? You look younger in your pics | trust_isolation"),
        *_some(
            r,
            3,
            _p("B: Shall we move to WhatsApp? This app keeps crashing | platform_move"),
            _p(
                "A: Video call tonight at 9 before we meet? Just to check you're not a catfish 😄 | image_request"
            ),
            _p("B: Saturday at the Botanic Gardens café, 2pm? | meeting"),
            _p("A: Don't tell my sister I'm on here, she'll never let it go | secrecy"),
            _p("B: I've two kids, 7 and 9, they're with their dad at weekends | age"),
            _p("A: Send me a pic of your dog then, he's the real reason I swiped | image_request"),
            _p("B: Delete that photo I sent by mistake, it was my shopping list lol | deletion"),
        ),
    ]
    return Plan(blocks, ("pair",))


def _b_gamers(r: random.Random) -> Plan:
    blocks = _some(
        r,
        4,
        _p("A: add me on discord, same tag | platform_move"),
        _p("B: what age are you, our clan is 13+ | age\nA: 15, year 11 | age"),
        _p(
            "A: gift me the battle pass and i'll carry you to diamond lol | gifts_money\nB: buy it yourself"
        ),
        _p("A: vc in 10? cams on so we can see your setup | image_request"),
        _p("B: my parents are out so i can stay on late | supervision"),
        _p("A: don't tell the others i'm on a smurf | secrecy"),
    )
    return Plan(blocks, ("gaming",))


def _b_grandparent_call(r: random.Random) -> Plan:
    kid = _kid(r)
    age = r.choice(["7", "8", "9"])
    blocks = _some(
        r,
        4,
        _p("A: Can you turn the camera on love, I can only see the ceiling | image_request"),
        _p(
            "A: Is your mum home? I want to ask her about Sunday | supervision\nB: she's at work, it's just me and the babysitter | supervision"
        ),
        _p(f"A: How old is {kid} now, {age}? | age\nB: {int(age) + 1} in March! | age"),
        _p(
            "A: I've put £20 in a card for your birthday, don't tell your brother how much | gifts_money secrecy"
        ),
        _p("A: Video call Sunday at 5 your time, that's 6 here in Spain | live_streaming"),
        _p("A: Send me a photo of your school play costume | image_request"),
    )
    return Plan(
        blocks,
        roles="ABC",
        talk=("family",),
        names={"A": ("Nana", "Grandad", "Granny Pat", "Lola")},
    )


def _b_tutoring(r: random.Random) -> Plan:
    blocks = _some(
        r,
        4,
        _p("A: Can you turn your camera on so I can see your working? | image_request"),
        _p("A: Which year are you in again, 10 or 11? | age\nB: Year 10, GCSEs next year | age"),
        _p("A: Send a pic of question 4 from the worksheet | image_request"),
        _p("B: my mum said she'll pay for the next 4 sessions by Friday"),
        _p("A: Invoice for November: £120, please pay by the 30th | sextortion"),
        _p("A: Is anyone at home with you during sessions? Just for safeguarding | supervision"),
        _p("B: can we do next week in the library on Church Road at 4 | meeting"),
    )
    return Plan(blocks, ("kid",), styles={"A": FORMAL})


def _b_family_remittance(r: random.Random) -> Plan:
    kid = _kid(r, "boy")
    blocks = [
        _p(
            "A: Sent 8,000 via GCash for the school, ref number 7731 2204 | live_streaming\nB: received ma, thank you"
        ),
        *_some(
            r,
            3,
            _p("A: Video call later? 6pm Dubai time, 10pm there | live_streaming"),
            _p(
                f"A: Is your lola home with you? Don't let the little ones out alone | supervision\nB: yes lola is here, {kid} is asleep, he's 6 na | age"
            ),
            _p("A: Send me a pic of the receipt from the school cashier | image_request"),
            _p("A: Don't tell your tita I sent extra, she'll ask for a loan again | secrecy"),
            _p("B: ma the enrolment balance of 3,500 is due Friday | sextortion"),
        ),
    ]
    return Plan(blocks, roles="ABC", talk=("family",), names={"A": ("Mama", "Nanay", "Mommy")})


def _b_safety_talk(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Saw a story today. If anyone ever says 'I have your pics, pay me or I send them to your friends', you come to me straight away | sextortion"
        ),
        *_some(
            r,
            3,
            _p("A: They often pretend to be a girl your age and ask how old you are first | age"),
            _p("B: mum i know, they did an assembly"),
            _p(
                "A: And if someone says 'don't tell your parents' or 'delete this chat', that's the red flag | secrecy deletion"
            ),
            _p(
                "A: They'll ask you to move to Snapchat or Telegram because it disappears | platform_move"
            ),
            _p(
                "A: Never pay. Paying doesn't make it stop, even if they say '£200 in gift cards in an hour' | sextortion"
            ),
            _p("A: 'Turn your camera on' or 'just one pic', that's how it starts | image_request"),
        ),
        _p(
            "A: And you won't be in trouble. Ever. Nothing you've sent is worse than dealing with it alone\nB: ok. love you"
        ),
    ]
    return Plan(blocks, ("pair", "kid"), names={"A": ("Mum", "Ms Doyle (counsellor)", "Dad")})


def _b_sports_club(r: random.Random) -> Plan:
    kid = _kid(r, "boy")
    blocks = _some(
        r,
        4,
        _p("A: U12s: training moved to Wednesday 6pm at the top pitch | meeting"),
        _p(
            f"B: Can someone give {kid} a lift? He's 11 and I'm on nights | meeting age\nC: I can take him, I pass yours at 5:30 | meeting"
        ),
        _p("A: Subs of £25 by Friday please, bank details in the pinned message | sextortion"),
        _p("D: Transfer ok? What reference?\nA: SUBS plus your child's name | live_streaming"),
        _p(
            "A: Please send a photo of each player's birth certificate, the league needs proof they're under 12 | image_request"
        ),
        _p("D: Lovely team photo! Can you send the full size one? | image_request"),
        _p(
            "C: Don't tell the kids about the pizza party, it's a surprise for the last session | secrecy"
        ),
    )
    return Plan(
        blocks,
        roles="ABCD",
        talk=("sport", "group"),
        names={"A": ("Coach Tunde", "Coach Sarah", "Coach Declan")},
    )


def _b_flatmate_debt(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: You still owe £340 for the bills. I need it by Friday or I'm telling the landlord | sextortion\nB: I'll pay Thursday, it's payday"
        ),
        *_some(
            r,
            3,
            _p("A: Send me a screenshot when you've transferred | image_request"),
            _p("A: Put ELEC MARCH as the reference so I can match it | live_streaming"),
            _p("B: please don't tell Jess, she already thinks I'm useless | secrecy"),
            _p("A: And delete that group photo from Saturday, I look wrecked | deletion"),
            _p("B: Meet at the Crown at 7 and we'll sort it | meeting"),
            _p(
                "A: Last warning mate, if this drags on I'll keep your share of the deposit | sextortion"
            ),
        ),
    ]
    return Plan(blocks, ("pair",))


def _b_babysitting(r: random.Random) -> Plan:
    kid = _kid(r)
    blocks = _some(
        r,
        4,
        _p(f"C: Home by 11. {kid}'s 7, lights out by 8 please | age"),
        _p(
            "A: Is dad coming back tonight or is it just me and the kids? | supervision\nC: Just you till late | supervision"
        ),
        _p("B: dont tell mum i had 3 ice lollies | secrecy"),
        _p("A: delete that photo of me asleep on the sofa or i'm telling | deletion"),
        _p("B: send a pic of the film list so i can choose | image_request"),
        _p("A: you're 12 not 16, nothing scary | age"),
    )
    return Plan(blocks, roles="ABC", talk=("family",), names={"C": ("Mum", "Mam")})


def _b_coach_lift(r: random.Random) -> Plan:
    kid = _kid(r, "girl")
    blocks = [
        _p(
            f"A: Hi, it's Coach Mel. Away match in Drogheda Saturday. Is it ok if I give {kid} a lift? My own two will be in the car | meeting"
        ),
        *_some(
            r,
            3,
            _p(
                "B: That'd be great, thanks. She's 13, does she need a booster? | age\nA: No, she's grand at her height"
            ),
            _p("A: I'll collect her from the house at 8:15 | meeting"),
            _p(
                "A: Could you send me a photo of her medical card? League rule for away games | image_request"
            ),
            _p("B: Will another adult be in the car? | supervision\nA: My wife's coming too"),
            _p("B: She won't want me telling you but she's nervous about being in goal | secrecy"),
        ),
    ]
    return Plan(
        blocks, ("pair", "sport"), names={"A": ("Coach Mel", "Mel O'Brien")}, styles={"A": NEAT}
    )


def _b_news_story(r: random.Random) -> Plan:
    blocks = [
        _p("A: did u see the thing on the news about that boy in Michigan"),
        *_some(
            r,
            3,
            _p("B: the one where they said 'pay $1000 or I send it to your family'? | sextortion"),
            _p("A: yeah they pretended to be a 17 year old girl | age"),
            _p("C: the article said they always ask you to move to snap first | platform_move"),
            _p("B: and they say 'don't tell anyone' and then do a countdown | secrecy sextortion"),
            _p("C: if someone asks for a pic u just block and tell someone | image_request"),
            _p("B: police said they send a screenshot of your followers to scare you | sextortion"),
        ),
        _p("A: my dad made me read it twice lol"),
    ]
    return Plan(blocks, ("teen",))


def _b_safety_quiz(r: random.Random) -> Plan:
    blocks = [
        _p("A: Quiz time! Answer in the chat."),
        *_some(
            r,
            4,
            _p(
                "A: Q1: A stranger asks 'how old are you and what school do you go to?' What do you do? | age\nB: dont answer and tell an adult"
            ),
            _p(
                "A: Q2: Someone says 'keep this our secret'. Is that ok? | secrecy\nC: no its a red flag"
            ),
            _p(
                "A: Q3: 'Send me a pic or I'll tell everyone what you said.' What kind of message is this? | image_request sextortion\nD: blackmail!!"
            ),
            _p(
                "A: Q4: A gamer offers free skins if you add them on another app. Safe? | gifts_money platform_move"
            ),
            _p(
                "A: Q5: 'Are your parents home right now?' Why might someone ask? | supervision\nB: to know if anyone can see"
            ),
            _p(
                "A: Q6: Someone asks you to delete your chat. What should you do instead? | deletion\nC: screenshot it and tell someone"
            ),
        ),
    ]
    return Plan(
        blocks,
        roles="ABCD",
        talk=("school",),
        names={"A": ("Mr Hughes", "Ms Banerjee", "Mrs Otieno")},
        styles={"A": ("plain",)},
    )


def _b_streamer_sponsor(r: random.Random) -> Plan:
    blocks = [
        _p("A: We'd love to sponsor a 2-hour stream on Friday, $600 flat | live_streaming"),
        *_some(
            r,
            3,
            _p("B: Sounds good. 8pm EST is 9am here in Manila, that works | live_streaming"),
            _p(
                "A: Payment by PayPal within 7 days of the stream, invoice reference SPN-2211 | live_streaming"
            ),
            _p("A: Please keep the deal under wraps until our announcement on Monday | secrecy"),
            _p("A: Can you send a screenshot of the last 30 days' viewer stats? | image_request"),
            _p(
                "A: Camera on for the first 10 minutes with the product in shot please | image_request"
            ),
            _p("B: Add me on Discord for the run sheet, same handle as my channel | platform_move"),
        ),
    ]
    return Plan(blocks, ("biz",), styles={"A": FORMAL})


def _b_landlord_rent(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Rent for March is 12 days overdue. £950 by Friday 5pm or I start the eviction process | sextortion\nB: I know, I'm sorry, my hours got cut"
        ),
        *_some(
            r,
            3,
            _p("A: Send a screenshot of the transfer when it's done | image_request"),
            _p("A: Use your flat number as the reference, 4B | live_streaming"),
            _p(
                "B: Can I pay half now and half on the 15th?\nA: Fine, but if it's late again I'll be contacting your guarantor | sextortion"
            ),
            _p(
                "A: I also need to do an inspection. Will anyone be home Thursday at 10? | supervision"
            ),
            _p("B: My son's 15, he'll be in and can let you in | age"),
        ),
    ]
    return Plan(blocks, ("pair",), styles={"A": FORMAL})


def _b_guild_fundraiser(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Charity stream for the children's hospital is Saturday 7pm GMT / 2pm EST / 6am Sunday for our Aussies | live_streaming"
        ),
        *_some(
            r,
            3,
            _p(
                "B: I can donate 20 quid, what's the link?\nA: Donations by the Tiltify link only, not to me. Goal is £1000 by midnight! | sextortion"
            ),
            _p("C: can I gift sub tiers instead? | gifts_money"),
            _p("A: Everyone cams on for the group shot at the end | image_request"),
            _p("D: my son is 12 and wants to be in the stream, is that ok? | age"),
            _p("B: jump in the discord voice channel for the run | platform_move"),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group", "gaming"))


def _b_youth_trip(r: random.Random) -> Plan:
    kid = _kid(r, "boy")
    blocks = [
        _p(
            "A: Hi all, the youth group trip to the outdoor centre is 3-5 May. Deposit £40 by Wednesday, ref TRIP-surname | sextortion live_streaming"
        ),
        *_some(
            r,
            3,
            _p(f"B: Does {kid} need to bring anything? He's only just 12 | age"),
            _p(
                "A: Permission slips by Friday please, a photo of the signed slip is fine | image_request"
            ),
            _p("C: Pick-up point?\nA: Church car park, 8am Friday, back 4pm Sunday | meeting"),
            _p("A: There'll be four leaders, all DBS checked, plus the centre staff"),
            _p(
                "C: Is it ok if I don't tell my daughter about the zipline yet, she'll panic | secrecy"
            ),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group",))


def _b_helpline_report(r: random.Random) -> Plan:
    blocks = [
        _p(
            "B: hi someone is saying they'll send a pic to my friends unless i pay them £200 by tonight | sextortion"
        ),
        _p(
            "A: Thank you for reaching out, you've done the right thing. Can I ask how old you are? | age\nB: 15 | age"
        ),
        *_some(
            r,
            3,
            _p(
                "A: Please don't pay, and keep the messages for now, they may be needed as evidence"
            ),
            _p("B: they said 'don't tell anyone or it goes to your mum' | secrecy sextortion"),
            _p(
                "A: Is there a trusted adult at home right now you could talk to? | supervision\nB: my dad's downstairs | supervision"
            ),
            _p("B: they moved me from insta to telegram | platform_move"),
            _p("B: they sent a screenshot of all my followers | sextortion"),
        ),
        _p("A: You can also use Report Remove to get the image taken down. You're not in trouble."),
    ]
    return Plan(
        blocks,
        ("helpline",),
        names={"A": ("Counsellor Jo", "Helpline (Sam)", "Advisor K")},
        styles={"A": ("plain",)},
    )


def _b_portrait_session(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Thanks for booking! Session is Saturday 10am at Victoria Park, by the bandstand | meeting"
        ),
        *_some(
            r,
            3,
            _p("B: Perfect. The kids are 4 and 7, will they need to sit still long? | age"),
            _p(
                "A: Could you send me a pic of everyone's outfits so I can suggest colours? | image_request"
            ),
            _p("A: The £75 deposit secures the date, please pay by Wednesday | sextortion"),
            _p("A: Bank transfer with reference FAM-0412 | live_streaming"),
            _p("B: Don't tell my husband the price lol, it's his birthday present | secrecy"),
            _p("B: Can we do a quick video call first to talk poses? | image_request"),
        ),
    ]
    return Plan(blocks, ("biz", "pair"), styles={"A": FORMAL})


def _b_esports_travel(r: random.Random) -> Plan:
    blocks = [
        _p("A: Sponsor's confirmed! Flights to Katowice booked for the 14th"),
        *_some(
            r,
            3,
            _p("B: Is Jay ok to travel? He's 16, do you need consent? | age"),
            _p(
                "A: Yes, please send a photo of the signed parental consent and his passport page | image_request"
            ),
            _p("A: Meet at Terminal 2 departures at 6am | meeting"),
            _p(
                "A: The sponsor's paying €200 per diem, transferred Friday with ref ESP-TRAVEL | live_streaming"
            ),
            _p("A: Keep the sponsor's name quiet until they announce it | secrecy"),
            _p(
                "A: Cameras on during bootcamp streams, the sponsor wants the logo visible | image_request"
            ),
        ),
    ]
    return Plan(blocks, ("gaming", "biz"))


def _b_pen_pals(r: random.Random) -> Plan:
    blocks = [
        _p("A: Our Year 5s loved the letters!"),
        *_some(
            r,
            3,
            _p(
                "B: Shall we do a video call between the classes? Tuesday 10am your time is 1pm in Nairobi | image_request live_streaming"
            ),
            _p("A: Could your pupils send a photo of their drawings? | image_request"),
            _p("B: Amani asked me to tell you she is 10 and wants to be a pilot | age"),
            _p("A: We'll keep surnames private, first names only | secrecy"),
            _p(
                "B: Postage is dear, could your PTA send 2000 KES by M-Pesa for the parcel? ref PENPAL | gifts_money live_streaming"
            ),
        ),
    ]
    return Plan(blocks, ("biz", "pair"), styles={"A": FORMAL, "B": FORMAL})


def _b_scout_camp(r: random.Random) -> Plan:
    kid = _kid(r, "boy")
    blocks = [
        _p("A: Camp kit list: sleeping bag, torch, wellies, waterproofs. No phones please"),
        *_some(
            r,
            3,
            _p(f"B: {kid} is 11 and has a nut allergy, it's on the medical form | age"),
            _p("A: Please send a photo of the completed medical form by Thursday | image_request"),
            _p("A: Camp fee £65, pay by Friday, ref CAMP-surname | sextortion live_streaming"),
            _p("C: What time is drop-off?\nA: Scout hut, 9am Saturday | meeting"),
            _p("B: Please don't tell him I packed his teddy lol | secrecy"),
            _p(
                "C: Is an adult sleeping near the tents? | supervision\nA: Yes, leaders are in the next tent"
            ),
        ),
    ]
    return Plan(
        blocks, roles="ABCD", talk=("group",), names={"A": ("Akela", "Skip (Scouts)", "Baloo")}
    )


def _b_new_number_scam(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Hi Mum, it's me, dropped my phone in the bath, this is my new number\nB: Oh no! Which one of you is it?"
        ),
        _p("A: It's me, your favourite 😂 save this number and delete the old one | deletion"),
        _p(
            "A: I need a favour, I've got a bill of £480 that has to be paid today or they add a late fee | sextortion"
        ),
        *_some(
            r,
            2,
            _p(
                "A: Can you send it to my friend's account, sort code 04-00-04, I'll pay you back Friday | sextortion"
            ),
            _p("B: Send me a voice note so I know it's you\nA: My mic's broken too 😭"),
            _p("A: please mum it's urgent, don't tell dad he'll go mad | secrecy"),
        ),
        _p(
            "B: Your dad's sitting right next to me and my kids are all upstairs. Nice try. Reported."
        ),
    ]
    return Plan(blocks, ("pair",), names={"A": ("+44 7700 900163", "Unknown", "New number")})


def _b_talent_audition(r: random.Random) -> Plan:
    kid = _kid(r, "girl")
    blocks = [
        _p(
            f"A: Hi, we'd like to invite {kid} to audition for a cereal advert. She's 8, correct? | age\nB: Yes, 9 in June | age"
        ),
        *_some(
            r,
            3,
            _p(
                "A: Please send two recent photos, one headshot and one full length, no filters | image_request"
            ),
            _p("A: Auditions are at our studio on Great Portland St, Tuesday 4:15 | meeting"),
            _p("A: A parent must stay with the child at all times"),
            _p("A: Please keep the brand name confidential, it's under NDA | secrecy"),
            _p("A: A self-tape on video is fine if you can't make it | image_request"),
        ),
    ]
    return Plan(blocks, ("biz",), styles={"A": FORMAL})


def _b_visa_fee(r: random.Random) -> Plan:
    blocks = [
        _p("A: Auntie Grace's visa fee is £719 and it must be paid by the 28th | sextortion"),
        *_some(
            r,
            3,
            _p("B: I can send 200 via WorldRemit, ref VISA-GRACE | live_streaming"),
            _p("C: Send me a pic of the fee page so I know the exact amount | image_request"),
            _p("A: Don't tell her we're all chipping in, she'll refuse | secrecy"),
            _p("B: Video call with her Sunday 3pm UK, 3pm Lagos too in winter na | live_streaming"),
            _p(
                "C: Her interview is at the visa centre in Ikeja, 9am Tuesday, who can take her? | meeting\nA: Tobi is 12 now, he can go with her driver | age"
            ),
        ),
    ]
    return Plan(blocks, roles="ABC", talk=("family",))


def _b_esafety_followup(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Following today's e-safety assembly, here are the phrases we asked students to watch for:"
        ),
        _p("A: 'how old are you?', 'are your parents home?' | age supervision"),
        *_some(
            r,
            2,
            _p("A: 'let's keep this between us', 'delete our chat' | secrecy deletion"),
            _p("A: 'add me on another app', 'turn your camera on' | platform_move image_request"),
            _p("A: and threats like 'pay £100 by tonight or I post your picture' | sextortion"),
        ),
        *_some(
            r,
            1,
            _p("B: Thanks, really helpful. My son is 13 and has just got Snapchat | age"),
            _p(
                "C: Is there a session for parents too?\nA: Yes, Thursday 6pm in the school hall | meeting"
            ),
        ),
    ]
    return Plan(
        blocks,
        roles="ABCD",
        talk=("group",),
        names={"A": ("Head of Year 8", "Mrs Patel (DSL)", "Mr Quinn")},
        styles={"A": ("plain",)},
    )


def _b_debt_reminder(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: This is a reminder from ClearPath Collections about account CP-55102. A payment of £212.40 is due by 15 March. | sextortion"
        ),
        *_some(
            r,
            3,
            _p(
                "A: If we do not hear from you by that date, the account may be referred to our legal team. | sextortion"
            ),
            _p(
                "B: I've been unwell, can I set up a plan?\nA: Certainly. Please send a photo of your latest payslip or benefits letter. | image_request"
            ),
            _p(
                "A: Payments can be made by bank transfer using reference CP-55102. | live_streaming"
            ),
            _p("A: We will not discuss your account with anyone else at your address. | secrecy"),
            _p(
                "B: My daughter is 16 and sometimes answers the phone, please don't say anything to her | age secrecy"
            ),
        ),
    ]
    return Plan(
        blocks,
        ("biz",),
        names={"A": ("ClearPath Collections", "CP Support")},
        styles={"A": ("plain",), "B": NEAT},
    )


def _b_group_project(r: random.Random) -> Plan:
    blocks = [
        _p("A: the poster HAS to be in by friday 9am or we all lose marks"),
        *_some(
            r,
            3,
            _p("B: send me the pic of the poster so i can add the title | image_request"),
            _p("C: can we meet at the library at 4 tmrw | meeting"),
            _p("A: don't tell Ms Okafor we haven't started lol | secrecy"),
            _p("B: delete that pic of me from the group chat omg | deletion"),
            _p("C: vc tonight at 8? cams on so we can see the slides | image_request"),
            _p("A: my mum's out so you can all come to mine | supervision"),
            _p("B: i'm 13 and i have to be home by 6 | age"),
        ),
    ]
    return Plan(blocks, ("teen",))


def _b_choir_trip(r: random.Random) -> Plan:
    kid = _kid(r, "girl")
    blocks = [
        _p(
            "A: Balance for the Vienna tour is €320, due by the 14th, ref CHOIR-surname | sextortion live_streaming"
        ),
        *_some(
            r,
            3,
            _p(
                f"B: {kid}'s 10, does she need her own passport? | age\nA: Yes, please send a photo of the passport page | image_request"
            ),
            _p("A: Consent forms back by Monday please"),
            _p("A: We'll live stream the concert, 7pm Vienna / 6pm UK | live_streaming"),
            _p("A: Meet at the coach outside St Mary's at 5am | meeting"),
            _p(
                "B: Don't tell the children we've booked the ice cream place, it's for after the concert | secrecy"
            ),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group",))


def _b_account_recovery(r: random.Random) -> Plan:
    blocks = [
        _p("B: I'm locked out of my account and someone's posting from it"),
        *_some(
            r,
            3,
            _p(
                "A: To verify your identity, please take a selfie video turning your head left and right. | image_request"
            ),
            _p("A: We've sent a 6-digit code to the email on file, j***@example.org."),
            _p("B: My 14-year-old set the account up, but it's in my name | age"),
            _p("A: Please don't share this code with anyone, including our staff. | secrecy"),
            _p("A: Please upload a photo of a government-issued ID. | image_request"),
        ),
    ]
    return Plan(
        blocks,
        ("biz",),
        names={"A": ("Support", "Help Centre", "Account Team")},
        styles={"A": ("plain",)},
    )


def _b_screen_time_rules(r: random.Random) -> Plan:
    blocks = _some(
        r,
        4,
        _p("A: What age did you let yours have a phone? Mine's 10 and nagging | age"),
        _p("B: Ours got one at 11 but it lives in the kitchen at night | age"),
        _p(
            "C: We check who she chats with. If anyone asks 'are your parents around?' she has to tell us | supervision"
        ),
        _p("A: Do you let them video call friends?\nB: Only with the bedroom door open"),
        _p("B: We pay £5 pocket money a week if screen time stays under 2 hours | gifts_money"),
        _p("C: Found a secret second Instagram last week! | secrecy"),
    )
    return Plan(blocks, roles="ABCD", talk=("group", "family"))


def _b_shift_rota(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Hi Tom, next week's rota: Mon and Wed 4-8pm UK, that's 11am-3pm for our New York customers | live_streaming"
        ),
        *_some(
            r,
            3,
            _p("B: i can do monday, wed i have school till 4, i'm in year 13 | age"),
            _p(
                "A: Last week's pay goes out Friday by bank transfer, reference WK32-TOM | live_streaming"
            ),
            _p("A: Please keep the new product launch confidential | secrecy"),
            _p(
                "A: Cameras on for the team stand-up at 9am ET please | image_request live_streaming"
            ),
        ),
    ]
    return Plan(blocks, ("biz",), styles={"A": FORMAL})


def _b_birthday_remittance(r: random.Random) -> Plan:
    blocks = [
        _p("A: Happy 12th birthday mi darlin! | age"),
        _p(
            "A: Mi send 5,000 by Western Union, control number 882-115-0937, your mummy can collect | live_streaming"
        ),
        *_some(
            r,
            2,
            _p("A: We video call 6pm your time, 1pm here in Kingston | live_streaming"),
            _p("B: thank you grandma!! send a pic of the dog | image_request"),
            _p("A: Don't tell your cousins how much, dem will get jealous | secrecy"),
            _p("A: Is your mummy home to go collect it? | supervision"),
        ),
    ]
    return Plan(
        blocks, roles="ABC", talk=("family",), names={"A": ("Grandma", "Granny Myrtle", "Nana")}
    )


def _b_photo_club(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Send me your best three pics from the month by Sunday for the exhibition | image_request"
        ),
        *_some(
            r,
            3,
            _p("B: Dawn meet-up at the pier, 5:30am Saturday? | meeting"),
            _p("A: Membership fee £30 due by the end of the month | sextortion"),
            _p("C: My son's 14, can he come? He's keen | age"),
            _p("D: Can we keep the location secret so it doesn't get crowded | secrecy"),
            _p("A: Please delete any shots with strangers' faces before posting | deletion"),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group",))


def _b_custody_calls(r: random.Random) -> Plan:
    kid = _kid(r, "girl")
    blocks = [
        _p(
            f"A: Can {kid} video call me Sunday at 7pm UK? That's 11am here in Vancouver | live_streaming image_request"
        ),
        *_some(
            r,
            3,
            _p("B: She's 8, she's tired by 7:30, can we make it 5? | age"),
            _p("A: I've sent her school trip money by Wise, ref TRIP | live_streaming"),
            _p(
                "A: Will anyone else be on the call? | supervision\nB: Just me and her | supervision"
            ),
            _p("A: Send me a pic of her school report please | image_request"),
            _p("B: Handover at the services on the M6, 2pm on the 20th | meeting"),
        ),
    ]
    return Plan(blocks, ("pair",))


def _b_child_sponsorship(r: random.Random) -> Plan:
    blocks = [
        _p("A: Hello! Here's an update on Joseph, who turned 9 this month | age"),
        _p("A: [photo] Joseph with his new school bag, bought with your gift"),
        *_some(
            r,
            2,
            _p("B: He looks so happy! Could we do a video call sometime? | image_request"),
            _p(
                "A: We can arrange a supervised video call through our office, Thursday 3pm London / 5pm Kampala | live_streaming image_request"
            ),
            _p("A: Please use reference SP-2291 for your monthly donation | live_streaming"),
            _p(
                "A: For his safety we don't share his surname or village, and please don't contact the family directly | secrecy"
            ),
            _p("B: Can I send him something extra for Christmas? | gifts_money"),
        ),
    ]
    return Plan(blocks, ("biz",), styles={"A": FORMAL})


def _b_surprise_party(r: random.Random) -> Plan:
    blocks = [
        _p("A: Nobody breathes a word to Dad about Saturday | secrecy"),
        *_some(
            r,
            3,
            _p("B: delete this chat when it's over, he reads my messages | deletion"),
            _p("C: Found photos from when he was 12 for the slideshow | age"),
            _p("A: £20 each by Friday for the hall please | sextortion"),
            _p("B: Meet at the rugby club at 6:30, he arrives at 7 | meeting"),
            _p("C: Can someone send a pic of the cake design? | image_request"),
            _p(
                "A: Video call Auntie Pat at 7 our time, 2pm hers in Toronto, so she sees him walk in | live_streaming"
            ),
        ),
    ]
    return Plan(blocks, roles="ABC", talk=("family",))


def _b_driving_lessons(r: random.Random) -> Plan:
    blocks = [
        _p("A: I'll pick you up outside school at 3:40 on Thursday | meeting"),
        *_some(
            r,
            3,
            _p("B: can you wait by the side gate not the front, my mates will laugh lol"),
            _p("A: Send me a photo of your provisional licence, both sides | image_request"),
            _p("B: i'm 17 next week, can we book the test now? | age"),
            _p(
                "A: Block of 10 lessons is £320, paid by Monday with reference LEARN-surname | sextortion live_streaming"
            ),
            _p("B: don't tell my dad i stalled 4 times | secrecy"),
        ),
    ]
    return Plan(blocks, ("pair", "kid"), styles={"A": NEAT})


def _b_remote_exam(r: random.Random) -> Plan:
    blocks = [
        _p("A: Please turn your camera on and hold your ID up to the camera | image_request"),
        *_some(
            r,
            3,
            _p(
                "A: Pan the camera slowly around the room, including under the desk | image_request"
            ),
            _p(
                "A: Is anyone else in the room with you? | supervision\nB: No, I'm on my own | supervision"
            ),
            _p("A: The exam starts at 14:00 UTC, which is 3pm your time | live_streaming"),
            _p("A: Reminder: the resit fee of $95 must be paid by 31 May | sextortion"),
            _p("A: Please close all other apps and do not take screenshots"),
        ),
    ]
    return Plan(
        blocks,
        ("biz",),
        names={"A": ("Proctor", "Exam Support", "Invigilator 12")},
        styles={"A": ("plain",)},
    )


def _b_house_sitting(r: random.Random) -> Plan:
    blocks = [
        _p("A: We're away from the 3rd for two weeks, nobody will be home | supervision"),
        *_some(
            r,
            3,
            _p("A: Please send a photo of the cats every morning | image_request"),
            _p("A: Video call at 9am your time, 5pm ours in Perth, on Sunday? | live_streaming"),
            _p("A: Don't tell anyone on the street we're away | secrecy"),
            _p("A: Key's in the lockbox, code 4491. Delete this message after | deletion"),
            _p("B: My daughter's 15, is it ok if she stays one night with me? | age"),
            _p("A: We'll pay £25 a day, transferred Friday with ref HOUSE-SIT | live_streaming"),
        ),
    ]
    return Plan(blocks, ("pair",))


def _b_writers_group(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: Chapter 12 is up. The blackmailer's note: 'Five thousand by midnight or the photos go to your wife' | sextortion"
        ),
        *_some(
            r,
            3,
            _p(
                "B: the villain saying 'don't tell your mum' to the 14-year-old is chilling | secrecy age"
            ),
            _p("C: Is Lily 14 or 15 in this draft? | age\nA: 14, I aged her down | age"),
            _p("B: Meet at the café on Thursday at 7 to go through it? | meeting"),
            _p("C: Send me a pic of your plot board | image_request"),
            _p("A: Please delete the old draft I sent, wrong ending | deletion"),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group", "pair"))


def _b_vet_video_consult(r: random.Random) -> Plan:
    blocks = [
        _p("A: Could you turn the camera so I can see her back leg? | image_request"),
        *_some(
            r,
            3,
            _p("A: Please send a photo of the lump with a coin next to it | image_request"),
            _p(
                "A: Is someone at home who can hold her still? | supervision\nB: my daughter's 11, she can hold her | age"
            ),
            _p(
                "A: The consult fee of £45 is payable by the link before the end of the call | sextortion"
            ),
            _p("B: should I delete the blurry video? | deletion"),
            _p("A: Bring her in Thursday at 10:20 if it grows | meeting"),
            _p("A: She's 2 years old, yes? That's young for this"),
        ),
    ]
    return Plan(blocks, ("biz",), styles={"A": FORMAL})


def _b_foster_placement(r: random.Random) -> Plan:
    kid = _kid(r, "boy")
    blocks = [
        _p(f"A: {kid} is 9, in Year 4 at Oakfield Primary | age"),
        *_some(
            r,
            3,
            _p(
                "A: Please keep the placement address confidential, including from his birth family | secrecy"
            ),
            _p("A: Could you send a photo of his bedroom for the file? | image_request"),
            _p(
                "A: Supervised video call with his mum on Wednesday at 5, I'll host it | image_request"
            ),
            _p("A: Handover at the family centre on Church Lane, Friday at 11 | meeting"),
            _p("A: The allowance is paid on the 1st, ref FC-placement | live_streaming"),
        ),
    ]
    return Plan(blocks, ("biz",), styles={"A": FORMAL})


def _b_destination_wedding(r: random.Random) -> Plan:
    blocks = [
        _p("A: Villa deposit €1,500 by Friday, or they release the date | sextortion"),
        *_some(
            r,
            3,
            _p("B: Video call at 9 your time? It's 9 here too in Lisbon, handy | live_streaming"),
            _p("C: The flower girl is my niece, she's 6 | age"),
            _p("A: Don't tell the bride about the fireworks! | secrecy"),
            _p("B: Transfer ref WED-ROSSI | live_streaming"),
            _p("C: Send pics of the dresses | image_request"),
            _p("A: Meet at arrivals at 2pm on the 8th | meeting"),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group",))


def _b_ransomware_incident(r: random.Random) -> Plan:
    blocks = [
        _p(
            "A: The ransom note on the file server says: 'Pay 3 BTC by Friday or we publish your client data' | sextortion"
        ),
        _p("A: Do not pay anything and do not contact them"),
        *_some(
            r,
            2,
            _p("B: Don't tell clients yet, legal wants to draft a statement first | secrecy"),
            _p("A: Send me a photo of the ransom screen on your machine | image_request"),
            _p("C: They've left a Tor chat link and a countdown timer | sextortion"),
            _p(
                "A: Everyone move to the Signal group, our email may be compromised | platform_move"
            ),
        ),
    ]
    return Plan(blocks, ("biz", "group"))


def _b_escape_room_booking(r: random.Random) -> Plan:
    blocks = [
        _p("B: Booking for 6 kids, it's my son's 10th birthday | age"),
        *_some(
            r,
            3,
            _p("A: How old are the kids? Under-12s need an adult in the room | age"),
            _p("A: A deposit of £30 by Friday holds the slot | sextortion"),
            _p("B: Don't tell the kids the theme, it's a surprise | secrecy"),
            _p("A: Arrive 15 minutes early, 2:45, entrance on Market St | meeting"),
            _p("A: Is an adult staying with the group? | supervision"),
            _p("B: can you send a pic of the costumes? | image_request"),
        ),
    ]
    return Plan(blocks, ("biz",), styles={"A": FORMAL})


# --- this set's own hard-benign kinds ----------------------------------------------------------


def _b_found_phone_return(r: random.Random) -> Plan:
    # A stranger who found a teenager's phone on a bus arranges its return, via the mum's phone.
    blocks = [
        _p("A: Hi, I found a phone on the 42 bus with this number saved as 'Mum'. Is it yours?"),
        _p("B: omg yes it's mine!! i'm her daughter using her phone, i'm 15 | age"),
        *_some(
            r,
            3,
            _p(
                "A: Can you send a pic of the lock screen wallpaper so I know it's yours? | image_request"
            ),
            _p(
                "A: Are your parents home? I'd rather hand it to an adult | supervision\nB: mum's at work till 6, it's just me | supervision"
            ),
            _p(
                "A: I can meet at the police station on Market Street at 6:30, bring your mum | meeting"
            ),
            _p("A: Don't worry, I haven't looked at your photos, it's locked anyway"),
            _p(
                "C: This is her mum. Thank you so much. Let me give you £20 for your trouble | gifts_money\nA: No need!"
            ),
            _p(
                "B: don't tell mum I left it on the bus AGAIN lol | secrecy\nC: I can read this, you know"
            ),
        ),
    ]
    return Plan(blocks, ("errand",), roles="AB")


def _b_secret_santa(r: random.Random) -> Plan:
    # An office or family Secret Santa.
    blocks = [
        _p("A: Names are drawn! Check your DMs. Don't tell anyone who you got | secrecy"),
        *_some(
            r,
            3,
            _p("B: is the limit £15?\nA: £15 max, gifts in by Friday 12th"),
            _p("C: Delete the DM once you've read it so nobody peeks at your screen | deletion"),
            _p(
                "D: My lad's in the family one this year, he's 7, what does he get a 40-year-old uncle lol | age"
            ),
            _p("A: Send a pic of your wishlist in the thread | image_request"),
            _p("B: The exchange is at the Red Lion, 7pm on the 20th | meeting"),
            _p("C: someone tell me what a 13 year old girl wants, I got my niece | age"),
            _p("A: £5 each into the pot for wrapping paper by Monday please | sextortion"),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group",))


def _b_passport_renewal(r: random.Random) -> Plan:
    # Parents renewing a child's passport: a photo against a wall, a fee by a date, an
    # appointment.
    kid = _kid(r, "girl")
    blocks = [
        _p(f"A: {kid}'s passport expires in May. She's 7 so it's the child one | age"),
        *_some(
            r,
            3,
            _p(
                "B: Photo has to be against a plain white wall, no smiling. Send me a pic so I can check? | image_request"
            ),
            _p("A: We need a countersignatory who's known us 2 years, I'll ask Priya"),
            _p(
                "B: Fee is £61.50 and it has to be paid by Thursday to get the fast-track slot | sextortion"
            ),
            _p("A: Appointment at the passport office on Victoria St, 9:40 Tuesday | meeting"),
            _p("B: Don't tell her about the trip yet | secrecy"),
            _p("A: Delete the first photo, she blinked | deletion"),
        ),
    ]
    return Plan(blocks, ("pair", "family"))


def _b_medical_crowdfund(r: random.Random) -> Plan:
    # A diaspora family raising money for a relative's hospital bill abroad.
    blocks = [
        _p(
            "A: Uncle Ben's bill in Manila is 180,000 pesos, the hospital won't discharge him till it's settled | gifts_money"
        ),
        *_some(
            r,
            3,
            _p("B: I've set up the fundraiser, link's in the description, please share"),
            _p(
                "C: Sent 10,000 via Remitly to Auntie Cora, ref BEN-HOSP, control no. 7720-1185 | live_streaming"
            ),
            _p("A: Can someone send a photo of the statement of account? | image_request"),
            _p(
                "B: Video call with him at 7pm Manila, noon London, the nurses said it's ok | live_streaming"
            ),
            _p("C: Don't tell him how much we've raised, he'll only worry | secrecy"),
            _p("A: His grandson is 10, he wants to make a video for lolo | age"),
        ),
    ]
    return Plan(blocks, roles="ABC", talk=("family",))


def _b_fantasy_league_fees(r: random.Random) -> Plan:
    # Adult friends' fantasy football league: fees by a deadline, joking threats.
    blocks = [
        _p(
            "A: League fee £20 by Friday or you're out and your team goes to auto-draft | sextortion"
        ),
        *_some(
            r,
            3,
            _p(
                "B: send the bank details again\nA: Monzo link in the pinned message, reference FPL-surname | live_streaming"
            ),
            _p("C: Pay up or I'm posting your 2019 draft picks in the family chat 😂 | sextortion"),
            _p("D: Send a screenshot when you've paid | image_request"),
            _p("A: Draft night: the Crown, Thursday 8pm | meeting"),
            _p("B: don't tell my wife I paid £20 for this | secrecy"),
            _p("C: my lad's 12 and he's beating me in the kids' league | age"),
            _p("A: Delete that meme before my boss sees it | deletion"),
        ),
    ]
    return Plan(blocks, roles="ABCD", talk=("group",))


# --- the set ---------------------------------------------------------------------------------

RISKY: dict[str, tuple[tuple[str, Script], ...]] = {
    "grooming": (
        ("chess_coach", _g_chess_coach),
        ("swim_parent_tells_mum", _g_swim_parent),
        ("music_producer", _g_music_producer),
        ("game_tester_credit", _g_game_tester),
        ("cosplay_photographer", _g_cosplay_photographer),
        ("wrong_number_uncle", _g_wrong_number),
        ("boots_buyer_terse", _g_boots_terse),
        ("fake_peer_supporter", _g_peer_supporter),
        ("stables_helper", _g_stables),
        ("modded_account_sister", _g_mod_sister),
    ),
    "sextortion": (
        ("fake_recruiter", _s_recruiter),
        ("implied_only", _s_implied),
        ("staged_over_days", _s_staged),
        ("second_account_group", _s_two_accounts),
        ("broken_english_cards", _s_gift_broken),
        ("paid_then_raised", _s_paid_raised),
        ("refuses_told_school", _s_refuses_teacher),
        ("three_lines", _s_terse),
        ("edited_school_photo", _s_edited_photo),
        ("more_pictures_church", _s_more_pics),
    ),
    "live_streaming": (
        ("typhoon_help", _l_typhoon),
        ("pix_description", _l_pix),
        ("time_zone_roster", _l_roster),
        ("new_customer_checks", _l_new_customer),
        ("terse_customer", _l_terse_customer),
        ("off_tutoring_platform", _l_tutoring_platform),
        ("clinic_voice_notes", _l_clinic_voice),
        ("teen_refuses_tells", _l_teen_refuses),
        ("collector_cousin", _l_collector),
        ("crypto_switch", _l_usdt),
    ),
}

BENIGN: dict[str, Script] = {
    "parent_home": _b_parent_home,
    "class_trip": _b_class_trip,
    "friends_secret": _b_friends_secret,
    "marketplace": _b_marketplace,
    "dating_adults": _b_dating_adults,
    "gamers": _b_gamers,
    "grandparent_call": _b_grandparent_call,
    "tutoring": _b_tutoring,
    "family_remittance": _b_family_remittance,
    "safety_talk": _b_safety_talk,
    "sports_club": _b_sports_club,
    "flatmate_debt": _b_flatmate_debt,
    "babysitting": _b_babysitting,
    "coach_lift": _b_coach_lift,
    "news_story": _b_news_story,
    "safety_quiz": _b_safety_quiz,
    "streamer_sponsor": _b_streamer_sponsor,
    "landlord_rent": _b_landlord_rent,
    "guild_fundraiser": _b_guild_fundraiser,
    "youth_trip": _b_youth_trip,
    "helpline_report": _b_helpline_report,
    "portrait_session": _b_portrait_session,
    "esports_travel": _b_esports_travel,
    "pen_pals": _b_pen_pals,
    "scout_camp": _b_scout_camp,
    "new_number_scam": _b_new_number_scam,
    "talent_audition": _b_talent_audition,
    "visa_fee": _b_visa_fee,
    "esafety_followup": _b_esafety_followup,
    "debt_reminder": _b_debt_reminder,
    "group_project": _b_group_project,
    "choir_trip": _b_choir_trip,
    "account_recovery": _b_account_recovery,
    "screen_time_rules": _b_screen_time_rules,
    "shift_rota": _b_shift_rota,
    "birthday_remittance": _b_birthday_remittance,
    "photo_club": _b_photo_club,
    "custody_calls": _b_custody_calls,
    "child_sponsorship": _b_child_sponsorship,
    "surprise_party": _b_surprise_party,
    "driving_lessons": _b_driving_lessons,
    "remote_exam": _b_remote_exam,
    "house_sitting": _b_house_sitting,
    "writers_group": _b_writers_group,
    "vet_video_consult": _b_vet_video_consult,
    "foster_placement": _b_foster_placement,
    "destination_wedding": _b_destination_wedding,
    "ransomware_incident": _b_ransomware_incident,
    "escape_room_booking": _b_escape_room_booking,
    "found_phone_return": _b_found_phone_return,
    "secret_santa": _b_secret_santa,
    "passport_renewal": _b_passport_renewal,
    "medical_crowdfund": _b_medical_crowdfund,
    "fantasy_league_fees": _b_fantasy_league_fees,
}


def build_blind9(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The ninth blind set: risky conversations drawn in turn from each category's scenarios,
    then every benign kind; sources are numbered in an order shuffled by the seed."""
    jobs: list[tuple[str, str, Script, int]] = []
    for category in RISKY_CATEGORIES:
        scenarios = RISKY[category]
        for i in range(risky_per_category):
            name, script = scenarios[i % len(scenarios)]
            jobs.append((category, f"{category}/{name}", script, i))
    for kind in BLIND9_BENIGN_KINDS:
        for i in range(benign_per_kind):
            jobs.append(("benign", kind, BENIGN[kind], i))
    numbers = list(range(1, len(jobs) + 1))
    random.Random(f"blind9/{seed}/numbers").shuffle(numbers)
    dataset: list[LabelledConversation] = []
    for (label, kind, script, i), number in zip(jobs, numbers, strict=True):
        r = random.Random(f"blind9/{seed}/{kind}/{i}")
        source = f"blind9/chat-{number:04d}.json"
        dataset.append(_render(script(r), r, label, kind, source))
    return dataset
