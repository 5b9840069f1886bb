"""The labelled synthetic evaluation set: risky conversations of each category and hard
benign ones that share their surface words. Synthetic and non-explicit throughout.

Each conversation is built from scripted *beats* (one line, who says it, and the indicator
families a careful reader would mark on that line) mixed with neutral small talk. The
phrasings are varied on purpose, and some risky lines are written the way real chats put
them (indirect, misspelt) so that the rules do not see only the phrasings they were built
from; what the rules miss shows as lost recall.

Benign kinds, each chosen to collide with a risk family:
``parent_home`` (a parent asks "are you home yet", picks the child up, keeps a present
secret), ``class_trip`` (a teacher's group chat: year group, meeting at the park),
``friends_secret`` (two 13-year-olds keep a surprise party secret), ``marketplace``
(a sale paid by gift card, with a deadline), ``dating_adults`` (adults ask ages, photos,
numbers and meet), ``gamers`` (children swap game currency), ``grandparent_call`` (turn your
camera on so I can see you), ``tutoring`` (an online lesson scheduled and paid by e-wallet).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "BENIGN_KINDS",
    "LabelledConversation",
    "build_dataset",
    "build_holdout",
    "small_talk",
]

# (speaker, text, families). Speaker "A" is the other party / adult, "B" the possible child
# or the counterpart, "C"… further members of a group.
Beat = tuple[str, str, frozenset[str]]


def _b(speaker: str, text: str, *families: str) -> Beat:
    return (speaker, text, frozenset(f for f in families if f))


@dataclass(frozen=True, slots=True)
class LabelledConversation:
    """A conversation with its label (a category or ``benign``), its kind, and for each
    message index the indicator families a reader would mark there."""

    conversation: Conversation
    label: str
    kind: str
    families: dict[int, frozenset[str]] = field(default_factory=dict)


SMALL_TALK = (
    "lol",
    "haha",
    "ok",
    "what are you up to",
    "not much, watching a film",
    "that's cool",
    "did you finish the game?",
    "my phone is dying",
    "brb",
    "back",
    "what music do you like",
    "mostly pop and some rap",
    "nice",
    "i'm so tired today",
    "same",
    "what did you have for dinner",
    "pasta",
    "the weather is awful here",
    "it's sunny here for once",
    "have you seen the new episode?",
    "no spoilers!",
    "ha ok",
    "what's your favourite game",
    "probably minecraft",
    "cool",
    "gtg",
    "night",
    "morning",
    "how was your day",
    "fine, boring",
    "did you see that video i sent",
    "yeah it was funny",
    "omg",
    "i know right",
    "what are you doing this weekend",
    "nothing much",
)

NAMES = (
    "Alex",
    "Sam",
    "Jordan",
    "Casey",
    "Riley",
    "Taylor",
    "Morgan",
    "Jamie",
    "Charlie",
    "Robin",
    "Kai",
    "Ash",
    "Drew",
    "Lee",
    "Noor",
    "Priya",
    "Tomás",
    "Zoë",
)


def small_talk(rng: random.Random) -> str:
    return rng.choice(SMALL_TALK)


def _pick(rng: random.Random, *options: Beat) -> Beat:
    return rng.choice(options)


# --- risky scripts ---------------------------------------------------------------------------


def _grooming(rng: random.Random) -> list[Beat]:
    age = rng.choice(["12", "13", "14", "15"])
    stages: list[list[Beat]] = [
        [
            _pick(
                rng,
                _b("A", "how old are you btw?", "age"),
                _b("A", "how old r u", "age"),
                _b("A", "asl?", "age"),
                _b("A", "so what year are you in at school?", "age"),
            ),
            _pick(
                rng,
                _b("B", f"im {age}", "age"),
                _b("B", f"I'm {age}, why", "age"),
                _b("B", f"{age} years old lol", "age"),
                _b("B", "i'm in year 8", "age"),
                _b("B", f"{age} in june", "age"),
            ),
        ],
        [
            _pick(
                rng,
                _b("A", "you're really mature for your age", "trust_isolation"),
                _b("A", "you seem way older than that", "trust_isolation"),
                _b("A", "only i really understand you", "trust_isolation"),
                _b("A", "your parents don't understand you like i do", "trust_isolation"),
                _b("A", "you can trust me, i'm not like the others", "trust_isolation"),
                _b("A", "you're special to me you know", "trust_isolation"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "is anyone home with you?", "supervision"),
                _b("A", "are your parents around?", "supervision"),
                _b("A", "are u alone right now", "supervision"),
                _b("A", "when does your mum get back?", "supervision"),
                _b("A", "who else uses your phone", "supervision"),
                _b("A", "do your parents check your messages", "supervision"),
            ),
            _pick(
                rng,
                _b("B", "my mum is at work till 7", "supervision"),
                _b("B", "no one's home", "supervision"),
                _b("B", "just me", ""),
                _b("B", "dad's asleep", ""),
            ),
        ],
        [
            _pick(
                rng,
                _b("A", "don't tell anyone about us ok", "secrecy"),
                _b("A", "this is our little secret", "secrecy"),
                _b("A", "keep this between you and me", "secrecy"),
                _b("A", "don't tell your mum we talk, she wouldn't get it", "secrecy"),
                _b("A", "they wouldn't understand what we have", "secrecy"),
                _b("A", "no one else needs to know about this", "secrecy"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "add me on snap, it's easier", "platform_move"),
                _b("A", "whats your snap?", "platform_move"),
                _b("A", "lets move to telegram", "platform_move"),
                _b("A", "download kik and message me there", "platform_move"),
                _b("A", "text me on whatsapp instead", "platform_move"),
                _b("A", "give me your number", "platform_move"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "i'll buy you robux if you want", "gifts_money"),
                _b("A", "want some vbucks?", "gifts_money"),
                _b("A", "i can get you a new phone", "gifts_money"),
                _b("A", "i'll send you money for your top up", "gifts_money"),
                _b("A", "i'll get you a gift card for your birthday", "gifts_money"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "send me a pic of you", "image_request"),
                _b("A", "turn your camera on", "image_request"),
                _b("A", "can i see you? video call me later", "image_request"),
                _b("A", "send another selfie", "image_request"),
                _b("A", "show me your room", "image_request"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "delete this chat after ok", "deletion"),
                _b("A", "make sure you delete our messages", "deletion"),
                _b("A", "turn on disappearing messages", "deletion"),
                _b("A", "clear your history when we're done", "deletion"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "we should meet up sometime", "meeting"),
                _b("A", "i can pick you up after school", "meeting"),
                _b("A", "where do you live?", "meeting"),
                _b("A", "i'll pay for your train ticket", "meeting", "gifts_money"),
                _b("A", "come to my place on saturday", "meeting"),
            )
        ],
    ]
    # Always some age cue; then a random subset of the other stages, in order.
    chosen = [stages[0]] + [s for s in stages[1:] if rng.random() < 0.6]
    if len(chosen) < 3:
        chosen += rng.sample(stages[1:], 2)
    return [beat for stage in chosen for beat in stage]


def _sextortion(rng: random.Random) -> list[Beat]:
    amount = rng.choice(["300", "500", "1000", "250"])
    beats = [
        _pick(
            rng,
            _b("A", "hey cutie, you look fun", ""),
            _b("A", "hi, saw you on my friends list", ""),
        ),
        _pick(
            rng,
            _b("A", "send me a pic", "image_request"),
            _b("A", "turn your cam on", "image_request"),
        ),
        _pick(
            rng,
            _b("A", "i have your pics now. i'll send them to all your friends", "sextortion"),
            _b("A", "I've got screenshots of your followers. everyone will see", "sextortion"),
            _b("A", "i will post it to your school and your family", "sextortion"),
            _b("A", "do what i say or i'll expose you", "sextortion"),
            _b("A", "i'm going to ruin your life", "sextortion"),
            _b("A", "I saved your video, your parents will get it", "sextortion"),
        ),
        _pick(
            rng,
            _b("B", "please don't", ""),
            _b("B", "please i'm begging you", ""),
            _b("B", "what do you want", ""),
        ),
    ]
    demand = _pick(
        rng,
        _b("A", f"pay me ${amount} and i delete it", "sextortion"),
        _b("A", f"i want {amount} dollars", "sextortion"),
        _b("A", "you need to pay", "sextortion"),
        _b("A", f"send ${amount} now", "sextortion"),
    )
    deadline = _pick(
        rng,
        _b("A", "you have 2 hours", "sextortion"),
        _b("A", "last chance", "sextortion"),
        _b("A", "time is running out", "sextortion"),
        _b("A", "within 30 minutes or it goes out", "sextortion"),
    )
    payment = _pick(
        rng,
        _b("A", "send it to my cash app $quickpay22", "sextortion"),
        _b("A", "buy a steam card and send the code", "sextortion"),
        _b("A", "send bitcoin to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "sextortion"),
        _b("A", "scratch the back and send me a photo of the card", "sextortion", "image_request"),
        _b("A", "pay with a google play card", "sextortion"),
    )
    extra = [demand, deadline, payment]
    rng.shuffle(extra)
    beats += extra[: rng.randint(1, 3)]
    beats.append(_pick(rng, _b("B", "i don't have that much", ""), _b("B", "ok ok", "")))
    return beats


def _live_streaming(rng: random.Random) -> list[Beat]:
    beats = [
        _pick(
            rng,
            _b("A", "same time tomorrow?", "live_streaming"),
            _b("A", "what time is the show tonight", "live_streaming"),
            _b("A", "book another session for saturday", "live_streaming"),
            _b("A", "be online at 9 my time", "live_streaming"),
        ),
        _pick(
            rng,
            _b("B", "yes, send the payment first", "live_streaming"),
            _b("B", "ok sir, gcash first please", "live_streaming"),
            _b("B", "need money for school fees, send first", "live_streaming"),
        ),
        _pick(
            rng,
            _b("A", "sent, the control number is 4471", "live_streaming"),
            _b("A", "i paid for the show, check your remittance", "live_streaming"),
            _b("A", "sent via western union", "live_streaming"),
        ),
        _pick(
            rng,
            _b("A", "is the girl ready?", "live_streaming"),
            _b("A", "bring the younger one on cam", "live_streaming"),
            _b("A", "how old is the little one", "live_streaming"),
            _b("A", "are the kids there", "live_streaming"),
        ),
    ]
    # The schedule and the child are always there; payment lines are sometimes missing.
    return [beats[0]] + [b for b in beats[1:3] if rng.random() < 0.8] + [beats[3]]


# --- hard benign scripts --------------------------------------------------------------------


def _parent_home(rng: random.Random) -> list[Beat]:
    return [
        _pick(rng, _b("A", "are you home yet?", ""), _b("A", "are you home from school?", "")),
        _b("B", "yes mum", ""),
        _pick(rng, _b("B", "got so much homework", "age"), _b("B", "im in the library", "")),
        _pick(
            rng,
            _b("A", "i'll pick you up at 6 from practice", "meeting"),
            _b("A", "dinner at 7", ""),
        ),
        _b("A", "don't tell your sister about the present, it's a surprise", "secrecy"),
        _pick(
            rng, _b("B", "ok love you mum", ""), _b("B", "thanks dad", ""), _b("B", "ok mum", "")
        ),
        _b("A", "love you too. is your brother home yet?", ""),
    ]


def _class_trip(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "Reminder: the Year 7 trip to the park is on Friday", ""),
        _b("A", "we will meet at the school gate at 8:30", ""),
        _b("C", "can we bring our phones?", ""),
        _b("A", "yes but keep them in your bags. bring a packed lunch", ""),
        _b("B", "im in year 7 too, can my brother come?", "age"),
        _b("A", "sorry, only students in the class. parents please sign the form", ""),
        _b("D", "what time do we get back?", ""),
        _b("A", "about 3pm, parents can pick you up at the gate", ""),
    ]


def _friends_secret(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "don't tell anyone about the surprise party for Jess", "secrecy"),
        _b("B", "i won't!! keep it a secret from her too", "secrecy"),
        _b("A", "im 13 and ive never planned a party lol", "age"),
        _b("B", "im 13 too haha", "age"),
        _b("A", "we should meet up at the shop before to get balloons", "meeting"),
        _b("B", "ok my mum can drive us", ""),
    ]


def _marketplace(rng: random.Random) -> list[Beat]:
    return [
        _b("B", "hi, is the bike still for sale?", ""),
        _b("A", "yes, 80 pounds", ""),
        _b("B", "can I pay with an amazon gift card? i don't have cash", "sextortion"),
        _pick(
            rng,
            _b("A", "ok, send me the code when you buy it", ""),
            _b("A", "fine, send the gift card code", "sextortion"),
        ),
        _pick(
            rng,
            _b("A", "i need the money by tonight or i sell it to someone else", "sextortion"),
            _b("A", "pay me 80 pounds today please", "sextortion"),
        ),
        _b("B", "ok i'll send it now", ""),
        _b("A", "thanks, collection from my address after 5", ""),
    ]


def _dating_adults(rng: random.Random) -> list[Beat]:
    age_a, age_b = rng.choice(["29", "34", "41"]), rng.choice(["27", "31", "38"])
    return [
        _b("A", "hi! how old are you? your profile doesn't say", "age"),
        _b("B", f"i'm {age_b}, you?", ""),
        _b("A", f"{age_a}. what do you do?", ""),
        _b("B", "nurse, long shifts haha", ""),
        _b("A", "send me a pic? your profile ones are blurry", "image_request"),
        _b("A", "add me on whatsapp, i'm barely on this app", "platform_move"),
        _b("B", "sure. we should meet up for coffee", "meeting"),
        _b("A", "saturday at the cafe on the high street?", ""),
    ]


def _gamers(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "ill give you 400 robux for that skin", "gifts_money"),
        _b("B", "no way its worth more", ""),
        _b("A", "im 12 and thats all my pocket money lol", "age"),
        _b("B", "im 12 too. ok deal", "age"),
        _b("A", "add me on discord so we can play later", "platform_move"),
    ]


def _grandparent_call(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "hello darling, it's grandma", ""),
        _b("A", "turn your camera on so i can see you", "image_request"),
        _b("B", "hi nan! one sec", ""),
        _b("A", "send me a photo of your school play costume", "image_request"),
        _b("B", "ok nan, love you", ""),
    ]


def _tutoring(rng: random.Random) -> list[Beat]:
    return [
        _b("B", "good evening teacher, is the session at 7 tonight?", "live_streaming"),
        _b("A", "yes, same time as before", "live_streaming"),
        _b("B", "i paid for the session via gcash, reference number 5521", "live_streaming"),
        _b("A", "received, thank you. please prepare the algebra worksheet", ""),
    ]


RISKY = {"grooming": _grooming, "sextortion": _sextortion, "live_streaming": _live_streaming}
BENIGN_KINDS = {
    "parent_home": _parent_home,
    "class_trip": _class_trip,
    "friends_secret": _friends_secret,
    "marketplace": _marketplace,
    "dating_adults": _dating_adults,
    "gamers": _gamers,
    "grandparent_call": _grandparent_call,
    "tutoring": _tutoring,
}


def _render(
    beats: list[Beat],
    rng: random.Random,
    label: str,
    kind: str,
    number: int,
    length: int,
) -> LabelledConversation:
    speakers = sorted({s for s, _t, _f in beats} | {"A", "B"})
    names = dict(zip(speakers, rng.sample(NAMES, len(speakers)), strict=True))
    # Spread the scripted beats through small talk between the first two speakers.
    filler = max(0, length - len(beats))
    slots = sorted(rng.sample(range(filler + len(beats)), len(beats)))
    lines: list[tuple[str, str, frozenset[str]]] = []
    beat_iter = iter(beats)
    for position in range(filler + len(beats)):
        if slots and position == slots[0]:
            slots.pop(0)
            speaker, text, families = next(beat_iter)
        else:
            speaker, text, families = rng.choice("AB"), small_talk(rng), frozenset()
        lines.append((names[speaker], text, families))
    start = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 500_000))
    messages = []
    clock = start
    for index, (author, text, _families) in enumerate(lines):
        clock += timedelta(seconds=rng.randint(5, 900))
        messages.append(Message(index, clock, clock.isoformat(), author, text))
    source = f"eval/{label}/{kind}-{number:04d}"
    conversation = Conversation(
        id=conversation_id("synthetic", source, "", messages),
        format="synthetic",
        title=f"{kind} {number}",
        participants=tuple(Participant(id=n, name=n) for n in names.values()),
        messages=tuple(messages),
        source=source,
    )
    return LabelledConversation(
        conversation, label, kind, {i: line[2] for i, line in enumerate(lines) if line[2]}
    )


def build_dataset(
    seed: int = 2024, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The evaluation set: ``risky_per_category`` of each category and ``benign_per_kind``
    of each hard benign kind, with 10 to 80 messages each (small talk around the script)."""
    rng = random.Random(seed)
    out: list[LabelledConversation] = []
    for label, script in RISKY.items():
        for number in range(risky_per_category):
            beats = script(rng)
            out.append(_render(beats, rng, label, label, number, rng.randint(10, 80)))
    for kind, script in BENIGN_KINDS.items():
        for number in range(benign_per_kind):
            beats = script(rng)
            out.append(_render(beats, rng, "benign", kind, number, rng.randint(10, 80)))
    return out


