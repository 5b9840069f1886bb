"""A third blind test set for chat-risk ranking, written without reading the rules, the other
sets or any score.

How it was written. The author read the team's reference (``chat-formats-and-risk.md``: the
grooming stage models of §1.5, the non-explicit indicators of §1.6, sextortion in §2 and the
chat side of live-streamed abuse for payment in §3), the record types in
``cairn/model/chat.py`` and ``evaluation/metrics.py``. From the other sets only these were
read: ``Beat``, ``_b``, ``LabelledConversation``, ``BENIGN_KINDS`` and ``NAMES`` in
``dataset.py``; the module docstrings of ``blind.py`` and ``blind2.py`` (for the labelling
conventions) and their constants ``FAMILY_NAMES``, ``RISKY_CATEGORIES``, ``EXTRA_BENIGN_KINDS``
and ``NEW_BENIGN_KINDS``. Not read: the rule code (``indicators.py``, ``assess.py``,
``normalise.py``, ``identifiers.py``), the scripts of ``dataset.py``, ``blind.py`` and
``blind2.py``, docs/chats.md, and the chat tests other than ``test_chat_blind2_shape.py``,
whose structure this set's shape test copied (the shape tests are one module now,
``test_chat_blind_sets_shape.py``). (Reading the allowed definitions in
``dataset.py`` showed the neighbouring ``SMALL_TALK`` tuple and the first lines of its
rendering function; neither was reused.) The scorer was never run on this set while it was
written, and no score was looked at. Every line is this module's own; the reference's example
phrases were deliberately avoided in risky lines (its situations were followed, not its
wording), and appear, if at all, in benign conversations that quote them.

**What is in it.** 40 conversations of each risky category (``grooming``, ``sextortion``,
``live_streaming``) and 20 of each hard-benign kind: the kinds of ``dataset.BENIGN_KINDS``,
``blind.EXTRA_BENIGN_KINDS`` and ``blind2.NEW_BENIGN_KINDS``, each written afresh here from its
name and the one-line description in those docstrings, plus five new ones
(``OWN_BENIGN_KINDS``): a youth-group leader's trip logistics with permission slips and a
deposit (``youth_trip``); a teenager reporting a sextortion attempt to a helpline chat
(``helpline_report``); a photographer booking a family portrait session (``portrait_session``);
an esports team's sponsorship and travel (``esports_travel``); a school pen-pal exchange with a
video call between classes (``pen_pals``). Risky scenarios (``kind`` is ``category/scenario``):
grooming by an offender posing as a peer, an older "mentor", a writer of non-native English, a
modelling "scout", a slow euphemistic contact over days, a 19-year-old stating the age gap and
offering lifts, and one where the child refuses and says they will tell; sextortion with
rapport before the turn, a threat made before any demand, a demand posted by a second account,
a cold opening with a screenshot, a payment followed by a raised demand, a child who refuses
and has told a parent, payment in crypto, and a recorded video call threatened in non-native
English; live-streaming between a customer and a facilitator (scheduling, price per call, ages,
remittance references and e-wallet proofs, "help" requests before calls, other children
offered, moves to a video app, a regular weekly customer). Scripted steps are drawn with a
probability each; steps in the same group come in random order (the grooming stages are not
sequential); some conversations have gaps of days. Small talk from a pool that suits the
setting is spread between the steps (after a sextortion turn the small talk is the extorter
pressing and the teenager stalling), so cues are a minority of lines; lengths run from 10 to 80
messages. Each speaker has a writing style (as written, lower case, texting abbreviations,
typos, emoji) applied to every line they write. Images are only referred to ("the pic"),
occasionally as an attachment name. Everything is synthetic and non-explicit: risk indicators
only, no sexual content, no description of abuse. Phone numbers are in the fictional 07700
900xxx range, emails use example.org, and the two bitcoin addresses are public test vectors
(the genesis address and BIP-173's).

**Labels** follow the conventions of ``blind.py`` and ``blind2.py``. ``label`` is the
conversation's truth (a category or ``benign``). ``families`` marks, per message, the families
a careful reader would mark on the line *as written*, whatever the conversation is: a payment
demand with a deadline or payment instructions is ``sextortion`` (a youth-trip deposit "by
Wednesday, ref TRIP-surname" too); scheduling a video call across time zones, or a payment by
remittance or e-wallet with a reference, is ``live_streaming``; a request to turn a camera on,
for a video call or for a photo of anything (a receipt, a gift card's code) is
``image_request``; a cue quoted in a warning, a helpline report or a quiz is marked too. A
statement that a particular person is a minor's age or in a school year, or naming a child's
school, is ``age`` (whoever says it), and so is asking someone's age or school; adults stating
adult ages and notices to a whole age group are not. A child saying nobody is at home, or
asking or answering who is around to see, is ``supervision``; giving one's own handle or number
for another app is ``platform_move``; money or gifts offered or asked for as help is
``gifts_money``; flattery, and driving a wedge between a child and others, is
``trust_isolation``. A scripted line drawn twice in one conversation is kept once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.dataset import BENIGN_KINDS, NAMES, Beat, LabelledConversation, _b
from cairn.chats.formats.base import conversation_id
from cairn.model.chat import Attachment, Conversation, Message, Participant

__all__ = [
    "BLIND3_BENIGN_KINDS",
    "OWN_BENIGN_KINDS",
    "build_blind3",
]

OWN_BENIGN_KINDS = (
    "youth_trip",
    "helpline_report",
    "portrait_session",
    "esports_travel",
    "pen_pals",
)
BLIND3_BENIGN_KINDS = (*BENIGN_KINDS, *EXTRA_BENIGN_KINDS, *NEW_BENIGN_KINDS, *OWN_BENIGN_KINDS)
FORMAT = "synthetic"
MIN_MESSAGES = 10
MAX_MESSAGES = 80
SEED = 3_2026

# --------------------------------------------------------------------------------------
# Script notation. A line is "S[families] text || variant || …": S the speaker (A the other
# party / adult, B the possible child or counterpart, C, D, E further members), families
# space-separated (none when the brackets are absent), "@" after the brackets attaches an
# image name, and one variant is drawn. A line "~" is a gap of days. A block (a tuple of
# lines) stays together; a step is (group, probability, block alternatives): one
# alternative is drawn with that probability, and steps of the same group come in random
# order, groups in ascending order.
# --------------------------------------------------------------------------------------

Block = tuple[str, ...]
Step = tuple[int, float, tuple[Block, ...]]
GAP = "~"
_LINE = re.compile(r"^(?P<s>[A-E])(?:\[(?P<f>[a-z_ ]*)\])?(?P<att>@)?\s*(?P<t>.+)$")


def st(group: int, prob: float, *alts: Block | str) -> Step:
    """A step: one of ``alts`` (a block, or a one-line block) with probability ``prob``."""
    return (group, prob, tuple((a,) if isinstance(a, str) else a for a in alts))


@dataclass(frozen=True, slots=True)
class Scenario:
    """A script for one kind: its steps, where its small talk comes from, and who chats."""

    steps: tuple[Step, ...]
    setting: str
    members: tuple[str, ...] = ("A", "B")
    late_setting: str = ""
    late_from: int = 99
    gap_p: float = 0.0


# --------------------------------------------------------------------------------------
# Small talk: exchanges (opener, reply) with no indicator in them.
# --------------------------------------------------------------------------------------

SMALL_TALK: dict[str, tuple[tuple[str, str], ...]] = {
    "teen": (
        ("wyd", "nm just chilling"),
        ("have u seen the new season yet", "not yet no spoilers"),
        ("this song is stuck in my head", "which one"),
        ("im starving", "same lol"),
        ("my brother is so annoying today", "lol mine too"),
        ("did u watch the match", "ya we got destroyed"),
        ("whats ur fav food", "pizza obviously"),
        ("bored", "same"),
        ("lmao", "ikr"),
        ("its freezing today", "fr my hands r numb"),
        ("what u listening to", "some old playlist"),
        ("my cat just knocked my drink over", "😂😂"),
        ("gg earlier", "ty"),
        ("did u get the update", "ya took ages"),
        ("brb food", "k"),
        ("back", "wb"),
        ("what skin u using now", "the blue one"),
        ("that video was so dumb", "i watched it like 5 times"),
        ("u seen the meme", "which one lol"),
        ("my phone is on 2%", "charge it then lol"),
        ("ngl im so tired", "same i slept at 2"),
        ("did u try the new map", "ya its kinda mid"),
        ("which team u support", "dont laugh but spurs"),
        ("its raining again", "ugh"),
        ("u still got that cough", "ya kinda"),
        ("what r u eating", "noodles lol"),
        ("my wifi is so bad rn", "same it keeps dropping"),
        ("did u finish that show", "ya the ending was weird"),
        ("whats the best song rn", "idk everything sounds the same"),
        ("i fell off my bike lol", "rip r u ok"),
    ),
    "child_adult": (
        ("How was your day?", "ok, kind of boring"),
        ("what did you have for tea?", "chicken and rice"),
        ("Are you still working on that drawing?", "yeah nearly done"),
        ("what are you watching these days?", "some anime"),
        ("It's cold today isn't it", "yeah freezing"),
        ("Did you have a good weekend?", "it was ok"),
        ("what music are you into?", "mostly kpop"),
        ("Sorry, was busy earlier.", "its ok"),
        ("Did your team win?", "no we lost 2-1"),
        ("What's your favourite film?", "probably spiderverse"),
        ("That's a great idea.", "thanks :)"),
        ("are you feeling better?", "yeah a bit"),
        ("Have you read anything good lately?", "a fantasy series, book 3 now"),
        ("Busy week?", "kinda"),
        ("What's the weather like where you are?", "grey and windy"),
        ("Do you have any pets?", "a rabbit called bun"),
    ),
    "adult": (
        ("how was work?", "long, but fine"),
        ("traffic was a nightmare", "always is on a friday"),
        ("did you catch the game last night", "only the second half"),
        ("thanks", "no problem"),
        ("sorry for the slow reply", "no worries"),
        ("weather's turned, hasn't it", "freezing this morning"),
        ("ok great", "perfect"),
        ("hope your week's going ok", "getting there thanks"),
        ("just got back from the shops", "anything good?"),
        ("good to know", "👍"),
        ("have you tried that new place on the high street", "not yet, any good?"),
        ("my laptop just died", "classic"),
        ("any plans for the weekend?", "just the garden probably"),
        ("did you see the rain earlier", "got soaked"),
        ("how's your mum doing", "much better thanks"),
    ),
    "family": (
        ("did you eat?", "yes had pasta"),
        ("how's the dog", "lazy as ever"),
        ("love you", "love you too"),
        ("don't forget your coat", "i won't"),
        ("your aunt says hi", "hi back"),
        ("did you feed the cat", "yes"),
        ("what time is practice", "6"),
        ("the wifi is slow again", "turn it off and on"),
        ("it's raining here", "same here"),
        ("Did you remember your keys?", "yep"),
        ("we're out of milk", "i'll get some"),
        ("the boiler is making that noise again", "i'll call the man tomorrow"),
        ("what do you want for tea", "tacos?"),
        ("how was the bus", "late again"),
    ),
    "group": (
        ("thanks!", "👍"),
        ("brilliant, thank you", "no problem"),
        ("great, thanks for organising", "noted"),
        ("will do", "thanks all"),
        ("is it still on if it rains?", "yes, rain or shine"),
        ("sorry late to this, all fine here", "great"),
        ("can't wait", "same!"),
        ("does anyone know the postcode?", "I'll post it later"),
        ("👍", "👍"),
        ("thank you so much", "you're welcome"),
        ("where do we park?", "the big car park behind the hall"),
        ("what's the forecast?", "dry, apparently"),
        ("sorry, who is this number?", "it's Dan, Ruby's dad"),
        ("Is it the same place as last time?", "yes same place"),
    ),
    "business": (
        ("Thanks for getting back to me.", "My pleasure."),
        ("Does that work for you?", "Yes, that's fine."),
        ("Great, speak soon.", "Speak soon."),
        ("Sorry, I was in a meeting.", "No problem."),
        ("Looking forward to it.", "Likewise!"),
        ("Any questions, just ask.", "Will do, thank you."),
        ("Hope you're well.", "Very well thanks, you?"),
        ("Noted, thanks.", "Cheers."),
        ("Apologies for the delay.", "Not at all."),
        ("I'll check and get back to you.", "Thank you."),
        ("Have a good weekend.", "You too."),
        ("Just confirming I got your message.", "Brilliant, thanks."),
    ),
    "press": (
        ("hello??", "wait"),
        ("answer me", "im thinking"),
        ("u there", "yes"),
        ("why u quiet now", "i dont know what to do"),
        ("stop ignoring me", "im not ignoring u"),
        ("reply", "pls stop"),
        ("are u listening", "yes"),
        ("im waiting", "give me a second"),
        ("??", "im here"),
        ("dont make me wait", "im trying"),
        ("u think this is a joke?", "no"),
        ("talk", "what do u want me to say"),
        ("hurry", "i said wait"),
    ),
    "stream": (
        ("how is the weather there", "very hot, rainy season soon"),
        ("did you eat already", "yes sir rice and fish"),
        ("how was your day", "ok, long day"),
        ("signal is bad here", "ok no problem"),
        ("good evening", "good morning here haha"),
        ("take care", "you too sir"),
        ("is the storm near you", "not yet, just rain"),
        ("how is your work", "busy as always"),
        ("hello?", "sorry brownout earlier"),
        ("how is your family", "all good thank god"),
        ("happy birthday to your mother", "thank you sir"),
        ("my week was busy", "same here sir"),
        ("is the road flooded again", "a little, it's ok"),
        ("what time is it there", "almost midnight"),
    ),
    "helpline": (
        ("Take your time.", "ok"),
        ("You're doing the right thing by talking to us.", "thanks"),
        ("Are you ok to keep chatting?", "yes"),
        ("I'm still here.", "sorry my phone froze"),
        ("How are you feeling right now?", "scared tbh"),
        ("That sounds really stressful.", "yeah"),
        ("Would you like me to explain the options?", "yes please"),
        ("Is it ok if I ask a few questions?", "ok"),
        ("You can stop any time you like.", "ok thanks"),
    ),
}

# --------------------------------------------------------------------------------------
# Risky scripts.
# --------------------------------------------------------------------------------------

_G_AGE_PEER = st(
    1,
    0.9,
    ("A[age] wait hold on whats ur age again || btw what year r u in", "B[age] 13 || im in year 8"),
    ("A[age] im 15 btw, u?", "B[age] 14 lol"),
    ("A[age] u seem young lol what age", "B[age] 12, 13 in march"),
)
_G_SCHOOL = st(
    1,
    0.5,
    ("A[age] which school u at? || u go to the one by the leisure centre?", "B[age] st brendans"),
    ("A[age] ur uniform in ur pfp, is that oakfield academy?", "B ya 😭"),
)

GROOMING: dict[str, Scenario] = {
    "peer": Scenario(
        setting="teen",
        gap_p=0.2,
        steps=(
            st(
                0,
                1.0,
                ("A yo ur the one with the sick castle on the server right", "B haha ya"),
                ("A hiii sorry random add, we were in the same squad yesterday", "B oh ya hi"),
            ),
            _G_AGE_PEER,
            _G_SCHOOL,
            st(
                1,
                0.8,
                "A[trust_isolation] honestly ur way more chill than anyone in my year",
                "A[trust_isolation] ur friends sound kinda fake ngl, u dont need them",
                "A[trust_isolation] ur the only one i can actually talk to fr",
            ),
            st(
                1,
                0.7,
                ("A[supervision] who's about at urs rn", "B[supervision] nobody, mums on lates"),
                ("A[supervision] ur dad still check ur phone?", "B[supervision] nah not anymore"),
                (
                    "A[supervision] does any1 else use ur ipad",
                    "B[supervision] just my little sis sometimes",
                ),
            ),
            st(
                1,
                0.8,
                ("A[secrecy] dont bring me up to ur mum ok, she'll make it weird", "B ok"),
                "A[secrecy] this stays with us yeah? nobody else's business",
            ),
            st(
                1,
                0.8,
                (
                    "A[platform_move] this app lags so bad, u got snap?",
                    "B[platform_move] ya milo.b12",
                ),
                "A[platform_move] lets carry on in telegram, i sent u my @",
            ),
            st(1, 0.45, "A[deletion] clear our msgs after ok, just in case ur mum scrolls"),
            st(
                1,
                0.7,
                "A[gifts_money] want some robux? i got loads spare",
                "A[gifts_money] i can cover ur battle pass this season no stress",
            ),
            st(
                2,
                0.7,
                ("A[image_request] send a selfie so i know ur not a bot lol", "B haha ok"),
                (
                    "A[image_request] hop on cam for a sec",
                    "B nah im not doing that",
                    "A[image_request] cmon 2 secs, nobody else will see",
                ),
            ),
            st(
                2,
                0.45,
                ("A[meeting] we should link irl, im like 20 min from u", "B maybe idk"),
                "A[meeting] come to the skate park sat, ill be by the ramps at 3",
            ),
        ),
    ),
    "mentor": Scenario(
        setting="child_adult",
        gap_p=0.35,
        steps=(
            st(
                0,
                1.0,
                (
                    "A Hello! I saw your drawing on the art forum, you have real talent.",
                    "B thank you!!",
                ),
                ("A Hi, I run the online guitar club. Your cover was lovely.", "B omg thanks"),
            ),
            st(
                1,
                0.85,
                (
                    "A[age trust_isolation] May I ask how old you are? You write so maturely.",
                    "B[age] 12, year 7",
                ),
                ("A[age] Are you still at secondary school?", "B[age] yeah year 9"),
            ),
            st(
                1,
                0.8,
                "A[trust_isolation] You can tell me anything. I won't judge you the way your "
                "parents do.",
                "A[trust_isolation] Your teachers don't see what I see in you.",
                "A[trust_isolation] Grown-ups around you don't always get it. I do.",
            ),
            st(
                1,
                0.7,
                "A[secrecy] Best if our chats stay just between us for now, people misread these "
                "things.",
                "A[secrecy] Let's not mention our lessons at home yet.",
            ),
            st(
                1,
                0.6,
                "A[gifts_money secrecy] I'd like to get you a proper tablet for your art. Just "
                "don't say where it came from.",
                "A[gifts_money] I'll send you some money for new strings, no need to pay me back.",
            ),
            st(
                1,
                0.6,
                (
                    "A[supervision] What time do your parents normally get in?",
                    "B[supervision] about 7",
                ),
                ("A[supervision] Do you have your own room, or share?", "B[supervision] my own"),
            ),
            st(
                1,
                0.5,
                "A[platform_move] WhatsApp would be easier. You can reach me on 07700 900461.",
            ),
            st(
                2,
                0.6,
                (
                    "A[meeting] There's an exhibition in town on Sunday. I could collect you at "
                    "the end of your road.",
                    "B i'd have to ask",
                    "A[secrecy meeting] No need to ask. Say you're at a friend's.",
                ),
                "A[meeting] We could do a lesson in person, I'm in your area on Tuesday.",
            ),
            st(2, 0.5, "A[deletion] Please remove these messages once you've read them."),
            st(
                2,
                0.5,
                "A[image_request] Send me a photo of you holding the drawing, for my gallery "
                "contact.",
                "A[image_request] Could you have your camera going next time, so I can see "
                "your hands?",
            ),
        ),
    ),
    "nonnative": Scenario(
        setting="child_adult",
        gap_p=0.3,
        steps=(
            st(0, 1.0, ("A hello friend, you play very good in the game", "B thanks")),
            st(
                1,
                0.9,
                ("A[age] how many years you have?", "B[age] 14 why"),
                ("A[age] you are student? which class you are", "B[age] 9th grade"),
            ),
            st(
                1,
                0.7,
                (
                    "A[supervision] your mother and father they are in house now?",
                    "B[supervision] no at work",
                ),
                (
                    "A[supervision] in evening you stay alone in home?",
                    "B[supervision] ya usually till 6",
                ),
            ),
            st(
                1,
                0.7,
                "A[trust_isolation] you are very special, not like other. i understand you more "
                "than your family",
            ),
            st(1, 0.7, "A[secrecy] this is only for you and me, no need to say to anybody ok?"),
            st(
                1,
                0.7,
                (
                    "A[platform_move] we talk in other app better, give me your whatsapp number",
                    "B[platform_move] 07700 900287",
                ),
            ),
            st(
                1,
                0.6,
                "A[gifts_money] i can make recharge for your phone, 20 euro, no problem",
                "A[gifts_money] i send you money for the new game, tell me your card",
            ),
            st(
                2,
                0.6,
                ("A[image_request] make one photo for me today please, only face", "B no sorry"),
                "A[image_request] you can open camera now? i want see you are real",
            ),
            st(
                2,
                0.45,
                "A[meeting] next month i come to your city for work, we can see each other?",
            ),
            st(2, 0.45, "A[deletion] after you read please erase all the messages"),
        ),
    ),
    "refuses": Scenario(
        setting="teen",
        steps=(
            st(0, 1.0, ("A heyyy u were in that stream chat right", "B ya")),
            _G_AGE_PEER,
            st(1, 0.7, "A[trust_isolation] ur parents dont deserve u honestly"),
            st(
                1,
                0.6,
                ("A[platform_move] this app reads our msgs, come over to the other one", "B why"),
            ),
            st(
                2,
                1.0,
                (
                    "A[image_request] one pic, thats all im asking",
                    "B no",
                    "B[] im not comfortable with this",
                ),
                (
                    "A[supervision] ur alone rn right?",
                    "B why does that matter",
                    "B[] this is weird stop",
                ),
            ),
            st(
                3,
                1.0,
                (
                    "A[secrecy] relax its nothing, just keep quiet about us talking",
                    "B im telling my sister",
                ),
                (
                    "A[secrecy] keep ur mouth shut about this, nobody would see it the right way",
                    "B im showing my mum",
                ),
            ),
            st(
                4,
                1.0,
                "A[deletion] fine whatever, delete everything then",
                "A[deletion] ok wipe the chat and forget it",
            ),
        ),
    ),
    "scout": Scenario(
        setting="child_adult",
        gap_p=0.3,
        steps=(
            st(
                0,
                1.0,
                (
                    "A Hi! I scout for a junior model agency, loved your profile 😊",
                    "B omg really??",
                ),
                ("A Hello, I'm casting for a kids' clothing brand campaign.", "B wow ok"),
            ),
            st(
                1,
                0.9,
                (
                    "A[age] How old are you exactly? We have a junior board for under 16s",
                    "B[age] 13, 14 in june",
                ),
                ("A[age] What's your date of birth, for the booking sheet?", "B[age] 4th may 2012"),
            ),
            st(
                1,
                0.8,
                "A[image_request] I'll need a few new pics for your portfolio, natural ones, "
                "taken at home",
            ),
            st(
                1,
                0.7,
                "A[secrecy trust_isolation] Don't involve your parents yet, they'll only slow "
                "things down.",
                "A[secrecy] Keep it to yourself until the contract's signed, then surprise "
                "everyone!",
            ),
            st(1, 0.6, "A[gifts_money] First shoot pays £200 and we cover travel."),
            st(
                2,
                0.6,
                "A[supervision image_request] For the video test it's better if it's just you in "
                "the room.",
                "A[supervision] Will anyone else be around for the test call?",
            ),
            st(
                2,
                0.6,
                "A[platform_move] Our casting team works on Telegram, message them there: "
                "@starlane_cast",
            ),
            st(
                2,
                0.5,
                "A[meeting] Can you get to the studio in Leeds on Saturday on your own? I'll meet "
                "you at the station.",
                "A[meeting] I can send a car to collect you after school.",
            ),
            st(3, 0.45, "A[deletion] Delete this thread please, it's agency confidentiality."),
        ),
    ),
    "days": Scenario(
        setting="teen",
        gap_p=0.6,
        steps=(
            st(0, 1.0, ("A morning sunshine ☀️", "B morning"), ("A u up?", "B ya")),
            st(1, 0.7, "A[secrecy] remember what we talk about stays in our bubble 🫧"),
            st(
                1,
                0.4,
                (
                    "A[trust_isolation] would u do a tiny thing for me if i asked? just to know u "
                    "trust me",
                    "B depends what",
                ),
            ),
            st(
                1,
                0.4,
                ("A[supervision] can anyone walk in on u rn?", "B[supervision] nah door shut"),
            ),
            st(
                1,
                0.6,
                ("A[deletion] did u do the tidy up? the chat i mean", "B[deletion] ya cleared it"),
            ),
            st(
                1,
                0.6,
                ("A[meeting] same spot as last time? bench behind the library, 4ish", "B ok"),
            ),
            st(1, 0.6, ("A[supervision] coast clear tonight?", "B[supervision] ya mums on nights")),
            st(
                1,
                0.5,
                "A[gifts_money secrecy] left something in ur bag ;) dont open it in front of "
                "anyone",
            ),
            st(1, 0.6, "A[trust_isolation] they'd never get what we have"),
            st(1, 0.5, ("A[age] how was yr 9 assembly lol", "B ugh boring")),
            st(1, 0.5, "A[image_request] send me one from today, i miss ur face"),
        ),
    ),
}

GROOMING["older_teen"] = Scenario(
    setting="teen",
    gap_p=0.4,
    steps=(
        st(
            0,
            1.0,
            ("A heyy saw u at the bus stop on ur story lol", "B haha who's this"),
            ("A u dropped this 👑 jk hi", "B lmao hi"),
        ),
        st(
            1,
            0.9,
            (
                "A[age] im 19 btw, hope thats not weird. age is just a number tbh",
                "B[age] im 14 lol",
            ),
            (
                "A[age] ur like 16 right?",
                "B[age] 14 actually",
                "A[age trust_isolation] no way u seem older",
            ),
        ),
        st(
            1,
            0.7,
            "A[trust_isolation] girls ur age are so immature but ur different",
            "A[trust_isolation] ur friends are just jealous of u, u know that",
        ),
        st(1, 0.6, "A[secrecy] dont tell ur mates about me they'll make it a whole thing"),
        st(
            1,
            0.6,
            ("A[supervision] u got the house to urself saturday?", "B[supervision] ya till like 4"),
        ),
        st(
            2,
            0.6,
            "A[meeting] i'll swing by after ur practice, wait round the corner from the gym",
            "A[meeting] send me ur location and i'll come get u, i just passed my test 🚗",
        ),
        st(2, 0.5, "A[gifts_money] i'll top up ur phone so u can message me more"),
        st(2, 0.4, "A[image_request] facetime me later? just us"),
        st(2, 0.4, "A[deletion] wipe my number from ur recents ok"),
    ),
)

_S_RAPPORT = st(
    0,
    1.0,
    ("A heyy u go to westfield right? i think we have mutuals 😊", "B hey ya who is this"),
    ("A hi, ur friend ellie follows me lol", "B oh hi"),
    ("A[trust_isolation] omg ur cute, sorry is that weird to say", "B haha no"),
)
_S_FLIRT = (
    st(
        1,
        0.7,
        ("A[age] u like 15 or smth? im 16", "B[age] 15"),
        ("A[age] wat age r u", "B[age] 16 in july"),
    ),
    st(
        1,
        0.6,
        "A[platform_move] im never on here, snap me instead: kayla.x22",
        "A[platform_move] the other app is better, whats ur @ there",
    ),
    st(
        2,
        0.9,
        ("A[image_request] ur turn to send one 🙈", "B idk", "B ok fine"),
        "A[image_request] send me a pic, i showed u mine",
    ),
)
_THREAT = (
    "A[sextortion]@ look what i have. the pic, and screenshots of all ur followers",
    "A[sextortion] i saved everything u sent and i got ur friends list",
    "A[sextortion] ur photo is sitting on my phone. one click and ur mum, ur school, everyone "
    "gets it",
    "A[sextortion] ur life is over if this goes out, and it will",
    "A[sextortion] im making a group with every1 on ur follow list. guess what goes in first",
    "A[sextortion] i will make you viral. all your friend will see, your family also",
)
_DEMAND = (
    ("A[sextortion] u pay $400 and i delete it", "B i dont have that much"),
    ("A[sextortion] 300 pounds and it disappears", "B i literally have 40 quid"),
    ("A[sextortion] send 250 and nobody sees anything", "B please i cant"),
)
_DEADLINE = (
    "A[sextortion] u have 1 hour",
    "A[sextortion] by 10pm tonight or i post",
    "A[sextortion] clock is running. midnight",
    "A[sextortion] 30 minutes. then i start sending",
    "A[sextortion] 15 min. after that i stop asking nicely",
    "A[sextortion] before u go to sleep tonight. not after",
)
_PAY = (
    "A[sextortion image_request] buy steam cards at the shop and send me a photo of the codes",
    "A[sextortion] cash app to $kaylaxx22",
    "A[sextortion image_request] apple gift cards, 4 x 50, pics of the back",
    "A[sextortion] western union, name Daniel O., then send me the mtcn",
    "A[sextortion image_request] get 2 razer gold cards 100 each, scratch them and snap me the "
    "numbers",
    "A[sextortion] paypal.me/k22shop, mark it as friends",
    "A[sextortion] google play cards, type the codes here",
)

SEXTORTION: dict[str, Scenario] = {
    "rapport": Scenario(
        setting="teen",
        late_setting="press",
        late_from=3,
        steps=(
            _S_RAPPORT,
            *_S_FLIRT,
            st(3, 1.0, *((t,) for t in _THREAT)),
            st(4, 1.0, *_DEMAND),
            st(5, 0.9, *_DEADLINE),
            st(6, 1.0, *_PAY),
            st(7, 0.5, ("B please dont, im begging", "A[sextortion] stop crying and pay")),
        ),
    ),
    "threat_first": Scenario(
        setting="press",
        late_setting="press",
        gap_p=0.3,
        steps=(
            st(0, 1.0, ("A hi", "B who is this?"), ("A remember me?", "B no")),
            st(
                1,
                1.0,
                "A[sextortion] the pictures u sent? still got every one. block me and ur whole "
                "family gets them",
                "A[sextortion] dont even think about blocking. photos + all ur contacts, saved",
            ),
            st(
                2,
                1.0,
                ("B what do you want", "A u will see"),
                ("B why are u doing this", "A u will find out"),
            ),
            st(3, 1.0, "~"),
            st(
                4,
                1.0,
                ("A[sextortion] ok listen now. u send 150 in gift cards and nobody sees anything",),
                ("A[sextortion] now u pay. 200 usd", "B how"),
            ),
            st(5, 1.0, *_PAY),
            st(6, 0.8, *_DEADLINE),
        ),
    ),
    "second_account": Scenario(
        setting="teen",
        late_setting="press",
        late_from=3,
        steps=(
            _S_RAPPORT,
            *_S_FLIRT,
            st(3, 1.0, ("C hi", "B who r u"), ("C u know ellie_rose right", "B ?")),
            st(
                4,
                1.0,
                "C[sextortion] im her friend. ur pic is with me now. pay or it goes on every story",
                "C[sextortion] ellie sent me ur picture. i post it in ur school group unless u pay",
            ),
            st(
                5,
                1.0,
                ("C[sextortion] 300 by tonight", "B i cant"),
                ("C[sextortion] £200, 2 hours", "B please"),
            ),
            st(6, 1.0, *_PAY),
        ),
    ),
    "cold_open": Scenario(
        setting="press",
        late_setting="press",
        steps=(
            st(
                0,
                1.0,
                ("A[sextortion]@ recognise this? i have ur follower list too", "B what"),
                (
                    "A[sextortion] ur picture is going to everyone u follow unless u answer me",
                    "B who is this",
                ),
            ),
            st(1, 0.7, ("A[age] ur 15 right. ur parents will love this", "B please no")),
            st(2, 1.0, *_DEMAND),
            st(3, 1.0, *_DEADLINE),
            st(4, 1.0, *_PAY),
        ),
    ),
    "paid_raised": Scenario(
        setting="teen",
        late_setting="press",
        late_from=2,
        gap_p=0.3,
        steps=(
            _S_RAPPORT,
            st(1, 0.7, "A[image_request] send a cute pic, i sent u one"),
            st(2, 1.0, *((t,) for t in _THREAT)),
            st(3, 1.0, *_DEMAND),
            st(4, 1.0, *_PAY),
            st(5, 1.0, ("B ok i did it. now leave me alone", "B done. delete it pls")),
            st(6, 1.0, "~"),
            st(
                7,
                1.0,
                ("A[sextortion] that was the first part. now 300 more",),
                ("A[sextortion] not enough. another 250 by tomorrow",),
            ),
        ),
    ),
    "refuses": Scenario(
        setting="teen",
        late_setting="press",
        late_from=2,
        steps=(
            _S_RAPPORT,
            *_S_FLIRT,
            st(3, 1.0, *((t,) for t in _THREAT)),
            st(4, 1.0, *_DEMAND),
            st(
                5,
                1.0,
                (
                    "B im not paying. i told my dad and we're going to the police",
                    "A[sextortion] big mistake. posting it now",
                ),
                (
                    "B no. my mum knows everything, she's screenshotting this",
                    "A[sextortion] last chance, 10 minutes",
                ),
            ),
        ),
    ),
    "crypto": Scenario(
        setting="press",
        late_setting="press",
        steps=(
            st(0, 1.0, ("A hey stranger", "B do i know u"), ("A hi", "B hi?")),
            st(1, 1.0, *((t,) for t in _THREAT)),
            st(2, 1.0, ("A[sextortion] $500 in bitcoin", "B i dont even know what that is")),
            st(
                3,
                1.0,
                "A[sextortion] use the btc atm at the petrol station and send to "
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "A[sextortion] buy it on any app and send it here: "
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            ),
            st(4, 0.9, *_DEADLINE),
        ),
    ),
}

SEXTORTION["recorded_call"] = Scenario(
    setting="teen",
    late_setting="press",
    late_from=2,
    gap_p=0.2,
    steps=(
        st(
            0,
            1.0,
            ("A[trust_isolation] hello dear, you are very handsome boy", "B uh thanks who r u"),
            ("A hi, we meet in the game lobby yesterday", "B oh ok"),
        ),
        st(1, 0.7, ("A[platform_move] come to video chat on other app, here is link", "B ok")),
        st(1, 0.5, ("A[age] you are how old", "B[age] 16")),
        st(
            2,
            1.0,
            "A[sextortion]@ see this. i record all our video call. i have your face and everything",
            "A[sextortion] our call is recorded, all of it. i know your school and your sister "
            "account",
        ),
        st(
            3,
            1.0,
            "A[sextortion] i will send to all your friends and your family on facebook",
            "A[sextortion] your teacher will receive it first, then your mother",
        ),
        st(
            4,
            1.0,
            ("B please dont do this", "A[sextortion] then you pay 500 dollar"),
            ("B what do u want from me", "A[sextortion] money. 350 usd now"),
        ),
        st(
            5,
            1.0,
            "A[sextortion] send with western union, i give you the name",
            "A[sextortion] go buy itunes card 2 x 100 and send me the code, fast",
        ),
        st(
            6,
            0.8,
            "A[sextortion] you have 20 minute",
            "A[sextortion] if no payment before your school start tomorrow, it is finish for you",
        ),
    ),
)

LIVE_STREAMING: dict[str, Scenario] = {
    "customer": Scenario(
        setting="stream",
        gap_p=0.4,
        steps=(
            st(
                0,
                1.0,
                ("A hello my friend, how are you", "B hello sir im fine thank you"),
                ("A hi again, everything ok there?", "B yes sir all ok"),
            ),
            st(
                1,
                1.0,
                (
                    "A[live_streaming] can we do the show tonight? 9pm my time",
                    "B[live_streaming] ok sir, 4am here but ok",
                ),
                (
                    "A[live_streaming] is the little one free for a call saturday",
                    "B[live_streaming] yes she will be ready",
                ),
            ),
            st(
                1,
                0.8,
                ("A[age] how old is she now?", "B[age] 11 sir"),
                ("A[age] remind me her age", "B[age] 9 years old"),
            ),
            st(
                1,
                0.9,
                ("A[live_streaming] how much for 30 min", "B[live_streaming] 50 usd, 2 kids is 80"),
                (
                    "A[live_streaming] same price as before? 40 for half hour",
                    "B[live_streaming] ok sir 40",
                ),
            ),
            st(
                2,
                0.9,
                (
                    "B[live_streaming] send by remittance to Maria S., then give me the control "
                    "number",
                    "A[live_streaming] sent. ref 8839-2201-44",
                ),
                (
                    "B[live_streaming] gcash is the number ending 0142, name M. Santos",
                    "A[live_streaming] done, ctrl no 4471902",
                ),
            ),
            st(2, 0.5, "B[image_request live_streaming] pls send screenshot of the receipt sir"),
            st(1, 0.5, "A[platform_move] lets use the other video app, this one is not safe"),
            st(2, 0.6, "A[live_streaming] make sure she stays on cam the whole time"),
            st(1, 0.4, "A[deletion] clear this convo after each time ok"),
            st(1, 0.4, "A[secrecy] nobody in the house talks about this right?"),
            st(
                2,
                0.35,
                (
                    "B[live_streaming] sir the kids are waiting on the call now, where are you",
                    "A 5 min",
                ),
            ),
            st(
                1,
                0.35,
                (
                    "B[age gifts_money] she turns 10 next week sir, maybe you send a gift",
                    "A[gifts_money] ok i add 20",
                ),
            ),
        ),
    ),
    "help_first": Scenario(
        setting="stream",
        gap_p=0.5,
        steps=(
            st(0, 1.0, ("B good morning po", "A morning")),
            st(
                1,
                1.0,
                (
                    "B[gifts_money] sir can you help us for food, we have nothing this week",
                    "A how much",
                ),
                ("B[gifts_money] my mother is in hospital, maybe you can send something", "A ok"),
            ),
            st(1, 0.6, "B[gifts_money] school fees due friday sir, 1500 pesos only"),
            st(
                2,
                1.0,
                (
                    "A[live_streaming] i help if you put the girl on the call later",
                    "B[live_streaming] yes sir after 8 here",
                ),
                (
                    "A[live_streaming] send first, then the kids on video at 10 my time",
                    "B ok po",
                ),
            ),
            st(2, 0.8, ("A[age] is the small one 8 or 9 now", "B[age] 8 po")),
            st(
                3, 0.9, ("A[live_streaming] sent 2000 via palawan, ref PX-55012", "B thank you sir")
            ),
            st(3, 0.5, "B[live_streaming] my cousin also has two kids available if you want"),
            st(3, 0.4, "B[supervision] the parents are away in the province this week"),
            st(
                3,
                0.4,
                "A[live_streaming] book me tuesday and friday, same hour, only her on screen",
            ),
        ),
    ),
    "timezone": Scenario(
        setting="stream",
        gap_p=0.4,
        steps=(
            st(0, 1.0, ("A back from work", "B welcome back")),
            st(
                1,
                1.0,
                (
                    "A[live_streaming] sunday 7pm for me is monday 3am for u right? can the kids "
                    "stay up",
                    "B[live_streaming] yes i will wake them",
                ),
                (
                    "A[live_streaming] i can only do 11pm uk, whats that there",
                    "B[live_streaming] 7am sir, before school ok",
                ),
            ),
            st(1, 0.8, ("A[age] confirm ages again for me", "B[age] 10 and 12")),
            st(
                1,
                0.7,
                (
                    "A[platform_move] find me on the new app, same name with a 2",
                    "B added",
                ),
            ),
            st(
                2,
                0.9,
                (
                    "A[live_streaming] 60 for the hour, half before, half after",
                    "B ok deal",
                ),
            ),
            st(
                2,
                0.8,
                "B[live_streaming] use the e-wallet number i sent, put 'tuition' as the note",
            ),
            st(3, 0.5, "A[meeting] i will visit in december, i want to meet them"),
            st(3, 0.4, "A[deletion] remove the old messages pls"),
        ),
    ),
    "receipt": Scenario(
        setting="stream",
        gap_p=0.3,
        steps=(
            st(0, 1.0, ("A you there?", "B yes sir")),
            st(
                1,
                1.0,
                ("A[live_streaming] same time tonight, 30 minutes", "B[live_streaming] ok 35 usd"),
            ),
            st(1, 0.8, ("A[age] the 10 year old again", "B ok")),
            st(
                2,
                1.0,
                (
                    "A[live_streaming]@ here is the transfer slip, MTCN 552 019 4471",
                    "B received thank you",
                ),
            ),
            st(
                2,
                0.7,
                "B[image_request] show me the receipt first sir",
                "B[image_request live_streaming] send pic of the remittance so i can claim",
            ),
            st(3, 0.6, "A[live_streaming] keep the camera on her, not on you"),
            st(3, 0.4, "B[live_streaming] other one is here too today, extra 20"),
        ),
    ),
    "nonnative_facilitator": Scenario(
        setting="stream",
        gap_p=0.5,
        steps=(
            st(0, 1.0, ("B hi sir, long time no chat", "A been busy")),
            st(
                1,
                1.0,
                (
                    "B[live_streaming] sir you want show again this week? kids is ready",
                    "A[live_streaming] thursday, same time as before",
                ),
            ),
            st(1, 0.8, ("B[age] the youngest now 7 sir, the other 12", "A ok")),
            st(
                2,
                0.9,
                (
                    "B[live_streaming] price same, 2000 for one hour, send in wallet",
                    "A[live_streaming] sending now ref 99820",
                ),
            ),
            st(
                2,
                0.6,
                "B[gifts_money] also sir we need new phone for better camera, maybe you help",
            ),
            st(3, 0.5, "B[secrecy] no worry sir, no one here will say anything"),
            st(
                3,
                0.5,
                "A[platform_move deletion] switch to the video app i sent you, get rid of this one",
            ),
        ),
    ),
}

LIVE_STREAMING["regular"] = Scenario(
    setting="stream",
    gap_p=0.6,
    steps=(
        st(0, 1.0, ("A it's me again", "B hello sir, welcome back")),
        st(
            1,
            1.0,
            (
                "A[live_streaming] same arrangement as every week? tuesday and saturday",
                "B[live_streaming] yes sir both days ok",
            ),
            (
                "A[live_streaming] i want a weekly slot, every friday my night",
                "B[live_streaming] ok sir friday always",
            ),
        ),
        st(
            1,
            0.8,
            (
                "A[live_streaming] 4 calls this month, can you do 150 for all",
                "B[live_streaming] 160 sir, because two kids",
            ),
        ),
        st(
            1,
            0.6,
            ("A[age] still the 12 year old and her brother?", "B[age] yes sir, brother is 8"),
        ),
        st(
            2,
            0.8,
            "A[live_streaming] sent through the money app, control number 77120-3",
            "B[live_streaming] pls use my sister name this time for the padala, ref is her phone",
        ),
        st(2, 0.4, "B[gifts_money] sir the baby needs milk, maybe extra 10"),
        st(2, 0.4, "A[secrecy] if anyone asks, i'm your uncle overseas"),
        st(3, 0.4, "A[platform_move] we move to a new account next month, i send you the name"),
    ),
)

# --------------------------------------------------------------------------------------
# Hard-benign scripts.
# --------------------------------------------------------------------------------------

BENIGN: dict[str, Scenario] = {
    "parent_home": Scenario(
        setting="family",
        steps=(
            st(
                1,
                0.6,
                (
                    "A[supervision] is anyone in with you?",
                    "B[supervision] just me, dad's at the gym",
                ),
                (
                    "A[supervision] are you on your own tonight?",
                    "B[supervision] yeah gran left at 5",
                ),
            ),
            st(1, 0.6, ("A are you home yet?", "B yeah got in 10 min ago")),
            st(
                1,
                0.5,
                "A[image_request] send me a pic of the fridge so I know what to buy",
                "A[image_request] take a photo of the letter from school and send it",
            ),
            st(1, 0.5, ("A don't open the door to anyone you don't know", "B i knowww")),
            st(1, 0.4, "A[secrecy] don't tell your brother about the cake, it's a surprise"),
            st(1, 0.5, "A[meeting] I'll pick you up at 6 from the library"),
            st(1, 0.4, "A[gifts_money] sent £10 to your card for lunch"),
            st(1, 0.4, ("B can i go to ellie's", "A[age] only if her mum's in. you're 13 not 18")),
            st(1, 0.3, "A[deletion] delete that voice note I sent you, wrong chat 🙈"),
        ),
    ),
    "class_trip": Scenario(
        setting="group",
        members=("A", "B", "C", "D"),
        steps=(
            st(
                0,
                1.0,
                "A Reminder: Year 8 trip to the park on Thursday. Packed lunch and a coat please.",
            ),
            st(1, 0.6, "A[meeting] Meet at the school gate at 8:30, we walk over together."),
            st(1, 0.5, "C[age] Does Maya need a packed lunch? She's 12 and very fussy 😅"),
            st(
                1,
                0.6,
                "A[sextortion] Slips and the £5 contribution by Friday via ParentPay please.",
            ),
            st(
                1,
                0.4,
                (
                    "C[supervision] How many adults are going with them?",
                    "A One adult for every six children.",
                ),
            ),
            st(
                1,
                0.4,
                "D[age] Leo is only 7, he's coming with his sister's class as a helper's child",
            ),
            st(1, 0.5, "A[meeting] Pick-up at 3:15 at the main gate."),
            st(
                1,
                0.4,
                "B[image_request] Could someone send photos of the kids at the pond for the "
                "newsletter?",
            ),
        ),
    ),
    "friends_secret": Scenario(
        setting="teen",
        steps=(
            st(
                1,
                0.8,
                (
                    "A[secrecy] ok dont tell anyone but i like someone in our form",
                    "B[secrecy] omg promise, our secret 🤐",
                ),
                ("A[secrecy] promise u wont tell? its about the party", "B i swear"),
            ),
            st(1, 0.5, "A[secrecy] we're planning a surprise for jess, dont say anything to her"),
            st(
                1,
                0.5,
                "A[deletion] delete that msg i sent lol wrong chat",
                "A[deletion] omg unsend that",
            ),
            st(
                1,
                0.5,
                ("B[supervision] my mums out so come round", "A[meeting] ok ill come over at 5"),
            ),
            st(1, 0.4, "A[image_request] send me a pic of ur outfit for tmr"),
            st(1, 0.3, "A[age] she's 14 and already has a job??"),
            st(1, 0.3, "A[platform_move] add my new snap, old one got locked: ellie.m_08"),
        ),
    ),
    "marketplace": Scenario(
        setting="adult",
        steps=(
            st(
                0,
                1.0,
                ("B Hi, is the bike still available?", "A Yes it is"),
                ("B Hello, still got the desk?", "A yep"),
            ),
            st(
                1,
                0.6,
                "A[sextortion] I only take vouchers, Amazon or Apple, and I need the numbers "
                "before 9 or it goes to the next person",
                "A[sextortion] Need the money by 6pm today, otherwise I sell to someone else",
            ),
            st(
                1,
                0.6,
                ("B[image_request] can you send another pic of the scratches?", "A@ here you go"),
            ),
            st(1, 0.4, "A[platform_move] text me on WhatsApp it's easier: 07700 900118"),
            st(1, 0.5, "A[meeting] can meet at the supermarket car park at 7 for collection"),
            st(1, 0.4, "B[age] it's for my son, he's 10, will the frame be too big?"),
            st(1, 0.4, "A[image_request] send a screenshot of the transfer when done please"),
        ),
    ),
    "dating_adults": Scenario(
        setting="adult",
        steps=(
            st(
                1,
                0.8,
                ("A[age] mind if I ask your age? the app says 29", "B 31, you?", "A 34"),
                ("A[age] how old are you btw", "B 38, is that ok?"),
            ),
            st(
                1,
                0.5,
                (
                    "A[platform_move] move to whatsapp? this app keeps logging me out",
                    "B[platform_move] sure, 07700 900332",
                ),
            ),
            st(1, 0.6, "A[meeting] drinks on friday? the wine bar by the station at 8"),
            st(1, 0.4, "B[image_request] send a pic of your dog, I need to see him"),
            st(
                1,
                0.4,
                "A[image_request] quick video call before we meet? just so we know we're both real",
            ),
            st(1, 0.3, "A[secrecy] don't tell my sister I'm on here, she'd never let it go"),
            st(1, 0.4, "B[age] I have a 9 year old, hope that's not a dealbreaker"),
        ),
    ),
    "gamers": Scenario(
        setting="teen",
        members=("A", "B", "C"),
        steps=(
            st(
                1,
                0.6,
                "A[gifts_money] ill gift u the battle pass if we win this",
                "A[gifts_money] 800 vbucks if u carry me lol",
            ),
            st(1, 0.5, "C[platform_move] jump in the discord, link in my bio"),
            st(1, 0.5, ("A[age] how old r u? u sound 12 on mic lol", "B[age] im 15 lol")),
            st(1, 0.4, "C[image_request] turn ur cam on for the stream"),
            st(
                1,
                0.4,
                (
                    "A[supervision] ur parents gonna kick u off at 10 again",
                    "B[supervision] nah theyre out, im solo tonight",
                ),
            ),
            st(1, 0.4, "A[secrecy] dont tell the others about the glitch"),
            st(1, 0.3, "C[meeting] lan at mine saturday?"),
        ),
    ),
    "grandparent_call": Scenario(
        setting="family",
        steps=(
            st(
                1,
                0.7,
                "A[image_request] Can you put your face on the screen love, I only see the ceiling",
                "A[image_request] press the little camera button so I can see you",
            ),
            st(1, 0.5, "A[age] I can't believe you're 11 already!"),
            st(
                1, 0.5, "A[gifts_money] There's £20 in a card for you, don't spend it all on sweets"
            ),
            st(1, 0.4, "A[secrecy] Don't tell your mum I gave you extra 😉"),
            st(
                1,
                0.5,
                (
                    "A[supervision] Is your mum there? I need to ask her about Sunday",
                    "B[supervision] no she's at work, it's just me and Tom",
                ),
            ),
            st(1, 0.4, "A[meeting] We'll come and pick you up on Saturday for the zoo"),
            st(1, 0.4, "A[image_request] send me a photo of your costume for the play"),
        ),
    ),
    "tutoring": Scenario(
        setting="business",
        steps=(
            st(
                1,
                0.7,
                (
                    "A[age] Which year is he in, and is it GCSE or A-level?",
                    "B[age] Year 10, he's 15",
                ),
            ),
            st(
                1,
                0.5,
                "A[live_streaming] Lessons are £30 an hour, bank transfer before each session, "
                "reference the student's name",
                "A[live_streaming] Could we move Thursday to 7pm UK time? That's 2am for you, I "
                "know",
            ),
            st(1, 0.4, "A[image_request] Please keep the camera on during online lessons"),
            st(1, 0.4, "A[platform_move] I'll email the Zoom link from tutor@example.org"),
            st(
                1,
                0.4,
                "A[supervision] Will a parent be in the house during lessons? It's our policy.",
            ),
            st(1, 0.4, "A[image_request] Send me a photo of your working for question 4"),
            st(1, 0.3, "A[deletion] Please delete the old link, it has expired"),
        ),
    ),
    "family_remittance": Scenario(
        setting="family",
        gap_p=0.3,
        steps=(
            st(
                1,
                0.8,
                "A[live_streaming] sent the school fees through the remittance app, ref 55301-882",
                "A[live_streaming] I sent 5000 on GCash, check the reference number",
            ),
            st(
                1,
                0.6,
                "A[image_request] video call tonight? I want to see the kids",
                "A[image_request] open the camera so I can see your new uniform",
            ),
            st(1, 0.5, "A[live_streaming] 8pm your time is 1pm here, I'll call then"),
            st(1, 0.5, "B[age] Ana is 7 now, she keeps asking when you're coming"),
            st(1, 0.4, "A[meeting] I fly home on the 20th, meet me at arrivals"),
            st(
                1,
                0.4,
                "B[image_request] send a pic of the receipt so I can claim it at the counter",
            ),
            st(1, 0.4, "A[gifts_money] I'll send extra for her birthday"),
        ),
    ),
    "safety_talk": Scenario(
        setting="family",
        steps=(
            st(
                1,
                0.9,
                "A[sextortion] If anyone ever says 'pay me or I send your pics to everyone', come "
                "to me straight away",
                "A[sextortion] They say things like 'you've got an hour to pay or I post it'. "
                "It's a scam, every time",
            ),
            st(1, 0.5, "A[secrecy] Anyone online who says 'this is our secret' is a red flag"),
            st(
                1,
                0.5,
                "A[platform_move] And if someone wants you on another app really quickly, that's "
                "a warning sign too",
            ),
            st(1, 0.4, "A[age] They often ask how old you are really early on"),
            st(1, 0.6, ("B ok mum i get it", "A You'd never be in trouble for telling me.")),
            st(1, 0.4, "B[age] a boy in year 10 got one of those messages"),
            st(1, 0.3, "A[sextortion] they even ask for gift cards, can you believe it"),
        ),
    ),
    "sports_club": Scenario(
        setting="group",
        members=("A", "B", "C", "D"),
        steps=(
            st(0, 1.0, "A Under-12s training moves to 6pm on Wednesday from next week."),
            st(
                1,
                0.6,
                "C[meeting] Can anyone give Jake a lift to the away game? I can pick him up at 9",
            ),
            st(
                1,
                0.6,
                "A[sextortion] Subs of £25 due by Friday, bank transfer to the club account, ref: "
                "child's name",
            ),
            st(1, 0.5, "A[image_request] Could parents send photos from Saturday for the website?"),
            st(1, 0.4, "D[age] Mia's only 10 so she'll need a booster seat"),
            st(
                1,
                0.4,
                "A[platform_move] We're moving this group to the club app, join with the link",
            ),
        ),
    ),
    "flatmate_debt": Scenario(
        setting="adult",
        steps=(
            st(
                1,
                0.9,
                "A[sextortion] You owe me £340 for bills. Pay by Sunday or I'm telling the "
                "landlord",
                "A[sextortion] I need the rent money by tonight, no more excuses",
            ),
            st(
                1,
                0.5,
                "A[sextortion image_request] bank transfer to 12-34-56 / 00123456 and send me a "
                "screenshot",
            ),
            st(1, 0.6, ("B I get paid on friday, I'll send it then", "A fine")),
            st(1, 0.3, "A[image_request] send a pic of the meter reading"),
            st(
                1,
                0.3,
                "B[deletion] can you delete that message from the house group, it's embarrassing",
            ),
            st(1, 0.3, "A[secrecy] let's keep this between us, the others don't need to know"),
        ),
    ),
    "babysitting": Scenario(
        setting="family",
        members=("A", "B", "C"),
        steps=(
            st(1, 0.7, ("C[supervision] Back by 11, you're in charge of Max till then", "A ok")),
            st(1, 0.5, "A[secrecy] don't tell mum we had pizza 😂"),
            st(1, 0.4, "A[deletion] delete that photo of me asleep on the sofa lol"),
            st(1, 0.5, "C[age] he's 6, bed by 8 please"),
            st(1, 0.4, "C[supervision] is anyone else coming round tonight?"),
            st(1, 0.4, "B[image_request] send me a pic of the dog"),
        ),
    ),
    "coach_lift": Scenario(
        setting="adult",
        steps=(
            st(
                1,
                0.8,
                "A[meeting] I can give Sam a lift to the match, pick him up at 8 outside yours",
            ),
            st(1, 0.5, "A[supervision] Will you or your partner be in when I drop him back?"),
            st(1, 0.5, "B[age] He's 12 so he'll need the booster"),
            st(1, 0.4, "A[platform_move] My number for the day is 07700 900512, text me there"),
            st(1, 0.3, "A I'll put photos from the game on the parents' page"),
            st(1, 0.3, "A[gifts_money] No need to pay for petrol, honestly"),
        ),
    ),
    "news_story": Scenario(
        setting="teen",
        steps=(
            st(
                1,
                0.9,
                "A[sextortion] did u see the news, the guy told that boy 'pay 500 or everyone "
                "sees it'",
            ),
            st(1, 0.6, "B[sextortion] ya and they made him buy gift cards, so messed up"),
            st(1, 0.5, "A[age] he was only 15"),
            st(1, 0.4, "B[platform_move] they got him to move to snap first apparently"),
            st(1, 0.6, ("A the police said dont pay and tell an adult", "B ya fr")),
        ),
    ),
    "safety_quiz": Scenario(
        setting="group",
        members=("A", "B", "C", "D"),
        steps=(
            st(0, 1.0, "A Online safety quiz! Answer in the chat, no googling 😄"),
            st(
                1,
                0.6,
                "A[secrecy] Q: someone you met online says 'don't tell your parents about me'. "
                "What do you do?",
            ),
            st(
                1,
                0.7,
                "A[sextortion] Q: a message says 'send £100 in gift cards by midnight or your "
                "photo goes to your school'. Pay or not?",
            ),
            st(
                1,
                0.4,
                "C[image_request] the one where they ask u to turn ur camera on is a red flag "
                "right?",
            ),
            st(
                1,
                0.5,
                "A[supervision] Q: a new online friend asks 'is anyone home with you?'. Red flag "
                "or fine?",
            ),
            st(
                1,
                0.4,
                "A[platform_move] Q: they want to move to a different app straight away. Why "
                "might that be?",
            ),
            st(1, 0.5, ("B tell a trusted adult", "A Correct!")),
        ),
    ),
    "streamer_sponsor": Scenario(
        setting="business",
        steps=(
            st(
                1,
                0.8,
                "A[live_streaming] We'd pay $300 for a 2-hour sponsored stream Saturday, 8pm EST "
                "/ 1am UK",
                "A[live_streaming] Payment via PayPal after the stream, invoice reference SP-0421",
            ),
            st(1, 0.5, "A[image_request] Please keep the facecam on for the whole segment"),
            st(
                1,
                0.4,
                "A[platform_move] Let's move to email for the contract: partnerships@example.org",
            ),
            st(1, 0.4, "A[secrecy] Please keep the rate confidential until the announcement"),
            st(1, 0.3, "B[gifts_money] can you send a couple of keys for a giveaway?"),
        ),
    ),
    "landlord_rent": Scenario(
        setting="business",
        steps=(
            st(
                1,
                0.9,
                "A[sextortion] March's rent (£820) still hasn't arrived. If it isn't in my "
                "account by Monday noon I'll be issuing a notice.",
                "A[sextortion] Second reminder: arrears of £1,640. Clear them within 7 days, "
                "sort code and account number as on the tenancy.",
            ),
            st(1, 0.5, "A[image_request] Please send proof of payment when done."),
            st(1, 0.4, "B[age] Sorry, my daughter is 9 and has been in hospital."),
            st(1, 0.4, "A[meeting] I'll be at the flat Tuesday at 10 for the inspection."),
            st(1, 0.3, "B[deletion] Can you delete my old bank details from your records?"),
        ),
    ),
    "guild_fundraiser": Scenario(
        setting="group",
        members=("A", "B", "C", "D"),
        steps=(
            st(
                1,
                0.7,
                "A[live_streaming] charity stream sat 6pm UTC, thats 4am for our aussie members "
                "sorry",
                "A[live_streaming] donations through the fundraiser page, reference GUILD24",
            ),
            st(1, 0.5, "B[gifts_money] ill donate 20 quid"),
            st(1, 0.4, "A[image_request] cams on for the group photo at the end pls"),
            st(1, 0.4, "C[age] my little bro is 11 and wants to help, can he?"),
            st(1, 0.3, "D[platform_move] voice chat on the discord, channel 3"),
        ),
    ),
    "youth_trip": Scenario(
        setting="group",
        members=("A", "B", "C", "D"),
        steps=(
            st(0, 1.0, "A Hi all, details for the youth group weekend away 🏕️"),
            st(
                1,
                0.6,
                "A[meeting] Coach leaves the church hall at 7am Saturday, back for 6pm Sunday",
            ),
            st(
                1,
                0.7,
                "A[sextortion] Permission slips plus the £40 deposit by Wednesday please, bank "
                "transfer ref TRIP-surname",
            ),
            st(
                1,
                0.5,
                (
                    "C[age] Ollie is 11, is he too young for the climbing wall?",
                    "A He's fine, minimum is 10.",
                ),
            ),
            st(1, 0.4, "A We'll have five adult leaders, all DBS checked."),
            st(1, 0.3, "D[gifts_money] I can cover a place for a family who can't afford it"),
            st(1, 0.4, "A[secrecy] Don't tell the kids about the campfire surprise!"),
            st(
                1,
                0.3,
                "A[platform_move] Trip updates will go in the WhatsApp group, link on the slip",
            ),
        ),
    ),
    "helpline_report": Scenario(
        setting="helpline",
        steps=(
            st(
                0,
                1.0,
                (
                    "B hi someone is threatening me and i dont know what to do",
                    "A Hi, I'm really glad you messaged. You're not in trouble. What happened?",
                ),
            ),
            st(
                1,
                0.9,
                "B[sextortion] they said they have a pic and they'll send it to my friends unless "
                "i pay 200",
                "B[sextortion] he said i have 3 hours to pay or he posts it",
            ),
            st(1, 0.6, "B[sextortion] they want amazon gift cards"),
            st(
                1,
                0.6,
                (
                    "A[age] Can I ask how old you are? It helps me point you to the right support",
                    "B[age] 15",
                ),
            ),
            st(
                1,
                0.6,
                "A Please don't pay, and keep everything: screenshots of the messages and the "
                "account name.",
            ),
            st(
                1,
                0.5,
                (
                    "A Did they ask you to move to a different app?",
                    "B[platform_move] ya we started on insta then they said add them on snap",
                ),
            ),
            st(
                1,
                0.4,
                "A There's a tool that can help get the picture taken down, I'll send you the "
                "link.",
            ),
            st(
                1,
                0.4,
                (
                    "B[supervision secrecy] my parents are out and i dont want them to know",
                    "A That's ok. We can talk about who you could tell.",
                ),
            ),
        ),
    ),
    "portrait_session": Scenario(
        setting="business",
        steps=(
            st(
                1,
                0.6,
                "A[image_request] For the family session, could you send a couple of photos of "
                "the spot you had in mind?",
            ),
            st(1, 0.6, "B[age] It's me, my husband and the two kids, they're 4 and 9"),
            st(
                1,
                0.6,
                "A[sextortion] A 50% deposit secures the date; please pay by Friday or the slot "
                "is released",
            ),
            st(1, 0.6, "A[meeting] Let's meet at the park gates at 5pm for the golden hour light"),
            st(1, 0.4, "A[platform_move] I'll send the gallery link by email"),
            st(1, 0.3, "B[deletion] please delete the outtakes of my mum, she'd hate them 😂"),
            st(
                1,
                0.3,
                "B[secrecy] it's a surprise for my parents' anniversary, don't mention it if you "
                "see them",
            ),
        ),
    ),
    "esports_travel": Scenario(
        setting="group",
        members=("A", "B", "C", "D"),
        steps=(
            st(
                1,
                0.6,
                "A[live_streaming] Sponsor pays $500 per match stream, payout via PayPal, ref "
                "ESP-2291",
                "A[live_streaming] Scrims are 7pm CET which is 2am for our sub in Seoul, sorry",
            ),
            st(1, 0.6, "A[meeting] Flights land 14:30, I'll meet you all at arrivals"),
            st(1, 0.4, "C[age] reminder Leo is 16 so he needs the parental consent form"),
            st(1, 0.4, "A[image_request] everyone send a headshot for the sponsor site by Monday"),
            st(1, 0.4, "A[platform_move] moving team comms to discord, voice channel 2"),
            st(1, 0.3, "A[secrecy] keep the sponsor deal quiet till the announcement"),
            st(1, 0.3, "B[gifts_money] sponsor is sending us all new headsets"),
        ),
    ),
    "pen_pals": Scenario(
        setting="child_adult",
        members=("A", "B", "C"),
        steps=(
            st(
                0,
                1.0,
                "A[age] Welcome to the exchange! Your partner is Lucie, she's 12 and lives in Lyon",
            ),
            st(1, 0.6, "B[age] hi lucie im 12 too! im in year 7"),
            st(1, 0.5, "C[image_request] can you send a photo of your school?"),
            st(1, 0.4, "C[meeting] maybe we can meet when your class visits in may"),
            st(
                1,
                0.5,
                "A[live_streaming] Video call with the French class: Thursday 2pm UK, 3pm in Paris",
            ),
            st(1, 0.3, "B[platform_move] can i add u on insta? its sophie.r_12"),
            st(
                1,
                0.4,
                "A Remember, all messages stay in this class space where teachers can see them.",
            ),
        ),
    ),
}

RISKY: dict[str, dict[str, Scenario]] = {
    "grooming": GROOMING,
    "sextortion": SEXTORTION,
    "live_streaming": LIVE_STREAMING,
}

# --------------------------------------------------------------------------------------
# Writing styles applied per speaker.
# --------------------------------------------------------------------------------------

_TEXTING = (
    (r"\byou're\b", "ur"),
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bplease\b", "pls"),
    (r"\bbecause\b", "cuz"),
    (r"\btonight\b", "2nite"),
    (r"\breally\b", "rly"),
    (r"\bokay\b", "ok"),
    (r"\bthanks\b", "thx"),
)
_EMOJI = ("😂", "🙂", "😅", "👍", "🙏", "😭", "✨", "😬", "💀")
STYLES = ("plain", "lower", "texting", "typos", "emoji")


def _style(text: str, style: str, rng: random.Random) -> str:
    if style == "lower":
        return text.lower().rstrip(".")
    if style == "texting":
        out = text.lower()
        for pattern, repl in _TEXTING:
            out = re.sub(pattern, repl, out)
        return out
    if style == "typos" and rng.random() < 0.35:
        words = text.split(" ")
        plain = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 5]
        if plain:
            i = rng.choice(plain)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            return " ".join(words)
    if style == "emoji" and rng.random() < 0.35:
        return f"{text} {rng.choice(_EMOJI)}"
    return text


# --------------------------------------------------------------------------------------
# Assembly.
# --------------------------------------------------------------------------------------


def _parse(line: str, rng: random.Random) -> tuple[Beat, bool]:
    match = _LINE.match(line)
    if match is None:
        raise ValueError(f"blind3: unreadable script line {line!r}")
    families = (match["f"] or "").split()
    unknown = set(families) - set(FAMILY_NAMES)
    if unknown:
        raise ValueError(f"blind3: unknown families {sorted(unknown)} in {line!r}")
    text = rng.choice([v.strip() for v in match["t"].split("||")])
    return _b(match["s"], text, *families), bool(match["att"])


Piece = tuple[int, list[tuple[Beat, bool]] | None]  # (group, beats) or (group, None) = gap


def _realise(scenario: Scenario, rng: random.Random) -> list[Piece]:
    chosen: list[tuple[int, float, Block]] = []
    for group, prob, alts in scenario.steps:
        if rng.random() < prob:
            chosen.append((group, rng.random(), rng.choice(alts)))
    chosen.sort(key=lambda item: (item[0], item[1]))
    pieces: list[Piece] = []
    seen: set[str] = set()
    for group, _order, block in chosen:
        if pieces and scenario.gap_p and rng.random() < scenario.gap_p:
            pieces.append((group, None))
        beats: list[tuple[Beat, bool]] = []
        for line in block:
            if line == GAP:
                if beats:
                    pieces.append((group, beats))
                    beats = []
                pieces.append((group, None))
                continue
            beat, attach = _parse(line, rng)
            if beat[1] in seen:
                continue
            seen.add(beat[1])
            beats.append((beat, attach))
        if beats:
            pieces.append((group, beats))
    return pieces


SINGLES: dict[str, tuple[str, ...]] = {
    "teen": ("lol", "haha", "ok", "fr", "😂", "ya"),
    "child_adult": ("ok", "haha", "yeah", ":)"),
    "adult": ("ok", "haha", "👍", "sure"),
    "family": ("ok", "x", "👍", "love you"),
    "group": ("👍", "thanks", "great"),
    "business": ("Thanks.", "Great.", "Perfect."),
    "press": ("??", "hello", "ok"),
    "stream": ("ok", "haha", "ok sir"),
    "helpline": ("ok", "thank you"),
}


# Settings whose small talk has a fixed direction: the other party (A) opens, the
# counterpart replies (the extorter presses and the teenager stalls; the customer asks and
# the facilitator answers "sir"; the adult asks the child; the helpline worker checks in).
ORDERED = frozenset({"press", "stream", "child_adult", "helpline"})


class _Talk:
    """Small talk for one conversation: exchanges drawn without repeats until the pool is
    used up, so long conversations do not loop over the same few lines."""

    def __init__(self, scenario: Scenario, rng: random.Random) -> None:
        self.scenario, self.rng = scenario, rng
        self.queues: dict[str, list[tuple[str, str]]] = {}

    def _next(self, setting: str) -> tuple[str, str]:
        queue = self.queues.setdefault(setting, [])
        if not queue:
            queue.extend(SMALL_TALK[setting])
            self.rng.shuffle(queue)
        return queue.pop()

    def lines(self, group: int, count: int) -> list[tuple[Beat, bool]]:
        scenario, rng = self.scenario, self.rng
        late = bool(scenario.late_setting) and group >= scenario.late_from
        setting = scenario.late_setting if late else scenario.setting
        out: list[tuple[Beat, bool]] = []
        if count % 2:
            out.append((_b(rng.choice(scenario.members), rng.choice(SINGLES[setting])), False))
        while len(out) < count:
            if setting in ORDERED:
                first = "A"
                second = rng.choice([m for m in scenario.members if m != "A"])
            else:
                first, second = rng.sample(scenario.members, 2)
            opener, reply = self._next(setting)
            out.append((_b(first, opener), False))
            out.append((_b(second, reply), False))
        return out


def _conversation(
    scenario: Scenario, rng: random.Random, label: str, kind: str, number: int
) -> LabelledConversation:
    pieces = _realise(scenario, rng)
    scripted = [beat for _g, beats in pieces if beats for beat in beats]
    cues = sum(1 for (_s, _t, fams), _a in scripted if fams)
    low = max(MIN_MESSAGES, len(scripted) + 2, 2 * cues + 2)
    if low > MAX_MESSAGES:
        raise ValueError(f"blind3: {kind} script too long ({len(scripted)} lines)")
    high = min(MAX_MESSAGES, max(low, 3 * len(scripted) + rng.randint(4, 30)))
    filler = rng.randint(low, high) - len(scripted)
    # Spread the filler over the slots before, between and after the pieces.
    # A conversation with an opening step starts with it; otherwise it starts mid-chat.
    first = 1 if pieces and pieces[0][0] == 0 else 0
    slots = [0] * (len(pieces) + 1)
    if filler % 2:
        slots[rng.randrange(first, len(slots))] += 1
    for _ in range(filler // 2):
        slots[rng.randrange(first, len(slots))] += 2
    talk = _Talk(scenario, rng)
    sequence: list[tuple[Beat, bool] | None] = []
    for position in range(len(pieces) + 1):
        group = pieces[position - 1][0] if position else -1
        sequence.extend(talk.lines(group, slots[position]))
        if position < len(pieces):
            beats = pieces[position][1]
            sequence.extend(beats if beats is not None else [None])

    speakers = sorted({beat[0] for item in sequence if item is not None for beat in [item[0]]})
    names = dict(zip(speakers, rng.sample(NAMES, len(speakers)), strict=True))
    styles = {s: rng.choice(STYLES) for s in speakers}
    time = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(
        days=rng.randrange(0, 640), seconds=rng.randrange(7 * 3600, 22 * 3600)
    )
    messages: list[Message] = []
    families: dict[int, frozenset[str]] = {}
    pending_gap = False
    for item in sequence:
        if item is None:
            pending_gap = True
            continue
        (speaker, text, fams), attach = item
        if pending_gap and messages:
            time += timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 10))
        else:
            time += timedelta(seconds=rng.randint(8, 420))
        pending_gap = False
        if rng.random() < 0.03:
            time += timedelta(hours=rng.randint(1, 5))
        written = _style(text, styles[speaker], rng).strip() or text
        attachments = (
            (Attachment(name=f"IMG_{rng.randint(1000, 9999)}.jpg", kind="image"),) if attach else ()
        )
        index = len(messages)
        messages.append(
            Message(
                index=index,
                time_utc=time,
                time_raw=time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                author=names[speaker],
                text=written,
                attachments=attachments,
            )
        )
        if fams:
            families[index] = fams
    participants: list[Participant] = []
    for message in messages:
        if all(p.id != message.author for p in participants):
            participants.append(Participant(id=message.author, name=message.author))
    source = f"blind3/{number:04d}.txt"
    title = f"Chat {number:04d}"
    conversation = Conversation(
        id=conversation_id(FORMAT, source, "", messages, title),
        format=FORMAT,
        title=title,
        participants=tuple(participants),
        messages=tuple(messages),
        source=source,
    )
    return LabelledConversation(
        conversation=conversation, label=label, kind=kind, families=families
    )


def _check_kinds() -> None:
    missing = set(BLIND3_BENIGN_KINDS) ^ set(BENIGN)
    if missing:
        raise RuntimeError(f"blind3: benign kinds without a script or unlisted: {sorted(missing)}")
    if tuple(RISKY) != tuple(RISKY_CATEGORIES):
        raise RuntimeError("blind3: risky categories differ from blind.RISKY_CATEGORIES")


def build_blind3(
    seed: int = SEED, risky_per_category: int = 40, benign_per_kind: int = 20
) -> list[LabelledConversation]:
    """The third blind set: ``risky_per_category`` of each risky category (its scenarios in
    turn) and ``benign_per_kind`` of each hard-benign kind; deterministic for a seed."""
    _check_kinds()
    rng = random.Random(seed)
    out: list[LabelledConversation] = []
    number = 0
    for category, scenarios in RISKY.items():
        names: Sequence[str] = tuple(scenarios)
        for i in range(risky_per_category):
            name = names[i % len(names)]
            number += 1
            out.append(_conversation(scenarios[name], rng, category, f"{category}/{name}", number))
    for kind in BLIND3_BENIGN_KINDS:
        for _ in range(benign_per_kind):
            number += 1
            out.append(_conversation(BENIGN[kind], rng, "benign", kind, number))
    return out
