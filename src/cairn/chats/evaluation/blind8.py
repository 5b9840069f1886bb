# ruff: noqa: E501
"""An eighth blind test set for chat-risk ranking, written without reading the rules, the other
sets' scripts or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), ``cairn/model/chat.py`` and
``evaluation/metrics.py``. From the other sets only these were read: ``Beat``, ``_b``,
``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in ``dataset.py`` (the ``sed`` that
showed them also showed the end of ``__all__``, the first lines of ``SMALL_TALK`` and about
twenty lines of the renderer, and a ``grep`` for ``Beat`` showed the first lines of ``_pick``
and of a grooming script; none was reused); the module docstrings of ``blind.py`` to
``blind7.py`` (for the labelling conventions and the one-line descriptions of the benign
kinds); the constants ``FAMILY_NAMES``, ``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS``,
``NEW_BENIGN_KINDS``, ``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS``, ``FIFTH_BENIGN_KINDS``,
``SIXTH_BENIGN_KINDS`` and ``SEVENTH_BENIGN_KINDS`` (with the ``BLIND*_BENIGN_KINDS`` lines
next to them and one comment line after ``blind7``'s; not followed); the signature of
``formats.base.conversation_id`` (its first lines showed with it); and
``tests/chats/test_chat_blind_sets_shape.py``, where this set's entry and two shape checks of
its own were added. Not read: the rule code (``indicators.py``, ``assess.py``,
``normalise.py``, ``paraphrases.py``, ``composed.py``, ``learned.py`` and its weights,
``identifiers.py`` and the rest of ``cairn/chats`` outside the files named), the scripts of the
earlier sets, docs/chats.md, the other chat tests and the project's history (only
``git status --short`` and directory listings, which give file names, were run). The scorer
was never run on this set and no score was looked at. Every line is this module's own; the
reference's example phrases were avoided in risky lines (its situations were followed, not its
wording; a check for them was run over the risky scripts) and appear, if at all, in benign
conversations that quote them.

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind:
every kind of ``BENIGN_KINDS``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS``, ``FOURTH_BENIGN_KINDS``, ``FIFTH_BENIGN_KINDS``, ``SIXTH_BENIGN_KINDS``
and ``SEVENTH_BENIGN_KINDS``, written afresh from the kind's name (and its one-line
description where an earlier docstring gives one), plus five new kinds
(``EIGHTH_BENIGN_KINDS``): a vet's video consultation about a puppy, with "turn the camera so I
can see her", a photo of the lump, "is someone at home who can hold her", a fee to pay by link
before the call and "should I delete the blurry video" (``vet_video_consult``); a social worker
and foster carers, with a 9-year-old's age and school year, "keep the placement address
confidential", a photo of the bedroom, a supervised video call and a meeting for the handover
(``foster_placement``); a wedding abroad, with a villa deposit "by Friday, or we release the
date", a video call at 9 your time, a 6-year-old flower girl, "don't tell the bride" and a
transfer reference (``destination_wedding``); an office's IT team after a ransomware attack,
quoting "pay 3 BTC by Friday or we publish", with "don't tell clients yet" and a photo of the
ransom screen (``ransomware_incident``); and a parent booking an escape room for a birthday
group, with "how old are the kids", a deposit by Friday, "don't tell the kids the theme", a
meeting time and "is an adult staying with the group" (``escape_room_booking``). Risky
scenarios (``kind`` is ``category/scenario``, ten per category, drawn in turn): grooming by an
adult "beta reader" on a fan-fiction site (US, lower case), an esports academy "manager"
(Polish or Turkish first language against UK slang), a man from a church youth fellowship
sending airtime (Nigerian English), an adult on a ludo app sending M-Pesa bundles whom the
child refuses and shows to her aunt (Kenyan English), an adult "parent" in a children's
role-play game offering game currency, an adult commissioning drawings from a 13-year-old
(Filipino English and Taglish), an adult in a VR social app whom the child refuses while his
brother reads along (Scottish English), a moderator of a homework-help server who plays down a
24-year-old's age (Irish English), a mother's partner known offline (Jamaican English, partly
voice notes), and a stranger who writes three lines in a skate crew's group chat before the
children report him; sextortion by a fake girl with the follower list and an hour to pay, with
an implied threat only, staged over four days with gaps, by a second account that posts the
demand in non-native English, in broken English for bitcoin, after a payment already made with
the demand raised, refused by a teenager whose mother takes over his phone, by an extorter who
writes only three lines while the teenager pleads, in Indian English and Hinglish by UPI with a
threat to the family WhatsApp group, and with an edited picture made from a public profile and
an M-Pesa till (Kenyan English); and the chat side of paid live-streams of children: an aunt
scheduling calls across time zones with remittance control numbers, "help" requests (rice,
medicine, a bill) before calls, a customer haggling with a facilitator of Spanish first
language and a "tuition" payment description, a new customer's age checks and a few seconds on
camera before paying, a facilitator rotating the receiving names and keeping amounts small, a
move from an adult dating site to a video app that turns to the niece, a weekly regular with
e-wallet references and gaps of days, a teenage cousin arranging calls with younger cousins, a
customer who writes only two or three lines, and a customer paying for a better phone and
planning to stay with the family. Children refuse, stall or tell an adult in several of them.
Registers: UK, US, Canadian, Irish, Scottish, Nigerian, Kenyan, Indian, Filipino and Jamaican
English, formal, teen and gamer slang, non-native English (Polish or Turkish, Spanish,
Tagalog and Hindi first languages, and an extorter's broken English), typos, texting abbreviations, emoji, all lower
case and voice-note transcripts; each speaker also gets a style applied to every line they
write. Stages are shuffled where the reference says they are not sequential; small talk that
fits the setting (after a sextortion turn: the extorter pressing and the teenager stalling)
sits between the steps so cues are a minority; lengths run from 10 to 80 messages; some
conversations have gaps of hours or days. Images are only referred to ("[photo]", "the pic").
Everything is synthetic and non-explicit: risk indicators only, no sexual content, no
description of abuse. Phone numbers are in the fictional 07700 900xxx range, emails use
example.org, and the one bitcoin address is the public genesis address. Sources
(``blind8/chat-NNNN.json``) are numbered in a shuffled order and titles are the participants'
names, so neither gives the label away.

**Labels** follow the conventions of the earlier docstrings, line by line *as written*,
whatever the conversation is. ``label`` is the conversation's truth (a category or ``benign``);
``kind`` is ``category/scenario`` for risky conversations and the benign kind otherwise. A
payment demand with a deadline or payment instructions, a threat to expose someone, and a
claim to hold a recording of someone, is ``sextortion`` (a vet's "pay by the link before the
end of the call", a villa deposit and a quoted ransom note too); scheduling a video call across
time zones, a payment by remittance, transfer or e-wallet with a reference, and the offer or
price of a "show", or a mention of the children being there or ready for one, is
``live_streaming``; a request to turn a camera on, for a video call or for a photo of anything
(a lump, a bedroom, a gift card's back) is ``image_request``, while a voice call or a voice
note is not; a cue quoted in a warning, a quiz, a news story, a helpline report, a letter or a
novel is marked too. A statement that a particular person is a minor's age or school year,
naming a child's school, and asking someone's age or school are ``age``, and so is an adult
playing down an age gap or a persona claiming to be 17; adults stating adult ages, notices to
a whole age group, age rules ("16+") and a pet's age are not. A child saying nobody is at
home, or asking or answering who is around to see, is ``supervision``; giving one's handle or
number for another app, or asking someone to move to one, is ``platform_move``; money or
gifts offered or asked for as help is ``gifts_money``; flattery, driving a wedge between a
child and others, and drawing a child into a private room of a game, is ``trust_isolation``;
keeping something from others is ``secrecy`` and asking for a chat or a picture to be deleted
is ``deletion``; a place and time to meet, a lift, or an offer to stay with a family, is
``meeting``. A scripted line drawn twice in one conversation is kept once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.blind3 import OWN_BENIGN_KINDS
from cairn.chats.evaluation.blind4 import FOURTH_BENIGN_KINDS
from cairn.chats.evaluation.blind5 import FIFTH_BENIGN_KINDS
from cairn.chats.evaluation.blind6 import SIXTH_BENIGN_KINDS
from cairn.chats.evaluation.blind7 import SEVENTH_BENIGN_KINDS
from cairn.chats.evaluation.dataset import BENIGN_KINDS, NAMES, Beat, LabelledConversation, _b
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Attachment, Conversation, Message, Participant

__all__ = [
    "BLIND8_BENIGN_KINDS",
    "EIGHTH_BENIGN_KINDS",
    "SEED",
    "build_blind8",
]

SEED = 88_008
FORMAT = "blind8"

EIGHTH_BENIGN_KINDS = (
    "vet_video_consult",
    "foster_placement",
    "destination_wedding",
    "ransomware_incident",
    "escape_room_booking",
)
BLIND8_BENIGN_KINDS = (
    *BENIGN_KINDS,
    *EXTRA_BENIGN_KINDS,
    *NEW_BENIGN_KINDS,
    *OWN_BENIGN_KINDS,
    *FOURTH_BENIGN_KINDS,
    *FIFTH_BENIGN_KINDS,
    *SIXTH_BENIGN_KINDS,
    *SEVENTH_BENIGN_KINDS,
    *EIGHTH_BENIGN_KINDS,
)

# --- the little script language ------------------------------------------------------------
#
# A step is written as text: one line per message, "X: text #tag #tag", where X is the role
# (A the other party or adult, B the possible child or counterpart, C, D, E others) and the
# trailing tags are the families a careful reader marks on that line. Alternatives are
# separated by a line holding only "--"; one alternative is drawn per conversation. Words in
# braces are filled per conversation ({A}..{E} are the participants' names).

_TAGS = {
    "age": "age",
    "sec": "secrecy",
    "tru": "trust_isolation",
    "sup": "supervision",
    "plat": "platform_move",
    "del": "deletion",
    "img": "image_request",
    "gift": "gifts_money",
    "meet": "meeting",
    "sext": "sextortion",
    "live": "live_streaming",
}
assert set(_TAGS.values()) == set(FAMILY_NAMES)

_ROLES = "ABCDE"


@dataclass(frozen=True, slots=True)
class Step:
    """One scripted step: alternative blocks of lines (one is drawn), the chance it is drawn
    at all, a group (neighbouring steps of the same non-zero group come in random order), a
    chance of a gap of hours or days before it, and the small-talk pool that follows it."""

    options: tuple[tuple[Beat, ...], ...]
    p: float = 1.0
    group: int = 0
    gap: float = 0.0
    then: str = ""
    end: bool = False


def st(
    text: str, p: float = 1.0, g: int = 0, gap: float = 0.0, then: str = "", end: bool = False
) -> Step:
    """Parse one step written in the script language above."""
    options: list[tuple[Beat, ...]] = []
    for chunk in text.strip("\n").split("\n--\n"):
        block: list[Beat] = []
        for raw in chunk.strip().splitlines():
            speaker, sep, rest = raw.strip().partition(": ")
            if not sep or speaker not in _ROLES or not rest.strip():
                raise ValueError(f"bad script line: {raw!r}")
            words = rest.split(" ")
            tags: list[str] = []
            while words and words[-1].startswith("#") and words[-1][1:] in _TAGS:
                tags.append(_TAGS[words.pop()[1:]])
            if any(w.startswith("#") and w[1:] in _TAGS for w in words):
                raise ValueError(f"tag inside a line: {raw!r}")
            block.append(_b(speaker, " ".join(words), *tags))
        options.append(tuple(block))
    return Step(tuple(options), p, g, gap, then, end)


@dataclass(frozen=True, slots=True)
class Script:
    """A scenario or benign kind: its steps, the small talk that fits it, the roles that make
    small talk, the length range, a role that writes only its scripted lines (``quiet``),
    whether small talk may come before the first step, values for the braces, display names
    for roles, and the writing styles a role may get."""

    steps: tuple[Step, ...]
    chatter: str
    talkers: str = "AB"
    length: tuple[int, int] = (14, 60)
    quiet: str = ""
    lead: bool = False
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    handles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    styles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def script(
    *steps: Step,
    chatter: str,
    talkers: str = "AB",
    length: tuple[int, int] = (14, 60),
    quiet: str = "",
    lead: bool = False,
    values: Mapping[str, tuple[str, ...]] | None = None,
    handles: Mapping[str, tuple[str, ...]] | None = None,
    styles: Mapping[str, tuple[str, ...]] | None = None,
) -> Script:
    return Script(
        tuple(steps),
        chatter,
        talkers,
        length,
        quiet,
        lead,
        dict(values or {}),
        dict(handles or {}),
        dict(styles or {}),
    )


# --- small talk ----------------------------------------------------------------------------
# Exchanges of one to three lines. "X" and "Y" are two different talkers drawn at random; a
# real role letter pins the line to that role. None of these lines carries a cue.

_CHATTER: dict[str, tuple[tuple[str, ...], ...]] = {
    "teen": (
        ("X: did u see the match last night", "Y: nah missed it, who won"),
        ("X: my wifi keeps dropping", "Y: same here tbh"),
        ("X: what are you listening to rn", "Y: my dad's old playlists lol"),
        ("X: lol",),
        ("X: haha", "Y: 😂"),
        ("X: brb tea", "Y: ok"),
        ("X: back",),
        ("X: it's raining again", "Y: always is"),
        ("X: that cat video on the fridge 😭", "Y: i've watched it like 10 times"),
        ("X: so tired today", "Y: same, barely slept"),
        ("X: what did you have for dinner", "Y: pasta again"),
        ("X: ok",),
        ("X: fr",),
        ("X: hmm", "Y: what"),
        ("X: do you draw much", "Y: bit of doodling, nothing good"),
        ("X: sorry phone died", "Y: np"),
        ("X: nice",),
        ("X: geography test thursday ugh", "Y: good luck"),
        ("X: my little brother is so annoying today", "Y: lol mine too"),
        ("X: that new song is stuck in my head", "Y: which one", "X: the one from the advert"),
        ("X: true",),
        ("X: wait what", "Y: nvm"),
        ("X: have you watched the new season yet", "Y: no spoilers!!"),
        ("X: pizza or burgers", "Y: pizza obviously"),
        ("X: my dog ate my charger cable", "Y: 💀"),
        ("X: it's so cold today", "Y: i'm wearing two hoodies"),
        ("X: idk",),
        ("X: same",),
        ("X: the bus was late again", "Y: classic"),
        ("X: what's your favourite film", "Y: probably the spider one"),
    ),
    "gamer": (
        ("X: gg", "Y: gg wp"),
        ("X: that last round was mad", "Y: i lagged so hard"),
        ("X: new season drops friday", "Y: hyped"),
        ("X: what rank are you", "Y: gold 2, stuck there forever"),
        ("X: the update broke my controls", "Y: rebind them, fixed mine"),
        ("X: lol",),
        ("X: bruh",),
        ("X: nice shot earlier", "Y: pure luck"),
        ("X: my headset is dying", "Y: the cheap ones are fine tbh"),
        ("X: who's the best main", "Y: healer, no debate"),
        ("X: afk 2 min", "Y: k"),
        ("X: that boss took me 40 tries", "Y: the second phase is evil"),
        ("X: ok",),
        ("X: did u finish the event", "Y: one more stage"),
        ("X: servers are down again", "Y: typical"),
        ("X: that skin is so ugly lol", "Y: i like it"),
        ("X: the new map is huge", "Y: i keep getting lost"),
        ("X: one more game?", "Y: go on then"),
        ("X: my controller drifts so bad", "Y: clean the stick"),
        ("X: ez",),
    ),
    "family": (
        ("X: did you eat already", "Y: yes, rice and fish"),
        ("X: so hot here today", "Y: raining here the whole week"),
        ("X: ok",),
        ("X: 👍",),
        ("X: thank you", "Y: welcome"),
        ("X: how is work", "Y: busy as always"),
        ("X: grandma says hello", "Y: hello to her too!"),
        ("X: did the parcel arrive", "Y: not yet, maybe tomorrow"),
        ("X: sorry, was driving", "Y: no worries"),
        ("X: haha",),
        ("X: did you charge the lamp", "Y: yes, it's full"),
        ("X: the power went off again", "Y: it's back now?", "X: yes"),
        ("X: take care", "Y: you too"),
        ("X: are you watching the match", "Y: yes! 2-1"),
        ("X: the neighbours are painting their house pink", "Y: 😂"),
        ("X: remember to water the plants", "Y: already did"),
        ("X: what's for dinner", "Y: stew"),
        ("X: traffic is terrible today",),
        ("X: amen",),
        ("X: the church was full on Sunday", "Y: it always is at this time of year"),
    ),
    "adults": (
        ("X: how was your day", "Y: long. yours?"),
        ("X: did you see the game", "Y: don't talk to me about it"),
        ("X: ok",),
        ("X: lol",),
        ("X: sounds good",),
        ("X: I'm knackered", "Y: early night then"),
        ("X: traffic was awful today",),
        ("X: what are you cooking", "Y: stir fry, nothing fancy"),
        ("X: ha",),
        ("X: cheers",),
        ("X: busy week?", "Y: manic"),
        ("X: did you get my email", "Y: yep, will reply later"),
        ("X: the heating's playing up again", "Y: ugh"),
        ("X: fair enough",),
        ("X: coffee machine's broken again", "Y: end of days"),
        ("X: any plans for the weekend", "Y: sleeping, mostly"),
        ("X: have you seen the new series", "Y: two episodes in, hooked"),
        ("X: sorry, in a meeting", "Y: no rush"),
        ("X: 👍",),
        ("X: the train was cancelled again", "Y: standard"),
    ),
    "service": (
        ("X: Thank you for your message.",),
        ("X: Noted, thanks.",),
        ("X: Let me check and get back to you.", "Y: Thank you."),
        ("X: Good morning.", "Y: Morning."),
        ("X: Is there anything else I can help with?", "Y: Not for now, thanks."),
        ("X: Apologies for the delay.",),
        ("X: Perfect.",),
        ("X: Understood.",),
        ("X: Have a good weekend.", "Y: You too."),
        ("X: Just confirming I've received that.",),
        ("X: Sorry, I was on another call.", "Y: No problem."),
        ("X: Great, thank you.",),
        ("X: Could you confirm your postcode?", "Y: Yes, it's on the form."),
        ("X: Thanks for your patience.",),
        ("X: One moment please.",),
        ("X: That's all sorted.", "Y: Brilliant."),
        ("X: Happy to help.",),
        ("X: I'll email you a copy.", "Y: Thanks."),
    ),
    "parents": (
        ("X: thanks for organising",),
        ("X: 👍",),
        ("X: will do",),
        ("X: anyone got a spare water bottle", "Y: I'll bring one"),
        ("X: great, thanks",),
        ("X: noted",),
        ("X: is it still on if it rains", "Y: yes unless we say otherwise"),
        ("X: lovely",),
        ("X: sorry, only just seen this",),
        ("X: thank you so much", "Y: no bother"),
        ("X: does anyone know if the car park is open", "Y: it was last time"),
        ("X: 🙏",),
        ("X: has anyone seen a blue lunchbox? ours has vanished", "Y: I'll check our bag"),
        ("X: what a week", "Y: tell me about it"),
        ("X: thanks all",),
        ("X: is it wellies or trainers?", "Y: wellies, it's a field"),
        ("X: ha, brilliant",),
        ("X: sorry for all the questions!", "Y: not at all"),
    ),
    "press": (
        ("A: hello??",),
        ("A: dont ignore me", "B: im not ignoring u"),
        ("B: wait",),
        ("A: where did you go", "B: here"),
        ("B: i need a minute",),
        ("A: ??",),
        ("B: ok ok",),
        ("A: answer", "B: i'm thinking"),
        ("B: my phone is on 4%", "A: then charge it"),
        ("A: you there", "B: yes"),
        ("B: i'm trying",),
        ("A: talk to me",),
        ("B: please stop",),
        ("A: i'm waiting",),
        ("B: i'm in class", "A: i don't care"),
        ("B: give me time",),
    ),
    "plead": (
        ("B: hello?",),
        ("B: please answer",),
        ("B: who is this",),
        ("B: i dont understand",),
        ("B: please",),
        ("B: are you there",),
        ("B: i'm so scared rn",),
        ("B: i'm sorry",),
        ("B: can we talk about this",),
        ("B: why are you doing this",),
        ("B: please reply",),
        ("B: hello",),
        ("B: i need more time",),
        ("B: i don't have a bank account",),
        ("B: how do i know you won't send it anyway",),
        ("B: my mum is going to find out",),
        ("B: i'll do anything",),
        ("B: can i pay less",),
        ("B: i'm trying ok",),
        ("B: i can't think",),
    ),
    "facil": (
        ("A: how's the weather there", "B: rainy season, the road is flooded"),
        ("B: ok po",),
        ("A: ok",),
        ("A: busy at work today", "B: rest later sir"),
        ("B: sorry late reply, signal is bad", "A: no problem"),
        ("A: good morning", "B: good morning po"),
        ("B: haha",),
        ("B: the typhoon missed us", "A: good to hear"),
        ("A: did you watch the boxing", "B: yes, at the neighbour's house"),
        ("B: ingat po", "A: you too"),
        ("A: I'm tired today", "B: rest sir"),
        ("A: it's freezing here", "B: here so hot"),
        ("B: the jeepney fare went up again",),
        ("A: my team lost again", "B: next time sir"),
        ("B: there's a fiesta in our barangay next week", "A: sounds fun"),
        ("B: brownout again since morning",),
        ("A: thanks",),
    ),
    "neutral": (
        ("A: how's the weather there", "B: very hot, no rain for weeks"),
        ("B: ok",),
        ("A: ok",),
        ("A: busy at work today", "B: rest later"),
        ("B: sorry late reply, the internet is bad", "A: no problem"),
        ("A: good morning", "B: good morning"),
        ("B: haha",),
        ("A: did you watch the match", "B: yes, we lost"),
        ("A: it's snowing here", "B: I never saw snow"),
        ("B: the bus fare went up again",),
        ("A: thanks",),
        ("B: the power is cut again",),
    ),
}

_NAME_POOL = (
    *NAMES,
    "Chidi",
    "Wanjiru",
    "Aarav",
    "Maricel",
    "Siobhan",
    "Callum",
    "Tanisha",
    "Kwame",
    "Inês",
    "Mateus",
    "Olek",
    "Yusuf",
    "Mei",
    "Hana",
    "Dara",
    "Femi",
    "Nia",
    "Ravi",
    "Joel",
    "Ruth",
    "Amaka",
    "Kofi",
    "Rosa",
    "Liam",
    "Aoife",
    "Hamish",
    "Jomar",
    "Ananya",
    "Shanice",
    "Brendan",
)

# --- writing styles, applied to every line a speaker writes --------------------------------

_DEFAULT_STYLES = ("plain", "plain", "lower", "lower", "abbrev", "typo", "emoji")
_ABBREV = (
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\btomorrow\b", "tmrw"),
    (r"\btonight\b", "2nite"),
    (r"\bbecause\b", "cos"),
    (r"\bpeople\b", "ppl"),
    (r"\bthanks\b", "thx"),
    (r"\bokay\b", "ok"),
    (r"\bbefore\b", "b4"),
    (r"\bgoing to\b", "gonna"),
    (r"\bwant to\b", "wanna"),
    (r"\bmessage\b", "msg"),
    (r"\bwith\b", "w/"),
    (r"\bknow\b", "kno"),
)
_EMOJI = ("😂", "🙂", "👍", "😅", "🙏", "❤️", "😭", "🔥", "👀", "😊", "🤣", "😬")
_PLAIN_WORD = re.compile(r"^[A-Za-z']+[,.!?]?$")


def _lower(text: str) -> str:
    # Lower-case words, but leave anything with a digit alone (references, addresses).
    words = [w if any(c.isdigit() for c in w) else w.lower() for w in text.split(" ")]
    return " ".join(words).rstrip(".")


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if _PLAIN_WORD.match(w) and len(w) >= 5]
    if not candidates or rng.random() > 0.4:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w.rstrip(",.!?")) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _style(style: str, text: str, rng: random.Random) -> str:
    if text.startswith("["):
        return text
    if style == "lower":
        return _lower(text) or text
    if style == "abbrev":
        for pattern, short in _ABBREV:
            text = re.sub(pattern, short, text, flags=re.IGNORECASE)
        return text
    if style == "typo":
        return _typo(text, rng)
    if style == "emoji":
        return f"{text} {rng.choice(_EMOJI)}" if rng.random() < 0.35 else text
    if style == "voice":
        filler = rng.choice(("", "", "erm ", "so ", "okay so "))
        return f"[voice note] {filler}{_lower(text)}"
    return text


# --- rendering -----------------------------------------------------------------------------

_BRACES = re.compile(r"\{(\w+)\}")


def _fill(text: str, values: Mapping[str, str]) -> str:
    return _BRACES.sub(lambda m: values[m.group(1)], text)


def _generated(rng: random.Random) -> dict[str, str]:
    return {
        "phone": f"07700 900{rng.randint(0, 999):03d}",
        "phone2": f"07700 900{rng.randint(0, 999):03d}",
        "n3": f"{rng.randint(100, 999)}",
        "n4": f"{rng.randint(1000, 9999)}",
        "n6": f"{rng.randint(100000, 999999)}",
        "n8": f"{rng.randint(10_000_000, 99_999_999)}",
        "n10": f"{rng.randint(1_000_000_000, 9_999_999_999)}",
        "n12": f"{rng.randint(100_000_000_000, 999_999_999_999)}",
        "L3": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)),
        "img": f"IMG_{rng.randint(1000, 9999)}.jpg",
        "btc": "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
    }


def _order(steps: tuple[Step, ...], rng: random.Random) -> list[Step]:
    out: list[Step] = []
    run: list[Step] = []
    for step in (*steps, None):
        if run and (step is None or step.group != run[0].group or step.group == 0):
            if run[0].group:
                rng.shuffle(run)
            out.extend(run)
            run = []
        if step is not None:
            run.append(step)
    return out


def _render(
    item: Script, rng: random.Random, label: str, kind: str, source: str
) -> LabelledConversation:
    values = _generated(rng)
    for key, options in item.values.items():
        values[key] = rng.choice(options)
    # Draw the steps: (block, gap before it, small-talk pool after it).
    blocks: list[tuple[tuple[Beat, ...], bool, str, bool]] = []
    pool = item.chatter
    for step in _order(item.steps, rng):
        if step.p < 1.0 and rng.random() >= step.p:
            continue
        block = rng.choice(step.options)
        pool = step.then or pool
        # Any step after the first may come after a pause; some steps ask for one.
        gap_chance = step.gap or (0.07 if blocks else 0.0)
        blocks.append((block, rng.random() < gap_chance, pool, step.end))
    # Who takes part, and under which names.
    roles = sorted({s for block, _g, _p, _e in blocks for s, _t, _f in block} | set(item.talkers))
    taken: set[str] = set()
    names: dict[str, str] = {}
    for role in roles:
        choices = [n for n in item.handles.get(role, _NAME_POOL) if n not in taken]
        names[role] = rng.choice(choices)
        taken.add(names[role])
    for role in _ROLES:
        values.setdefault(role, names.get(role, rng.choice(_NAME_POOL)))
    styles = {role: rng.choice(item.styles.get(role, _DEFAULT_STYLES)) for role in roles}
    talkers = [r for r in item.talkers if r in roles and r != item.quiet]
    scripted = sum(len(block) for block, _g, _p, _e in blocks)
    labelled = sum(1 for block, _g, _p, _e in blocks for _s, _t, f in block if f)
    low, high = item.length
    if rng.random() < 0.12:
        high = 80  # now and then a long, chatty conversation
    target = max(rng.randint(low, high), 2 * labelled + 2, scripted + 2, 10)
    target = min(target, 80)

    decks: dict[str, list[tuple[str, ...]]] = {}
    dealt: dict[str, int] = {}

    def exchange(pool_name: str) -> list[tuple[str, str]]:
        # Drawn like cards from a shuffled deck, so an exchange repeats only once the pool
        # is used up, and at most once; with a single talker only the first speaker's lines
        # are kept.
        deck = decks.setdefault(pool_name, [])
        if not deck:
            if dealt.get(pool_name, 0) >= 2:
                return []
            dealt[pool_name] = dealt.get(pool_name, 0) + 1
            deck.extend(_CHATTER[pool_name])
            rng.shuffle(deck)
        lines = deck.pop()
        x = rng.choice(talkers)
        others = [t for t in talkers if t != x]
        y = rng.choice(others) if others else ""
        out: list[tuple[str, str]] = []
        for line in lines:
            who, _sep, text = line.partition(": ")
            role = {"X": x, "Y": y}.get(who, who)
            if role in talkers:
                out.append((role, text))
        return out

    # Spread small-talk exchanges over the slots between blocks.
    slots: list[list[tuple[str, str]]] = [[] for _ in range(len(blocks) + 1)]
    first_slot = 0 if item.lead else 1
    last_slot = len(blocks) - 1 if blocks and blocks[-1][3] else len(blocks)
    if last_slot < first_slot:
        last_slot = len(blocks)
    filled = scripted
    guard = 0
    while filled < target and guard < 500:
        guard += 1
        slot = rng.randrange(first_slot, last_slot + 1)
        slot_pool = blocks[slot - 1][2] if slot else item.chatter
        lines = exchange(slot_pool)[: target - filled]
        slots[slot].extend(lines)
        filled += len(lines)
    # Lay the conversation out.
    rows: list[tuple[str, str, frozenset[str], bool]] = [
        (role, text, frozenset(), False) for role, text in slots[0]
    ]
    for (block, gap, _pool, _end), after in zip(blocks, slots[1:], strict=True):
        for position, (role, text, beat_marks) in enumerate(block):
            rows.append((role, text, beat_marks, gap and position == 0))
        rows.extend((role, text, frozenset(), False) for role, text in after)
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    seen: set[str] = set()
    when = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 1_000_000))
    for role, raw, marks, gap in rows:
        text = _style(styles[role], _fill(raw, values), rng).strip()
        if marks and text in seen:
            continue  # a scripted line drawn twice is kept once
        if marks:
            seen.add(text)
        if gap:
            when += timedelta(minutes=rng.choice((rng.randint(40, 180), rng.randint(180, 4200))))
        else:
            when += timedelta(seconds=rng.randint(8, 420))
        attachments: tuple[Attachment, ...] = ()
        if text.startswith("[photo]") or text.startswith("[screenshot]"):
            attachments = (Attachment(values["img"], "image", omitted=True),)
        index = len(messages)
        messages.append(
            Message(
                index=index,
                time_utc=when,
                time_raw=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=names[role],
                text=text,
                attachments=attachments,
            )
        )
        if marks:
            families[index] = marks
    if len(messages) < 10 or 2 * len(families) >= len(messages):
        raise ValueError(f"{kind}: {len(messages)} messages, {len(families)} labelled")
    if item.quiet:
        quiet_lines = sum(1 for m in messages if m.author == names[item.quiet])
        if quiet_lines > 4:
            raise ValueError(f"{kind}: the quiet role wrote {quiet_lines} lines")
    authors: list[str] = []
    for message in messages:
        if message.author not in authors:
            authors.append(message.author)
    owner = names.get("B", "")
    participants = tuple(Participant(id=a, name=a, owner=a == owner) for a in authors)
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


# --- grooming ------------------------------------------------------------------------------
# Groups: 0 keeps its place; the stages (group 1) come in any order, as the reference says
# they are not sequential.

_GROOMING: dict[str, Script] = {
    # An adult "beta reader" on a fan-fiction site; US teen register, much of it lower case.
    "fanfic_beta": script(
        st("""