# --- held-out phrasings ------------------------------------------------------------------------
# Written after the rules were tuned on the scripts above and never used to tune them: the
# same situations in other words. Figures on this set are the honest ones (docs/chats.md).


def _grooming_holdout(rng: random.Random) -> list[Beat]:
    age = rng.choice(["11", "13", "14", "16"])
    stages: list[list[Beat]] = [
        [
            _pick(
                rng,
                _b("A", "wait how old even are you", "age"),
                _b("A", "what age r u?", "age"),
                _b("A", "which grade are you in now?", "age"),
                _b("A", "u still at school?", "age"),
            ),
            _pick(
                rng,
                _b("B", f"i am {age} lol", "age"),
                _b("B", f"{age}, nearly {int(age) + 1}", "age"),
                _b("B", "i'm in 8th grade", "age"),
                _b("B", f"just turned {age}", "age"),
            ),
        ],
        [
            _pick(
                rng,
                _b("A", "honestly you're more grown up than people my age", "trust_isolation"),
                _b("A", "nobody gets you like i do", "trust_isolation"),
                _b("A", "your friends sound fake tbh, you don't need them", "trust_isolation"),
                _b("A", "i'm the only one who really listens to you", "trust_isolation"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "anyone else in the house rn?", "supervision"),
                _b("A", "is ur dad home", "supervision"),
                _b("A", "can your mum see what you're typing", "supervision"),
                _b("A", "r u by yourself", "supervision"),
            ),
            _pick(
                rng,
                _b("B", "parents are out till late", "supervision"),
                _b("B", "im home alone", "supervision"),
                _b("B", "yeah just me", ""),
            ),
        ],
        [
            _pick(
                rng,
                _b("A", "don't mention me to your friends ok", "secrecy"),
                _b("A", "keep it secret, people would get the wrong idea", "secrecy"),
                _b("A", "this stays between us", "secrecy"),
                _b("A", "never tell your parents about our chats", "secrecy"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "got telegram? better there", "platform_move"),
                _b("A", "my snap is better, add me", "platform_move"),
                _b("A", "can we chat on whatsapp", "platform_move"),
                _b("A", "what's ur number, this app is glitchy", "platform_move"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "i could send you some vbucks", "gifts_money"),
                _b("A", "want me to top up your phone?", "gifts_money"),
                _b("A", "i'll buy you those trainers you wanted", "gifts_money"),
                _b("A", "i'll send you 20 for your birthday", "gifts_money"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "send a selfie so i know you're real", "image_request"),
                _b("A", "put your cam on for a sec", "image_request"),
                _b("A", "facetime me tonight", "image_request"),
                _b("A", "show me what you look like now", "image_request"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "wipe these messages after you read them", "deletion"),
                _b("A", "delete everything after ok", "deletion"),
                _b("A", "set disappearing messages on pls", "deletion"),
            )
        ],
        [
            _pick(
                rng,
                _b("A", "what's your postcode? i might be near", "meeting"),
                _b("A", "i'll come and get you from the station", "meeting"),
                _b("A", "let's hang out this weekend, just us", "meeting"),
                _b("A", "i can drive to your town on friday", "meeting"),
            )
        ],
    ]
    chosen = [stages[0]] + [s for s in stages[1:] if rng.random() < 0.6]
    if len(chosen) < 3:
        chosen += rng.sample(stages[1:], 2)
    return [beat for stage in chosen for beat in stage]


