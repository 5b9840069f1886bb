"""A fifth blind test set for chat-risk ranking, written without reading the rules, the other
sets' scripts or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), ``cairn/model/chat.py`` and
``evaluation/metrics.py``. From the other sets only these were read: ``Beat``, ``_b``,
``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in ``dataset.py`` (the ``sed`` that
showed them also showed the module docstring, the imports, ``SMALL_TALK`` and the first lines
of the renderer; none was reused); the module docstrings of ``blind.py`` to ``blind4.py`` (for
the labelling conventions); the constants ``FAMILY_NAMES``, ``RISKY_CATEGORIES``,
``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``, ``OWN_BENIGN_KINDS`` and
``FOURTH_BENIGN_KINDS``; the signature of ``formats.base.conversation_id``; and
``tests/chats/test_chat_blind4_shape.py``, whose structure this set's shape test copied (one module now,
``test_chat_blind_sets_shape.py``). Not
read: the rule code (``indicators.py``, ``assess.py``, ``normalise.py``, ``identifiers.py``
and the rest of ``cairn/chats`` outside ``evaluation``), the scripts of the earlier sets,
docs/chats.md and the other chat tests. The scorer was never run on this set and no score was
looked at. Every line is this module's own; the reference's example phrases were avoided in
risky lines (its situations were followed, not its wording) and appear, if at all, in benign
conversations that quote them.

**What is in it.** 40 conversations of each risky category and 20 of each hard-benign kind:
every kind of ``BENIGN_KINDS``, ``EXTRA_BENIGN_KINDS``, ``NEW_BENIGN_KINDS``,
``OWN_BENIGN_KINDS`` and ``FOURTH_BENIGN_KINDS``, written afresh from the kind's name and its
one-line description, plus five new kinds (``FIFTH_BENIGN_KINDS``): a debt collector's lawful
payment reminder to an adult (``debt_reminder``); teenagers' group project with a deadline and
"send me the pic of the poster" (``group_project``); a children's choir trip with payment
deadlines and a consent form (``choir_trip``); a social-media account recovery support chat
asking for a selfie and a code (``account_recovery``); and parents comparing screen-time and
phone rules for their children (``screen_time_rules``). Risky scenarios (``kind`` is
``category/scenario``): grooming by a peer gamer, an older friend with a car, an online
"girlfriend" or "boyfriend", a modelling scout, a writer of non-native English, voice-note
transcripts, a slow "mentor" over days, and a child who refuses and tells; sextortion with
rapport then a turn, a threat before any demand, a demand from a second account, a child who
refuses and says they told an adult, a child who stalls, an extorter of very few lines, payment
followed by a raised demand in game currency, and a money-transfer demand in non-native English;
the facilitator's side of paid live-streams of a child (scheduling across time zones, "help"
requests before calls, prices with remittance references, others offered with ages, a weekly
regular, a move to a video app, a new customer's age checks). Registers: UK, US, Australian,
Nigerian, Indian, South African, Irish and Filipino English and slang, formal, non-native
English (Spanish, Polish, Portuguese, Arabic, French, Russian, Chinese first languages), typos,
texting abbreviations, emoji and voice-note transcripts; each speaker also gets a style applied
to every line they write. Stages are shuffled where the reference says they are not
sequential; small talk that fits the setting sits between the steps so cues are a minority;
lengths run from 10 to 80 messages; some conversations have gaps of hours or days. Images are
only referred to ("the pic"). Everything is synthetic and non-explicit: risk indicators only,
no sexual content, no description of abuse. Numbers are in the fictional 07700 900xxx range
and emails use example.org.

**Labels** follow the conventions of the earlier docstrings, line by line *as written*,
whatever the conversation is: a payment demand with a deadline or payment instructions is
``sextortion`` (a choir-trip balance "by the 14th, ref CHOIR-surname" too); scheduling a video
call across time zones, or a payment by remittance or e-wallet with a reference, is
``live_streaming``; a request to turn a camera on, for a video call or for a photo of anything
(a poster, a receipt, a selfie to recover an account) is ``image_request``; a cue quoted in a
warning, a news story or a quiz is marked too. A statement that a particular person is a
minor's age or school year, naming a child's school, and asking someone's age or school are
``age``; adults stating adult ages and notices to a whole age group are not. A child saying
nobody is at home, or asking or answering who is around to see, is ``supervision``; giving
one's handle or number for another app is ``platform_move``; money or gifts offered or asked
for as help is ``gifts_money``; flattery, and driving a wedge between a child and others, is
``trust_isolation``; keeping something from others is ``secrecy`` and asking for a chat or a
picture to be deleted is ``deletion``; a place and time to meet, or a lift, is ``meeting``. A
scripted line drawn twice in one conversation is kept once.
"""

# Script lines are chat messages kept whole, so long lines are allowed in this file.
# ruff: noqa: E501

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.blind3 import OWN_BENIGN_KINDS
from cairn.chats.evaluation.blind4 import FOURTH_BENIGN_KINDS
from cairn.chats.evaluation.dataset import BENIGN_KINDS, LabelledConversation
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Conversation, Message, Participant

__all__ = ["BLIND5_BENIGN_KINDS", "FIFTH_BENIGN_KINDS", "build_blind5"]

FIFTH_BENIGN_KINDS = (
    "debt_reminder",
    "group_project",
    "choir_trip",
    "account_recovery",
    "screen_time_rules",
)
BLIND5_BENIGN_KINDS = (
    *BENIGN_KINDS,
    *EXTRA_BENIGN_KINDS,
    *NEW_BENIGN_KINDS,
    *OWN_BENIGN_KINDS,
    *FOURTH_BENIGN_KINDS,
    *FIFTH_BENIGN_KINDS,
)
FORMAT = "synthetic"
MIN_MESSAGES = 10
MAX_MESSAGES = 80
SEED = 55_005

# Short codes for the families, used in the scripts below.
_CODES = {
    "age": "age",
    "sec": "secrecy",
    "tru": "trust_isolation",
    "sup": "supervision",
    "plt": "platform_move",
    "del": "deletion",
    "img": "image_request",
    "gft": "gifts_money",
    "met": "meeting",
    "sxt": "sextortion",
    "liv": "live_streaming",
}
assert set(_CODES.values()) == set(FAMILY_NAMES)

# --------------------------------------------------------------------------------------
# Script notation. A *block* is a string of lines ``S> text [codes]`` that stay together
# (S is the speaker letter: A the other party or adult, B the possible child or the
# counterpart, C… further members); a line ``~`` is a gap of hours or days. A *step* is a
# block, or a tuple ``(probability, block, block…)`` from which one block is drawn. A
# *phase* is ``("fix", steps)`` (in order), ``("mix", steps)`` (shuffled) or ``("open",
# steps)`` (the first step first, the rest shuffled).

Step = str | tuple[float | str, ...]
Phase = tuple[str, tuple[Step, ...]]
Script = tuple[Phase, ...]

_LINE = re.compile(r"^([A-F])>\s?(.*?)(?:\s*\[([a-z ]+)\])?\s*$")


@dataclass(frozen=True, slots=True)
class _Line:
    speaker: str
    text: str
    families: frozenset[str]
    gap: bool = False


def _parse_block(block: str) -> list[_Line]:
    lines: list[_Line] = []
    for raw in block.strip().splitlines():
        raw = raw.strip()
        if raw == "~":
            lines.append(_Line("", "", frozenset(), gap=True))
            continue
        match = _LINE.match(raw)
        if match is None:
            raise ValueError(f"bad script line: {raw!r}")
        speaker, text, codes = match.groups()
        families = frozenset(_CODES[c] for c in (codes or "").split())
        lines.append(_Line(speaker, text, families))
    return lines


def _draw(
    script: Script, rng: random.Random, talk: tuple[str, ...]
) -> list[tuple[list[_Line], tuple[str, ...]]]:
    """The blocks of one conversation, in order, each with the small-talk settings that suit
    the moment (a phase ``("talk", keys)`` changes them from there on)."""
    blocks: list[tuple[list[_Line], tuple[str, ...]]] = []
    for mode, steps in script:
        if mode == "talk":
            talk = tuple(k for k in steps if isinstance(k, str))
            continue
        chosen: list[list[_Line]] = []
        for step in steps:
            if isinstance(step, str):
                chosen.append(_parse_block(step))
                continue
            probability = step[0]
            alternatives = [a for a in step[1:] if isinstance(a, str)]
            if not isinstance(probability, float) or not alternatives:
                raise ValueError(f"bad script step: {step!r}")
            if rng.random() < probability:
                chosen.append(_parse_block(rng.choice(alternatives)))
        if mode == "mix":
            rng.shuffle(chosen)
        elif mode == "open" and chosen:  # an opening line, then the rest in any order
            rest = chosen[1:]
            rng.shuffle(rest)
            chosen = [chosen[0], *rest]
        blocks.extend((block, talk) for block in chosen)
    return blocks


# --------------------------------------------------------------------------------------
# Small talk: short exchanges by setting. Nothing in them is a cue.

