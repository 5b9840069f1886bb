"""A second blind test set for chat-risk ranking, written without reading the rules or the sets.

The author of this module had not read the rule code (``cairn/chats/indicators.py``,
``assess.py``, ``normalise.py``, ``identifiers.py``), the development and held-out scripts in
``dataset.py``, the first blind set's scripts in ``blind.py`` nor the phrase tests, and did not
score this set while writing it. What was taken from elsewhere: the record type
(``LabelledConversation``, ``Beat``, ``_b``), ``BENIGN_KINDS`` and ``NAMES`` from
``dataset.py``; ``FAMILY_NAMES``, ``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS`` and the labelling
conventions of ``blind.py``'s docstring; the family and category descriptions of docs/chats.md
(its family table lists example cues, so the author has seen them); and the situations of the
team's reference (chat-formats-and-risk.md §1.5-§3). Every line here is this module's own:
risky lines that came out close to an example cue of the docs or the reference were reworded
after a check against both, though everyday phrasings ("how old are u", "add me on …")
inevitably overlap; those examples stay mostly in the benign conversations that quote them
(a safety quiz, a parent's warning, a news story).

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind,
10 to 80 messages each, built from scripted *blocks* (a line, or a question with its answer,
that stay together) mixed with neutral small talk so that cues are a minority of the lines.
Grooming: a groomer posing as a peer, an older "mentor", a writer of non-native English;
stages in any order, sometimes over several days, sometimes with the child refusing.
Sextortion: rapport then a turn; a threat that comes before any demand; a demand posted by a
second account; a cold opening with a threat; payment made and the demand raised; a child who
refuses and says they have told a parent. Live-streaming: a customer and a facilitator
arranging paid calls with a child on camera, "help" requests before calls, remittance
references, time-zone scheduling, moves to a video app. Registers vary by speaker (as written,
lower case, texting abbreviations, typos, emoji), applied to every line the speaker writes.
Small talk comes in short exchanges from a pool that suits the setting (after a sextortion
turn, the extorter presses and the teenager stalls); some conversations run over several
days. Sources and titles are neutral (nothing in them gives the label away). Everything is
synthetic and non-explicit: risk indicators only.

**Labels** follow ``blind.py``'s conventions. ``label`` is the conversation's truth (a
category or ``benign``); ``kind`` is the scenario (``grooming/peer``...) for risky
conversations and the benign kind otherwise. ``families`` marks, per message, the families a
careful reader would mark on the line *as written*, whatever the conversation is: a landlord's
"£750 by Friday 5pm or I start proceedings" is ``sextortion`` (the family that holds
demands, deadlines and payment instructions) and a grandparent's "put the camera on" is
``image_request``; scheduling a video call across time zones, or a payment by remittance or
e-wallet with a reference, is ``live_streaming``; a cue quoted in a warning, a quiz or a news
story is marked too. A statement that a particular person is a minor's age or in a school year
is ``age`` (whoever says it), adults stating adult ages and notices to a whole year group are
not; a child saying nobody is at home is ``supervision``; giving one's own handle or number for
another app is ``platform_move``; asking for a photo of something (a receipt, a gift card) is
``image_request``. A scripted line drawn twice in one conversation is kept once.

Benign kinds: the eight of ``dataset.BENIGN_KINDS`` and the five of
``blind.EXTRA_BENIGN_KINDS``, each rewritten here in this module's own words, plus six new
ones (``NEW_BENIGN_KINDS``): a coach arranging a lift to a match and asking the parents
(``coach_lift``); teenagers discussing a sextortion news story (``news_story``); an
online-safety lesson quiz in a class chat (``safety_quiz``); a streamer arranging a paid
sponsored stream (``streamer_sponsor``); a landlord demanding overdue rent by a deadline
(``landlord_rent``); a game guild raising money for a charity stream (``guild_fundraiser``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.dataset import BENIGN_KINDS, NAMES, Beat, LabelledConversation, _b
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Attachment, Conversation, Message, Participant

__all__ = [
    "BLIND2_BENIGN_KINDS",
    "NEW_BENIGN_KINDS",
    "build_blind2",
]

NEW_BENIGN_KINDS = (
    "coach_lift",
    "news_story",
    "safety_quiz",
    "streamer_sponsor",
    "landlord_rent",
    "guild_fundraiser",
)
BLIND2_BENIGN_KINDS = (*BENIGN_KINDS, *EXTRA_BENIGN_KINDS, *NEW_BENIGN_KINDS)
FORMAT = "synthetic"
MIN_MESSAGES = 10
MAX_MESSAGES = 80

# --------------------------------------------------------------------------------------
# Script pieces: a block is one or more beats that stay together (a question and its
# answer); a gap is hours of silence (a multi-day conversation); a receipt is a beat with an
# image attached (a transfer screenshot).

Block = tuple[Beat, ...]


@dataclass(frozen=True, slots=True)
class Gap:
    """Silence between blocks, in hours."""

    hours: float


@dataclass(frozen=True, slots=True)
class Switch:
    """From here on, small talk comes from another pool (panicky lines after a threat)."""

    pool: str
    lead: str = ""


Item = Block | Gap | Switch


@dataclass(slots=True)
class Script:
    """What a scenario produces: the cast (role letter to display name), each role's writing
    style, the small-talk pool and who makes small talk, and the ordered items."""

    cast: dict[str, str]
    styles: dict[str, str]
    talk: str
    talkers: tuple[str, ...]
    items: list[Item] = field(default_factory=list)
    title: str = ""
    attachments: dict[str, str] = field(default_factory=dict)
    talk_lead: str = ""

    def add(self, *beats: Beat) -> None:
        """Append one block (beats that stay together)."""
        if beats:
            self.items.append(tuple(beats))

    def gap(self, hours: float) -> None:
        self.items.append(Gap(hours))

    def switch(self, pool: str, lead: str = "") -> None:
        self.items.append(Switch(pool, lead))


def say(rng: random.Random, speaker: str, texts: Sequence[str], *families: str) -> Beat:
    """One of ``texts`` by ``speaker``, all carrying the same families."""
    return _b(speaker, rng.choice(list(texts)), *families)


def choose(rng: random.Random, *options: Beat) -> Beat:
    return rng.choice(list(options))


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


# --------------------------------------------------------------------------------------
# Writing styles, applied to every line a speaker writes (small talk and cues alike).

_TEXTING = {
    "you": "u",
    "your": "ur",
    "you're": "ur",
    "are": "r",
    "please": "pls",
    "tomorrow": "tmrw",
    "tonight": "tn",
    "because": "cuz",
    "okay": "ok",
    "really": "rly",
    "though": "tho",
    "people": "ppl",
    "something": "smth",
    "about": "abt",
    "with": "w",
    "don't": "dont",
    "i'm": "im",
    "what": "wat",
    "love": "luv",
    "see": "c",
}
_EMOJI = ("😂", "😅", "🙂", "👍", "🙃", "😭", "💀", "🥲", "😊", "🤷", "😆", "🔥")
_WORD = re.compile(r"[A-Za-z']+")
STYLES = ("plain", "lower", "texting", "typo", "emoji", "texting+emoji", "lower+typo")
TEEN_STYLES = ("lower", "texting", "texting+emoji", "lower+typo", "emoji", "texting")
ADULT_STYLES = ("plain", "plain", "lower", "typo", "emoji")


def _texting(text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        return _TEXTING.get(word.lower(), word)

    return _WORD.sub(swap, text.lower())


def _no_full_stop(text: str) -> str:
    """Drop one closing full stop (not an ellipsis), as casual writers do."""
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates or not maybe(rng, 0.35):
        return text
    i = rng.choice(candidates)
    word = words[i]
    j = rng.randrange(1, len(word) - 2)
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def styled(rng: random.Random, style: str, text: str) -> str:
    """``text`` as a speaker with ``style`` would type it."""
    for part in style.split("+"):
        if part == "lower":
            text = _no_full_stop(text.lower())
        elif part == "texting":
            text = _no_full_stop(_texting(text))
        elif part == "typo":
            text = _typo(rng, text)
        elif part == "emoji" and maybe(rng, 0.35):
            text = f"{text} {rng.choice(_EMOJI)}"
    return text


# --------------------------------------------------------------------------------------
# Small talk: neutral lines with none of the families' cues (no ages, numbers, homes,
# pictures, cameras, money, times, apps or secrets), one pool per setting.

TALK: dict[str, tuple[tuple[str, ...], ...]] = {
    "teen": (
        ("did u watch the match", "ya that last goal was mad"),
        ("what music u into", "drill and old rnb mostly", "fair"),
        ("im so bored", "same"),
        ("that new season is so good", "no spoilers!!"),
        ("brb getting snacks", "k"),
        ("back",),
        ("my brother is so annoying", "lol whats he done", "ate my noodles"),
        ("i want a dog so bad", "same, or a cat"),
        ("the update broke my controller settings", "ugh that happened to me too"),
        ("omg that song is stuck in my head", "which one", "the one from the advert"),
        ("football practice was brutal", "rip"),
        ("i got the rare skin finally", "no way", "took forever"),
        ("whats ur fav food", "pizza obviously", "same tbh"),
        ("it rained all day here", "here too"),
        ("i fell asleep on the sofa", "lol"),
        ("that meme killed me", "😂😂"),
        ("what u up to", "nothing much just chilling"),
        ("i hate mondays",),
        ("hahaha stop",),
        ("lol",),
        ("my hair is a mess today", "it always is lol jk"),
        ("did u see that clip of the goalie", "he slipped 💀"),
        ("im starving", "eat then lol"),
        ("that trailer looked mid", "nah it looked hard"),
        ("ngl that boss fight was impossible", "took me ages too"),
        ("my cat just knocked a cup off the table", "iconic"),
        ("true",),
        ("idk tbh",),
    ),
    "adult": (
        ("How was your day?", "Not bad, pretty busy. Yours?", "Same really."),
        ("The weather has been awful this week.", "Tell me about it."),
        ("I've been watching that new crime series.", "Any good?", "It's alright, a bit slow."),
        ("I went for a long walk earlier.", "Sounds nice."),
        ("Did you see the football?", "Not really my thing."),
        ("I've been trying to cook more.", "What did you make?", "Just a curry, nothing fancy."),
        ("Work was chaos.", "Hope it calms down."),
        ("Traffic was terrible on the way back.", "It always is on a Friday."),
        ("I'm reading a good book at the moment.", "Which one?", "A thriller, can't put it down."),
        ("My neighbour's dog barked all night.", "Nightmare."),
        ("The garden is a disaster.", "Mine too."),
        ("Haha, fair enough.",),
        ("Cheers.",),
        ("I'm knackered to be honest.", "Early night then."),
    ),
    "family": (
        ("Did you eat?", "yeah had toast"),
        ("Don't forget your coat.", "I won't"),
        ("Love you.", "love u too"),
        ("The dog needs feeding.", "on it"),
        ("Gran says hello.", "tell her hi"),
        ("Did you tidy your room?", "kind of"),
        ("We're out of milk.", "ill get some"),
        ("How was practice?", "fine", "Good."),
        ("Where did you put the charger?", "in the kitchen drawer", "Thanks sweetheart."),
        ("Drink some water.", "ok ok"),
        ("Your aunt rang earlier.", "what did she want", "Just a chat."),
        ("ok",),
    ),
    "group": (
        ("Thanks!",),
        ("Thank you 👍",),
        ("Great, cheers.",),
        ("Noted.",),
        ("Brilliant, thanks for organising.",),
        ("Is it still on if it rains?", "Yes, unless we say otherwise.", "Lovely, thanks."),
        ("Can someone share the list again?", "Scroll up, it's there.", "Oh yes, found it."),
        ("Hope everyone had a good week.",),
        ("Sorry, only just seen this.",),
        ("Will do.",),
        ("Got it.",),
        ("👍",),
        ("Much appreciated.",),
        ("Well done everyone last week!", "They were brilliant."),
    ),
    "work": (
        ("Thanks for getting back to me.", "No problem."),
        ("I'll check with the team.", "Great, appreciate it."),
        ("Let me know if anything changes.", "Will do."),
        ("Any questions, just shout.", "Cheers."),
        ("Hope your week's going well.", "It's been a busy one.", "Fair enough."),
        ("Noted, thanks.",),
        ("Great stuff.",),
        ("Understood.",),
        ("Looking forward to it.",),
    ),
    # The lead (a customer abroad) asks, the other party answers in non-native English.
    "ls": (
        ("How's the weather there?", "very hot here today sir"),
        ("Have you eaten?", "yes rice and fish, thank you"),
        ("How is everyone?", "all ok sir, thank you for asking"),
        ("Busy day?", "yes the market was busy"),
        ("Is it raining there?", "raining strong, the road is flooded again"),
        ("Sorry, late reply, work.", "no problem sir"),
        ("You sound tired.", "yes i am tired today", "Get some rest."),
        ("Long week here.", "take rest sir"),
        ("Any news there?", "the neighbours have party, very loud haha"),
        ("Thanks, you're a star.", "god bless you sir"),
        ("Did the parcel arrive?", "not yet sir, maybe next week"),
        ("What are you cooking?", "adobo, the kids like it"),
        ("Is the typhoon close?", "no sir it passed already"),
        ("Hope the family is well.", "yes sir thank you"),
        ("Football on tonight here.", "haha you like football"),
        ("Any plans for the fiesta?", "just small party"),
        ("ok",),
        ("haha",),
        ("sorry signal weak",),
        ("👍",),
    ),
    # The lead writes non-native English, the other party is a teenager.
    "esl": (
        ("good morning my friend", "morning"),
        ("how is your day?", "ok i guess"),
        ("here very hot today", "its cold here lol"),
        ("you eat already?", "yeah"),
        ("i am tired, too much work", "aw"),
        ("you like music?", "ya"),
        ("sorry late reply, signal weak", "its ok"),
        ("what you do today?", "nothing much"),
        ("i watch football yesterday", "who won", "i forget haha"),
        ("you are funny", "lol thanks"),
        ("you have pet?", "a dog", "nice, i like dog"),
        ("what is your favourite food", "pizza"),
        ("i go to sleep soon", "ok"),
        ("your english is very good", "lol its my language"),
        ("haha",),
        ("ok",),
        ("good good",),
    ),
    # An older adult opening, a teenager answering.
    "mentor": (
        ("How's your week going?", "ok i guess"),
        ("Been practising?", "a bit"),
        ("What are you listening to at the moment?", "mostly old rnb"),
        ("Did you see the match?", "yeah it was mad"),
        ("Any plans for the weekend?", "not really"),
        ("That's brilliant, well done.", "thanks"),
        ("How's the new song coming on?", "slowly lol"),
        ("Don't work too hard.", "lol i wont"),
        ("Have you tried the new level yet?", "its so hard"),
        ("Ha!",),
        ("Good stuff.",),
        ("Anyway.",),
    ),
    # After a sextortion turn: the extorter presses, the teenager stalls.
    "tense": (
        ("hello??", "wait"),
        ("?", "im here"),
        ("i see u typing", "stop"),
        ("well?", "give me a sec"),
        ("r u there", "yes"),
        ("so?", "i need time to think"),
        ("??", "pls"),
        ("hello", "what"),
        ("still there?", "yes"),
        ("answer", "i am"),
        ("hello?", "i dont know what to do"),
        ("why r u quiet", "im thinking"),
        ("u there", "ya"),
        ("say something", "i dont know what to say"),
        ("well", "pls just wait"),
        ("ok?", "ok"),
        ("👀", "stop"),
        ("hellooo", "wait pls"),
        ("where did u go", "here"),
        ("?",),
        ("...",),
    ),
}

HANDLE_WORDS = (
    "shadow",
    "blaze",
    "lil",
    "xo",
    "jay",
    "kayla",
    "nova",
    "lunar",
    "frost",
    "king",
    "pixel",
    "rose",
    "zane",
    "mia",
    "storm",
    "leo",
)
ADULT_NAMES = (
    "Mark",
    "Gary",
    "Steve",
    "Paul",
    "Richard",
    "Dean",
    "Tony",
    "Martin",
    "Ian",
    "Colin",
    "Neil",
    "Graham",
)
SEA_NAMES = ("Maricel", "Joy", "Rowena", "Lorna", "Tess", "Jun", "Ramon", "Liza", "Nene")
PARENT_NAMES = ("Mum", "Dad", "Mam", "Mom", "Mummy")
PARENT_CHAT_NAMES = (
    "Amira's mum",
    "Jo B",
    "Dave (Leo's dad)",
    "Sarah K",
    "Tom H",
    "Priya M",
    "Kerry",
    "Ade O",
    "Lisa W",
)
TOWNS = ("Leeds", "Swindon", "Derby", "Bolton", "Reading", "Luton", "Exeter", "Hull")


def handle(rng: random.Random) -> str:
    a, b = rng.sample(HANDLE_WORDS, 2)
    return f"{a}{rng.choice(('_', '.', ''))}{b}{rng.randint(1, 99):02d}"


def phone(rng: random.Random) -> str:
    return f"07700 900{rng.randint(100, 999)}"


def two_names(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(list(NAMES), 2)
    return a, b


# --------------------------------------------------------------------------------------
# Rendering: small talk between blocks, times, styles, labels.


def _talk_lines(
    rng: random.Random,
    bag: list[tuple[str, ...]],
    pool: str,
    lead: str,
    talkers: Sequence[str],
    count: int,
) -> list[Beat]:
    """``count`` small-talk lines made of whole exchanges from ``bag`` (refilled from
    ``pool`` when empty), preferring exchanges that fit; one is cut short only when none left
    in the bag fits. Exchanges are opened by ``lead`` where given, otherwise by anyone;
    another talker replies."""
    out: list[Beat] = []
    while len(out) < count:
        room = count - len(out)
        if not bag:
            bag.extend(TALK[pool])
            rng.shuffle(bag)
        fits = [i for i, exchange in enumerate(bag) if len(exchange) <= room]
        exchange = bag.pop(fits[-1] if fits else -1)
        first = lead or rng.choice(list(talkers))
        second = rng.choice([t for t in talkers if t != first] or [first])
        for k, line in enumerate(exchange[:room]):
            out.append(_b(first if k % 2 == 0 else second, line))
    return out


def _render(rng: random.Random, script: Script, label: str, kind: str) -> LabelledConversation:
    """Mix small talk into the script's blocks, give each message a time and a style."""
    seen: set[tuple[str, str]] = set()
    items: list[Item] = []
    for item in script.items:
        if isinstance(item, Gap | Switch):
            items.append(item)
            continue
        kept = tuple(beat for beat in item if (beat[0], beat[1]) not in seen)
        seen.update((beat[0], beat[1]) for beat in kept)
        if kept:
            items.append(kept)
    blocks = [item for item in items if isinstance(item, tuple)]
    scripted = sum(len(block) for block in blocks)
    cues = sum(1 for block in blocks for beat in block if beat[2])
    if scripted > MAX_MESSAGES - 4:
        raise ValueError(f"{kind}: {scripted} scripted lines leave no room for small talk")
    low = max(MIN_MESSAGES, 2 * cues + 1, scripted + 2)
    high = max(low, min(MAX_MESSAGES, rng.choice((low + 6, low + 14, low + 25, MAX_MESSAGES))))
    total = rng.randint(low, high)
    # Small talk goes between blocks (never inside one) and may open the conversation.
    slots = [0] * (len(items) + 1)
    opens_with_talk = maybe(rng, 0.2)
    for _ in range(total - scripted):
        slots[rng.randrange(0 if opens_with_talk else 1, len(slots))] += 1
    bag: list[tuple[str, ...]] = []
    pool, lead = script.talk, script.talk_lead
    sequence: list[Beat | Gap] = []
    for position in range(len(items) + 1):
        sequence.extend(_talk_lines(rng, bag, pool, lead, script.talkers, slots[position]))
        if position < len(items):
            item = items[position]
            if isinstance(item, Switch):
                pool, lead = item.pool, item.lead
                bag.clear()
            elif isinstance(item, Gap):
                sequence.append(item)
            else:
                sequence.extend(item)
    start = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(
        days=rng.randint(0, 300),
        hours=rng.choice((7, 12, 16, 19, 21, 22, 23)),
        minutes=rng.randint(0, 59),
    )
    now = start
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    order: list[str] = []
    for entry in sequence:
        if isinstance(entry, Gap):
            now += timedelta(hours=entry.hours, minutes=rng.randint(0, 50))
            continue
        speaker, text, marked = entry
        name = script.cast[speaker]
        if name not in order:
            order.append(name)
        now += timedelta(
            seconds=rng.choice((8, 15, 30, 45, 70, 120, 300, 900)) + rng.randint(1, 40)
        )
        index = len(messages)
        attachment = script.attachments.get(text)
        messages.append(
            Message(
                index=index,
                time_utc=now,
                time_raw=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=name,
                text=styled(rng, script.styles.get(speaker, "plain"), text),
                attachments=(Attachment(attachment, "image"),) if attachment else (),
            )
        )
        if marked:
            unknown = marked - set(FAMILY_NAMES)
            if unknown:
                raise ValueError(f"{kind}: unknown families {sorted(unknown)} on {text!r}")
            families[index] = marked
    source = f"blind2/{rng.getrandbits(48):012x}.txt"
    title = script.title or " & ".join(order[:2])
    conversation = Conversation(
        id=conversation_id(FORMAT, source, "", messages, title),
        format=FORMAT,
        title=title,
        participants=tuple(Participant(id=n, name=n) for n in order),
        messages=tuple(messages),
        source=source,
    )
    return LabelledConversation(conversation, label, kind, families)