def _sextortion_holdout(rng: random.Random) -> list[Beat]:
    amount = rng.choice(["200", "450", "800"])
    beats = [
        _b("A", "hey u seem nice", ""),
        _pick(
            rng, _b("A", "got any pics?", "image_request"), _b("A", "video chat?", "image_request")
        ),
        _pick(
            rng,
            _b("A", "i recorded everything. your followers will get it", "sextortion"),
            _b("A", "i made a list of your friends. they all get the video", "sextortion"),
            _b("A", "one click and your whole school sees it", "sextortion"),
            _b("A", "i'll share it with your family unless you do what i say", "sextortion"),
        ),
        _pick(rng, _b("B", "why are you doing this", ""), _b("B", "please delete it", "")),
    ]
    extra = [
        _pick(
            rng,
            _b("A", f"{amount} and it goes away", "sextortion"),
            _b("A", f"transfer ${amount} if you want this to stop", "sextortion"),
            _b("A", "pay up", "sextortion"),
        ),
        _pick(
            rng,
            _b("A", "clock is ticking", "sextortion"),
            _b("A", "you got 1 hour", "sextortion"),
            _b("A", "by midnight or i post it", "sextortion"),
        ),
        _pick(
            rng,
            _b("A", "apple gift cards only, send the codes", "sextortion"),
            _b("A", "my cashapp is $fastmoney88", "sextortion"),
            _b("A", "send usdt to my wallet", "sextortion"),
        ),
    ]
    rng.shuffle(extra)
    return beats + extra[: rng.randint(1, 3)]


