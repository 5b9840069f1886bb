# ruff: noqa: E501
"""A sixth blind test set for chat-risk ranking, written without reading the rules, the other
sets' scripts or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), ``cairn/model/chat.py`` and
``evaluation/metrics.py``. From the other sets only these were read: ``Beat``, ``_b``,
``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in ``dataset.py`` (the ``sed`` that
showed them also showed the imports, the first lines of ``SMALL_TALK``, ``small_talk``,
``_pick``, the first two lines of a grooming script and of the renderer; none was reused); the
module docstrings of ``blind.py`` to ``blind5.py`` (for the labelling conventions and the
one-line descriptions of the benign kinds); the constants ``FAMILY_NAMES``,
``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS`` (the ``grep`` also showed ``blind.py``'s type
aliases and the start of its name list; not reused), ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS`` and ``FIFTH_BENIGN_KINDS`` (with the
``BLIND*_BENIGN_KINDS`` and ``FORMAT`` lines next to them); the signature of
``formats.base.conversation_id`` (its first lines showed with it); the ruff and mypy settings
in pyproject.toml; and ``tests/chats/test_chat_blind_sets_shape.py``, where this set's entry
and two shape checks of its own were added. Not read: the rule code (``indicators.py``,
``assess.py``, ``normalise.py``, ``paraphrases.py``, ``composed.py``, ``learned.py`` and its
weights, ``identifiers.py`` and the rest of ``cairn/chats`` outside the files named), the
scripts of the earlier sets, docs/chats.md, the other chat tests and the project's history
(only ``git status`` was run, which lists changed file names). The scorer was never run on this
set and no score was looked at. Every line is this module's own; the reference's example
phrases were avoided in risky lines (its situations were followed, not its wording) and appear,
if at all, in benign conversations that quote them.

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind:
every kind of ``BENIGN_KINDS``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS`` and ``FIFTH_BENIGN_KINDS``, written afresh from
the kind's name (and its one-line description where an earlier docstring gives one), plus five
new kinds (``SIXTH_BENIGN_KINDS``): a teenager's part-time remote job whose manager sets shifts
across time zones and pays by transfer with a reference (``shift_rota``); a grandparent abroad
sending birthday money by remittance with a control number and a video call on the day
(``birthday_remittance``); a photography club asking members for their pictures and arranging a
dawn meet-up (``photo_club``); separated parents arranging a child's video calls across time
zones (``custody_calls``); and a charity's liaison updating a sponsor about a sponsored child,
with photos, donation references and a supervised video call (``child_sponsorship``). Risky
scenarios (``kind`` is ``category/scenario``, drawn in turn): grooming in a game's voice-chat
transcript, by a "talent agent", by an adult posing as a teen, by a relative's friend, by a
sports coach messaging privately, in a long-distance "relationship", a child telling a friend
what an adult asked, an adult on a hobby forum whom the child refuses and reports, and an adult
who drops only a few lines into a children's game server; sextortion by an organised scam
script, by a teenager's former partner, through a hacked account, for gift cards, for crypto,
in broken English, very short, paid and escalating, with only an implied threat, and by an
extorter posing as a girl; the chat side of paid live-streams: the facilitator offering, a
customer haggling, scheduling across time zones, remittance references and receipts, "show me
she is there" checks before paying, a regular weekly booking, a move to a private video app,
and "help" requests before calls. Some children refuse, stall or tell an adult. Registers: UK,
US, Irish, Scottish, Nigerian, Kenyan, Indian, Filipino, Jamaican and Australian English,
formal, slang, non-native English (Russian, German, Portuguese, Polish, French, Spanish,
Tagalog first languages), typos, texting abbreviations, emoji, all lower case and voice-note
transcripts; each speaker also gets a style applied to every line they write. Stages are
shuffled where the reference says they are not sequential; small talk that fits the setting
sits between the steps so cues are a minority; lengths run from 10 to 80 messages; some
conversations have gaps of hours or days. Images are only referred to ("the pic"). Everything
is synthetic and non-explicit: risk indicators only, no sexual content, no description of
abuse. Phone numbers are in the fictional 07700 900xxx range, emails use example.org, and the
one bitcoin address is the public genesis address. Sources (``blind6/chat-NNNN.json``) are
numbered in a shuffled order and titles are the participants' names, so neither gives the label
away.

**Labels** follow the conventions of the earlier docstrings, line by line *as written*,
whatever the conversation is. ``label`` is the conversation's truth (a category or ``benign``);
``kind`` is ``category/scenario`` for risky conversations and the benign kind otherwise. A
payment demand with a deadline or payment instructions, and a threat to expose someone, is
``sextortion`` (a photo club's fee "by the end of the month" too); scheduling a video call
across time zones, or a payment by remittance or e-wallet with a reference, and the offer or
price of a "show", is ``live_streaming``; a request to turn a camera on, for a video call or
for a photo of anything (a receipt, a gift card's code) is ``image_request``; a cue quoted in a
warning, a report to a friend, a news story or a quiz is marked too. A statement that a
particular person is a minor's age or school year, naming a child's school, and asking
someone's age or school are ``age``; adults stating adult ages and notices to a whole age group
are not. A child saying nobody is at home, or asking or answering who is around to see, is
``supervision``; giving one's handle or number for another app, or asking someone to move to
one, is ``platform_move``; money or gifts offered or asked for as help is ``gifts_money``;
flattery, and driving a wedge between a child and others, is ``trust_isolation``; keeping
something from others is ``secrecy`` and asking for a chat or a picture to be deleted is
``deletion``; a place and time to meet, or a lift, is ``meeting``. A scripted line drawn twice
in one conversation is kept once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.blind3 import OWN_BENIGN_KINDS
from cairn.chats.evaluation.blind4 import FOURTH_BENIGN_KINDS
from cairn.chats.evaluation.blind5 import FIFTH_BENIGN_KINDS
from cairn.chats.evaluation.dataset import (
    BENIGN_KINDS,
    NAMES,
    Beat,
    LabelledConversation,
    _b,
)
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "BLIND6_BENIGN_KINDS",
    "SEED",
    "SIXTH_BENIGN_KINDS",
    "build_blind6",
]

SEED = 66_006
FORMAT = "synthetic"
SIXTH_BENIGN_KINDS = (
    "shift_rota",
    "birthday_remittance",
    "photo_club",
    "custody_calls",
    "child_sponsorship",
)
BLIND6_BENIGN_KINDS = (
    *BENIGN_KINDS,
    *EXTRA_BENIGN_KINDS,
    *NEW_BENIGN_KINDS,
    *OWN_BENIGN_KINDS,
    *FOURTH_BENIGN_KINDS,
    *FIFTH_BENIGN_KINDS,
    *SIXTH_BENIGN_KINDS,
)

# A block is a run of scripted lines that stay together (a question and its answer). A plan
# is the blocks in order; a float in a plan is a gap in hours before the next block, and a
# string switches the small-talk pool used after the blocks that follow it.
Block = list[Beat]
Plan = list[Block | float | str]
Script = Callable[[random.Random], Plan]


@dataclass(frozen=True, slots=True)
class _Scenario:
    """How to draw one kind of conversation."""

    kind: str
    script: Script
    setting: str
    length: tuple[int, int, int] = (10, 80, 14)  # low, high, mode of the target length
    plain: str = ""  # speakers whose lines stay as written (formal writers)
    voice: str = ""  # speakers whose every line is a voice-chat transcript
    filler_by: str = ""  # speakers allowed in small talk ("" for everyone)
    opens: bool = False  # a first contact: no small talk before the first block


def _o(r: random.Random, *options: str) -> str:
    return r.choice(options)


def _pb(r: random.Random, speaker: str, *options: tuple[str, str]) -> Beat:
    """One of several lines, each with its own families (space-separated)."""
    text, families = r.choice(options)
    return _b(speaker, text, *families.split())


def _may(r: random.Random, p: float, *beats: Beat) -> Block:
    return list(beats) if r.random() < p else []


def _mix(r: random.Random, *blocks: Block) -> list[Block]:
    kept = [block for block in blocks if block]
    r.shuffle(kept)
    return kept


def _some(r: random.Random, low: int, *blocks: Block) -> list[Block]:
    """At least ``low`` of the given blocks (each further one with even odds), in order."""
    chosen = set(r.sample(range(len(blocks)), min(low, len(blocks))))
    return [b for i, b in enumerate(blocks) if b and (i in chosen or r.random() < 0.5)]


def _gap(r: random.Random, p: float, low: float = 2.0, high: float = 60.0) -> list[float]:
    return [round(r.uniform(low, high), 2)] if r.random() < p else []


# --- small talk ----------------------------------------------------------------------------
# Short exchanges by role; a pool is chosen per setting and switched by the plan.

_T = tuple[tuple[str, str], ...]


def _ex(*lines: str) -> _T:
    """An exchange written as "A:text" strings."""
    return tuple((line[0], line[2:]) for line in lines)


_POOLS: dict[str, tuple[_T, ...]] = {
    "common": (
        _ex("A:ok"),
        _ex("B:ok"),
        _ex("A:haha"),
        _ex("B:lol"),
        _ex("A:👍"),
        _ex("B:yeah"),
        _ex("A:one sec"),
        _ex("B:sorry was busy"),
        _ex("A:true"),
        _ex("B:hmm"),
        _ex("A:sure"),
        _ex("B:wait"),
        _ex("A:?"),
        _ex("B:yep"),
        _ex("A:sorry, signal"),
        _ex("B:k"),
        _ex("A:no worries"),
        _ex("B:😅"),
        _ex("A:back"),
        _ex("B:thanks"),
        _ex("A:right"),
        _ex("B:fair"),
        _ex("A:ha"),
        _ex("B:mm"),
    ),
    "teen": (
        _ex("B:lol", "A:fr"),
        _ex("A:wyd", "B:nothing, revising for a test"),
        _ex("B:did u watch the new episode", "A:not yet no spoilers!!"),
        _ex("A:thats so random 😂"),
        _ex("B:brb dinner", "B:back"),
        _ex("B:so much homework tonight", "A:ugh same"),
        _ex("A:what music u into", "B:everything tbh, mostly afrobeats rn"),
        _ex("B:😂😂"),
        _ex("B:my phone is on 4%"),
        _ex("A:hows ur day been", "B:boring lol"),
        _ex("B:wait what", "A:nvm"),
        _ex("A:my cat just knocked my drink over", "B:noooo"),
        _ex("B:sorry fell asleep"),
        _ex("A:that teacher sounds awful", "B:she is"),
        _ex("B:bruh"),
        _ex("B:its raining again", "A:always"),
        _ex("A:did u finish the essay", "B:half"),
        _ex("B:my brother is so annoying today"),
        _ex("A:the canteen pizza was actually good", "B:no way"),
        _ex("B:i need new trainers so bad"),
        _ex("A:lmaooo"),
        _ex("B:that video was so funny", "A:which one", "B:the goat one"),
        _ex("A:i cant wait for the holidays"),
        _ex("B:netflix is down??", "A:works for me"),
        _ex("A:ur so dramatic 😂"),
        _ex("B:pe was brutal"),
        _ex("A:ngl im starving"),
        _ex("B:have u done the maths hw", "A:what maths hw"),
    ),
    "gamer": (
        _ex("A:gg", "B:gg"),
        _ex("B:that last round was rigged"),
        _ex("A:rematch?", "B:one more then dinner"),
        _ex("B:lag is insane today"),
        _ex("A:who has the medkit", "B:me"),
        _ex("A:nice shot"),
        _ex("B:my controller keeps dying"),
        _ex("A:left side left side", "B:got him"),
        _ex("A:that patch ruined the sniper"),
        _ex("B:queue up"),
        _ex("A:ok brb", "B:k"),
        _ex("A:did you see the new skins", "B:they look mid"),
        _ex("B:im so bad today"),
        _ex("A:servers are dying"),
        _ex("B:who threw that grenade 💀"),
        _ex("A:reload reload"),
        _ex("B:we need a healer"),
        _ex("A:that boss took forever", "B:finally"),
        _ex("B:ranked is so sweaty tonight"),
        _ex("A:my ping is 200"),
        _ex("B:push B"),
        _ex("A:update is 40gb wtf", "B:rip"),
    ),
    "family": (
        _ex("A:How was school?", "B:fine"),
        _ex("A:Did you eat?", "B:yes"),
        _ex("A:The weather here is shocking"),
        _ex("A:Good luck with your match", "B:thanks!!"),
        _ex("A:Your nan says hello", "B:hi nan"),
        _ex("A:What are you up to this weekend?", "B:not much"),
        _ex("A:How's the new phone?", "B:good"),
        _ex("A:Sorry I missed your call"),
        _ex("B:can we have pasta tonight", "A:We'll see"),
        _ex("A:Did you feed the cat?", "B:yes!!"),
        _ex("B:where's my charger", "A:Kitchen drawer"),
        _ex("A:Wear a coat, it's cold"),
        _ex("B:i got a merit in science", "A:Well done!! 🎉"),
        _ex("A:Auntie is asking about you"),
        _ex("B:can Sam come over friday", "A:Ask your dad"),
        _ex("A:Remember your PE kit"),
        _ex("B:the wifi is off again"),
        _ex("A:Love you", "B:love u too"),
        _ex("A:Is it raining there?", "B:a bit"),
        _ex("A:Church is at 10 on Sunday"),
    ),
    "adult": (
        _ex("A:Morning", "B:morning!"),
        _ex("A:How's your week going?", "B:busy but fine"),
        _ex("A:Sorry, was in a meeting", "B:no worries"),
        _ex("A:Traffic is a nightmare today"),
        _ex("B:ha, tell me about it"),
        _ex("A:Have a good weekend", "B:you too"),
        _ex("A:Just seen this"),
        _ex("B:cheers"),
        _ex("A:The trains are a joke this week"),
        _ex("B:sorry, kids' bedtime chaos"),
        _ex("A:Did you catch the match?", "B:don't talk to me about it"),
        _ex("B:long day"),
        _ex("A:Hope you're feeling better", "B:much better thanks"),
        _ex("A:Can't believe it's nearly the end of the month"),
        _ex("B:just back from the gym"),
        _ex("A:Sorry for the slow reply"),
    ),
    "formal": (
        _ex("A:Thank you for your message.", "B:Thanks"),
        _ex("A:Please let me know if you have any questions."),
        _ex("B:Will do, thank you"),
        _ex("A:Kind regards"),
        _ex("A:I hope you are well."),
        _ex("B:Received, thanks"),
        _ex("A:Apologies for the delay in replying."),
        _ex("B:No problem at all"),
        _ex("A:I'll confirm in writing shortly."),
        _ex("B:Sorry, only just seen this"),
        _ex("A:Our office is closed on Monday for the bank holiday."),
        _ex("B:Noted, thank you"),
        _ex("A:Many thanks for your patience."),
        _ex("B:Could you email that too?", "A:Of course"),
        _ex("A:Have a good afternoon."),
    ),
    "group": (
        _ex("C:👍"),
        _ex("D:thanks!"),
        _ex("C:can someone remind me what time", "D:see above 🙂"),
        _ex("E:sorry only just seen this"),
        _ex("C:brilliant, thank you"),
        _ex("D:is it still on if it rains?", "A:yes unless I say otherwise"),
        _ex("C:👏👏"),
        _ex("E:thank you for organising"),
        _ex("D:noted"),
        _ex("C:will there be parking?", "D:small car park behind"),
        _ex("E:🙏"),
        _ex("D:ok"),
        _ex("C:sorry wrong chat!"),
        _ex("E:does anyone have a spare water bottle?"),
        _ex("D:lost property has a blue coat if anyone's missing one"),
        _ex("C:thanks for the update"),
        _ex("E:great 👍"),
        _ex("D:can I check, is it the same place as last time?", "A:yes"),
        _ex("C:my phone autocorrected that, ignore 😂"),
        _ex("E:what should they wear?", "A:comfy clothes and trainers"),
        _ex("D:thank you!!"),
        _ex("C:sorry, what was the date again?", "D:the 12th"),
    ),
    "server": (
        _ex("B:anyone up for ranked", "C:me"),
        _ex("D:gimme 5 min"),
        _ex("C:lol"),
        _ex("B:who took my spot", "D:not me"),
        _ex("C:gg ez"),
        _ex("D:my wifi is so bad"),
        _ex("B:bruh"),
        _ex("C:is the event still on", "B:yeah till sunday"),
        _ex("D:😂"),
        _ex("B:stop spamming"),
        _ex("C:who wants to build"),
        _ex("D:my base got griefed again", "C:noooo"),
        _ex("B:the new map is sick"),
        _ex("C:brb mum is calling me"),
        _ex("D:who has diamonds"),
        _ex("B:server restart in 10 mins?"),
        _ex("C:im bored"),
        _ex("D:join vc"),
    ),
    "acquaint": (
        _ex("A:How's school going?", "B:grand"),
        _ex("A:Did you win on Saturday?", "B:lost 2-1"),
        _ex("B:ok"),
        _ex("A:Weather's desperate today"),
        _ex("A:Your uncle was in flying form at the golf"),
        _ex("B:haha"),
        _ex("A:Any plans for the weekend?", "B:not really"),
        _ex("B:thanks"),
        _ex("A:Tell your mam I was asking for her", "B:will do"),
        _ex("A:Exams going alright?", "B:one left"),
        _ex("B:sorry was at training"),
        _ex("A:Big match on the telly tonight"),
    ),
    "sport": (
        _ex("A:Well played today", "B:thanks"),
        _ex("A:Remember to stretch tonight", "B:will do"),
        _ex("B:my legs are dead"),
        _ex("A:Hydrate!"),
        _ex("B:did we win the cup game last week", "A:3-1"),
        _ex("A:Good effort"),
        _ex("B:is training on if it snows"),
        _ex("A:Bring both kits Saturday"),
        _ex("B:my ankle is fine now"),
        _ex("A:Nice goal by the way"),
        _ex("B:what time is the bus back"),
        _ex("A:Pitch is waterlogged, fingers crossed"),
    ),
    "romance": (
        _ex("A:good morning", "B:morning"),
        _ex("A:how was your day", "B:long"),
        _ex("A:what did you eat", "B:rice and beans"),
        _ex("A:sleep well", "B:gn"),
        _ex("B:i had exams today", "A:you will pass"),
        _ex("A:it is cold here today"),
        _ex("A:😊"),
        _ex("B:the power went off again"),
        _ex("A:i am at work, boring"),
        _ex("B:my phone is old, sorry for late reply"),
        _ex("A:what are you watching"),
        _ex("B:its so hot today"),
        _ex("A:did you go to church"),
        _ex("B:my mum is cooking"),
    ),
    "hobby": (
        _ex("A:Nice colours", "B:thank you!"),
        _ex("B:im trying watercolour now"),
        _ex("A:Which brush you use?", "B:a cheap one lol"),
        _ex("A:Good"),
        _ex("A:Is the forum slow for you?", "B:yeah"),
        _ex("B:the challenge this week is dragons"),
        _ex("A:Your shading is better now"),
        _ex("B:i messed up the hands again"),
        _ex("A:Hands are difficult for all"),
        _ex("B:which app do u draw on"),
        _ex("A:Some tutorial is good on youtube"),
    ),
    "flirt": (
        _ex("A:hey", "B:hi"),
        _ex("A:what are you doing", "B:nothing much"),
        _ex("A:haha you're funny", "B:lol"),
        _ex("A:where are you from", "B:near the coast"),
        _ex("A:😊"),
        _ex("B:what about you"),
        _ex("A:i like your music taste"),
        _ex("B:what u up to tonight"),
        _ex("A:do you play any sports", "B:football"),
        _ex("B:school was long"),
        _ex("A:what's your favourite film"),
        _ex("B:haha stop"),
        _ex("A:you're quiet today"),
        _ex("B:sorry was at practice"),
    ),
    "extort": (
        _ex("A:are you there"),
        _ex("A:answer me"),
        _ex("B:please"),
        _ex("A:time is going", "B:im trying"),
        _ex("B:im scared"),
        _ex("A:I am waiting"),
        _ex("B:pls stop"),
        _ex("A:don't ignore me"),
        _ex("A:hurry up", "B:ok ok"),
        _ex("B:what do i do"),
        _ex("A:tick tock"),
        _ex("B:give me a minute"),
        _ex("A:??"),
        _ex("B:i cant think"),
        _ex("A:you're wasting my time"),
        _ex("B:im at dinner i cant"),
        _ex("A:reply"),
        _ex("B:please dont"),
        _ex("A:last warning"),
        _ex("B:ok wait"),
    ),
    "confused": (
        _ex("B:who is this"),
        _ex("B:?"),
        _ex("B:???"),
        _ex("B:i dont know you"),
        _ex("B:how did you get this number"),
        _ex("B:is this a joke"),
        _ex("B:what"),
        _ex("B:leave me alone"),
        _ex("B:seriously who is this"),
        _ex("B:wrong person"),
        _ex("B:stop"),
    ),
    "ls": (
        _ex("B:good evening sir", "A:hi"),
        _ex("B:sorry late reply, brownout here"),
        _ex("A:no problem"),
        _ex("B:signal is weak today"),
        _ex("A:hows the weather", "B:raining again"),
        _ex("B:thank you sir"),
        _ex("A:busy day at work"),
        _ex("B:ok po"),
        _ex("B:God bless"),
        _ex("A:you there?", "B:yes here"),
        _ex("B:typhoon is coming this week"),
        _ex("A:cold here, snow"),
        _ex("B:load is almost finish"),
        _ex("A:long week"),
        _ex("B:sir are you ok? no reply yesterday"),
        _ex("A:was travelling"),
        _ex("B:hello sir"),
        _ex("A:ok good"),
    ),
    "work": (
        _ex("A:thanks for covering", "B:no problem"),
        _ex("B:sorry, was in class"),
        _ex("A:no rush"),
        _ex("A:the system is slow today"),
        _ex("B:noted"),
        _ex("A:good work this week"),
        _ex("B:the headset is crackling again", "A:I'll log it"),
        _ex("A:reminder: training module by the end of the month"),
        _ex("B:my exams are in May, can I do fewer shifts then", "A:sure, send dates"),
        _ex("A:customer feedback on you was great"),
        _ex("B:ok thanks"),
    ),
    "class": (
        _ex("C:is this for homework", "A:Yes, due Thursday"),
        _ex("D:miss can I do it on paper", "A:Yes that's fine"),
        _ex("C:lol"),
        _ex("E:what page"),
        _ex("D:ok"),
        _ex("A:Please keep the chat on topic"),
        _ex("C:sorry miss"),
        _ex("E:👍"),
        _ex("D:can we do a kahoot next time"),
        _ex("C:this is easy"),
        _ex("E:i got 5 out of 6"),
        _ex("A:Hands up if you're stuck, I mean, type 'stuck' 🙂"),
    ),
}

# --- writing styles --------------------------------------------------------------------------

_STYLES = ("plain", "lower", "abbrev", "typo", "emoji", "voice")
_STYLE_WEIGHTS = (30, 20, 15, 15, 16, 4)
_EMOJI = ("😂", "🙂", "😅", "👍", "🙏", "😭", "❤️", "🔥", "😬", "🤔", "😊", "✨", "👀", "💀")
_ABBREV = (
    (r"\byou are\b", "ur"),
    (r"\byou're\b", "ur"),
    (r"\byour\b", "ur"),
    (r"\byou\b", "u"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\btomorrow\b", "tmrw"),
    (r"\btonight\b", "2nite"),
    (r"\bbecause\b", "cos"),
    (r"\breally\b", "rly"),
    (r"\bthanks\b", "thx"),
    (r"\bpeople\b", "ppl"),
    (r"\babout\b", "abt"),
    (r"\bokay\b", "ok"),
    (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"),
    (r"\bright now\b", "rn"),
    (r"\bmessage\b", "msg"),
    (r"\bbefore\b", "b4"),
    (r"\bsee you\b", "cu"),
    (r"\bthough\b", "tho"),
    (r"\bwhat\b", "wat"),
)


def _lower(text: str) -> str:
    words = [w if any(c.isdigit() for c in w) else w.lower() for w in text.split(" ")]
    return " ".join(words).rstrip(".")


def _typo(word: str, r: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = r.randrange(1, len(word) - 1)
    op = r.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _style(text: str, style: str, r: random.Random) -> str:
    if style == "lower":
        return _lower(text)
    if style == "abbrev":
        out = _lower(text)
        for pattern, short in _ABBREV:
            out = re.sub(pattern, short, out)
        return out
    if style == "typo":
        words = [_typo(w, r) if r.random() < 0.14 else w for w in text.split(" ")]
        out = " ".join(words)
        return _lower(out) if r.random() < 0.5 else out
    if style == "emoji":
        return f"{text} {r.choice(_EMOJI)}" if r.random() < 0.45 else text
    if style in ("voice", "vc") and any(c.isalpha() for c in text):
        spoken = re.sub(r"[.!,;]+", "", _lower(text))
        if r.random() < 0.35:
            spoken = f"{r.choice(('um', 'so', 'yeah', 'like', 'erm'))} {spoken}"
        if style == "vc":
            return f"(voice) {spoken}"
        return f"[voice note 0:{r.randint(3, 40):02d}] {spoken}"
    return text


# --- names -----------------------------------------------------------------------------------

_NAMES = (
    *NAMES,
    "Aoife",
    "Ciarán",
    "Niamh",
    "Eilidh",
    "Callum",
    "Chidi",
    "Ngozi",
    "Tunde",
    "Wanjiru",
    "Otieno",
    "Akinyi",
    "Arjun",
    "Ananya",
    "Rohan",
    "Maricel",
    "Jomar",
    "Liza",
    "Shanice",
    "Dwayne",
    "Kemar",
    "Brooke",
    "Tyler",
    "Madison",
    "Olek",
    "Marta",
    "Lukas",
    "Inês",
    "Thiago",
    "Sofía",
    "Amélie",
    "Bilal",
    "Fatima",
    "Hamish",
    "Mei",
    "Dmitri",
)


# --- rendering -------------------------------------------------------------------------------

_GAP_HOURS = (0.5, 1.0, 2.0, 3.5, 6.0, 9.0, 14.0, 20.0, 27.0, 50.0, 75.0)


class _Talk:
    """Small talk for one conversation: each pool is drawn without replacement (refilled
    when used up), with a share of short everyday lines from the common pool."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.bags: dict[str, list[_T]] = {}

    def draw(self, pool: str) -> _T:
        share = 0.0 if pool in ("extort", "confused") else 0.3
        name = "common" if self.r.random() < share else pool
        bag = self.bags.setdefault(name, [])
        if not bag:
            bag.extend(_POOLS[name])
            self.r.shuffle(bag)
        return bag.pop()


