"""A fourth blind test set for chat-risk ranking, written without reading the rules, the other
sets or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), ``cairn/model/chat.py`` and
``evaluation/metrics.py``. From the other sets only these were read: ``Beat``, ``_b``,
``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in ``dataset.py`` (the ``sed`` that
showed them also showed ``SMALL_TALK``, one line of a live-streaming script and the first
lines of the renderer; none was reused); the module docstrings of ``blind.py``, ``blind2.py``
and ``blind3.py`` (for the labelling conventions); the constants ``FAMILY_NAMES``,
``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS`` and ``OWN_BENIGN_KINDS``;
the signature of ``formats.base.conversation_id``; and ``tests/chats/test_chat_blind3_shape.py``,
whose structure this set's shape test copied (one module now,
``test_chat_blind_sets_shape.py``). Not read: the rule code (``indicators.py``,
``assess.py``, ``normalise.py``, ``paraphrases.py``, ``identifiers.py``), the scripts of the
earlier sets (a ``grep`` for a constant showed three lines of ``blind3.py``'s step
helper; not followed), docs/chats.md and the other chat tests. The scorer was never run on
this set and no score was looked at. Every line is this module's own; the reference's example
phrases were avoided in risky lines (its situations were followed, not its wording).

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind:
every kind of ``BENIGN_KINDS``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS`` and
``OWN_BENIGN_KINDS``, written afresh from the kind's name and one-line description, plus five
new kinds (``FOURTH_BENIGN_KINDS``): a scout troop's camp kit list, medical forms and fee
(``scout_camp``); a "hi mum, new number" scam against an adult parent (``new_number_scam``); a
children's talent agency booking an audition through a parent (``talent_audition``); a family
group planning an aunt's visa fee (``visa_fee``); and a school's e-safety assembly follow-up
that quotes the cues (``esafety_followup``). Risky scenarios (``kind`` is
``category/scenario``) include offenders posing as a peer gamer, a "scout" for a brand, an
older friend with a car, a writer of non-native English, voice-note transcripts, and a child
who refuses and tells; sextortion with rapport then a turn, threats before any demand, a demand
from a second account, a cold open with a screenshot of the follower list, payment then a
raised demand, gift cards, crypto and game currency, a child who refuses and tells; and the
facilitator's side of paid live-streams (scheduling across time zones, prices, ages,
remittance references, "help" requests, others offered, a move to a video app). Registers
vary: UK, US, Australian and Nigerian teen slang, formal, non-native English (Spanish,
Tagalog, French, German first languages), typos, texting abbreviations, emoji, voice-note
transcripts; each speaker also gets a style applied to every line they write. Stages are
shuffled where the reference says they are not sequential; small talk from a pool that fits
the setting sits between the steps so cues are a minority; lengths run from 10 to 80 messages;
some conversations have gaps of hours or days. Images are only referred to ("the pic").
Everything is synthetic and non-explicit: risk indicators only, no sexual content, no
description of abuse. Numbers are in the fictional 07700 900xxx range, emails use
example.org, and the one bitcoin address is the public genesis address.

**Labels** follow the conventions of the earlier docstrings, line by line *as written*,
whatever the conversation is: a payment demand with a deadline or payment instructions is
``sextortion`` (a camp fee "by Friday, ref CAMP-surname" too); scheduling a video call across
time zones, or a payment by remittance or e-wallet with a reference, is ``live_streaming``; a
request to turn a camera on, for a video call or for a photo of anything is
``image_request``; a cue quoted in a warning, an assembly letter or a helpline report is
marked too. A statement that a particular person is a minor's age or school year, naming a
child's school, and asking someone's age or school are ``age``; adults stating adult ages and
notices to a whole age group are not. A child saying nobody is at home, or asking or
answering who is around to see, is ``supervision``; giving one's handle or number for another
app is ``platform_move``; money or gifts offered or asked for as help is ``gifts_money``;
flattery, and driving a wedge between a child and others, is ``trust_isolation``. A scripted
line drawn twice in one conversation is kept once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.blind3 import OWN_BENIGN_KINDS
from cairn.chats.evaluation.dataset import BENIGN_KINDS, Beat, LabelledConversation, _b
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "BLIND4_BENIGN_KINDS",
    "FOURTH_BENIGN_KINDS",
    "build_blind4",
]

FOURTH_BENIGN_KINDS = (
    "scout_camp",
    "new_number_scam",
    "talent_audition",
    "visa_fee",
    "esafety_followup",
)
BLIND4_BENIGN_KINDS = (
    *BENIGN_KINDS,
    *EXTRA_BENIGN_KINDS,
    *NEW_BENIGN_KINDS,
    *OWN_BENIGN_KINDS,
    *FOURTH_BENIGN_KINDS,
)
FORMAT = "synthetic"
MIN_MESSAGES = 10
MAX_MESSAGES = 80
SEED = 4_2026

Group = list[Beat]
Alt = str | tuple[str, ...]


def _line(spec: str) -> Beat:
    """``"A|text|fam fam"`` to a beat (the family part may be left out)."""
    speaker, text, *rest = spec.split("|")
    return _b(speaker, text, *(rest[0].split() if rest else ()))


def _g(*specs: str) -> Group:
    return [_line(s) for s in specs]


def _one(rng: random.Random, *alts: Alt) -> Group:
    """One of several alternatives; each is a line or a tuple of lines kept together."""
    chosen = rng.choice(alts)
    return _g(chosen) if isinstance(chosen, str) else _g(*chosen)


def _some(rng: random.Random, prob: float, *alts: Alt) -> Group:
    return _one(rng, *alts) if rng.random() < prob else []


# --- small talk -------------------------------------------------------------------------------

GENERIC: tuple[tuple[str, ...], ...] = (
    ("A|what time is it there", "B|nearly 8"),
    ("B|hold on, someone at the door", "B|ok back"),
    ("A|this heat is unreal", "B|fan on full"),
    ("B|just woke up lol", "A|it's 2pm 😂"),
    ("A|good night", "B|night night"),
    ("B|my battery is on 3%", "A|go charge it"),
    ("A|ok", "B|ok"),
    ("B|sorry was cooking", "A|what u making", "B|noodles"),
    ("A|did u sleep well", "B|not really"),
    ("B|happy friday", "A|finally"),
    ("A|that's wild", "B|i know"),
    ("B|hang on, reading", "A|take ur time"),
    ("A|been a long week", "B|tell me about it"),
    ("B|hiii", "A|hey hey"),
    ("A|😂😂", "B|stop 😭"),
    ("B|headache today", "A|drink water"),
)

SMALL: dict[str, tuple[tuple[str, ...], ...]] = {
    "teen": (
        ("A|bro the bus driver just skipped my stop", "B|💀 rip"),
        ("B|mock exams next week i'm cooked", "A|u'll be fine"),
        ("A|whats ur fav takeaway", "B|chippy no contest"),
        ("B|my mum's making me tidy my room", "A|lol good luck"),
        ("A|u seen the new trailer", "B|yesss looks mint"),
        ("B|i got a new hoodie", "A|what colour", "B|sage green"),
        ("A|pe was brutal today", "B|we did bleep test 😩"),
        ("B|ur so random lol", "A|i try"),
        ("A|hows ur weekend looking", "B|football then nothing"),
        ("B|its so cold my fingers r numb", "A|wear gloves 😂"),
        ("A|ima sleep soon", "B|same, early start"),
        ("B|lowkey bored", "A|same tbh"),
        ("A|r u on ur phone in class lol", "B|maybe 👀"),
        ("B|i cut my fringe myself", "A|brave", "B|it's wonky lol"),
        ("A|oye que haces", "B|nada, tarea"),
        ("B|mate my brother ate my leftovers", "A|criminal"),
        ("B|ugh maths hw is killing me", "A|same lol what topic", "B|simultaneous equations 💀"),
        ("A|u watching the match", "B|nah wifi's trash tonight"),
        ("A|wagwan", "B|nm hbu"),
        ("B|ngl today dragged", "A|fr fr"),
        ("A|what u having for tea", "B|cereal lmao"),
        ("B|my cat just knocked my drink over", "A|nooo 😂"),
        ("A|heaps hot here this arvo", "B|lucky, it's bucketing down here"),
        ("A|did u see that clip", "B|the goat one? i'm dead 😭"),
        ("B|brb charger", "B|back"),
        ("A|fav song rn?", "B|anything off that new album tbh"),
        ("A|u good?", "B|ya just knackered innit"),
        ("A|hows skl", "B|long. teacher confiscated my earbuds"),
        ("B|wyd", "A|nothing, scrolling"),
        ("A|that's lowkey hilarious", "B|ikr"),
        ("B|my sister won't get off the telly", "A|classic"),
        ("A|sabi mo kanina pagod ka", "B|haha yeah sorry, tired"),
        ("B|abeg my data don finish", "A|lol same"),
        ("A|u done the reading for english", "B|skimmed it 😬"),
    ),
    "gamer": (
        ("A|anyone got the new skin yet", "B|too pricey"),
        ("B|who took the last medkit", "A|not me 👀"),
        ("A|ranked or casual", "B|casual, i'm tilted"),
        ("B|my ping is 200", "A|unplayable"),
        ("A|that clutch was insane", "B|pure luck lol"),
        ("B|servers down again?", "A|maintenance till 6"),
        ("A|whats ur main", "B|sniper always"),
        ("B|need to grind xp tonight", "A|double xp weekend soon"),
        ("A|gg", "B|ggs"),
        ("A|that lobby was sweaty", "B|fr, zero bots"),
        ("B|lag is insane tonight", "A|server's in frankfurt again"),
        ("A|u unlock the new map yet?", "B|nah stuck on tier 40"),
        ("A|queue again?", "B|one more then food"),
        ("B|controller drifting again", "A|rip"),
        ("A|who mains support", "B|not me lol"),
        ("B|patch notes are out", "A|nerfed my gun ofc"),
    ),
    "adult": (
        ("A|How's your mum doing?", "B|Better, thanks for asking"),
        ("B|Finally finished that report", "A|Well done!"),
        ("A|Any plans for the bank holiday?", "B|DIY, sadly"),
        ("B|Kettle's on", "A|Lovely"),
        ("A|Sorry, signal's dreadful here", "B|Same on the train"),
        ("B|Have a good evening", "A|You too"),
        ("A|Did the parcel arrive?", "B|Yes this morning"),
        ("A|How was work?", "B|Long. Yours?"),
        ("B|Traffic was a nightmare", "A|Always is on a Friday"),
        ("A|Did you catch the game last night?", "B|Only the second half"),
        ("B|Sorry, slow reply, was in a meeting", "A|No worries"),
        ("A|Weather's turned", "B|Tell me about it"),
        ("A|Coffee first, then I'll reply properly", "B|😂 fair"),
        ("B|Bin day tomorrow, don't forget", "A|On it"),
        ("A|Running ten minutes behind", "B|No rush"),
    ),
    "family": (
        ("A|Did you brush your teeth", "B|yesss"),
        ("B|can i have a friend over sat", "A|Ask your dad"),
        ("A|Pray before you sleep", "B|ok ma"),
        ("B|i got a gold star in maths", "A|Proud of you!"),
        ("A|Wear your jumper it's cold", "B|ok"),
        ("B|is it pizza night", "A|Maybe 😄"),
        ("A|Water the plants please", "B|done"),
        ("A|Did you eat?", "B|Yes ma"),
        ("A|Grandma says hi", "B|hi grandma!!"),
        ("B|the dog ate my sock again", "A|Not again 🙈"),
        ("A|How was school today", "B|fine. we had PE"),
        ("A|Dentist Tuesday, remember", "B|ok"),
        ("A|God bless you anak", "B|love u too"),
        ("B|can we have tacos friday", "A|We'll see"),
        ("A|Take your coat, it's cold", "B|fineee"),
    ),
    "group": (
        ("C|Thanks for organising", "A|No problem"),
        ("D|Will it go ahead if it rains?", "A|Yes, indoor backup"),
        ("B|Apologies, we'll be a bit late", "A|That's fine"),
        ("C|Where's the nearest parking?", "D|Behind the library"),
        ("A|Reminder to label everything", "C|Will do"),
        ("D|Is there a toilet on site?", "A|Yes"),
        ("C|Thanks all", "D|👍"),
        ("A|Noted, thank you", "B|Cheers"),
        ("C|Sorry, who is this?", "A|It's Ola, Tayo's mum"),
        ("B|Can you resend the link please?", "A|Done"),
        ("D|Is the car park open on Sundays?", "A|Yes from 8"),
        ("C|Running late, start without me", "B|np"),
        ("D|Has anyone seen a blue water bottle?", "C|Lost property box"),
    ),
    "press": (
        ("A|don't play with me", "B|i'm not"),
        ("B|i can't do this", "A|u can"),
        ("A|ur wasting time", "B|i know"),
        ("B|i need to ask my brother", "A|no time for that"),
        ("A|u there", "B|pls i'm thinking"),
        ("A|reply", "B|i dont know what to do"),
        ("A|why u quiet now", "B|i'm scared"),
        ("A|answer me", "B|give me a sec"),
        ("A|hello??", "B|i'm here"),
        ("B|who even are u", "A|doesn't matter who"),
        ("A|i'm waiting", "B|please"),
        ("B|i can't breathe rn", "A|not my problem"),
    ),
    "ls": (
        ("B|kids in school now sir", "A|ok"),
        ("A|long day here", "B|rest well sir"),
        ("B|the power is back", "A|good"),
        ("A|hows your mother", "B|better po"),
        ("B|market is far today, jeep strike", "A|ah"),
        ("A|raining here too", "B|haha same sky"),
        ("B|sorry the phone low batt", "A|charge it"),
        ("A|hows the weather there", "B|rainy po, typhoon coming"),
        ("B|good morning sir", "A|morning"),
        ("A|you eat already?", "B|yes sir, rice and fish"),
        ("B|signal weak here", "A|ok"),
        ("A|busy week at work", "B|take care sir"),
        ("B|sorry late reply, brownout", "A|np"),
        ("A|did the roof get fixed", "B|not yet sir"),
    ),
}

# --- speaker styles ---------------------------------------------------------------------------

_ABBREV = (
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\btomorrow\b", "tmrw"),
    (r"\bbecause\b", "cos"),
    (r"\bthough\b", "tho"),
    (r"\btonight\b", "2nite"),
)
_EMOJI = ("😅", "🙂", "😂", "👀", "🙏", "✌️", "💯", "🥲")


def _typos(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 4 and word.isalpha() and rng.random() < 0.15:
            j = rng.randrange(len(word) - 1)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def _style(name: str) -> Callable[[str, random.Random], str]:
    def as_written(text: str, _rng: random.Random) -> str:
        return text

    def lower(text: str, _rng: random.Random) -> str:
        return text.lower().rstrip(".")

    def abbrev(text: str, _rng: random.Random) -> str:
        out = text.lower()
        for pattern, repl in _ABBREV:
            out = re.sub(pattern, repl, out)
        return out

    def typos(text: str, rng: random.Random) -> str:
        return _typos(text, rng)

    def emoji(text: str, rng: random.Random) -> str:
        return f"{text} {rng.choice(_EMOJI)}" if rng.random() < 0.4 else text

    def voice(text: str, rng: random.Random) -> str:
        spoken = re.sub(r"[!?.,]+", "", text.lower())
        return f"[voice note {rng.randint(3, 40)}s] {spoken}" if rng.random() < 0.5 else text

    return {
        "as_written": as_written,
        "lower": lower,
        "abbrev": abbrev,
        "typos": typos,
        "emoji": emoji,
        "voice": voice,
    }[name]


STYLES = ("as_written", "as_written", "lower", "abbrev", "typos", "emoji", "voice")

NAMES4 = (
    "Ifeoma",
    "Declan",
    "Marisol",
    "Tevita",
    "Aroha",
    "Bartek",
    "Siobhan",
    "Kwame",
    "Jolene",
    "Rafi",
    "Mei-Lin",
    "Osei",
    "Paulo",
    "Greta",
    "Imran",
    "Lottie",
    "Dara",
    "Yusuf",
    "Bea",
    "Hamish",
    "Nkechi",
    "Ruairi",
)

# A plan: the small-talk setting(s), the scripted groups, whether their order is free.
Plan = tuple[tuple[str, ...], list[Group], bool]

# --- grooming ---------------------------------------------------------------------------------


def _groom_stages(rng: random.Random) -> list[Group]:
    """The grooming steps the reference names, each an optional draw; order is the caller's."""
    return [
        _one(
            rng,
            ("A|wait how old r u actually|age", "B|14 in march|age"),
            ("A|what year r u in|age", "B|yr 9 unfortunately|age"),
            ("A|u still at primary or big school now|age", "B|big school, first year|age"),
            ("A|ur in 8th grade right? u said middle school|age", "B|ya 8th|age"),
            ("A|cuántos años tienes? sorry, how many years you have|age", "B|13|age"),
            ("A|which school, the one by the leisure centre?|age", "B|ye thats mine|age"),
            ("B|i'm only 12 btw is that ok|age", "A|age is just a number tbh|age"),
            ("A|theres like 7 years between us does that bother u|age", "B|nah|"),
        ),
        _some(
            rng,
            0.85,
            "A|ur honestly way more grown up than ppl my age|trust_isolation",
            ("A|ur parents just don't get u like i do|trust_isolation", "B|true"),
            "A|ur mates sound fake tbh, u deserve people who actually see u|trust_isolation",
            "A|i can tell u stuff i can't tell anyone. u get me|trust_isolation",
            "A|you're proper sound, not like the rest of them lot|trust_isolation",
            "A|ur mum's always on at u, i'd never treat u like that|trust_isolation",
            "A|tu es vraiment spéciale, really, not like other girls|trust_isolation",
        ),
        _some(
            rng,
            0.7,
            ("A|who's about at yours rn|supervision", "B|just me til 6, mums on lates|supervision"),
            (
                "A|does anyone go through ur phone|supervision",
                "B|nah dad doesnt know my code|supervision",
            ),
            ("A|laptop in ur room or downstairs|supervision", "B|my room|supervision"),
            (
                "A|can ur brother see ur screen from his bed|supervision",
                "B|he's asleep|supervision",
            ),
            ("A|ur door got a lock on it?|supervision", "B|ye why|"),
            ("B|house is empty til sunday 🙌|supervision", "A|nice, all to urself"),
        ),
        _some(
            rng,
            0.75,
            "A|keep this between us yeah|secrecy",
            "A|this stays in our chat ok? ppl would make it weird|secrecy",
            "A|if ur mum asks, i'm just someone from the game|secrecy",
            "A|don't mention me to ur mates, they'd only get jealous|secrecy trust_isolation",
            "A|nobody needs to know we talk, it's nicer that way|secrecy",
            "A|pinky promise this is our thing? 🤐|secrecy",
            "A|what ur folks dont know cant hurt em|secrecy",
            "A|ur parents wld overreact, lets not bring them into it|secrecy trust_isolation",
        ),
        _some(
            rng,
            0.55,
            "A|clear this chat after ok|deletion",
            "A|wipe our msgs before u sleep|deletion",
            "A|unsend that last one, better safe|deletion",
            "A|put disappearing messages on for us|deletion",
            "A|delete my last few, i was rambling|deletion",
        ),
        _some(
            rng,
            0.8,
            "A|snap me, jaxx.r09|platform_move",
            "A|go to the app where msgs vanish, same name as here|platform_move deletion",
            "A|my tg is @quietfox_2k, less nosy than this|platform_move",
            ("A|this app's laggy, u got telegram?|platform_move", "B|can get it"),
            "A|text me instead 07700 900412|platform_move",
            "A|hop on discord, i'll dm u the server invite|platform_move",
            "A|lets use signal its more private|platform_move secrecy",
            "A|mi whatsapp es 07700 900358, write me there|platform_move",
        ),
        _some(
            rng,
            0.75,
            ("A|send a pic so i know ur real|image_request", "B|u first lol"),
            "A|hop on cam for a sec|image_request",
            "A|show me ur fit today|image_request",
            "A|need a new one of u for my lockscreen 🥺|image_request",
            "A|wanna do a quick vid chat when ur free|image_request",
            "A|u never send me selfies :(|image_request",
            "A|can we facetime tonight, just us|image_request",
            "A|another one? last one was blurry|image_request",
            "A|prove ur not a catfish, pic holding 3 fingers|image_request",
        ),
        _some(
            rng,
            0.65,
            "A|i'll get u the battle pass this season|gifts_money",
            ("A|want 800 vbucks? just say|gifts_money", "B|omg fr?"),
            "A|i can top up ur phone if ur low|gifts_money",
            "A|sent u a £20 code, don't say where it came from|gifts_money secrecy",
            "A|i'll sort u that headset u wanted|gifts_money",
            "A|I send you robux, is my gift for you|gifts_money",
        ),
        _some(
            rng,
            0.55,
            "A|i'm gonna be in ur town sat, we should link|meeting",
            "A|i can pick u up from the bus station after skl|meeting",
            ("A|food court at 2 on saturday?|meeting", "B|maybe|"),
            "A|tell them ur at a mate's and i'll drive u|meeting secrecy",
            "A|there's a café by the station, just us two|meeting",
            "A|come chill at mine sometime, got the new console|meeting",
            "A|ich hole dich ab, I pick you up after training ok?|meeting",
        ),
        _some(
            rng,
            0.4,
            "A|u trust me right?|trust_isolation",
            "A|would u do anything for me if i asked nicely|trust_isolation",
        ),
    ]