def _live_streaming_holdout(rng: random.Random) -> list[Beat]:
    beats = [
        _pick(
            rng,
            _b("A", "can we do the call at 8 again", "live_streaming"),
            _b("A", "ready for tonight's show?", "live_streaming"),
            _b("A", "schedule the next one for sunday", "live_streaming"),
        ),
        _pick(
            rng,
            _b("B", "send load first sir, for food", "live_streaming"),
            _b("B", "pay first via palawan", "live_streaming"),
        ),
        _pick(
            rng,
            _b("A", "sent 40, ref no 8812", "live_streaming"),
            _b("A", "i transferred for the session", "live_streaming"),
        ),
        _pick(
            rng,
            _b("A", "make sure the small one is on camera", "live_streaming"),
            _b("A", "is your niece there tonight", "live_streaming"),
            _b("A", "how old is the other girl", "live_streaming"),
        ),
    ]
    return [beats[0]] + [b for b in beats[1:3] if rng.random() < 0.8] + [beats[3]]


def _parent_home_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "home safe?", ""),
        _b("B", "yep", ""),
        _b("A", "is anyone else home? grandma said she'd pop round", "supervision"),
        _b("B", "not yet, dad", ""),
        _b("A", "don't tell mum about the cake, it's for her birthday", "secrecy"),
        _b("B", "ok dad", ""),
    ]