def _filler(
    talk: _Talk, pool: str, count: int, speakers: list[str], allowed: list[str]
) -> list[tuple[str, str]]:
    r = talk.r
    lines: list[tuple[str, str]] = []
    while len(lines) < count:
        for role, text in talk.draw(pool)[: count - len(lines)]:
            who = role
            # In a group the organiser (A) keeps their lines; the others' are spread about.
            others = [s for s in allowed if s != "A"] or allowed
            if who not in allowed or (who != "A" and len(speakers) > 2 and r.random() < 0.4):
                who = r.choice(others if len(speakers) > 2 else allowed)
            lines.append((who, text))
    return lines


def _render(
    r: random.Random, scenario: _Scenario, plan: Plan, label: str, number: int
) -> LabelledConversation:
    # Blocks with the gap before each and the small-talk pool that follows each.
    blocks: list[tuple[Block, float, str]] = []
    pool, gap = scenario.setting, 0.0
    seen: set[str] = set()
    for step in plan:
        if isinstance(step, str):
            pool = step
            continue
        if not isinstance(step, list):
            gap += step
            continue
        kept = [beat for beat in step if not (beat[2] and beat[1] in seen)]
        seen.update(beat[1] for beat in step if beat[2])
        if kept:
            blocks.append((kept, gap, pool))
            gap = 0.0
    speakers = sorted({beat[0] for block, _g, _p in blocks for beat in block} | {"A", "B"})
    allowed = [s for s in speakers if not scenario.filler_by or s in scenario.filler_by]

    n_script = sum(len(block) for block, _g, _p in blocks)
    n_cues = sum(1 for block, _g, _p in blocks for beat in block if beat[2])
    low, high, mode = scenario.length
    target = round(r.triangular(low, high, mode))
    length = min(80, max(target, n_script + 1, 2 * n_cues + 1 + r.randint(0, 3), 10))
    if n_script > length or 2 * n_cues >= length:
        raise ValueError(f"{scenario.kind}: script too long ({n_script} lines, {n_cues} cues)")
    # Keep small talk within what the pools hold, so lines seldom repeat.
    pools = {scenario.setting} | {p for _block, _g, p in blocks}
    room = sum(len(ex) for p in pools for ex in _POOLS[p])
    if pools - {"extort", "confused"}:
        room += len(_POOLS["common"])
    length = max(min(length, n_script + room), 2 * n_cues + 1, 10)
    filler = length - n_script
    cuts = sorted(r.randint(0, filler) for _ in blocks)
    counts = [b - a for a, b in zip([0, *cuts], [*cuts, filler], strict=True)]
    if scenario.opens and len(counts) > 1:
        counts[1] += counts[0]
        counts[0] = 0

    # (role, text, families, gap hours before)
    lines: list[tuple[str, str, frozenset[str], float]] = []
    talk = _Talk(r)
    first_pool = scenario.setting
    for slot, count in enumerate(counts):
        if slot > 0:
            block, block_gap, _pool = blocks[slot - 1]
            if r.random() < 0.12:
                block_gap += r.choice(_GAP_HOURS)
            for i, (role, text, families) in enumerate(block):
                lines.append((role, text, families, block_gap if i == 0 else 0.0))
        pool = first_pool if slot == 0 else blocks[slot - 1][2]
        for role, text in _filler(talk, pool, count, speakers, allowed):
            lines.append((role, text, frozenset(), 0.0))

    names = dict(zip(speakers, r.sample(_NAMES, len(speakers)), strict=True))
    styles = {
        s: "vc"
        if s in scenario.voice
        else "plain"
        if s in scenario.plain
        else r.choices(_STYLES, _STYLE_WEIGHTS)[0]
        for s in speakers
    }
    styled: list[tuple[str, str, frozenset[str], float]] = []
    cue_texts: set[str] = set()
    for role, text, families, before in lines:
        if not families <= set(FAMILY_NAMES):
            raise ValueError(f"{scenario.kind}: unknown family in {sorted(families)}")
        for key, name in names.items():
            text = text.replace("{" + key + "}", name)
        text = _style(text, styles[role], r).strip() or text
        if families and text in cue_texts:
            continue  # a scripted line drawn twice is kept once
        if families:
            cue_texts.add(text)
        styled.append((role, text, families, before))
    while len(styled) < 10 or 2 * sum(1 for s in styled if s[2]) >= len(styled):
        ((role, text),) = _filler(talk, scenario.setting, 1, speakers, allowed)
        styled.append((role, _style(text, styles[role], r).strip() or text, frozenset(), 0.0))

    start = datetime(2023, 2, 1, tzinfo=UTC) + timedelta(minutes=r.randint(0, 1_000_000))
    when = start
    messages: list[Message] = []
    families_by_index: dict[int, frozenset[str]] = {}
    for index, (role, text, families, before) in enumerate(styled):
        if index:
            if before:
                delta = timedelta(hours=before, seconds=r.randint(30, 1800))
            elif r.random() < 0.88:
                delta = timedelta(seconds=r.randint(4, 300))
            else:
                delta = timedelta(seconds=r.randint(300, 5400))
            when = when + delta
        stamp = when.replace(microsecond=0)
        when = stamp
        messages.append(
            Message(
                index=index,
                time_utc=stamp,
                time_raw=stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=names[role],
                text=text,
            )
        )
        if families:
            families_by_index[index] = families
    order: list[str] = []
    for message in messages:
        if message.author not in order:
            order.append(message.author)
    owner = names["B"]
    participants = tuple(Participant(id=n, name=n, owner=n == owner) for n in order)
    source = f"blind6/chat-{number:04d}.json"
    title = ", ".join(order)
    conversation = Conversation(
        id=conversation_id(FORMAT, source, "", messages, title),
        format=FORMAT,
        title=title,
        participants=participants,
        messages=tuple(messages),
        source=source,
    )
    return LabelledConversation(conversation, label, scenario.kind, families_by_index)