def _grooming(scenario: str) -> Callable[[random.Random], Plan]:
    def script(rng: random.Random) -> Plan:
        openers: dict[str, tuple[Alt, ...]] = {
            "peer_gamer": (
                ("A|u carried that last round fr", "B|lol ty", "A|im 15 too btw, same as u"),
                ("A|add me for squads tmrw?", "B|ok", "A|ur aim is cracked"),
            ),
            "brand_scout": (
                (
                    "A|Hi! I scout for a sportswear page, your pics have real potential 📸"
                    "|trust_isolation",
                    "B|wait rly?",
                ),
                (
                    "A|We're looking for fresh faces for the summer shoot, you'd be perfect"
                    "|trust_isolation",
                    "B|omg",
                ),
            ),
            "older_friend": (
                ("A|saw u at the skatepark, ur the one with the green board", "B|haha yeah"),
                ("A|i'm the one who gave ur mate a lift last week", "B|oh ye"),
            ),
            "non_native": (
                (
                    "A|Hello my friend, I see your profile in game, you are very kind person"
                    "|trust_isolation",
                    "B|thanks",
                ),
                ("A|Sorry my english, I am from abroad. You have nice vibes", "B|np"),
            ),
            "voice_notes": (
                ("A|[voice note 0:14] heya just seeing how ur arvo went", "B|good ty"),
                ("A|[voice note 0:09] oi oi hows things", "B|alright"),
            ),
            "refuses_tells": (
                ("A|heyy remember me from the server", "B|kinda"),
                ("A|we talked in the art channel", "B|oh right"),
            ),
        }
        groups = [_one(rng, *openers[scenario])]
        stages = [g for g in _groom_stages(rng) if g]
        if scenario == "voice_notes":
            # Most of the adult's lines arrive as transcribed voice notes.
            stages = [
                [
                    (s, f"[voice note, transcript] {t.lower()}", f)
                    if s == "A" and rng.random() < 0.7
                    else (s, t, f)
                    for s, t, f in g
                ]
                for g in stages
            ]
        rng.shuffle(stages)
        groups.extend(stages)
        if scenario == "refuses_tells":
            groups.append(
                _one(
                    rng,
                    ("B|no i'm not doing that", "B|i'm showing my mum this chat", "A|whatever"),
                    ("B|that's weird. blocking u", "B|and i told my teacher"),
                    ("B|nah. my dad's reading this now btw", "A|ur lying"),
                )
            )
        return (("gamer", "teen") if scenario == "peer_gamer" else ("teen",)), groups, False

    return script