_TALK: dict[str, tuple[str, ...]] = {
    "teen": (
        "A> wyd\nB> nm just chillin",
        "A> u watch the match last nite\nB> nah fell asleep lol",
        "B> my brother ate the last of the cereal again\nA> criminal behaviour",
        "A> what u listening to rn\nB> some old drake stuff",
        "B> bored out of my mind\nA> same tbh",
        "A> ngl that level took me ages\nB> fr it's so hard",
        "B> got a test on friday ugh\nA> what subject\nB> chem",
        "A> lmaooo\nB> 💀💀",
        "B> raining again\nA> it never stops here",
        "A> did u eat\nB> yeah noodles",
        "B> brb charger\nB> back",
        "A> whats ur fav snack\nB> salt and vinegar crisps obvs",
        "B> my cat just knocked my drink over\nA> hahaha",
        "A> that song is stuck in my head\nB> which one\nA> the one from the advert",
        "B> ok\nA> k",
    ),
    "aus": (
        "A> hows ur arvo\nB> heaps boring",
        "B> went to the servo for a slushie\nA> what flavour\nB> blue obviously",
        "A> reckon it'll rain tmrw\nB> nah it's meant to be stinking hot",
    ),
    "ng": (
        "A> how far\nB> i dey o",
        "B> NEPA took light again\nA> lol the usual",
        "A> abeg which series u dey watch\nB> the one with the dragons",
    ),
    "adult": (
        "A> how's your week going\nB> busy but fine, you?",
        "B> sorry, was in a meeting\nA> no worries",
        "A> the traffic this morning was unreal\nB> tell me about it",
        "B> did you get the parcel in the end\nA> yes, finally",
        "A> thanks\nB> no problem",
        "B> the kettle's broken again\nA> time for a new one",
        "A> ok great\nB> 👍",
        "B> have a good weekend\nA> you too",
    ),
    "group": (
        "C> morning all\nD> morning!",
        "D> thanks for organising\nC> +1",
        "C> sorry, who's this? new phone\nD> it's me, Dana's dad",
        "D> 👍",
        "C> will it be cold, do they need coats\nA> yes bring a coat",
        "D> is there parking nearby\nA> there's a car park round the back",
        "C> ok thanks",
    ),
    "pressure": (
        "A> well?\nB> please wait",
        "B> i'm trying ok\nA> try harder",
        "A> u still there?\nB> yes",
        "B> please dont do this\nA> u know what to do",
        "A> i see u online\nB> i'm looking",
        "B> i need more time\nA> no",
        "A> answer me\nB> im here",
    ),
    "child_alone": (
        "B> hello??",
        "B> please answer",
        "B> i'm scared",
        "B> are you there",
        "B> i dont know what to do",
        "B> pls",
        "B> i'm sorry ok",
        "B> why are you doing this",
        "B> i cant sleep",
        "B> hello",
    ),
    "facilitator": (
        "B> good evening sir\nA> evening",
        "A> how is the weather there\nB> so hot today sir, and brownout again",
        "B> my mother is sick again\nA> sorry to hear that",
        "A> busy week at work\nB> you work too hard sir",
        "B> the rice price went up again\nA> everything is expensive",
        "A> still there?\nB> yes sir sorry, signal is weak",
        "B> ok sir\nA> ok",
        "B> 🙏",
        "A> thanks\nB> thank you also",
    ),
    "parent": (
        "A> did you take your PE kit\nB> yesss",
        "B> whats for tea\nA> lasagne",
        "A> love you\nB> love u too",
        "B> can i have friends over saturday\nA> we'll see",
        "A> don't forget to feed the fish\nB> ok ok",
        "B> ok\nA> 👍",
    ),
    "formal": (
        "A> Thank you for your patience.\nB> Thanks",
        "B> Sorry, just one moment\nA> Of course.",
        "A> Is there anything else I can help with today?\nB> I think that's all",
        "B> ok\nA> Noted.",
        "A> I'll check that for you now.\nB> thanks",
    ),
}
_TALK["teen"] += (
    "A> u going to the thing on sat\nB> depends if i finish my homework lol",
    "B> my sister stole my hoodie again\nA> the grey one?\nB> yes!!",
    "A> bet\nB> 👍",
    "B> lowkey starving\nA> go eat then lol",
    "A> that teacher is so extra\nB> fr no cap",
    "B> new update is out\nA> is it any good\nB> mid",
    "A> my wifi keeps dropping\nB> restart the router",
    "B> did u see the cat video\nA> the one on the skateboard 😂",
    "A> whats the plan for half term\nB> going to my nan's",
    "B> im so done with maths\nA> same it's a joke",
)
_TALK["aus"] += (
    "B> footy training was cooked today\nA> how come\nB> coach made us do laps for ages",
    "A> going to the beach this arvo?\nB> if mum lets me",
)
_TALK["ng"] += (
    "B> the jollof today was top tier\nA> no lie",
    "A> exam don finish?\nB> one more paper remaining",
)
_TALK["ind"] = (
    "A> hi, what are you doing\nB> just now came from tuition",
    "B> today exam was too tough yaar\nA> same same",
    "A> did you have lunch\nB> yes, rajma chawal",
    "B> power cut again na\nA> ya here also",
)
_TALK["za"] = (
    "A> howzit\nB> lekker, you?",
    "B> load shedding again tonight\nA> eish",
    "A> ill call you now now\nB> ok shot",
)
_TALK["irl"] = (
    "A> what's the craic\nB> not much, grand",
    "B> it's lashing rain here\nA> same, wee bit of sun earlier though",
    "A> ye going to the match\nB> aye if me da lets me",
)
_TALK["adult"] += (
    "A> sorry for the slow reply\nB> all good",
    "B> the bins didn't get collected again\nA> typical",
    "A> hope you're keeping well\nB> can't complain",
    "B> I'll check and get back to you\nA> great, thanks",
    "A> happy Friday!\nB> finally",
)
_TALK["group"] += (
    "D> thank you so much 🙏",
    "C> apologies, wrong chat!",
    "D> does anyone know if it's still on if it rains\nA> yes, indoors if needed",
    "C> will they be back in time for tea\nA> should be",
    "D> 👏👏",
    "C> do they need spending money\nA> a few pounds at most",
)
_TALK["parent"] += (
    "B> can u bring my charger\nA> where is it\nB> on my bed",
    "A> how was the maths test\nB> ok i think",
    "B> im hungry\nA> there's fruit in the bowl",
    "A> bedtime in 10 mins\nB> nooo",
)
_TALK["formal"] += (
    "A> I hope this message finds you well.\nB> Yes, thank you",
    "B> Apologies for the delay in replying\nA> Not at all.",
    "A> Kind regards.\nB> thanks, you too",
)
_TALK["facilitator"] += (
    "B> salamat po sir\nA> no problem",
    "B> pasensya na sir, late reply, we had no load\nA> ok",
    "A> How's the typhoon?\nB> it passed sir, only flooding",
    "B> we had a fiesta in the barangay today\nA> sounds fun",
)
_TALK["pressure"] += (
    "A> stop wasting my time\nB> sorry",
    "B> my mum is calling me\nA> hurry",
)

_TALK["pressure"] += (
    "B> my hands are shaking\nA> then type faster",
    "A> dont ignore me\nB> im not ignoring u",
    "B> i'm asking my friend\nA> quick",
    "A> last warning\nB> ok ok",
    "B> can we talk about this\nA> nothing to talk",
)
_TALK["child_alone"] += (
    "B> please reply",
    "B> ok i'm trying to find it",
    "B> hello? i'm still here",
)
_TALK["parent"] += (
    "B> can i go to the park with Priya\nA> back by 6",
    "A> your room is a tip\nB> i'll do it later",
    "B> the wifi is down\nA> turn it off and on",
    "A> grandma says hi\nB> hi grandma!",
    "B> i got a merit today\nA> well done!!",
    "A> dinner's ready\nB> coming",
)
_TALK["formal"] += (
    "B> sorry, my internet dropped\nA> No problem, I'm still here.",
    "A> I've added a note to your file.\nB> ok thanks",
    "B> is this the right place to ask?\nA> Yes, you're in the right place.",
    "A> Have a lovely day.\nB> you too",
)
_TALK["group"] += (
    "C> lovely photos from last time, thank you\nD> agreed",
    "D> sorry, running late to everything this week 🙈",
    "C> what time is pick up again\nA> 4pm",
    "D> brilliant, thanks",
    "C> will there be food\nA> snacks provided",
)
_TALK["adult"] += (
    "A> did you watch the game\nB> missed it, was it good?",
    "B> my train's delayed again\nA> classic",
    "A> cheers\nB> any time",
)
_TALK["facilitator"] += (
    "A> How is your mother now\nB> better sir, she is eating again",
    "B> sir rainy season now, everything wet\nA> stay dry",
    "A> Busy day?\nB> yes sir, laundry and market",
)


# --------------------------------------------------------------------------------------
# Writing styles, applied to every line a speaker writes (small talk included).

_NAMES = (
    "Ade",
    "Bea",
    "Ciaran",
    "Dana",
    "Emre",
    "Fatima",
    "Gus",
    "Hana",
    "Ines",
    "Jonah",
    "Kemi",
    "Luca",
    "Maja",
    "Nico",
    "Oisin",
    "Pia",
    "Quinn",
    "Rosa",
    "Sipho",
    "Tala",
    "Umar",
    "Vera",
    "Wren",
    "Xiadani",
    "Yusuf",
    "Zara",
)
_SHORT = {
    "you": "u",
    "your": "ur",
    "are": "r",
    "because": "bc",
    "please": "pls",
    "tomorrow": "tmrw",
    "okay": "ok",
    "people": "ppl",
    "really": "rly",
    "though": "tho",
    "tonight": "2nite",
    "before": "b4",
    "what": "wat",
    "thanks": "thx",
}
_EMOJI = ("😂", "🙂", "🙏", "😅", "👀", "😭", "🔥", "💯", "😊", "🤷")
_WORD = re.compile(r"[A-Za-z']+")
_STYLES = ("as_written", "lower", "short", "typos", "emoji")


def _style(text: str, style: str, rng: random.Random) -> str:
    if style == "lower":
        return text.lower().rstrip(".")
    if style == "short":
        return _WORD.sub(lambda m: _SHORT.get(m.group(0).lower(), m.group(0)), text)
    if style == "typos":
        words = text.split(" ")
        candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if candidates and rng.random() < 0.25:
            i = rng.choice(candidates)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(words)
    if style == "emoji" and rng.random() < 0.4:
        return f"{text} {rng.choice(_EMOJI)}"
    return text