def build_blind6(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The sixth blind set: risky conversations drawn in turn from each category's scenarios,
    then ``benign_per_kind`` of every benign kind, numbered in a shuffled order."""
    jobs: list[tuple[str, _Scenario, int]] = []
    for category in RISKY_CATEGORIES:
        scenarios = _RISKY[category]
        for i in range(risky_per_category):
            jobs.append((category, scenarios[i % len(scenarios)], i))
    for kind in BLIND6_BENIGN_KINDS:
        for i in range(benign_per_kind):
            jobs.append(("benign", _BENIGN[kind], i))
    numbers = list(range(1, len(jobs) + 1))
    random.Random(f"blind6:{seed}:numbering").shuffle(numbers)
    built: list[tuple[int, LabelledConversation]] = []
    for (label, scenario, i), number in zip(jobs, numbers, strict=True):
        r = random.Random(f"blind6:{seed}:{scenario.kind}:{i}")
        built.append((number, _render(r, scenario, scenario.script(r), label, number)))
    built.sort(key=lambda pair: pair[0])
    return [item for _number, item in built]


# --- grooming --------------------------------------------------------------------------------


def _g_voice_chat(r: random.Random) -> Plan:
    """An adult in a game's voice party; both sides are voice-to-text transcripts."""
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "yo that clutch was filthy, who taught you that",
                    "bro you just carried the whole lobby",
                    "okay little man you are actually nasty at this",
                ),
            ),
            _b("B", _o(r, "haha thanks", "lol ty", "just practice innit")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "hold on you sound proper young, what year are you in",
                        "wait your voice hasn't even broken, what grade is that",
                        "you still in middle school or what",
                    ),
                    "age",
                ),
                _b(
                    "B",
                    _o(
                        r,
                        "year 7",
                        "im 12",
                        "seventh grade lol",
                        "gonna be 13 in march",
                        "year 8 why",
                    ),
                    "age",
                ),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "honestly you play better than the grown men in my clan",
                        "your squad doesn't deserve you, they keep leaving you to die",
                        "those randoms you play with are holding you back, stick with me",
                    ),
                    "trust_isolation",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "I've got spare credit on my account, want me to gift you the battle pass",
                        "i'll buy you the season skin if you duo with me tonight",
                        "what skin do you want, i'll sort it, it's nothing to me",
                    ),
                    "gifts_money",
                ),
                _b("B", _o(r, "wait fr??", "no way", "you serious")),
                _b(
                    "A",
                    _o(
                        r,
                        "yeah but keep it between us, the others will all want one",
                        "just don't go shouting about it in the party",
                    ),
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "is anyone else in the room listening or you got headphones on",
                        "who's that in the background, your mum about?",
                        "you on your own up there or is the family in",
                    ),
                    "supervision",
                ),
                _b(
                    "B",
                    _o(
                        r,
                        "headphones, mum's downstairs",
                        "just me, dad's at work",
                        "my sister but shes asleep",
                    ),
                    "supervision",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "leave this party and come to my private server, i'll drop the invite",
                        "this chat is laggy, jump on the other app, my tag is nightowl_77",
                        "come talk in my own channel on the other voice app, less randoms",
                    ),
                    "platform_move",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "don't go mentioning me to your folks, parents get weird about older players",
                        "your mum wouldn't get it, she'd just ban you from playing",
                    ),
                    "secrecy",
                    "trust_isolation",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "flip your cam on next game so i can see your setup",
                        "hop on video for a sec, wanna see this famous gaming chair",
                    ),
                    "image_request",
                ),
                _b("B", _o(r, "my cam is broken lol", "nah", "maybe later")),
            ),
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(
                        r,
                        "there's a lan thing in town saturday, i could grab you from the bus station",
                        "i'm near your area next week, we could get food after your school",
                    ),
                    "meeting",
                ),
            ),
        ),
        _may(
            r,
            0.25,
            _b(
                "B",
                _o(
                    r,
                    "my dad says i can't talk to people i don't know on vc",
                    "my brother said you're weird so im leaving",
                ),
            ),
        ),
    ]


def _g_talent_agent(r: random.Random) -> Plan:
    indian = r.random() < 0.35
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Hi {B}! I'm a scout for BrightFace Kids Talent 🌟 we loved your dance videos",
                    "Good evening, I represent a young-talent agency and your reels came up in our search",
                )
                if not indian
                else "Hello dear, I am talent coordinator for a kids modelling agency, kindly revert if interested",
            ),
            _b("B", _o(r, "omg really?", "is this real", "hi who is this")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    "Could you tell me your age and which year you're in? Some of our briefs are for 12 to 15"
                    if not indian
                    else "Kindly share your age and class, our clients require 11 to 15 yrs",
                    "age",
                ),
                _b("B", _o(r, "14, year 10", "im 13", "12 and a half lol", "15 in june"), "age"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "You have a really natural look, the camera loves you",
                        "Honestly you're more poised than some of the adults on our books",
                        "You have that fresh face the brands are all asking for",
                    ),
                    "trust_isolation",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "For the portfolio, send me three or four casual shots, no make-up, your room is fine",
                        "Please send a few photos without filters, one full length, natural light"
                        if not indian
                        else "Kindly send 4-5 pics full length, no filter, at home only",
                    ),
                    "image_request",
                ),
                _b(
                    "B", _o(r, "like selfies?", "ok i can do that later", "i only have school ones")
                ),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "At this stage we keep things confidential, even from family, until the contract is signed. It stops ideas being copied",
                        "Best not to involve mum and dad yet, parents tend to panic and the slot goes to someone else",
                    ),
                    "secrecy",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "I don't do business on here, message me on my work app, handle is bfk.casting.lena",
                        "Please continue on the other messenger, my ID there is talentdesk_priya",
                    ),
                    "platform_move",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "There's a paid shoot this month, £300 for the day, and I'll cover your train fare",
                        "I will transfer something for your travel, no need to ask parents",
                    ),
                    "gifts_money",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "Could you come to a quick test shoot on Saturday at 2? The studio is near the station, I'll meet you outside",
                        "Our coordinator can collect you after school on Friday for a trial",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "When we do the video call, will anyone be home? It's better if it's just us so I see how you are on camera",
                        "Is your room private? We'll do a short camera test tonight",
                    ),
                    "supervision",
                    "image_request",
                ),
                _b(
                    "B",
                    _o(
                        r,
                        "mum works late on thursdays",
                        "my room has a lock",
                        "my brother is usually in",
                    ),
                    "supervision",
                ),
            ),
        ),
        _may(
            r,
            0.3,
            _b(
                "B",
                _o(
                    r, "my mum wants to talk to you first", "my dad said he has to come to anything"
                ),
            ),
            _b(
                "A",
                _o(
                    r,
                    "Of course. Actually let's pause until the brief is confirmed",
                    "No problem, I'll be in touch",
                ),
            ),
        ),
    ]


def _g_fake_teen(r: random.Random) -> Plan:
    school = _o(r, "Lincoln", "Westview", "Oakridge", "St Mary's")
    return [
        [
            _b("A", f"heyy u go to {school} right? pretty sure i saw u at the game", "age"),
            _pb(
                r,
                "B",
                ("no i go to Ridgemont", "age"),
                ("yeah how do u know", "age"),
                ("who is this", ""),
            ),
        ],
        *_mix(
            r,
            [
                _b("A", _o(r, "what grade r u in", "u a freshman?", "u in 8th?"), "age"),
                _b("B", _o(r, "8th", "7th grade", "freshman lol"), "age"),
                _b("A", _o(r, "same!! im 14 lol", "no way im 13 too", "cool im almost 15"), "age"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "u seem way chiller than the girls at my school fr",
                        "ur honestly so pretty how r u not famous",
                        "ur friends dont even deserve u tbh",
                    ),
                    "trust_isolation",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "r ur parents strict? like do they go thru ur phone",
                        "does ur mom check ur messages or nah",
                    ),
                    "supervision",
                ),
                _b(
                    "B",
                    _o(r, "my mom does sometimes", "nah they dont care", "my dad has my password"),
                    "supervision",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "lets talk on the other app its way better, im jaylen.k08",
                        "this app is glitchy, add my other account: kay_x_2010",
                    ),
                    "platform_move",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r, "send a selfie rn i wanna see ur fit", "pic of u now? i'll send one back"
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "dont say anything to ur friends abt us ok, theyll make it weird",
                        "keep this just us, i dont want drama",
                    ),
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "wanna meet at the mall friday, by the food court at 6",
                        "my cousin can drive us to the movies saturday",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(r, "ill send u a gift card for ur bday", "want me to top up ur phone"),
                    "gifts_money",
                ),
            ),
        ),
        _may(
            r,
            0.4,
            _b(
                "B",
                _o(
                    r,
                    "wait why does ur profile say class of 2009",
                    "ur voice note sounded like a grown man lol",
                ),
            ),
            _b("A", _o(r, "thats my brothers account lol", "i have a cold lol")),
        ),
    ]


def _g_family_friend(r: random.Random) -> Plan:
    scottish = r.random() < 0.5
    return [
        [
            _b(
                "A",
                "Well {B}, it's {A}, your uncle Martin's pal from the golf. He gave me your number, hope that's ok"
                if not scottish
                else "Awright {B}, it's {A}, yer uncle Rab's mate fae the fitba. He gave me yer number",
            ),
            _b("B", _o(r, "oh hi", "hiya", "ok hi")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    "Martin says you're in second year now, big exams next year is it?"
                    if not scottish
                    else "Rab says ye're in S2 now, at the academy?",
                    "age",
                ),
                _b("B", _o(r, "yeah second year", "yep S2", "im 13 so yeah"), "age"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "you've a good head on you, more sense than half the adults I know",
                        "ye're a cut above the rest of them, honestly",
                    ),
                    "trust_isolation",
                )
            ],
            [
                _b(
                    "A",
                    "I'm passing the club Thursday, I'll run you home after training, save your mam the drive"
                    if not scottish
                    else "Am passing the club Thursday, I'll run ye hame after training",
                    "meeting",
                )
            ],
            [
                _b(
                    "A",
                    "no need to be telling your mam about the lifts, she'd only fuss"
                    if not scottish
                    else "nae need tae tell yer maw aboot the lifts, she'd only worry",
                    "secrecy",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "I'll stick €20 credit on your phone, don't be worrying about it",
                        "I'll put a tenner on yer phone, dinnae worry aboot it",
                    ),
                    "gifts_money",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Is it just yourself in the house of an evening or is your brother about?",
                        "Are ye in on yer own after school?",
                    ),
                    "supervision",
                ),
                _b(
                    "B",
                    _o(
                        r, "mostly just me till 7", "my brother is usually in", "yeah mums on lates"
                    ),
                    "supervision",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "send us a photo of the new jersey so",
                        "get us a pic of ye in the new strip",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(
                        r,
                        "Martin doesn't get you like I do, he's always slagging you",
                        "yer uncle's nae idea whit ye're like really",
                    ),
                    "trust_isolation",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "best clear these texts in case your mam goes through the phone, you know what she's like",
                        "wipe these eh, yer maw's nosy",
                    ),
                    "deletion",
                    "secrecy",
                ),
            ),
        ),
        *_gap(r, 0.4, 18, 80),
        _may(
            r,
            0.3,
            _b(
                "B",
                _o(r, "my mam said she'll collect me herself", "mum says no thanks, she'll get me"),
            ),
        ),
    ]


def _g_coach_private(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Great session today. Messaging you here rather than the team group, this is between you and me",
                    "Good work tonight. Don't reply in the squad chat, this one's just for you",
                ),
                "secrecy",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "You're the most talented player I've coached in years, the others aren't near your level",
                        "Honestly you've more potential than the rest of that squad put together",
                    ),
                    "trust_isolation",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Remind me, you're U13 this season so you're 12?",
                        "What year are you at school again?",
                    ),
                    "age",
                ),
                _b("B", _o(r, "yeah 12 til August", "year 8", "12"), "age"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "I can do extra one-to-one sessions Sunday morning, I'll collect you from yours at 9",
                        "Come to the park pitches Sunday 8am, just the two of us, I'll drive you home",
                    ),
                    "meeting",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "Don't mention the extra sessions to the rest of the squad, they'll all want one",
                        "Keep the Sunday sessions off the group chat yeah",
                    ),
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "FaceTime me tonight and show me your stretches so I can check your form",
                        "Video me your cool-down later, camera on so I can see technique",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Are your parents usually out on Sundays?",
                        "Who's at yours on a weekend morning?",
                    ),
                    "supervision",
                ),
                _b(
                    "B",
                    _o(r, "dad works weekends", "mum sleeps in lol", "just my gran"),
                    "supervision",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "I've got a pair of boots in your size, a present, no need to tell your dad I bought them",
                        "I'll get you the new kit, my treat, keep it quiet",
                    ),
                    "gifts_money",
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(
                        r,
                        "Delete this thread after, the club has rules about coaches texting players",
                        "Clear these messages, the committee are funny about this stuff",
                    ),
                    "deletion",
                ),
            ),
        ),
        _may(
            r,
            0.3,
            _b(
                "B",
                _o(
                    r,
                    "i told my dad about sunday, he said he'll bring me and stay to watch",
                    "my mum said she wants to come to the extra sessions",
                ),
            ),
            _b("A", _o(r, "No worries, maybe another time", "Ah ok. Let's leave it for now then")),
        ),
    ]


def _g_long_distance(r: random.Random) -> Plan:
    place = r.choice(("kenya", "ph", "jamaica"))
    gift = {
        "kenya": "I sent you airtime and a little for lunch, check your M-Pesa",
        "ph": "sent you load and something extra for merienda 😘",
        "jamaica": "mi send some credit fi yuh phone, check it",
    }[place]
    age_b = {
        "kenya": "I'm 15 in form two",
        "ph": "im 14 po grade 9",
        "jamaica": "mi 15, fourth form",
    }[place]
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "good morning beautiful, did you sleep well? i dreamt about you",
                    "morning my love, first thing i think about is you",
                ),
                "trust_isolation",
            )
        ],
        [
            _b("B", age_b, "age"),
            _b(
                "A",
                _o(
                    r,
                    "age is just a number, you understand me more than grown women do",
                    "you're young but you think like someone much older",
                ),
                "trust_isolation",
            ),
        ],
        *_gap(r, 0.6, 10, 40),
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "your parents will never accept us, they can't know, promise me",
                        "nobody at home can find out about us yet, they'd keep us apart",
                    ),
                    "secrecy",
                    "trust_isolation",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "video call me after midnight when the house is asleep",
                        "call me on cam when everyone's gone to bed",
                    ),
                    "image_request",
                    "supervision",
                )
            ],
            [_b("A", gift, "gifts_money")],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "send me a picture in the dress i bought you",
                        "new pic please, i want to see you today",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "i'm flying over in december, we can meet at the hotel near the airport",
                        "when i visit, i'll wait for you outside your school",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "let's move to the secure app, my ex checks this one, my number there is 07700 900431",
                        "talk to me on the other app only, i'll send you my handle",
                    ),
                    "platform_move",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(
                        r,
                        "your friends are childish, they don't understand what we have",
                        "your sister is jealous of us, don't listen to her",
                    ),
                    "trust_isolation",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(r, "clear our chats every night ok", "wipe the messages before you sleep"),
                    "deletion",
                ),
            ),
        ),
        *_gap(r, 0.4, 20, 90),
        _may(
            r,
            0.2,
            _b(
                "B",
                _o(
                    r,
                    "my auntie saw the messages. she says i have to stop",
                    "i showed my teacher, im sorry",
                ),
            ),
        ),
    ]