# --- sextortion -------------------------------------------------------------------------------


def _threat(rng: random.Random) -> Group:
    return _one(
        rng,
        "A|that pic u sent? kept it. one tap and every follower gets it|sextortion",
        "A|screenshotted ur friends list. ur mum, ur coach, that girl ellie. all of"
        " them|sextortion",
        "A|ur school's page is next if u ignore me|sextortion",
        "A|i go scatter your life, everybody go see am|sextortion",
        "A|gonna drop it in ur year group chat with ur full name|sextortion",
        "A|think about ur family opening it at breakfast|sextortion",
        "A|I have recording of our call. Is not good for you if it go out|sextortion",
        "A|your whole contact list gets a surprise tonight|sextortion",
        "A|you no pay, i go spoil your name for school|sextortion",
        "A|imagine ur coach getting this. and ur nan|sextortion",
    )


def _demand(rng: random.Random) -> Group:
    return _one(
        rng,
        "A|300 and it disappears|sextortion",
        "A|£150 and i wipe everything|sextortion",
        "A|$500. not negotiable|sextortion",
        "A|i want two 100 steam cards|sextortion",
        "A|get me 5000 robux worth of codes|sextortion",
        "A|send 0.01 btc and we're done|sextortion",
        "A|pay me and it stays between us|sextortion secrecy",
    )


def _deadline(rng: random.Random) -> Group:
    return _one(
        rng,
        "A|u got 30 mins|sextortion",
        "A|by 9pm or its out|sextortion",
        "A|clock's running ⏳ one hour|sextortion",
        "A|before midnight ur time|sextortion",
        "A|10 minutes. then i press send|sextortion",
    )


def _pay_how(rng: random.Random) -> Group:
    return _one(
        rng,
        "A|cashapp $Jbrx2209|sextortion",
        (
            "A|buy apple cards at the shop, scratch the back, send me a photo|sextortion"
            " image_request",
        ),
        "A|btc only 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa|sextortion",
        "A|western union to the name i give u, send the mtcn|sextortion",
        "A|gift the skins to my steam acc, trade link in my bio|sextortion",
        "A|paypal friends and family to payme@example.org|sextortion",
        "A|google play codes, 4 of them, type them here|sextortion",
        "A|usdt to the address i send next, trc20|sextortion",
    )