def _render(
    script: Script,
    talk: tuple[str, ...],
    rng: random.Random,
    label: str,
    kind: str,
    source: str,
) -> LabelledConversation:
    drawn = _draw(script, rng, talk)
    scripted = [line for block, _t in drawn for line in block if not line.gap]
    labelled = sum(1 for line in scripted if line.families)
    least = max(MIN_MESSAGES, 2 * labelled + 1, len(scripted) + 1)
    if least > MAX_MESSAGES:
        raise ValueError(f"{kind}: script too long ({len(scripted)} lines)")
    target = rng.randint(least, min(MAX_MESSAGES, least + rng.choice((4, 12, 25, 45, 65))))
    # Small talk is put between blocks (never inside one) until the target is reached,
    # drawn from the settings of the block it follows.
    units: list[tuple[list[_Line], tuple[str, ...]]] = [(list(b), t) for b, t in drawn]
    count = len(scripted)
    decks: dict[tuple[str, ...], list[list[_Line]]] = {}
    while count < target:
        # Mostly after the opening block; now and then before it (a chat already going).
        # (Never before a threat: pressing and pleading only make sense after one.)
        calm = not units or not {"pressure", "child_alone"} & set(units[0][1])
        first = 0 if not units or (calm and rng.random() < 0.1) else 1
        position = rng.randint(first, len(units))
        keys = units[max(0, position - 1)][1] if units else talk
        deck = decks.setdefault(keys, [])
        if not deck:  # each exchange is used once; reused only to reach the minimum
            if count >= least:
                break
            deck.extend(_parse_block(t) for key in keys for t in _TALK[key])
            rng.shuffle(deck)
        filler = deck.pop()[: target - count]
        units.insert(position, (filler, keys))
        count += len(filler)
    speakers = sorted({line.speaker for unit, _t in units for line in unit if not line.gap})
    names = dict(zip(speakers, rng.sample(_NAMES, len(speakers)), strict=True))
    styles = {s: rng.choice(_STYLES) for s in speakers}
    time = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(
        days=rng.randrange(600), seconds=rng.randrange(86_400)
    )
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    seen: set[str] = set()
    for unit, _t in units:
        for line in unit:
            if line.gap:
                time += timedelta(hours=rng.randint(3, 70))
                continue
            text = _style(line.text, styles[line.speaker], rng)
            if line.families:
                if text in seen:
                    continue  # a scripted line drawn twice is kept once
                seen.add(text)
            time += timedelta(seconds=rng.randint(4, 900))
            index = len(messages)
            if line.families:
                families[index] = line.families
            messages.append(
                Message(
                    index=index,
                    time_utc=time,
                    time_raw=time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    author=names[line.speaker],
                    text=text,
                )
            )
    authors: list[str] = []
    for message in messages:
        if message.author not in authors:
            authors.append(message.author)
    participants = tuple(Participant(id=a, name=a) for a in authors)
    title = " & ".join(authors[:2]) if len(authors) == 2 else "group chat"
    conversation = Conversation(
        id=conversation_id(FORMAT, source, "", messages, title),
        format=FORMAT,
        title=title,
        participants=participants,
        messages=tuple(messages),
        source=source,
    )
    return LabelledConversation(conversation, label, kind, families)


# --------------------------------------------------------------------------------------
# Grooming. A is the offender, B the child. Stages are not sequential, so most are mixed.

_GROOMING: dict[str, tuple[Script, tuple[str, ...]]] = {
    "peer_gamer": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> yo gg that last round was wild\nB> lol u carried",
                        "A> bro ur aim is cracked fr\nB> thx lol",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.9,
                        "A> wait how old r u even, u sound young on mic [age]\nB> 13 [age]",
                        "A> what grade u in [age]\nB> 8th [age]\nA> oh word im in 9th [age]",
                    ),
                    (
                        0.8,
                        "A> ur lowkey the only one in this squad who doesnt act weird to me [tru]",
                        "A> ngl u way more mature than the rest of them, they so childish [tru]",
                    ),
                    (
                        0.8,
                        "A> i can gift u the battle pass if u want, got extra on my card [gft]",
                        "A> want me to cop u that skin? dont worry about paying me back [gft]",
                    ),
                    (
                        0.7,
                        "A> lets dip from this server, too many randos. add me on the other app, same tag + 77 [plt]",
                        "A> discord is mid, my snap is gz.vortex77 hmu there [plt]",
                    ),
                    (
                        0.7,
                        "A> ur folks let u stay on this late? [sup]\nB> they asleep lol [sup]",
                        "A> anyone checking ur screen rn [sup]\nB> nah my room [sup]",
                    ),
                    (
                        0.6,
                        "A> dont mention me to ur mom ok, parents get weird about online friends [sec]",
                        "A> keep the gifting thing between us fr [sec]",
                    ),
                    (
                        0.6,
                        "A> send a pic so i know ur not a bot lol [img]",
                        "A> turn ur cam on for a sec, wanna see my duo [img]",
                    ),
                    (0.4, "A> clear our dms after, my cousin snoops on my acct [del]"),
                ),
            ),
        ),
        ("teen",),
    ),
    "older_friend_car": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> alright, saw you at the skatepark earlier innit\nB> haha yeah that was me",
                        "A> oi you're Jade's little mate aren't you\nB> yeah why",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.9,
                        "A> what year are you in now [age]\nB> year 9 [age]",
                        "A> you still at Hillcrest Academy? [age]\nB> yeah worst school ever [age]",
                    ),
                    (
                        0.8,
                        "A> I'm 19 but honestly age is just a number with us [age tru]",
                        "A> don't stress that I'm older, you're proper mature [age tru]",
                    ),
                    (
                        0.9,
                        "A> I can swing by in the car after school, take you for a drive [met]",
                        "A> meet me behind the leisure centre Saturday about 7, I'll be in the silver Corsa [met]",
                    ),
                    (
                        0.7,
                        "A> your mum don't need to know you're out with me yeah [sec]",
                        "A> say you're at Jade's if anyone asks [sec]",
                    ),
                    (
                        0.7,
                        "A> your mates are well immature, they don't deserve you [tru]",
                        "A> your dad sounds like he doesn't get you at all [tru]",
                    ),
                    (
                        0.6,
                        "A> need any credit on your phone? I'll top you up [gft]",
                        "A> got you some trainers, they're in my boot [gft]",
                    ),
                    (0.5, "A> is your mum in tonight or on nights again [sup]\nB> nights [sup]"),
                    (0.5, "A> wipe these messages yeah, my ex goes through my stuff [del]"),
                ),
            ),
        ),
        ("teen",),
    ),
    "romantic_interest": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> heyyy ur the cutest in the whole year 10 group chat no joke [tru age]",
                        "A> omg hi, ur friend said u were sweet and she's not wrong 😍 [tru]",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.8,
                        "A> how old r u again, 14? [age]\nB> 14 in march [age]",
                        "A> wait ur in year 9 right [age]\nB> ya [age]",
                    ),
                    (
                        0.8,
                        "A> ive never clicked with someone like this, ur like my person now [tru]",
                        "A> everyone else is so fake, only u get me and only i get u [tru]",
                    ),
                    (
                        0.7,
                        "A> this is just ours ok, no one else would understand it [sec]",
                        "A> dont tell ur bestie about me yet, she'll ruin it [sec tru]",
                    ),
                    (
                        0.7,
                        "A> wanna see u, send a pic of what ur wearing rn [img]",
                        "A> facetime me later? just u [img]",
                    ),
                    (0.6, "A> whos home with u rn [sup]\nB> just me til 6 [sup]"),
                    (
                        0.6,
                        "A> my insta is getting weird, lets talk on tele, im @sunny.days.x [plt]",
                    ),
                    (0.5, "A> i'll send u an e-gift card for ur birthday babe [gft]"),
                    (
                        0.5,
                        "A> come to the shopping centre saturday, the bench by the fountain, 2pm [met]",
                    ),
                ),
            ),
        ),
        ("teen", "aus"),
    ),
    "model_scout": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> Good afternoon. I'm a talent scout for a youth fashion label and your photos stood out. [tru]",
                        "A> Hello! I represent a new model agency, we think you have a very special look. [tru]",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.9,
                        "A> May I ask your age and which school you attend? For our files only. [age]\nB> 12, St Brendan's [age]",
                        "A> Our junior category is 11 to 15, how old are you? [age]\nB> 13 [age]",
                    ),
                    (
                        0.9,
                        "A> To proceed I need a few casual photos at home, no make-up, just you. [img]",
                        "A> Please do a quick video call so the casting team can see you move. [img]",
                    ),
                    (
                        0.7,
                        "A> We prefer parents are not involved at this early stage, it slows everything down. [sec tru]",
                        "A> It's confidential until the contract, so best not to share with family yet. [sec]",
                    ),
                    (
                        0.7,
                        "A> Successful applicants receive £300 and a new phone for the shoot. [gft]",
                    ),
                    (
                        0.6,
                        "A> Our studio is in town, we can collect you from the station Thursday 4pm. [met]",
                    ),
                    (0.6, "A> Please continue on our private line, WhatsApp 07700 900412. [plt]"),
                    (
                        0.4,
                        "A> Is anyone at home to help with the photos or are you alone? [sup]\nB> just me [sup]",
                    ),
                ),
            ),
        ),
        ("formal", "teen"),
    ),
    "nonnative": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> hello my friend, sorry my english not so good, i am from Kraków\nB> its ok",
                        "A> hola! you play also this game? my english is little bit bad sorry\nB> haha np",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.9,
                        "A> how many years you have? [age]\nB> 12 [age]",
                        "A> you are in which class in school? [age]\nB> year 7 [age]",
                    ),
                    (
                        0.8,
                        "A> you are very intelligent for this age, more than adults i know [tru]",
                        "A> your parents not listen you? i always listen you [tru]",
                    ),
                    (
                        0.7,
                        "A> is better we speak in other application, my number for whatsapp +44 7700 900317 [plt]",
                        "A> you have telegram? write me there, is more private [plt]",
                    ),
                    (
                        0.7,
                        "A> this talking is only for us two, yes? not for mother [sec]",
                        "A> please not say to anybody about me, they not understand friendship [sec]",
                    ),
                    (0.6, "A> your parents are where now? [sup]\nB> at work [sup]"),
                    (0.6, "A> you can make for me one photo of you? only face, for know you [img]"),
                    (
                        0.5,
                        "A> i send you money for the game, you give me your paypal of mother? no, i send card [gft]",
                    ),
                    (0.4, "A> after we finish, erase all the chat please [del]"),
                ),
            ),
        ),
        ("teen", "adult"),
    ),
    "voice_notes": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> [voice note 0:14] heyyy it's me, um, just wanted to say hi because you went quiet on me\nB> hii sorry was at dinner",
                        "A> [voice message transcript] yo what's good, I'm in the car so voice noting, uh, you free later\nB> ya",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.8,
                        "A> [voice note 0:22] so you said you're what, thirteen? fourteen? remind me [age]\nB> 13 [age]",
                        "A> [voice note] which school are you at again, the one near the retail park? [age]\nB> yeah Oakfield [age]",
                    ),
                    (
                        0.7,
                        "A> [voice note 0:31] honestly you're like, wise, you know, you're wasted on those people at school [tru]",
                        "A> [voice note] nobody at home gets you like I do, I'm being real [tru]",
                    ),
                    (
                        0.7,
                        "A> [voice note 0:09] is anyone in the house or is it just you [sup]\nB> just me rn [sup]",
                    ),
                    (
                        0.7,
                        "A> [voice note] put the camera on for a bit, I wanna see your face when you talk [img]",
                    ),
                    (
                        0.6,
                        "A> [voice note 0:18] don't play these to anyone, yeah, like seriously, they're just for you [sec]",
                        "A> [voice note] delete my voice notes when you've listened, ok [del]",
                    ),
                    (
                        0.5,
                        "A> [voice note] I can grab you from the bus stop on Kingsway, like half four [met]",
                    ),
                    (
                        0.5,
                        "A> [voice note 0:12] I'll put twenty quid on your card thing, don't worry about it [gft]",
                    ),
                ),
            ),
        ),
        ("teen",),
    ),
    "slow_mentor": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> Great drawing you posted! I'm an illustrator myself, happy to give tips anytime.\nB> omg thank you",
                        "A> Your cover of that song was brilliant. I teach guitar, you've got real talent. [tru]\nB> thanks!!",
                    ),
                    "~",
                ),
            ),
            (
                "mix",
                (
                    (
                        0.8,
                        "A> What year are you in now? Still doing art GCSE next year? [age]\nB> im in year 8 so not yet [age]",
                    ),
                    "~",
                    (
                        0.8,
                        "A> You're honestly more grown up than most of my adult students. [tru]",
                        "A> Your teachers clearly don't see what I see in you. [tru]",
                    ),
                    (
                        0.6,
                        "A> I've got a spare tablet and pen I'd like to give you, as a mentor thing. [gft]",
                    ),
                    "~",
                    (
                        0.7,
                        "A> Probably best to keep our lessons between us, other students might get jealous. [sec]",
                    ),
                    (0.6, "A> Do your parents check your messages? [sup]\nB> not really [sup]"),
                    (
                        0.6,
                        "A> Let's move to Signal, it's easier for sending files. I'm on 07700 900288. [plt]",
                    ),
                    (
                        0.6,
                        "A> Could you send a photo of yourself with the drawing? For my portfolio. [img]",
                    ),
                    (
                        0.4,
                        "A> There's a gallery in town, I could meet you there Sunday at 11. [met]",
                    ),
                ),
            ),
        ),
        ("adult", "teen"),
    ),
    "refuses_tells": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> hey cutie, saw u in the comments 😊 [tru]\nB> who r u",
                        "A> wagwan, u follow my cousin innit\nB> maybe",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.9,
                        "A> how old r u [age]\nB> why does it matter",
                        "A> u in year 8 or 9? [age]\nB> not telling u that",
                    ),
                    (
                        0.8,
                        "A> send me a pic of u, just a normal one [img]\nB> no",
                        "A> go on video w me for 2 mins [img]\nB> no thanks",
                    ),
                    (0.7, "A> dont be like that, keep it between us yeah [sec]"),
                    (0.6, "A> add my snap instead its easier, k.flo.22 [plt]"),
                    (0.6, "A> ill send u a £20 voucher if u do [gft]"),
                ),
            ),
            (
                "fix",
                (
                    (
                        1.0,
                        "B> this is weird im telling my mum",
                        "B> im showing this to my teacher tmrw",
                        "B> im reporting u and telling my dad",
                    ),
                    (
                        0.6,
                        "A> wow calm down its a joke\nA> dont tell anyone ok [sec]",
                        "A> ur so dramatic. delete this chat then [del]",
                    ),
                ),
            ),
        ),
        ("teen",),
    ),
}