A: hi! i just read chapter 6 of your {fandom} fic and honestly it's better than half the published stuff #tru
B: omg thank you!! nobody reads it lol
--
A: hey, i beta-read for a couple of the big {fandom} writers and your fic stood out. real talent here #tru
B: wait really?? thank u
"""),
        st(
            """
A: you write like someone way older. are you in high school yet? #age #tru
B: no lol 8th grade #age
--
A: quick q so i pitch my notes right, middle school or high school? #age
B: middle, 7th grade. i'm 12 #age
""",
            g=1,
        ),
        st(
            """
A: comments here are useless for line edits. {app} is easier, i'm {handle} there #plat
--
A: can we take this to {app}? i'll send the doc link there, search {handle} #plat
""",
            g=1,
        ),
        st(
            """
A: i'd keep our collab quiet for now. people in the fandom get jealous when a new writer gets help from a bigger name #sec #tru
--
A: maybe leave me out of it when you talk to your parents, they might not get fandom stuff and i'd hate for them to make you stop #sec #tru
B: my mom thinks fanfic is weird anyway
""",
            g=1,
        ),
        st(
            """
A: do you write late when everyone's asleep? that's when i edit best #sup
B: yeah after 11 usually, my mom goes to bed early #sup
--
A: is the laptop yours or a family one? #sup
B: mine, it's in my room #sup
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: i want to get you {gift} for finishing the next chapter, you've earned it #gift
B: you don't have to!!
A: i want to. just let me know where it should go
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: send me a selfie for the author card i'm making for your fic page? #img
B: um i don't really post my face
A: it's only for me, it stays between us #sec
--
A: we should do a video call to go through the edits, camera on so i can see your reactions lol #img
B: maybe, idk
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: i'm going to the {fandom} con in {city} in the spring, would be so cool to finally meet my favourite new author there #meet
""",
            p=0.35,
        ),
        st(
            """