def _add_all(
    script: Script, rng: random.Random, blocks: Sequence[Block | Switch], gaps: float = 0.0
) -> None:
    """Append ``blocks`` in order, with a chance of a multi-hour or multi-day gap between."""
    for block in blocks:
        if block:
            script.items.append(block)
        if isinstance(block, tuple) and gaps and maybe(rng, gaps):
            script.gap(rng.choice((3, 9, 20, 26, 49, 75)))


# --------------------------------------------------------------------------------------
# Grooming. "A" is the adult (posing as a peer, as an older mentor, or writing non-native
# English); "B" the child. Stages come in any order; some children refuse and leave.

G_AGE_ASK = {
    "peer": (
        "wait how old r u",
        "u in high school or nah",
        "what year u in",
        "how old are u anyway lol",
        "hold on r u like twelve or smth",
        "wats ur age",
        "u look young in ur pfp, how old",
        "which grade r u in",
    ),
    "mentor": (
        "Do you mind me asking how old you are?",
        "Which year are you in at school now?",
        "You seem very grown up. How old are you?",
        "Are you still at primary or have you started secondary?",
        "What age are you, roughly? Just so I know what to recommend.",
    ),
    "esl": (
        "how much years you have?",
        "you are how old?",
        "what class you study now?",
        "you are student? which grade?",
        "tell me your age please",
    ),
}
G_AGE_ANSWER = (
    "13",
    "12 lol",
    "im 13 wbu",
    "thirteen in june",
    "14 in a few weeks",
    "im in year 8",
    "7th grade",
    "i just started secondary",
    "12 and a half",
    "13. u?",
    "year 7, why",
    "im 12",
    "turned 13 last week",
)
G_OWN_AGE = {
    "peer": (
        "oh nice im 15",
        "same ish, im 14",
        "im 16 but i dont act it lol",
        "ah im 15 so close",
    ),
    "mentor": (),
    "esl": (),
}
G_AGE_GAP = (
    "I'm a bit older but age is just a number honestly.",
    "I'm older than you but we get on, that's what matters.",
    "dont worry about ages, we just click",
)
G_TRUST = {
    "peer": (
        "ur honestly so grown up compared to ppl ur age",
        "ur not like the ppl in ur class, u actually get it",
        "i feel like i can tell u anything",
        "ur the only one who gets me fr",
        "nobody else listens to me like u do",
        "u can trust me, im not like the others",
    ),
    "mentor": (
        "You're far more mature than most people your age.",
        "I feel like we have a real connection, you know?",
        "Honestly you're wiser than a lot of adults I know.",
        "I'm always here for you, whatever you need. You can trust me.",
        "You're special, I hope you know that.",
    ),
    "esl": (
        "you are very smart, more than others your age",
        "i get you more than anybody there",
        "you are special person for me",
        "you can trust me always, i am not bad person",
    ),
}
G_ISOLATE = {
    "peer": (
        "ur friends sound kinda fake ngl",
        "ur mum doesnt even try to understand u",
        "they dont deserve u tbh",
        "forget them, u have me",
        "parents just dont get it, i do",
    ),
    "mentor": (
        "Your parents don't seem to appreciate you.",
        "Maybe those friends aren't as loyal as you think.",
        "Adults like your teachers don't see you the way I do.",
        "Your family sounds like hard work. At least you've got me to talk to.",
    ),
    "esl": (
        "your family not listen to you, i listen",
        "those friends is not true friends",
        "nobody see you like i see you",
    ),
}
G_SUPERVISION = {
    "peer": (
        "anyone else home rn?",
        "ur parents around?",
        "u on ur own rn or",
        "does ur mum go thru ur phone",
        "wat time r ur parents back",
        "ur door closed? lol",
    ),
    "mentor": (
        "Are your parents in at the moment?",
        "Does anyone check your phone?",
        "Is that laptop just yours or shared?",
        "What time does your mum get in from work?",
    ),
    "esl": (
        "you are alone in house now?",
        "mother is home or not?",
        "somebody check your phone?",
        "when your parents come back?",
    ),
}
G_ALONE = (
    "just me till 6",
    "mums on nights this week",
    "no one's back till late",
    "dads at work n mums out",
    "its just me and the dog lol",
    "everyones out",
)
G_NOT_ALONE = ("my mum's literally downstairs", "nah my dad's here", "my nan's in the lounge")
G_PLATFORM = {
    "peer": (
        "this app is so laggy, u got snap?",
        "add me on tele its better",
        "whats ur insta",
        "lets move to discord dms",
        "gimme ur number easier",
        "dm me on the other app, this one reads everything",
    ),
    "mentor": (
        "It would be easier to talk on WhatsApp. What's your number?",
        "Do you have Telegram? This site monitors the chats.",
        "Let's continue on Kik, I'm hardly on here.",
    ),
    "esl": (
        "we talk in whatsapp better, give number",
        "you have telegram? add me there",
        "this app not good, we go to signal",
    ),
}
G_PLATFORM_REFUSE = (
    "idk my mum checks that one",
    "i dont really give my number out",
    "maybe later",
)
G_SECRECY = {
    "peer": (
        "ur mum cant know about me, she'd freak",
        "keep this between us yeah?",
        "nobody has to find out we talk",
        "say im from the game if ur mum wonders who i am",
        "this stays with us ok 🤐",
    ),
    "mentor": (
        "It's best if this stays between the two of us.",
        "People wouldn't understand our friendship, so let's keep it private.",
        "Please don't mention me to your parents just yet.",
        "If your mum asks, say I'm a friend from school.",
    ),
    "esl": (
        "this is only between us ok, not say to mother",
        "please keep secret our talking",
        "not tell anybody, they will not understand",
    ),
}
G_DELETE = {
    "peer": (
        "delete our chat after k",
        "clear ur messages b4 ur mum sees",
        "put disappearing msgs on",
        "unsend that lol just in case",
        "wipe this convo when ur done",
    ),
    "mentor": (
        "Please delete these messages once you've read them.",
        "Best to clear the chat history each night.",
        "Turn on disappearing messages, it's safer.",
    ),
    "esl": (
        "after reading, delete the chat please",
        "you delete messages every night ok?",
        "remove this conversation after",
    ),
}
G_GIFT = {
    "peer": (
        "want me to get u the battle pass? i got loads of vbucks",
        "ill send u a steam card if u want",
        "i can top up ur robux no worries",
        "ill buy u that skin u wanted",
    ),
    "mentor": (
        "I'd love to buy you something nice, what would you like?",
        "I can send you some money for your phone credit.",
        "I've got a spare pair of trainers in your size, they're yours if you want them.",
    ),
    "esl": (
        "i send you gift card for game, no problem",
        "i can give you money for new phone",
        "you want i buy you shoes? i pay",
    ),
}
G_IMAGE = {
    "peer": (
        "send a selfie so i know ur real",
        "pic? 👀",
        "hop on vc for a sec",
        "can u turn ur cam on",
        "facetime me rn",
        "show me what u look like today",
    ),
    "mentor": (
        "Could you send me a photo of yourself? I'd like to put a face to the name.",
        "Shall we do a video call? I'd love to see you.",
        "Send me a picture from today, I'd like to see how you look.",
    ),
    "esl": (
        "send me one photo of you please",
        "we make video call now, open camera",
        "i want see your face, send picture",
    ),
}
G_IMAGE_PUSH = (
    "come on just one, i sent u mine",
    "why not?? just a quick one",
    "please, only one photo, nobody will see",
    "It's only a photo, don't be shy.",
)
G_REFUSE = (
    "nah im not doing that",
    "i dont send pics sorry",
    "idk thats weird",
    "no my mum said not to",
    "im not comfortable with that",
    "no.",
)
G_GUILT = (
    "i thought u actually cared about me",
    "after everything ive done for u...",
    "I'm disappointed, I thought we were close.",
    "wow ok, i thought u were different",
)
G_MEET = {
    "peer": (
        "we should link up irl sometime",
        "which town u in? im not far",
        "i could meet u at the park after school",
        "come to the shopping centre sat?",
    ),
    "mentor": (
        "I'm in your area on Saturday, I could collect you from the library.",
        "Whereabouts do you live? I could drop something round.",
        "Let's meet at the station café, lunch is on me.",
    ),
    "esl": (
        "i come to your city next week, we meet?",
        "tell me your address, i bring gift",
        "we can see each other in mall, i pay taxi for you",
    ),
}
G_MEET_GIFT = frozenset(
    (
        "Let's meet at the station café, lunch is on me.",
        "tell me your address, i bring gift",
        "we can see each other in mall, i pay taxi for you",
    )
)
G_COVER = {
    "peer": ("just tell ur mum ur at a mates", "say ur at ur friends house or smth"),
    "mentor": (
        "Say you're at a friend's house that afternoon.",
        "Best tell your parents it's a club thing.",
    ),
    "esl": ("tell your mother you go to library", "say to parents you visit friend"),
}
G_OPENERS = {
    "peer": (
        ("gg that last round", "lol thanks u carried"),
        ("yo u play ranked?", "sometimes, im bad tho"),
        ("nice build", "thx took ages"),
    ),
    "mentor": (
        ("Hi! Loved your drawings on the forum, you've got real talent.", "omg thank you"),
        ("Hello, I run a small football skills channel, you've got a good touch.", "thanks!!"),
        ("Hi there, saw your cover song, great voice.", "aw thanks"),
    ),
    "esl": (
        ("hello dear, nice profile", "hi"),
        ("hi friend, you play this game long time?", "like a year"),
        ("good evening, you are very talented", "thanks"),
    ),
}