def _g_friend_report(r: random.Random) -> Plan:
    """The child (B) tells a friend (A) what an adult asked; the quoted cues are marked."""
    app = _o(r, "the art app", "that drawing server", "the game", "tiktok")
    return [
        [
            _b("B", f"ok so that guy from {app} keeps messaging me"),
            _b("A", _o(r, "the one who said he's 16?", "the weird one?", "wait who")),
        ],
        *_mix(
            r,
            [
                _b(
                    "B",
                    _o(
                        r,
                        "yeah but today he said he's actually 24 lol",
                        "he said hes in uni now so hes not 16",
                    ),
                    "age",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "he asked what school i go to and what time i finish",
                        "he wanted to know what year im in and where my school is",
                    ),
                    "age",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "and he said keep it just us and not tell my mum we talk",
                        "he said if i tell anyone hell get banned and its my fault",
                    ),
                    "secrecy",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "he wants me to get some other app and sent me his username",
                        "he keeps saying move to the other app bc its 'safer'",
                    ),
                    "platform_move",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "he asked for a selfie from my bedroom",
                        "he wanted me to video call him with my camera on",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "he always asks if im home by myself",
                        "he asks who's in when i get back from school",
                    ),
                    "supervision",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    _o(r, "he said he'd buy me the new headphones", "he offered me 2000 robux"),
                    "gifts_money",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    _o(
                        r,
                        "he said we could meet at the park saturday",
                        "he asked if he could pick me up from school",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "B",
                    _o(
                        r,
                        "he also told me to wipe our messages",
                        "he told me to delete the chat every night",
                    ),
                    "deletion",
                ),
            ),
        ),
        [
            _b(
                "A",
                _o(
                    r,
                    "thats so not ok. you have to tell someone",
                    "thats sus. screenshot everything",
                    "omg block him",
                ),
            ),
            _b("B", _o(r, "idk he said hed be sad", "i dont want to get in trouble", "i know")),
            _b(
                "A",
                _o(
                    r,
                    "show your mum or i will tbh",
                    "tell ms harris tomorrow, she's nice",
                    "please tell your dad",
                ),
            ),
        ],
        _may(
            r,
            0.6,
            _b(
                "B",
                _o(
                    r,
                    "ok ill tell her tonight",
                    "ok i blocked him and told my mum",
                    "fine ill show my dad",
                ),
            ),
        ),
    ]


def _g_forum_refuses(r: random.Random) -> Plan:
    lang = r.choice(("ru", "de", "pt", "pl"))
    hello = {
        "ru": "Hello! Your drawing is very talented, you are student?",
        "de": "Hello, your drawings are really great, you are still in school?",
        "pt": "Hi! Your art is very beautiful, you study still?",
        "pl": "Hello, your drawing is super, you are in school yet?",
    }[lang]
    return [
        [_b("A", hello, "age"), _b("B", _o(r, "thanks! yeah", "ty, yes"), "age")],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(r, "How old you are? 13? 14?", "You are how many years? Maybe 12?"),
                    "age",
                ),
                _b("B", _o(r, "13", "12", "almost 14"), "age"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "You are special artist, not like other childs in this forum",
                        "You are much more clever than the others here",
                    ),
                    "trust_isolation",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "I can buy for you the drawing tablet, it is gift, no problem",
                        "I send you money for new pens, is nothing for me",
                    ),
                    "gifts_money",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "We speak in other messenger please, here moderators read everything, my id is artem_draws",
                        "Please write me on other app, here is not private. My name there is kunst_felix",
                    ),
                    "platform_move",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Your parents, they are near you now?",
                        "You are alone at home in evening?",
                    ),
                    "supervision",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Please not say to parents about tablet, they think wrong",
                        "This is between us two, ok? Parents not need to know",
                    ),
                    "secrecy",
                ),
            ),
        ),
        [
            _b(
                "B",
                _o(
                    r,
                    "no thanks. i dont want to go on another app",
                    "no. i'm not allowed to take presents from people online",
                ),
            )
        ],
        *_gap(r, 0.5, 1, 20),
        [
            _b(
                "B",
                _o(
                    r,
                    "i showed my dad these messages and he reported you",
                    "my mum read this and she's emailing the mods",
                ),
            ),
            _b("A", _o(r, "Ok sorry", "You misunderstand, I only help", "Why you do this")),
        ],
    ]


def _g_server_lurker(r: random.Random) -> Plan:
    """An adult drops a few lines into a children's game server; the kids do the talking."""
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "how old is everyone in here",
                    "any of you under 14? got a giveaway for younger players",
                    "quick q what grades are you all in",
                ),
                "age",
            )
        ],
        [
            _b("C", _o(r, "12", "im 11", "6th grade"), "age"),
            _pb(r, "B", ("13 why", "age"), ("year 8", "age"), ("none of ur business lol", "")),
        ],
        *_some(
            r,
            2,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "dm me for free robux, only first 3 who message",
                        "i've got spare gift codes for whoever's quickest to dm",
                    ),
                    "gifts_money",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "add my alt on the other app, keep it off here so the mods dont ban it",
                        "talk to me on my other account, not in this chat",
                    ),
                    "platform_move",
                    "secrecy",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "winner sends me a selfie so i know you're real",
                        "send a pic of yourself to claim",
                    ),
                    "image_request",
                )
            ],
        ),
        [
            _b("D", _o(r, "thats sus", "dont dm him", "@mods")),
            _b("B", _o(r, "ignore him hes weird", "reported")),
        ],
    ]


# --- sextortion ------------------------------------------------------------------------------

_REFUSE = (
    "i told my dad. we've reported your account",
    "my mum knows now and we're going to the police",
    "im not paying. my big brother is reporting you",
    "i showed a teacher, she said dont pay and block you",
)


def _rapport(r: random.Random, persona: str) -> list[Block]:
    return _some(
        r,
        2,
        [_b("A", persona), _b("B", _o(r, "hey", "hi who is this", "oh hi"))],
        [
            _b(
                "A",
                _o(r, "you look cute in your profile pic", "you're fine ngl", "i like your vibe"),
            ),
            _b("B", _o(r, "lol thanks", "haha")),
        ],
        [
            _b(
                "A", _o(r, "what age are you btw", "what year you in", "you in high school?"), "age"
            ),
            _b("B", _o(r, "16", "15", "year 11", "junior"), "age"),
        ],
        [
            _b(
                "A",
                _o(
                    r,
                    "send me a pic, i'll send one back 😉",
                    "pic for pic?",
                    "show me what you look like now",
                ),
                "image_request",
            )
        ],
    )


def _s_scam_script(r: random.Random) -> Plan:
    amount = _o(r, "$500", "$400", "$350", "£300")
    return [
        *_rapport(
            r,
            _o(
                r,
                "hi dear how are you doing",
                "Hello handsome i saw you on my suggestions",
                "hey am new here, nice to meet you",
            ),
        ),
        *_gap(r, 0.3, 0.5, 3),
        "extort",
        [
            _b(
                "A",
                _o(
                    r,
                    "LISTEN TO ME CAREFULLY. I have screenshot all your followers and family members",
                    "I have the list of all your followers, your mom, your sister, your school page",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "If you don't cooperate I will post that pic to all of them and tag your school",
                        "Make one mistake and everyone on that list receives your picture",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    f"Calm down and listen. You will pay {amount} now via Cash App and I will remove everything",
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Cashtag $ok0loan77 — send it now, you have 20 minutes",
                        "Send to $Amaka2real, i am giving you 15 minutes",
                    ),
                    "sextortion",
                )
            ],
        ),
        [
            _b(
                "B",
                _o(r, "i dont have that much im 15", "please im only 16 i dont have money"),
                "age",
            ),
            _b(
                "A",
                _o(
                    r,
                    "How much do you have then? Use your parents card",
                    "Then go and collect from your mom purse. You have 10 minutes",
                ),
                "sextortion",
            ),
        ],
        _may(
            r,
            0.6,
            _b("B", _o(r, "i can do 50", "i have 40 on my card")),
            _b("A", _o(r, "send 150 or i post it now", "200 minimum or it goes out"), "sextortion"),
        ),
        _may(
            r,
            0.3,
            _b("B", r.choice(_REFUSE)),
            _b("A", _o(r, "you think i am joking", "ok watch what happens")),
        ),
    ]


def _s_ex_partner(r: random.Random) -> Plan:
    return [
        [
            _b("A", _o(r, "so you're with him now", "saw you at the party with Josh")),
            _b("B", _o(r, "so?", "what do you want", "we broke up ages ago")),
        ],
        *_gap(r, 0.4, 1, 10),
        "extort",
        [
            _b(
                "A",
                _o(
                    r,
                    "remember those pics you sent me when we were together. I still have every one",
                    "funny how I've still got that video from your birthday",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "be a shame if the whole year group saw them",
                        "one tap and they're in the year 11 chat",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "send me £80 by Friday and I'll think about it",
                        "£100 on my card by Sunday or they go out",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "and don't tell Mia or your mum about this",
                        "say anything to anyone and I post them straight away",
                    ),
                    "secrecy",
                    "sextortion",
                ),
            ),
            [
                _b(
                    "B",
                    _o(
                        r,
                        "we were both 15, that's illegal",
                        "I was 14 when we went out, you know that",
                    ),
                    "age",
                )
            ],
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(
                        r,
                        "delete your messages to me if you know what's good for you",
                        "wipe this convo",
                    ),
                    "deletion",
                ),
            ),
        ),
        _may(
            r,
            0.45,
            _b(
                "B",
                _o(
                    r,
                    "I've told my mum, she's calling the school",
                    "I've reported it, I'm not paying you anything",
                ),
            ),
            _b("A", _o(r, "whatever", "you'll regret it")),
        ),
    ]


def _s_hacked_account(r: random.Random) -> Plan:
    friend = "{A}"  # the hacked account is the friend's, so it shows their name
    own = r.random() < 0.4
    opener = (
        "I have your login now. Recovery email changed. Your DMs are mine"
        if own
        else f"hey it's not {friend}. I got into the account and I've read your chats"
    )
    return [
        [_b("A", _o(r, "hey", "you there?", "yo")), _b("B", _o(r, "hey whats up", "yeah", "?"))],
        "extort",
        [_b("A", opener, "sextortion")],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "I've got the photos from the cloud backup too",
                        "Every picture in that gallery is on my laptop now",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Pay £200 in Apple gift cards by tonight or I post them from this account to all its followers",
                        "You pay 250 dollars before midnight or everything goes on the story",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    f"Don't contact {friend} on any other app or it goes up instantly"
                    if not own
                    else "Try to reset the password and it all goes public",
                    "secrecy",
                    "sextortion",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Take a photo of the back of the cards with the codes showing",
                        "Scratch the card and send me a clear picture",
                    ),
                    "image_request",
                    "sextortion",
                ),
            ),
        ),
        [_b("B", _o(r, "this is so messed up", "please give it back", "what do you want from me"))],
        _may(r, 0.4, _b("B", r.choice(_REFUSE))),
    ]


def _s_gift_cards(r: random.Random) -> Plan:
    return [
        *_rapport(
            r, _o(r, "hi, we met in the game lobby yesterday", "hey, you followed me back lol")
        ),
        "extort",
        [
            _b(
                "A",
                _o(
                    r,
                    "I saved everything you sent. Your friends list is screenshotted too",
                    "Look at this screenshot. Those are your followers. They'll all see the pic",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Go to the shop and buy 4 Google Play cards of £25",
                        "Get two $100 Steam cards from the store near you",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Scratch the back and send me a clear photo of the codes",
                        "Send the codes as a picture, not typed",
                    ),
                    "sextortion",
                    "image_request",
                )
            ],
            [_b("A", _o(r, "You have one hour", "before 9pm or I start sending"), "sextortion")],
        ),
        [
            _b(
                "B",
                _o(
                    r,
                    "the shop guy asked why i need so many",
                    "the man at the till asked if someone is making me buy them",
                ),
            ),
            _b(
                "A",
                _o(
                    r,
                    "tell him it's a birthday present. Don't say anything else",
                    "say it's for your cousin, nothing more",
                ),
                "secrecy",
            ),
        ],
        _may(r, 0.35, _b("B", r.choice(_REFUSE))),
    ]


def _s_crypto(r: random.Random) -> Plan:
    return [
        *_rapport(
            r, _o(r, "hey saw your gym posts", "hey you're in my suggested, we have 12 mutuals")
        ),
        "extort",
        [
            _b(
                "A",
                _o(
                    r,
                    "I recorded the video call. I have your school, your mother's page and your coach",
                    "Check the file I sent. I kept the recording of our call",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(r, "I don't take Cash App. Bitcoin only", "No cards. Only BTC"),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Buy $300 of bitcoin at the machine in the petrol station and send it to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                        "Send 0.005 BTC to this address: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "Send a screenshot of the transaction when done",
                        "Show me the receipt from the machine",
                    ),
                    "image_request",
                    "sextortion",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "You have until 6pm. After that the video goes to everyone",
                        "Two hours. Then I start with your mother",
                    ),
                    "sextortion",
                ),
            ),
        ),
        [
            _pb(
                r,
                "B",
                ("i dont know how to buy bitcoin", ""),
                ("im 16 i cant even use those machines", "age"),
            )
        ],
        [
            _b(
                "A",
                _o(
                    r,
                    "Search on YouTube. Figure it out",
                    "Ask your friend with a card. Not my problem",
                ),
                "sextortion",
            )
        ],
        _may(r, 0.3, _b("B", r.choice(_REFUSE))),
    ]


def _s_broken_english(r: random.Random) -> Plan:
    lang = r.choice(("fr", "es"))
    video = {
        "fr": "I have the video of our call. If you not pay I send to your mother and your friends of the school",
        "es": "I have the video of the call. If you don't pay I am sending to your mom and all your friends of school",
    }[lang]
    return [
        *_some(
            r,
            1,
            [
                _b("A", _o(r, "Hello beautiful boy", "Hi, I am {A}, you want to talk?")),
                _b("B", "hi"),
            ],
            [
                _b(
                    "A",
                    _o(r, "You want to do video call now?", "We make the camera call, yes?"),
                    "image_request",
                ),
                _b("B", _o(r, "ok", "sure")),
            ],
        ),
        *_gap(r, 0.3, 0.2, 2),
        "extort",
        [_b("A", video, "sextortion")],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "You pay 300 euro by Western Union to the name I give, before 18h",
                        "You send 250 dollar by Remitly at this name: Moussa K., before tonight",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "Give me the number of your mother, I show her",
                        "I know your mother on the Facebook, I send her now",
                    ),
                    "sextortion",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "When you send, make photo of the paper with the number",
                        "Send me the receipt photo with the code MTCN",
                    ),
                    "image_request",
                    "sextortion",
                ),
            ),
        ),
        [
            _pb(
                r,
                "B",
                ("please i'm 15 i don't have money", "age"),
                ("i only have 60", ""),
                ("please delete it", "deletion"),
            )
        ],
        [
            _b(
                "A",
                _o(r, "Is not my problem. You find", "Ok 60 now and rest tomorrow"),
                "sextortion",
            )
        ],
        _may(r, 0.3, _b("B", r.choice(_REFUSE))),
    ]


def _s_very_short(r: random.Random) -> Plan:
    """A cold threat in a few lines; the teenager does most of the talking."""
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "I have the pictures you sent to Emma. That wasn't Emma",
                    "Your pic is saved. Look at your followers list",
                ),
                "sextortion",
            )
        ],
        *_some(
            r,
            1,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "$200 on Cash App in 30 min or everyone sees",
                        "100 pounds gift card tonight or it goes out",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(r, "Tell nobody or I post first", "Block me and it's sent"),
                    "sextortion",
                    "secrecy",
                )
            ],
        ),
        [
            _pb(
                r,
                "B",
                ("im blocking you", ""),
                ("i told my mum", ""),
                ("leave me alone im 14", "age"),
            )
        ],
    ]