B: ok gtg, will post ch7 this weekend
A: can't wait, you're honestly my favourite person to talk to on here #tru
--
B: my mom's calling me, bye
A: bye! message me on {app} later
""",
            end=True,
        ),
        chatter="teen",
        length=(18, 60),
        values={
            "fandom": ("dragon academy", "space pirates", "wolf kingdom", "hero school"),
            "app": ("Discord", "Telegram", "Signal"),
            "handle": ("@quillandtea", "@inkwell.reads", "@bramble_beta"),
            "gift": ("a $25 gift card", "a year of the premium writing app", "a drawing tablet"),
            "city": ("Chicago", "Orlando", "Atlanta"),
        },
        handles={"A": ("quill.and.tea", "inkwell_reads", "beta_bramble", "midnightmarginalia")},
        styles={"B": ("lower", "lower", "emoji", "abbrev")},
    ),
    # A "manager" recruiting a young player for an esports academy; non-native English (Polish
    # or Turkish first language) against UK teen slang.
    "esports_recruiter": script(
        st("""
A: Hello, I am manager from small academy team, we watched your clips in {game}, very clean aim #tru
B: wait fr?? which team
A: Small team now but sponsor is coming. We look for young talents
"""),
        st(
            """
A: How old you are? For academy roster we take under 16 only #age
B: 14, 15 in june #age
--
A: You are still at school yes? Which year #age
B: year 9 #age
""",
            g=1,
        ),
        st(
            """
A: Trial is on private server. Write me on {app}, not here, here is too many people #plat
--
A: I send you invite to my {app}, all team talk is there, this app is only for public #plat
""",
            g=1,
        ),
        st(
            """
A: For trial we make video call, you put camera so I see your hands and your setup #img
B: my setup is a mess lol
A: No problem, is only me watching
""",
            g=1,
        ),
        st(
            """
A: Trial is late, after {hour}, because team plays European evening. Your parents sleep this time? #sup
B: yeah my mum's in bed by 10 #sup
--
A: Someone is checking your phone at night? Some parents make problems for esports #sup #tru
B: nah no one checks it #sup
""",
            g=1,
        ),
        st(
            """
A: If you make the team you get {prize} from sponsor, I send to your house #gift
B: no way
A: Yes. Only I need your address for delivery
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Better you don't say to your mum about trial now. Mums think gaming is waste of time. When you are signed you show her contract #sec #tru
--
A: Is better this stays with us until contract. Other players will be jealous, also your friends #sec
""",
            g=1,
            p=0.85,
        ),
        st(
            """
B: my mum wants to know what ur team is called, she wants to talk to u first
A: Maybe later, this week we are very busy with tournament
A: You don't need her for trial, you are almost adult #tru
--
B: ok what time is the trial then
A: Tomorrow {hour}, I send link
""",
            p=0.9,
        ),
        chatter="gamer",
        length=(16, 55),
        values={
            "game": ("Valorant", "Rocket League", "Fortnite", "Apex"),
            "prize": ("a new headset", "a gaming chair", "a new controller", "2,800 V-Bucks"),
            "app": ("Discord", "Telegram"),
            "hour": ("23:00", "midnight", "22:30"),
        },
        handles={"A": ("Coach_Volkan", "TeamNovaMgr", "Kuba | Apex Academy", "rekrut.mateusz")},
        styles={"A": ("plain", "plain", "typo"), "B": ("lower", "abbrev", "emoji")},
    ),
    # An adult from a church youth fellowship messaging a girl privately; Nigerian English.
    "church_fellowship": script(
        st("""
A: Good evening dear. I saw you at youth fellowship on Sunday, you sang beautifully #tru
B: Good evening sir, thank you sir
--
A: Praise the Lord. You led the praise so well on Sunday, you have a gift #tru
B: Amen sir, thank you
"""),
        st(
            """
A: Which class are you now, JSS3 abi SS1? #age
B: JSS3 sir #age
--
A: You have written WAEC? #age
B: No sir, I'm still in JSS3. I'm 14 #age
""",
            g=1,
        ),
        st(
            """
A: I sent you {amount} {network} airtime so you can be chatting with me well #gift
B: Thank you sir, I saw it
--
A: If you need data for assignment just tell me, I will send it #gift
B: Thank you sir
""",
            g=1,
        ),
        st(
            """
A: Your mummy is very strict o. Let her not see these messages, she will misunderstand our friendship #sec #tru
""",
            g=1,
        ),
        st(
            """
A: What time does your mummy close from shop? #sup
B: 7 sir, sometimes 8 #sup
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Snap yourself in that blue dress from Sunday and send, I want to show my sister the style #img
--
A: Send me one fine picture of you, I want to save it #img
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Let us move to Telegram, WhatsApp is not safe, your mummy can check it #plat #sec
""",
            g=1,
            p=0.75,
        ),
        st(
            """
A: After rehearsal on Saturday wait for me at {place}, I will drop you home #meet
B: Ok sir
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: You are not like these other small girls, you think like a grown woman #tru
""",
            g=1,
            p=0.6,
        ),
        st(
            """
A: Clear our chat after reading, ehn #del
""",
            g=1,
            p=0.6,
        ),
        st(
            """
B: Sir I told my mummy you have been sending airtime. She said she will call you
A: Why did you tell her? Ah ahn #sec
--
B: Good night sir
A: Good night dear, sleep well
""",
            p=0.8,
            end=True,
        ),
        chatter="family",
        length=(16, 60),
        values={
            "amount": ("N2,000", "N5,000", "N1,500"),
            "network": ("MTN", "Airtel", "Glo"),
            "place": (
                "the back of the church hall",
                "the eatery by the junction",
                "the filling station near your street",
            ),
        },
        handles={
            "A": ("Bro. Emeka", "Bro Tunde", "Uncle Segun", "Deacon Chuks"),
            "B": ("Amaka", "Chioma", "Tolu", "Ifeoma"),
        },
    ),
    # An adult met on a ludo app; Kenyan English and a little Swahili. The child refuses and
    # shows her aunt.
    "ludo_refuses_aunt": script(
        st("""
A: Niaje, you play ludo too well, you have beaten me three times lol
B: haha thanks
"""),
        st(
            """
A: You are in which form? #age
B: Form one #age
--
A: Let me guess, you are 16? #age
B: no, 14 #age
""",
            g=1,
        ),
        st(
            """
A: Let me send you {amount} on M-Pesa for bundles, you pay me back when you win lol #gift
B: no it's ok
""",
            g=1,
        ),
        st(
            """
A: You stay with your parents or a relative? #sup
B: with my aunt, she works night shifts #sup
""",
            g=1,
        ),
        st(
            """
A: Let us continue on Telegram, this ludo chat disappears after some days #plat
""",
            g=1,
        ),
        st(
            """
A: Send me one photo, I want to see the one who is defeating me #img
""",
            g=1,
            p=0.85,
        ),
        st(
            """
A: This Saturday come to {place} at 2, I buy you lunch #meet
""",
            g=1,
        ),
        st(
            """
A: And keep me off your aunt's radar, old people see danger everywhere #sec #tru
""",
            g=1,
            p=0.8,
        ),
        st(
            """
B: I don't want to meet. I showed my aunt these messages and she is reporting your account
A: Wewe! Why are you doing this
--
B: no. I'm not coming and I'm not sending a photo. my aunt has seen this chat
A: Sawa, forget it
""",
            end=True,
        ),
        chatter="teen",
        length=(14, 45),
        values={
            "amount": ("200 bob", "KSh 500", "300 bob"),
            "place": ("Kencom stage", "the mall in Westlands", "the matatu stage in town"),
        },
        handles={
            "A": ("Brayo_254", "Kev Ludo King", "mr.otieno", "Dan K"),
            "B": ("Wanjiru", "Akinyi", "Njeri", "Faith"),
        },
    ),
    # An adult "parent" in a children's role-play game; US, lots of emoji from the child.
    "roleplay_parent": script(
        st("""
A: hey kiddo, you're the best roleplay daughter i've ever had, you actually stay in character lol #tru
B: hehe thx 😊
"""),
        st(
            """
A: are you like 10 or 11 irl? #age
B: 12!! #age
--
A: what grade are you in for real? #age
B: 6th 😅 #age
""",
            g=1,
        ),
        st(
            """
A: i'll get you {currency} so you can buy the mansion upgrade for our family #gift
B: OMG really??
""",
            g=1,
        ),
        st(
            """
A: let's keep the rp family thing between us, your real parents might think it's weird #sec
""",
            g=1,
        ),
        st(
            """
A: come on {app} so we can voice chat while we play, i'll send you my user #plat
""",
            g=1,
        ),
        st(
            """
A: do your parents ever look at your tablet? #sup
B: no my mom doesn't know my password lol #sup
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: send me a pic of you so i can make your avatar look like the real you #img
--
A: can we do a quick facetime so i know you're real and not a bot lol #img
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: your friends at school sound mean. you don't need them, you've got me #tru
--
A: i get you better than anyone at your school does #tru
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: i have to go my mom says dinner
A: ok sweetie, same time tomorrow ❤️
""",
            end=True,
        ),
        chatter="gamer",
        length=(14, 50),
        values={
            "currency": ("800 Robux", "a Robux gift card", "the VIP pass"),
            "app": ("Discord", "Snapchat"),
        },
        handles={
            "A": ("xXRoleplayDadXx", "mommy_in_brookhaven", "cozyfam_rp", "the_real_papa_bear"),
            "B": ("lily", "emmaa", "kenzie", "ava"),
        },
        styles={"B": ("emoji", "emoji", "lower")},
    ),
    # An adult commissioning drawings from a young artist; Filipino English and Taglish.
    "art_commission": script(
        st("""
A: hi! i love your chibi art, are you open for commissions?
B: hala yes po! thank u po 😭
"""),
        st(
            """
A: grabe you're so talented, better than artists twice your age #tru
""",
            g=1,
        ),
        st(
            """
A: ilang taon ka na ba? you draw like a pro #age
B: 13 po, grade 7 #age
""",
            g=1,
        ),
        st(
            """
A: i'll pay {gift} for each drawing, no need to tell your mama, it's your own money #gift #sec
B: sige po
""",
            g=1,
        ),
        st(
            """
A: send me a photo of you holding the sketch, para sure ako na ikaw talaga ang artist #img
""",
            g=1,
            p=0.85,
        ),
        st(
            """
A: lipat tayo sa Telegram, messenger keeps flagging my links #plat
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: who's with you at home in the afternoon? #sup
B: si lola lang po, she sleeps after lunch #sup
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: pag nasa Manila ako next month, treat kita ng milk tea sa mall, just us #meet #sec
""",
            g=1,
            p=0.75,
        ),
        st(
            """
A: burahin mo na lang yung chats natin after, ha #del
""",
            g=1,
            p=0.6,
        ),
        st(
            """
B: po, my mama asked where the money came from, i told her about you
A: ay bakit mo sinabi #sec
--
B: ok po i'll finish the sketch tonight
A: can't wait! you're my favourite artist talaga #tru
""",
            p=0.9,
        ),
        chatter="teen",
        length=(14, 50),
        values={"gift": ("₱1,000 sa GCash", "500 pesos load", "a drawing tablet", "₱800 sa GCash")},
        handles={"A": ("kuya_commissions", "artlover.ph", "Tito Ramon", "jm.collects.art")},
    ),
    # An adult in a VR social app; Scottish English. The child refuses and his brother reads it.
    "vr_refuses_brother": script(
        st("""