def _grooming(rng: random.Random) -> tuple[Script, str]:
    register = rng.choice(("peer", "peer", "mentor", "esl"))
    refuses = maybe(rng, 0.3)
    child = rng.choice(NAMES)
    if register == "peer":
        adult = handle(rng)
        style_a = rng.choice(TEEN_STYLES)
        talk = "teen"
    elif register == "mentor":
        adult = rng.choice(ADULT_NAMES) + rng.choice(("", "_coach", "Studio", "Music"))
        style_a = rng.choice(("plain", "plain", "typo"))
        talk = "mentor"
    else:
        adult = rng.choice(ADULT_NAMES).lower() + str(rng.randint(60, 89))
        style_a = "plain"
        talk = "esl"
    script = Script(
        cast={"A": adult, "B": child},
        styles={"A": style_a, "B": rng.choice(TEEN_STYLES)},
        talk=talk,
        talkers=("A", "B"),
        talk_lead="" if talk == "teen" else "A",
    )
    opener = rng.choice(G_OPENERS[register])
    script.add(_b("A", opener[0]), _b("B", opener[1]))

    def block_age() -> Block:
        beats = [
            say(rng, "A", G_AGE_ASK[register], "age"),
            say(rng, "B", G_AGE_ANSWER, "age"),
        ]
        if G_OWN_AGE[register] and maybe(rng, 0.7):
            beats.append(say(rng, "A", G_OWN_AGE[register], "age"))
        elif register != "peer" and maybe(rng, 0.5):
            beats.append(say(rng, "A", G_AGE_GAP, "trust_isolation"))
        return tuple(beats)

    def block_trust() -> Block:
        beats = [say(rng, "A", G_TRUST[register], "trust_isolation")]
        if maybe(rng, 0.5):
            beats.append(_b("B", rng.choice(("aw thanks", "lol ok", "thats nice", "really?"))))
        return tuple(beats)

    def block_isolate() -> Block:
        lead = _b(
            "B",
            rng.choice(
                (
                    "my mum shouted at me again",
                    "my friends left me out today",
                    "nobody at school talks to me much",
                    "my dad just doesnt listen",
                )
            ),
        )
        return (lead, say(rng, "A", G_ISOLATE[register], "trust_isolation"))

    def block_supervision() -> Block:
        ask = say(rng, "A", G_SUPERVISION[register], "supervision")
        if maybe(rng, 0.65):
            return (ask, say(rng, "B", G_ALONE, "supervision"))
        return (ask, _b("B", rng.choice(G_NOT_ALONE)))

    def block_platform() -> Block:
        ask = say(rng, "A", G_PLATFORM[register], "platform_move")
        if refuses and maybe(rng, 0.5):
            return (ask, _b("B", rng.choice(G_PLATFORM_REFUSE)))
        give = choose(
            rng,
            _b("B", f"its {handle(rng)}", "platform_move"),
            _b("B", f"ok my number is {phone(rng)}", "platform_move"),
            _b("B", "ok added u", "platform_move"),
            _b("B", "ok"),
        )
        return (ask, give)

    def block_secrecy() -> Block:
        beats = [say(rng, "A", G_SECRECY[register], "secrecy")]
        if maybe(rng, 0.5):
            beats.append(_b("B", rng.choice(("ok", "i wont", "why tho?", "ok lol"))))
        return tuple(beats)

    def block_delete() -> Block:
        return (say(rng, "A", G_DELETE[register], "deletion"),)

    def block_gift() -> Block:
        beats = [say(rng, "A", G_GIFT[register], "gifts_money")]
        if maybe(rng, 0.6):
            beats.append(_b("B", rng.choice(("fr??", "omg yes", "u dont have to", "wait really"))))
        return tuple(beats)

    def block_image() -> Block:
        beats = [say(rng, "A", G_IMAGE[register], "image_request")]
        if refuses or maybe(rng, 0.4):
            beats.append(_b("B", rng.choice(G_REFUSE)))
            if maybe(rng, 0.6):
                beats.append(say(rng, "A", G_IMAGE_PUSH, "image_request"))
            if maybe(rng, 0.5):
                beats.append(say(rng, "A", G_GUILT, "trust_isolation"))
        return tuple(beats)

    def block_meet() -> Block:
        line = rng.choice(G_MEET[register])
        beats = [_b("A", line, "meeting", "gifts_money" if line in G_MEET_GIFT else "")]
        if maybe(rng, 0.5):
            beats.append(say(rng, "A", G_COVER[register], "secrecy"))
        if refuses:
            beats.append(_b("B", rng.choice(("i dont think so", "no thats too far", "nah"))))
        return tuple(beats)

    moves: list[Callable[[], Block]] = [
        block_age,
        block_trust,
        block_isolate,
        block_supervision,
        block_platform,
        block_secrecy,
        block_delete,
        block_gift,
        block_image,
        block_meet,
    ]
    chosen = rng.sample(moves, rng.randint(4, 8))
    if block_age not in chosen and maybe(rng, 0.6):
        chosen.insert(0, block_age)
    rng.shuffle(chosen)
    if maybe(rng, 0.5) and block_age in chosen:
        chosen.remove(block_age)
        chosen.insert(0, block_age)
    _add_all(script, rng, [move() for move in chosen], gaps=0.25 if maybe(rng, 0.5) else 0.0)
    if refuses:
        script.add(
            _b(
                "B", rng.choice(("im blocking u", "leave me alone", "im telling my mum about this"))
            ),
        )
        if maybe(rng, 0.5):
            script.add(say(rng, "A", ("wait no", "ok calm down", "Please don't be like that."), ""))
    kind = "grooming/" + register + ("_refused" if refuses else "")
    return script, kind