def _sextortion(scenario: str) -> Callable[[random.Random], Plan]:
    def script(rng: random.Random) -> Plan:
        rapport = [
            _one(
                rng,
                ("A|heyy u follow my cousin i think", "B|who's ur cousin"),
                ("A|saw u on jess's story 👀", "B|lol hi"),
                ("A|ur cute ngl|trust_isolation", "B|haha thx"),
            ),
            _some(
                rng,
                0.6,
                ("A|how old r u|age", "B|16|age"),
                ("A|u in college or still skl|age", "B|yr 11|age"),
            ),
            _some(
                rng,
                0.6,
                "A|add my snap its mia.xoxo44|platform_move",
                "A|insta's glitchy, go telegram @lil_mia_x|platform_move",
            ),
            _some(
                rng,
                0.7,
                ("A|trade pics?|image_request", "B|idk"),
                ("A|send one back, only fair|image_request", "B|ok"),
            ),
        ]
        turn = [_threat(rng), _demand(rng), _deadline(rng), _pay_how(rng)]
        replies = [
            _one(
                rng,
                "B|please dont",
                "B|i don't have that much",
                "B|i'm 15 i don't even have a card|age",
            ),
        ]
        groups: list[Group]
        if scenario == "rapport_turn":
            groups = [*rapport, *turn, *replies]
        elif scenario == "threat_first":
            groups = [
                rapport[0],
                _threat(rng),
                _g("B|what do u want"),
                _threat(rng),
                _demand(rng),
                _pay_how(rng),
                _deadline(rng),
                *replies,
            ]
        elif scenario == "second_account":
            groups = [
                *rapport,
                _threat(rng),
                _g("B|i blocked u?", "C|blocking dont help. pay what he said|sextortion"),
                _g(
                    rng.choice(
                        [
                            "C|£200 in gift cards before school|sextortion",
                            "C|same deal, 200, tonight|sextortion",
                        ]
                    )
                ),
                _pay_how(rng),
            ]
        elif scenario == "cold_open":
            groups = [
                _g(
                    "A|recognise these names? [screenshot of ur followers]|sextortion",
                    "B|who is this",
                ),
                _threat(rng),
                _demand(rng),
                _deadline(rng),
                *replies,
            ]
        elif scenario == "paid_raised":
            groups = [
                *rapport,
                *turn,
                _g(
                    "B|ok i sent it. now delete it",
                    "A|received. now another 200 or it still goes out|sextortion",
                ),
                _some(rng, 1.0, "A|u thought that was it? lol|", "A|price went up|sextortion"),
            ]
        elif scenario == "game_currency":
            groups = [
                _g("A|ggs, ur good at this", "B|ty"),
                _some(rng, 0.8, "A|lets move to discord, voice is better|platform_move"),
                _some(rng, 0.7, "A|cam on so i know ur not a bot|image_request"),
                _g("A|i screen recorded ur cam btw|sextortion"),
                _g("A|gift me 10k vbucks or ur friends list sees it|sextortion"),
                _deadline(rng),
                *replies,
            ]
        else:  # refuses_tells
            groups = [
                *rapport,
                _threat(rng),
                _demand(rng),
                _g(
                    rng.choice(
                        [
                            "B|no. i told my dad, he's phoning the police",
                            "B|not paying. reported u and my mum knows",
                        ]
                    ),
                    "A|u will regret|sextortion",
                ),
            ]
        return ("teen", "press"), [g for g in groups if g], False

    return script


# --- live-streaming (facilitator's and customer's side, logistics only) -------------------------


def _live_streaming(scenario: str) -> Callable[[random.Random], Plan]:
    def script(rng: random.Random) -> Plan:
        sched = _one(
            rng,
            (
                "A|can the little one do the call sat 9pm my time, so sunday morning"
                " yours?|live_streaming",
                "B|yes po 10am here ok, she wake early|live_streaming",
            ),
            (
                "A|same slot next week? tues 8pm london|live_streaming",
                "B|that's 3am here sir, make it 6am|live_streaming",
            ),
            (
                "A|when r the kids back from school, i want to book the usual|live_streaming",
                "B|after 4 here, so your morning|live_streaming",
            ),
        )
        age = _one(
            rng,
            ("A|how old is she now|age", "B|she turn 11 last month|age"),
            ("A|the boy still 9?|age", "B|yes 9 sir, grade 4|age"),
            ("B|my niece is 10 sir, very shy but ok|age live_streaming",),
        )
        price = _one(
            rng,
            (
                "A|same as before, 40 for 20 mins?|live_streaming",
                "B|50 sir, price go up|live_streaming",
            ),
            (
                "A|how much for the longer one|live_streaming",
                "B|2500 peso for 30 min|live_streaming",
            ),
            ("B|pay first then i set up cam|live_streaming",),
            ("A|is the private class still on sat, same fee?|live_streaming", "B|yes sir|"),
        )
        pay = _one(
            rng,
            "A|sent via remitly, ref 88231-KQ, usual name|live_streaming",
            "B|send to my gcash, same number as last time|live_streaming",
            (
                "B|did u send? i check palawan now|live_streaming",
                "A|control no 7712 0034 sent|live_streaming",
            ),
            "A|western union done, mtcn in next msg, put 'school fees'|live_streaming",
            ("B|here the receipt pic, pls confirm|live_streaming",),
        )
        help_ = _one(
            rng,
            "B|sir can u help us for rice this week, even 1500|gifts_money live_streaming",
            "B|the baby is sick, hospital need 3000, i do extra show for u|gifts_money"
            " live_streaming",
            "B|school project money po, pls help, then call tonight|gifts_money live_streaming",
            "B|landlord here sir, need 2000 today, call can be tonight|gifts_money live_streaming",
        )
        groups: list[Group] = [
            _g(rng.choice(["B|hello sir long time", "A|hi, you there?", "B|good evening po"])),
            sched,
            age,
            price,
            pay,
        ]
        if scenario in ("help_first", "regular"):
            groups.insert(1, help_)
        if scenario == "others_offered":
            groups.append(
                _one(
                    rng,
                    "B|my cousin can join also, she is younger|live_streaming",
                    "B|i have another girl now if u want, 12|age live_streaming",
                )
            )
        if scenario == "app_move":
            groups.insert(
                1,
                _one(
                    rng,
                    "A|not here, this app watches. skype? my id is gray_owl_77|platform_move",
                    "A|move to the blue video app, i send u my number 07700 900617|platform_move",
                ),
            )
        groups.append(
            _some(
                rng,
                0.6,
                "A|make sure no one else in the house during|supervision live_streaming",
                "A|camera on her not on u when i ring|image_request live_streaming",
            )
        )
        groups.append(
            _some(
                rng,
                0.5,
                "A|delete the receipts after|deletion",
                "A|don't tell her mother about our arrangement|secrecy",
            )
        )
        if scenario == "regular":
            groups.append(
                _g("A|same every friday from now, i pay weekly|live_streaming", "B|ok sir thank u|")
            )
        if scenario == "timezone":
            groups.append(
                _g("B|daylight saving change, so now 7am here not 6|live_streaming", "A|noted|")
            )
        return ("ls",), [g for g in groups if g], False

    return script


RISKY_SCENARIOS: dict[str, dict[str, Callable[[random.Random], Plan]]] = {
    "grooming": {
        s: _grooming(s)
        for s in (
            "peer_gamer",
            "brand_scout",
            "older_friend",
            "non_native",
            "voice_notes",
            "refuses_tells",
        )
    },
    "sextortion": {
        s: _sextortion(s)
        for s in (
            "rapport_turn",
            "threat_first",
            "second_account",
            "cold_open",
            "paid_raised",
            "game_currency",
            "refuses_tells",
        )
    },
    "live_streaming": {
        s: _live_streaming(s)
        for s in ("scheduled", "help_first", "regular", "others_offered", "app_move", "timezone")
    },
}


# --- hard-benign kinds ------------------------------------------------------------------------
# Each kind: the small-talk settings, then steps (probability, alternatives), in order.

Step = tuple[float, tuple[Alt, ...]]
BenignSpec = tuple[tuple[str, ...], tuple[Step, ...]]