_GROOMING.update(
    {
        "nonnative_far": (
            (
                (
                    "fix",
                    (
                        (
                            1.0,
                            "A> hello, i am new in this server, i come from Porto, my english is not perfect\nB> np",
                            "A> hi friend! sorry for english, i am from Kazan, i learn now\nB> ur english is fine",
                            "A> salam, i see you play very good, i am Karim, from Casablanca\nB> hi",
                            "A> hi, i am from Chengdu, study here one year, my english not good sorry\nB> no its good",
                        ),
                    ),
                ),
                (
                    "mix",
                    (
                        (
                            0.9,
                            "A> you have how many years? [age]\nB> 13 [age]",
                            "A> you are student of which school, primary or secondary? [age]\nB> secondary, year 8 [age]",
                        ),
                        (
                            0.8,
                            "A> you is very clever, more clever than my friends of 20 years [tru]",
                            "A> wallah you are special person, not like the others [tru]",
                        ),
                        (
                            0.7,
                            "A> we can talk in WeChat? my id is longriver_2009 [plt]",
                            "A> write me in telegram, there we are more free [plt]",
                        ),
                        (
                            0.7,
                            "A> your father and mother, they look your phone? [sup]\nB> no [sup]",
                        ),
                        (0.6, "A> is our friendship, private, okay? nobody need to know [sec]"),
                        (0.6, "A> i want see your face one time, you send picture? [img]"),
                        (0.5, "A> i can buy for you the game pass, is nothing for me [gft]"),
                    ),
                ),
            ),
            ("teen",),
        ),
        "regional_peer": (
            (
                (
                    "fix",
                    (
                        (
                            1.0,
                            "A> howzit, saw ur vid on the dance page, lekker moves [tru]\nB> haha thanks",
                            "A> hey, what's the craic, you're the one from the camogie page yeah\nB> ya",
                            "A> hi, what is your good name? saw you in the cricket group\nB> im Riya",
                        ),
                    ),
                ),
                (
                    "mix",
                    (
                        (
                            0.9,
                            "A> which standard are you in? [age]\nB> 8th std [age]",
                            "A> what year are ye in, first year? [age]\nB> second year [age]",
                            "A> u in grade 7 or 8? [age]\nB> grade 8 [age]",
                        ),
                        (
                            0.8,
                            "A> ur folks sound strict hey, they dont let u do anything [tru]",
                            "A> ye're wasted on that lot, honestly [tru]",
                        ),
                        (0.7, "A> come on insta, same name with _2 [plt]"),
                        (
                            0.7,
                            "A> don't tell your ma about me, she'll only freak out [sec]",
                            "A> kindly keep our chats private ok [sec]",
                        ),
                        (0.6, "A> ill send u airtime, just tell me ur number [gft]"),
                        (0.6, "A> we can meet at the mall saturday, by the food court at 12 [met]"),
                        (0.5, "A> is anyone home or just u [sup]\nB> just me and my lil bro [sup]"),
                    ),
                ),
            ),
            ("za", "irl", "ind"),
        ),
    }
)


# --------------------------------------------------------------------------------------
# Sextortion. A is the extorter, B the teenager, C a second account.