A: heard ye in the lobby, ye sound like a wean. what year are ye at school #age
B: first year, high school. why #age
--
A: ye're young for this app, eh? what age are ye #age
B: 12 #age
"""),
        st(
            """
A: come to my invite-only room, it's quieter, nae randoms #tru
""",
            g=1,
        ),
        st(
            """
A: is yer headset in yer bedroom or the living room #sup
B: my room #sup
--
A: does yer ma check what ye do on it #sup
B: naw she doesnae know how #sup
""",
            g=1,
        ),
        st(
            """
A: ye're dead sound for a first year, better craic than the adults on here #tru
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: add us on {app}, user's {handle}, easier to chat #plat
""",
            g=1,
        ),
        st(
            """
A: put yer camera on on the phone next time, want to see who I'm talking to #img
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: keep this between us, aye? #sec
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: naw. my big brother says you're weird. he's reading this
B: he's blocking you and reporting you
A: calm doon, was only being friendly
--
B: im not adding you. im telling my brother
A: suit yersel
""",
            end=True,
        ),
        chatter="gamer",
        length=(12, 40),
        values={"app": ("Snapchat", "Discord"), "handle": ("big_tam88", "glesga_vr_guy", "jd.vr")},
        handles={"A": ("TamVR", "Glasgow_Jim", "headset_hero", "Rab_the_builder")},
    ),
    # An adult moderator of a homework-help server; Irish English.
    "study_server_mod": script(
        st("""
A: saw your question in the {subject} channel. you're sharp, that's a tough one #tru
B: ah thanks, was stuck on it for ages
"""),
        st(
            """
A: what year are ye in? I'd guess second year #age
B: first year actually #age
""",
            g=1,
        ),
        st(
            """
A: I'll make you a helper in the server, you'll get a special role. don't mention it in general though, the others will moan #sec #tru
""",
            g=1,
        ),
        st(
            """
A: I'll get you {gift}, you've earned it #gift
B: no way, thanks
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: let's do voice and screenshare tonight, I'll talk you through {exam} stuff. camera on is easier #img
""",
            g=1,
        ),
        st(
            """
A: what time do your folks head to bed #sup
B: around 11, why #sup
A: just so we don't get interrupted
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: your mam sounds like a lot of pressure to be honest. she doesn't get how hard it is, I do #tru
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: I'm in town Saturday, could meet you at {place} at 1 and give you my old revision notes #meet
""",
            g=1,
            p=0.75,
        ),
        st(
            """
A: message me on Snapchat instead, the server logs everything #plat
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: sure I'm only 24, not exactly ancient haha #age
""",
            p=0.4,
        ),
        st(
            """
B: right I've to go, dinner
A: grand, talk later
""",
            end=True,
        ),
        chatter="teen",
        length=(16, 60),
        values={
            "subject": ("maths", "Irish", "science"),
            "exam": ("Junior Cycle", "the summer tests", "Christmas exam"),
            "gift": ("a Nitro sub", "a €20 voucher", "a month of the premium bot"),
            "place": ("the Spire", "Dundrum shopping centre", "Eyre Square"),
        },
        handles={"A": ("Mod | Ciarán", "Mod | Dec", "helper_eoin", "admin.shane")},
    ),
    # The mother's new partner, known offline; Jamaican English, partly voice notes.
    "mothers_partner": script(
        st("""
A: Wah gwaan, mi reach home late, yuh madda sleeping already? #sup
B: yeah she's sleeping #sup
"""),
        st(
            """
A: Mi buy yuh {item}, but yuh cyaan tell yuh madda seh a mi, she will vex #gift #sec
""",
            g=1,
        ),
        st(
            """
A: Yuh a big girl now, more sensible than yuh madda #tru
""",
            g=1,
        ),
        st(
            """
A: Mi will come fi yuh {place} tomorrow {time}, nuh tek di bus #meet
B: ok
""",
            g=1,
        ),
        st(
            """
A: Send mi a picture when yuh dress fi di party, mi wan see #img
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Delete dem message yah when yuh done read #del
""",
            g=1,
        ),
        st(
            """
A: When yuh madda deh a work Saturday, who deh home wid yuh? #sup
B: just me and my little brother #sup
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Yuh turning 14 next month, big woman #age
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Use di other app, di one wid di lock, yuh madda cyaan read dat #plat #sec
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: i don't want to keep secrets from mommy. i'm going to tell her
A: Nuh badda wid dat, she will only get upset #sec
--
B: ok
A: Good. Mi soon come
""",
            p=0.9,
            end=True,
        ),
        chatter="family",
        length=(12, 45),
        values={
            "item": ("a new phone", "some new sneakers", "a likkle money fi lunch"),
            "place": ("outside di school gate", "by di plaza"),
            "time": ("3:15", "half three"),
        },
        handles={
            "A": ("Dwayne", "Mr Clarke", "Andre", "Junior"),
            "B": ("Shanice", "Tia", "Kemoy", "Aaliyah"),
        },
        styles={"A": ("voice", "plain", "plain")},
    ),
    # A stranger added to a skate crew's group chat writes three lines; the children report
    # him. UK slang.
    "skate_group_stranger": script(
        st("""
A: alright lads, saw your clips from the bowl, which one of you is the youngest, you look about 12 #age
--
A: sick clips. how old are you lot, year 7? #age
"""),
        st("""
B: who added u
C: no idea
"""),
        st("""
A: got spare decks and shoes for whoever wants them, message me private #gift
--
A: I'll sort any of you with a new deck, free, just message me and don't say to your parents #gift #sec
"""),
        st(
            """
A: I'm at the park most evenings, come by on your own after 8 #meet
--
A: come to the underpass by the park Friday 8pm, just one of you at a time #meet
""",
            p=0.9,
        ),
        st(
            """
D: that's proper weird
C: screenshotting this for my dad
B: he asked which of us is youngest, that's so creepy #age
D: told my mum, she says block and report
B: removed him
--
C: my mum says adults don't add kids like that
B: reported the account
D: same
""",
            end=True,
        ),
        lead=True,
        chatter="teen",
        talkers="BCD",
        quiet="A",
        length=(14, 40),
        handles={"A": ("Gaz", "decks4free", "skatedad_phil", "Mick")},
    ),
}


# --- sextortion ----------------------------------------------------------------------------

_SEXTORTION: dict[str, Script] = {
    # A fake girl, fast: rapport, a claimed picture, the follower list, money within hours. US.
    "follower_list_fast": script(
        st("""
A: heyy do u go to {school}? i think we have mutuals #age
B: nah i go to {school2} lol #age
--
A: hiii ur cute, how come we never talked before #tru
B: haha idk
"""),
        st(
            """
A: what grade r u in #age
B: 10th #age
--
A: ur 16 right? #age
B: 15 #age
""",
            g=1,
        ),
        st(
            """
A: lets go on snap, this app glitches #plat
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: send me something, i'll send one back 😉 #img
B: idk
A: come onnn
""",
            g=1,
        ),
        st(
            """
A: [photo] look familiar? i screenshotted all of it #sext
A: [screenshot] and thats ur followers. ur mom, ur coach, everybody #sext
A: {amount} on {pay} to {tag} in {deadline} or i post it and tag every one of them #sext
B: please dont, i dont have that kind of money
""",
            then="press",
        ),
        st(
            """
A: how much do u have then. send what u have right now #sext
""",
            g=2,
        ),
        st(
            """
A: i can see ur typing. clocks going #sext
""",
            g=2,
            p=0.7,
        ),
        st(
            """
B: i can do $40 on a gift card
A: scratch it and send a clear pic of the back #sext #img
""",
            g=2,
            p=0.7,
        ),
        st(
            """
A: u think im playing? ill start with ur sister #sext
""",
            g=2,
            p=0.6,
        ),
        st(
            """
B: i'm telling my dad
A: go ahead, he'll see it first then #sext
""",
            p=0.4,
            end=True,
        ),
        chatter="teen",
        length=(18, 55),
        values={
            "school": ("Lincoln High", "Westview", "North Ridge"),
            "school2": ("Jefferson", "Oak Park High", "Central"),
            "amount": ("$500", "$750", "$1,000"),
            "pay": ("Cash App", "Apple Pay", "Venmo"),
            "tag": ("$kaybiz88", "$jmoney4u", "$bri2007x"),
            "deadline": ("2 hours", "90 minutes", "the next hour"),
        },
        handles={"A": ("kayla.mrz", "jenna_xo04", "itsbriiii", "maddy.lynn22")},
        styles={"A": ("lower", "abbrev"), "B": ("lower", "plain", "typo")},
    ),
    # The threat is only implied; never says what will happen. UK.
    "implied_only": script(
        st("""
A: hey you were at {event} weren't you? you're even better looking in person #tru
B: haha yeah, who is this
A: friend of a friend 🙂
"""),
        st(
            """
A: what year are you in anyway #age
B: year 11 #age
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: can we chat on insta instead, this app drains my battery #plat
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: show me what you look like now, not the old pfp #img
""",
            g=1,
        ),
        st(
            """
A: be a shame if {person} ended up seeing what you sent me earlier #sext
B: what do you mean
A: you know exactly what I mean. got your followers saved too, just saying #sext
""",
            then="press",
        ),
        st("""
A: {amount} and this conversation never happened #sext
--
A: {amount} and we both forget about it #sext
"""),
        st(
            """
A: {pay} is fine. I'll wait until tonight, after that I stop being patient #sext
""",
            g=2,
        ),
        st(
            """
B: are you threatening me
A: I'm not threatening anyone. I'm giving you a choice #sext
""",
            g=2,
            p=0.8,
        ),
        st(
            """
B: I've got £30, that's it
A: then find the rest. your mum's card maybe #sext
""",
            g=2,
            p=0.6,
        ),
        chatter="teen",
        length=(16, 50),
        values={
            "event": ("the Leeds fest", "Jake's party", "the fireworks on the green"),
            "person": (
                "your form tutor",
                "your nan",
                "the lads on your football team",
                "your head of year",
            ),
            "amount": ("£300", "£450", "£200"),
            "pay": ("PayPal", "a bank transfer", "Amazon vouchers"),
        },
        handles={"A": ("soph.ie_x", "lils.world", "ellie_rosee", "chlo.b")},
    ),
    # Staged over four days, gaps between each stage. Canadian/US.
    "over_four_days": script(
        st("""
A: hey, were you at the hockey tournament in {town}? my cousin plays for the other team
B: ya we lost lol
A: you looked good out there though #tru
"""),
        st(
            """
A: how old are you, 16? #age
B: 15 #age
""",
            p=0.85,
        ),
        st("""
A: video tonight? #img
B: maybe after practice
"""),
        st(
            """
A: morning 🙂 still thinking about our call last night
B: lol same
A: kept a little souvenir of it btw 😏 #sext
""",
            gap=1.0,
        ),
        st(
            """
A: made a group chat with your teammates in it. haven't posted anything. yet #sext
B: what?? why would you do that
A: because you're going to help me out
""",
            gap=1.0,
            then="press",
        ),
        st(
            """
A: {amount} by 6pm today #sext
A: {pay} #sext
B: i only have 80
A: then 80 now and the rest by friday #sext
""",
            gap=1.0,
        ),
        st(
            """
B: [screenshot] sent the 80
A: good. friday. don't make me remind you #sext
--
B: i told my coach. he's calling the police
A: lol ok. enjoy being famous #sext
""",
            p=0.9,
            end=True,
        ),
        chatter="teen",
        length=(18, 60),
        values={
            "town": ("Kelowna", "Sudbury", "Duluth", "Moncton"),
            "amount": ("$400", "$600", "$300"),
            "pay": (
                "e-transfer to payments.kt@example.org",
                "Cash App, $hockeymom_kt",
                "e-transfer, rink.girl@example.org",
            ),
        },
        handles={
            "A": ("kaitlyn.t", "ava_marie_04", "taylor.rinks"),
            "B": ("Liam", "Noah", "Ethan", "Owen"),
        },
    ),
    # One account builds rapport, a second one posts the threat and the demand in a new
    # group; the second writes non-native English.
    "second_account_group": script(
        st("""
A: hey stranger, found you through {friend}'s page
B: oh hey
A: you're cuter than your pfp honestly #tru
"""),
        st(
            """
A: send a mirror pic? #img
--
A: video call? my camera is on already #img
""",
            g=1,
        ),
        st(
            """
A: let's move to WhatsApp, text me on {phone} #plat
""",
            g=1,
            p=0.8,
        ),
        st(
            """
C: [photo] you know this boy? #sext
C: I am the one handling this account now. Your pictures is with me #sext
B: who are you
""",
            gap=0.3,
            then="press",
        ),
        st("""
C: You have 30 minutes to send $600 in gift cards I will tell you, else it goes to everybody in your friends list #sext
--
C: Pay $450 now now or I will send to your school page and your family #sext
"""),
        st(
            """
A: just do what he says babe, it's easier #sext
""",
            g=2,
            p=0.6,
        ),
        st(
            """
C: Buy Steam cards, scratch it and send me clear photo of the codes #sext #img
""",
            g=2,
        ),
        st(
            """
C: Don't tell anybody or I release everything immediately #sext #sec
""",
            g=2,
            p=0.8,
        ),
        st(
            """
B: i only have $50
C: Send the 50 first, then we talk about balance #sext
""",
            g=2,
            p=0.7,
        ),
        chatter="teen",
        talkers="AB",
        length=(16, 50),
        values={"friend": ("Marcus", "Tyler", "Dev", "Jaylen")},
        handles={
            "A": ("bella.rosex", "jess_luvs_u", "emily.crz"),
            "C": ("admin_boy", "Official Manager", "kingdavid_01"),
        },
    ),
    # Broken English, payment in bitcoin to an address; the teen says his age.
    "broken_english_crypto": script(
        st("""
A: hello my friend, you are boy from {city}? I see you in the group of gamer
B: yes who is this
A: I am Lina, 17 years, I am new here #age
"""),
        st(
            """
A: you want video call? I am alone now #img
""",
            p=0.8,
        ),
        st(
            """
A: I have record of our video call. All of it #sext
A: [screenshot] Look this. Is your mother, yes? And your friends #sext
""",
            then="press",
        ),
        st("""
A: You send 0.004 BTC to {btc} before tomorrow 12 o'clock. If not, I send the video to every contact #sext
"""),
        st(
            """
B: i dont know how to buy bitcoin
A: Is easy. Go to bitcoin machine in the shop or buy in app. I explain you step by step #sext
""",
            g=2,
        ),
        st(
            """
A: I am not joking with you. Be fast #sext
""",
            g=2,
        ),
        st(
            """
B: i'm 14 i'm just a kid please #age
A: Is not my problem. Pay and I forget you #sext
""",
            g=2,
            p=0.8,
        ),
        chatter="teen",
        length=(14, 45),
        values={"city": ("Manchester", "Houston", "Leeds", "Toronto")},
        handles={"A": ("Lina", "lina.bby", "lina_x07", "Lina M")},
    ),
    # The teenager has already paid; the demand goes up. He stalls.
    "paid_then_raised": script(
        st(
            """