BENIGN: dict[str, BenignSpec] = {
    "parent_home": (
        ("family",),
        (
            (
                1.0,
                (
                    (
                        "A|You home yet?|supervision",
                        "B|yeah just me, dad's not back till 7|supervision",
                    ),
                    ("A|Is anyone in with you?|supervision", "B|nope, empty house|supervision"),
                    ("B|home. nobody here|supervision", "A|Ok lock the door love"),
                ),
            ),
            (
                0.7,
                (
                    "A|Send me a pic of the hob so I know it's off|image_request",
                    "A|Can you video call me quick, want to show you where the fuse box"
                    " is|image_request",
                ),
            ),
            (
                0.6,
                (
                    "A|Don't open the door to anyone, courier can leave it",
                    "A|Lasagne in the fridge, 40 mins",
                ),
            ),
            (
                0.5,
                (
                    "A|Don't tell your brother about the cake, it's for his birthday|secrecy",
                    "B|can i go to Ruby's after? her mum's picking us up|meeting",
                ),
            ),
            (0.4, ("A|Leaving work now, 20 mins", "A|Did you feed the cat")),
        ),
    ),
    "class_trip": (
        ("group",),
        (
            (
                1.0,
                (
                    "A|Reminder: Year 5 trip to Heaton Park this Thursday, packed lunch please",
                    "A|Hi all, Year 3 are off to the botanic gardens on the 12th",
                ),
            ),
            (
                0.8,
                (
                    "A|£8.50 by Wednesday on the school app please, otherwise we can't take"
                    " them|sextortion",
                    "A|Payment via ParentPay, ref TRIP-surname, deadline Monday|sextortion",
                ),
            ),
            (
                0.6,
                (
                    (
                        "C|Does Amira need a child ticket? she's 10|age",
                        "A|Yes under 11s are child rate",
                    ),
                    "D|Josh is only 7 so can he have a buddy?|age",
                ),
            ),
            (
                0.7,
                (
                    "A|Drop off 8.30 at the main gate, back by 3.15|meeting",
                    "A|Meet in the hall at 8.45 sharp please|meeting",
                ),
            ),
            (
                0.5,
                (
                    "A|Please send a photo of the signed consent slip if you've lost the paper"
                    " one|image_request",
                    "C|Will there be photos on the class page?",
                ),
            ),
            (0.5, ("B|Is sun cream needed?", "C|Can I volunteer as a helper? DBS is current")),
        ),
    ),
    "friends_secret": (
        ("teen",),
        (
            (
                1.0,
                (
                    "A|DON'T tell maya about saturday 🤫|secrecy",
                    "A|shhh surprise party for dev, keep it quiet|secrecy",
                    "A|u didnt hear it from me but lou got into the team|secrecy",
                ),
            ),
            (
                0.6,
                (
                    "A|delete this once ur done she reads my phone lol|deletion",
                    "B|unsend that she's sitting next to me 😭|deletion",
                ),
            ),
            (
                0.7,
                (
                    "B|everyone chipping in a fiver for her present?|gifts_money",
                    "A|i'll get the balloons if u get the card",
                ),
            ),
            (
                0.7,
                (
                    "A|meet at the bowling place 4ish|meeting",
                    "B|bus stop by the library at 3?|meeting",
                ),
            ),
            (
                0.4,
                (
                    "B|made a new gc without her, check insta|platform_move",
                    "A|hide the group chat from her lol",
                ),
            ),
        ),
    ),
    "marketplace": (
        ("adult",),
        (
            (
                1.0,
                (
                    "A|Hi is the bike still available?",
                    "A|Hello, interested in the PS5, still for sale?",
                ),
            ),
            (
                0.8,
                (
                    "B|Yes. Only payment by amazon gift card sorry|sextortion",
                    "B|I'll need it paid by 6pm or it goes to the next buyer|sextortion",
                ),
            ),
            (
                0.6,
                (
                    "B|Send a pic of the back of the card with the code|image_request sextortion",
                    "A|Can you send a photo of the serial number?|image_request",
                ),
            ),
            (
                0.6,
                (
                    "B|WhatsApp me on 07700 900233 easier|platform_move",
                    "A|Text me on 07700 900871|platform_move",
                ),
            ),
            (
                0.7,
                (
                    "A|Can I collect Sat morning? Petrol station car park?|meeting",
                    "B|Meet outside the big Tesco at 11|meeting",
                ),
            ),
            (0.4, ("A|Sorry, gift card sounds odd, cash only for me", "A|Would you take £80?")),
        ),
    ),
    "dating_adults": (
        ("adult",),
        (
            (
                1.0,
                (
                    (
                        "A|How old are you btw? profile says 29|age",
                        "B|31 actually, haven't updated it",
                    ),
                    ("B|Do you mind me asking your age?|age", "A|36, you?"),
                ),
            ),
            (
                0.7,
                (
                    "A|You've got a lovely smile|trust_isolation",
                    "B|You seem really genuine, refreshing on here|trust_isolation",
                ),
            ),
            (
                0.6,
                (
                    "A|Move to whatsapp? This app eats my messages|platform_move",
                    "B|My insta is @b.walks.dogs|platform_move",
                ),
            ),
            (0.5, ("B|Quick video call before we meet? Safety first 😊|image_request",)),
            (
                0.8,
                (
                    "A|Drinks Friday at the wine bar on Castle St?|meeting",
                    "B|Coffee Sunday at 11, somewhere public?|meeting",
                ),
            ),
            (
                0.3,
                (
                    "B|I'll tell my flatmate where I'm going, hope that's ok",
                    "A|Of course, sensible",
                ),
            ),
        ),
    ),
    "gamers": (
        ("gamer",),
        (
            (1.0, ("A|carry me pls", "B|need one more for ranked")),
            (
                0.6,
                (
                    "A|gift me the skin and i'll owe u|gifts_money",
                    "B|i'll buy u the battle pass for ur bday|gifts_money",
                ),
            ),
            (
                0.6,
                (
                    "A|join the discord, link in pins|platform_move",
                    "B|my psn is gr1mfox_77 add me|platform_move",
                ),
            ),
            (
                0.5,
                (
                    "A|turn ur cam on for the stream?|image_request",
                    "B|facecam or no facecam tonight|image_request",
                ),
            ),
            (0.5, ("A|wait ur 12?? go to bed lmao|age", "B|how old r u even|age")),
            (
                0.4,
                (
                    "A|keep the strat secret from the other team|secrecy",
                    "A|don't tell anyone the glitch lol|secrecy",
                ),
            ),
        ),
    ),
    "grandparent_call": (
        ("family",),
        (
            (
                1.0,
                (
                    "A|Turn the camera on love, I can only see the ceiling|image_request",
                    "A|Your face has frozen again, is the video on?|image_request",
                ),
            ),
            (0.7, ("A|How old is Leo now, 8?|age", "B|Nana I'm 9 now!!|age")),
            (
                0.6,
                (
                    "A|I've put £10 in a card for you|gifts_money",
                    "A|Grandad is sending money for your new bike|gifts_money",
                ),
            ),
            (0.5, ("A|Don't tell your mum I gave you sweets 😉|secrecy",)),
            (
                0.6,
                (
                    "A|Video call Sunday 4pm your time, that's 11pm here in Perth|live_streaming"
                    " image_request",
                    "A|Let's ring at 9 my morning, your evening?|live_streaming",
                ),
            ),
            (0.4, ("B|Is Grandad there?", "A|He's at bowls")),
        ),
    ),
    "tutoring": (
        ("adult",),
        (
            (
                1.0,
                (
                    "A|Hi, confirming Tuesday's session at 5|",
                    "A|Good evening, can we move Thursday to 6?",
                ),
            ),
            (
                0.6,
                (
                    "B|Paid £30 by bank transfer, ref MATHS-OMAR|live_streaming",
                    "B|I paid for the session through gcash, ref 55213|live_streaming",
                ),
            ),
            (
                0.6,
                (
                    "A|Please have your camera on so I can see the working|image_request",
                    "A|Send me a photo of question 4 before we start|image_request",
                ),
            ),
            (0.6, ("B|He's in Year 10, doing higher paper|age", "A|Which year is she in?|age")),
            (
                0.4,
                (
                    "A|Is a parent around during the lesson? It's our policy|supervision",
                    "B|I'll be in the next room throughout|supervision",
                ),
            ),
            (
                0.5,
                (
                    "A|Here's the Zoom link for next week|platform_move",
                    "A|Add me on Teams, tutor@example.org|platform_move",
                ),
            ),
        ),
    ),
    "family_remittance": (
        ("family",),
        (
            (
                1.0,
                (
                    "A|Sent 5000 thru gcash ref 10933 for the tuition anak|live_streaming",
                    "A|Remitted $200 via Western Union, tracking no. in the next msg, for school"
                    " fees|live_streaming",
                ),
            ),
            (
                0.7,
                (
                    "A|Video call tonight 8pm there, 1pm here in Dubai|live_streaming"
                    " image_request",
                    "B|can we call at 7 my time ma?|live_streaming",
                ),
            ),
            (
                0.6,
                (
                    "A|Turn on the camera anak I miss your face|image_request",
                    "A|Show me the new uniform on cam|image_request",
                ),
            ),
            (
                0.6,
                (
                    "A|Your sister is 12 now, she needs bigger shoes|age",
                    "B|Kuya is in grade 10 already|age",
                ),
            ),
            (
                0.4,
                (
                    "B|Tita said the roof needs fixing, can you help?|gifts_money",
                    "A|I will send extra for the medicine|gifts_money",
                ),
            ),
        ),
    ),
    "safety_talk": (
        ("family",),
        (
            (
                1.0,
                (
                    "A|If anyone ever messages 'pay me or I send it to your followers', you come"
                    " straight to me|sextortion",
                    "A|They usually go 'you've got an hour' to panic you. That's the"
                    " trick|sextortion",
                ),
            ),
            (
                0.7,
                (
                    "A|Another red flag is 'let's go on snap instead'|platform_move",
                    "A|Someone saying 'don't tell your parents' is the biggest warning|secrecy",
                ),
            ),
            (
                0.6,
                (
                    "A|You're 14, none of it would ever be your fault|age",
                    "B|a boy in year 10 had that happen|age",
                ),
            ),
            (
                0.6,
                (
                    "A|And never pay. Screenshot, block, report|",
                    "B|what if they say they'll tell everyone|sextortion",
                ),
            ),
            (0.4, ("A|Even 'turn your camera on' from a stranger, just leave|image_request",)),
        ),
    ),
    "sports_club": (
        ("group",),
        (
            (
                1.0,
                (
                    "A|U13s training Tuesday 6pm, astro pitch",
                    "A|U15 girls match moved to 10am Sunday",
                ),
            ),
            (
                0.8,
                (
                    "A|Subs £20 by Friday to the club account, ref surname please|sextortion",
                    "A|Kit money due by the 3rd via the club app|sextortion",
                ),
            ),
            (
                0.7,
                (
                    (
                        "C|Can anyone give Ollie a lift? He's 11 and I'm on shift|age meeting",
                        "D|I can, pick up 5.40",
                    ),
                    "D|Meet at the clubhouse 9am for the coach|meeting",
                ),
            ),
            (
                0.5,
                (
                    "A|Please send a photo of the birth certificate for league"
                    " registration|image_request",
                    "C|Any photos from Saturday? Missed it",
                ),
            ),
            (0.4, ("A|Well done all, great effort", "B|Ref was shocking")),
        ),
    ),
    "flatmate_debt": (
        ("adult",),
        (
            (1.0, ("A|You still owe £240 for the bills", "A|Mate, the electric money?")),
            (
                0.8,
                (
                    "A|Pay by Friday or I'm telling the landlord|sextortion",
                    "A|Need it by payday, 28th, no more excuses|sextortion",
                ),
            ),
            (
                0.6,
                (
                    "A|Monzo me, same details as before|sextortion",
                    "B|Can I pay half now half next week?",
                ),
            ),
            (0.5, ("B|Don't tell Jess I'm behind, it's embarrassing|secrecy",)),
            (
                0.4,
                (
                    "B|Send me a screenshot of the bill?|image_request",
                    "A|Photo of the meter reading attached|",
                ),
            ),
        ),
    ),
    "babysitting": (
        ("family",),
        (
            (
                1.0,
                (
                    "A|mum's out till 11 so it's just us|supervision",
                    "B|are mum and dad gone yet?|supervision",
                ),
            ),
            (
                0.7,
                (
                    "A|don't tell mum we had pizza again|secrecy",
                    "B|pinky promise not to tell about the film|secrecy",
                ),
            ),
            (0.5, ("B|delete that photo of me asleep lol|deletion",)),
            (
                0.6,
                (
                    "A|Leo's 6, he can't stay up for the whole film|age",
                    "B|Mia is only 4 right?|age",
                ),
            ),
            (0.5, ("A|send me a pic of the monitor, is she asleep?|image_request",)),
        ),
    ),
    "coach_lift": (
        ("group",),
        (
            (1.0, ("A|Away at Rovers Saturday, need drivers", "A|Tournament in Leeds on the 9th")),
            (
                0.8,
                (
                    "A|I can pick up Sam at 7.45 from the leisure centre|meeting",
                    "C|Can someone take Kayden? I'll meet you at the ground|meeting",
                ),
            ),
            (
                0.6,
                (
                    "C|Sam's 12 so needs a booster seat still|age",
                    "A|Is Ella under 12? booster rules|age",
                ),
            ),
            (0.5, ("D|Fuel money £5 each appreciated|gifts_money",)),
            (0.4, ("A|Text me on 07700 900144 on the day|platform_move",)),
        ),
    ),
    "news_story": (
        ("adult",),
        (
            (
                1.0,
                (
                    "A|Did you read about that gang that targeted teenage boys?",
                    "A|Awful story in the paper today",
                ),
            ),
            (
                0.8,
                (
                    "B|They told the lad 'you've got an hour to pay or your family sees"
                    " it'|sextortion",
                    "A|Demanded £500 in gift cards apparently|sextortion",
                ),
            ),
            (0.6, ("B|Moved him off Instagram onto some other app first|platform_move",)),
            (0.6, ("A|The boy was only 16|age",)),
            (0.4, ("B|Glad ours talk to us", "A|Going to show ours the article")),
        ),
    ),
    "safety_quiz": (
        ("group",),
        (
            (1.0, ("A|Online safety quiz! Q1 in 5 mins", "A|Right class, quiz time")),
            (
                0.8,
                (
                    "A|Q2: someone says 'keep this between us'. Red flag?|secrecy",
                    "A|Q3: 'what school do you go to?' from a stranger. Answer?|age",
                ),
            ),
            (
                0.7,
                (
                    "A|Q4: 'turn your camera on for me'. What do you do?|image_request",
                    "A|Q5: 'add me on another app'. Safe or not?|platform_move",
                ),
            ),
            (0.6, ("A|Q6: 'I'll post it unless you pay by tonight'. Who do you tell?|sextortion",)),
            (0.5, ("B|tell a trusted adult", "C|block and report")),
        ),
    ),
    "streamer_sponsor": (
        ("adult",),
        (
            (
                1.0,
                (
                    "A|Hi, we'd love to sponsor your channel",
                    "A|Brand deal enquiry for your streams",
                ),
            ),
            (
                0.7,
                (
                    "A|Stream Saturday 8pm EST, that's 1am for you in the UK?|live_streaming",
                    "B|I go live 7pm CET, so noon your time|live_streaming",
                ),
            ),
            (
                0.6,
                (
                    "A|$300 per stream, invoice by the 30th|",
                    "A|Paid via PayPal, ref SPONSOR-Q3|live_streaming",
                ),
            ),
            (0.6, ("A|Send a pic of your setup with the headset in shot|image_request",)),
            (0.5, ("A|DM me on discord, same name|platform_move",)),
            (0.4, ("C|how old are u|age", "B|I'm 27 lol")),
        ),
    ),
    "landlord_rent": (
        ("adult",),
        (
            (1.0, ("A|Rent is overdue", "A|Reminder about this month")),
            (
                0.8,
                (
                    "A|£750 by Friday 5pm or I start the eviction notice|sextortion",
                    "A|Pay by the 1st, sort code on the tenancy, ref flat 3|sextortion",
                ),
            ),
            (0.6, ("A|Send a screenshot of the transfer|image_request",)),
            (0.6, ("A|I'll come Saturday to look at the boiler|meeting",)),
            (0.4, ("B|Sorry, payday delayed", "B|Paid, should clear tomorrow")),
        ),
    ),
    "guild_fundraiser": (
        ("gamer",),
        (
            (
                1.0,
                ("A|guild charity stream this weekend!", "A|raising for the children's hospital"),
            ),
            (0.7, ("A|donate via the link by Sunday night, target $500|sextortion",)),
            (0.6, ("B|i'll gift 5 subs|gifts_money",)),
            (0.6, ("A|cam on for the 24h stream pls|image_request",)),
            (0.5, ("A|our youngest member is 13 so keep chat clean|age",)),
            (0.4, ("A|join the discord for schedule|platform_move",)),
        ),
    ),
    "youth_trip": (
        ("group",),
        (
            (1.0, ("A|Youth group trip to the lakes, forms out", "A|Summer camp info below")),
            (0.8, ("A|Deposit £50 by Wednesday, ref TRIP-surname|sextortion",)),
            (0.6, ("A|Please send a photo of the permission slip|image_request",)),
            (0.6, ("A|Pick up at the church car park 7am|meeting",)),
            (0.5, ("C|Freya is 12, can she share with her cousin?|age",)),
        ),
    ),
    "helpline_report": (
        ("adult",),
        (
            (
                1.0,
                (
                    "B|someone said they'd send my pic to my friends unless i paid|sextortion",
                    "B|i got a message saying pay £200 or they post it|sextortion",
                ),
            ),
            (0.7, ("B|they wanted steam cards by 10pm|sextortion",)),
            (
                0.7,
                ("A|Thanks for telling us. How old are you? You don't have to say|age", "B|15|age"),
            ),
            (0.5, ("B|they told me to delete the chat|deletion",)),
            (
                0.7,
                (
                    "A|You've done the right thing. Don't pay, keep the messages",
                    "A|We can help you report the account",
                ),
            ),
        ),
    ),
    "portrait_session": (
        ("adult",),
        (
            (
                1.0,
                (
                    "A|Thanks for booking a family portrait!",
                    "A|Hi, saw your autumn mini-sessions advert",
                ),
            ),
            (0.7, ("A|How old are the kids, for props?|age", "B|7 and 10|age")),
            (
                0.7,
                (
                    "A|£80 deposit by Thursday to secure the slot, bank ref"
                    " PORTRAIT-Khan|sextortion",
                ),
            ),
            (0.6, ("A|Send me a photo of the outfits you're thinking|image_request",)),
            (0.6, ("A|Studio is 14 Mill Lane, 10am|meeting",)),
        ),
    ),
    "esports_travel": (
        ("gamer",),
        (
            (1.0, ("A|Flights to Cologne confirmed", "A|LAN travel plan below")),
            (0.6, ("A|Jay is 16 so we need his parent's consent letter|age",)),
            (0.6, ("A|Move to the team discord for travel stuff|platform_move",)),
            (0.5, ("A|Per diem sent by PayPal, 30 a day|gifts_money",)),
            (0.6, ("A|Hotel lobby 8am sharp|meeting",)),
            (0.5, ("A|Cam check before scrims|image_request",)),
        ),
    ),
    "pen_pals": (
        ("group",),
        (
            (1.0, ("A|Our Year 4s loved the letters!", "A|The class enjoyed the postcards")),
            (0.7, ("A|Video call between classes Tuesday 9am yours, 4pm ours?|live_streaming",)),
            (0.6, ("A|Could you turn the camera to the kids so they can wave?|image_request",)),
            (0.5, ("B|Please don't share surnames, school policy", "B|Photos only with consent")),
        ),
    ),
    # Kinds new in this set.
    "scout_camp": (
        ("group",),
        (
            (
                1.0,
                (
                    "A|Camp kit list: sleeping bag, torch, wellies, waterproof, mess tin",
                    "A|Reminder: Cubs camp 14-16 June at Gilwell",
                ),
            ),
            (
                0.8,
                (
                    "A|Camp fee £45 by Friday via OSM, ref CAMP-surname|sextortion",
                    "A|Medical forms and payment by the 1st please or we can't take"
                    " them|sextortion",
                ),
            ),
            (
                0.6,
                (
                    "C|Is Noah old enough? He turns 8 in July|age",
                    "A|Is Priya 10 yet? She could move up to Scouts|age",
                ),
            ),
            (
                0.6,
                ("A|No phones at camp. Parents can ring the leader on 07700 900511|platform_move",),
            ),
            (0.6, ("A|Pick up Sunday 3pm at the scout hut|meeting",)),
            (0.5, ("A|Please send a photo of the inhaler prescription label|image_request",)),
            (0.4, ("D|Does he need a penknife?", "A|Not for Beavers!")),
        ),
    ),
    "new_number_scam": (
        ("adult",),
        (
            (
                1.0,
                (
                    "A|Hi Mum it's me, dropped my phone, this is my new number",
                    "A|hey dad new number, old one's broken, save this",
                ),
            ),
            (
                0.8,
                (
                    "A|can you pay a bill for me, £680, needs to go today|sextortion",
                    "A|can you send £450 to this account, I'll pay you back tomorrow|sextortion",
                ),
            ),
            (0.6, ("A|sort code 00-00-00, ref LOAN, thanks so much|sextortion",)),
            (0.5, ("A|don't tell dad yet he'll go mad|secrecy",)),
            (
                0.5,
                (
                    "B|Send me a selfie first so I know it's you|image_request",
                    "B|Call me then, I want to hear your voice|image_request",
                ),
            ),
            (0.5, ("B|What's the dog's name?", "B|I'm ringing your old number")),
        ),
    ),
    "talent_audition": (
        ("adult",),
        (
            (
                1.0,
                (
                    "A|Thanks for registering Ava with Starling Kids Agency",
                    "A|Hello, we'd like to see Zain for a TV advert",
                ),
            ),
            (
                0.7,
                (
                    "B|Ava is 9, headshots attached|age",
                    "A|Can you confirm Zain's age for the licence?|age",
                ),
            ),
            (
                0.6,
                (
                    "A|Audition Saturday 11am, Studio 3, a parent must stay throughout|meeting"
                    " supervision",
                ),
            ),
            (0.6, ("A|Please send a recent photo and a 30 second self-tape|image_request",)),
            (
                0.5,
                (
                    "A|Remote audition 4pm UK / 11am New York, casting director on"
                    " camera|live_streaming",
                ),
            ),
            (0.5, ("A|We never charge to audition. Anyone asking for fees isn't us",)),
        ),
    ),
    "visa_fee": (
        ("family", "group"),
        (
            (
                1.0,
                (
                    "A|Aunty Bisi's visa appointment is confirmed 🙏",
                    "A|Family meeting about Aunty's visa",
                ),
            ),
            (0.8, ("A|Fee $185 must be paid by the 14th or the slot goes|sextortion",)),
            (
                0.7,
                (
                    "C|I'll send my share via Wise, ref VISA-BISI|live_streaming sextortion",
                    "D|Sent 40k naira through the remittance app, ref 77412|live_streaming",
                ),
            ),
            (0.6, ("A|Scan of her passport photo page please|image_request",)),
            (0.5, ("C|Her son is 15 so he needs his own form|age",)),
            (0.5, ("A|Video call with the agent 9am Lagos time, 8am London|live_streaming",)),
        ),
    ),
    "esafety_followup": (
        ("group",),
        (
            (
                1.0,
                (
                    "A|Following today's e-safety assembly for Year 8, a few notes",
                    "A|Dear parents, thank you for coming to the online safety evening",
                ),
            ),
            (
                0.8,
                ("A|We discussed messages like 'I have your pics, pay or I post them'|sextortion",),
            ),
            (
                0.6,
                (
                    "A|Also 'let's chat on another app' and 'is anyone home?'|platform_move"
                    " supervision",
                ),
            ),
            (0.6, ("A|Flattery like 'you're so mature' is a common first step|trust_isolation",)),
            (0.5, ("C|My son is 12 and already has snapchat, is that ok?|age",)),
            (0.4, ("D|Thank you, very useful", "A|Slides are on the school website")),
        ),
    ),
}