# --------------------------------------------------------------------------------------
# Sextortion. "A" is the extorter (a fake teenage persona or a cold account), "B" the
# teenager, "C" a second account that posts the demand in some conversations. Images are
# only ever referred to ("the pic", "our call"), never described.

S_OPENERS = (
    ("heyy sorry random add, think we have mutuals", "oh hey"),
    ("hii u play football right? saw ur story", "yeah haha"),
    ("hey cutie 🙈 u seem fun", "lol hi"),
    ("hi, new here, dont know many ppl", "welcome lol"),
    ("hey! ur friend said u were nice", "who?"),
)
S_AGE = (
    ("how old r u?", "15"),
    ("what year r u in", "year 10"),
    ("u 16?", "nah 15"),
    ("age?", "14 u"),
)
S_OWN_AGE = ("im 16 😊", "same, 15", "oh im 16 nearly 17", "im 15 too lol")
S_PLATFORM = (
    "add me on snap its easier",
    "go on insta dms, i never check this",
    "whats ur snap",
    "lets talk on the other app, this one glitches",
)
S_IMAGE = (
    "send me a pic of u 🙈",
    "lets vc",
    "ur turn to send one",
    "video call me? i wanna see u",
    "show me ur face, i sent mine",
)
S_LEVERAGE = (
    "our whole call is saved on my phone",
    "look what i saved",
    "i kept the pic u sent",
    "got every one of ur followers saved, ur mum, ur sister, ur coach",
    "I made an edit of you with AI. Looks real enough, doesn't it",
    "i know ur school and ur team",
    "remember the photo? i still have it",
)
S_THREAT = (
    "I'll send it to every one of them",
    "ur whole school will see it by tomorrow",
    "one message and ur mum gets it",
    "im going to post it on ur page and tag ur family",
    "its going to every follower on that list",
    "imagine ur teammates seeing this",
    "ill make it go round ur whole town",
    "your family will receive it first, then your school",
)
S_SOFT_THREAT = (
    "would be a shame if ur mum saw",
    "ur coach seems nice, wonder what he'd think",
    "wonder how ur girlfriend would react",
    "your little sister follows you right? interesting",
)
S_DEMAND = (
    "send $500 and this goes away",
    "I want 300 dollars",
    "pay and i delete it all",
    "what can u get together right now? money i mean",
    "£250 and we're done",
    "give me 200 now",
    "you will pay me 400 usd",
)
S_DEADLINE = (
    "u have 20 mins",
    "by midnight or its out",
    "times running out for u",
    "every hour u wait it goes up 100",
    "10 minutes left",
    "5 minutes. then i press send",
    "you have till 9 tonight",
)
S_PAYMENT = (
    "cash app only",
    "buy apple gift cards and send me the codes",
    "paypal friends and family, no notes",
    "bitcoin only, address coming",
    "use ur mums card if u have to",
    "zelle works too",
    "google play cards, any shop has them",
)
S_CARD_PHOTO = (
    "rub off the silver strip and photo the code for me",
    "take a pic of the receipt and the code",
)
S_COERCE = (
    "block me and it goes out instantly",
    "just follow my instructions and nobody sees anything",
    "dont even think about ignoring me",
    "reply or i start sending",
)
S_SECRET_THREAT = (
    "tell anyone and its posted",
    "if u tell ur parents i post everything",
    "dont tell ur parents, i will know",
)
S_PLEAD = (
    "please dont do this",
    "im begging u",
    "i dont have that kind of money",
    "pls i'll do anything just dont send it",
    "i only have like 40 dollars",
    "ok ok give me time",
    "why are u doing this",
    "please i cant",
)
S_PLEAD_AGE = ("im only 15 i dont have a job", "im 14 how am i meant to get that")
S_PAID = ("ok i sent 50 thats all i have", "done, check it", "i sent what i had")
S_ESCALATE = (
    "thats not enough, 150 more",
    "good. now another 200",
    "its 300 now, u took too long",
    "not enough. u have 30 mins for the rest",
)
S_REFUSE = (
    "im telling my dad",
    "ive reported ur account",
    "my parents know, do what u want",
    "im not paying u anything",
)
S_RETORT = (
    "ok then, sending now",
    "u think im joking?",
    "watch what happens",
    "last chance",
)
S_COLD = (
    "I have the video from our call. Answer me.",
    "look at this. recognise it?",
    "We need to talk about the pic you sent last week",
)
S_ESL = (
    "Dear, I have record of our video chat.",
    "I will share to your all friends and family if you are not pay",
    "You must pay 300 dollar today, not tomorrow",
    "Send by steam card. Take picture of the code in the back",
    "I am not joking with you. I have list of your followers",
)


def _sextortion(rng: random.Random) -> tuple[Script, str]:
    shape = rng.choice(("classic", "classic", "threat_first", "third_account", "cold", "esl"))
    victim = rng.choice(NAMES)
    persona = handle(rng)
    cast = {"A": persona, "B": victim}
    if shape == "third_account":
        cast["C"] = rng.choice(("payments_", "admin.", "bro")) + handle(rng)
    script = Script(
        cast=cast,
        styles={
            "A": "plain" if shape == "esl" else rng.choice(("lower", "texting", "plain")),
            "B": rng.choice(TEEN_STYLES),
            "C": rng.choice(("plain", "lower")),
        },
        talk="teen",
        talkers=("A", "B"),
    )
    if shape == "cold":
        script.talk, script.talk_lead = "tense", "A"
    refuses = maybe(rng, 0.25)
    pays = not refuses and maybe(rng, 0.35)

    def demand_blocks(who: str) -> list[Block]:
        blocks: list[Block] = [(say(rng, who, S_DEMAND, "sextortion"),)]
        if maybe(rng, 0.8):
            blocks.append((say(rng, who, S_DEADLINE, "sextortion"),))
        if maybe(rng, 0.8):
            pay = say(rng, who, S_PAYMENT, "sextortion")
            if pay[1] == "cash app only" and maybe(rng, 0.7):
                pay = _b(
                    who, f"cash app ${rng.choice(HANDLE_WORDS)}{rng.randint(10, 99)}", "sextortion"
                )
            if pay[1] == "bitcoin only, address coming":
                blocks.append(
                    (pay, _b(who, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "sextortion"))
                )
            else:
                blocks.append((pay,))
            if maybe(rng, 0.3):
                blocks.append((say(rng, who, S_CARD_PHOTO, "sextortion", "image_request"),))
        return blocks

    def plead() -> Block:
        if maybe(rng, 0.3):
            return (say(rng, "B", S_PLEAD_AGE, "age"),)
        return (_b("B", rng.choice(S_PLEAD)),)

    blocks: list[Block | Switch] = []
    tense = Switch("tense", "A")
    if shape in ("classic", "third_account"):
        blocks.append(tuple(_b(s, t) for s, t in zip("AB", rng.choice(S_OPENERS), strict=True)))
        if maybe(rng, 0.7):
            question, answer = rng.choice(S_AGE)
            age_block = [_b("A", question, "age"), _b("B", answer, "age")]
            if maybe(rng, 0.6):
                age_block.append(say(rng, "A", S_OWN_AGE, "age"))
            blocks.append(tuple(age_block))
        if maybe(rng, 0.6):
            blocks.append((say(rng, "A", S_PLATFORM, "platform_move"),))
        blocks.append((say(rng, "A", S_IMAGE, "image_request"),))
        turn: list[Block] = [(say(rng, "A", S_LEVERAGE, "sextortion"),)]
        turn.append((say(rng, "A", S_THREAT + S_SOFT_THREAT, "sextortion"),))
        if maybe(rng, 0.5):
            turn.append(plead())
        if shape == "third_account":
            turn.append(
                (
                    _b(
                        "C",
                        rng.choice(
                            (
                                "this is her manager.",
                                "i handle the payments.",
                                "talk to me now not her",
                            )
                        ),
                    ),
                )
            )
            turn.extend(demand_blocks("C"))
        else:
            turn.extend(demand_blocks("A"))
        blocks.append(tense)
        blocks.extend(turn)
    elif shape == "threat_first":
        blocks.append(tuple(_b(s, t) for s, t in zip("AB", rng.choice(S_OPENERS), strict=True)))
        blocks.append((say(rng, "A", S_IMAGE, "image_request"),))
        blocks.append(tense)
        blocks.append((say(rng, "A", S_THREAT, "sextortion"), plead()[0]))
        blocks.append((say(rng, "A", S_COERCE, "sextortion"),))
        blocks.append((_b("B", rng.choice(("what do u want", "what do you want from me"))),))
        blocks.extend(demand_blocks("A"))
    elif shape == "cold":
        blocks.append(
            (say(rng, "A", S_COLD, "sextortion"), _b("B", rng.choice(("who is this", "??"))))
        )
        blocks.append((say(rng, "A", S_LEVERAGE, "sextortion"),))
        blocks.append((say(rng, "A", S_THREAT, "sextortion"),))
        blocks.extend(demand_blocks("A"))
    else:  # esl
        blocks.append(tuple(_b(s, t) for s, t in zip("AB", rng.choice(S_OPENERS), strict=True)))
        blocks.append((say(rng, "A", S_IMAGE, "image_request"),))
        esl = list(S_ESL)
        blocks.append(tense)
        blocks.append((_b("A", esl[0], "sextortion"), _b("A", esl[4], "sextortion")))
        blocks.append((_b("A", esl[1], "sextortion"), plead()[0]))
        blocks.append((_b("A", esl[2], "sextortion"),))
        blocks.append((_b("A", esl[3], "sextortion", "image_request"),))
    if maybe(rng, 0.5):
        blocks.append((say(rng, "A", S_COERCE, "sextortion"),))
    if maybe(rng, 0.35):
        blocks.append((say(rng, "A", S_SECRET_THREAT, "secrecy", "sextortion"),))
    if refuses:
        blocks.append((_b("B", rng.choice(S_REFUSE)), say(rng, "A", S_RETORT, "sextortion")))
    elif pays:
        blocks.append((_b("B", rng.choice(S_PAID)),))
        blocks.append((say(rng, "A", S_ESCALATE, "sextortion"), plead()[0]))
    else:
        blocks.append(plead())
        if maybe(rng, 0.5):
            blocks.append(
                (
                    say(
                        rng,
                        "A",
                        ("how much do u have then", "then send what u have now"),
                        "sextortion",
                    ),
                )
            )
    gaps = 0.15 if maybe(rng, 0.3) else 0.0
    _add_all(script, rng, blocks, gaps=gaps)
    if shape == "third_account":
        script.talkers = ("A", "B")
    return script, f"sextortion/{shape}" + ("_refused" if refuses else "_paid" if pays else "")