_SEXTORTION: dict[str, tuple[Script, tuple[str, ...]]] = {
    "rapport_turn": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> hiii u go to Westbrook High right? i think we have mutuals [age]\nB> ya who r u",
                        "A> heyy cute profile 🙈 where u from\nB> manchester hbu",
                    ),
                    (
                        0.8,
                        "A> ur sweet fr, i like talking to u [tru]",
                        "A> u seem different from other boys [tru]",
                    ),
                    (0.8, "A> its lagging here, come to my other app, @mia_lxv [plt]"),
                    (
                        1.0,
                        "A> i sent mine now send me one back 😘 [img]\nB> idk",
                        "A> ur turn to send a pic, dont be shy [img]\nB> ok",
                    ),
                ),
            ),
            ("talk", ("pressure",)),
            (
                "fix",
                (
                    (
                        1.0,
                        "A> so i screenshotted all ur followers. ur mum, ur coach, everyone [sxt]",
                        "A> i recorded the whole thing. u have no idea who ur talking to [sxt]",
                    ),
                    (
                        1.0,
                        "A> $500 or the pic goes to every name on that list [sxt]\nB> i dont have that",
                        "A> u pay me 400 or i post it and tag ur school [sxt]\nB> please no",
                    ),
                    (
                        0.9,
                        "A> Apple gift cards. scratch them and send the photo of the codes [sxt img]",
                        "A> send it on cash app to $GoldHand019 [sxt]",
                    ),
                    (0.9, "A> u have 30 mins [sxt]", "A> by 10pm or its over for u [sxt]"),
                    (
                        0.6,
                        "A> delete this chat and dont tell ur parents or i send it faster [sxt del sec]",
                    ),
                ),
            ),
        ),
        ("teen",),
    ),
    "threat_first": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> look at this\nA> thats ur pic next to ur aunties profile. one click [sxt]",
                        "A> i have the video from our call. and a list of everybody u know [sxt]",
                    ),
                    (0.7, "B> wtf who is this\nB> please delete it [del]"),
                    (
                        0.9,
                        "A> i will ruin ur whole life. school, family, football team [sxt]",
                        "A> ur college offer? gone when they see it [sxt]",
                    ),
                    (
                        1.0,
                        "A> now we talk business. 300 pounds [sxt]",
                        "A> u want it gone? then pay. 250 [sxt]",
                    ),
                    (
                        1.0,
                        "A> in steam cards or bitcoin, ur choice [sxt]",
                        "A> bank transfer, i give u account details, Sort 00-00-00 Acc 00000000 [sxt]",
                    ),
                    (0.8, "A> u have until midnight [sxt]", "A> one hour. clock is running [sxt]"),
                ),
            ),
        ),
        ("pressure",),
    ),
    "second_account": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> hey ur really cute, we should talk more 😊 [tru]\nB> haha thanks",
                        "A> hi, new here, u know anyone from the year 11 party? [age]\nB> ya i was there",
                    ),
                    (0.9, "A> send one pic, i promise its just for me [img]"),
                    (0.5, "A> my number is 07700 900561 text me there [plt]"),
                    "~",
                ),
            ),
            ("talk", ("pressure",)),
            (
                "fix",
                (
                    (
                        1.0,
                        "C> hello. i am the friend of the girl you were talking. i have everything now [sxt]",
                        "C> she gave me ur photos. i manage this. listen well [sxt]",
                    ),
                    (
                        1.0,
                        "C> 200 dollars in google play cards, send codes here [sxt]",
                        "C> you pay 150 in crypto, wallet i give you, or i post [sxt]",
                    ),
                    (
                        0.8,
                        "C> you have till tomorrow morning [sxt]",
                        "C> deadline is 8pm your time [sxt]",
                    ),
                    (
                        0.6,
                        "B> why r u doing this\nC> if you block me i send to everyone on your list [sxt]",
                    ),
                ),
            ),
        ),
        ("teen",),
    ),
    "refuses_told": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> u know what i have of u. i'll send it to ur whole family [sxt]",
                        "A> everyone in ur followers will see ur pic tonight [sxt]",
                    ),
                    (
                        1.0,
                        "A> send 300 on paypal to grabmoney@example.org or else [sxt]",
                        "A> 100 in amazon cards now [sxt]",
                    ),
                ),
            ),
            (
                "fix",
                (
                    (1.0, "B> no. im not paying u anything", "B> im not sending u money"),
                    (
                        1.0,
                        "B> i told my dad and hes calling the police",
                        "B> i already showed my mum everything, were reporting u",
                        "B> my teacher knows and she's helping me report this",
                    ),
                    (
                        0.7,
                        "A> ur dad cant help u. last chance, 1 hour [sxt]",
                        "A> police cant touch me lol. pay or its posted [sxt]",
                    ),
                    (0.6, "B> blocking u now"),
                ),
            ),
        ),
        ("child_alone", "pressure"),
    ),
    "stalls": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> pay me or i send ur pic to the group chat [sxt]",
                        "A> i got ur video, ur friends gonna see it unless u pay [sxt]",
                    ),
                    (
                        1.0,
                        "A> 600 usd, in bitcoin to bc1q-example-wallet-0042 [sxt]",
                        "A> send 500 on venmo @quickcash_88 [sxt]",
                    ),
                    (0.8, "A> before 6 [sxt]", "A> 2 hours [sxt]"),
                ),
            ),
            (
                "mix",
                (
                    (1.0, "B> i only have 20 in my account", "B> i can get 40 maybe"),
                    (0.8, "B> my card is frozen i have to wait till monday"),
                    (0.7, "B> can i pay some now and rest later"),
                    (
                        0.7,
                        "A> then use ur mums card [sxt]",
                        "A> sell ur console. i dont care [sxt]",
                    ),
                    (0.6, "A> send a pic of the receipt when done [img sxt]"),
                ),
            ),
        ),
        ("pressure",),
    ),
    "few_lines": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> i have ur pics. 150 in gift cards by 9 or ur school sees them [sxt]",
                        "A> pay 200 by tomorrow or everyone gets the video [sxt]",
                    ),
                    (1.0, "B> who is this", "B> what? how"),
                    (
                        0.8,
                        "B> please i'll do anything dont send it",
                        "B> i dont have money im 15 [age]",
                    ),
                    (0.8, "A> codes. here. now. [sxt]", "A> clock is ticking [sxt]"),
                ),
            ),
        ),
        ("child_alone",),
    ),
    "paid_then_more": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> i still got ur pic, u thought it was over? [sxt]",
                        "A> thanks for the first payment. now we do part two [sxt]",
                    ),
                    (0.8, "B> i already paid u\nB> u said u'd delete it [del]"),
                    (
                        1.0,
                        "A> 5000 robux this time, gift it to my acct xX_n0va_Xx [sxt]",
                        "A> 2 x 100 steam cards or the followers get it [sxt]",
                    ),
                    (0.8, "A> same rules, deadline is tonight [sxt]"),
                    (0.7, "A> screenshot the transaction so i know [img sxt]"),
                    (0.5, "B> i cant ask my parents again they'll notice\nA> not my problem [sxt]"),
                ),
            ),
        ),
        ("pressure",),
    ),
    "nonnative_transfer": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> bonsoir my friend, you remember me from the call? i have recording of you [sxt]",
                        "A> you think i am the girl? no. i keep your photo, is mine now [sxt]",
                    ),
                    (
                        1.0,
                        "A> you send 200 euro by money transfer to my name Koffi A., Abidjan [sxt]",
                        "A> make transfer western union 150, i give you name after [sxt]",
                    ),
                    (0.9, "A> if not, all your family in Facebook see it, i send one by one [sxt]"),
                    (0.8, "A> you have time until 22h, after is too late [sxt]"),
                    (0.7, "A> send me photo of the receipt with the MTCN number [sxt img]"),
                    (0.5, "B> i am 14 i have no money [age]"),
                ),
            ),
        ),
        ("pressure",),
    ),
}

_SEXTORTION.update(
    {
        "pidgin_demand": (
            (
                (
                    "fix",
                    (
                        (
                            1.0,
                            "A> you don see wetin i send? na your picture be that [sxt]",
                            "A> oya listen well, i get your video for my phone [sxt]",
                        ),
                        (
                            0.9,
                            "A> if you no pay, i go send am to all your followers one by one [sxt]",
                        ),
                        (
                            1.0,
                            "A> send 100k naira or 250 dollars by itunes card [sxt]",
                            "A> buy razer gold card 200 and send me the code [sxt]",
                        ),
                        (0.8, "A> before 9 tonight o. i no dey joke [sxt]"),
                        (0.6, "B> i dont have that money, i'm only in year 10 [age]"),
                        (0.5, "A> no tell anybody, if you tell police na you go regret [sxt sec]"),
                    ),
                ),
            ),
            ("pressure",),
        ),
    }
)


# --------------------------------------------------------------------------------------
# Live-streaming for payment: the chat side only. A is the paying customer, B the
# facilitator (a relative or "auntie"), C another member of the household.

_LIVE: dict[str, tuple[Script, tuple[str, ...]]] = {
    "timezone_schedule": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> Can we do the call Saturday 9pm my time, that's what, 5am yours? [liv]\nB> 5am ok sir, the girl will be awake [liv]",
                        "A> I'm free Sunday 8pm Sydney time, does that work your side [liv]\nB> yes sir 6pm here, ok [liv]",
                    ),
                ),
            ),
            (
                "mix",
                (
                    (
                        0.9,
                        "A> Same as before, $40 for 20 min [liv]\nB> ok sir 40 [liv]",
                        "B> the price is now 50 sir, for longer show [liv]",
                    ),
                    (
                        0.9,
                        "A> Sent through Remitly, reference 88213470 [liv]",
                        "A> Paid to your GCash ending 0652, screenshot attached [liv img]",
                    ),
                    (0.7, "A> How old is she now? [age]\nB> 11 sir, birthday last month [age]"),
                    (
                        0.6,
                        "A> Make sure nobody else walks in this time [sup]\nB> yes sir the others are at the market [sup]",
                    ),
                    (0.6, "A> Don't save our chats on the phone [del]"),
                ),
            ),
        ),
        ("facilitator",),
    ),
    "help_requests": (
        (
            (
                "mix",
                (
                    (
                        1.0,
                        "B> Sir good day, sorry to ask, the baby needs milk, can you help 1000 pesos [gft]",
                        "B> kuya my daughter has fever, we need for hospital, anything you can send [gft]",
                        "B> sir for the school fees of the small one, 1500 only [gft]",
                    ),
                    (0.8, "B> yes sir thank you, I received, control number 4471-220-19 [liv]"),
                    (0.7, "B> you said for school fees in the description, ok that is good [liv]"),
                ),
            ),
            (
                "fix",
                (
                    (
                        1.0,
                        "A> I'll send it, but I want the call tonight like last time [liv]\nB> yes sir what time [liv]",
                        "A> Fine, but then we do the video tomorrow, 10pm here [liv]\nB> ok sir [liv]",
                    ),
                    (
                        0.7,
                        "B> the two girls are ready, 9 and 12 [age]",
                        "B> she is 10 sir, small for her age [age]",
                    ),
                    (0.5, "A> Keep it between us, no one in the family needs to know [sec]"),
                ),
            ),
        ),
        ("facilitator",),
    ),
    "price_reference": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> How much for a private call this week [liv]\nB> 3000 pesos for 30 min sir [liv]",
                        "A> What's your rate for the show now [liv]\nB> $60 sir, because 2 kids [liv]",
                    ),
                    (0.8, "A> Too much. $35 [liv]\nB> ok sir 45 final [liv]"),
                    (
                        1.0,
                        "A> Sent by WorldRemit, ref WR-20931-KT, under your sister's name [liv]",
                        "A> Transfer done, Palawan Express, tracking 5520 118 304 [liv]",
                    ),
                    (0.8, "B> received sir, I send you the link at 8 [liv]"),
                    (0.6, "A> Put 'medical' in the description next time [liv]"),
                    (0.5, "A> Is she still 12? [age]\nB> yes sir [age]"),
                ),
            ),
        ),
        ("facilitator",),
    ),
    "others_offered": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "B> sir my niece is visiting, she can join the call also [liv]",
                        "B> I have new one sir, the neighbour's girl, if you want [liv]",
                    ),
                    (
                        0.9,
                        "A> How old [age]\nB> 8 sir [age]",
                        "B> she is only 9 and very shy [age]",
                    ),
                    (0.8, "A> Same price for two? [liv]\nB> add 20 sir for the other one [liv]"),
                    (0.8, "A> Sunday 11am London time then [liv]\nB> ok 7pm here [liv]"),
                    (0.7, "B> send via Western Union sir, my cousin will claim [liv]"),
                    (
                        0.5,
                        "B> please don't tell anybody about my niece, her mother doesn't know [sec]",
                    ),
                ),
            ),
        ),
        ("facilitator",),
    ),
    "weekly_regular": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> Usual Thursday? [liv]\nB> yes sir usual, 9pm [liv]",
                        "B> sir are we doing this week same day same time [liv]\nA> Yes [liv]",
                    ),
                    (0.8, "A> Sent the $30 again, same reference as last week [liv]"),
                    "~",
                    (0.7, "B> sir can you add 500 for her uniform [gft]"),
                    (0.7, "B> she is asking when is the next call with you [liv]"),
                    (0.6, "A> Is she still in grade 4? [age]\nB> grade 5 now sir [age]"),
                    "~",
                    (0.6, "A> Thursday again. Same link [liv]"),
                ),
            ),
        ),
        ("facilitator",),
    ),
    "app_move": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> This app is getting strict. Do you have Skype? [plt]\nB> yes sir, I make new account [plt]",
                        "B> sir my account was blocked, please add me on WhatsApp, new number 07700 900651 [plt]",
                    ),
                    (0.8, "A> Use the new one only for the calls [liv]"),
                    (
                        0.9,
                        "A> Tonight 10pm my time, 6am there? [liv]\nB> ok sir, she will be ready before school [liv]",
                    ),
                    (0.8, "A> $25 via e-wallet, ref number 7783001 [liv]"),
                    (0.6, "A> Delete the old account completely [del]"),
                ),
            ),
        ),
        ("facilitator",),
    ),
    "new_customer_checks": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> A friend gave me your contact, he said you arrange calls [liv]\nB> yes sir, who is your friend",
                        "A> Hello auntie, I was told you can organise a video call [liv]\nB> yes, first time?",
                    ),
                    (
                        0.9,
                        "A> What ages are available [age]\nB> 7, 10 and 13 sir [age]",
                        "A> Prove she's under 12, send a pic of her school ID [age img]",
                    ),
                    (0.8, "B> first time must pay first, $50 by Western Union [liv]"),
                    (0.7, "B> after paying send photo of the receipt [img liv]"),
                    (
                        0.6,
                        "A> Who else is in the house during calls [sup]\nB> only me and the kids sir [sup]",
                    ),
                    (
                        0.6,
                        "A> When? I'm in Toronto [liv]\nB> your Friday night is our Saturday morning sir [liv]",
                    ),
                ),
            ),
        ),
        ("facilitator",),
    ),
}