def _s_paid_escalates(r: random.Random) -> Plan:
    return [
        *_rapport(r, _o(r, "hey stranger 😊", "hi, you're friends with Mason right?")),
        "extort",
        [
            _b(
                "A",
                _o(
                    r,
                    "Those pics are on my phone now and so is your followers list",
                    "I saved what you sent. I've got everyone you follow",
                ),
                "sextortion",
            )
        ],
        [
            _b(
                "A",
                _o(
                    r,
                    "£100 on PayPal and it's done, deleted forever",
                    "Send 150 on Cash App and I vanish",
                ),
                "sextortion",
            )
        ],
        *_gap(r, 0.5, 0.3, 3),
        [
            _b(
                "B",
                _o(
                    r,
                    "i sent it. please delete them now",
                    "done, i sent the money, now delete them please",
                ),
                "sextortion",
                "deletion",
            ),
            _b(
                "A",
                _o(r, "Received. Now 300 more", "Good. Now I need 250 more by tomorrow"),
                "sextortion",
            ),
        ],
        *_mix(
            r,
            [
                _b(
                    "B",
                    _o(r, "you said you would delete", "you promised to delete everything"),
                    "deletion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "You think 100 finishes this? You pay until I say stop",
                        "That was the first part",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(r, "Use your dad's card again", "Borrow from your friends, I don't care"),
                    "sextortion",
                ),
            ),
        ),
        *_gap(r, 0.4, 8, 30),
        _may(r, 0.5, _b("A", _o(r, "Still waiting. Midnight", "Last chance"), "sextortion")),
        _may(r, 0.35, _b("B", r.choice(_REFUSE))),
    ]


def _s_implicit_threat(r: random.Random) -> Plan:
    return [
        [
            _b("A", _o(r, "Nice pic 🙂", "Interesting photo you sent earlier")),
            _b("B", _o(r, "what", "who is this")),
        ],
        "extort",
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Would be a shame if it ended up in your school's group chat",
                        "Imagine your coach seeing this one",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "I'm sure you'd rather sort this quietly. £150 and we forget it happened",
                        "A little payment and this stays between us",
                    ),
                    "sextortion",
                    "secrecy",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Your mum has a lot of Facebook friends, doesn't she",
                        "Your little sister follows you, cute",
                    ),
                    "sextortion",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(r, "Take your time. Friday is fine", "No rush. Sunday evening"),
                    "sextortion",
                ),
            ),
        ),
        [_b("B", _o(r, "are you threatening me", "i dont understand what you want"))],
        [
            _b(
                "A",
                _o(
                    r,
                    "I'm not saying anything. Just asking you to be sensible",
                    "Nobody's threatening anyone. It's your choice",
                ),
            )
        ],
        _may(r, 0.35, _b("B", r.choice(_REFUSE))),
    ]


def _s_poses_as_girl(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "hey cutie 😘 I'm {A}, 16, from Leeds",
                    "hiii I'm {A}, 15, just moved to your area",
                ),
                "age",
            ),
            _b("B", _o(r, "hey", "hi 🙂", "oh hey")),
        ],
        *_mix(
            r,
            [
                _b("A", _o(r, "what year are u in?", "u go to the academy?"), "age"),
                _b("B", _o(r, "year 11", "10th grade lol", "year 10, u?"), "age"),
            ],
            [
                _b(
                    "A",
                    _o(r, "ur so fit, the girls at ur school are lucky", "ur honestly my type"),
                    "trust_isolation",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "let's move to snap, this app is weird",
                        "add me on the other app: chloe.x.leeds",
                    ),
                    "platform_move",
                )
            ],
            [
                _b(
                    "A",
                    _o(r, "send me a pic, I'll send one back", "ur turn for a pic 🙈"),
                    "image_request",
                )
            ],
        ),
        *_gap(r, 0.5, 0.2, 2),
        "extort",
        [
            _b(
                "A",
                _o(
                    r,
                    "lol I'm not {A}. I recorded all of it, your pic included",
                    "This isn't {A}. Everything you sent is saved",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "I've got your followers list, your mum is on it",
                        "I know your school and your sister's account",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(r, "£250 by tonight or it all goes to them", "Pay 300 dollars in 1 hour"),
                    "sextortion",
                )
            ],
        ),
        _may(r, 0.4, _b("B", r.choice(_REFUSE))),
    ]


# --- live-streaming for payment (A: the customer abroad, B: the facilitator) -----------------


def _ls_core(r: random.Random) -> Block:
    """One line every live-streaming conversation carries somewhere."""
    return [
        _pb(
            r,
            "A",
            ("same arrangement as last time? 20 minutes on cam", "live_streaming"),
            ("is the show still on for tonight", "live_streaming"),
            ("how much for half an hour with the little one on video", "live_streaming"),
            ("I want a private call with the girl this weekend, price?", "live_streaming"),
        )
    ]


def _l_facilitator(r: random.Random) -> Plan:
    return [
        [
            _b(
                "B",
                _o(
                    r,
                    "good evening sir, are you still interested for the show tonight?",
                    "hello sir, kids are ready na, you want to book?",
                    "sir my niece is here now if you want the call",
                ),
                "live_streaming",
            ),
            _b("A", _o(r, "yes", "maybe, how much", "depends")),
        ],
        *_mix(
            r,
            [
                _b(
                    "B",
                    _o(
                        r,
                        "the girl is 10, her cousin 12 also available",
                        "two of them sir, ages 9 and 11",
                    ),
                    "age",
                    "live_streaming",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "1,500 pesos for 15 min, 2,500 if both",
                        "40 dollars sir for 20 minutes, same as your friend paid",
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "send first via GCash, after I put them on cam",
                        "payment first po, then i open the camera",
                    ),
                    "live_streaming",
                    "image_request",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "we are at my auntie's house, the kids stay here after class",
                        "their mother is working in Manila so they are with me",
                    ),
                    "live_streaming",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    _o(
                        r,
                        "ref number please so I can claim",
                        "send me screenshot of the transfer sir",
                    ),
                    "live_streaming",
                    "image_request",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "B",
                    _o(
                        r,
                        "there are others also if you want, younger",
                        "my neighbour has a daughter too sir",
                    ),
                    "live_streaming",
                ),
            ),
        ),
        _may(r, 0.5, _b("A", _o(r, "ok sending now", "I'll send after work"))),
    ]


def _l_customer_haggles(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "hi again. how much for 30 min with the younger one",
                    "mate what's the price this week for a call with the kids",
                    "Hello. What do you want for one hour with both girls on video?",
                ),
                "live_streaming",
            )
        ],
        [
            _b(
                "B",
                _o(r, "40 USD sir", "3,000 pesos sir", "50 dollars po for 30 min"),
                "live_streaming",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "too much, last week was 25",
                        "that's steep, make it 30 and I'll book twice",
                        "I give 20, is enough for you",
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(r, "if both kids it's 60 total, no more", "two of them for 45, deal?"),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "I want to confirm ages first, how old is the small one",
                        "Tell me her age again",
                    ),
                    "age",
                    "live_streaming",
                ),
                _b("B", _o(r, "8 sir, grade 2", "she is 10 po", "the small one is 7"), "age"),
            ],
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(r, "ok sir 35 but send now before the kids sleep", "ok po 30, pay first"),
                    "live_streaming",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "no recording on your side, understood?",
                        "and nobody else in the room except you",
                    ),
                    "secrecy",
                    "supervision",
                ),
            ),
        ),
    ]


def _l_time_zones(r: random.Random) -> Plan:
    city = _o(r, "Toronto", "Sydney", "Frankfurt", "Leeds", "Perth")
    return [
        _ls_core(r),
        *_mix(
            r,
            [
                _b("A", f"Saturday 8am your time, what's that for me in {city}?", "live_streaming"),
                _b(
                    "B",
                    _o(
                        r,
                        "i think Friday night for you sir",
                        "you are 12 hours behind sir i think",
                        "not sure po, you check",
                    ),
                    "live_streaming",
                ),
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "not morning sir, the kids have class. 6pm here is ok",
                        "after 5pm here po, when they come home from school",
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "then 6pm Manila = 10am UK, book it",
                        "ok your 7pm which is my 9pm. be ready",
                    ),
                    "live_streaming",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "daylight saving changed, so it's one hour later for me now",
                        "remember my clocks changed, it's 8 not 9",
                    ),
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    _o(
                        r,
                        "the girl is 11 now sir, birthday last week",
                        "both are there, ages 9 and 12",
                    ),
                    "age",
                    "live_streaming",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "payment same way, I'll send 2 hours before",
                        "I'll transfer in the morning my time",
                    ),
                    "live_streaming",
                ),
            ),
        ),
    ]


def _l_remittance_refs(r: random.Random) -> Plan:
    ref = f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"
    return [
        _ls_core(r),
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        f"sent 3,500 PHP through Remitly, tracking {ref}",
                        f"done, Western Union, MTCN {ref}",
                        f"transferred 60 AUD, reference {ref}",
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "I put 'tuition' as the purpose like you said",
                        "sender name is my cousin's, not mine",
                        "description says 'birthday', ok?",
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "screenshot of the receipt please sir",
                        "send pic of the slip po so i can claim",
                    ),
                    "live_streaming",
                    "image_request",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "claimed already, thank you sir. call starts 8pm",
                        "received po. she is ready",
                    ),
                    "live_streaming",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    _o(
                        r,
                        "next time use my sister's name, the outlet asked questions",
                        "do not send to the same name every week sir",
                    ),
                    "live_streaming",
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.4,
                _b("A", "and the younger one will be there? she's 9?", "age", "live_streaming"),
            ),
        ),
    ]


def _l_proof_check(r: random.Random) -> Plan:
    return [
        _ls_core(r),
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "before I send anything, show me she is there, hold the phone so I see her wave",
                        "put her on camera for five seconds so I know it's real",
                    ),
                    "image_request",
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "tell her to write my name on paper and hold it up",
                        "get her to show today's newspaper",
                    ),
                    "image_request",
                    "live_streaming",
                )
            ],
            [
                _b("A", _o(r, "she looks older than 9", "is she really 10? looks big"), "age"),
                _b(
                    "B",
                    _o(
                        r,
                        "she is 9 sir, grade 4",
                        "10 po, she is tall only",
                        "yes sir 9, her birthday is june",
                    ),
                    "age",
                ),
            ],
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "last customer scammed me, so you pay half first",
                        "sir proof is done, now send payment",
                    ),
                    "live_streaming",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "ok, 50% now via e-wallet, rest after the call",
                        "I send half to your GCash now",
                    ),
                    "live_streaming",
                ),
            ),
        ),
    ]


def _l_regular_booking(r: random.Random) -> Plan:
    day = _o(r, "Tuesday", "Thursday", "Sunday")
    return [
        [
            _b("A", f"same time next {day}?", "live_streaming"),
            _b("B", _o(r, "yes sir", "ok po", "yes as always")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "weekly is fine, I'll set an auto transfer every Monday, 2,500 each",
                        "I'll make it a standing order, 40 AUD every week",
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(r, "if I book 4 sessions do I get a discount", "monthly package price?"),
                    "live_streaming",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "sir the small one is sick this week, the older one only",
                        "the 12 year old is available, the 8 year old is at her lola's",
                    ),
                    "age",
                    "live_streaming",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "keep the same app, same account, don't change anything",
                        "don't tell your husband about our arrangement",
                    ),
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    _o(
                        r,
                        "sir sorry, can you send a bit extra for the electric bill this time",
                        "sir advance for next week pls, rice is finished",
                    ),
                    "gifts_money",
                ),
            ),
        ),
        *_gap(r, 0.6, 100, 170),
        [_b("A", _o(r, "transfer done for this week", "sent. ref as usual"), "live_streaming")],
    ]


def _l_private_app(r: random.Random) -> Plan:
    return [
        _ls_core(r),
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "this app records calls, we switch to the one I sent you, install the link",
                        "not on here anymore. download the other video app, I'll be user 'blue_harbour'",
                    ),
                    "platform_move",
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "make an account with a new number, not your main sim",
                        "use the spare phone for the new app",
                    ),
                    "platform_move",
                )
            ],
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(r, "and clear this chat after, all of it", "delete our old messages here"),
                    "deletion",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "ok sir, i made account, name is ate_joy",
                        "installed already, my username is mamalyn22",
                    ),
                    "platform_move",
                ),
            ),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    _o(
                        r,
                        "same price on the new app sir? 2,000 for 20 min",
                        "payment still same GCash?",
                    ),
                    "live_streaming",
                ),
            ),
            _may(
                r,
                0.4,
                _b(
                    "A",
                    _o(r, "the 11 year old too this time", "both girls please"),
                    "age",
                    "live_streaming",
                ),
            ),
        ),
    ]


def _l_help_requests(r: random.Random) -> Plan:
    return [
        *_some(
            r,
            2,
            [
                _b(
                    "B",
                    _o(
                        r,
                        "sir sorry to ask, no money for rice this week",
                        "sir good morning, can you help, the kids have nothing for baon",
                    ),
                    "gifts_money",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "my lola needs her maintenance meds, 1,200 pesos",
                        "the baby has fever, we need for check-up",
                    ),
                    "gifts_money",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "the rent is late sir, the landlord is angry",
                        "internet will be cut, we need 999 for the load",
                    ),
                    "gifts_money",
                )
            ],
        ),
        *_gap(r, 0.5, 5, 30),
        [
            _b(
                "A",
                _o(
                    r,
                    "I'll send 1,500 but I want the call tonight",
                    "ok I'll help, but the show is on tonight then",
                ),
                "gifts_money",
                "live_streaming",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r, "with the little one, not just you", "make sure the 10 year old is there"
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "B",
                    _o(
                        r,
                        "yes sir, thank you so much, 9pm here",
                        "ok sir she will be ready 8pm our time",
                    ),
                    "live_streaming",
                )
            ],
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "send the ref when you claim it",
                        "sent through Palawan, ref 7712 330 981",
                    ),
                    "live_streaming",
                ),
            ),
        ),
    ]


# --- benign: the first set's kinds ---------------------------------------------------------


def _parent_home(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A", _o(r, "Home safe?", "Are you home yet?", "Have you reached home?", "You back?")
            ),
            _b("B", _o(r, "yeah just got in", "yep", "5 mins away")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Is your dad home or still at work?",
                        "Is anyone in with you?",
                        "Has your sister come back?",
                    ),
                    "supervision",
                ),
                _pb(
                    r,
                    "B",
                    ("nobody's home, dad's at work till 7", "supervision"),
                    ("just me and the dog", "supervision"),
                    ("grandma is here", "supervision"),
                ),
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Don't tell your brother about the cake, it's for his birthday tomorrow",
                        "Shh don't tell dad about the present!",
                    ),
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Send me a pic of what's in the fridge so I know what to buy",
                        "Take a photo of the letter from school and send it",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "I'll pick you up from the station at 5 for your dentist",
                        "Meet me outside the library at 4, I'll drive us to nana's",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "I've put £10 on your card for lunch",
                        "Sent you 500 for transport, don't waste it o",
                    ),
                    "gifts_money",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "mum delete that video of me dancing from the family group!!",
                        "can u delete the pic u posted of me on facebook",
                    ),
                    "deletion",
                ),
                _b("A", _o(r, "Haha ok, deleted", "Fine, gone")),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Your sister is 9 so make sure she's not on the tablet all afternoon",
                        "Remember your cousin is only 6, keep an eye on him",
                    ),
                    "age",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Lock the door and don't open it for anybody o",
                        "Keep the door locked till I'm back please",
                    ),
                ),
            ),
        ),
    ]


def _class_trip(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Reminder: Year 7 trip to the science museum on Thursday, coach leaves the school gates at 8:15",
                    "Hi all, the 4th grade field trip is this Friday, drop-off at the front entrance by 7:45",
                ),
                "meeting",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Payment of £18 is due by Friday via ParentPay, reference TRIP7 plus your child's surname",
                        "The $22 fee is due by Wednesday on the school portal",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "C",
                    _o(
                        r,
                        "Can I send a photo of the consent form instead of the paper one?",
                        "Is a picture of the permission slip ok? Printer's broken",
                    ),
                    "image_request",
                ),
                _b(
                    "A",
                    _o(
                        r,
                        "Yes, a clear photo is fine",
                        "Of course, just make sure the signature is visible",
                    ),
                ),
            ],
            _may(
                r,
                0.9,
                _b(
                    "D",
                    _o(
                        r,
                        "Ollie is 11 and has a nut allergy, is lunch provided?",
                        "My daughter is only 10, she gets travel sick, can she sit at the front?",
                    ),
                    "age",
                ),
                _b(
                    "A",
                    _o(
                        r,
                        "Noted, I'll let the trip leader know",
                        "Thanks for telling me, I'll make a note",
                    ),
                ),
            ),
            _may(
                r,
                0.8,
                _b("E", "Can kids bring phones?"),
                _b(
                    "A",
                    "Phones on the coach are fine, but please no photos of other children posted online",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "Please don't tell the children about the surprise workshop!",
                        "Keep the planetarium show a secret from them, it's a surprise",
                    ),
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.8,
                _b("C", "What time do we collect them?"),
                _b(
                    "A",
                    _o(
                        r,
                        "Back at school for 3:30, please be at the gates",
                        "Pick-up 3pm in the car park",
                    ),
                    "meeting",
                ),
            ),
        ),
    ]