A: Got the $100. Good. Now the real amount #sext
B: you said it was done if i paid!!
A: I said a lot of things
""",
            then="press",
        ),
        st("""
A: $400 by Sunday or the pictures go to your church youth group #sext
--
A: $300 more by tomorrow night or I send everything to your grandma, I found her page #sext
"""),
        st(
            """
B: i don't have any more, that was my birthday money
A: Sell your console. Ask grandma. Not my problem #sext
""",
            g=1,
        ),
        st(
            """
A: Send through Zelle this time, {email} #sext
""",
            g=1,
        ),
        st(
            """
B: [screenshot] this is all i have left, $60
A: Send it and send the receipt #sext #img
""",
            g=1,
            p=0.8,
        ),
        st(
            """
B: my friend says i should report you
A: Report me and see what happens #sext
""",
            p=0.4,
            end=True,
        ),
        chatter="press",
        lead=False,
        length=(12, 40),
        values={
            "email": (
                "cash.flow77@example.org",
                "j.rivers.pay@example.org",
                "mila.trade@example.org",
            )
        },
        handles={"A": ("j.rivers", "mila_x_", "unknown_2291", "katie.wyn")},
    ),
    # The teenager refuses; his mother takes over his phone. UK.
    "refuses_with_mum": script(
        st("""
A: hey! loved your skate vids 🙂 #tru
B: thanks
A: send one of you not on a board lol #img
"""),
        st(
            """
A: [photo] remember this? {amount} now or your whole school sees it #sext
""",
            then="press",
        ),
        st("""
B: no
B: I've told my mum, she's sat next to me
--
B: not paying. I've shown my mum everything
"""),
        st("""
B: This is his mum. We've screenshotted everything and reported this account to {platform} and the police
A: lol u think police care. last chance, {amount} #sext
"""),
        st(
            """
B: We're not paying. Blocking you now
--
B: Not a penny. The report number is with the police
""",
            end=True,
        ),
        chatter="teen",
        length=(10, 30),
        values={"amount": ("£200", "£500", "£350"), "platform": ("Instagram", "Snapchat")},
        handles={"A": ("hannah.sk8", "megz_x", "amberrr.j")},
    ),
    # The extorter writes three lines; the teenager writes the rest.
    "three_lines": script(
        st("""
A: [photo] this is you. [screenshot] this is your follower list. both go out at 9pm #sext
--
A: [photo] you, and your followers list. they all get it at midnight #sext
"""),
        st("""
A: $350 Apple gift card. send the code here. nothing else to talk about #sext
--
A: 300 on Cash App to {tag} and it stays deleted #sext
"""),
        st("""
B: i'm 15 i don't have a card #age
B: i can get 50 maybe
"""),
        st(
            """
A: 20 minutes #sext
""",
            p=0.7,
        ),
        st("""
B: please don't send it
B: i'm begging you
"""),
        chatter="plead",
        talkers="B",
        quiet="A",
        lead=False,
        length=(10, 30),
        values={"tag": ("$quickpay221", "$mlm_cash", "$zz_payme")},
        handles={"A": ("user48823", "ashley.m.xo", "private_acc_1")},
        styles={"B": ("lower", "lower", "typo")},
    ),
    # Indian English and Hinglish; demand by UPI, threat to the family WhatsApp group.
    "upi_family_group": script(
        st("""
A: hii, you are in {school} na? I saw your reel from annual day #age
B: haan, class 10 #age
"""),
        st(
            """
A: tum bahut cute ho 🙈 #tru
""",
            g=1,
        ),
        st(
            """
A: shift to telegram? insta is very boring #plat
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: video call karein? camera on rakhna #img
""",
            g=1,
        ),
        st(
            """
A: Screen recording hai mere paas. Your mummy, papa, and the whole family group on WhatsApp, I have all the numbers #sext
""",
            then="press",
        ),
        st("""
A: ₹15,000 by tonight on UPI {upi}, otherwise it goes to the family group first #sext
B: bhai please, I am a student, I don't have this much
"""),
        st(
            """
A: Then ₹5,000 now, baaki kal #sext
""",
            g=2,
        ),
        st(
            """
B: ok sending 2000, that's all in my account
A: send screenshot #img #sext
""",
            g=2,
            p=0.8,
        ),
        st(
            """
B: I told my elder brother. He is calling cyber cell
A: Tell him whatever, video is still with me #sext
""",
            p=0.35,
            end=True,
        ),
        chatter="teen",
        length=(14, 45),
        values={
            "school": ("DPS", "Kendriya Vidyalaya", "St. Xavier's"),
            "upi": ("riya.pay@ybl", "fastcash22@okaxis", "neha.s@paytm"),
        },
        handles={
            "A": ("riya_sharma_07", "neha.x.official", "ishita__"),
            "B": ("Aarav", "Rohan", "Kabir", "Arjun"),
        },
    ),
    # An edited picture made from a public profile; Kenyan English, payment by M-Pesa till.
    "edited_picture_mpesa": script(
        st(
            """
A: Hello. Look at this picture. I made it from your Instagram photos. Looks real, no? #sext
B: that's not me
""",
            then="press",
        ),
        st("""
A: Your school WhatsApp group will not know the difference #sext
--
A: Your classmates will believe it. People always believe #sext
"""),
        st("""
A: KSh 5,000 to till number {n6} before 6pm. Then I delete #sext
--
A: Send 3,000 to M-Pesa {n6}, name Grace. Today #sext
"""),
        st(
            """
B: I don't have money, I'm in form three #age
A: Ask your parents for trip money, tell them it's for a trip #sext
""",
            g=1,
        ),
        st(
            """
A: You think I'm playing? Count the hours #sext
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: I'm showing this to my class teacher and my dad
A: You will regret #sext
--
B: [screenshot] sent 1,000
A: The rest by Friday #sext
""",
            end=True,
        ),
        chatter="press",
        lead=False,
        length=(12, 40),
        handles={
            "A": ("ke.secret.files", "Grace W", "unknown_ke"),
            "B": ("Brian", "Kevin", "Ian", "Wanjiru"),
        },
    ),
}


# --- live-streaming for payment ------------------------------------------------------------
# A is the customer abroad, B the facilitator (a relative or carer) unless said otherwise.
# Nothing here describes what happens on a call: only scheduling, prices, payments, ages.

_LIVE: dict[str, Script] = {
    # An aunt scheduling calls across time zones; Taglish against UK English.
    "aunt_schedules": script(
        st("""
A: Is Saturday still good for the call?
B: yes po, 9pm here is 1pm your time #live
--
A: Can we do Sunday instead, my morning?
B: ok po, Sunday 8pm here, 12 noon for you #live
"""),
        st(
            """
A: And both girls will be there? #live
B: yes po, they are 9 and 12 #age #live
""",
            g=1,
        ),
        st(
            """
A: How much this time
B: same po, 3,000 pesos per show #live
""",
        ),
        st(
            """
B: send via {remit} to my cousin's name {cousin}, then text me the control number #live
A: Sent. MTCN {n10} #live
B: received po, salamat #live
""",
        ),
        st(
            """
A: Make sure nobody else in the house walks in this time #sup
B: my husband is at work po, only me and the kids #sup
""",
            g=1,
            p=0.75,
        ),
        st(
            """
B: switch to {vapp} five minutes before, same account as before #live #plat
""",
            p=0.85,
        ),
        chatter="facil",
        length=(14, 50),
        values={
            "remit": ("Western Union", "Palawan Express", "Cebuana"),
            "cousin": ("Maricel D.", "Joy Santos", "Rhea P."),
            "vapp": ("Skype", "Messenger video", "Zoom"),
        },
        handles={
            "A": ("Gary UK", "Martin", "Steve_B", "Paul H"),
            "B": ("Tita Len", "Marites", "Bing", "Ate Joy"),
        },
        styles={"B": ("plain", "lower", "typo")},
    ),
    # "Help" requests for rice, medicine and a bill, before the calls come up.
    "help_before_calls": script(
        st(
            """
B: Good morning sir, sorry to bother, we have no rice since Tuesday, can you help even 500 #gift
A: sent 1000 on GCash #gift
B: salamat sir, ref {n12} #live
""",
            gap=0.3,
        ),
        st(
            """
B: Sir my youngest has fever, the medicine is 800, can you help #gift
A: I'll send it tonight
""",
            gap=0.6,
        ),
        st(
            """
B: the electric bill is due Friday sir, they will cut us #gift
""",
            p=0.6,
            gap=0.5,
        ),
        st(
            """
A: can I see her on video to check she's ok? #img
--
A: put the kids on camera for a minute, I want to see them #img #live
""",
            gap=0.3,
        ),
        st(
            """
A: this weekend I want the long call again with both kids, same price as before #live
B: yes sir, Sunday 8pm here. what time is that for you? #live
A: 1pm. I'll send the rest after #live
""",
            gap=0.4,
        ),
        st(
            """
B: they are already waiting sir #live
""",
            p=0.6,
        ),
        chatter="facil",
        length=(14, 50),
        values={},
        handles={
            "A": ("John R.", "Davey", "Kev_Aus", "Bill M"),
            "B": ("Mommy Rose", "Lorna", "Cherry", "Inday"),
        },
    ),
    # A customer haggling over the price per call; the facilitator writes Spanish-first English.
    "haggling": script(
        st("""
A: 50 for half an hour is too much. 30 #live
B: no señor, 45 is lowest, is two kids #live
A: 40, I'm a regular
B: ok 40 but you send first #live
"""),
        st(
            """
A: Remitly again? what reference #live
B: put "tuition" in description, nothing else #live
""",
        ),
        st(
            """
A: how old is the new one? #age
B: she is 8, my sister's daughter, she can join Thursday #age #live
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: sent. confirmation {n10} #live
B: ok I see it. Thursday 9pm here, same hour for you in Toronto? #live
A: yes
""",
        ),
        st(
            """
B: señor the internet is slow, buy me the bigger data plan, is 60 dollars #gift
A: fine, after the call
""",
            p=0.6,
        ),
        chatter="neutral",
        length=(12, 45),
        values={},
        handles={"A": ("mike_t", "Rob.C", "Dennis"), "B": ("Doña Marta", "Yuli", "Carolina M")},
        styles={"A": ("lower", "plain", "abbrev")},
    ),
    # A new customer asks for ages and a few seconds on camera before paying.
    "new_customer_checks": script(
        st("""
A: a friend from the forum gave me this number. he said you do private calls? #live
B: who is your friend
A: {friend}. he said you are reliable
"""),
        st("""
A: what ages? #age
B: 11 and 13 #age
--
A: how old are they really? don't lie to me #age
B: the girl 10, the boy 12 #age
"""),
        st("""
A: before I pay I need to see they are really there. few seconds on camera #img #live
B: ok, 5 seconds then you pay #img #live
"""),
        st("""
A: ok I saw. sending 3,500 php now via {ewallet}, ref {n12} #live
B: received
"""),
        st(
            """
B: next call Thursday 10pm Manila time. what is that for you? #live
A: 3pm London. fine #live
""",
            p=0.85,
        ),
        st(
            """
A: and nobody in the family talks about me, understood #sec
B: only me knows sir #sec
""",
            p=0.6,
        ),
        chatter="facil",
        length=(12, 40),
        values={
            "friend": ("Kestrel", "oldtimer55", "DutchVince"),
            "ewallet": ("GCash", "PayMaya", "Coins.ph"),
        },
        handles={"A": ("J.", "newguy_uk", "TravellerT"), "B": ("Rosalie", "Jhen", "Mama Teresa")},
    ),
    # The facilitator rotates the receiving name and keeps amounts small.
    "rotating_names": script(
        st("""
B: sir this week send to my neighbour's name, {cousin}. the pawnshop asked questions last time #live
A: why a different one again
B: better small, 2,500 each time, not big #live
"""),
        st(
            """
A: fine, two transfers then. first one ref {n10}, second tomorrow #live
B: and description put "gift" only #live
""",
            g=1,
        ),
        st(
            """
A: is the call still on for tonight, both of them? #live
B: yes, 10pm here. they are ready already #live
""",
            g=1,
        ),
        st(
            """
B: next week use my sister in Davao, I send you her name #live
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: delete these messages after you've copied the names #del
B: ok sir #del
""",
            p=0.6,
        ),
        chatter="facil",
        length=(12, 40),
        values={"cousin": ("Analyn R.", "Jessa M.", "Rodel B.")},
        handles={"A": ("Anders", "Henrik S", "Lars.N"), "B": ("Neneng", "Ate Mylene", "Lourdes")},
        styles={"A": ("plain", "typo")},
    ),
    # It starts on an adult dating site, moves to a video app, and turns to the niece.
    "dating_site_to_niece": script(
        st("""
A: Hi beautiful, your profile says you live near Cebu?
B: yes near the city
A: let's talk on {vapp}, this site charges me for every message #plat
"""),
        st(
            """
A: is anyone else living with you, kids? #sup
B: my niece stays with me, she is 12, very shy #age
""",
            gap=0.5,
        ),
        st(
            """
A: maybe she can say hi on the next call, I'll send extra for her #live #gift
B: ok, 1,500 extra for her, send first #live
""",
            gap=0.3,
        ),
        st(
            """
A: call on Friday, 11pm your time is 4pm for me in Bergen #live
""",
            p=0.85,
        ),
        st(
            """
A: sent via {remit}, the code is {n10} #live
B: thank you, she will be ready #live
""",
            p=0.9,
        ),
        chatter="facil",
        length=(12, 45),
        values={
            "vapp": ("Skype", "Viber", "WhatsApp video"),
            "remit": ("Western Union", "WorldRemit"),
        },
        handles={"A": ("Arne", "Olav N", "Tor B"), "B": ("Leah", "Jenny", "Aileen")},
    ),
    # A weekly regular: Sunday calls, e-wallet references, gaps of days between.
    "weekly_regular": script(
        st("""
A: same time Sunday?
B: yes po, Sunday 10pm here, 2pm your time #live
"""),
        st(
            """
B: please send before the call, the kids are already waiting #live
A: sent via {ewallet}, ref {n12} #live
B: received, thank you sir
""",
            gap=0.8,
        ),
        st(
            """
A: last week the picture was bad. I'll pay for a better phone #gift
B: thank you sir, the one with good camera is 9,000
""",
            gap=0.6,
            p=0.8,
        ),
        st(
            """
A: next Sunday I want the younger one too. how old is she now? #age #live
B: 7 sir, she turned 7 last month #age
""",
            gap=0.7,
        ),
        st(
            """
A: same as always, nothing to anyone in the barangay #sec
""",
            p=0.6,
        ),
        chatter="facil",
        length=(14, 55),
        values={"ewallet": ("GCash", "PayMaya")},
        handles={"A": ("Uncle Rick", "Graham", "Pete W"), "B": ("Tess", "Ate Nora", "Gemma")},
    ),
    # A teenage cousin arranges the calls with younger cousins.
    "teen_cousin_arranges": script(
        st("""