def _class_trip_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "Year 5 museum visit tomorrow, coach leaves at 9", ""),
        _b("C", "do we need money?", ""),
        _b("A", "no, it's paid. meet in the playground at 8:45", ""),
        _b("B", "i'm 10, can I sit with my friend?", "age"),
        _b("D", "what if it rains", ""),
        _b("A", "bring a coat. parents collect at 3:15", ""),
    ]


def _friends_secret_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "ok so don't tell anyone but i like Sam", "secrecy"),
        _b("B", "omg our secret i promise", "secrecy"),
        _b("A", "im 14 and ive never told anyone lol", "age"),
        _b("B", "same im 14 too", "age"),
    ]


def _marketplace_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("B", "still selling the sofa?", ""),
        _b("A", "yes, 120 or best offer", ""),
        _b("B", "can i send a google play card instead of cash?", "sextortion"),
        _b("A", "ok send the codes", ""),
        _b("A", "i need it gone today, last chance before i relist", "sextortion"),
    ]


def _dating_adults_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "what age are you? app shows 30 but you look younger", "age"),
        _b("B", "i'm 32 actually", ""),
        _b("A", "nice, i'm 35. send a recent photo?", "image_request"),
        _b("B", "add me on insta, easier", "platform_move"),
        _b("A", "let's meet up for a drink friday", "meeting"),
    ]