# --------------------------------------------------------------------------------------
# Hard-benign kinds, each sharing surface words with a risk family.

_BENIGN: dict[str, tuple[Script, tuple[str, ...]]] = {
    "parent_home": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> you back from school yet love? [sup]\nB> yeah just walked in, nobody's here [sup]",
                        "A> is your brother in with you [sup]\nB> no he's at football, just me [sup]",
                    ),
                    (
                        0.8,
                        "A> I'll pick you up from Ellie's at 8, be outside [met]\nB> ok",
                        "A> meet me at the car park by Tesco after swimming [met]",
                    ),
                    (
                        0.7,
                        "A> dad's birthday present is hidden in my wardrobe, don't tell him [sec]\nB> my lips are sealed",
                        "A> shh don't mention the cake to your sister [sec]",
                    ),
                    (0.6, "A> send me a photo of the letter from school [img]\nB> sent"),
                    (0.5, "A> I left a tenner on the side for pizza [gft]"),
                    (
                        0.4,
                        "A> delete that video of me dancing off the family group 😂 [del]\nB> never",
                    ),
                ),
            ),
        ),
        ("parent",),
    ),
    "class_trip": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> Good evening Year 8 parents, a reminder about Thursday's trip to the science museum.",
                        "A> Hi all, the Year 5 trip to Brackley Woods is confirmed for Tuesday.",
                    ),
                ),
            ),
            (
                "open",
                (
                    (
                        0.9,
                        "A> Meet at the school gates at 8.15, we return about 4pm. [met]",
                        "A> The coach leaves from the front car park at 8.30 sharp. [met]",
                    ),
                    (0.7, "A> Payment of £12 on ParentPay by Friday please. [sxt]"),
                    (
                        0.6,
                        "C> Can my daughter bring her phone? She's in 8B [age]\nA> Phones stay in bags please.",
                    ),
                    (
                        0.6,
                        "A> We'll post photos of the day on the school page, let us know if you object. [img]",
                    ),
                    (0.5, "D> is a packed lunch needed\nA> Yes, no nuts please."),
                ),
            ),
        ),
        ("group",),
    ),
    "friends_secret": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> ok so the party for Mo is saturday, DONT tell him [sec]\nB> obviously lol",
                        "A> its a secret ok, nobody say anything to Mo [sec]\nB> ya ya",
                    ),
                    (
                        0.8,
                        "A> we're both 13 we can't book the bowling place without an adult lol [age]",
                    ),
                    (0.7, "B> my mum can drive us, meet at mine at 2 [met]"),
                    (0.7, "A> delete the group after so he doesn't see it [del]\nB> ok"),
                    (0.6, "B> everyone chip in £3 for the cake [gft]"),
                    (0.5, "A> send a pic of the banner when ur done [img]"),
                ),
            ),
        ),
        ("teen",),
    ),
    "marketplace": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> Hi is the bike still available?\nB> yes, £80 ono",
                        "B> hola, the bicycle is still for sell, is in very good state\nA> great, how much",
                        "A> bro is the ps4 still there, abeg last price\nB> 45k, final",
                        "A> Hello, interested in the PS5 controller\nB> still here, £30",
                    ),
                    (
                        0.8,
                        "B> Can you pay with an Amazon gift card? Send me the code [sxt]\nA> I'd rather pay cash",
                        "B> you can pay me with gift card of Steam? i give you the code after, is fast [sxt]\nA> cash only sorry",
                        "A> I can only do a bank transfer tonight\nB> ok, need it by 6pm or it goes to the next person [sxt]",
                    ),
                    (0.7, "A> Could you send a photo of the scratch on the frame? [img]\nB> sure"),
                    (0.7, "B> collection from the library car park, Sunday 11? [met]"),
                    (0.5, "A> my number's 07700 900144 if easier to text [plt]"),
                ),
            ),
        ),
        ("adult",),
    ),
    "dating_adults": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> so how old are you, if you don't mind me asking [age]\nB> 34, you?\nA> 36",
                        "A> i am 41, i hope is not problem, you are how old? [age]\nB> 38, it's fine haha",
                        "A> your profile says 29, same as me haha",
                    ),
                    (0.8, "B> you have lovely eyes, honestly [tru]"),
                    (0.8, "A> shall we move off the app? my WhatsApp is 07700 900733 [plt]"),
                    (0.7, "B> send me a selfie from today, the app pics are always old lol [img]"),
                    (0.7, "A> drinks Friday at The Anchor, 7.30? [met]\nB> perfect"),
                    (0.4, "B> I won't tell my friends yet, they get so invested [sec]"),
                ),
            ),
        ),
        ("adult",),
    ),
    "gamers": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> can u lend me 200 vbucks, ill pay u back friday [gft]\nB> bet",
                        "A> mate chuck us 500 vbucks, i'm skint til my birthday [gft]\nB> yeah nah, fine, just this once",
                        "B> bro gift me the battle pass i go pay you back [gft]\nA> wetin you go give me lol",
                        "B> i'll gift u the skin for ur bday [gft]\nA> no wayyy",
                    ),
                    (0.8, "A> what year r u in again [age]\nB> year 7, same as u dummy [age]"),
                    (0.7, "A> join my discord, link in my bio [plt]"),
                    (0.6, "B> my mum's out so i can play til 10 [sup]"),
                    (0.5, "A> dont tell Jake we're doing the raid without him [sec]"),
                    (0.4, "A> turn on cam so i can see ur setup [img]"),
                ),
            ),
        ),
        ("teen",),
    ),
    "grandparent_call": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> Hello sweetheart, it's Grandma. Turn your camera on so I can see you [img]\nB> hi nana!",
                        "A> [voice note] hello my darling, it's Lola, put the video on so I can see how tall you are now [img]\nB> hi lola!!",
                        "A> Can we do a video call Sunday? Grandad wants to see your new haircut [img]",
                    ),
                    (0.8, "A> How's year 6 treating you? [age]\nB> good, we have SATs soon [age]"),
                    (
                        0.7,
                        "A> I've put a little something in the post for you, don't spend it all at once [gft]",
                    ),
                    (0.6, "A> Is your mum home? [sup]\nB> she's at work, dad's here [sup]"),
                    (0.5, "A> We'll come down on the 12th, meet us at the station [met]"),
                    (0.4, "A> Don't tell your mum about the sweets 😉 [sec]"),
                ),
            ),
        ),
        ("parent",),
    ),
    "tutoring": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> Lesson confirmed for Wednesday 5pm UK, that's 6pm for you in Madrid [liv]\nB> Great, thanks",
                        "A> Good evening, class tomorrow is 4.30 pm IST, that is 12 noon UK time for you [liv]\nB> Yes sir, noted",
                        "A> Can we move the online session to 7pm your time, 2pm mine? [liv]",
                    ),
                    (
                        0.9,
                        "A> Please pay the £25 via PayPal, reference TUTOR-Lucia [liv]",
                        "B> Paid by Wise, reference 'maths June' [liv]",
                    ),
                    (
                        0.7,
                        "A> How old is your son, and which year? [age]\nB> He's 14, Year 9 [age]",
                    ),
                    (
                        0.7,
                        "A> Please have his camera on for the lesson so I can see his working [img]",
                    ),
                    (0.5, "A> Here's the Zoom link for all lessons [plt]"),
                ),
            ),
        ),
        ("formal", "adult"),
    ),
    "family_remittance": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> Sent 200 dollars by Remitly for the school fees, reference 55192 [liv]\nB> received, thank you Papa",
                        "A> anak I sent na the pang-tuition via Palawan, ref 7710 2231 [liv]\nB> salamat po Papa",
                        "A> Check GCash, I sent the tuition, ref 8830012 [liv]\nB> got it",
                    ),
                    (
                        0.8,
                        "A> video call Sunday 8am my time, 3pm yours [liv img]\nB> yes the kids are excited",
                    ),
                    (0.7, "B> Ana is 10 now, she asks for you every day [age]"),
                    (0.6, "B> can you help with the hospital bill for Lola [gft]"),
                    (0.5, "A> send me a pic of the receipt from the school [img]"),
                ),
            ),
        ),
        ("adult", "facilitator"),
    ),
    "safety_talk": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> saw a thing about sextortion, can we talk? if someone ever says 'pay me or i send your pics to everyone' [sxt]\nB> mum i know",
                        "A> [voice note] so your auntie sent me this thing, apparently they go 'pay or your pics go to your whole school', yeah? [sxt]\nB> mum i know, we did it at school",
                        "A> the school counsellor said scammers say stuff like 'you have 1 hour to pay in gift cards' [sxt]\nB> ok",
                    ),
                    (0.8, "A> or 'send me a pic, nobody will know' [img sec]\nB> i'd never"),
                    (0.7, "A> they often say 'move to snap' or 'delete this chat' [plt del]"),
                    (
                        0.7,
                        "A> you're 15, none of it is ever your fault, you tell me straight away [age]\nB> ok",
                    ),
                    (0.5, "B> a kid in year 10 had that happen [age]"),
                ),
            ),
        ),
        ("parent",),
    ),
    "sports_club": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> U12s training moved to Thursday 6pm at the rec [met]",
                        "A> Match Sunday, meet at the clubhouse 9am [met]",
                    ),
                    (0.8, "C> Can anyone give Leo a lift? He's 11 and I'm on shift [age met]"),
                    (0.8, "A> Subs £20 by Friday please, bank details in the pinned message [sxt]"),
                    (0.6, "A> Team photo on Saturday, kit on please [img]"),
                    (0.5, "D> is Maya old enough for the U14s? she's 12 [age]"),
                ),
            ),
        ),
        ("group",),
    ),
    "flatmate_debt": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> mate you still owe £140 for bills, need it by Friday or I'm telling the landlord [sxt]\nB> sorry sorry",
                        "A> oi you still owe 90 bucks for the power bill, need it by thursday or im taking it to the agent [sxt]\nB> yeah yeah sorry",
                        "A> the electric is £96 each, transfer by Sunday pls [sxt]",
                    ),
                    (
                        0.8,
                        "B> can I pay half now, half next week\nA> fine, send a screenshot when done [img]",
                    ),
                    (0.6, "A> don't tell Sam I covered you [sec]"),
                    (0.6, "B> I'm 24 not 12, stop nagging me lol"),
                ),
            ),
        ),
        ("adult",),
    ),
    "babysitting": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> mum and dad are out till late, it's just me and you tonight [sup]\nB> can we have pizza",
                        "A> ma and da are out, it's only me and you tonight so behave [sup]\nB> can we get chips",
                        "B> is anyone else home [sup]\nA> just me, I'm babysitting you [sup]",
                    ),
                    (0.8, "A> don't tell mum we stayed up for the film [sec]"),
                    (0.7, "B> delete that photo of me asleep!!! [del]\nA> haha no"),
                    (0.6, "A> you're 9, bed by 9, that's the rule [age]"),
                    (0.5, "A> I'll give you a quid if you tidy your room [gft]"),
                ),
            ),
        ),
        ("parent",),
    ),
    "coach_lift": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> Hi, it's Coach Ray. I can give Tom a lift to the away game, pick up 8am at yours? [met]\nB> That'd be great, thanks",
                        "A> howzit, coach Thabo here. I can fetch Sipho for the tournament, 7am by yours? [met]\nB> shot coach, thanks",
                        "A> Coach here, happy to drive the boys to the tournament, parents okay with that? [met]",
                    ),
                    (0.8, "A> He's 13 so he needs a booster? [age]\nB> no he's fine now"),
                    (0.7, "B> Please text me when you arrive, my number's 07700 900215 [plt]"),
                    (0.5, "A> I'll send a photo of the team when we get there [img]"),
                ),
            ),
        ),
        ("adult",),
    ),
    "news_story": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> did u see the news about that boy who got sextorted, they told him 'pay or everyone sees it' [sxt]\nB> yeah so sad",
                        "A> yo u see that story, the scammer told the kid 'u got 2 hours, gift cards or ur done' [sxt]\nB> thats so messed up",
                        "B> the article said the scammer gave him '2 hours to send gift cards' [sxt]",
                    ),
                    (0.8, "A> they pretended to be a girl and asked him to move to snap [plt]"),
                    (0.7, "B> and said 'don't tell your parents' [sec]"),
                    (0.6, "A> he was only 16 [age]"),
                ),
            ),
        ),
        ("teen",),
    ),
    "safety_quiz": (
        (
            (
                "fix",
                (
                    (
                        1.0,
                        "A> Quiz time Year 9! Q1: someone online asks 'how old are you and what school?' What do you do? [age]",
                        "A> Online safety quiz. Q1: a stranger says 'keep this our secret'. Red flag or not? [sec]",
                    ),
                ),
            ),
            (
                "open",
                (
                    (0.9, "C> red flag, block and report\nA> Correct!"),
                    (0.8, "A> Q2: 'send me a pic and I'll give you 1000 robux' [img gft]"),
                    (0.7, "A> Q3: 'are your parents home right now?' [sup]"),
                    (0.6, "A> Q4: 'pay £100 by midnight or I share your photo' [sxt]"),
                    (0.5, "D> tell a trusted adult!!"),
                ),
            ),
        ),
        ("group",),
    ),
    "streamer_sponsor": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> Hi! We'd like to sponsor a 2-hour stream on Friday 8pm CET, 3pm EST your side [liv]",
                        "A> Sponsored stream slot: Saturday 19:00 UTC, is that ok for your timezone? [liv]",
                    ),
                    (0.8, "A> Fee is $400, paid by Wise, reference SPONS-0419 [liv]"),
                    (0.6, "B> can you send the brand logo as a pic [img]"),
                    (0.5, "A> Let's continue on email: partners@example.org [plt]"),
                ),
            ),
        ),
        ("formal",),
    ),
    "landlord_rent": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> Rent of £850 is now 10 days late. Pay by Friday 5pm or I start proceedings. [sxt]",
                        "A> Dear tenant, kindly pay the rent arrears of Rs 18,000 before 5th of this month, else legal action will be initiated [sxt]",
                        "A> I need the arrears by the 1st, transfer to the usual account [sxt]",
                    ),
                    (
                        0.7,
                        "B> Can I send half now? Screenshot attached\nA> Send me a photo of the bank confirmation [img]",
                    ),
                    (0.6, "A> I'll come round Saturday at 10 to inspect the boiler [met]"),
                ),
            ),
        ),
        ("adult",),
    ),
    "guild_fundraiser": (
        (
            (
                "open",
                (
                    (
                        1.0,
                        "A> charity stream saturday, 12h, all donations to the hospital [liv]",
                        "A> guild fundraiser stream starts 6pm GMT, 1pm for the US crew [liv]",
                    ),
                    (0.8, "C> donated 500 gold + $10 via the charity link [gft]"),
                    (0.6, "A> everyone add the guild discord for the event [plt]"),
                    (0.5, "D> can we do a video call to plan? [img]"),
                ),
            ),
        ),
        ("group", "teen"),
    ),
}