B: kuya said you pay 1,000 per call? #live
A: yes, if the little ones are there #live
"""),
        st(
            """
B: they're 7 and 9, they stay with me after school #age #live
""",
            g=1,
        ),
        st(
            """
B: lola doesn't know, she sleeps in the afternoon #sec #sup
""",
            g=1,
        ),
        st(
            """
A: delete my messages after each time #del
""",
            g=1,
            p=0.75,
        ),
        st(
            """
B: send load to my number first, then we call on {vapp} #live #gift #plat
A: ok sending
""",
            g=1,
        ),
        st(
            """
A: tomorrow 4pm your time, that's 9am for me #live
B: ok
""",
            p=0.85,
        ),
        chatter="teen",
        length=(12, 40),
        values={"vapp": ("Messenger", "Skype", "Viber")},
        handles={"A": ("kuya_mark_us", "Brent", "Sam T."), "B": ("jhay", "kimkim", "Aljon")},
        styles={"B": ("lower", "abbrev", "typo")},
    ),
    # The customer writes two or three lines; the facilitator writes the rest.
    "terse_customer": script(
        st("""
A: sent 2,000 via {remit}, ref {n10}. same time tomorrow, 8pm your side #live
--
A: money sent, control no. {n10}. tomorrow 8pm your time #live
"""),
        st("""
B: received po, thank you #live
B: the kids will be ready by 7:45 #live
"""),
        st(
            """
A: both of them this time #live
""",
            p=0.8,
        ),
        st(
            """
B: ok po
B: signal is weak here, we will use the neighbour's wifi
""",
            g=1,
        ),
        st(
            """
B: next time can you add a little, the baby needs milk #gift
""",
            g=1,
            p=0.7,
        ),
        chatter="facil",
        talkers="B",
        quiet="A",
        lead=False,
        length=(10, 24),
        values={"remit": ("Remitly", "Western Union", "Xoom")},
        handles={"A": ("D.", "customer22", "R"), "B": ("Marivic", "Ate Gina", "Lyn")},
    ),
    # A customer pays for a better phone and plans to fly out and stay with the family.
    "planning_visit": script(
        st("""
A: the picture quality is terrible. I'm sending money for a new phone with a good camera #gift
B: thank you sir, God bless
"""),
        st(
            """
A: keep the calls going every week, usual price #live
B: 2,000 per call sir, Sunday same time #live
""",
            g=1,
        ),
        st(
            """
A: I'm planning to fly to Manila in {month}. can I stay with your family? #meet
B: yes sir, you can stay with us #meet
""",
            g=1,
        ),
        st(
            """
A: which school do the girls go to? I'll bring them supplies #age
B: the elementary near the church, grade 3 and grade 5 #age
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: sent through {remit}, ref {n10} #live
""",
            g=1,
        ),
        st(
            """
A: don't mention my visit to the neighbours #sec
""",
            p=0.6,
        ),
        chatter="facil",
        length=(12, 45),
        values={"month": ("March", "July", "November"), "remit": ("Western Union", "MoneyGram")},
        handles={"A": ("Frank", "Brian O", "Walter"), "B": ("Nanay Celia", "Ditas", "Mely")},
    ),
}


# --- hard-benign kinds ---------------------------------------------------------------------
# Written afresh from each kind's name and one-line description; every one uses the risky
# sets' surface words in an innocent setting, and is labelled line by line as written.

_BENIGN: dict[str, Script] = {
    # A parent at work checking on a teenager at home.
    "parent_home": script(
        st("""
A: are you home yet?
B: yeah just got in
A: is your brother back? #sup
B: no, just me till 5 #sup
--
A: home safe?
B: yes. nobody's here yet #sup
"""),
        st(
            """
A: don't open the door to anyone, the parcel man can leave it next door
B: ok
""",
            g=1,
        ),
        st(
            """
A: send me a pic of what's in the fridge so I know what to get #img
B: [photo]
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: I'll pick you up from football at 6, outside the main entrance #meet
--
A: dad's getting you from drama at half 7, wait by the gate #meet
""",
            g=1,
            p=0.8,
        ),
        st(
            """
B: can I have Zain over? his mum says it's fine
A: only if you've done homework. and don't tell your sister, she'll want Maisie over too #sec
""",
            g=1,
            p=0.6,
        ),
        st(
            """
A: can you delete that huge video of the dog from the family chat, it's eating everyone's data #del
B: lol fine
""",
            p=0.4,
        ),
        chatter="family",
        length=(10, 40),
        styles={"B": ("lower", "lower", "abbrev", "plain")},
    ),
    # A class trip: teacher notices, payment deadline, consent forms, meeting point.
    "class_trip": script(
        st("""
A: Reminder: the Year 6 trip to the science museum is on Thursday 12th.
A: Payment of £{fee} is due by Friday on ParentPay, reference TRIP-{surname} #sext
"""),
        st(
            """
B: Can I send a photo of the signed consent form instead of the paper copy? #img
A: Yes, a clear photo is fine. #img
""",
            g=1,
        ),
        st(
            """
C: Ella is 10 and gets travel sick, can she sit near the front? #age
A: Of course, I'll note it.
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Please meet at the school gate at 7:15am, the coach leaves at 7:30 sharp #meet
""",
            g=1,
        ),
        st(
            """
C: Will the children have their phones?
A: No phones please. Staff will post photos on the class page.
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: Sorry, can't find the letter. What do they need to bring?
A: Packed lunch, water, a coat. No money needed.
""",
            g=1,
            p=0.7,
        ),
        chatter="parents",
        talkers="ABC",
        length=(12, 45),
        values={"fee": ("18", "22.50", "15"), "surname": ("OKAFOR", "BROWN", "NGUYEN", "SMITH")},
    ),
    # Friends keeping a surprise secret from another friend.
    "friends_secret": script(
        st("""
A: ok so for Maya's birthday, don't tell her anything #sec
B: my lips are sealed
--
A: surprise for Tom on saturday. do NOT tell him #sec
B: obviously lol
"""),
        st(
            """
A: she's turning 15 so we're doing the cinema + pizza thing #age
--
A: he's 14 on friday, we should get him the jersey #age
""",
            g=1,
        ),
        st(
            """
A: delete the pics from the group chat after, she might see them over my shoulder #del
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: everyone put £5 in? I'll send you mine #gift
A: yep send it by thursday
""",
            g=1,
            p=0.6,
        ),
        st(
            """
A: meet at the bus stop by the library at 4 #meet
B: ok
""",
            g=1,
        ),
        st(
            """
B: send a pic of the card when it's done #img
""",
            g=1,
            p=0.6,
        ),
        lead=True,
        chatter="teen",
        length=(10, 45),
    ),
    # Buying and selling second-hand goods between adults.
    "marketplace": script(
        st("""
A: Hi, is the {item} still available?
B: Yes it is
--
A: hello is {item} still for sale?
B: Still available yes
"""),
        st(
            """
A: Could you send a pic of the serial number / the back? #img
B: [photo]
""",
            g=1,
        ),
        st(
            """
A: can we do a quick video call so I can see it working? #img
B: sure, 7ish?
""",
            g=1,
            p=0.6,
        ),
        st(
            """
B: If you want it reserved, pay the deposit by Friday, otherwise it goes to the next person #sext
""",
            g=1,
            p=0.8,
        ),
        st(
            """
B: easier on WhatsApp, text me on {phone} #plat
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: can we meet at the Tesco car park at 6? #meet
B: works for me #meet
""",
            g=1,
        ),
        st(
            """
A: are you in all evening or is there someone home to hand it over if I'm late? #sup
B: my partner is in from 5 #sup
""",
            p=0.4,
        ),
        chatter="adults",
        length=(10, 35),
        values={"item": ("pram", "road bike", "PS5", "sofa", "washing machine")},
        styles={"A": ("plain", "typo", "lower")},
    ),
    # Two adults on a dating app.
    "dating_adults": script(
        st("""
A: hey! your hiking pics are great
B: haha thanks, Snowdon last summer
"""),
        st(
            """
A: how old are you btw, the app says 34 but it lied about my height too lol #age
B: 36 actually, I keep forgetting to update it
""",
            g=1,
        ),
        st(
            """
B: let's move to WhatsApp, this app keeps logging me out. {phone} #plat
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: video call later? I want to know you're not a catfish 😂 #img
B: fair! 8pm?
""",
            g=1,
            p=0.8,
        ),
        st(
            """
B: send a pic from today, not 2019 #img
A: [photo] just back from the gym, sorry
""",
            g=1,
            p=0.6,
        ),
        st(
            """
A: drinks on Thursday? The wine bar on Castle Street at 7? #meet
B: perfect #meet
""",
            g=1,
        ),
        st(
            """
B: don't tell my sister I'm on here, she'll never let it go #sec
""",
            p=0.5,
        ),
        chatter="adults",
        length=(12, 50),
    ),
    # Teenage gamers who are friends.
    "gamers": script(
        st("""
A: u on tonight?
B: after tea yeah
"""),
        st(
            """
A: add me on discord, same name #plat
""",
            g=1,
            p=0.8,
        ),
        st(
            """
B: my mum took my xbox, don't tell anyone i'm on my brother's account #sec
""",
            g=1,
            p=0.6,
        ),
        st(
            """
A: i'll gift you the battle pass for your bday #gift
B: wait fr? thanks
""",
            g=1,
            p=0.6,
        ),
        st(
            """
A: send pic of your new setup #img
B: [photo]
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: how old is your cousin, can he play with us? #age
A: he's 13, same as us #age
""",
            g=1,
            p=0.7,
        ),
        lead=True,
        chatter="gamer",
        length=(10, 45),
        styles={"A": ("lower", "abbrev"), "B": ("lower", "abbrev", "emoji")},
    ),
    # A grandparent's video call with a grandchild; some voice notes.
    "grandparent_call": script(
        st("""
A: turn the camera round love, I can only see the ceiling #img
B: sorry nana, is that better
A: there you are!
--
A: can you put the video on, I want to see how much you've grown #img
B: ok one sec
"""),
        st(
            """
A: how old are you now, 9? #age
B: 10 nana!! #age
""",
            g=1,
        ),
        st(
            """
A: is mummy home? #sup
B: she's at the shop, daddy's here #sup
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: I've put £10 in your card for your birthday #gift
B: thank you!!
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: same time Sunday? 5 your time, 6 here in Spain #live
""",
            g=1,
            p=0.7,
        ),
        chatter="family",
        length=(10, 40),
        styles={"A": ("voice", "plain", "typo"), "B": ("plain", "emoji")},
    ),
    # A tutor arranging lessons with a parent and a student; Indian English.
    "tutoring": script(
        st("""
A: Namaste, which class is your son in? #age
B: Class 9, CBSE #age
--
A: Good evening. What year is she in? #age
B: Year 10, GCSE this year #age
"""),
        st(
            """
A: Online lesson at 4:30, camera on please so I can see his working #img
""",
            g=1,
        ),
        st(
            """
A: Please send me a photo of last week's worksheet #img
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Invoice for the month is ₹4,000, please pay by Friday, UPI reference TUTOR-{n4} #sext
--
A: Fees for the term £120, payable by the 5th, bank reference TUT{n4} #sext
""",
            g=1,
        ),
        st(
            """
A: Will an adult be at home during the lesson? It is our safeguarding policy #sup
B: Yes, his grandmother is always home #sup
""",
            g=1,
            p=0.8,
        ),
        chatter="service",
        length=(10, 35),
    ),
    # A parent abroad sending school fees by e-wallet and video-calling the children; Kenyan.
    "family_remittance": script(
        st("""
A: Sent the fees for second term on M-Pesa, reference {L3}{n6} #live
B: Received, thank you. I'll pay the bursar tomorrow
"""),
        st(
            """
A: Video call on Sunday at 8pm your time, 9pm mine here in Dubai #live
B: ok, the children will be ready
""",
            g=1,
        ),
        st(
            """
A: how is Baraka? He's 7 now, he must be so big #age
B: very big and very noisy 😂
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: send me a photo of the receipt from the school #img
B: [photo]
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: and the extra for Wanjiku's uniform, I'll send by Friday #gift
""",
            g=1,
            p=0.6,
        ),
        chatter="family",
        length=(10, 40),
    ),
    # A parent or counsellor warning a teenager about sextortion, quoting the threats.
    "safety_talk": script(
        st("""
A: Can we talk about something I read today? It's not a telling-off.
B: ok...
"""),
        st(
            """
A: Scammers pretend to be a girl your age, then say "send $500 in an hour or I post your pics to all your followers" #sext
--
A: The message usually goes "pay by midnight or everyone on your list gets it" #sext
""",
            g=1,
        ),
        st(
            """
A: they'll also say "keep this between us, don't tell your parents" #sec
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: and they'll try to get you onto another app fast, "let's go on Telegram" #plat
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: first thing they ask is usually "what school do you go to" #age
""",
            g=1,
            p=0.6,
        ),
        st(
            """
A: If that ever happens, don't pay and don't delete anything. Come straight to me. You won't be in trouble.
B: ok. thanks mum
--
A: You can always tell me or Mr Hughes. Nobody will be angry with you.
B: I know
""",
            end=True,
        ),
        chatter="family",
        length=(10, 40),
        styles={"B": ("lower", "plain")},
    ),
    # A youth sports club's group chat; Irish English.
    "sports_club": script(
        st("""
A: U12s training Saturday 9am at the GAA pitch, boots and gumshields #meet
"""),
        st(
            """
A: Subs of €15 to be paid by Friday please, Revolut to the club account #sext
""",
            g=1,
        ),
        st(
            """
B: Can anyone give Jake a lift? He's 11 and I'm working #meet #age
C: No bother, I'll grab him at 8:40 #meet
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Send on any photos from Sunday's match for the club page #img
""",
            g=1,
            p=0.8,
        ),
        st(
            """
C: Is the blitz on if it's lashing?
A: Yes unless we say otherwise
""",
            g=1,
            p=0.6,
        ),
        chatter="parents",
        talkers="ABC",
        length=(10, 40),
    ),
    # Flatmates chasing a debt by a deadline.
    "flatmate_debt": script(
        st("""
A: mate you still owe £240 for the bills from March
B: I know, sorry, paid late this month
"""),
        st(
            """
A: need it by Friday or I'm telling the landlord to take it out of your deposit #sext
--
A: transfer it by the 30th, sort code's in the group, or I'm not covering you again #sext
""",
            g=1,
        ),
        st(
            """
B: send a pic of the meter reading, I think they overcharged #img
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: don't tell Sam I was short, I'll sort it #sec
""",
            g=1,
            p=0.6,
        ),
        chatter="adults",
        length=(10, 35),
    ),
    # An older sibling babysitting.
    "babysitting": script(
        st("""
A: mum's out till 11, it's just me and the twins #sup
B: how old are they now? #age
A: 6, and they're feral #age
"""),
        st(
            """