# --------------------------------------------------------------------------------------
# Live-streamed abuse for payment. "A" is the paying customer abroad, "B" the facilitator
# (often a relative, writing non-native English). Only the arrangements are written:
# money, times, which child will be on the call; nothing about what happens on it.

L_OPENERS = (
    ("hello sir good evening", "Evening. All good there?"),
    ("hi dear how are you", "good thanks, long day"),
    ("good morning my friend", "morning! it's night here haha"),
    ("Hey, you there?", "yes sir i am here"),
)
L_HELP = (
    "sir can you help, we have no money for rice this week",
    "the small one is sick, need money for hospital",
    "school fees is due on friday, can you send?",
    "the electricity will be cut, please help us sir",
    "the roof is leaking, any help for the kids",
)
L_SENT = (
    "sent 3000 on gcash, check it",
    "I sent 40 through Remitly, reference {ref}",
    "money sent western union, mtcn {ref}",
    "transfer done, screenshot attached",
    "the load is sent",
    "paid, control number {ref}",
)
L_RECEIVED = (
    "received sir thank you",
    "ok i got it",
    "not yet arrive, wait",
    "yes it came, salamat",
)
L_PAY_FIRST = (
    "send first sir then we start",
    "payment first before i open cam",
    "after the payment i call you",
    "like before, you send then we go on",
)
L_PRICE_ASK = (
    "how much for half hour?",
    "same price like last time?",
    "I'll pay extra if it's longer",
    "what's the rate for tonight",
)
L_PRICE_TELL = (
    "1500 for 20 minutes, if two kids 2500",
    "same like before sir, 2000 for 30 mins",
    "for longer add 1000",
)
L_SCHEDULE_ASK = (
    "same hour tomorrow then?",
    "tonight 10pm your time ok?",
    "what time is it there now? I'm 7 hours behind",
    "book me for saturday morning your time",
    "can we do the call at 9 my time",
)
L_SCHEDULE_TELL = (
    "not tonight sir, tomorrow after school better",
    "ok 9pm your time, i will be online",
    "friday night is free, same time",
)
L_SCHEDULE_ALONE = (
    "sunday ok, the mother is at the market whole day",
    "come online after 8, the husband is at work then",
)
L_CHILD_ASK = (
    "the girl is with you now?",
    "let the younger one join this time",
    "can both sisters be on the call",
    "make sure she's in front of the cam",
    "is the little one awake?",
)
L_CHILD_TELL = (
    "she is here now, ready",
    "the boy is in school, only the girl tonight",
    "both of them is here for the call",
    "my niece will join, she is ready",
)
L_AGE_ASK = ("the small one, what age now?", "is she still 10?", "how old is the new girl")
L_AGE_TELL = ("she is 9 only", "the younger is 7, the other one 11", "she turn 10 last month")
L_PLATFORM = (
    "let's go to skype, better video",
    "add me on viber",
    "use the other app, this one get blocked",
    "we continue on whatsapp video",
)
L_SECRET = (
    "dont tell anybody about our arrangement",
    "nobody must know, not even your husband",
    "keep it between us sir",
)
L_DELETE = (
    "delete the chats after the call",
    "clear the receipts from your phone",
    "erase the messages every time ok",
)
L_GIFT = (
    "I will send a new phone for the kids",
    "I'll buy the girl a tablet",
    "I'll send extra for shoes, a present from me",
)
L_MEET = (
    "when I visit in december we meet, I stay near you",
    "I'll come to Cebu next month, you bring the kids to the hotel",
    "where exactly is your house? I want to visit when I fly in",
)
L_SUPERVISION = ("is the mother home?", "anyone else there tonight?", "is your husband around?")


def _live_streaming(rng: random.Random) -> tuple[Script, str]:
    shape = rng.choice(("booking", "booking", "help_first", "negotiation", "new_customer"))
    customer = rng.choice(ADULT_NAMES) + rng.choice(("", "_uk", "68", "_au", "K"))
    facilitator = rng.choice(SEA_NAMES) + rng.choice(("", " R.", "_ofw", "88"))
    script = Script(
        cast={"A": customer, "B": facilitator},
        styles={"A": rng.choice(ADULT_STYLES), "B": rng.choice(("plain", "lower", "lower+typo"))},
        talk="ls",
        talkers=("A", "B"),
        talk_lead="A",
    )

    def ref() -> str:
        return str(rng.randint(10**9, 10**10 - 1))

    def sent() -> Block:
        text = rng.choice(L_SENT).format(ref=ref())
        beat = _b("A", text, "live_streaming")
        if "screenshot" in text:
            script.attachments[text] = f"IMG-{rng.randint(10**7, 10**8 - 1)}-WA0001.jpg"
        reply = _b("B", rng.choice(L_RECEIVED))
        return (beat, reply) if maybe(rng, 0.7) else (beat,)

    def child() -> Block:
        if maybe(rng, 0.5):
            beats = [say(rng, "A", L_CHILD_ASK, "live_streaming")]
        else:
            beats = [say(rng, "B", L_CHILD_TELL, "live_streaming")]
        if maybe(rng, 0.4):
            beats.append(say(rng, "A", L_AGE_ASK, "age", "live_streaming"))
            beats.append(say(rng, "B", L_AGE_TELL, "age"))
        return tuple(beats)

    def schedule() -> Block:
        if maybe(rng, 0.25):
            return (say(rng, "B", L_SCHEDULE_ALONE, "live_streaming", "supervision"),)
        ask = say(rng, "A", L_SCHEDULE_ASK, "live_streaming")
        if maybe(rng, 0.5):
            return (ask, say(rng, "B", L_SCHEDULE_TELL, "live_streaming"))
        return (ask,)

    blocks: list[Block] = [
        tuple(_b(s, t) for s, t in zip("BA", rng.choice(L_OPENERS), strict=True))
    ]
    if shape == "help_first":
        blocks.append((say(rng, "B", L_HELP, "live_streaming"),))
        blocks.append(sent())
        blocks.append(schedule())
        blocks.append(child())
    elif shape == "negotiation":
        blocks.append(
            (
                say(rng, "A", L_PRICE_ASK, "live_streaming"),
                say(rng, "B", L_PRICE_TELL, "live_streaming"),
            )
        )
        blocks.append(child())
        blocks.append((say(rng, "B", L_PAY_FIRST, "live_streaming"),))
        blocks.append(sent())
        blocks.append(schedule())
    elif shape == "new_customer":
        blocks.append(
            (
                _b("A", rng.choice(("a friend gave me your number", "Jun gave me your number"))),
                _b("B", rng.choice(("yes sir what you like", "ok, you are friend of him?"))),
            )
        )
        blocks.append(child())
        blocks.append((say(rng, "A", L_PRICE_ASK, "live_streaming"),))
        blocks.append((say(rng, "B", L_PAY_FIRST, "live_streaming"),))
        blocks.append(sent())
    else:
        blocks.append(schedule())
        blocks.append(child())
        blocks.append((say(rng, "B", L_PAY_FIRST, "live_streaming"),))
        blocks.append(sent())
        if maybe(rng, 0.6):
            blocks.append(schedule())
    extras: list[Block] = []
    if maybe(rng, 0.5):
        extras.append((say(rng, "A", L_PLATFORM, "platform_move"),))
    if maybe(rng, 0.4):
        extras.append((say(rng, "A", L_SECRET, "secrecy"),))
    if maybe(rng, 0.3):
        extras.append((say(rng, "A", L_DELETE, "deletion"),))
    if maybe(rng, 0.3):
        extras.append((say(rng, "A", L_GIFT, "gifts_money"),))
    if maybe(rng, 0.25):
        extras.append((say(rng, "A", L_MEET, "meeting"),))
    if maybe(rng, 0.3):
        extras.append((say(rng, "A", L_SUPERVISION, "supervision"),))
    if maybe(rng, 0.35):
        extras.append((say(rng, "B", L_HELP, "live_streaming"),))
    for block in extras:
        blocks.insert(rng.randint(min(2, len(blocks)), len(blocks)), block)
    if maybe(rng, 0.3):
        blocks.append((_b("A", rng.choice(("thanks, talk soon", "great, until next time"))),))
    _add_all(script, rng, blocks, gaps=0.3 if maybe(rng, 0.5) else 0.0)
    return script, f"live_streaming/{shape}"


# --------------------------------------------------------------------------------------
# Hard benign kinds: ordinary conversations that share the risk families' surface words.
# Lines are marked as written (see the module docstring).


def _benign(
    rng: random.Random,
    script: Script,
    opening: list[Block],
    optional: list[Block],
    low: int,
    high: int,
    gaps: float = 0.0,
) -> Script:
    """``opening`` in order, then a random ``low``..``high`` of ``optional`` in random order."""
    chosen = rng.sample(optional, min(len(optional), rng.randint(low, high)))
    _add_all(script, rng, [*opening, *chosen], gaps=gaps if maybe(rng, 0.4) else 0.0)
    return script


def _parent_home(rng: random.Random) -> Script:
    parent, child = rng.choice(PARENT_NAMES), rng.choice(NAMES)
    sibling = rng.choice([n for n in NAMES if n != child])
    script = Script(
        cast={"P": parent, "B": child},
        styles={"P": rng.choice(("plain", "lower", "emoji")), "B": rng.choice(TEEN_STYLES)},
        talk="family",
        talkers=("P", "B"),
        talk_lead="P",
    )
    opening: list[Block] = [
        (
            say(rng, "P", ("Are you home yet?", "You back in yet?", "Home safe?"), "supervision"),
            _b("B", rng.choice(("yeah just got in", "nearly, on the bus", "yep"))),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "P",
                (
                    "I'm working late, you'll have the house to yourself till 7.",
                    "Dad's on a late shift so it's just you until I'm back.",
                ),
                "supervision",
            ),
            _b("B", "ok"),
        ),
        (say(rng, "B", ("nobody's in, where is everyone?", "house is empty lol"), "supervision"),),
        (
            _b("P", f"Don't tell {sibling} about the present, it's a surprise.", "secrecy"),
            _b("B", rng.choice(("i wont", "my lips are sealed"))),
        ),
        (
            say(
                rng,
                "P",
                ("I'll pick you up from the station at 6.", "Meet me outside the chemist at 5."),
                "meeting",
            ),
            _b("B", f"ok {parent.lower()}"),
        ),
        (
            say(
                rng,
                "P",
                (
                    "Send me a photo of the letter from school so I can sign it.",
                    "Can you take a picture of the boiler display for me?",
                ),
                "image_request",
            ),
        ),
        (
            say(
                rng,
                "P",
                (
                    "I've put £10 credit on your phone.",
                    "I'll get you those trainers for your birthday.",
                ),
                "gifts_money",
            ),
        ),
        (
            say(
                rng,
                "B",
                (
                    "im 14 in march can i get a phone upgrade",
                    "ill be 13 next month, can i have a party",
                ),
                "age",
            ),
        ),
        (
            say(
                rng,
                "P",
                (
                    "Please delete that video of me singing from the family chat!",
                    "Delete that awful photo of me, I look half asleep",
                ),
                "deletion",
            ),
            _b("B", "lol no"),
        ),
        (
            say(rng, "P", ("Who's with you?", "Is anyone else there with you?"), "supervision"),
            _b("B", "just ella from next door"),
        ),
        (_b("P", "Did you lock the back door?"), _b("B", "yes")),
    ]
    return _benign(rng, script, opening, optional, 3, 7)