_BENIGN.update(
    {
        "youth_trip": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Hi folks, the youth group weekend at Lakeside is on! Deposit £40 by Wednesday, ref TRIP-surname [sxt]",
                            "A> Reminder: permission slips and the £25 deposit by Sunday please [sxt]",
                        ),
                        (0.8, "A> Coach leaves the church hall Friday 5pm [met]"),
                        (0.7, "C> Zac is 12, is that too young? [age]\nA> 11 to 16, he's fine"),
                        (0.6, "A> We'll share photos in this group only [img]"),
                        (0.5, "D> can he bring his phone\nA> yes, collected at bedtime"),
                    ),
                ),
            ),
            ("group",),
        ),
        "helpline_report": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "B> hi someone is saying they'll send my pic to everyone unless i pay 200 in gift cards [sxt]\nA> Thank you for telling us. You've done the right thing.",
                            "B> i need help, a person said 'you have 1 hour to pay or i post it' [sxt]\nA> I'm here. You are not in trouble.",
                        ),
                        (0.8, "A> Can I ask how old you are? [age]\nB> 15 [age]"),
                        (
                            0.8,
                            "A> Please don't pay and don't delete the messages, they're evidence.",
                        ),
                        (
                            0.6,
                            "B> they told me to move to telegram and not tell my parents [plt sec]",
                        ),
                        (
                            0.6,
                            "A> Is there an adult at home you can talk to right now? [sup]\nB> my aunt [sup]",
                        ),
                    ),
                ),
            ),
            ("formal",),
        ),
        "portrait_session": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Thanks for booking a family portrait session! Saturday 10am at the studio [met]",
                            "A> Your outdoor family shoot is confirmed, meet at the park gates 4pm Sunday [met]",
                        ),
                        (
                            0.8,
                            "A> How old are the children? It helps me plan poses [age]\nB> 4 and 7 [age]",
                        ),
                        (0.7, "A> Deposit of £50 by Thursday to secure the slot [sxt]"),
                        (0.6, "A> Send me a photo of the outfits you're thinking of [img]"),
                        (
                            0.4,
                            "B> it's a surprise for my husband so don't mention it if he calls [sec]",
                        ),
                    ),
                ),
            ),
            ("formal", "adult"),
        ),
        "esports_travel": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> The sponsor covers flights to Katowice, but each player sends passport pic by Monday [img]",
                            "A> Team travel: meet at Gate 3 Terminal 2, 6am Thursday [met]",
                        ),
                        (
                            0.8,
                            "C> Riz is only 16, does he need a parent letter? [age]\nA> yes, consent form attached",
                        ),
                        (0.7, "A> Per diem of €30 a day will be sent to your Revolut [gft]"),
                        (0.6, "A> Scrim on Wednesday 20:00 CET, 14:00 for our NA sub [liv]"),
                    ),
                ),
            ),
            ("group",),
        ),
        "pen_pals": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Hello from Ms Adeyemi's class in Lagos! Our video call with your class is Tuesday 10am UK, 10am Lagos [liv img]",
                            "A> Buenos días! We are the class of Sr. Ruiz in Sevilla, the video call with your class can be Monday 11am for us, 10am for you? [liv img]",
                            "A> Dear Mr Byrne, can our classes video call on Friday, 2pm your time, 9am ours? [liv img]",
                        ),
                        (0.8, "A> Amaka, who will introduce our class on the call, is 11 [age]"),
                        (0.7, "B> Our pupils made posters, I'll send a photo of them [img]"),
                        (
                            0.5,
                            "B> Please share the meeting link by email, office@example.org [plt]",
                        ),
                    ),
                ),
            ),
            ("formal",),
        ),
        "scout_camp": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Camp fee £65 by Friday please, ref CAMP-surname [sxt]",
                            "A> Final call for camp payments, due Monday [sxt]",
                        ),
                        (0.8, "A> Drop-off at the scout hut 6pm Friday [met]"),
                        (0.7, "C> Finn is 10, can he go in the older patrol? [age]"),
                        (0.6, "A> Please send a photo of the signed medical form [img]"),
                        (0.5, "A> Kit list: torch, sleeping bag, no phones"),
                    ),
                ),
            ),
            ("group",),
        ),
        "new_number_scam": (
            (
                (
                    "fix",
                    (
                        (
                            1.0,
                            "A> Hi Mum, it's me, I dropped my phone, this is my new number\nB> Oh no! Are you ok?",
                            "A> hi ma its me, phone fell in the toilet lol, new number\nB> which of my children is this",
                            "A> hey mum new number, save this one\nB> who's this?",
                        ),
                        (
                            1.0,
                            "A> can you pay a bill for me today, £480, I'll pay you back tomorrow [sxt]",
                            "A> need £350 urgently before 3pm, my banking app is locked [sxt]",
                        ),
                        (0.8, "A> please don't tell dad, he'll be cross [sec]"),
                        (0.7, "B> call me then\nA> can't, mic is broken"),
                        (
                            0.8,
                            "B> I'm ringing your old number... you're at work. This is a scam. Blocking.",
                            "B> Our son doesn't call me Mum. Reported.",
                        ),
                    ),
                ),
            ),
            ("adult",),
        ),
        "talent_audition": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Hello, this is Lumen Talent. Your daughter's self-tape got her a recall audition! [img]\nB> That's wonderful",
                            "A> We'd like Jamie to audition Tuesday 4pm at our office, a parent must attend [met]",
                        ),
                        (
                            0.8,
                            "A> Could you confirm her age and school year for the casting sheet? [age]\nB> She's 11, Year 6 [age]",
                        ),
                        (0.6, "A> There's no fee for auditions, we never ask for money upfront."),
                        (0.6, "A> Please send a recent headshot by email [img]"),
                    ),
                ),
            ),
            ("formal",),
        ),
        "visa_fee": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Auntie's visa fee is £120, everyone send their share by the 20th [sxt]",
                            "A> yalla everyone, visa fee for Khalto is 120 pound, send your part before 20th please [sxt]",
                            "C> The embassy wants payment by Monday, I'll collect it [sxt]",
                        ),
                        (
                            0.8,
                            "A> I'll do a video call with her Sunday 7pm UK, 9pm Cairo [liv img]",
                        ),
                        (0.6, "D> sent by Wise, ref VISA-AUNTIE [liv]"),
                        (0.5, "A> send me a photo of her passport page [img]"),
                    ),
                ),
            ),
            ("group", "adult"),
        ),
        "esafety_followup": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Following today's e-safety assembly: warning signs include 'keep this between us' and 'delete our chat' [sec del]",
                            "A> Dear parents, after the assembly, please talk to your child about messages like 'are you alone?' [sup]",
                        ),
                        (
                            0.8,
                            "A> Sextortion often sounds like 'pay in gift cards by tonight or I share it' [sxt]",
                        ),
                        (0.7, "C> My son in Year 7 found it really useful [age]"),
                        (0.6, "A> Or 'add me on another app' and 'send a pic' [plt img]"),
                    ),
                ),
            ),
            ("group",),
        ),
    }
)