def _friends_secret(r: random.Random) -> Plan:
    who = _o(r, "Maya", "Tolu", "Aisha", "Connor")
    return [
        [
            _b("A", f"ok DO NOT tell {who} about saturday", "secrecy"),
            _b("B", _o(r, "my lips are sealed 🤐", "obviously", "wouldn't dream of it")),
        ],
        *_mix(
            r,
            [
                _b("C", _o(r, "shes turning 14 right", "is it her 15th or 16th"), "age"),
                _b("A", _o(r, "14 on sunday!!", "her 15th i think"), "age"),
            ],
            _may(
                r,
                0.9,
                _b(
                    "B",
                    _o(
                        r,
                        "her mums out saturday so the house is free for setting up",
                        "her parents are away so we can decorate before she gets back",
                    ),
                    "supervision",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "D",
                    _o(r, "send a pic of the cake when its done", "pic of the banner pls"),
                    "image_request",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "meet at the park at 3, we walk over together",
                        "everyone at the bus stop by 2:30",
                    ),
                    "meeting",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "delete this group after so she doesnt see it on my phone",
                        "delete the chat after sat pls she always grabs my phone",
                    ),
                    "deletion",
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "C",
                    _o(
                        r,
                        "everyone put £5 in for the present, pay me by friday",
                        "send me 5 for the gift by thursday",
                    ),
                    "sextortion",
                ),
            ),
        ),
    ]


def _marketplace(r: random.Random) -> Plan:
    item = _o(r, "bike", "pram", "sofa", "PS5", "desk")
    return [
        [
            _b("B", f"Hi, is the {item} still available?"),
            _b("A", _o(r, "Yes it is", "Yep", "Still here")),
        ],
        *_mix(
            r,
            [
                _b(
                    "B",
                    _o(
                        r,
                        "Can you send a pic of the scratch you mentioned?",
                        "Could I see a photo of the back?",
                    ),
                    "image_request",
                ),
                _b("A", "Sure, one sec"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Had loads of interest, if you want it pay the deposit by Friday or it goes to the next person",
                        "I can hold it till Saturday noon with a £20 deposit",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.7,
                _b("B", "Can I pay with a gift card?"),
                _b("A", "No sorry, cash or bank transfer only, too many scams about"),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Meet at the Tesco car park on Mill Road at 6?",
                        "Collection from mine, Thursday after 5",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "Text me on 07700 900219, I don't check this app much",
                        "WhatsApp me on 07700 900577",
                    ),
                    "platform_move",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "My son is 13, will it be big enough for him?",
                        "It's for my daughter, she's 12",
                    ),
                    "age",
                ),
            ),
        ),
    ]


def _dating_adults(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "hey! loved your hiking pics",
                    "hi, your profile made me laugh",
                    "Hey, fellow dog person I see",
                ),
            ),
            _b("B", _o(r, "haha thanks", "hi! 😊")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "how old are you btw? your profile says 29",
                        "wait what age are you, the app shows 34",
                    ),
                    "age",
                ),
                _b("B", _o(r, "31 actually, haven't updated it", "33 lol")),
            ],
            [
                _b(
                    "A",
                    _o(r, "you're really funny, I like that", "you have a great smile"),
                    "trust_isolation",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "B",
                    _o(
                        r,
                        "add me on insta, it's easier: sam.bakes",
                        "text me instead, 07700 900846",
                    ),
                    "platform_move",
                ),
            ),
            _may(r, 0.8, _b("A", "video call tonight?", "image_request"), _b("B", "sure, 9?")),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "send a pic of your dog, I need to meet this famous dog",
                        "pic of the sourdough or it didn't happen",
                    ),
                    "image_request",
                ),
            ),
            [
                _b(
                    "B",
                    _o(
                        r,
                        "drinks thursday? the bar on King St at 8",
                        "coffee saturday at 11, the place by the station?",
                    ),
                    "meeting",
                )
            ],
            _may(
                r,
                0.5,
                _b(
                    "A",
                    _o(
                        r,
                        "haven't told my sister about you yet, she'd never stop asking",
                        "keeping you quiet from my flatmates for now haha",
                    ),
                    "secrecy",
                ),
            ),
            _may(r, 0.5, _b("B", "delete that photo of me in the hat pls 😂", "deletion")),
        ),
    ]


def _gamers(r: random.Random) -> Plan:
    return [
        [
            _b("A", _o(r, "what rank r u now", "u on tonight?", "did u finish the raid")),
            _b("B", _o(r, "gold 2", "ya after dinner", "nearly")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "add me on discord its kai_plays",
                        "join my discord server, link in my bio",
                    ),
                    "platform_move",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "B",
                    _o(
                        r,
                        "ill gift u a skin for ur bday",
                        "i'll buy u the battle pass when my allowance comes",
                    ),
                    "gifts_money",
                ),
            ),
            _may(r, 0.8, _b("A", "dont tell Sam i carried u lol", "secrecy")),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "my little brother is 10 and hes cracked at this",
                        "my cousin is 12 and beats me every time",
                    ),
                    "age",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "turn ur cam on for the stream, chat wants ur reaction",
                        "put ur facecam on for the finale",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "r ur parents home? my mum says we r too loud on voice",
                        "is ur dad in? last time he yelled at us",
                    ),
                    "supervision",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "we should meet at the gaming cafe saturday 2pm",
                        "lan at Ryan's on sunday, 12?",
                    ),
                    "meeting",
                ),
            ),
        ),
    ]


def _grandparent_call(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Turn the camera on love, I can only see the ceiling",
                    "Put your video on darling, it's just black",
                    "Beta, switch on the camera, I can't see you",
                ),
                "image_request",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Is your mum home? I want a word about Christmas",
                        "Are your parents in? I need your father",
                    ),
                    "supervision",
                ),
                _pb(
                    r,
                    "B",
                    ("she's at work, just me and Jake", "supervision"),
                    ("dad's in the garden", "supervision"),
                    ("they're both out", "supervision"),
                ),
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "I've put £20 in your birthday card, don't tell your sister it was more than hers",
                        "Here's something for your exams, keep it between us",
                    ),
                    "gifts_money",
                    "secrecy",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "You'll be 9 next week! Where does the time go",
                        "My little man is 10 on Sunday!",
                    ),
                    "age",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Video call on Sunday at 6 my time, that's 7 your time in Spain",
                        "Call me Saturday 10am my time, 3pm yours in Lagos",
                    ),
                    "live_streaming",
                    "image_request",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "grandad delete that photo where my eyes are closed",
                        "nani pls delete the one with my braces",
                    ),
                    "deletion",
                ),
            ),
            _may(r, 0.7, _b("A", "Send me a photo of your school report", "image_request")),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "I'll pick you up from school on Wednesday, your mum said it's fine",
                        "Grandpa will collect you at 3 on Friday",
                    ),
                    "meeting",
                ),
            ),
        ),
    ]


def _tutoring(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Hi, following up on tutoring. Which year is your child in?",
                    "Hello, thanks for the enquiry. What grade is your daughter in?",
                ),
                "age",
            ),
            _pb(
                r,
                "B",
                ("Year 9, struggling with algebra", "age"),
                ("She's in 6th grade", "age"),
                ("They're 14, GCSE maths next year", "age"),
            ),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Sessions are £30, payable by bank transfer by the Friday before, reference TUTOR-JAMIE",
                        "Fees are $40/hour, please pay by Sunday each week via Zelle",
                    ),
                    "sextortion",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "For online sessions, please make sure an adult is at home during the lesson",
                        "My policy is that a parent is in the house for every session",
                    ),
                    "supervision",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Can you turn your camera on so I can see your working?",
                        "Pop your camera on please, I want to see the page",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Send me a photo of question 4 and I'll check it",
                        "Take a picture of your last test and send it over",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "I'll meet you at the library on Tuesday at 4",
                        "First session at the community centre, Monday 5pm",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "Please don't tell him I mentioned his report, he's embarrassed",
                        "Don't mention his exam result to him, he's upset",
                    ),
                    "secrecy",
                ),
            ),
        ),
    ]


# --- benign: the first blind set's kinds -------------------------------------------------------


def _family_remittance(r: random.Random) -> Plan:
    where = r.choice(("ph", "ke", "ng", "in"))
    sent = {
        "ph": "Sent 5,000 via GCash, ref 7781 442 019, for your school fees",
        "ke": "I've sent 4,500 on M-Pesa for the school fees, confirmation code QJK72H9LP",
        "ng": "I have sent 60k for the school fees, reference FT2291877 from the bank",
        "in": "Sent 8,000 by Remitly for the fees, reference RMT-55102",
    }[where]
    city = {"ph": "Dubai", "ke": "Doha", "ng": "Houston", "in": "Riyadh"}[where]
    return [
        [
            _b("A", sent, "live_streaming"),
            _b("B", _o(r, "received thank you", "got it, thanks ma", "ok thank u papa")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    f"Video call Sunday 8pm your time, that's 4pm for me in {city}",
                    "live_streaming",
                    "image_request",
                )
            ],
            _may(
                r,
                0.9,
                _b(
                    "A",
                    _o(
                        r,
                        "Send a photo of the receipt from the school office",
                        "Snap the fees receipt and send it",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Your brother is 8, he needs new shoes, take some for that",
                        "Buy your sister (she's 6 now!) a new uniform with the extra",
                    ),
                    "age",
                    "gifts_money",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    "Don't tell your papa I sent extra, it's for your phone",
                    "secrecy",
                    "gifts_money",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "nobody's home, tita is at the market",
                        "i'm alone, grandma went to church",
                    ),
                    "supervision",
                ),
            ),
        ),
    ]


def _safety_talk(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Can I talk to you about something I read today, those sextortion scams",
                    "Quick one before you go out, the school sent a letter about online blackmail",
                ),
            ),
            _b("B", _o(r, "ok", "mum i know", "what")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "They pretend to be a girl your age, about 15, and chat you up",
                        "Usually it's someone pretending to be 16 and from a nearby school",
                    ),
                    "age",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Then they say stuff like 'I've got your pics, pay £500 or your followers see them'",
                        "They say things like 'send money by tonight or your family gets the photo'",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "They'll ask you to move to another app where it's 'more private'",
                        "Often they want you to go to a different app first",
                    ),
                    "platform_move",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Or ask if your parents are home and tell you to keep it secret",
                        "They ask whether anyone's around and say don't tell",
                    ),
                    "supervision",
                    "secrecy",
                ),
            ),
            _may(r, 0.7, _b("A", "They might ask you to turn your camera on", "image_request")),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "If it ever happens, don't pay, keep the messages, come to me. You won't be in trouble",
                        "Never pay them. Screenshot it and tell me, I promise I won't be angry",
                    ),
                )
            ],
            _may(r, 0.8, _b("B", _o(r, "we did this in PSHE", "ok i get it", "thanks mum"))),
        ),
    ]


def _sports_club(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "U12s: training moved to Tuesday 6pm at the 3G pitch",
                    "Under 14s - Saturday's game kicks off 10am, be at the ground 9:15",
                ),
                "meeting",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Subs of £15 due by Friday please, bank transfer ref SUBS plus surname",
                        "Term fees (£45) need paying before the 1st, cash or transfer",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.9,
                _b(
                    "C",
                    _o(
                        r,
                        "Can someone give Noah a lift? He's 11 and I'm working",
                        "Anyone able to take Grace on Saturday? She's 12, I'm on shift",
                    ),
                    "meeting",
                    "age",
                ),
                _b(
                    "D",
                    _o(
                        r,
                        "I can take them, I'll be at the corner at 5:30",
                        "Yes, happy to, I'll text you when I'm outside",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Please send pics from Saturday's match for the website, only kids with photo consent",
                        "Any photos from the tournament? Send them to me for the newsletter",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.7,
                _b("E", "How old do they have to be for the U13s?", "age"),
                _b("A", "Born after 1 September 2012"),
            ),
            _may(
                r,
                0.6,
                _b("A", "Reminder: coaches only message players in this group, never privately"),
            ),
        ),
    ]


def _flatmate_debt(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "You owe me £240 for the bills, I need it by Friday",
                    "Mate, that's 3 months of internet you owe, £90 by the weekend please",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Or I'm telling the landlord you haven't paid your share",
                        "If not I'll have to take it out of your deposit",
                    ),
                    "sextortion",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Send a screenshot of the transfer when it's done",
                        "Show me the bank confirmation",
                    ),
                    "image_request",
                ),
                _b("B", _o(r, "sent", "ok, done")),
            ],
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "Don't tell Jess I was short this month",
                        "Keep this between us please, it's embarrassing",
                    ),
                    "secrecy",
                ),
            ),
            _may(
                r,
                0.6,
                _b("A", "Delete that pic you took of the kitchen from the group lol", "deletion"),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A",
                    _o(
                        r,
                        "Meet you at the flat at 7 to sort the cleaning rota",
                        "House meeting 8pm Sunday in the kitchen",
                    ),
                    "meeting",
                ),
            ),
        ),
    ]


def _babysitting(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "We're out till 11, you're in charge",
                    "Dad and I are at the wedding till late, you've got the boys",
                ),
            ),
            _b("B", _o(r, "ok", "yep got it")),
        ],
        *_mix(
            r,
            _may(
                r,
                0.8,
                _b(
                    "B",
                    _o(
                        r,
                        "mum and dad are out, it's just me and Leo",
                        "told Jade I can't come, parents out and I'm watching the twins",
                    ),
                    "supervision",
                ),
            ),
            [
                _b(
                    "A",
                    _o(r, "Leo is 6, he can't stay up past 8", "The twins are 4, bed by 7:30"),
                    "age",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "B", "Sorry, Leo made me promise not to tell you we had ice cream 😂", "secrecy"
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(r, "Send me a pic when he's asleep", "Photo when they're in bed please"),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    "delete that photo of me asleep on the sofa from the family chat!!",
                    "deletion",
                ),
            ),
            _may(r, 0.7, _b("A", "Don't open the door to anyone, we'll be back by 11")),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(r, "There's £10 on the side for pizza", "Sent you £20 for helping"),
                    "gifts_money",
                ),
            ),
        ),
    ]


# --- benign: the second set's kinds ------------------------------------------------------------


def _coach_lift(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "I can give Ella and Priya a lift to Saturday's away match, pick up from the club at 8",
                    "Happy to drive three of the girls to the tournament, leaving the leisure centre 7:30",
                ),
                "meeting",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "C",
                    _o(
                        r,
                        "Thanks! She's 13, does she still need a booster seat?",
                        "Brilliant, Amara's only 11 so she'll need a booster",
                    ),
                    "age",
                ),
                _b("A", "I've got one in the boot"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Could one parent come along in the car too? Club policy is two adults",
                        "Club rules say I need another adult in the car, any volunteers?",
                    ),
                    "supervision",
                )
            ],
            _may(
                r,
                0.9,
                _b(
                    "D",
                    _o(
                        r,
                        "I'll come along, can you pick me up at the corner of Elm St at 7:50",
                        "I'm free, meet you at the club at 7:45",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Please send me a photo of the signed travel consent form",
                        "Pic of the consent form before Saturday please",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "Fuel contribution is £5 each by Friday, pay into the club account ref AWAY",
                        "£4 petrol money please, by Thursday",
                    ),
                    "sextortion",
                ),
            ),
        ),
    ]