def _gamers_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "i'll send you 100 vbucks if you carry me", "gifts_money"),
        _b("B", "lol deal. im 11 btw", "age"),
        _b("A", "im 11 too", "age"),
        _b("B", "let's move to discord for voice", "platform_move"),
    ]


def _grandparent_call_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "it's grandpa, put your camera on so I can see the new haircut", "image_request"),
        _b("B", "hi grandpa!", ""),
        _b("A", "send me a picture of the dog too", "image_request"),
    ]


def _tutoring_holdout(rng: random.Random) -> list[Beat]:
    return [
        _b("A", "our session tomorrow at 6 is confirmed", "live_streaming"),
        _b("B", "paid via gcash, ref no 3309", "live_streaming"),
        _b("A", "thanks, we'll continue with fractions", ""),
    ]


RISKY_HOLDOUT = {
    "grooming": _grooming_holdout,
    "sextortion": _sextortion_holdout,
    "live_streaming": _live_streaming_holdout,
}
BENIGN_HOLDOUT = {
    "parent_home": _parent_home_holdout,
    "class_trip": _class_trip_holdout,
    "friends_secret": _friends_secret_holdout,
    "marketplace": _marketplace_holdout,
    "dating_adults": _dating_adults_holdout,
    "gamers": _gamers_holdout,
    "grandparent_call": _grandparent_call_holdout,
    "tutoring": _tutoring_holdout,
}


def build_holdout(
    seed: int = 7, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The second development set: the same situations in other phrasings (held out at first,
    then used to generalise the rules; the blind set in ``blind.py`` is the honest test)."""
    rng = random.Random(seed)
    out: list[LabelledConversation] = []
    for label, script in RISKY_HOLDOUT.items():
        for number in range(risky_per_category):
            out.append(_render(script(rng), rng, label, label, number, rng.randint(10, 80)))
    for kind, script in BENIGN_HOLDOUT.items():
        for number in range(benign_per_kind):
            out.append(_render(script(rng), rng, "benign", kind, number, rng.randint(10, 80)))
    return out