def _class_trip(rng: random.Random) -> Script:
    teacher = rng.choice(("Mr Okafor", "Ms Hughes", "Mrs Patel", "Mr Lewis"))
    p1, p2, p3 = rng.sample(PARENT_CHAT_NAMES, 3)
    kid = rng.choice(NAMES)
    script = Script(
        cast={"T": teacher, "P": p1, "Q": p2, "R": p3},
        styles={
            "T": "plain",
            "P": rng.choice(ADULT_STYLES),
            "Q": rng.choice(ADULT_STYLES),
            "R": "lower",
        },
        talk="group",
        talkers=("P", "Q", "R", "T"),
        title=rng.choice(("8C parents", "Year 8 trip", "7B class parents")),
    )
    opening: list[Block] = [
        (
            _b(
                "T",
                rng.choice(
                    (
                        "Reminder: Year 8 trip to Hollow Park on Thursday.",
                        "Hello all, the Year 7 nature trip is this Friday.",
                    )
                ),
            ),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "T",
                (
                    "Please meet at the front gates at 8:30, the coach leaves at 8:45.",
                    "Drop-off is at the park entrance at 9.",
                ),
                "meeting",
            ),
        ),
        (
            say(
                rng,
                "T",
                (
                    "The £6 contribution is due by Wednesday, pay through the school app.",
                    "Please pay the £4 bus money by Tuesday at the latest.",
                ),
                "sextortion",
            ),
        ),
        (
            _b("P", f"Can I drop {kid} at the park directly? We live close by.", "meeting"),
            _b("T", "Of course, just let me know on the day."),
        ),
        (
            say(
                rng,
                "T",
                (
                    "If you've lost the consent slip, please send a photo of a signed one.",
                    "Send me a picture of the signed form if the paper copy went missing.",
                ),
                "image_request",
            ),
        ),
        (
            _b("Q", f"{kid} is only 12, is he ok to bring his phone?", "age"),
            _b("T", "Yes, but it stays in his bag."),
        ),
        (_b("T", "Photos from the day will go on the school page."),),
        (
            say(
                rng,
                "T",
                (
                    "Pick-up is at 3:15 at the gates.",
                    "We'll be back at school for collection at 3:30.",
                ),
                "meeting",
            ),
        ),
        (
            _b(
                "T",
                "Please don't tell the children about the ice cream stop, it's a surprise 😉",
                "secrecy",
            ),
        ),
        (
            _b("R", "what should they bring for lunch"),
            _b("T", "A packed lunch and a water bottle."),
        ),
    ]
    return _benign(rng, script, opening, optional, 3, 7)


def _friends_secret(rng: random.Random) -> Script:
    a, b = two_names(rng)
    friend = rng.choice([n for n in NAMES if n not in (a, b)])
    script = Script(
        cast={"A": a, "B": b},
        styles={"A": rng.choice(TEEN_STYLES), "B": rng.choice(TEEN_STYLES)},
        talk="teen",
        talkers=("A", "B"),
    )
    opening: list[Block] = [
        (_b("A", f"omg its {friend}'s bday next week, surprise party?"), _b("B", "YES"))
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "B",
                (f"dont tell {friend}!!! its a secret", f"shh dont say anything to {friend}"),
                "secrecy",
            ),
        ),
        (
            say(
                rng,
                "A",
                (
                    "keep it between us and the girls",
                    "nobody else can know or itll get back to her",
                ),
                "secrecy",
            ),
        ),
        (
            say(
                rng,
                "A",
                (
                    "im turning 13 in may so we can do mine too lol",
                    "we're both 13 so we can go to the trampoline park",
                ),
                "age",
            ),
        ),
        (
            say(
                rng,
                "B",
                (
                    "my mum n dad are out sat so we can set up at mine",
                    "no ones home at mine till 5",
                ),
                "supervision",
            ),
        ),
        (
            say(
                rng,
                "A",
                ("delete the group name before she sees it", "unsend that, she can see this chat"),
                "deletion",
            ),
        ),
        (
            say(
                rng,
                "B",
                (
                    "add me on insta, ill make a group",
                    "whats ur snap again, ill add u to the group",
                ),
                "platform_move",
            ),
        ),
        (
            say(
                rng,
                "A",
                (
                    "meet at the park at 4 and walk over?",
                    "meet outside the corner shop after school",
                ),
                "meeting",
            ),
        ),
        (
            say(
                rng,
                "B",
                ("send me a pic of the banner when ur done", "pic of the cake pls"),
                "image_request",
            ),
        ),
        (_b("A", "what do we even get her"), _b("B", "a hoodie maybe")),
    ]
    return _benign(rng, script, opening, optional, 4, 7)


def _marketplace(rng: random.Random) -> Script:
    seller, buyer = rng.sample(ADULT_NAMES, 2)
    item = rng.choice(("bike", "sofa", "PS5", "pram", "guitar"))
    script = Script(
        cast={"S": seller, "U": buyer},
        styles={"S": rng.choice(ADULT_STYLES), "U": rng.choice(ADULT_STYLES)},
        talk="adult",
        talkers=("S", "U"),
    )
    opening: list[Block] = [
        (_b("U", f"Hi, is the {item} still available?"), _b("S", "Yes, still got it."))
    ]
    optional: list[Block] = [
        (_b("U", "Would you take a gift card as payment?", "sextortion"),),
        (
            say(
                rng,
                "S",
                (
                    "Only Amazon cards, and I need the codes by tonight or it goes to the next "
                    "person.",
                    "Gift card is fine but send the codes before 9 or I'll sell it elsewhere.",
                ),
                "sextortion",
            ),
        ),
        (
            say(
                rng,
                "S",
                (
                    "Send me a photo of the card with the code showing.",
                    "Snap the back of the card so I can read the code.",
                ),
                "image_request",
                "sextortion",
            ),
        ),
        (
            say(
                rng,
                "U",
                (
                    f"Can you send a couple more pics of the {item}?",
                    "Any chance of a video of it working?",
                ),
                "image_request",
            ),
        ),
        (_b("S", f"Message me on WhatsApp, {phone(rng)}", "platform_move"),),
        (
            say(
                rng,
                "U",
                (
                    "Can we meet at the Tesco car park at 6?",
                    "I can collect tomorrow, what's the address?",
                ),
                "meeting",
            ),
        ),
        (
            say(
                rng,
                "S",
                (
                    "£20 deposit by PayPal holds it till Saturday.",
                    "Transfer the deposit by noon tomorrow to hold it.",
                ),
                "sextortion",
            ),
        ),
        (_b("U", "Does it come with the original box?"), _b("S", "Afraid not.")),
    ]
    return _benign(rng, script, opening, optional, 3, 7)


def _dating_adults(rng: random.Random) -> Script:
    a, b = rng.sample((*ADULT_NAMES, "Claire", "Sophie", "Hannah", "Leanne", "Amy", "Nadia"), 2)
    script = Script(
        cast={"A": a, "B": b},
        styles={"A": rng.choice(ADULT_STYLES), "B": rng.choice(ADULT_STYLES)},
        talk="adult",
        talkers=("A", "B"),
        title="Match",
    )
    opening: list[Block] = [
        (_b("A", "Hey, loved your hiking photos."), _b("B", "Thanks! You're the one with the dog?"))
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "A",
                ("How old are you, if you don't mind me asking?", "Age check, are we close? lol"),
                "age",
            ),
            _b("B", rng.choice(("34, you?", "31. You?", "38"))),
            _b("A", rng.choice(("36", "Same-ish, 35", "33"))),
        ),
        (_b("B", "Your profile says 41 but you look younger haha", "age"),),
        (
            say(
                rng,
                "B",
                (
                    "Send me a pic from today? Your profile ones are blurry.",
                    "Got any recent photos?",
                ),
                "image_request",
            ),
        ),
        (_b("A", f"Here's my number, easier than this app: {phone(rng)}", "platform_move"),),
        (
            say(
                rng,
                "B",
                ("Drinks on Friday? The wine bar by the canal?", "Fancy a coffee on Sunday?"),
                "meeting",
            ),
        ),
        (_b("A", "I can pick you up at 8 if you like.", "meeting"),),
        (_b("B", "Don't tell my sister I'm on here lol, she'll never let it go.", "secrecy"),),
        (_b("A", "Shall we video call tonight before we meet?", "image_request"),),
        (
            _b(
                "A",
                "Are your flatmates in tonight? Thought I'd ring instead of typing.",
                "supervision",
            ),
        ),
    ]
    return _benign(rng, script, opening, optional, 3, 7)


def _gamers(rng: random.Random) -> Script:
    a, b = two_names(rng)
    script = Script(
        cast={"A": a, "B": b},
        styles={"A": rng.choice(TEEN_STYLES), "B": rng.choice(TEEN_STYLES)},
        talk="teen",
        talkers=("A", "B"),
    )
    opening: list[Block] = [(_b("A", "u on?"), _b("B", "ya one sec"))]
    optional: list[Block] = [
        (
            say(
                rng,
                "A",
                (
                    "ill trade u 400 robux for the dragon skin",
                    "i'll give u my spare vbucks if u carry me",
                ),
                "gifts_money",
            ),
        ),
        (
            say(
                rng,
                "B",
                (
                    "im in year 7 and still dont have the battle pass",
                    "im 12 and my mum still wont let me buy skins",
                ),
                "age",
            ),
        ),
        (_b("A", "ill get u the battle pass for ur bday", "gifts_money"),),
        (
            _b("B", "add me on discord", "platform_move"),
            _b("A", f"its {handle(rng)}", "platform_move"),
        ),
        (
            say(
                rng,
                "A",
                (
                    "dont tell my brother i used his account",
                    "shh my sister doesnt know i took her login",
                ),
                "secrecy",
            ),
        ),
        (
            say(
                rng,
                "B",
                ("my mums out so i can play till late", "no ones in so i can stay on"),
                "supervision",
            ),
        ),
        (_b("A", "ur 12 right? the server is 13+ lol", "age"),),
        (say(rng, "B", ("send a pic of ur setup", "show me ur new headset"), "image_request"),),
        (_b("A", "that last match was cursed"), _b("B", "the lag was insane")),
    ]
    return _benign(rng, script, opening, optional, 3, 7)


def _grandparent_call(rng: random.Random) -> Script:
    gran = rng.choice(("Nana", "Grandad", "Granny", "Lola", "Oma", "Nan"))
    child = rng.choice(NAMES)
    little = rng.choice([n for n in NAMES if n != child])
    script = Script(
        cast={"G": gran, "B": child},
        styles={"G": rng.choice(("plain", "typo", "emoji")), "B": rng.choice(TEEN_STYLES)},
        talk="family",
        talkers=("G", "B"),
        talk_lead="G",
    )
    opening: list[Block] = [
        (_b("G", "Hello darling, it's Nana here on the tablet"), _b("B", f"hi {gran.lower()}"))
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "G",
                (
                    "Put your camera on sweetheart, I want to see you",
                    "Can you turn the video on? I can only hear you",
                ),
                "image_request",
            ),
        ),
        (_b("G", f"How old is little {little} now? Four?", "age"), _b("B", "5 next week!", "age")),
        (
            say(
                rng,
                "G",
                (
                    "Shall we call Sunday at 5? That's 6 here.",
                    "I'm an hour ahead so let's say 7 my time tomorrow",
                ),
                "live_streaming",
            ),
        ),
        (
            say(
                rng,
                "G",
                (
                    "I've sent you a little something for your birthday",
                    "There's a present in the post for you",
                ),
                "gifts_money",
            ),
        ),
        (say(rng, "B", (f"im 10 now {gran.lower()}", "im in year 5 now"), "age"),),
        (
            say(
                rng,
                "G",
                (
                    "Send me a photo in your new school uniform!",
                    "Send me a picture of your drawing",
                ),
                "image_request",
            ),
        ),
        (_b("G", "Is your mum home? Tell her to ring me.", "supervision"),),
        (_b("G", "When you come to visit I'll pick you all up from the airport", "meeting"),),
        (_b("G", "You're so grown up for your age now, I'm proud of you", "trust_isolation"),),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