def _news_story(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "did u see the news about that boy in michigan",
                    "omg the bbc story about the sextortion gang",
                    "have u read about that kid in the news",
                ),
            ),
            _b("B", _o(r, "the sextortion one? so sad", "yeah my mum showed me")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "the 'girl' said she was 16 but it was a grown man",
                        "they pretended to be a 15 year old girl from his area",
                    ),
                    "age",
                )
            ],
            _may(
                r,
                0.9,
                _b(
                    "B",
                    _o(
                        r,
                        "and they got him to move to another app",
                        "first thing they did was get him onto a different app",
                    ),
                    "platform_move",
                ),
            ),
            [
                _b(
                    "C",
                    _o(
                        r,
                        "then said pay $1000 or he'd send the pics to his family",
                        "they told him to pay by midnight or everyone would see",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "it said they had screenshots of his followers",
                        "they threatened to send it to his whole school",
                    ),
                    "sextortion",
                ),
            ),
            _may(r, 0.7, _b("B", _o(r, "and he was only 15", "he was 17"), "age")),
            [
                _b(
                    "C",
                    _o(
                        r,
                        "if that ever happens tell someone, dont pay",
                        "honestly id just tell my mum straight away",
                    ),
                )
            ],
        ),
    ]


def _safety_quiz(r: random.Random) -> Plan:
    return [
        [_b("A", "Online safety quiz time! Answer in the chat 🙂")],
        *_some(
            r,
            4,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Q1: someone from a game asks 'are you home alone?' What do you do?",
                        "Q: a stranger asks if your parents are home. Safe or not?",
                    ),
                    "supervision",
                ),
                _b("C", _o(r, "tell an adult", "not safe, block")),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Q2: a new 'friend' says 'let's keep this our secret'. Red flag?",
                        "Q: someone says 'don't tell your mum about me'. Red flag?",
                    ),
                    "secrecy",
                ),
                _b("D", "red flag"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Q3: 'send me a pic or I'll share the old one'. What is this called?",
                        "Q: 'send a photo or I post the old one'. What's this?",
                    ),
                    "sextortion",
                    "image_request",
                ),
                _b("E", "sextortion"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Q4: someone asks which school you go to and what year you're in",
                        "Q: an online friend asks how old you are",
                    ),
                    "age",
                ),
                _b("C", "dont answer"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Q5: 'add me on another app, this one's boring'",
                        "Q: 'let's chat somewhere more private'",
                    ),
                    "platform_move",
                ),
                _b("D", "say no"),
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Q6: 'I'll give you 1000 V-Bucks if you video chat'",
                        "Q: someone offers you free Robux for a selfie",
                    ),
                    "gifts_money",
                    "image_request",
                ),
                _b("E", "its a trick"),
            ],
        ),
        [
            _b(
                "A",
                _o(
                    r,
                    "Well done everyone, full marks for the class!",
                    "Great answers. Remember: tell a trusted adult.",
                ),
            )
        ],
    ]


def _streamer_sponsor(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Hi! We'd love to sponsor a 2-hour stream on Friday, $500 flat",
                    "Hello, GlitchGear here, interested in a sponsored stream next week?",
                ),
            ),
            _b("B", "Sounds good, tell me more"),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Could you go live at 9pm your time? That's 3am for our team in Berlin, we'll watch the VOD",
                        "Stream slot: 7pm EST / midnight UK",
                    ),
                    "live_streaming",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Payment by PayPal within 7 days of invoice, ref SPN-0412",
                        "We pay by bank transfer, invoice by the 30th please",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    "Could you send a pic of your setup with the product visible?",
                    "image_request",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    _o(
                        r,
                        "Let's continue on Discord for the contract, I'm mira_gg",
                        "Email me at partnerships@example.org",
                    ),
                    "platform_move",
                ),
            ),
            _may(r, 0.7, _b("A", "Please keep the terms confidential until launch", "secrecy")),
            _may(
                r,
                0.5,
                _b(
                    "B",
                    "My audience is mostly adults but I get some younger viewers, is that ok for the brand?",
                ),
            ),
        ),
    ]


def _landlord_rent(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Your rent of £925 is now 12 days overdue. Please pay by Monday 5pm",
                    "Hi, rent for this month hasn't come in. Can you pay by Thursday?",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Otherwise I'll have to begin the formal process, which I'd rather avoid",
                        "If not, I'll need to serve notice",
                    ),
                    "sextortion",
                ),
            ),
            [
                _b(
                    "B",
                    _o(
                        r,
                        "Sorry, I can pay half now and half on the 28th",
                        "Apologies, payday is Friday, it'll be in then",
                    ),
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Can you send a photo of the damp in the bathroom",
                        "Pic of the boiler display please",
                    ),
                    "image_request",
                ),
            ),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "I'll come round Tuesday 10am with the plumber",
                        "Contractor is coming Thursday 9-12",
                    ),
                    "meeting",
                ),
            ),
            _may(
                r,
                0.5,
                _b("A", "Please don't mention the reduction to the other tenants", "secrecy"),
            ),
        ),
    ]


def _guild_fundraiser(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Charity stream Saturday 8pm EST / 1am UK, raising for the children's hospital!",
                    "Guild charity marathon: Sunday 3pm CET, 9am for our US folks",
                ),
                "live_streaming",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Donations via the link before Sunday midnight, the platform sends receipts",
                        "Pledge through the charity page by Friday please",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.8,
                _b("C", "how old do you need to be to co-stream? my brother is 12", "age"),
                _b("A", "13+ on the platform, sorry"),
            ),
            _may(
                r,
                0.8,
                _b(
                    "D",
                    _o(
                        r,
                        "add me on discord for the schedule",
                        "i'm on the guild discord as 'pixelmoth'",
                    ),
                    "platform_move",
                ),
            ),
            _may(r, 0.7, _b("A", "send me a screenshot of your overlay", "image_request")),
            _may(
                r,
                0.7,
                _b(
                    "E",
                    _o(
                        r,
                        "i'll donate my gift card balance",
                        "I'll put in 20 from my birthday money",
                    ),
                    "gifts_money",
                ),
            ),
        ),
    ]


# --- benign: the third set's kinds -------------------------------------------------------------


def _youth_trip(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Permission slips back by Wednesday please, with the £50 deposit, ref TRIP-surname",
                    "Youth weekend away: forms and $60 deposit due Sunday",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [_b("A", "A photo of the signed slip is fine", "image_request")],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Meet at the church hall 6am Saturday",
                        "Bus leaves the youth centre at 7 sharp",
                    ),
                    "meeting",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "C",
                    _o(
                        r,
                        "Is Tom old enough? He's 11 in October",
                        "Zara's 12, is that ok for the older group?",
                    ),
                    "age",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    "Kids can video call home at 7pm each evening from the leaders' phones",
                    "image_request",
                ),
            ),
            _may(r, 0.7, _b("A", "Don't tell the kids about the campfire surprise!", "secrecy")),
            _may(r, 0.6, _b("D", "Can we pay by bank transfer?"), _b("A", "Yes, same reference")),
        ),
    ]


def _helpline_report(r: random.Random) -> Plan:
    return [
        [
            _b("A", "Hi, you're chatting with a counsellor. What's happening?"),
            _b("B", _o(r, "hi. someone is threatening me", "i dont know what to do")),
        ],
        [
            _b(
                "B",
                _o(
                    r,
                    "someone online says theyll send a pic of me to my friends unless i pay £200 by tonight",
                    "this account says pay 150 dollars or they post my photo",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [
                _b("A", "Thank you for telling us. Can I ask how old you are?", "age"),
                _b("B", _o(r, "15", "14", "16"), "age"),
            ],
            [_b("A", "Please don't pay. Keep the messages so they can help with a report")],
            _may(
                r, 0.8, _b("B", "he told me to keep it secret and not tell my parents", "secrecy")
            ),
            _may(
                r,
                0.8,
                _b("A", "Is there a trusted adult at home you could tell tonight?", "supervision"),
                _b("B", _o(r, "my mum is home", "my dad gets in at 6"), "supervision"),
            ),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    _o(
                        r,
                        "he wanted me to move to another app first",
                        "we started on a game then he asked me to go to another app",
                    ),
                    "platform_move",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    "There's also a tool to help get images taken down, I can send you the link",
                ),
            ),
        ),
    ]


def _portrait_session(r: random.Random) -> Plan:
    return [
        [
            _b(
                "B",
                _o(
                    r,
                    "Hi, we'd like a family session, the kids are 4 and 7",
                    "Hello, looking to book photos for my son's 10th birthday",
                ),
                "age",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Lovely! A £40 deposit by Friday secures the slot, ref FAM-surname",
                        "Great, a $50 retainer by the 5th holds the date",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    "Could you send me a pic of the outfits so I can plan the colours?",
                    "image_request",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Meet at the park gates at 10am Sunday",
                        "Studio on Harbour St, 2pm Saturday",
                    ),
                    "meeting",
                )
            ],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    "I'll send a private gallery link, please don't share it publicly",
                    "secrecy",
                ),
            ),
            _may(r, 0.7, _b("B", "can you delete the ones where my son is crying 😂", "deletion")),
        ),
    ]


def _esports_travel(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Our youngest player is 16, so we need a parent's consent for the trip",
                    "Since Marek is 17, his parents need to sign the travel form",
                ),
                "age",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Flight lands 7am, I'll pick you up at the airport in Katowice",
                        "I'll meet everyone at arrivals, gate B",
                    ),
                    "meeting",
                )
            ],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "The sponsor pays per stream; schedule is 8pm CET / 2pm EST",
                        "Scrims streamed at 18:00 Berlin time, 12:00 for our NA sub",
                    ),
                    "live_streaming",
                )
            ],
            _may(
                r,
                0.8,
                _b("A", "Add me on Telegram for the travel docs, @coach_ren", "platform_move"),
            ),
            _may(r, 0.8, _b("A", "Send a photo of your passport page", "image_request")),
            _may(
                r,
                0.6,
                _b("A", "Keep the roster change secret until Monday's announcement", "secrecy"),
            ),
            _may(
                r,
                0.6,
                _b("C", "Can I video call him each evening?", "image_request"),
                _b("A", "Of course"),
            ),
        ),
    ]


def _pen_pals(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Class video call Thursday 9am your time, 4pm ours?",
                    "Shall we do the call at 2pm UK, which is 9pm in Manila?",
                    "Video call Monday at 10am Nairobi time, 8am for us?",
                ),
                "live_streaming",
                "image_request",
            )
        ],
        *_mix(
            r,
            [
                _b("B", _o(r, "Our pupils are so excited", "My Year 5s can't wait")),
                _b(
                    "B",
                    _o(
                        r,
                        "Ruby is 9 and wants to write to Jomar again",
                        "Our youngest, Kofi, is only 8",
                    ),
                    "age",
                ),
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    "Could you send a pic of your class's letters so we can print them?",
                    "image_request",
                ),
            ),
            _may(r, 0.7, _b("B", "Parents have signed consent for the call")),
            _may(r, 0.7, _b("A", "Please don't share the call link outside school", "secrecy")),
            _may(
                r,
                0.6,
                _b(
                    "B",
                    _o(
                        r,
                        "Our school is St Joseph's Elementary, in Quezon City",
                        "We're at Riverside Primary, Kisumu",
                    ),
                    "age",
                ),
            ),
        ),
    ]


# --- benign: the fourth set's kinds ------------------------------------------------------------


def _scout_camp(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Camp fee is £85, due by Friday, ref CAMP-surname",
                    "Summer camp balance ($120) must be in by the 1st",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [_b("A", "Please send a photo of the completed medical form", "image_request")],
            _may(
                r,
                0.8,
                _b(
                    "C",
                    _o(
                        r,
                        "Harry is 9 and has asthma, inhaler packed",
                        "Ruby is 8, first time away, she may be homesick",
                    ),
                    "age",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Drop-off 8am at the scout hut",
                        "Meet at the hall car park, Saturday 9am",
                    ),
                    "meeting",
                )
            ],
            [_b("A", "No phones at camp, we'll post photos in here for parents")],
            _may(
                r,
                0.7,
                _b("D", "Can we video call him on Sunday?", "image_request"),
                _b("A", "Sorry, no calls, it helps with homesickness"),
            ),
            _may(
                r,
                0.7,
                _b("A", "Don't tell the cubs about the night hike, it's a surprise", "secrecy"),
            ),
        ),
    ]


def _new_number_scam(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Hi mum, this is my new number, phone broke, save this one",
                    "Hey dad it's me, lost my phone, this is my temporary number",
                ),
                "platform_move",
            )
        ],
        [_b("B", _o(r, "Who is this?", "Oh no! Are you ok?", "Which one of you is this?"))],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Can you pay a bill for me? It's urgent, £480, I'll pay you back tomorrow",
                        "I need to pay rent today and my banking app is locked, can you send £650?",
                    ),
                    "sextortion",
                )
            ],
            _may(
                r,
                0.9,
                _b("A", "Account 41234567, sort code 00-99-11, reference RENT", "sextortion"),
            ),
            _may(r, 0.8, _b("A", "Don't tell dad please, he'll be annoyed", "secrecy")),
            _may(r, 0.7, _b("A", "Can't call, the mic on this one doesn't work")),
        ),
        [
            _b(
                "B",
                _o(
                    r,
                    "What's the dog's name?",
                    "Call me then. Now.",
                    "Your sister is sitting next to me, she says her phone is fine",
                ),
            ),
            _b("A", _o(r, "Mum please just help", "Why are you asking that")),
        ],
        _may(r, 0.9, _b("B", _o(r, "Nice try. Reported.", "Blocked and reported to the bank"))),
    ]


def _talent_audition(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Good news, Lily (11) has been shortlisted for the audition",
                    "Hello, Ethan (9) has a recall for the cereal advert",
                ),
                "age",
            )
        ],
        *_mix(
            r,
            [_b("A", "Please send two recent headshots and a full-length photo", "image_request")],
            [
                _b(
                    "A",
                    _o(
                        r,
                        "The audition is Saturday 11am at our studio; a parent must stay throughout",
                        "Casting is Tuesday 4pm in Soho, chaperone required",
                    ),
                    "meeting",
                )
            ],
            _may(r, 0.8, _b("A", "Self-tape by Thursday please, parent to film", "image_request")),
            _may(
                r,
                0.8,
                _b("B", "Do you charge a registration fee?"),
                _b("A", "We never charge fees upfront, our commission comes from bookings"),
            ),
            _may(r, 0.7, _b("A", "Please keep the script confidential", "secrecy")),
        ),
    ]


def _visa_fee(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Aunty's visa fee is $185, we need to pay by the 20th",
                    "The embassy fee for Auntie is £115, deadline Friday",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "C",
                    "I'll send my share via remittance with the reference she gave, VF-2291",
                    "live_streaming",
                )
            ],
            _may(r, 0.8, _b("D", "send pic of the receipt when paid", "image_request")),
            _may(
                r,
                0.8,
                _b(
                    "A",
                    _o(
                        r,
                        "Family video call at 8pm Lagos time, that's 7pm London",
                        "Call tonight 9pm Nairobi, 7pm for those in London",
                    ),
                    "live_streaming",
                    "image_request",
                ),
            ),
            _may(r, 0.7, _b("E", "don't tell grandma until it's approved", "secrecy")),
            _may(r, 0.6, _b("C", "my daughter is 14, she wants to join the call", "age")),
        ),
    ]


def _esafety_followup(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                "Following today's e-safety assembly, here are the warning signs we discussed with pupils:",
            )
        ],
        *_some(
            r,
            3,
            [_b("A", "- someone asking 'what school do you go to?' or 'how old are you?'", "age")],
            [_b("A", "- 'keep this between us' or 'delete our chat'", "secrecy", "deletion")],
            [_b("A", "- 'are your parents around?'", "supervision")],
            [
                _b(
                    "A",
                    "- requests to move to another app or turn a camera on",
                    "platform_move",
                    "image_request",
                )
            ],
            [_b("A", "- threats like 'pay me or I'll share your photo'", "sextortion")],
            [_b("A", "- offers of gift cards or game currency from strangers", "gifts_money")],
        ),
        [_b("C", _o(r, "Thank you, very useful", "Thanks, we talked about it at dinner"))],
        _may(
            r,
            0.7,
            _b("D", "Is there a session for parents?"),
            _b("A", "Yes, Thursday 6pm in the hall", "meeting"),
        ),
    ]


