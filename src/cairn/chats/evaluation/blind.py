"""A blind test set for chat-risk ranking, written without reading the rules.

The author of this module had not read the rule code (``cairn/chats/indicators.py``,
``cairn/chats/assess.py``), the identifier patterns, nor the development and held-out scripts
in ``dataset.py``; only the record type (``LabelledConversation``, ``Beat``) and the names
were taken from there, and the family names from docs/chats.md (the few held-out misses
that page quotes were reworded, not reused; so were most of the example cues it and the
reference list, which stay mainly in the benign conversations they collide with). The
situations follow the team's reference (chat-formats-and-risk.md §1.5–§3): grooming stages
in any order, the non-explicit indicators, sextortion as threat plus demand, and the chat
side of live-streamed abuse for payment. Everything is synthetic and non-explicit: risk
indicators only.

Phrasings are this module's own, in several registers (teen slang, formal, non-native
English, typos, abbreviations, emoji), some indirect; each speaker is also given a writing
style (as written, lower case, texting abbreviations, typos, emoji) applied to every line
they write, small talk included. Lengths run from 10 to 80 messages.

**Labels.** ``label`` is the conversation's truth (a category or ``benign``). ``families``
marks, per message, the indicator families of docs/chats.md a careful reader would mark on
that line *as written*, whatever the conversation is: a grandparent's "turn the camera on"
is marked ``image_request`` and a marketplace seller's "gift card codes by tonight" is
marked ``sextortion`` (the family that holds payment demands, deadlines and payment
instructions), even though both conversations are benign. A cue quoted in a warning (a
parent explaining what a sextortion threat sounds like) is marked too. A
statement that a particular person is a minor's age or in a school year is marked ``age``
(whoever says it: the child, a parent, a facilitator), and a child saying they are on their
own ``supervision``; adults stating adult ages, and announcements to a whole year group
("Year 8 trip"), are not marked. A scripted line drawn twice in one conversation is kept once.

Benign kinds: the eight of ``dataset.BENIGN_KINDS`` plus five more that share surface
words with a risk category (``EXTRA_BENIGN_KINDS``): a parent working abroad sending school
fees by e-wallet and video-calling the children (``family_remittance``); a parent or school
counsellor warning a teenager about sextortion, quoting the threats (``safety_talk``); a
youth sports club's group chat (``sports_club``: ages, lifts, subs by Friday, photos);
flatmates chasing a debt by a deadline (``flatmate_debt``); an older sibling babysitting
(``babysitting``: who is home, "don't tell mum", delete that photo).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.dataset import BENIGN_KINDS, NAMES, Beat, LabelledConversation, _b
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "BLIND_BENIGN_KINDS",
    "EXTRA_BENIGN_KINDS",
    "FAMILY_NAMES",
    "RISKY_CATEGORIES",
    "build_blind",
]

# The indicator families listed in docs/chats.md (the only place they were read from).
FAMILY_NAMES = (
    "age",
    "secrecy",
    "trust_isolation",
    "supervision",
    "platform_move",
    "deletion",
    "image_request",
    "gifts_money",
    "meeting",
    "sextortion",
    "live_streaming",
)
RISKY_CATEGORIES = ("grooming", "sextortion", "live_streaming")
EXTRA_BENIGN_KINDS = (
    "family_remittance",
    "safety_talk",
    "sports_club",
    "flatmate_debt",
    "babysitting",
)
BLIND_BENIGN_KINDS = (*BENIGN_KINDS, *EXTRA_BENIGN_KINDS)

# (text, families separated by spaces; "" for none)
Opt = tuple[str, str]
Group = list[Beat]
Script = Callable[[random.Random], list[Group]]

_NAMES = (
    *NAMES,
    "Mika",
    "Dani",
    "Femi",
    "Ines",
    "Luca",
    "Rosa",
    "Yusuf",
    "Bea",
    "Marco",
    "Joy",
    "Ana",
    "Ola",
)


def _say(rng: random.Random, speaker: str, options: Sequence[Opt]) -> Beat:
    text, families = rng.choice(options)
    return _b(speaker, text, *families.split())


def _turns(rng: random.Random, *parts: tuple[str, Sequence[Opt], float]) -> Group:
    """One exchange kept together: each part (speaker, options, probability) is said or not."""
    return [_say(rng, speaker, options) for speaker, options, p in parts if rng.random() < p]


def _ordered(rng: random.Random, staged: list[tuple[float, Group]], spread: float) -> list[Group]:
    """Stages sorted by their usual position plus noise: the stages are not sequential."""
    keyed = [(order + rng.uniform(-spread, spread), group) for order, group in staged if group]
    keyed.sort(key=lambda pair: pair[0])
    return [group for _key, group in keyed]


# --- small talk ------------------------------------------------------------------------------

_TEEN_TALK = (
    "lol",
    "lmao",
    "haha ok",
    "kk",
    "ya",
    "nah",
    "fr",
    "same tbh",
    "bruh",
    "😂😂",
    "omg stop",
    "wait what",
    "no way",
    "ikr",
    "brb",
    "back",
    "gtg dinner",
    "ok im back",
    "what u doing",
    "nothing, bored",
    "watching yt",
    "listening to music",
    "what song",
    "the one from that trailer",
    "did u see the match",
    "yeah we lost again 😭",
    "my wifi is so bad rn",
    "phone on 3%",
    "this level is impossible",
    "which level u on",
    "level 12",
    "so hungry",
    "noodles again lol",
    "its raining AGAIN",
    "so cold here",
    "tired",
    "me too",
    "that new show is actually good",
    "no spoilers!!",
    "my cat just knocked my drink over",
    "rip",
    "who won",
    "idk",
    "probably",
    "hmm",
    "true",
    "anyway",
    "ok cool",
    "nice one",
    "ugh mondays",
    "weekend soon",
    "cant wait",
    "nm u",
    "just chilling",
    "that video was so funny",
    "send me the link",
    "ill find it later",
    "homework is so long today",
    "maths is killing me",
    "lol same",
    "😴",
    "good morning",
    "night",
)

_ADULT_TALK = (
    "Thanks!",
    "No worries",
    "Great, thank you",
    "Sorry for the late reply",
    "Busy day at work",
    "How was your weekend?",
    "Lovely, thanks",
    "Haha true",
    "Ok noted",
    "Sounds good",
    "Will do",
    "👍",
    "Perfect",
    "Have a good evening",
    "You too",
    "Traffic was terrible today",
    "Work is crazy this week",
    "Did you watch the game last night?",
    "Not yet, no spoilers",
    "Ok",
    "Sure",
    "Cheers",
    "Got it",
    "Appreciate it",
    "haha",
    "lol yes",
    "Long week",
    "Tell me about it",
    "Anyway",
    "So tired today",
)

_ELDER_TALK = (
    "ok",
    "love you x",
    "did you eat?",
    "how was your day",
    "👍",
    "ok thanks",
    "haha typical",
    "have you done your homework?",
    "don't forget your PE kit tomorrow",
    "is it raining there?",
    "miss you",
    "xx",
    "good night sleep well",
    "the dog chewed my shoe again 😭",
    "pasta tonight I think",
    "How was the maths test?",
    "Well done!",
)
_CHILD_TALK = (
    "ok",
    "love u too",
    "yes",
    "what's for dinner",
    "fine",
    "boring",
    "nearly",
    "i wont",
    "yes all day",
    "ok ok",
    "night",
    "can i have friends over saturday",
    "lol",
    "👍",
    "where's the charger",
    "it was ok",
)

_REMITTANCE_TALK = (
    "ok po",
    "salamat",
    "ingat ka",
    "kumain na kayo?",
    "yes po",
    "miss you all",
    "how is work there",
    "tiring but ok",
    "very cold here today",
    "here very hot",
    "god bless",
    "ok",
    "haha",
    "good",
    "thank you",
    "what time there now",
    "almost midnight here",
    "the internet is slow again",
    "ok na",
    "sige",
)

_GROUP_TALK = (
    "thanks!",
    "👍",
    "great, thank you",
    "noted",
    "thank you 🙂",
    "can't wait",
    "ok",
    "👍👍",
    "amazing thanks",
    "yes",
    "what if it rains",
    "we'll still go, bring a coat",
    "thanks for organising",
    "is it the same as last time?",
    "yes same as last time",
    "lol",
    "ok thank you",
    "brilliant",
    "will do",
    "sorry, wrong chat!",
)

_CUSTOMER_TALK = (
    "ok",
    "good",
    "busy at work",
    "what time is it there",
    "hello?",
    "fine",
    "ok noted",
    "long day here",
    "haha",
    "how are you today",
    "signal is bad",
    "yes",
)
_FACILITATOR_TALK = (
    "ok sir",
    "yes sir im here",
    "thank you sir",
    "god bless you sir",
    "sorry sir brownout earlier",
    "weather here is hot",
    "late here",
    "signal is bad today",
    "hello po",
    "yes sir",
    "how are you sir",
    "ok noted sir",
)

# --- grooming --------------------------------------------------------------------------------

_G_OPEN: tuple[Opt, ...] = (
    ("hey! saw ur skate vid, ur actually so good", ""),
    ("hiii u play roblox right? i saw u in the obby server", ""),
    ("Hello, I hope you don't mind me messaging. You seem like a kind person.", ""),
    ("yo gg last game, u carried", ""),
    ("omg u like the same band as me!! nobody likes them", ""),
    ("hey i think u commented on my drawing? thank u 🙂", ""),
    ("sup, ur in the minecraft discord yeah?", ""),
    ("hi there, love your art account", ""),
    ("heyyy new follower here 👋", ""),
    ("Hi dear, how are you? I found your profile from the singing group", ""),
    ("hi its Dan, ur mums friend from work. she said u were into football", ""),
    ("heyy im new to this app, dont know anyone lol", ""),
)
_G_OPEN_REPLY: tuple[Opt, ...] = (
    ("hi", ""),
    ("thx lol", ""),
    ("who is this", ""),
    ("heyy", ""),
    ("oh hi", ""),
    ("yeah lol", ""),
    ("thank u!!", ""),
    ("do i know u?", ""),
)
_G_AGE_ASK: tuple[Opt, ...] = (
    ("how old r u btw", "age"),
    ("wait hold on, how many candles on ur last cake lol", "age"),
    ("u in high school yet?", "age"),
    ("what grade u in", "age"),
    ("asl lol", "age"),
    ("You look young, may I ask your age?", "age"),
    ("which school do u go to?", "age"),
    ("primary or secondary?", "age"),
    ("ur like 14 right", "age"),
    ("wat year r u in", "age"),
    ("how old are you if you don't mind me asking", "age"),
    ("u still at school or working?", "age"),
    ("when's ur bday? how old will u be", "age"),
)
_G_AGE_TELL: tuple[Opt, ...] = (
    ("12", "age"),
    ("im 13 y", "age"),
    ("turning 12 in march", "age"),
    ("year 7", "age"),
    ("7th grade ugh", "age"),
    ("im in yr 8 at st marys", "age"),
    ("14 next month!", "age"),
    ("6th grade", "age"),
    ("11 but nearly 12", "age"),
    ("im thirteen", "age"),
    ("form 2", "age"),
    ("i'm in grade 7", "age"),
    ("why do u wanna know", ""),
    ("old enough lol", ""),
)
_G_AGE_REACT: tuple[Opt, ...] = (
    ("age is just a number tbh", "age"),
    ("cool im 16 so not much older", "age"),
    ("nice, im 19 but i dont act like it lol", "age"),
    ("u seem way older tbh", "trust_isolation"),
    ("oh ok cool", ""),
    ("haha same age as my cousin", ""),
    ("dont worry i wont judge", ""),
)
_G_TRUST: tuple[Opt, ...] = (
    ("honestly u talk like someone way older", "trust_isolation"),
    ("u get me more than anyone i know", "trust_isolation"),
    ("ur parents dont understand u like i do", "trust_isolation"),
    ("I feel we have a special connection, not like with other people", "trust_isolation"),
    ("ur friends sound fake tbh, u deserve better", "trust_isolation"),
    ("nobody listens to u at home huh. i always will", "trust_isolation"),
    ("u can tell me anything, im not like other adults", "trust_isolation"),
    ("ur the only one i can really talk to", "trust_isolation"),
    ("forget them, ur better than all of them", "trust_isolation"),
    ("You are very clever, more than kids your age", "trust_isolation"),
    ("ur teachers r clueless, i actually listen", "trust_isolation"),
    ("ngl ur different from everyone else on here", "trust_isolation"),
)
_G_TRUST_REPLY: tuple[Opt, ...] = (
    ("my mum just shouts at me all the time", ""),
    ("idk they're always busy", ""),
    ("ya my friends have been weird lately", ""),
    ("aw thanks 😊", ""),
    ("really?", ""),
    ("no one ever says that", ""),
    ("lol ok", ""),
    ("u too", ""),
)
_G_SUPERVISION: tuple[Opt, ...] = (
    ("u got the house to urself rn?", "supervision"),
    ("ur parents around?", "supervision"),
    ("is that ipad just urs or do ur parents use it too", "supervision"),
    ("do ur parents check ur phone", "supervision"),
    ("can ppl just walk into ur room", "supervision"),
    ("Are you alone in your room now?", "supervision"),
    ("wru rn? home alone?", "supervision"),
    ("does ur mum go thru ur msgs", "supervision"),
    ("what time do ur parents get back", "supervision"),
    ("whos home tonight", "supervision"),
    ("can anyone see ur screen", "supervision"),
    ("does ur dad know ur passcode", "supervision"),
)
_G_SUPERVISION_REPLY: tuple[Opt, ...] = (
    ("mums at work till 7", "supervision"),
    ("nah its just me, dads on nights", "supervision"),
    ("they never check lol", "supervision"),
    ("just me and the dog", "supervision"),
    ("they're out til late", "supervision"),
    ("my mum's asleep already", "supervision"),
    ("my sister's here", ""),
    ("y", ""),
    ("my dad checks sometimes", ""),
)
_G_SECRECY: tuple[Opt, ...] = (
    ("this stays between us ok", "secrecy"),
    ("dont tell ur mum about me, she'd freak for no reason", "secrecy trust_isolation"),
    ("just between u n me 🤫", "secrecy"),
    ("pls dont mention me to ur friends, ppl talk", "secrecy"),
    ("if anyone asks im just a friend from the game", "secrecy"),
    ("keep this on the down low yeah", "secrecy"),
    ("no one needs to know we talk", "secrecy"),
    ("They would not understand us, so better you don't say anything", "secrecy trust_isolation"),
    ("promise u wont tell?", "secrecy"),
    ("dont say anything to ur sister ok", "secrecy"),
)
_G_SECRECY_REPLY: tuple[Opt, ...] = (
    ("ok i wont", ""),
    ("promise", ""),
    ("why tho", ""),
    ("lol ok", ""),
    ("i never tell them anything anyway", ""),
)
_G_DELETION: tuple[Opt, ...] = (
    ("clear this convo when were done ok", "deletion"),
    ("can u clear our msgs pls", "deletion"),
    ("put the timer on our chat so it vanishes", "deletion"),
    ("unsend that one", "deletion"),
    ("wipe the convo before ur mum sees", "deletion secrecy"),
    ("remember to delete", "deletion"),
    ("Please erase the messages every night, just to be safe", "deletion"),
    ("set it to delete after 24h", "deletion"),
)
_G_DELETION_REPLY: tuple[Opt, ...] = (
    ("done", ""),
    ("how do i do that", ""),
    ("ok", ""),
    ("why", ""),
)
_G_PLATFORM: tuple[Opt, ...] = (
    ("snap is better, im jayy.k22 on there", "platform_move"),
    ("this app is so laggy, u got telegram?", "platform_move"),
    ("drop ur digits, easier to text", "platform_move"),
    ("lets move to whatsapp", "platform_move"),
    ("dm me on insta instead", "platform_move"),
    ("Do you have Signal? It is more private", "platform_move"),
    ("download kik and add me", "platform_move"),
    ("got discord? add me, same name", "platform_move"),
    ("text me on 07700 900461 instead", "platform_move"),
    ("this app reads our msgs lol, come to the other one", "platform_move"),
)
_G_PLATFORM_REPLY: tuple[Opt, ...] = (
    ("i dont have snap", ""),
    ("my mum wont let me have whatsapp", ""),
    ("ok added u", ""),
    ("whats ur name on it", ""),
    ("ok", ""),
)
_G_GIFTS: tuple[Opt, ...] = (
    ("want me to get u the battle pass?", "gifts_money"),
    ("ill send u 800 robux rn", "gifts_money"),
    ("low on credit? ill sort it", "gifts_money"),
    ("I will buy you the new airpods, no problem", "gifts_money"),
    ("what skin do u want, my treat", "gifts_money"),
    ("ill send u a gift card, just dont tell anyone", "gifts_money secrecy"),
    ("need vbucks? i got loads", "gifts_money"),
    ("i'll pay for ur nails thing, send me ur paypal", "gifts_money"),
    ("ill get u that hoodie u wanted", "gifts_money"),
    ("I sent you £20, buy something nice", "gifts_money"),
)
_G_GIFTS_REPLY: tuple[Opt, ...] = (
    ("omg rly??", ""),
    ("u dont have to", ""),
    ("thank uuu", ""),
    ("my mum would ask where i got it", ""),
    ("wait for real", ""),
)
_G_IMAGE: tuple[Opt, ...] = (
    ("u never post urself, send one?", "image_request"),
    ("wanna see what u look like, selfie?", "image_request"),
    ("can we video call later", "image_request"),
    ("cam on quick? wanna check its rly u", "image_request"),
    ("facetime me when ur alone", "image_request supervision"),
    ("snap me a pic when u wake up", "image_request"),
    ("Can you show me your face on camera please", "image_request"),
    ("send one more, the last one was blurry", "image_request"),
    ("show me ur new haircut lol", "image_request"),
    ("post a selfie just for me", "image_request"),
    ("hop on vc w cam", "image_request"),
)
_G_IMAGE_REPLY: tuple[Opt, ...] = (
    ("no im ugly lol", ""),
    ("maybe later", ""),
    ("ok wait", ""),
    ("my cam is broken", ""),
    ("i dont like pics of me", ""),
    ("ok sent", ""),
)
_G_MEETING: tuple[Opt, ...] = (
    ("we should hang out irl sometime", "meeting"),
    ("what part of town r u in", "meeting"),
    ("i could swing by after school and grab u", "meeting"),
    ("im in ur town saturday, meet at the mcdonalds?", "meeting"),
    ("Can we meet? I can come by train", "meeting"),
    ("tell ur mum ur at a friends and ill get u from the park", "meeting secrecy"),
    ("whats the closest bus stop to u", "meeting"),
    ("ill wait by the shop on the corner at 4", "meeting"),
    ("lets meet up, just us", "meeting"),
)
_G_MEETING_REPLY: tuple[Opt, ...] = (
    ("idk im not allowed", ""),
    ("maybe", ""),
    ("i live near the big tesco", ""),
    ("ok what time", ""),
    ("my mum would kill me lol", ""),
)


def _grooming(rng: random.Random) -> list[Group]:
    opener = _turns(rng, ("A", _G_OPEN, 1.0), ("B", _G_OPEN_REPLY, 0.7))
    stages: list[tuple[float, Group]] = [
        (
            1,
            _turns(rng, ("A", _G_AGE_ASK, 1.0), ("B", _G_AGE_TELL, 0.75), ("A", _G_AGE_REACT, 0.4)),
        ),
        (2, _turns(rng, ("A", _G_TRUST, 1.0), ("B", _G_TRUST_REPLY, 0.5), ("A", _G_TRUST, 0.3))),
        (3, _turns(rng, ("A", _G_SUPERVISION, 1.0), ("B", _G_SUPERVISION_REPLY, 0.7))),
        (4, _turns(rng, ("A", _G_PLATFORM, 1.0), ("B", _G_PLATFORM_REPLY, 0.6))),
        (5, _turns(rng, ("A", _G_SECRECY, 1.0), ("B", _G_SECRECY_REPLY, 0.6))),
        (5, _turns(rng, ("A", _G_GIFTS, 1.0), ("B", _G_GIFTS_REPLY, 0.6))),
        (6, _turns(rng, ("A", _G_DELETION, 1.0), ("B", _G_DELETION_REPLY, 0.5))),
        (7, _turns(rng, ("A", _G_IMAGE, 1.0), ("B", _G_IMAGE_REPLY, 0.7))),
        (8, _turns(rng, ("A", _G_MEETING, 1.0), ("B", _G_MEETING_REPLY, 0.6))),
    ]
    chosen = rng.sample(stages, rng.randint(3, 7))
    if rng.random() < 0.35:  # compliance testing: the same ask comes back later
        chosen.append((9, _turns(rng, ("A", _G_IMAGE, 1.0), ("B", _G_IMAGE_REPLY, 0.5))))
    return [opener, *_ordered(rng, chosen, 3.0)]


# --- sextortion ------------------------------------------------------------------------------

_S_CONTACT: tuple[Opt, ...] = (
    ("heyy u look familiar, do we have mutuals?", ""),
    ("hi 😊 where u from", ""),
    ("saw u on explore, ur kinda cute ngl", ""),
    ("hey i just moved here, dont know anyone lol", ""),
    ("Hii, u follow my friend Ava right?", ""),
    ("u go to westfield? i think i saw u at the game", "age"),
    ("hey stranger 👀", ""),
    ("hello, i like ur posts, ur funny", ""),
)
_S_CONTACT_REPLY: tuple[Opt, ...] = (
    ("hey", ""),
    ("who is this", ""),
    ("lol thanks", ""),
    ("yeah i think so", ""),
    ("hi", ""),
)
_S_AGE: tuple[Opt, ...] = (
    ("how old r u", "age"),
    ("u 16?", "age"),
    ("what year u in", "age"),
)
_S_AGE_TELL: tuple[Opt, ...] = (
    ("15", "age"),
    ("16 u?", "age"),
    ("im 14", "age"),
    ("year 10", "age"),
)
_S_AGE_PERSONA: tuple[Opt, ...] = (
    ("17 lol", "age"),
    ("same", ""),
    ("im 16 too", "age"),
)
_S_PLATFORM: tuple[Opt, ...] = (
    ("add my snap its mia.xo.22", "platform_move"),
    ("lets talk on insta, this app is dead", "platform_move"),
    ("whats ur snap", "platform_move"),
    ("move to telegram, i dont use this much", "platform_move"),
)
_S_IMAGE: tuple[Opt, ...] = (
    ("send me a pic?", "image_request"),
    ("ur turn to send one 😉", "image_request"),
    ("video call? i wanna see u", "image_request"),
    ("prove ur real, go on cam", "image_request"),
    ("show me ur face at least", "image_request"),
)
_S_IMAGE_REPLY: tuple[Opt, ...] = (
    ("ok", ""),
    ("sent", ""),
    ("idk", ""),
    ("fine but dont show anyone", "secrecy"),
    ("ok but only u", ""),
)
_S_CLAIM: tuple[Opt, ...] = (
    ("i recorded the whole call", "sextortion"),
    ("i saved everything u sent", "sextortion"),
    ("I have screenshots of all our chat and ur pics", "sextortion"),
    ("i edited ur face on a video. looks real dont it", "sextortion"),
    ("Look what I have.", "sextortion"),
    ("check ur dms. recognise this?", "sextortion"),
    ("u really thought i was a girl? lmao. i have it all saved", "sextortion"),
)
_S_OPEN_COLD: tuple[Opt, ...] = (
    ("Read carefully. I have ur video and ur contact list.", "sextortion"),
    ("I know who u are and I have the pics. Answer me", "sextortion"),
    ("dont ignore this. i have what u sent to my friend", "sextortion"),
)
_S_THREAT: tuple[Opt, ...] = (
    ("i'll send it to all ur followers", "sextortion"),
    ("its one tap to send this to every1 at ur school", "sextortion"),
    ("i already made a group chat with ur friends, they just dont know yet", "sextortion"),
    ("ur mum is on ur follow list right? she gets it first", "sextortion"),
    ("Everyone at ur school will know ur name by tonight", "sextortion"),
    ("i'll post it and tag ur team", "sextortion"),
    ("think what ur grandma will say 😬", "sextortion"),
    ("ur life is over if this gets out", "sextortion"),
    ("I have ur followers list, 412 accounts. want me to start with ur cousin?", "sextortion"),
    ("would be a shame if ur coach saw this", "sextortion"),
    ("I will make u viral", "sextortion"),
    ("imagine ur college seeing this", "sextortion"),
)
_S_DEMAND: tuple[Opt, ...] = (
    ("pay $500 and i delete it", "sextortion"),
    ("send 300 and its gone forever", "sextortion"),
    ("i need 200 pounds now", "sextortion"),
    ("how much do u have? i want all of it", "sextortion"),
    ("u pay or everyone sees. simple", "sextortion"),
    ("$150 is the price to keep quiet", "sextortion"),
    ("Give me 1000 and i disappear", "sextortion"),
    ("what can u send me rn", "sextortion"),
)
_S_DEADLINE: tuple[Opt, ...] = (
    ("u got 1 hour", "sextortion"),
    ("by 10pm or its sent", "sextortion"),
    ("clock is ticking ⏳", "sextortion"),
    ("20 mins. dont test me", "sextortion"),
    ("i'm counting. 5 min left", "sextortion"),
    ("if i dont hear back by morning its over", "sextortion"),
    ("Time is running out for you", "sextortion"),
)
_S_PAYMENT: tuple[Opt, ...] = (
    ("cashapp $mjames0421", "sextortion"),
    ("go to the store, buy steam cards, send me the codes", "sextortion"),
    ("send it to paypal.me/quickmia22", "sextortion"),
    ("apple gift cards. scratch them and send a photo of the back", "sextortion"),
    ("use ur mums card, i dont care", "sextortion"),
    ("there's a bitcoin atm at the gas station, i'll send u the address", "sextortion"),
    ("Google Play cards, 4 x 50", "sextortion"),
    ("venmo @quickpay-2209", "sextortion"),
    ("zelle it to the number i sent", "sextortion"),
)
_S_VICTIM: tuple[Opt, ...] = (
    ("please dont do this", ""),
    ("i dont have that much", ""),
    ("im only 15 pls", "age"),
    ("i can get 50 maybe", ""),
    ("ok ok wait pls", ""),
    ("my parents will kill me", ""),
    ("i'll do anything just dont send it", ""),
    ("how do i know u'll delete it", ""),
    ("i sent what i had", ""),
    ("pls im begging u", ""),
    ("im going to tell someone", ""),
    ("why are u doing this", ""),
)
_S_CONTROL: tuple[Opt, ...] = (
    ("if u block me i send it instantly", "sextortion"),
    ("tell anyone and its posted", "sextortion secrecy"),
    ("dont even think about telling ur parents", "secrecy"),
    ("delete our chat and i post it", "sextortion"),
)
_S_AGAIN: tuple[Opt, ...] = (
    ("got it. now i need 200 more", "sextortion"),
    ("that was only the first part", "sextortion"),
    ("thanks. same again friday or u know what happens", "sextortion"),
    ("not enough. double it", "sextortion"),
)


def _sextortion(rng: random.Random) -> list[Group]:
    groups: list[Group] = []
    cold = rng.random() < 0.25
    if cold:
        groups.append(_turns(rng, ("A", _S_OPEN_COLD, 1.0), ("B", _S_VICTIM, 0.7)))
    else:
        groups.append(_turns(rng, ("A", _S_CONTACT, 1.0), ("B", _S_CONTACT_REPLY, 0.8)))
        if rng.random() < 0.4:
            age = _turns(
                rng, ("A", _S_AGE, 1.0), ("B", _S_AGE_TELL, 0.8), ("A", _S_AGE_PERSONA, 0.5)
            )
            groups.append(age)
        if rng.random() < 0.4:
            groups.append([_say(rng, "A", _S_PLATFORM)])
        if rng.random() < 0.6:
            groups.append(_turns(rng, ("A", _S_IMAGE, 1.0), ("B", _S_IMAGE_REPLY, 0.8)))
        if rng.random() < 0.8:
            groups.append(_turns(rng, ("A", _S_CLAIM, 1.0), ("B", _S_VICTIM, 0.5)))
    pressure: list[tuple[float, Group]] = [
        (1, _turns(rng, ("A", _S_THREAT, 1.0), ("A", _S_THREAT, 0.3), ("B", _S_VICTIM, 0.5))),
        (2, _turns(rng, ("A", _S_DEMAND, 0.9), ("B", _S_VICTIM, 0.5))),
        (3, _turns(rng, ("A", _S_DEADLINE, 0.7))),
        (4, _turns(rng, ("A", _S_PAYMENT, 0.75), ("B", _S_VICTIM, 0.3))),
        (3, _turns(rng, ("A", _S_CONTROL, 0.3))),
    ]
    groups.extend(_ordered(rng, pressure, 1.5))
    if rng.random() < 0.3:
        groups.append(_turns(rng, ("B", _S_VICTIM, 0.6), ("A", _S_AGAIN, 1.0)))
    return groups


# --- live-streamed abuse for payment ----------------------------------------------------------
# "A" is the paying customer, "B" the facilitator. Logistics, payment and presence only.

_L_CONTACT: tuple[Opt, ...] = (
    ("hello sir good evening, how are you", ""),
    ("hi mam, you remember me? from last month", ""),
    ("Good morning sir, you are online?", ""),
    ("hello po sir", ""),
    ("sir are you there", ""),
)
_L_CONTACT_REPLY: tuple[Opt, ...] = (
    ("hi, yes", ""),
    ("hello again", ""),
    ("evening", ""),
    ("yes here", ""),
)
_L_HELP: tuple[Opt, ...] = (
    ("sir pls help, my niece need money for her enrolment", "live_streaming"),
    ("we have no food since yesterday sir, any help", "live_streaming"),
    ("hospital bill of my mother, pls sir even small", "live_streaming"),
    ("for school uniform lang sir, 800 only", "live_streaming"),
    ("sir the kids need shoes for school, can u help us", "live_streaming"),
)
_L_SCHEDULE_A: tuple[Opt, ...] = (
    ("what time tonight", "live_streaming"),
    ("can we do the call 9pm my time", "live_streaming"),
    ("same as last week? saturday 10am ur time", "live_streaming"),
    ("is the show still on for tomorrow", "live_streaming"),
    ("book me for sunday again", "live_streaming"),
    ("I'm free at 11 your time, ready then?", "live_streaming"),
)
_L_SCHEDULE_B: tuple[Opt, ...] = (
    ("sir 8pm here ok?", "live_streaming"),
    ("we are ready at 7 sir, online na", "live_streaming"),
    ("tomorrow morning is better sir, no one here", "live_streaming"),
    ("after 9 sir, when the neighbours sleep", "live_streaming"),
)
_L_PRICE_A: tuple[Opt, ...] = (
    ("how much for 30 min", "live_streaming"),
    ("same price as before?", "live_streaming"),
    ("what's the rate this time", "live_streaming"),
)
_L_PRICE_B: tuple[Opt, ...] = (
    ("1500 php sir for the call", "live_streaming"),
    ("sir 40 dollar only", "live_streaming"),
    ("3000 if longer sir", "live_streaming"),
    ("same sir, 2k", "live_streaming"),
)
_L_PAY_A: tuple[Opt, ...] = (
    ("sent 2500 via remitly, ref 8831 2207", "live_streaming"),
    ("done, the control number is 441 902 7731", "live_streaming"),
    ("sent to ur gcash", "live_streaming"),
    ("check ur account, sent with the note 'tuition'", "live_streaming"),
    ("paid. what name do i put for the next one", "live_streaming"),
)
_L_PAY_B: tuple[Opt, ...] = (
    ("pls send gcash to 0917 555 0142", "live_streaming"),
    ("sir pls send screenshot of the receipt", "live_streaming"),
    ("use name of my cousin for the padala", "live_streaming"),
    ("western union pls, send me the MTCN after", "live_streaming"),
    ("sir payment first before i open cam", "live_streaming"),
    ("received sir thank u, for school fees", "live_streaming"),
)
_L_CHILD_A: tuple[Opt, ...] = (
    ("is the girl there with u?", "live_streaming"),
    ("make sure the little one is on cam this time", "live_streaming"),
    ("i want the younger one on the call", "live_streaming"),
    ("will the kid be there?", "live_streaming"),
    ("same girl as last time on the cam?", "live_streaming"),
)
_L_CHILD_B: tuple[Opt, ...] = (
    ("yes sir she is here already, waiting", "live_streaming"),
    ("both kids will join sir", "live_streaming"),
    ("the small one is sleeping, i wake her for the call", "live_streaming"),
    ("my niece will be on cam sir", "live_streaming"),
    ("the boy is here also sir", "live_streaming"),
)
_L_AGE_A: tuple[Opt, ...] = (
    ("how old is she", "age"),
    ("she is still under 12 right", "age"),
    ("how old now", "age"),
)
_L_AGE_B: tuple[Opt, ...] = (
    ("9 sir", "age"),
    ("she is 10 this year", "age"),
    ("the boy is 7", "age"),
)
_L_OTHERS: tuple[Opt, ...] = (
    ("i can bring other kids too sir, more price", "live_streaming"),
    ("my neighbor have daughter also, if u want", "live_streaming"),
)
_L_PLATFORM: tuple[Opt, ...] = (
    ("go to skype for the call", "platform_move"),
    ("add me on the other app, this one is watched", "platform_move"),
    ("sir what is ur messenger", "platform_move"),
    ("we use the video app, same as before", "platform_move"),
)
_L_HIDE_A: tuple[Opt, ...] = (
    ("delete our chat after", "deletion"),
    ("dont keep the msgs", "deletion"),
    ("nobody can know about this", "secrecy"),
)
_L_HIDE_B: tuple[Opt, ...] = (
    ("yes sir i always delete", "deletion"),
    ("sir pls delete also on ur side", "deletion"),
    ("dont worry sir no one will know", "secrecy"),
)
_L_AGAIN: tuple[Opt, ...] = (
    ("next week again? i will send more", "live_streaming"),
    ("good. same time friday", "live_streaming"),
    ("sir when u call again? we need for rent", "live_streaming"),
)


def _live_streaming(rng: random.Random) -> list[Group]:
    groups: list[Group] = []
    if rng.random() < 0.7:
        groups.append(_turns(rng, ("B", _L_CONTACT, 1.0), ("A", _L_CONTACT_REPLY, 0.7)))
    if rng.random() < 0.5:
        groups.append(_turns(rng, ("B", _L_HELP, 1.0), ("B", _L_HELP, 0.2)))
    middle: list[tuple[float, Group]] = [
        (1, _turns(rng, ("A", _L_PRICE_A, 0.7), ("B", _L_PRICE_B, 0.8))),
        (2, _turns(rng, ("A", _L_SCHEDULE_A, 0.8), ("B", _L_SCHEDULE_B, 0.6))),
        (2, _turns(rng, ("A", _L_CHILD_A, 0.8), ("B", _L_CHILD_B, 0.7))),
        (2, _turns(rng, ("A", _L_AGE_A, 0.4), ("B", _L_AGE_B, 0.8))),
        (2, _turns(rng, ("B", _L_OTHERS, 0.2))),
        (3, _turns(rng, ("A", _L_PLATFORM, 0.15), ("B", _L_PLATFORM, 0.15))),
        (4, _turns(rng, ("B", _L_PAY_B, 0.7), ("A", _L_PAY_A, 0.7))),
        (5, _turns(rng, ("A", _L_HIDE_A, 0.2), ("B", _L_HIDE_B, 0.15))),
    ]
    ordered = _ordered(rng, middle, 1.5)
    if not any(f for g in ordered for _s, _t, f in g):
        ordered.append([_say(rng, "B", _L_CHILD_B)])
    groups.extend(ordered)
    if rng.random() < 0.3:
        groups.append([_say(rng, rng.choice("AB"), _L_AGAIN)])
    return groups


# --- hard benign -----------------------------------------------------------------------------

_P_HOME: tuple[Opt, ...] = (
    ("are you home yet?", ""),
    ("Home yet love?", ""),
    ("back from school?", ""),
    ("let me know when you're in x", ""),
    ("did you lock the front door behind you?", ""),
)
_P_HOME_REPLY: tuple[Opt, ...] = (
    ("yes mum im home", ""),
    ("yh just got in", ""),
    ("5 mins away", ""),
    ("on the bus dad", ""),
    ("yes mum", ""),
)
_P_WHO: tuple[Opt, ...] = (
    ("is your brother home with you?", "supervision"),
    ("Are you on your own till I get back?", "supervision"),
    ("is dad there yet?", "supervision"),
)
_P_WHO_REPLY: tuple[Opt, ...] = (
    ("im alone, ben's at football", "supervision"),
    ("dad's not back yet mum", "supervision"),
    ("yes hes upstairs", ""),
    ("nan's here", ""),
)
_P_PICKUP: tuple[Opt, ...] = (
    ("I'll pick you up from the station at 6", "meeting"),
    ("wait by the library, I'll get you at 5", "meeting"),
    ("Dad will collect you from Jess's at 8, be ready", "meeting"),
)
_P_PICKUP_CHILD: tuple[Opt, ...] = (
    ("mum can u pick me up from jess's", "meeting"),
    ("can you get me from practice", "meeting"),
)
_P_SECRET: tuple[Opt, ...] = (
    ("don't tell dad about the present!!", "secrecy"),
    ("Shh it's a surprise for nana, don't say anything", "secrecy"),
    ("keep the party a secret from your sister ok 🤫", "secrecy"),
)
_P_SECRET_REPLY: tuple[Opt, ...] = (
    ("i wont tell him", ""),
    ("my lips are sealed mum", ""),
    ("lol ok", ""),
)
_P_OTHER: tuple[Opt, ...] = (
    ("delete my message in case he picks up your phone 😂", "deletion secrecy"),
    ("send me a pic of the timetable pls", "image_request"),
    ("Send me a photo of the trainers you want", "image_request"),
    ("I've put £10 on your phone", "gifts_money"),
    ("I'll top up your bus pass tomorrow", "gifts_money"),
    ("text me on whatsapp, my messenger is broken", "platform_move"),
    ("dinner's in the fridge, 3 mins in the microwave", ""),
    ("don't stay up late gaming", ""),
)
_P_CHILD_OTHER: tuple[Opt, ...] = (
    ("mum im 13 not 5 🙄", "age"),
    ("can i go to the cinema with amy", ""),
    ("dad the wifi is down again", ""),
    ("love u", ""),
)


def _parent_home(rng: random.Random) -> list[Group]:
    groups = [_turns(rng, ("A", _P_HOME, 1.0), ("B", _P_HOME_REPLY, 0.9))]
    optional = [
        _turns(rng, ("A", _P_WHO, 1.0), ("B", _P_WHO_REPLY, 0.8)),
        _turns(rng, ("A", _P_PICKUP, 1.0), ("B", _P_HOME_REPLY, 0.3)),
        _turns(rng, ("B", _P_PICKUP_CHILD, 1.0), ("A", (("ok love", ""), ("yes 6ish", "")), 0.8)),
        _turns(rng, ("A", _P_SECRET, 1.0), ("B", _P_SECRET_REPLY, 0.8)),
        [_say(rng, "A", _P_OTHER)],
        [_say(rng, "A", _P_OTHER)],
        [_say(rng, "B", _P_CHILD_OTHER)],
    ]
    groups.extend(rng.sample(optional, rng.randint(2, len(optional))))
    return groups


_T_ANNOUNCE: tuple[Opt, ...] = (
    ("Reminder: Year 8 trip to Riverside Park this Thursday!", ""),
    ("Hi all, the Year 5 park trip is on for tomorrow 🌳", ""),
    ("Good evening parents, final details for Friday's trip to the country park below.", ""),
    ("hi 7B! trip to the park is next wednesday, letters went home today", ""),
)
_T_MEET: tuple[Opt, ...] = (
    ("We'll meet at the park gates at 8:45, please don't be late", "meeting"),
    ("Parents, please pick up from the school car park at 3:30", "meeting"),
    ("Meet by the bandstand at 9, I'll be in a yellow vest", "meeting"),
    ("If your child needs a lift to the park, let me know and we'll sort it", "meeting"),
)
_T_LOGISTICS: tuple[Opt, ...] = (
    ("Please bring £4 in cash for the boat hire", ""),
    ("Packed lunch and a water bottle please, no glass", ""),
    ("The climbing wall is for ages 11 and over, so Year 6 only", ""),
    ("Please keep this chat for trip info only 🙂", ""),
    ("Please don't post photos of other pupils online", ""),
    ("Staff will supervise at all times, including lunch", ""),
    ("I'll take photos for the newsletter, tell me if you'd rather your child isn't in them", ""),
)
_T_ASK_PHOTO: tuple[Opt, ...] = (
    ("Parents, please send me a photo of the signed consent form", "image_request"),
    ("miss i lost the letter can u send a pic of it", "image_request"),
)
_T_PUPIL: tuple[Opt, ...] = (
    ("miss can we bring our phones", ""),
    ("im in 8C do we go with mr patel", "age"),
    ("what time do we get back", ""),
    ("can we sit with our friends on the coach", ""),
    ("will there be toilets there", ""),
)
_T_SNAP: tuple[Opt, ...] = (
    ("whats ur snap", "platform_move"),
    ("add me on snap so we can sit together lol", "platform_move"),
)
_T_PARENT: tuple[Opt, ...] = (
    ("Will the children be supervised at lunch?", ""),
    ("Is there a kiosk there or should they bring money?", ""),
    ("Thank you for organising!", ""),
    ("My son is 12 next week, is there an age limit on the boats?", "age"),
)


def _class_trip(rng: random.Random) -> list[Group]:
    groups = [[_say(rng, "A", _T_ANNOUNCE)], [_say(rng, "A", _T_MEET)]]
    optional = [
        [_say(rng, "A", _T_LOGISTICS)],
        [_say(rng, "A", _T_LOGISTICS)],
        [_say(rng, rng.choice("ACD"), _T_ASK_PHOTO)],
        _turns(rng, ("B", _T_PUPIL, 1.0), ("A", (("Yes", ""), ("Good question, yes", "")), 0.7)),
        _turns(rng, ("C", _T_SNAP, 1.0), ("B", (("add me its lily.b09", "platform_move"),), 0.6)),
        _turns(
            rng, ("D", _T_PARENT, 1.0), ("A", (("Yes of course", ""), ("Yes, all day", "")), 0.8)
        ),
        [_say(rng, "A", _T_MEET)],
    ]
    groups.extend(rng.sample(optional, rng.randint(2, len(optional))))
    if rng.random() < 0.5:
        groups.append([_b("A", "Everyone's back safe, thanks all!")])
    return groups


_F_SECRET: tuple[Opt, ...] = (
    ("omg dont tell anyone but we're doing a surprise party for maya", "secrecy"),
    ("keep it secret ok!!", "secrecy"),
    ("swear u wont tell her", "secrecy"),
    ("nobody tell her parents either they'd ruin it", "secrecy"),
    ("shhh its a surprise 🤫 for real dont say", "secrecy"),
)
_F_OTHER_A: tuple[Opt, ...] = (
    ("delete this chat in case she sees ur phone", "deletion"),
    ("im 13 and my mum still wont let me go to parties lol", "age"),
    ("we're in year 8 so it has to be at hers", "age"),
    ("my mums at work till 6 so come over after school", "supervision meeting"),
    ("lets meet at the park at 4 to get balloons", "meeting"),
    ("send me a pic of the cake when its done", "image_request"),
    ("i'll send u 5 quid for the present", "gifts_money"),
    ("add me on snap so we can make a group", "platform_move"),
    ("ur the only one i trust with this fr", "trust_isolation"),
)
_F_REPLY_B: tuple[Opt, ...] = (
    ("ok deleting now", ""),
    ("same im 13 too", "age"),
    ("ok wont say a word", ""),
    ("yesss", ""),
    ("omg she's gonna cry", ""),
    ("what about the music", ""),
)


def _friends_secret(rng: random.Random) -> list[Group]:
    groups = [_turns(rng, ("A", _F_SECRET, 1.0), ("B", _F_REPLY_B, 0.8))]
    for _ in range(rng.randint(2, 5)):
        speaker, other = ("A", "B") if rng.random() < 0.5 else ("B", "A")
        groups.append(_turns(rng, (speaker, _F_OTHER_A, 1.0), (other, _F_REPLY_B, 0.6)))
    if rng.random() < 0.4:
        groups.append([_say(rng, "B", _F_SECRET)])
    return groups


_M_OPEN: tuple[Opt, ...] = (
    ("Hi, is the bike still available?", ""),
    ("Hello, interested in the PS5, still for sale?", ""),
    ("hi is the sofa still available", ""),
    ("Is the phone unlocked? Still available?", ""),
)
_M_OPEN_REPLY: tuple[Opt, ...] = (
    ("yes still available", ""),
    ("Yes it is", ""),
    ("yep, had a few messages tho", ""),
)
_M_HAGGLE: tuple[Opt, ...] = (
    ("would you take £80?", ""),
    ("how old is it?", ""),
    ("any scratches?", ""),
    ("can you do a bit cheaper?", ""),
)
_M_HAGGLE_REPLY: tuple[Opt, ...] = (
    ("It's 3 years old, barely used", ""),
    ("lowest is 90", ""),
    ("one small scratch on the side", ""),
    ("ok 85 and it's yours", ""),
)
_M_PAY: tuple[Opt, ...] = (
    ("I can only take payment by gift card, Amazon or Apple", "sextortion"),
    ("Send the codes by tonight or I'll sell it to the next person", "sextortion"),
    ("I need the money by Friday, I'm moving house", "sextortion"),
    ("paypal.me/bikesale_rob, friends and family please", "sextortion"),
    ("pay first then I'll post it, £85 by 6pm", "sextortion"),
)
_M_PAY_REPLY: tuple[Opt, ...] = (
    ("Hmm gift cards sound a bit like a scam tbh", ""),
    ("can I pay cash on collection instead?", ""),
    ("ok I'll transfer tonight", ""),
    ("sure", ""),
)
_M_OTHER: tuple[Opt, ...] = (
    ("can you send more pics of the frame?", "image_request"),
    ("my number is 07700 900218, text me", "platform_move"),
    ("what's your whatsapp? I barely use this app", "platform_move"),
    ("can we meet at the Tesco car park?", "meeting"),
    ("I can drop it round if you're local", "meeting"),
    ("Does it come with the charger?", ""),
)


def _marketplace(rng: random.Random) -> list[Group]:
    opening = _turns(rng, ("B", _M_OPEN, 1.0), ("A", _M_OPEN_REPLY, 1.0))
    rest = [
        _turns(rng, ("B", _M_HAGGLE, 1.0), ("A", _M_HAGGLE_REPLY, 0.9)),
        _turns(rng, ("A", _M_PAY, 1.0), ("A", _M_PAY, 0.4), ("B", _M_PAY_REPLY, 0.8)),
    ]
    rest.extend([_say(rng, rng.choice("AB"), _M_OTHER)] for _ in range(rng.randint(1, 3)))
    rng.shuffle(rest)
    return [opening, *rest]


_D_AGE: tuple[Opt, ...] = (
    ("how old are you btw? profile doesn't say", "age"),
    ("Can I ask how old you are?", "age"),
    ("wait what age are you, you look younger than me", "age"),
)
_D_AGE_REPLY: tuple[Opt, ...] = (
    ("34, you?", ""),
    ("I'm 41 haha", ""),
    ("29 😅", ""),
    ("38 next month", ""),
)
_D_OTHER: tuple[Opt, ...] = (
    ("send me a pic? your profile ones are old lol", "image_request"),
    ("video call before we meet? just to be safe", "image_request"),
    ("what's your number, I barely open this app", "platform_move"),
    ("add me on insta, same name as here", "platform_move"),
    ("drinks friday at the Crown?", "meeting"),
    ("I can pick you up from the station if you like", "meeting"),
    ("I'm a teacher, year 6, so early nights on weekdays", ""),
    ("do you have kids?", ""),
    ("one, she's 7, with her dad this weekend", "age"),
    ("you're easy to talk to", ""),
    ("might delete this app after friday 😄", ""),
)
_D_REPLY: tuple[Opt, ...] = (
    ("sounds good", ""),
    ("haha sure", ""),
    ("ok!", ""),
    ("maybe next week?", ""),
    ("lol fair", ""),
)


def _dating_adults(rng: random.Random) -> list[Group]:
    groups = [
        [_b("A", rng.choice(("Hey! Nice to match 🙂", "hi, how's your week going?", "Hello!")))],
        _turns(rng, ("A", _D_AGE, 1.0), ("B", _D_AGE_REPLY, 1.0), ("A", _D_AGE_REPLY, 0.7)),
    ]
    for _ in range(rng.randint(2, 5)):
        speaker, other = ("A", "B") if rng.random() < 0.5 else ("B", "A")
        groups.append(_turns(rng, (speaker, _D_OTHER, 1.0), (other, _D_REPLY, 0.7)))
    return groups


_GM_ASK: tuple[Opt, ...] = (
    ("how old r u", "age"),
    ("wat grade u in", "age"),
    ("what school u go to", "age"),
)
_GM_TELL: tuple[Opt, ...] = (
    ("12 u", "age"),
    ("11", "age"),
    ("im year 6 lol", "age"),
    ("5th grade", "age"),
)
_GM_OTHER: tuple[Opt, ...] = (
    ("add me on discord", "platform_move"),
    ("ill gift u 1000 vbucks if u carry me", "gifts_money"),
    ("trade u my skin for 400 robux", "gifts_money"),
    ("dont tell my mum i spent my birthday money on this lol", "secrecy"),
    ("hop in vc", ""),
    ("turn ur mic on", ""),
    ("my mums out so i can play till late", "supervision"),
    ("whats ur epic name", ""),
    ("gg ez", ""),
    ("that boss took me 2 hours", ""),
    ("can u send the code for the private server", ""),
)
_GM_REPLY: tuple[Opt, ...] = (
    ("ok", ""),
    ("bet", ""),
    ("deal", ""),
    ("lol no", ""),
    ("sure", ""),
)


def _gamers(rng: random.Random) -> list[Group]:
    groups: list[Group] = [[_b("A", rng.choice(("gg", "ur good", "nice clutch")))]]
    if rng.random() < 0.8:
        groups.append(_turns(rng, ("A", _GM_ASK, 1.0), ("B", _GM_TELL, 1.0), ("A", _GM_TELL, 0.6)))
    for _ in range(rng.randint(2, 5)):
        speaker, other = ("A", "B") if rng.random() < 0.5 else ("B", "A")
        groups.append(_turns(rng, (speaker, _GM_OTHER, 1.0), (other, _GM_REPLY, 0.6)))
    return groups


_GP_CAMERA: tuple[Opt, ...] = (
    ("turn the camera on darling so I can see you", "image_request"),
    ("Can you video call me on Sunday? Grandad wants to see you", "image_request"),
    ("I can only hear you, press the camera button sweetheart", "image_request"),
    ("Send me a photo of your school play costume", "image_request"),
)
_GP_OTHER: tuple[Opt, ...] = (
    ("How old are you now, 9?", "age"),
    ("what year are you in now", "age"),
    ("are mummy and daddy home?", "supervision"),
    ("I'll send you £10 for your birthday", "gifts_money"),
    ("I've sent a little something for the school trip", "gifts_money"),
    ("I'll pick you up from school on Friday", "meeting"),
    ("Don't tell mummy I gave you sweets 😉", "secrecy"),
    ("How is your reading going?", ""),
)
_GP_REPLY: tuple[Opt, ...] = (
    ("nana im 10!!", "age"),
    ("year 5 nana", "age"),
    ("mums at work, dad's here", ""),
    ("thank u grandma", ""),
    ("ok nana", ""),
    ("yay", ""),
)


def _grandparent_call(rng: random.Random) -> list[Group]:
    groups = [_turns(rng, ("A", _GP_CAMERA, 1.0), ("B", _GP_REPLY, 0.6))]
    for _ in range(rng.randint(2, 4)):
        groups.append(_turns(rng, ("A", _GP_OTHER, 1.0), ("B", _GP_REPLY, 0.7)))
    if rng.random() < 0.4:
        groups.append([_say(rng, "A", _GP_CAMERA)])
    return groups


_TU_SCHEDULE: tuple[Opt, ...] = (
    ("Lesson Tuesday 5pm on Zoom as usual", "live_streaming"),
    ("Can we move Thursday's session to 6pm?", "live_streaming"),
    ("Next class is Saturday 10am your time, link to follow", "live_streaming"),
)
_TU_PAY: tuple[Opt, ...] = (
    ("Payment is £25 via PayPal before the session please", "live_streaming"),
    ("sent via gcash, ref 7781 2290", "live_streaming"),
    ("Invoice for March attached, bank transfer or e-wallet is fine", "live_streaming"),
    ("I've paid for the next four lessons, reference is the student's name", "live_streaming"),
)
_TU_OTHER: tuple[Opt, ...] = (
    ("Please make sure Aiden has his camera on for the lesson", "live_streaming"),
    ("turn your camera on please, I need to see your working", "image_request"),
    ("He's in Year 10, doing higher tier", "age"),
    ("how old is your daughter?", "age"),
    ("she's 11", "age"),
    ("can we move to whatsapp for reminders", "platform_move"),
    ("Great progress on fractions today", ""),
    ("homework is on the shared drive", ""),
)
_TU_REPLY: tuple[Opt, ...] = (
    ("Thank you!", ""),
    ("Perfect, see you then", ""),
    ("ok", ""),
    ("Noted, thanks", ""),
)


def _tutoring(rng: random.Random) -> list[Group]:
    groups = [
        _turns(rng, ("A", _TU_SCHEDULE, 1.0), ("B", _TU_REPLY, 0.8)),
        _turns(rng, ("A", _TU_PAY, 0.5), ("B", _TU_PAY, 0.7), ("A", _TU_REPLY, 0.5)),
    ]
    for _ in range(rng.randint(1, 4)):
        groups.append(_turns(rng, (rng.choice("AB"), _TU_OTHER, 1.0), ("A", _TU_REPLY, 0.4)))
    return groups


_R_SEND: tuple[Opt, ...] = (
    ("sent 5000 via gcash, ref no 4410 2281, for the school fees", "live_streaming"),
    ("padala for uniform and books, 3000 via palawan, control number to follow", "live_streaming"),
    ("I sent the tuition to your account, pls check", "live_streaming"),
    ("remit na for the month, the reference is in my last message", "live_streaming"),
)
_R_CALL: tuple[Opt, ...] = (
    ("video call tonight 8pm your time? i want to see the kids", "live_streaming image_request"),
    ("is bunso awake? put her on cam pls", "live_streaming image_request"),
    ("the kids will be on the call after dinner", "live_streaming"),
    ("call sunday morning there, same as always", "live_streaming"),
)
_R_OTHER: tuple[Opt, ...] = (
    ("pls send screenshot of the enrolment receipt", "image_request"),
    ("she turned 7 last week, she wants to show u her drawing", "age"),
    ("kuya is in grade 9 now, very tall already", "age"),
    ("received na, salamat", ""),
    ("the tuition is due friday", ""),
    ("ingat kayo, miss you all", ""),
)
_REMIT_REPLY: tuple[Opt, ...] = (("ok", ""), ("yes po", ""), ("sige", ""))


def _family_remittance(rng: random.Random) -> list[Group]:
    groups = [
        _turns(rng, ("A", _R_SEND, 1.0), ("B", (("received na, salamat", ""), ("ok po", "")), 0.8)),
        _turns(rng, (rng.choice("AB"), _R_CALL, 1.0), ("A", _REMIT_REPLY, 0.6)),
    ]
    for _ in range(rng.randint(1, 3)):
        groups.append([_say(rng, rng.choice("AB"), _R_OTHER)])
    rng.shuffle(groups)
    return groups


_ST_OPEN: tuple[Opt, ...] = (
    ("Your school sent a letter about sextortion, can we talk about it later?", ""),
    ("Hi, this is Ms Adeyemi from student support, following up on today's assembly.", ""),
    ("saw a thing on the news about kids being blackmailed online, made me think of you", ""),
)
_ST_QUOTE: tuple[Opt, ...] = (
    (
        "if anyone EVER says they'll send pics of you to your friends unless you pay, "
        "you tell me straight away",
        "sextortion",
    ),
    ("They often say stuff like 'you have 1 hour' to panic you", "sextortion"),
    ("and they usually ask for gift cards or cash app", "sextortion"),
    ("and if someone online asks are you home alone, that's a red flag", "supervision"),
    ("they pretend to be a girl your age, then it's 'pay me or everyone sees'", "sextortion"),
)
_ST_ADVICE: tuple[Opt, ...] = (
    ("don't pay them, not even once, they just ask for more", ""),
    ("you won't be in trouble, nobody will be angry with you", ""),
    ("keep the messages, don't delete them, screenshot everything", ""),
    ("we can use Report Remove, it's a real thing", ""),
    ("never move to another app with someone you don't know", ""),
)
_ST_TEEN: tuple[Opt, ...] = (
    ("mum i know, we did it in PSHE", ""),
    ("someone at school got a message like that", ""),
    ("what if they already have a pic", ""),
    ("ok ok", ""),
    ("i'm 14, i know how the internet works lol", "age"),
    ("thanks miss", ""),
)


def _safety_talk(rng: random.Random) -> list[Group]:
    groups = [_turns(rng, ("A", _ST_OPEN, 1.0), ("B", _ST_TEEN, 0.7))]
    for _ in range(rng.randint(1, 3)):
        groups.append(_turns(rng, ("A", _ST_QUOTE, 1.0), ("B", _ST_TEEN, 0.5)))
    for _ in range(rng.randint(1, 3)):
        groups.append(_turns(rng, ("A", _ST_ADVICE, 1.0), ("B", _ST_TEEN, 0.4)))
    return groups


_SC_COACH: tuple[Opt, ...] = (
    ("U12s training Saturday 9am at the rec, bring water", ""),
    ("Match on Sunday, kick off 10:30, meet at the clubhouse at 9:45", "meeting"),
    ("Parents, pick up is at 11 from the car park", "meeting"),
    ("Subs are £20 for the term, bank transfer by Friday please", "sextortion"),
    ("Photos from the tournament are on the club page, tell me if you'd rather not", ""),
    ("Please send me a photo of your child's birth certificate for registration", "image_request"),
    ("Great effort today everyone 👏", ""),
)
_SC_PARENT: tuple[Opt, ...] = (
    ("I can pick up Sam and Kai on the way", "meeting"),
    ("Jo's 11 so she can still play in this age group right?", "age"),
    ("Coach, can I text you directly instead of the group?", "platform_move"),
    ("Can someone send me a photo of the fixture list?", "image_request"),
    ("Who's staying to watch? 🙂", ""),
    ("Paid the subs, reference is Ellie's surname", ""),
)
_SC_REPLY: tuple[Opt, ...] = (
    ("Yes, cut-off is born after 1 September", ""),
    ("thanks!", ""),
    ("👍", ""),
    ("Sure, my number's on the club sheet", ""),
)


def _sports_club(rng: random.Random) -> list[Group]:
    groups = [[_say(rng, "A", _SC_COACH)]]
    for _ in range(rng.randint(2, 5)):
        if rng.random() < 0.5:
            groups.append(_turns(rng, ("A", _SC_COACH, 1.0), (rng.choice("BCD"), _SC_REPLY, 0.5)))
        else:
            groups.append(_turns(rng, (rng.choice("BCD"), _SC_PARENT, 1.0), ("A", _SC_REPLY, 0.7)))
    return groups


_FD_ASK: tuple[Opt, ...] = (
    ("you still owe me £60 for the electric", "sextortion"),
    ("need it by friday, my rent's due", "sextortion"),
    ("just send it to my monzo, same as before", "sextortion"),
    ("or paypal.me/jess_flat if that's easier", "sextortion"),
    ("Can you transfer your half of the internet today pls", "sextortion"),
)
_FD_OTHER: tuple[Opt, ...] = (
    ("if not I'm taking it out of your deposit", ""),
    ("screenshot the transfer pls", "image_request"),
    ("also can u stop leaving dishes", ""),
    ("don't tell Sam I was late paying again", "secrecy"),
    ("I'm 29 not your mum, stop nagging me lol", ""),
)
_FD_REPLY: tuple[Opt, ...] = (
    ("sorry!! payday is thursday", ""),
    ("ok sending now", ""),
    ("done", ""),
    ("chill I'll do it tonight", ""),
)


def _flatmate_debt(rng: random.Random) -> list[Group]:
    groups = [_turns(rng, ("A", _FD_ASK, 1.0), ("A", _FD_ASK, 0.5), ("B", _FD_REPLY, 0.8))]
    for _ in range(rng.randint(1, 3)):
        speaker = rng.choice("AB")
        groups.append(
            _turns(rng, (speaker, _FD_OTHER, 1.0), ("A" if speaker == "B" else "B", _FD_REPLY, 0.4))
        )
    return groups


_BS_OTHER: tuple[Opt, ...] = (
    ("is mum home yet or is it just us", "supervision"),
    ("mum and dad are out till 11, i'm in charge lol", "supervision"),
    ("don't tell mum we had pizza for dinner again", "secrecy"),
    ("delete that pic of me sleeping on the sofa 😂", "deletion"),
    ("send me a pic of ur homework so i know its done", "image_request"),
    ("ill give u my old switch if u go to bed now", "gifts_money"),
    ("ill get u from ellies at 7", "meeting"),
    ("ur 10 not 16, bed at 9", "age"),
    ("who ate the last yoghurt", ""),
)
_BS_REPLY: tuple[Opt, ...] = (
    ("ugh fine", ""),
    ("no", ""),
    ("ok", ""),
    ("im telling mum lol", ""),
    ("deal", ""),
)


def _babysitting(rng: random.Random) -> list[Group]:
    groups = [[_b("A", rng.choice(("where are u", "u back yet?", "dinner in 10")))]]
    for _ in range(rng.randint(2, 5)):
        speaker, other = ("A", "B") if rng.random() < 0.8 else ("B", "A")
        groups.append(_turns(rng, (speaker, _BS_OTHER, 1.0), (other, _BS_REPLY, 0.7)))
    return groups


# --- assembly --------------------------------------------------------------------------------

# Each kind: its script, and the small talk of "A" and of everyone else.
Talk = tuple[tuple[str, ...], tuple[str, ...]]
_RISKY: dict[str, tuple[Script, Talk]] = {
    "grooming": (_grooming, (_TEEN_TALK, _TEEN_TALK)),
    "sextortion": (_sextortion, (_TEEN_TALK, _TEEN_TALK)),
    "live_streaming": (_live_streaming, (_CUSTOMER_TALK, _FACILITATOR_TALK)),
}
_BENIGN: dict[str, tuple[Script, Talk]] = {
    "parent_home": (_parent_home, (_ELDER_TALK, _CHILD_TALK)),
    "class_trip": (_class_trip, (_GROUP_TALK, _GROUP_TALK)),
    "friends_secret": (_friends_secret, (_TEEN_TALK, _TEEN_TALK)),
    "marketplace": (_marketplace, (_ADULT_TALK, _ADULT_TALK)),
    "dating_adults": (_dating_adults, (_ADULT_TALK, _ADULT_TALK)),
    "gamers": (_gamers, (_TEEN_TALK, _TEEN_TALK)),
    "grandparent_call": (_grandparent_call, (_ELDER_TALK, _CHILD_TALK)),
    "tutoring": (_tutoring, (_ADULT_TALK, _ADULT_TALK)),
    "family_remittance": (_family_remittance, (_REMITTANCE_TALK, _REMITTANCE_TALK)),
    "safety_talk": (_safety_talk, (_ELDER_TALK, _CHILD_TALK)),
    "sports_club": (_sports_club, (_GROUP_TALK, _GROUP_TALK)),
    "flatmate_debt": (_flatmate_debt, (_ADULT_TALK, _ADULT_TALK)),
    "babysitting": (_babysitting, (_TEEN_TALK, _CHILD_TALK)),
}
_GROUP_CHATS = frozenset({"class_trip", "sports_club"})

# --- writing styles --------------------------------------------------------------------------

_STYLES = ("as_written", "as_written", "lower", "texting", "texting", "typos", "emoji")
_ABBREVIATIONS = (
    (r"\bwhere are you\b", "wru"),
    (r"\byou are\b", "ur"),
    (r"\byou're\b", "ur"),
    (r"\byour\b", "ur"),
    (r"\byou\b", "u"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\btomorrow\b", "tmrw"),
    (r"\btonight\b", "2nite"),
    (r"\bbecause\b", "cuz"),
    (r"\bokay\b", "ok"),
    (r"\breally\b", "rly"),
    (r"\bpeople\b", "ppl"),
    (r"\bwith\b", "w"),
    (r"\bthanks\b", "thx"),
    (r"\bi don't know\b", "idk"),
    (r"\bright now\b", "rn"),
    (r"\bmessages\b", "msgs"),
    (r"\bbefore\b", "b4"),
    (r"\bsee\b", "c"),
)
_EMOJI = ("😂", "😅", "🙂", "😭", "👍", "🙏", "😊", "✨", "😩")


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    j = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:  # swap two letters
        word = word[: j - 1] + word[j] + word[j - 1] + word[j + 1 :]
    elif kind == 1:  # drop a letter
        word = word[:j] + word[j + 1 :]
    else:  # double a letter
        word = word[:j] + word[j] + word[j:]
    words[i] = word
    return " ".join(words)


def _styled(rng: random.Random, style: str, text: str) -> str:
    if style == "lower":
        return text.lower().rstrip(".!")
    if style == "texting":
        out = text.lower().replace("’", "'").rstrip(".")
        for pattern, short in _ABBREVIATIONS:
            out = re.sub(pattern, short, out)
        return out.replace("'", "") if rng.random() < 0.7 else out
    if style == "typos":
        return _typo(rng, text) if rng.random() < 0.35 else text
    if style == "emoji" and rng.random() < 0.4:
        return f"{text} {rng.choice(_EMOJI)}"
    return text


def _render(
    groups: list[Group],
    rng: random.Random,
    label: str,
    kind: str,
    number: int,
    length: int,
    talk: Talk,
    group_chat: bool,
) -> LabelledConversation:
    seen: set[str] = set()
    kept: list[Group] = []
    for group in groups:
        fresh: Group = []
        for beat in group:
            if beat[1] not in seen:
                seen.add(beat[1])
                fresh.append(beat)
        if fresh:
            kept.append(fresh)
    groups = kept
    scripted = sum(len(g) for g in groups)
    speakers = sorted({s for g in groups for s, _t, _f in g} | {"A", "B"})
    names = dict(zip(speakers, rng.sample(_NAMES, len(speakers)), strict=True))
    styles = {s: rng.choice(_STYLES) for s in speakers}
    # Small talk between the exchanges (each exchange stays together).
    gaps = [0] * (len(groups) + 1)
    for _ in range(max(0, length - scripted)):
        gaps[rng.randrange(len(gaps))] += 1
    chatters = speakers if group_chat else ["A", "B"]
    lines: list[Beat] = []
    for position, gap in enumerate(gaps):
        for _ in range(gap):
            speaker = rng.choice(chatters)
            pool = talk[0] if speaker == "A" else talk[1]
            text = rng.choice(pool)
            if lines and text == lines[-1][1]:  # no echo of the line just before
                text = rng.choice(pool)
            lines.append((speaker, text, frozenset()))
        if position < len(groups):
            lines.extend(groups[position])
    fast = label == "sextortion"
    clock = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 500_000))
    messages = []
    for index, (speaker, text, _families) in enumerate(lines):
        clock += timedelta(seconds=rng.randint(5, 240 if fast else 1800))
        written = _styled(rng, styles[speaker], text)
        messages.append(Message(index, clock, clock.isoformat(), names[speaker], written))
    source = f"blind/{label}/{kind}-{number:04d}"
    conversation = Conversation(
        id=conversation_id("synthetic", source, "", messages),
        format="synthetic",
        title=f"{kind} {number}",
        participants=tuple(Participant(id=n, name=n) for n in names.values()),
        messages=tuple(messages),
        source=source,
    )
    families = {i: fams for i, (_s, _t, fams) in enumerate(lines) if fams}
    return LabelledConversation(conversation, label, kind, families)


def build_blind(
    seed: int = 2026, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The blind set: ``risky_per_category`` conversations of each category and
    ``benign_per_kind`` of each kind in ``BLIND_BENIGN_KINDS``, 10 to 80 messages each,
    deterministic by ``seed``."""
    rng = random.Random(seed)
    out: list[LabelledConversation] = []
    for label, (script, talk) in _RISKY.items():
        for number in range(risky_per_category):
            groups = script(rng)
            out.append(_render(groups, rng, label, label, number, rng.randint(10, 80), talk, False))
    for kind, (script, talk) in _BENIGN.items():
        for number in range(benign_per_kind):
            groups = script(rng)
            length = rng.randint(10, 80)
            out.append(
                _render(groups, rng, "benign", kind, number, length, talk, kind in _GROUP_CHATS)
            )
    return out