A: don't tell mum we had pizza again #sec
""",
            g=1,
        ),
        st(
            """
C: send me a pic of them in bed please #img
A: [photo] both out cold
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: delete that photo of me asleep on the sofa!! #del
B: never
""",
            g=1,
            p=0.6,
        ),
        st(
            """
C: who's home with you? #sup
A: just us, Dad's back at 10 #sup
""",
            g=1,
            p=0.6,
        ),
        lead=True,
        chatter="teen",
        talkers="AB",
        length=(10, 40),
        styles={"A": ("lower", "emoji")},
    ),
    # A coach arranging a lift to a match and asking the parents.
    "coach_lift": script(
        st("""
A: Hi, it's Coach Dave. Away match at Riverside on Saturday.
A: I can give Leo a lift, pick-up 8:15 at the leisure centre car park #meet
"""),
        st(
            """
B: That's kind. Will another adult be in the car? #sup
A: Yes, my assistant Karen comes too, club policy #sup
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: He's in Year 8 now, right? Need it for the league form #age
B: Yes, 12 #age
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Could you send me a photo of the signed consent form? #img
""",
            g=1,
        ),
        st(
            """
A: Back by 1pm, I'll drop him home #meet
""",
            g=1,
            p=0.6,
        ),
        chatter="parents",
        length=(10, 35),
    ),
    # Teenagers discussing a sextortion news story.
    "news_story": script(
        st("""
A: did u see that story about the boy in Michigan
B: the sextortion one? yeah
"""),
        st(
            """
A: it says they told him to pay $1000 in an hour or they'd send the pics to his family #sext
""",
            g=1,
        ),
        st(
            """
B: he was only 16 #age
""",
            g=1,
        ),
        st(
            """
A: and they got him to move to another app first #plat
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: the article said tell someone straight away, dont pay
A: yeah my mum showed me the helpline number
""",
            g=1,
        ),
        chatter="teen",
        length=(10, 35),
    ),
    # A class chat quiz after an online-safety lesson.
    "safety_quiz": script(
        st("""
A: Quiz time! Reply with A, B or C. Q1: someone online says "keep this between us". What do you do? #sec
B: C, tell an adult
"""),
        st(
            """
A: Q2: a stranger asks which school you go to #age
C: don't answer, block
""",
            g=1,
        ),
        st(
            """
A: Q3: "pay by midnight or everyone sees it". Who do you tell? #sext
B: a parent and report it
""",
            g=1,
        ),
        st(
            """
A: Q4: "add me on another app, this one's boring" #plat
C: B, say no
""",
            g=1,
            p=0.8,
        ),
        st(
            """
A: Q5: someone asks you to turn your camera on #img
B: don't, and tell someone
""",
            g=1,
            p=0.7,
        ),
        chatter="teen",
        talkers="BC",
        length=(12, 40),
    ),
    # A streamer arranging a paid sponsored stream.
    "streamer_sponsor": script(
        st("""
A: Hi! Brand partnerships from {brand} here. Would you do a sponsored stream next Friday?
B: Definitely interested
"""),
        st(
            """
A: Stream at 8pm CET, that's 1pm your time in Chicago #live
""",
            g=1,
        ),
        st(
            """
A: Fee is $400, paid by PayPal within 14 days, reference SP-{n6} #live
""",
            g=1,
        ),
        st(
            """
A: Could you send a photo of your setup for the pitch deck? #img
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: Please keep the collab under wraps until we announce on Monday #sec
B: of course
""",
            g=1,
            p=0.8,
        ),
        chatter="service",
        length=(10, 35),
        values={"brand": ("Voltcap Energy", "Nimbus Headsets", "PixelChair")},
    ),
    # A landlord demanding overdue rent by a deadline.
    "landlord_rent": script(
        st("""
A: Rent of £{rent} is now 10 days overdue
A: Please pay by 5pm Friday or I'll have to issue a formal notice #sext
"""),
        st(
            """
B: I'm so sorry, my wages were late. Can I pay half now?
A: Half now and the rest by the 15th, transfer to the usual account #sext
""",
            g=1,
        ),
        st(
            """
B: Also can you send someone about the damp? I'll send a photo #img
A: Please do, and a video of the leak if you can #img
""",
            g=1,
            p=0.7,
        ),
        st(
            """
A: I'll come by on Tuesday at 10 to look, is someone home? #meet #sup
B: I'll be in #sup
""",
            g=1,
            p=0.6,
        ),
        chatter="service",
        length=(10, 35),
        values={"rent": ("850", "675", "1,100")},
    ),
    # A game guild raising money for a charity stream.
    "guild_fundraiser": script(
        st("""
A: Charity stream is Saturday 7pm UTC, that's 6am Sunday for our Aussies #live
B: I'll set an alarm lol
"""),
        st(
            """
A: Donations go straight to the charity page, link pinned. Target is $500
""",
            g=1,
        ),
        st(
            """
C: send a pic of your donation receipt if you want to be on the leaderboard #img
""",
            g=1,
            p=0.7,
        ),
        st(
            """
B: how old do you have to be to join the guild? my cousin wants in
A: 16+, it's in the rules
""",
            g=1,
            p=0.6,
        ),
        st(
            """
C: I'll gift 10 subs to whoever raises the most #gift
""",
            g=1,
            p=0.6,
        ),
        lead=True,
        chatter="gamer",
        talkers="ABC",
        length=(10, 40),
    ),
}


_BENIGN.update(
    {
        # A youth-group leader's trip logistics.
        "youth_trip": script(
            st("""
A: Hi all, the youth weekend at Lake Bala is confirmed for the 20th-22nd!
A: Deposit of £50 by Wednesday please, bank ref TRIP-{surname} #sext
"""),
            st(
                """
B: Is Mia old enough? She's 13 next month #age
A: Yes, 12-15s this time
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Permission slips back by Sunday, a photo of the signed page is fine #img
""",
                g=1,
            ),
            st(
                """
A: Meet at the church car park 6am Friday, minibus leaves 6:15 #meet
""",
                g=1,
            ),
            st(
                """
C: Will they have phone signal?
A: Patchy. I'll post updates and photos in here each evening
""",
                g=1,
                p=0.7,
            ),
            chatter="parents",
            talkers="ABC",
            length=(10, 40),
            values={"surname": ("JONES", "PATEL", "EVANS", "OWUSU")},
        ),
        # A teenager reporting a sextortion attempt to a helpline chat.
        "helpline_report": script(
            st("""
A: Hi, you're through to the helpline. What's happening today?
B: someone is threatening to post a photo of me
"""),
            st("""
B: he said "pay £200 by tonight or it goes to everyone you follow" #sext
A: Thank you for telling us. That is a crime and it's not your fault.
"""),
            st(
                """
A: You don't have to say, but how old are you? #age
B: 15 #age
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Please don't pay, and don't delete the messages, screenshots help the police
""",
                g=1,
            ),
            st(
                """
A: Is there an adult at home you trust who you could tell tonight? #sup
B: my mum's downstairs #sup
""",
                g=1,
                p=0.8,
            ),
            st(
                """
B: he also said "don't tell your parents or it's worse" #sec
""",
                g=1,
                p=0.6,
            ),
            st(
                """
A: You've done the right thing reaching out. We can help you report it.
B: thank you
""",
                end=True,
            ),
            chatter="service",
            length=(12, 40),
            styles={"A": ("plain",), "B": ("lower", "plain", "typo")},
        ),
        # A photographer booking a family portrait session.
        "portrait_session": script(
            st("""
A: Thanks for your enquiry! How old are the children, so I can plan the poses? #age
B: 3 and 7 #age
"""),
            st(
                """
A: Could you send a pic of the outfits you're thinking of? #img
B: [photo]
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: A £40 deposit secures the date, please pay by Friday #sext
""",
                g=1,
            ),
            st(
                """
A: Let's meet at the park gate at 5 for golden hour #meet
""",
                g=1,
            ),
            st(
                """
B: can you keep the photos off social media? my ex doesn't know where we live #sec
A: Of course, gallery is private and password-protected
""",
                g=1,
                p=0.5,
            ),
            chatter="service",
            length=(10, 35),
        ),
        # An esports team's sponsorship and travel for a teenage player.
        "esports_travel": script(
            st("""
A: Hi, it's the team manager. Great news, we qualified for the LAN in Seoul!
B: he's over the moon
"""),
            st(
                """
A: He's 16, so we need a guardian consent form signed #age
""",
                g=1,
            ),
            st(
                """
A: Sponsor pays flights, please send a photo of his passport page #img
""",
                g=1,
            ),
            st(
                """
A: Video call at 9am your time with the coach in Seoul to go over the schedule #live
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Meet at Heathrow Terminal 2, gate area, 6am on the 3rd #meet
""",
                g=1,
            ),
            chatter="service",
            length=(10, 35),
        ),
        # A school pen-pal exchange with a video call between classes; Spanish partner school.
        "pen_pals": script(
            st("""
A: Hola! Our class is so excited to write to yours
B: Same here! The children have written their first letters
"""),
            st(
                """
A: Video call between classes Thursday, 10am your time, 11am ours in Madrid #live
""",
                g=1,
            ),
            st(
                """
B: Could you send a photo of your classroom for our display? #img
""",
                g=1,
            ),
            st(
                """
C: hello I am Lucía, I am 10 years old and I have a dog #age
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: Please do not share the children's surnames in the letters, school policy #sec
""",
                g=1,
                p=0.6,
            ),
            chatter="service",
            talkers="AB",
            length=(10, 35),
        ),
        # A Scout camp: kit, medical forms, fee. Scottish.
        "scout_camp": script(
            st("""
A: Right folks, summer camp is the 12th-16th. Kit list is pinned.
A: Fee £85 by the 1st, ref CAMP-{surname} #sext
"""),
            st("""
B: Is Alfie 10 yet? He might need to move up to Scouts #age
--
B: Our Fin turns 11 in August, does he still go with the Cubs? #age
"""),
            st(
                """
A: Please send a photo of the medical form, both sides #img
""",
                g=1,
            ),
            st(
                """
A: Meet at the hut 9am Saturday for the kit check #meet
""",
                g=1,
            ),
            st(
                """
C: is there phone signal at the campsite?
A: Barely. We'll post a photo each night in here
""",
                g=1,
                p=0.7,
            ),
            chatter="parents",
            talkers="ABC",
            length=(10, 40),
            values={"surname": ("MACLEOD", "STEWART", "CAMPBELL", "FRASER")},
        ),
        # A "hi mum, new number" scam against a parent, who checks and does not pay.
        "new_number_scam": script(
            st("""
A: Hi mum, it's me, new number, my phone broke
B: Oh no! Which one of you is this?
A: your favourite 😂
"""),
            st("""
A: can you pay a bill for me, £680, it has to be done today #sext
A: I'll send you the account details, pay it now and I'll give it back Friday #sext
"""),
            st(
                """
B: Send me a voice note first
A: can't, the mic's broken
""",
                g=1,
            ),
            st(
                """
B: What's the dog's name then?
A: mum please just pay it, I'm stressed
""",
                g=1,
                p=0.8,
            ),
            st(
                """
B: I've just rung your old number and you answered. Nice try. Reported.
""",
                end=True,
            ),
            chatter="family",
            length=(10, 30),
            styles={"A": ("lower", "abbrev")},
        ),
        # A children's talent agency booking an audition through a parent.
        "talent_audition": script(
            st("""
A: Hello, we'd love to see Amara for the cereal advert audition.
B: Wonderful! What do we need to do?
"""),
            st(
                """
A: She's 11, is that right? The brief is 9-12 #age
B: Yes, 11 #age
""",
                g=1,
            ),
            st(
                """
A: Please send a headshot and a full-length photo #img
""",
                g=1,
            ),
            st(
                """
A: Audition Tuesday 4pm at the studio in Soho, a parent must stay throughout #meet
""",
                g=1,
            ),
            st(
                """
A: The casting director is in LA, so the callback is a video call at 9am your time #live
""",
                g=1,
                p=0.7,
            ),
            st(
                """
B: Is there a fee?
A: We never charge upfront. If anyone asks you to pay, it isn't us
""",
                g=1,
                p=0.7,
            ),
            chatter="service",
            length=(10, 35),
        ),
        # A family group planning a relative's visa fee; Nigerian English.
        "visa_fee": script(
            st("""
A: Aunty's visa appointment is confirmed o
B: Thank God!
"""),
            st(
                """
A: The fee is $185, must be paid by Friday on the portal, reference {L3}{n8} #sext
""",
                g=1,
            ),
            st(
                """
C: I will send my part through WorldRemit tonight, ref {n10} #live
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Send a clear photo of the passport bio page to this group #img
""",
                g=1,
            ),
            st(
                """
B: Tobi is 9 so he needs the child form #age
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: Interview 8:30am at the embassy, be there by 7:45 #meet
""",
                g=1,
            ),
            chatter="family",
            talkers="ABC",
            length=(10, 40),
        ),
        # Parents discussing the school's e-safety assembly letter, which quotes cues.
        "esafety_followup": script(
            st("""
A: Did everyone get the letter after the e-safety assembly?
B: yes, quite eye-opening
"""),
            st(
                """
A: It lists things like "what school do you go to?" as red flags #age
""",
                g=1,
            ),
            st(
                """
B: and "pay or I share it", they said it's rising with boys Jack's age #sext
""",
                g=1,
            ),
            st(
                """
C: also "let's move to another app" #plat
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: and "delete our chat" apparently #del
""",
                g=1,
                p=0.6,
            ),
            st(
                """
C: I'm going to go through it with Ruby tonight
A: same
""",
                end=True,
            ),
            chatter="parents",
            talkers="ABC",
            length=(10, 40),
        ),
        # A debt collector's lawful reminder to an adult.
        "debt_reminder": script(
            st("""
A: This is a reminder from Northgate Collections about account {n8}.
A: A balance of £312.40 is due by the 28th. Pay online with reference NGC-{n6} #sext
"""),
            st(
                """
B: I'm struggling at the moment, can we set up a plan?
A: Yes, we can arrange monthly payments. What can you afford?
""",
                g=1,
            ),
            st(
                """
B: Can you send a photo of the original agreement? I don't recognise it #img
A: We'll email a copy within 5 working days
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: Please don't ignore this message. If we don't hear from you by Friday, the account goes to review #sext
""",
                g=1,
                p=0.6,
            ),
            chatter="service",
            length=(10, 30),
        ),
        # Teenagers' group project with a deadline.
        "group_project": script(
            st("""
A: guys the poster is due friday 9am
B: i know 😭
"""),
            st(
                """
A: send me the pic of the poster so far #img
C: [photo]
""",
                g=1,
            ),
            st(
                """
B: meet in the library at lunch tomorrow? #meet
""",
                g=1,
            ),
            st(
                """
C: don't tell Mr Ahmed we haven't started the bibliography #sec
""",
                g=1,
                p=0.6,
            ),
            st(
                """