_BENIGN.update(
    {
        "debt_reminder": (
            (
                (
                    "fix",
                    (
                        (
                            1.0,
                            "A> Good morning Mr Osei, this is Harbour Collections regarding account 0044-1928.\nB> Yes, what is it",
                            "A> Dear customer, this is a reminder from Northgate Recoveries about your overdue balance.\nB> ok",
                        ),
                    ),
                ),
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> The outstanding £312.40 is due by 14 March. You can pay by bank transfer, ref NGR-1928. [sxt]",
                            "A> Please pay the balance of £180 by Friday to avoid further action, sort code and account on our website. [sxt]",
                        ),
                        (
                            0.8,
                            "B> I can't pay all of it, can we set up a plan?\nA> Certainly, £40 a month is acceptable.",
                        ),
                        (
                            0.6,
                            "A> Please send a photo of your payslip for the affordability check. [img]",
                        ),
                        (
                            0.5,
                            "A> You can also reach us at help@example.org or 07700 900872. [plt]",
                        ),
                        (0.4, "A> We will not contact your employer or family about this debt."),
                    ),
                ),
            ),
            ("formal",),
        ),
        "group_project": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> guys the poster is due thursday!! [sxt]\nB> omg i forgot",
                            "A> oi the project is due monday, whoever hasnt done their bit, its proper late [sxt]\nB> chill im on it",
                            "C> deadline is tmrw 9am, miss it and we all lose marks [sxt]",
                        ),
                        (
                            0.9,
                            "A> send me the pic of the poster so i can add it to the slides [img]\nB> sending now",
                            "B> can someone take a photo of the model, mine's blurry [img]",
                        ),
                        (0.7, "C> meet in the library after school? [met]\nA> cant, dentist"),
                        (0.6, "A> we're year 10 not year 7, make it look less babyish lol [age]"),
                        (0.5, "B> dont tell Miss Rowe we started yesterday 😭 [sec]"),
                        (0.4, "C> add me on drive, my email is c.project@example.org [plt]"),
                    ),
                ),
            ),
            ("teen", "group"),
        ),
        "choir_trip": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Dear choir parents, the balance of £95 for the Dublin trip is due by the 14th, ref CHOIR-surname [sxt]",
                            "A> Second instalment of £60 due this Friday please, late payments can't be held [sxt]",
                        ),
                        (
                            0.8,
                            "A> Please send a photo of your child's passport photo page by email [img]",
                        ),
                        (0.7, "C> Is Ava old enough? She's 9 [age]\nA> 8 and up, she's fine"),
                        (
                            0.6,
                            "A> Coach departs the cathedral 7am Saturday, please be prompt [met]",
                        ),
                        (0.5, "A> Consent forms must be signed by a parent or guardian."),
                    ),
                ),
            ),
            ("group",),
        ),
        "account_recovery": (
            (
                (
                    "fix",
                    (
                        (
                            1.0,
                            "B> hi my account got hacked and i cant log in\nA> I'm sorry to hear that. I can help you recover it.",
                            "B> hello, my account is stolen, i cannot enter, please help, my english is not good\nA> No problem, I'll help you step by step.",
                            "B> someone changed my password\nA> Let's secure your account. Can you confirm the username?",
                        ),
                    ),
                ),
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> Please send a short video selfie turning your head, so we can match it to your profile photos. [img]",
                            "A> Please upload a photo of yourself holding the code shown on screen. [img]",
                        ),
                        (
                            0.8,
                            "A> We've sent a 6-digit code to the email ending @example.org, please don't share it with anyone. [sec]",
                        ),
                        (
                            0.7,
                            "A> Our records show the account holder is 16; is that you? [age]\nB> yes [age]",
                        ),
                        (0.6, "A> We never ask for payment or gift cards to restore an account."),
                        (
                            0.5,
                            "A> Delete any messages from people claiming to be support on other apps. [del]",
                        ),
                    ),
                ),
            ),
            ("formal",),
        ),
        "screen_time_rules": (
            (
                (
                    "open",
                    (
                        (
                            1.0,
                            "A> how do you handle screen time with Noah? he's 12 and on it constantly [age]\nB> we do phones in the kitchen at 9",
                            "A> how y'all doing screen time? Mia's 11 and sneaks the iPad at night [age]\nB> we lock it in our room at 8",
                            "B> what age did you let yours have snapchat? [age]\nA> 13, with location off",
                        ),
                        (0.8, "A> I check who he's chatting to, is that too much? [sup]"),
                        (
                            0.7,
                            "B> we told ours: never move to another app with someone you don't know [plt]",
                        ),
                        (0.6, "A> and no camera in the bedroom, video calls downstairs only [img]"),
                        (0.5, "B> we pay her £5 a week if she sticks to the limits [gft]"),
                    ),
                ),
            ),
            ("adult",),
        ),
    }
)


# --------------------------------------------------------------------------------------
# The set.


def build_blind5(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The fifth blind set: ``risky_per_category`` conversations of each risky category
    (scenarios taken in turn) and ``benign_per_kind`` of each hard-benign kind."""
    plan: list[tuple[str, str, Script, tuple[str, ...]]] = []
    for category, scripts in zip(RISKY_CATEGORIES, (_GROOMING, _SEXTORTION, _LIVE), strict=True):
        scenarios = list(scripts.items())
        for i in range(risky_per_category):
            name, (script, keys) = scenarios[i % len(scenarios)]
            plan.append((category, f"{category}/{name}", script, keys))
    for kind in BLIND5_BENIGN_KINDS:
        script, keys = _BENIGN[kind]
        plan.extend(("benign", kind, script, keys) for _ in range(benign_per_kind))
    # Sources are numbered in a shuffled order, so nothing in them gives the label away.
    numbers = list(range(1, len(plan) + 1))
    random.Random(f"blind5/{seed}/sources").shuffle(numbers)
    out: list[LabelledConversation] = []
    for position, (label, kind, script, talk_keys) in enumerate(plan):
        rng = random.Random(f"blind5/{seed}/{position}")
        source = f"blind5/chat-{numbers[position]:04d}.json"
        out.append(_render(script, talk_keys, rng, label, kind, source))
    return out