# --- benign: the fifth set's kinds -------------------------------------------------------------


def _debt_reminder(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Your balance of £312.40 is overdue. Please pay by 14 June, quoting reference DC-48812",
                    "This is a reminder that $540 is outstanding on your account. Payment is due within 7 days",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            _may(
                r,
                0.8,
                _b(
                    "A",
                    "If payment is not received, the account may be referred for further action",
                    "sextortion",
                ),
            ),
            [_b("B", "Can I set up a payment plan?"), _b("A", "Yes, we can offer £40 per month")],
            _may(
                r,
                0.7,
                _b(
                    "A",
                    "Please send a photo of your most recent payslip for the affordability check",
                    "image_request",
                ),
            ),
            _may(
                r,
                0.7,
                _b("A", "You can also call us on 07700 900612, Mon-Fri 9-5", "platform_move"),
            ),
            _may(r, 0.6, _b("A", "Never share your online banking PIN with anyone, including us")),
        ),
    ]


def _group_project(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "send me the pic of the poster so i can put it in the slides",
                    "can someone send a photo of the diagram",
                ),
                "image_request",
            )
        ],
        *_mix(
            r,
            [_b("B", "due friday!!!")],
            [
                _b(
                    "C",
                    _o(r, "meet in the library at lunch", "call at 7? or library tomorrow 1pm"),
                    "meeting",
                )
            ],
            _may(r, 0.8, _b("A", "dont tell Ms Okafor we havent started 😭", "secrecy")),
            _may(r, 0.7, _b("D", "delete that blurry pic i sent", "deletion")),
            _may(r, 0.6, _b("B", "my sister is 12 and did this project last year lol", "age")),
        ),
    ]


def _choir_trip(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Balance of £120 due by the 14th, ref CHOIR-surname",
                    "Final trip payment of €95 is due on Monday",
                ),
                "sextortion",
            )
        ],
        *_mix(
            r,
            [_b("A", "Please send a photo of the signed consent form", "image_request")],
            _may(r, 0.8, _b("C", "Sofia is 10, can she share a room with her cousin?", "age")),
            [_b("A", "Coach leaves the cathedral at 7am", "meeting")],
            _may(
                r, 0.7, _b("A", "We'll livestream the concert at 7pm CET, 6pm UK", "live_streaming")
            ),
            _may(
                r,
                0.7,
                _b("D", "Is an adult with them at night?", "supervision"),
                _b("A", "Yes, two chaperones on each floor", "supervision"),
            ),
        ),
    ]


def _account_recovery(r: random.Random) -> Plan:
    return [
        [
            _b(
                "B",
                _o(
                    r,
                    "hi i cant get into my account, someone changed the email",
                    "my account got hacked and im locked out",
                ),
            ),
            _b("A", "Sorry to hear that. I can help you recover it."),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    f"To verify it's you, please send a selfie holding a paper with the code {r.randint(1000, 9999)}",
                    "image_request",
                )
            ],
            [
                _b("A", "Please confirm the date of birth on the account", "age"),
                _b("B", _o(r, "I'm 15, my mum set it up", "12 march 2009"), "age"),
            ],
            [_b("A", "Never share this code with anyone who messages you")],
            _may(r, 0.7, _b("B", "whoever has it is messaging my friends asking for money")),
            _may(r, 0.6, _b("A", "Your selfie is deleted once the review is done")),
        ),
    ]


def _screen_time_rules(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Ava is 12 and gets 2 hours on school nights, is that mean?",
                    "What do you all allow? Leo's 11 and wants a phone",
                ),
                "age",
            )
        ],
        *_mix(
            r,
            [_b("B", "Phones out of bedrooms at 9 here")],
            _may(
                r,
                0.8,
                _b(
                    "C",
                    "We tell ours never to add people they don't know on other apps",
                    "platform_move",
                ),
            ),
            _may(r, 0.7, _b("A", "I check her chats, and she knows I do")),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    "Our rule: if anyone asks 'are your parents home', come straight to us",
                    "supervision",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "C", "Camera off on the tablet unless it's a call with grandma", "image_request"
                ),
            ),
            _may(
                r,
                0.6,
                _b(
                    "A", "And never pay anyone who threatens to post a photo, tell us", "sextortion"
                ),
            ),
        ),
    ]


# --- benign: this set's own kinds --------------------------------------------------------------


def _shift_rota(r: random.Random) -> Plan:
    city = _o(r, "Toronto", "London", "Singapore", "Chicago")
    return [
        [
            _b(
                "A",
                f"Your shifts next week: Mon and Wed 7pm your time, which is 2pm for me in {city}",
                "live_streaming",
            )
        ],
        *_mix(
            r,
            [
                _b("A", "You're 17, right? Under-18s can't be rostered past 10pm", "age"),
                _b("B", _o(r, "yes 17 until March", "yep 17"), "age"),
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    "Please join the team video call at 6:45 with your camera on for sign-in",
                    "image_request",
                ),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Pay goes out Friday via Wise, reference SHIFT-W23",
                        "Wages sent by remittance every fortnight, ref ROTA-17",
                    ),
                    "live_streaming",
                )
            ],
            _may(
                r,
                0.7,
                _b("A", "Send a photo of your timesheet if the portal is down", "image_request"),
            ),
            _may(
                r,
                0.6,
                _b("A", "Don't share customers' details outside the ticket system", "secrecy"),
            ),
            _may(
                r,
                0.6,
                _b(
                    "B",
                    "can I swap Wednesday? my parents are away and I'm home alone with my brother",
                    "supervision",
                ),
            ),
        ),
    ]


def _birthday_remittance(r: random.Random) -> Plan:
    who = r.choice(("lola", "nani", "granny", "mama"))
    sent = {
        "lola": "Lola sent 2,000 via Western Union for your birthday, control number 4412 909 221",
        "nani": "Nani sent Rs 5,000 through Remitly, reference RMT-88120, for your birthday",
        "granny": "Granny sent something through Western Union for your birthday, MTCN 550 118 9072",
        "mama": "Grandma has sent 20,000 naira by bank transfer, ref BDAY-2024",
    }[who]
    return [
        [
            _b("A", sent, "live_streaming"),
            _b("B", _o(r, "thank you so much!!", "omg thank u", "thanks ❤️")),
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(r, "Happy 13th birthday my darling!", "Can't believe you're 12 already!"),
                    "age",
                )
            ],
            _may(r, 0.8, _b("A", "Don't tell your cousins how much, ok?", "secrecy")),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Video call on your birthday, 7pm your time, 11am mine in Winnipeg?",
                        "Call me Saturday 6pm your side, it will be morning here",
                    ),
                    "live_streaming",
                    "image_request",
                )
            ],
            _may(r, 0.8, _b("A", "Send a pic of you with the cake", "image_request")),
            _may(
                r,
                0.7,
                _b(
                    "B",
                    "mum says send the ref number again so she can collect it",
                    "live_streaming",
                ),
            ),
        ),
    ]


def _photo_club(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Send your 3 best pics for the 'Autumn' theme by Sunday",
                    "Monthly comp: upload your photos of 'Reflections' before the 28th",
                ),
                "image_request",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "A",
                    _o(
                        r,
                        "Sunrise meet-up at the harbour wall, 6am Saturday",
                        "Night shoot at the pier, meet 8pm by the café",
                    ),
                    "meeting",
                )
            ],
            _may(
                r,
                0.8,
                _b("C", "Josh is 14, can he come on his own?", "age"),
                _b("A", "Under-16s need a parent with them, sorry"),
            ),
            _may(
                r,
                0.8,
                _b("A", "Membership is £10, by the end of the month, ref PHOTO-name", "sextortion"),
            ),
            _may(
                r,
                0.7,
                _b("D", "Add me for the club's WhatsApp list, 07700 900318", "platform_move"),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    "Please delete any shots with strangers' faces unless they agreed",
                    "deletion",
                ),
            ),
        ),
    ]


def _custody_calls(r: random.Random) -> Plan:
    city = _o(r, "Perth", "Dubai", "Vancouver", "Auckland")
    return [
        [
            _b(
                "A",
                f"Can Mia video call me Saturday 9am your time, 5pm mine in {city}?",
                "live_streaming",
                "image_request",
            )
        ],
        *_mix(
            r,
            [
                _b(
                    "B",
                    _o(
                        r,
                        "She's 8 now, she can dial herself",
                        "Yes. She's 10, she'll want to show you her project",
                    ),
                    "age",
                )
            ],
            _may(
                r,
                0.8,
                _b("A", "Will someone be home with her when she calls?", "supervision"),
                _b("B", "Yes, I'll be there", "supervision"),
            ),
            _may(
                r,
                0.8,
                _b("A", "I've sent her birthday money via Wise, ref MIA-BDAY", "live_streaming"),
            ),
            _may(r, 0.7, _b("A", "Don't tell her about the puppy, it's a surprise", "secrecy")),
            _may(
                r, 0.6, _b("A", "I'll pick her up from school on the 14th when I'm over", "meeting")
            ),
        ),
    ]


def _child_sponsorship(r: random.Random) -> Plan:
    return [
        [
            _b(
                "A",
                _o(
                    r,
                    "Your sponsored child Jomar is 9 and now in grade 4",
                    "Update on Achieng: she turned 11 and moved up to class 6",
                ),
                "age",
            )
        ],
        *_mix(
            r,
            [_b("A", "Monthly donation of $35 received, ref SP-2231", "live_streaming")],
            _may(
                r,
                0.8,
                _b("B", "Could you send a photo of them with the school bag?", "image_request"),
            ),
            [
                _b(
                    "A",
                    _o(
                        r,
                        "A supervised video call with the family is possible at the community centre, Saturday 10am Manila / Friday 9pm EST",
                        "We can arrange a call at the project office, Tuesday 3pm Nairobi, noon UK",
                    ),
                    "live_streaming",
                    "image_request",
                )
            ],
            _may(
                r,
                0.8,
                _b(
                    "A",
                    "For child safety, please don't send money to the family directly",
                    "gifts_money",
                ),
            ),
            _may(
                r,
                0.7,
                _b(
                    "A",
                    "Please don't share your personal number or social media with the family",
                    "platform_move",
                ),
            ),
        ),
    ]


# --- registry ----------------------------------------------------------------------------------


_RISKY: dict[str, tuple[_Scenario, ...]] = {
    "grooming": (
        _Scenario("grooming/voice_chat", _g_voice_chat, "gamer", voice="AB"),
        _Scenario("grooming/talent_agent", _g_talent_agent, "teen", plain="A", opens=True),
        _Scenario("grooming/fake_teen", _g_fake_teen, "teen", opens=True),
        _Scenario("grooming/family_friend", _g_family_friend, "acquaint", opens=True),
        _Scenario("grooming/coach_private", _g_coach_private, "sport"),
        _Scenario("grooming/long_distance", _g_long_distance, "romance", (14, 80, 40)),
        _Scenario("grooming/friend_report", _g_friend_report, "teen"),
        _Scenario("grooming/forum_refuses", _g_forum_refuses, "hobby", plain="A", opens=True),
        _Scenario(
            "grooming/server_lurker", _g_server_lurker, "server", (12, 60, 22), filler_by="BCD"
        ),
    ),
    "sextortion": (
        _Scenario("sextortion/scam_script", _s_scam_script, "flirt", opens=True),
        _Scenario("sextortion/ex_partner", _s_ex_partner, "teen"),
        _Scenario("sextortion/hacked_account", _s_hacked_account, "teen"),
        _Scenario("sextortion/gift_cards", _s_gift_cards, "flirt", opens=True),
        _Scenario("sextortion/crypto", _s_crypto, "flirt", opens=True),
        _Scenario("sextortion/broken_english", _s_broken_english, "flirt", plain="A", opens=True),
        _Scenario(
            "sextortion/very_short",
            _s_very_short,
            "confused",
            (10, 13, 11),
            filler_by="B",
            opens=True,
        ),
        _Scenario(
            "sextortion/paid_escalates", _s_paid_escalates, "flirt", (14, 80, 30), opens=True
        ),
        _Scenario("sextortion/implicit_threat", _s_implicit_threat, "extort", opens=True),
        _Scenario("sextortion/poses_as_girl", _s_poses_as_girl, "flirt", (14, 80, 32), opens=True),
    ),
    "live_streaming": (
        _Scenario("live_streaming/facilitator", _l_facilitator, "ls"),
        _Scenario("live_streaming/customer_haggles", _l_customer_haggles, "ls"),
        _Scenario("live_streaming/time_zones", _l_time_zones, "ls"),
        _Scenario("live_streaming/remittance_refs", _l_remittance_refs, "ls"),
        _Scenario("live_streaming/proof_check", _l_proof_check, "ls"),
        _Scenario("live_streaming/regular_booking", _l_regular_booking, "ls"),
        _Scenario("live_streaming/private_app", _l_private_app, "ls"),
        _Scenario("live_streaming/help_requests", _l_help_requests, "ls"),
    ),
}

_BENIGN_SCRIPTS: dict[str, tuple[Script, str, str]] = {
    # kind: (script, small-talk setting, speakers who write as written)
    "parent_home": (_parent_home, "family", ""),
    "class_trip": (_class_trip, "group", "A"),
    "friends_secret": (_friends_secret, "teen", ""),
    "marketplace": (_marketplace, "adult", ""),
    "dating_adults": (_dating_adults, "flirt", ""),
    "gamers": (_gamers, "gamer", ""),
    "grandparent_call": (_grandparent_call, "family", ""),
    "tutoring": (_tutoring, "formal", "A"),
    "family_remittance": (_family_remittance, "family", ""),
    "safety_talk": (_safety_talk, "family", ""),
    "sports_club": (_sports_club, "group", ""),
    "flatmate_debt": (_flatmate_debt, "adult", ""),
    "babysitting": (_babysitting, "family", ""),
    "coach_lift": (_coach_lift, "group", ""),
    "news_story": (_news_story, "teen", ""),
    "safety_quiz": (_safety_quiz, "class", "A"),
    "streamer_sponsor": (_streamer_sponsor, "adult", "A"),
    "landlord_rent": (_landlord_rent, "formal", ""),
    "guild_fundraiser": (_guild_fundraiser, "gamer", ""),
    "youth_trip": (_youth_trip, "group", ""),
    "helpline_report": (_helpline_report, "formal", "A"),
    "portrait_session": (_portrait_session, "adult", ""),
    "esports_travel": (_esports_travel, "gamer", ""),
    "pen_pals": (_pen_pals, "formal", ""),
    "scout_camp": (_scout_camp, "group", "A"),
    "new_number_scam": (_new_number_scam, "adult", ""),
    "talent_audition": (_talent_audition, "formal", "A"),
    "visa_fee": (_visa_fee, "group", ""),
    "esafety_followup": (_esafety_followup, "group", "A"),
    "debt_reminder": (_debt_reminder, "formal", "A"),
    "group_project": (_group_project, "teen", ""),
    "choir_trip": (_choir_trip, "group", ""),
    "account_recovery": (_account_recovery, "formal", "A"),
    "screen_time_rules": (_screen_time_rules, "group", ""),
    "shift_rota": (_shift_rota, "work", ""),
    "birthday_remittance": (_birthday_remittance, "family", ""),
    "photo_club": (_photo_club, "group", ""),
    "custody_calls": (_custody_calls, "adult", ""),
    "child_sponsorship": (_child_sponsorship, "formal", "A"),
}
_FIRST_CONTACTS = {
    "marketplace",
    "dating_adults",
    "tutoring",
    "streamer_sponsor",
    "helpline_report",
    "portrait_session",
    "talent_audition",
    "new_number_scam",
    "account_recovery",
    "debt_reminder",
}
_BENIGN: dict[str, _Scenario] = {
    kind: _Scenario(kind, script, setting, plain=plain, opens=kind in _FIRST_CONTACTS)
    for kind, (script, setting, plain) in _BENIGN_SCRIPTS.items()
}