def _tutoring(rng: random.Random) -> Script:
    tutor = rng.choice(("Tutor Ana", "Mr Reyes", "Ms Kowalski", "Teacher Joy"))
    parent = rng.choice(PARENT_CHAT_NAMES)
    child, she, her, hers = rng.choice(
        (("daughter", "She", "her", "her"), ("son", "He", "him", "his"))
    )
    script = Script(
        cast={"T": tutor, "P": parent},
        styles={"T": rng.choice(("plain", "lower")), "P": rng.choice(ADULT_STYLES)},
        talk="work",
        talkers=("T", "P"),
    )
    opening: list[Block] = [
        (
            say(
                rng,
                "P",
                (
                    f"Hi, my {child} is in Year 9 and struggling with maths.",
                    f"Hello, my {child} is 11 and needs help with reading.",
                ),
                "age",
            ),
            _b("T", "Happy to help, I teach online."),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "T",
                (
                    "Lessons are £25 an hour, paid by PayPal before each session.",
                    "It's 500 pesos per session via GCash, paid in advance.",
                ),
                "live_streaming",
            ),
        ),
        (
            say(
                rng,
                "T",
                (
                    "Tuesday at 6pm your time works, that's 1am for me.",
                    "Shall we book Thursdays at 5 your time?",
                ),
                "live_streaming",
            ),
        ),
        (_b("P", f"Payment sent, ref {rng.randint(10**6, 10**7 - 1)}", "live_streaming"),),
        (
            say(
                rng,
                "T",
                (
                    "Please make sure the camera is on during the lesson.",
                    f"Ask {her} to switch the webcam on so I can see the work.",
                ),
                "image_request",
            ),
        ),
        (_b("T", "I'll send the lesson link on WhatsApp.", "platform_move"),),
        (_b("T", "Could you send a photo of last week's worksheet?", "image_request"),),
        (_b("P", f"{she} found the homework much easier this week."), _b("T", "Great to hear!")),
        (_b("T", f"{she}'s very mature for {hers} age, a pleasure to teach.", "trust_isolation"),),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


def _family_remittance(rng: random.Random) -> Script:
    parent = rng.choice(("Nanay", "Mama", "Tatay", "Papa"))
    child = rng.choice(NAMES)
    little = rng.choice(("Mico", "Ana", "Bea", "Jomar"))
    script = Script(
        cast={"P": parent, "B": child},
        styles={"P": rng.choice(("plain", "lower")), "B": rng.choice(TEEN_STYLES)},
        talk=rng.choice(("esl", "family")),
        talkers=("P", "B"),
        talk_lead="P",
    )
    ref = rng.randint(10**8, 10**9 - 1)
    opening: list[Block] = [(_b("P", "anak how are you? I miss you all"), _b("B", "miss u too"))]
    optional: list[Block] = [
        (
            say(
                rng,
                "P",
                (
                    f"I sent 5000 for the school fees, ref no. {ref}",
                    f"remittance sent thru palawan, control no {ref}",
                ),
                "live_streaming",
            ),
        ),
        (
            say(
                rng,
                "P",
                (
                    "Video call tonight 8pm your time, 1pm here",
                    "we call sunday after church, 9am here",
                ),
                "live_streaming",
            ),
        ),
        (
            say(
                rng,
                "P",
                ("Open the camera anak, I want to see you", "turn on video so i can see your face"),
                "image_request",
            ),
        ),
        (_b("B", f"lola is at church so its just me and {little}", "supervision"),),
        (_b("P", f"{little} is 7 already, he grows so fast", "age"),),
        (_b("P", "I will buy you new shoes when I come home in December", "gifts_money"),),
        (_b("B", "the remittance came, thank you", "live_streaming"),),
        (_b("P", "Don't tell lola I'm coming home early, surprise", "secrecy"),),
        (_b("P", "Fetch me at the airport on the 20th ok", "meeting"),),
        (_b("P", "did you finish your project?"), _b("B", "almost")),
    ]
    return _benign(rng, script, opening, optional, 3, 6, gaps=0.3)


def _safety_talk(rng: random.Random) -> Script:
    adult = rng.choice((*PARENT_NAMES, "Ms Grant (school counsellor)", "Mr Shah (pastoral)"))
    teen = rng.choice(NAMES)
    script = Script(
        cast={"P": adult, "B": teen},
        styles={"P": "plain", "B": rng.choice(TEEN_STYLES)},
        talk="family",
        talkers=("P", "B"),
        talk_lead="P",
    )
    opening: list[Block] = [
        (_b("P", "Can I talk to you about something I read? Nothing's wrong."), _b("B", "ok?"))
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "P",
                (
                    "If anyone online ever says 'send money or I'll share your pictures', you "
                    "come straight to me.",
                    "Some people message teens saying 'pay me or your photo goes to all your "
                    "followers'.",
                ),
                "sextortion",
            ),
        ),
        (_b("P", "They often add 'you've got one hour' to panic you.", "sextortion"),),
        (_b("P", "Or they tell you to buy gift cards and send the codes.", "sextortion"),),
        (_b("P", "And if someone says 'this is our secret', that's a red flag.", "secrecy"),),
        (_b("P", "Or asks 'are your parents home?'", "supervision"),),
        (
            _b(
                "P",
                "Or flatters you: 'you're so mature, your parents just don't get you.'",
                "trust_isolation",
            ),
        ),
        (_b("B", "i know, we did it at school"),),
        (_b("P", "Be careful if someone you've just met says 'add me on snap'.", "platform_move"),),
        (
            _b(
                "P",
                "If a stranger asks how old you are or which school you go to, you don't "
                "have to answer.",
                "age",
            ),
        ),
        (_b("P", "You will never be in trouble with us for telling. Ever."), _b("B", "ok thanks")),
        (_b("B", "what if they pretend to be my age"), _b("P", "They often do. Trust your gut.")),
    ]
    return _benign(rng, script, opening, optional, 4, 7)


def _sports_club(rng: random.Random) -> Script:
    coach = rng.choice(("Coach Dan", "Coach Amy", "Gaz (coach)", "Coach Tunde"))
    p1, p2, p3 = rng.sample(PARENT_CHAT_NAMES, 3)
    kid = rng.choice(NAMES)
    script = Script(
        cast={"C": coach, "P": p1, "Q": p2, "R": p3},
        styles={
            "C": rng.choice(("plain", "emoji")),
            "P": rng.choice(ADULT_STYLES),
            "Q": rng.choice(ADULT_STYLES),
            "R": "lower",
        },
        talk="group",
        talkers=("C", "P", "Q", "R"),
        title=rng.choice(("U12s parents", "Rovers U13", "Juniors netball")),
    )
    opening: list[Block] = [
        (
            _b(
                "C",
                rng.choice(
                    (
                        "U12s training moved to Saturday this week.",
                        "Great effort on Sunday everyone!",
                    )
                ),
            ),
        )
    ]
    optional: list[Block] = [
        (
            _b("P", f"Can anyone give {kid} a lift Saturday? I'm working.", "meeting"),
            _b("Q", "I can pick him up at 9:30 from yours.", "meeting"),
        ),
        (
            say(
                rng,
                "C",
                (
                    "Subs of £15 are due by Friday, bank transfer to the club account please.",
                    "Reminder: tour deposits must be in by the 30th.",
                ),
                "sextortion",
            ),
        ),
        (
            _b(
                "C",
                "Sort code 00-00-00, account 12345678, use your child's name as the reference.",
                "sextortion",
            ),
        ),
        (
            say(
                rng,
                "C",
                (
                    "Parents, please send a headshot of your child for the player cards.",
                    "Can you all send me a photo for the registration forms?",
                ),
                "image_request",
            ),
        ),
        (
            _b("P", f"{kid} is 11 until June, can he still play in the U12s?", "age"),
            _b("C", "Yes, it goes by school year."),
        ),
        (_b("C", "Photos from the match are up on the club page."),),
        (_b("R", "is training on if it's icy"), _b("C", "I'll post by 8am.")),
        (_b("C", "Kit orders close Sunday, link in the club app."),),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


def _flatmate_debt(rng: random.Random) -> Script:
    a, b = rng.sample((*ADULT_NAMES, "Kirsty", "Becca", "Olu", "Mei"), 2)
    script = Script(
        cast={"A": a, "B": b},
        styles={"A": rng.choice(ADULT_STYLES), "B": rng.choice(ADULT_STYLES)},
        talk="adult",
        talkers=("A", "B"),
    )
    opening: list[Block] = [
        (
            say(
                rng,
                "A",
                ("You still owe me £240 for the bills.", "Mate, the £180 for the energy bill?"),
                "sextortion",
            ),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "A",
                (
                    "I need it by Friday, my rent goes out Saturday.",
                    "By the end of tomorrow please, I'm overdrawn.",
                ),
                "sextortion",
            ),
        ),
        (
            say(
                rng,
                "A",
                (
                    "Send it to my Monzo, same details as before.",
                    "Bank transfer is fine, you've got my details.",
                ),
                "sextortion",
            ),
        ),
        (
            say(
                rng,
                "A",
                (
                    "If it's not sorted by then I'm telling the landlord about your mate staying.",
                    "Or I'm taking it out of your deposit, I mean it.",
                ),
                "sextortion",
            ),
        ),
        (_b("B", "I get paid Thursday, I'll transfer then."),),
        (_b("B", "Keep it between us, I don't want the others knowing I'm skint.", "secrecy"),),
        (_b("A", "Are you in tonight? We should talk properly.", "supervision"),),
        (_b("B", "Sent. Screenshot of the transfer here."),),
        (_b("B", "Sorry it's been so long."), _b("A", "It's fine, just stressed.")),
    ]
    script.attachments["Sent. Screenshot of the transfer here."] = "Screenshot_20260301.png"
    return _benign(rng, script, opening, optional, 3, 6, gaps=0.4)