# More wordings for some steps (step index -> extra alternatives), so that twenty
# conversations of one kind do not repeat the same lines.
MORE: dict[str, dict[int, tuple[Alt, ...]]] = {
    "parent_home": {
        0: (
            ("A|r u back from skl?|", "B|ye, on my own till 5|supervision"),
            ("A|Anybody else in?|supervision", "B|only the dog lol|supervision"),
        ),
        1: ("A|Facetime me when you're in, want to see the leak under the sink|image_request",),
        3: ("A|Not a word to Gran about the party, it's a surprise|secrecy",),
    },
    "class_trip": {
        1: ("A|Contribution of £6 by Friday please, cash in envelope, name on front|sextortion",),
        2: ("C|Kemi is 9, does she need a booster on the coach?|age",),
        3: ("A|Coach leaves from the side gate 8.15, don't be late|meeting",),
    },
    "friends_secret": {
        0: (
            "B|swear down u won't tell anyone i fancy him|secrecy",
            "A|ok this is between us two only, ben is moving to australia|secrecy",
        ),
        1: ("A|wipe the chat pls, my sis goes thru my phone|deletion",),
        3: ("B|see u at the park gates after school?|meeting",),
    },
    "marketplace": {
        1: (
            "B|Steam cards only, £60, by tonight|sextortion",
            "B|Pay by bank transfer before 5, ref your name, or next buyer|sextortion",
        ),
        4: ("B|Collect from mine, 22 Elm Rd, after 6|meeting",),
    },
    "dating_adults": {
        0: (("A|Are you really 25? You look younger in pic 3|age", "B|Ha, 25 I promise"),),
        2: ("A|I'm @tomasz.runs on insta if easier|platform_move",),
        4: ("A|Fancy a walk by the river Saturday afternoon?|meeting",),
    },
    "gamers": {
        1: ("B|can u lend me 500 gems, i'll pay back friday|gifts_money",),
        3: ("B|send a pic of ur setup|image_request",),
        4: ("A|bro what year r u in, u sound like 10|age",),
    },
    "grandparent_call": {
        0: (
            "A|Darling your camera's pointing at the ceiling, I can only see the"
            " lamp|image_request",
        ),
        2: ("A|There's a little something in your birthday card from us|gifts_money",),
        4: (
            "A|Call us Saturday, it's morning for you and bedtime for us in"
            " Auckland|live_streaming",
        ),
    },
    "tutoring": {
        1: ("B|Transfer done through the app, reference TUITION-MAY|live_streaming",),
        3: ("B|Lena's in Year 6, sitting her 11+ in September|age",),
    },
    "family_remittance": {
        0: ("A|Padala sent via Cebuana, ctrl no in next msg, pang-enroll ni bunso|live_streaming",),
        4: ("B|ma the water bill came, can you send a bit extra?|gifts_money",),
    },
    "safety_talk": {
        0: (
            "A|Some say 'I'll tag your school unless you send £100 in cards'. Never pay|sextortion",
        ),
        1: (
            "A|Or 'you're more mature than your friends' - flattery is how they"
            " start|trust_isolation",
        ),
    },
    "sports_club": {
        1: ("A|Tournament fee £12 via the app by Weds or they can't play|sextortion",),
        2: ("C|Aisha's 10, can she train up with the U12s?|age",),
    },
    "flatmate_debt": {
        1: ("A|If the gas money's not in by Sunday I'm changing the wifi password|sextortion",),
        2: ("A|Revolut me @dan-example, by tonight ideally|sextortion",),
    },
    "babysitting": {
        0: ("B|is anyone else home or just us?|supervision",),
        2: ("A|delete the video of me falling off the sofa 😭|deletion",),
    },
    "news_story": {
        1: ("A|Report says the gang gave him until midnight and asked for bitcoin|sextortion",),
        3: ("B|He was 15, in year 11 at the local academy|age",),
    },
    "safety_quiz": {
        1: ("A|Q2b: 'is anyone in the house with you right now?' Why ask that?|supervision",),
        2: ("A|Q4b: 'delete our chat after'. What's going on?|deletion",),
    },
    "landlord_rent": {
        1: ("A|Arrears £1,200. Pay by Monday or it goes to the agent|sextortion",),
        3: ("A|Plumber coming Tuesday 10am, please be in|meeting",),
    },
    "helpline_report": {
        0: ("B|an account said it would tag my school in a post unless i sent money|sextortion",),
        3: ("B|then a second account messaged saying pay what he said|sextortion",),
    },
    "scout_camp": {
        0: ("A|Kit: roll mat, spare socks x3, named water bottle, NO sweets in tents",),
        3: ("A|Emergency contact on camp: Baloo's mobile 07700 900562|platform_move",),
    },
    "new_number_scam": {
        0: ("A|Hiya mam, phone went in the bath 🙈 new number x",),
        1: ("A|My banking app's locked, can you cover rent till Friday? £900|gifts_money",),
    },
    "talent_audition": {
        1: ("B|Zain is 11 and in Year 7 at Oakfield|age",),
        3: ("A|A natural headshot please, no filters, and one full length|image_request",),
    },
    "visa_fee": {
        1: ("A|Embassy says biometric fee before the 20th or rebook|sextortion",),
        3: ("D|Send a photo of the bank receipt so we can attach it|image_request",),
    },
    "esafety_followup": {
        1: (
            "A|e.g. 'you've got 1 hour, send the gift card codes or it goes to your"
            " class'|sextortion",
        ),
        2: ("A|and 'delete this chat so your mum doesn't see'|deletion secrecy",),
    },
}