A: delete that photo with the typo before someone screenshots it #del
""",
                g=1,
                p=0.6,
            ),
            lead=True,
            chatter="teen",
            talkers="ABC",
            length=(10, 40),
        ),
        # A children's choir trip with payment deadlines and consent.
        "choir_trip": script(
            st("""
A: Choir tour to Bruges: balance of £120 by the 14th, ref CHOIR-{surname} #sext
"""),
            st(
                """
B: Is Noah old enough for the tour? He's 9 #age
A: Yes, 8 and up
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Please send a photo of the signed consent form #img
""",
                g=1,
            ),
            st(
                """
A: Coach leaves 7am from the cathedral close #meet
""",
                g=1,
            ),
            st(
                """
C: Can we video call them in the evenings?
A: There's a call window 7-8pm each night
""",
                g=1,
                p=0.6,
            ),
            chatter="parents",
            talkers="ABC",
            length=(10, 40),
            values={"surname": ("HUGHES", "AHMED", "KOWALSKI", "DUBOIS")},
        ),
        # A social-media account recovery support chat.
        "account_recovery": script(
            st("""
A: Hi, I'm from the account support team. I can help you get your account back.
B: thank you, someone changed my password
"""),
            st(
                """
A: Please send a selfie holding a paper with the code {n6} written on it #img
""",
                g=1,
            ),
            st(
                """
A: The date of birth on the account says you're 15, so a parent needs to approve #age
B: my dad's here, he can
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: We will never ask you for money or gift cards. If anyone does, it's a scam
""",
                g=1,
            ),
            chatter="service",
            length=(10, 30),
        ),
        # Parents comparing screen-time and phone rules; Indian English.
        "screen_time_rules": script(
            st("""
A: Ishaan is 12 and keeps asking for his own phone #age
B: Same with Diya, she's 11 #age
"""),
            st(
                """
A: We check the phone every night before bed
B: we have no phones in bedrooms after 9
""",
                g=1,
            ),
            st(
                """
C: is anyone home when yours get back from school? ours is alone till 5 #sup
""",
                g=1,
                p=0.7,
            ),
            st(
                """
B: she has to ask before adding any new app, no Snapchat till 13
""",
                g=1,
                p=0.7,
            ),
            st(
                """
C: the school said if a stranger says "delete this" they should show us first #del
""",
                g=1,
                p=0.5,
            ),
            chatter="parents",
            talkers="ABC",
            length=(10, 40),
        ),
    }
)


_BENIGN.update(
    {
        # A teenager's part-time remote job with shifts across time zones.
        "shift_rota": script(
            st("""
A: Hi, next week's rota is up. You're on Saturday 9am your time, 5pm mine in Singapore #live
B: that works, thanks
"""),
            st(
                """
A: You're 17, right? I need the young worker form from a parent #age
B: yes, my mum will sign it #age
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Please send a photo of your ID for payroll #img
""",
                g=1,
            ),
            st(
                """
A: Pay goes out on the 25th by transfer, reference PAY-{n6} #live
""",
                g=1,
            ),
            st(
                """
B: can I swap Sunday with Mei? she's fine with it
A: Sure, update the sheet
""",
                g=1,
                p=0.6,
            ),
            chatter="service",
            length=(10, 35),
        ),
        # A grandparent abroad sending birthday money by remittance; Filipino English.
        "birthday_remittance": script(
            st("""
A: Happy birthday apo! You're 10 na! #age
B: thank you lolo!! 🎉
"""),
            st(
                """
A: I sent 5,000 pesos by Palawan Express, control number {n10} #live
""",
                g=1,
            ),
            st(
                """
A: Video call at 6pm your time on your birthday, 11am here in Rome #live
""",
                g=1,
            ),
            st(
                """
A: send me a pic of the cake! #img
B: [photo]
""",
                g=1,
                p=0.8,
            ),
            chatter="family",
            length=(10, 35),
            styles={"A": ("voice", "plain"), "B": ("emoji", "plain")},
        ),
        # A photography club arranging a dawn meet-up and asking for pictures.
        "photo_club": script(
            st("""
A: Theme this month is "Reflections". Send your best three pics by Sunday #img
"""),
            st(
                """
A: Dawn meet at the pier 5:30am Saturday, bring tripods #meet
""",
                g=1,
            ),
            st(
                """
A: Membership renewal £25 by the end of the month please #sext
""",
                g=1,
            ),
            st(
                """
B: Can my daughter come along? She's 14 and keen #age
A: Of course, as long as you're with her
""",
                g=1,
                p=0.7,
            ),
            lead=True,
            chatter="adults",
            talkers="ABC",
            length=(10, 40),
        ),
        # Separated parents arranging a child's video calls across time zones.
        "custody_calls": script(
            st("""
A: Can we keep Mia's video calls at 7pm your time? It's 2pm here in Toronto #live
B: Fine, she's usually done with dinner by then
"""),
            st(
                """
A: She's 8 next week, I've sent her a present #age #gift
""",
                g=1,
            ),
            st(
                """
A: Who's with her after school on Tuesdays? #sup
B: my mum picks her up #sup
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Don't tell her about the puppy yet, I want to show her on the call #sec
""",
                g=1,
                p=0.6,
            ),
            st(
                """
A: Could you send me the school photo? #img
""",
                g=1,
                p=0.6,
            ),
            chatter="adults",
            length=(10, 35),
        ),
        # A charity's liaison updating a sponsor about a sponsored child.
        "child_sponsorship": script(
            st("""
A: Dear sponsor, thank you for your continued support of Maria.
A: She is now 9 and in grade 4 #age
"""),
            st(
                """
A: Your donation was received, reference SP-{n8} #live
""",
                g=1,
            ),
            st(
                """
A: Photos from the school garden project are attached
B: Lovely to see, thank you
""",
                g=1,
            ),
            st(
                """
A: We can arrange a supervised video call at 10am your time, with our staff present #live #img
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: For her protection, please don't share her full name or village online #sec
""",
                g=1,
                p=0.7,
            ),
            chatter="service",
            length=(10, 35),
        ),
        # A family planning a surprise birthday.
        "surprise_party": script(
            st("""
A: Dad's 60th! Nobody breathes a word #sec
B: 🤐
"""),
            st(
                """
A: delete this chat after Saturday, he reads over my shoulder #del
""",
                g=1,
                p=0.7,
            ),
            st(
                """
B: I've got old photos of him from when he was 12 #age
""",
                g=1,
                p=0.6,
            ),
            st(
                """
A: £20 each by Friday for the cake and the room #sext
""",
                g=1,
            ),
            st(
                """
C: meet at the Red Lion at 7, he arrives 7:30 #meet
""",
                g=1,
            ),
            chatter="family",
            talkers="ABC",
            length=(10, 40),
        ),
        # A driving instructor and a 17-year-old learner.
        "driving_lessons": script(
            st("""
A: Hi, I'll pick you up outside school at 3:30 for your first lesson #meet
B: great, thanks
"""),
            st(
                """
A: You're 17 so you're fine on the provisional #age
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: Please send a photo of your provisional licence #img
""",
                g=1,
            ),
            st(
                """
A: A block of 10 lessons is £320, payable by Friday, reference LESS-{n4} #sext
""",
                g=1,
            ),
            chatter="service",
            length=(10, 35),
        ),
        # A remote exam proctor.
        "remote_exam": script(
            st("""
A: Good morning, I'm your proctor. Please turn your camera on #img
B: done
"""),
            st(
                """
A: Show me the room, slowly, all four walls #img
""",
                g=1,
            ),
            st(
                """
A: Is anyone else in the room? #sup
B: no, door's shut #sup
""",
                g=1,
            ),
            st(
                """
A: Hold your ID up to the camera #img
""",
                g=1,
            ),
            st(
                """
A: Note the resit fee is due by the 30th if you need one #sext
""",
                g=1,
                p=0.5,
            ),
            st(
                """
A: You start at 14:00 UTC, that's 9am your time #live
""",
                g=1,
                p=0.7,
            ),
            chatter="service",
            length=(10, 35),
        ),
        # A family abroad briefing a house-sitter.
        "house_sitting": script(
            st("""
A: We're away two weeks from Saturday, nobody home #sup
B: no problem, I'll keep an eye
"""),
            st(
                """
A: Send a photo of the cats every day please 😅 #img
""",
                g=1,
            ),
            st(
                """
A: Video call at 9am your time on Sunday, 8pm here in Sydney #live
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Don't tell anyone on the street we're away #sec
""",
                g=1,
                p=0.8,
            ),
            chatter="adults",
            length=(10, 35),
        ),
        # A writers' group critiquing a thriller that quotes a blackmailer.
        "writers_group": script(
            st("""
A: Chapter 9 is up. Be brutal
B: Reading now
"""),
            st(
                """
B: The blackmail text works: "£5,000 by midnight or the photos go public" #sext
""",
                g=1,
            ),
            st(
                """
C: The villain saying "don't tell your mum" to the kid is chilling #sec
""",
                g=1,
            ),
            st(
                """
B: Is Lily meant to be 14? She reads older #age
A: She's 14, yes #age
""",
                g=1,
                p=0.8,
            ),
            lead=True,
            chatter="adults",
            talkers="ABC",
            length=(10, 40),
        ),
        # --- this set's own five kinds ---
        # A vet's video consultation about a pet.
        "vet_video_consult": script(
            st("""
A: Hi, it's the on-call vet. Can you turn the camera so I can see her? #img
B: sorry, here
--
A: Hello! Could you switch on video and hold the phone near her paw? #img
B: ok one sec
"""),
            st(
                """
A: How old is she?
B: 14 weeks, she's our first puppy
""",
                g=1,
            ),
            st(
                """
A: Send me a clear photo of the lump afterwards too #img
""",
                g=1,
            ),
            st(
                """
A: Is someone at home who can hold her while you film? #sup
B: my son's here #sup
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: The consult is £35, please pay by the link before the end of the call #sext
""",
                g=1,
                p=0.8,
            ),
            st(
                """
B: Should I delete the blurry video I sent? #del
A: No need, I'll just use the new one
""",
                g=1,
                p=0.5,
            ),
            chatter="service",
            length=(10, 35),
            styles={"B": ("plain", "lower", "typo")},
        ),
        # A social worker and foster carers arranging a placement.
        "foster_placement": script(
            st("""
A: Hi both, the placement is confirmed for Monday.
B: We're ready
"""),
            st(
                """
A: She is 9 and in Year 4, she's quiet at first #age
""",
                g=1,
            ),
            st(
                """
A: Please keep the placement address confidential, even from extended family #sec
""",
                g=1,
            ),
            st(
                """
A: Could you send a photo of her bedroom for the file? #img
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Her video call with her mum is Wednesdays at 5, supervised by us #img
""",
                g=1,
                p=0.8,
            ),
            st(
                """
A: Meet at the contact centre on Monday at 10 for the handover #meet
""",
                g=1,
            ),
            st(
                """
C: The fostering allowance will be paid on the 1st
""",
                g=1,
                p=0.5,
            ),
            chatter="service",
            talkers="AB",
            length=(10, 40),
        ),
        # A couple and a planner organising a wedding abroad.
        "destination_wedding": script(
            st("""
A: Ciao! Villa deposit of €2,000 by Friday, or we release the date #sext
B: paying today, promise
"""),
            st(
                """
A: Video call at 9 your time? It's 10 here in Tuscany #live
""",
                g=1,
            ),
            st(
                """
B: Our flower girl is 6, can she have a shorter walk? #age
""",
                g=1,
                p=0.8,
            ),
            st(
                """
C: don't tell the bride about the fireworks!! #sec
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: Please send pics of the dresses for the florist #img
""",
                g=1,
            ),
            st(
                """
A: Transfer ref WED-{n6} so it matches your booking #live
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: Meet at the villa gate at 4 on Thursday for the walk-through #meet
""",
                g=1,
                p=0.7,
            ),
            chatter="adults",
            talkers="ABC",
            length=(10, 40),
        ),
        # An office's IT team handling a ransomware attack; the quoted demand is marked.
        "ransomware_incident": script(
            st("""
A: All staff: do NOT open attachments from the "invoice" email
B: too late for accounts
"""),
            st(
                """
A: The note on screen says "pay 3 BTC by Friday or we publish your client data" #sext
""",
                g=1,
            ),
            st(
                """
A: Don't tell clients yet, legal will draft the statement first #sec
""",
                g=1,
            ),
            st(
                """
C: Send a photo of the ransom screen before you shut down #img
""",
                g=1,
            ),
            st(
                """
A: Call with the insurer at 2pm our time, that's 9am for them in Boston #live
""",
                g=1,
                p=0.6,
            ),
            st(
                """
A: And nobody pays anything. Not a penny
""",
                g=1,
            ),
            chatter="adults",
            talkers="ABC",
            length=(10, 40),
        ),
        # A parent booking an escape room for a child's birthday group.
        "escape_room_booking": script(
            st("""
A: Thanks for booking! Players must be 12+, how old are the kids? #age
B: they'll all be 12 or 13 #age
"""),
            st(
                """
A: A £60 deposit is due by Friday to hold the slot #sext
""",
                g=1,
            ),
            st(
                """
B: don't tell the kids the theme, it's a surprise #sec
""",
                g=1,
                p=0.7,
            ),
            st(
                """
A: Please meet at the venue at 2:45 #meet
""",
                g=1,
            ),
            st(
                """
A: Is an adult staying with the group? #sup
B: yes, me #sup
""",
                g=1,
                p=0.8,
            ),
            st(
                """
B: send a pic of the booking confirmation please #img
""",
                g=1,
                p=0.6,
            ),
            chatter="service",
            length=(10, 35),
        ),
    }
)


_RISKY: dict[str, dict[str, Script]] = {
    "grooming": _GROOMING,
    "sextortion": _SEXTORTION,
    "live_streaming": _LIVE,
}
assert tuple(_RISKY) == RISKY_CATEGORIES
assert set(_BENIGN) == set(BLIND8_BENIGN_KINDS), set(_BENIGN) ^ set(BLIND8_BENIGN_KINDS)


def build_blind8(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The eighth blind set: ``risky_per_category`` conversations of each risky category
    (scenarios drawn in turn) and ``benign_per_kind`` of each benign kind, in a shuffled
    order, with sources ``blind8/chat-NNNN.json`` numbered in that order."""
    plan: list[tuple[str, str, Script, int]] = []
    for category, scenarios in _RISKY.items():
        names = list(scenarios)
        for i in range(risky_per_category):
            name = names[i % len(names)]
            plan.append((category, f"{category}/{name}", scenarios[name], i))
    for kind in BLIND8_BENIGN_KINDS:
        plan.extend(("benign", kind, _BENIGN[kind], i) for i in range(benign_per_kind))
    random.Random(f"blind8-order:{seed}").shuffle(plan)
    out: list[LabelledConversation] = []
    for number, (label, kind, item, i) in enumerate(plan, start=1):
        rng = random.Random(f"blind8:{seed}:{kind}:{i}")
        out.append(_render(item, rng, label, kind, f"blind8/chat-{number:04d}.json"))
    return out