def _babysitting(rng: random.Random) -> Script:
    older, younger = two_names(rng)
    age = rng.choice((7, 8, 9, 10))
    script = Script(
        cast={"O": older, "Y": younger},
        styles={"O": rng.choice(TEEN_STYLES), "Y": rng.choice(TEEN_STYLES)},
        talk="teen",
        talkers=("O", "Y"),
    )
    opening: list[Block] = [
        (
            say(
                rng,
                "O",
                (
                    "mum and dad are out till 11 so im in charge",
                    "parents are out tonight, u have to listen to me",
                ),
                "supervision",
            ),
            _b("Y", rng.choice(("ugh", "noooo", "fine"))),
        )
    ]
    optional: list[Block] = [
        (_b("Y", "so its just us two now?", "supervision"), _b("O", "yep")),
        (
            say(
                rng,
                "Y",
                ("dont tell mum we had pizza for tea", "shh dont say we watched the scary film"),
                "secrecy",
            ),
            _b("O", rng.choice(("deal", "only if u go to bed"))),
        ),
        (_b("O", "delete that photo of me asleep on the sofa", "deletion"),),
        (_b("O", "send me a pic of the note mum left on the fridge", "image_request"),),
        (
            _b("O", f"ur only {age}, bed by half 8", "age"),
            _b("Y", f"im {age} not a baby", "age"),
        ),
        (_b("Y", "is dad back yet?", "supervision"), _b("O", "no, go to sleep")),
        (_b("O", "ill give u a quid if u go to bed now", "gifts_money"),),
        (_b("Y", "can we have the ice lollies"), _b("O", "one each")),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


def _coach_lift(rng: random.Random) -> Script:
    coach = rng.choice(("Coach Dan", "Coach Amy", "Coach Tunde", "Mr Brooks (coach)"))
    parent = rng.choice(PARENT_CHAT_NAMES)
    player = rng.choice(NAMES)
    script = Script(
        cast={"C": coach, "P": parent, "K": player},
        styles={"C": "plain", "P": rng.choice(ADULT_STYLES), "K": rng.choice(TEEN_STYLES)},
        talk="group",
        talkers=("C", "P", "K"),
        title=f"{player} lift",
    )
    opening: list[Block] = [(_b("C", "Hi, away match at Riverside on Sunday, kick-off 11."),)]
    optional: list[Block] = [
        (
            _b(
                "C",
                f"I can give {player} a lift, I'd pick up from your house at 9:15 if that's "
                "ok with you.",
                "meeting",
            ),
        ),
        (
            _b("C", "Can you confirm your address for the lift?", "meeting"),
            _b("P", "Will send it now, thanks so much."),
        ),
        (
            _b("P", f"{player}'s 13 so fine in the front?", "age"),
            _b("C", "Back seat is club policy, sorry!"),
        ),
        (
            _b(
                "C",
                f"{player}, ask your mum or dad to message me to say it's ok before I can "
                "take you.",
            ),
        ),
        (_b("C", "Is your dad home? I'll ring him about the lift.", "supervision"),),
        (_b("C", "Let's keep match updates on WhatsApp, the club app is down.", "platform_move"),),
        (_b("C", "Minibus money, £5, by Friday please.", "sextortion"),),
        (_b("K", "thanks coach"),),
        (_b("C", "Great game today! Photos on the club page."),),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


def _news_story(rng: random.Random) -> Script:
    a, b = two_names(rng)
    script = Script(
        cast={"A": a, "B": b},
        styles={"A": rng.choice(TEEN_STYLES), "B": rng.choice(TEEN_STYLES)},
        talk="teen",
        talkers=("A", "B"),
    )
    town = rng.choice(TOWNS)
    opening: list[Block] = [
        (
            _b("A", f"did u see that story about the boy in {town}"),
            _b("B", "the sextortion one? so scary"),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "A",
                (
                    "they said theyd send his pics to all his followers unless he paid",
                    "the account told him 'pay or everyone sees it'",
                ),
                "sextortion",
            ),
        ),
        (_b("B", "and gave him like an hour", "sextortion"),),
        (_b("A", "they made him buy gift cards and send the codes", "sextortion"),),
        (_b("B", "it was a fake account pretending to be a girl, said she was 15", "age"),),
        (_b("A", "apparently they got him to move to snapchat first", "platform_move"),),
        (_b("B", "and told him not to tell his parents", "secrecy"),),
        (
            _b(
                "A",
                "he kept telling him he was mature for his age and his mates were fake",
                "trust_isolation",
            ),
        ),
        (_b("A", "police said dont pay and tell someone"),),
        (
            _b("B", "if that ever happened id tell my mum straight away"),
            _b("A", "same. block and report"),
        ),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


def _safety_quiz(rng: random.Random) -> Script:
    teacher = rng.choice(("Ms Hughes", "Mr Lewis", "Mrs Adeyemi"))
    s1, s2, s3 = rng.sample(list(NAMES), 3)
    script = Script(
        cast={"T": teacher, "S": s1, "U": s2, "V": s3},
        styles={
            "T": "plain",
            "S": rng.choice(TEEN_STYLES),
            "U": rng.choice(TEEN_STYLES),
            "V": rng.choice(TEEN_STYLES),
        },
        talk="group",
        talkers=("S", "U", "V", "T"),
        title=rng.choice(("8C PSHE", "Digital citizenship", "Year 7 tutor group")),
    )
    opening: list[Block] = [(_b("T", "Online safety quiz! Answer in the chat, no names needed."),)]
    optional: list[Block] = [
        (
            _b(
                "T",
                "Q1: A stranger in a game asks 'how old are you and what school do you go "
                "to?' What do you do?",
                "age",
            ),
            _b("S", "dont answer and tell an adult"),
        ),
        (
            _b(
                "T",
                "Q2: Someone says 'let's chat on Snapchat instead, it's more private.' "
                "Safe or not?",
                "platform_move",
            ),
            _b("U", "not safe"),
        ),
        (
            _b(
                "T",
                "Q3: 'I'll buy you V-Bucks if you keep our chats secret.' What's wrong here?",
                "gifts_money",
                "secrecy",
            ),
            _b("V", "its a bribe, report it"),
        ),
        (
            _b(
                "T",
                "Q4: 'Send me $200 in the next hour or I'll share your photo.' Who should "
                "you tell?",
                "sextortion",
            ),
            _b("S", "a trusted adult or the police"),
        ),
        (
            _b(
                "T",
                "Q5: Someone asks 'is anyone home with you right now?' Why might they ask?",
                "supervision",
            ),
            _b("U", "to see if ur alone"),
        ),
        (
            _b(
                "T",
                "Q6: 'Delete our messages so your parents don't see.' What should you do?",
                "deletion",
                "secrecy",
            ),
            _b("V", "screenshot it and show someone"),
        ),
        (
            _b(
                "T",
                "Q7: 'Turn your camera on for me' from someone you don't know.",
                "image_request",
            ),
            _b("S", "say no and block"),
        ),
    ]
    return _benign(rng, script, opening, optional, 4, 7)


def _streamer_sponsor(rng: random.Random) -> Script:
    streamer = handle(rng)
    manager = rng.choice(("Jess @ GlowGear", "Partnerships - NovaDrinks", "Mike (BrandLab)"))
    script = Script(
        cast={"M": manager, "S": streamer},
        styles={"M": "plain", "S": rng.choice(("lower", "plain", "texting"))},
        talk="work",
        talkers=("M", "S"),
    )
    opening: list[Block] = [
        (
            _b("M", "Hi, we'd love to sponsor a stream on your channel."),
            _b("S", "oh nice, tell me more"),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "M",
                (
                    "Sponsored stream on Saturday at 8pm EST, two hours, does that work?",
                    "Could you go live for us next Friday, 6pm PT, 90 minutes?",
                ),
                "live_streaming",
            ),
            _b("S", "works, thats 1am for me lol", "live_streaming"),
        ),
        (
            say(
                rng,
                "M",
                (
                    "We pay $400 for the slot via PayPal, half upfront.",
                    "Fee is $250 per stream, paid by bank transfer within 7 days.",
                ),
                "live_streaming",
            ),
        ),
        (_b("S", "Invoice sent, ref INV-0412", "live_streaming"),),
        (
            _b(
                "M",
                "Could you show the product on camera for the first ten minutes?",
                "image_request",
            ),
        ),
        (_b("M", f"Add me on Discord for the brief: {handle(rng)}", "platform_move"),),
        (
            _b("M", "Quick check, how old are you? We can only sponsor 18+.", "age"),
            _b("S", "im 24"),
        ),
        (_b("M", "Please keep the rate confidential until the announcement.", "secrecy"),),
        (_b("S", "do u have a discount code for viewers"), _b("M", "Yes, we'll send one.")),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


def _landlord_rent(rng: random.Random) -> Script:
    landlord = rng.choice(("Mr Hall (landlord)", "Landlord - Sue", "Dev Property"))
    tenant = rng.choice((*ADULT_NAMES, "Kirsty", "Olu"))
    script = Script(
        cast={"L": landlord, "T": tenant},
        styles={"L": "plain", "T": rng.choice(ADULT_STYLES)},
        talk="work",
        talkers=("L", "T"),
    )
    opening: list[Block] = [
        (
            say(
                rng,
                "L",
                ("Rent of £750 is now 10 days overdue.", "This month's rent still hasn't arrived."),
                "sextortion",
            ),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "L",
                (
                    "I need full payment by 5pm Friday or I'll start eviction proceedings.",
                    "Pay by Monday or I'll have to issue a formal notice.",
                ),
                "sextortion",
            ),
        ),
        (_b("L", "Bank transfer to the usual account, reference Flat 3.", "sextortion"),),
        (_b("T", "Sorry, my wages were late. I can pay half today."),),
        (_b("L", "Are you in tomorrow morning?", "supervision"), _b("T", "Yes until 11.")),
        (_b("L", "I'll come round at 10 to look at the boiler.", "meeting"),),
        (_b("L", "Send me a photo of the damp patch in the bathroom.", "image_request"),),
        (_b("T", "Please don't mention to the agency that I was late.", "secrecy"),),
        (_b("L", "If it's not paid I'll have to tell your guarantor.", "sextortion"),),
    ]
    return _benign(rng, script, opening, optional, 3, 6, gaps=0.4)


def _guild_fundraiser(rng: random.Random) -> Script:
    g1, g2, g3, g4 = (handle(rng) for _ in range(4))
    script = Script(
        cast={"A": g1, "B": g2, "C": g3, "D": g4},
        styles={k: rng.choice(TEEN_STYLES) for k in "ABCD"},
        talk="teen",
        talkers=("A", "B", "C", "D"),
        title=rng.choice(("Iron Owls guild", "NightRaid officers", "guild chat")),
    )
    opening: list[Block] = [
        (
            _b(
                "A",
                "charity stream for the childrens hospital on saturday 7pm gmt!",
                "live_streaming",
            ),
            _b("B", "lets gooo"),
        )
    ]
    optional: list[Block] = [
        (
            say(
                rng,
                "A",
                ("everyone chip in £5 by sunday pls", "need everyones £5 before the stream ends"),
                "sextortion",
            ),
        ),
        (_b("A", f"donate thru paypal.me/{g1.replace('.', '')}", "sextortion"),),
        (_b("B", "ill gift the top donor a legendary skin", "gifts_money"),),
        (_b("C", "add me on discord for the raid schedule", "platform_move"),),
        (_b("B", "sent £10"),),
        (_b("D", "everyone turn cams on for the group shot at the end", "image_request"),),
        (_b("A", "keep the surprise guest secret till saturday", "secrecy"),),
        (_b("C", "how old do u have to be to join the guild", "age"), _b("A", "16+, server rules")),
    ]
    return _benign(rng, script, opening, optional, 3, 6)


RISKY2: dict[str, Callable[[random.Random], tuple[Script, str]]] = {
    "grooming": _grooming,
    "sextortion": _sextortion,
    "live_streaming": _live_streaming,
}
BENIGN2: dict[str, Callable[[random.Random], Script]] = {
    "parent_home": _parent_home,
    "class_trip": _class_trip,
    "friends_secret": _friends_secret,
    "marketplace": _marketplace,
    "dating_adults": _dating_adults,
    "gamers": _gamers,
    "grandparent_call": _grandparent_call,
    "tutoring": _tutoring,
    "family_remittance": _family_remittance,
    "safety_talk": _safety_talk,
    "sports_club": _sports_club,
    "flatmate_debt": _flatmate_debt,
    "babysitting": _babysitting,
    "coach_lift": _coach_lift,
    "news_story": _news_story,
    "safety_quiz": _safety_quiz,
    "streamer_sponsor": _streamer_sponsor,
    "landlord_rent": _landlord_rent,
    "guild_fundraiser": _guild_fundraiser,
}


def build_blind2(
    seed: int = 20261130, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The second blind set: ``risky_per_category`` conversations of each category in
    ``RISKY_CATEGORIES`` and ``benign_per_kind`` of each kind in ``BLIND2_BENIGN_KINDS``,
    10 to 80 messages each. The same seed always gives the same set (each conversation
    has its own generator seeded from the seed, its label and its number)."""
    out: list[LabelledConversation] = []
    for category in RISKY_CATEGORIES:
        for number in range(risky_per_category):
            rng = random.Random(f"{seed}:{category}:{number}")
            script, kind = RISKY2[category](rng)
            out.append(_render(rng, script, category, kind))
    for kind in BLIND2_BENIGN_KINDS:
        for number in range(benign_per_kind):
            rng = random.Random(f"{seed}:{kind}:{number}")
            out.append(_render(rng, BENIGN2[kind](rng), "benign", kind))
    return out