def _benign_plan(kind: str, rng: random.Random) -> Plan:
    settings, steps = BENIGN[kind]
    extra = MORE.get(kind, {})
    groups = [_some(rng, prob, *alts, *extra.get(i, ())) for i, (prob, alts) in enumerate(steps)]
    return settings, [g for g in groups if g], False


# --- rendering --------------------------------------------------------------------------------


def _render(
    plan: Plan,
    rng: random.Random,
    label: str,
    kind: str,
    number: int,
) -> LabelledConversation:
    settings, groups, _ordered = plan
    beats: list[Beat] = []
    seen: set[str] = set()
    scripted: list[Group] = []
    for group in groups:
        kept = [b for b in group if b[1] not in seen]
        seen.update(b[1] for b in kept)
        if kept:
            scripted.append(kept)
    labelled = sum(1 for g in scripted for b in g if b[2])
    scripted_lines = sum(len(g) for g in scripted)
    low = max(MIN_MESSAGES, 2 * labelled + 2, scripted_lines + 2)
    target = rng.randint(low, max(low, min(MAX_MESSAGES, low + rng.choice((6, 15, 30, 45, 60)))))
    # Small-talk exchanges (each used at most once) fill the gaps between the scripted groups.
    # In a sextortion plan ("press"), the gaps after the turn get the extorter pressing.
    turn = len(scripted) + 1
    if "press" in settings:
        turn = next(
            (i for i, g in enumerate(scripted) if any("sextortion" in b[2] for b in g)),
            len(scripted),
        )
    calm = [e for s in settings if s != "press" for e in SMALL[s]]
    spare_generic = list(GENERIC)
    rng.shuffle(spare_generic)
    calm += spare_generic[: rng.randint(0, len(spare_generic))]
    press = list(SMALL["press"]) if "press" in settings else calm
    rng.shuffle(calm)
    rng.shuffle(press)
    gaps: list[list[Beat]] = [[] for _ in range(len(scripted) + 1)]
    filled = scripted_lines
    while filled < target and (calm or press):
        slot = rng.randrange(len(gaps))
        pool = press if slot > turn and press else calm if calm else press
        exchange = pool.pop()
        if filled + len(exchange) > MAX_MESSAGES:
            break
        gaps[slot].extend(_g(*exchange))
        filled += len(exchange)
    texts: set[str] = set()
    for gap, group in zip(gaps, [*scripted, []], strict=True):
        for beat in [*gap, *group]:
            if beat[1] not in texts:
                texts.add(beat[1])
                beats.append(beat)
    spare = [e for s in SMALL for e in SMALL[s] if s != "press"]
    rng.shuffle(spare)
    while len(beats) < max(MIN_MESSAGES, 2 * labelled + 1) and spare:
        for beat in _g(*(line.replace("C|", "A|").replace("D|", "B|") for line in spare.pop())):
            if beat[1] not in texts:
                texts.add(beat[1])
                beats.insert(len(beats) // 2, beat)

    speakers = sorted({s for s, _t, _f in beats})
    names = dict(zip(speakers, rng.sample(NAMES4, len(speakers)), strict=True))
    styles = {s: _style(rng.choice(STYLES)) for s in speakers}
    when = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(600_000))
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    for index, (speaker, text, fams) in enumerate(beats):
        roll = rng.random()
        step = (
            timedelta(days=rng.randint(1, 4), minutes=rng.randrange(600))
            if roll < 0.02
            else timedelta(hours=rng.randint(1, 9))
            if roll < 0.06
            else timedelta(seconds=rng.randint(4, 900))
        )
        when += step
        written = styles[speaker](text, rng).strip() or text
        messages.append(
            Message(
                index=index,
                time_utc=when,
                time_raw=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=names[speaker],
                text=written,
            )
        )
        if fams:
            families[index] = fams
    authors: list[str] = []
    for message in messages:
        if message.author not in authors:
            authors.append(message.author)
    source = f"blind4/chat-{number:04d}.txt"
    title = f"chat {number:04d}"
    conversation = Conversation(
        id=conversation_id(FORMAT, source, "", messages, title),
        format=FORMAT,
        title=title,
        participants=tuple(Participant(id=a, name=a) for a in authors),
        messages=tuple(messages),
        source=source,
        native_id="",
        time_zone="",
    )
    return LabelledConversation(conversation, label, kind, families)


def build_blind4(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The fourth blind set: deterministic for a seed; risky categories first, then benign."""
    rng = random.Random(seed)
    out: list[LabelledConversation] = []
    number = 0
    for category in RISKY_CATEGORIES:
        scenarios = sorted(RISKY_SCENARIOS[category])
        for i in range(risky_per_category):
            scenario = scenarios[i % len(scenarios)]
            plan = RISKY_SCENARIOS[category][scenario](rng)
            out.append(_render(plan, rng, category, f"{category}/{scenario}", number))
            number += 1
    for kind in BLIND4_BENIGN_KINDS:
        for _ in range(benign_per_kind):
            out.append(_render(_benign_plan(kind, rng), rng, "benign", kind, number))
            number += 1
    # Every family label used here is one of the set's families.
    assert all(f in FAMILY_NAMES for item in out for fs in item.families.values() for f in fs)
    return out
