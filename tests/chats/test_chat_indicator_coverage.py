"""Generalisation of the indicators: paraphrases the development sets do not contain, hard
negatives, conversation context (bare age answers, kinship, lessons, pleading) and the
keyword prefilter. Synthetic and non-explicit throughout."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.chats import composed
from cairn.chats.evaluation import build_dataset, build_holdout
from cairn.chats.evaluation.blind import build_blind
from cairn.chats.evaluation.blind2 import build_blind2
from cairn.chats.indicators import RULES, find_indicators, normalise, scan
from cairn.model.chat import Message

# Paraphrases per family, written apart from the evaluation scripts (a test below checks
# that none of them occurs in the development sets): synonyms, word order, chat spellings,
# leetspeak, emoji, missing apostrophes.
PARAPHRASES: dict[str, tuple[str, ...]] = {
    "age": (
        "how old r u anyway",
        "u look young, what are you like 14?",
        "what grade u in",
        "u in middle school?",
        "are you in high school or college",
        "what year are u in at skool",
        "whats ur age",
        "age?",
        "how old are you again",
        "so how old?",
        "r u even 18?",
        "u 13 or something?",
        "when were you born",
        "which school do you go to",
        "do u still go to school",
        "are you old enough to be on here",
        "wat grade r u in",
        "what year of school are you in",
        "do you go to high school",
        "I am twelve",
        "14 yo",
        "just turned 13 last week",
        "ill be 14 next month",
        "13 f",
        "i'm in 7th grade",
        "i'm in year 9",
        "im in middle school",
        "my mum wont let me",
        "im only 13 lol",
        "I'm a freshman",
        "in 8th grade lol",
        "im 13 n u?",
        "were 12, everyone will tease me",
    ),
    "supervision": (
        "r ur parents home?",
        "is ur mum home rn",
        "who's with you right now",
        "are you alone?",
        "u alone?",
        "you by yourself tonight?",
        "when do they get back",
        "when does ur dad get home",
        "what time do your parents get home",
        "is anyone else there",
        "anybody around?",
        "can anyone hear you",
        "is your door locked",
        "are you in your room?",
        "do your parents check your phone",
        "where's your mum",
        "who else is home",
        "how long are your parents out for",
        "parents asleep?",
        "mum and dad out tonight?",
        "how late do your parents work",
        "when do your parents go to bed",
        "my parents are out",
        "mums at work till 6",
        "im home alone till 9",
        "nobody is home rn",
        "is the house empty",
        "parents went out for dinner",
        "theyre at my aunts til late",
    ),
    "secrecy": (
        "dont tell ur mom about me",
        "keep this between us ok",
        "this is just between u and me",
        "no one needs to know",
        "don't say anything to anyone",
        "our secret 🤫",
        "promise you won't tell",
        "if your mum asks, say you were at a friend's",
        "dont let your parents see this",
        "you can't tell anyone about this",
        "keep it on the down low",
        "nobody has to find out",
        "lets keep this our thing",
        "your parents cant know about this",
    ),
    "trust_isolation": (
        "ur so mature for ur age",
        "you're not like other girls your age",
        "you're way more mature than other kids",
        "nobody understands you like me",
        "your parents just don't get you",
        "your friends are so immature",
        "you don't need them, you have me",
        "you can tell me anything",
        "i'm the only one who gets you",
        "you act so grown up",
        "ur different from the others",
        "i understand you better than they do",
        "youre wise beyond your years",
        "im the only person you can really trust",
        "your mum sounds really strict, she doesnt get you",
    ),
    "platform_move": (
        "do u have snap?",
        "hmu on insta",
        "my ig is @someone",
        "lets talk on telegram its safer",
        "whats ur number",
        "give me ur whatsapp",
        "text me instead, here's my number",
        "switch to signal",
        "dm me on discord",
        "we can chat privately on kik",
        "u got snapchat?",
        "do you use discord",
    ),
    "deletion": (
        "delete our chat after",
        "delete these msgs",
        "make sure u delete everything",
        "clear ur history",
        "turn on vanish mode",
        "unsend that",
        "delete this convo when ur done",
        "wipe it all after",
    ),
    "image_request": (
        "send pics",
        "can i get a pic",
        "send me a selfie rn",
        "pic?",
        "lemme see u",
        "can we video call",
        "facetime?",
        "hop on cam",
        "show me ur outfit",
        "take a pic for me",
        "send a vid",
        "snap me a pic",
        "i wanna see what u look like",
        "got any more pics",
        "send 📸 pls",
        "pleeease send a pic",
        "turn on ur camera now",
    ),
    "gifts_money": (
        "ill buy u robux",
        "want a gift card?",
        "i can send u money for the bus",
        "i'll top up ur phone",
        "i got u a present",
        "let me buy you something",
        "i'll pay for your phone bill",
        "wanna free vbucks",
        "i'll get you the new skin",
        "i'll send you $50",
        "want a steam gift card?",
    ),
    "meeting": (
        "we should meet irl",
        "wanna hang out this weekend",
        "i can come pick u up",
        "what's ur address",
        "where do u live",
        "i'll drive over",
        "come to my place",
        "i'm near your school",
        "i'll get you an uber",
    ),
    "sextortion": (
        # threats to share, in other words
        "i'll send ur pics to all ur followers",
        "im posting this everywhere",
        "everyone at your school is going to see this",
        "your mom is gonna love seeing this",
        "i will leak everything",
        "one message and ur parents see everything",
        "i have a list of all your followers",
        "say goodbye to your reputation",
        "imagine what your friends will think",
        "i'll make sure everyone sees",
        "it'll be all over your school",
        "should i send it to your dad",
        "i'll send it to every contact you have",
        "ur whole family is getting this",
        "this goes to your school unless you pay",
        "you want your family to see this?",
        "if you block me i post it",
        "youll be famous at school",
        # leverage held
        "i screen recorded the whole call",
        "i saved everything you sent",
        # demands, with amounts
        "pay me 200 now",
        "send $300",
        "i want 500 in gift cards",
        "send 100 and i'll delete everything",
        "you need to send me money",
        "give me 1k",
        "how much money do you have",
        "payment now or it goes public",
        # deadlines and countdowns
        "you have 10 mins",
        "u got 30 min",
        "by 10pm or everyone sees",
        "clock's ticking",
        "tick tock",
        "20 minutes left",
        "u have till midnight",
        "the price just went up",
        # payment instructions
        "send it to my cashapp",
        "paypal only",
        "buy a $100 steam card",
        "i accept apple gift cards",
        "cash app me $200",
    ),
    "live_streaming": (
        "is the show still on for 9pm your time",
        "how much for 30 mins",
        "i'll pay per minute",
        "usual time tomorrow?",
        "same arrangement as last week?",
        "what time works tomorrow, my time is 8 hours ahead",
        "sent via remitly, ref 2231",
        "send the mtcn",
        "need load for the baby",
        "pay first before we start",
        "money sent, check",
        "is she ready?",
        "the kid ready?",
        "can she be on cam at 10",
        "bring your sister on the call",
        "is the little one awake",
        "make sure the kids are on camera",
        "are the girls available tonight",
        "is the youngest awake",
        "show at 10 tonight?",
    ),
}

# Everyday lines that share words with the cues and must not fire any rule.
HARD_NEGATIVES = (
    "i'm 15 minutes away",
    "im 10 mins late",
    "see you at 13:00",
    "I'm 34",
    "im 25 and work in retail",
    "its 12 degrees",
    "im 6 foot",
    "im 9 levels behind",
    "how old is this building?",
    "how old is your dog",
    "are you home yet?",
    "is your brother home yet?",
    "leave me alone",
    "i want to be left alone",
    "who is coming to the party",
    "did you tell your mum about the party?",
    "secret santa this year?",
    "the secret ingredient is love",
    "my parents don't understand me",
    "you seem tired",
    "i saw it on tiktok",
    "i deleted the app by accident",
    "did you see that video i sent",
    "i sent you the pics from the trip",
    "i'll send you the photos from the wedding",
    "check out this photo",
    "i posted a pic on insta",
    "i'll post the party pics on insta",
    "i'll share the slides with everyone after the talk",
    "the whole class will see your project at the fair",
    "i bought a new phone",
    "can you buy milk on the way home",
    "i got a gift card for my birthday",
    "meet you at the cinema at 7",
    "the kids are at school",
    "put the kids to bed",
    "show the kids the video",
    "show me how to do this",
    "120 or best offer",
    "yes, 80 pounds",
    "ok send the codes",
    "see you in 10 mins",
    "i'll be there in 5 minutes",
    "we will meet at the school gate at 8:30",
    "parents can pick you up at the gate",
    "everyone knows that song",
    "they all get the bus home",
    "i'll send you the notes tonight",
    "my wallet is empty",
    "the game won't load",
    "we watched a show tonight",
    "the show at 8 was great",
    "i'm in year 3 of my degree",
    "i'm alone in this opinion",
    "you owe me a coffee lol",
    "just me",
    "dad's asleep",
)


# rules-2026.3: paraphrase classes widened after the blind set became development data. These
# are this file's own wording (a test below checks none occurs in any of the three sets):
# indirect age probes, a child's age told by someone else, maturity flattery and age
# minimising, device and room privacy, alibis, moving off a "watched" app, vanishing
# messages, reciprocity ("your turn"), favours offered, casual meeting offers, conditional
# exposure, leverage held, escalating demands, bitcoin machines, prices quoted for a call.
PARAPHRASES_2026_3: dict[str, tuple[str, ...]] = {
    "age": (
        "whats ur date of birth",
        "how old will you be this summer",
        "primary school or high school?",
        "you in uni or still at school?",
        "the youngest is 8",
        "how old's the little one",
        "she just turned 9",
        "how old now?",
    ),
    "trust_isolation": (
        "you act way more grown up than my mates",
        "we have a real bond you and me",
        "your mates dont deserve you",
        "forget ur parents they never listen",
        "u can always talk to me, i actually care",
        "age doesnt matter to me",
        "ur smarter than other kids ur age",
        "youre so pretty honestly",
        "i cant stop thinking about you",
        "be my girlfriend?",
    ),
    "supervision": (
        "got the place to yourself tonight?",
        "does ur mum ever read ur texts",
        "can anyone walk in on you",
        "who else is at home rn",
        "any grown ups around?",
        "is that laptop only yours",
    ),
    "secrecy": (
        "promise me u wont tell anyone",
        "dont mention me to ur mum",
        "tell ur dad ur staying at jess's",
        "dont let your mum know about us",
    ),
    "platform_move": (
        "message me on 07700 900123",
        "this chat gets monitored, lets go elsewhere",
        "switch to the other app",
        "u on telegram?",
    ),
    "deletion": (
        "dont forget to delete our chat",
        "set the msgs to disappear",
        "wipe the chat every night",
    ),
    "image_request": (
        "ur turn, send one",
        "pic just for me?",
        "cam on for a sec",
        "send me another one",
        "prove ur real",
    ),
    "gifts_money": (
        "need data? ill top you up",
        "ill buy u whatever u want",
        "ill get you the new headphones",
        "treat yourself, i sent u 20",
    ),
    "meeting": (
        "ill swing by ur school",
        "i can grab u after school",
        "meet me outside the station",
        "ill be waiting by the park gate",
        "i could take the train down to see u",
        "whats the nearest station to u",
    ),
    "sextortion": (
        "your whole family gets a copy tonight",
        "i'll make you go viral",
        "if this gets out ur done",
        "would be a pity if ur mum saw it",
        "think what ur teachers would say",
        "i have all ur pics saved",
        "send 200 more or else",
        "double it or it goes out",
        "bitcoin atm is at the petrol station",
        "use ur dads card",
        "if i dont get it by 9 ur done",
        "or you know what will happen",
        "then i tag ur whole class",
    ),
    "live_streaming": (
        "the girl is ready sir",
        "2000 php only sir",
        "need money for rice sir pls help",
        "8pm here ok sir?",
        "what is the rate for an hour",
        "is the show still on for tonight",
        "bring the other kids too",
    ),
}

# …and everyday lines that share their words and must fire nothing.
HARD_NEGATIVES_2026_3 = (
    "how old is the car",
    "my mum is at work and dad is home",
    "mums out but dads here",
    "the price of milk went up",
    "send the file to the team",
    "if this gets approved we're done early",
    "look what i found in the attic",
    "i have all the photos from the wedding saved",
    "tag your mum in the post about the bake sale",
    "the kids will join us for dinner",
    "she is 30 this year",
    "what time is the meeting tomorrow",
    "only 5 left in stock",
    "the climbing wall is for ages 11 and over",
    "send me a pic of the timetable",
    "can i get a photo of the form",
    "they might be late",
    "i'm in year 3 of my degree",
    "what time is it there now",
    "the show was amazing",
    "forget about it",
    "we will meet at the gate at 8",
    "parents can collect you at 3",
)


def _families(text: str) -> set[str]:
    return {i.family for i in find_indicators([Message(0, None, "", "a", text)])}


def _names(text: str) -> set[str]:
    return {i.name for i in find_indicators([Message(0, None, "", "a", text)])}


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in PARAPHRASES.items() for text in texts],
)
def test_paraphrase_fires_its_family(family: str, text: str) -> None:
    assert family in _families(text), normalise(text)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negative_fires_nothing(text: str) -> None:
    assert _names(text) == set(), normalise(text)


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in PARAPHRASES_2026_3.items() for text in texts],
)
def test_2026_3_paraphrase_fires_its_family(family: str, text: str) -> None:
    assert family in _families(text), normalise(text)


@pytest.mark.parametrize("text", HARD_NEGATIVES_2026_3)
def test_2026_3_hard_negative_fires_nothing(text: str) -> None:
    assert _names(text) == set(), normalise(text)


def test_2026_3_lines_are_not_copied_from_any_evaluation_set() -> None:
    seen = {
        normalise(m.text)
        for dataset in (build_dataset(), build_holdout(), build_blind())
        for item in dataset
        for m in item.conversation.messages
    }
    mine = [t for texts in PARAPHRASES_2026_3.values() for t in texts]
    mine += list(HARD_NEGATIVES_2026_3)
    assert [t for t in mine if normalise(t) in seen] == []


def test_paraphrases_are_not_copied_from_the_development_sets() -> None:
    seen = {
        normalise(m.text)
        for dataset in (build_dataset(), build_holdout())
        for item in dataset
        for m in item.conversation.messages
    }
    copied = [t for texts in PARAPHRASES.values() for t in texts if normalise(t) in seen]
    assert copied == []


def _messages(*lines: tuple[str, str]) -> list[Message]:
    return [Message(i, None, "", who, text) for i, (who, text) in enumerate(lines)]


def test_a_bare_number_answering_an_age_question_is_a_stated_age() -> None:
    found = scan(_messages(("A", "how old r u"), ("A", "lol"), ("B", "13"), ("A", "cool")))
    stated = [i for i in found.indicators if i.name == "minor_age_stated"]
    assert [(i.message, i.author, i.role) for i in stated] == [(2, "B", "target")]
    assert found.ages == {2: [13]}
    # …also an adult age, when the other one told theirs first ("28, u?" / "31.").
    adults = scan(_messages(("A", "how old are you?"), ("B", "28, u?"), ("A", "31. you?")))
    assert adults.ages == {1: [28], 2: [31]}
    assert not [i for i in adults.indicators if i.name == "minor_age_stated"]
    # Without an age question, a number is just a number.
    plain = scan(_messages(("A", "how many tickets?"), ("B", "13")))
    assert plain.ages == {} and not plain.indicators


def test_statements_and_questions_about_parents_have_their_roles() -> None:
    assert _names("mum and dad out tonight?") == {"supervision_check"}
    assert _names("mum and dad are out tonight") == {"alone_stated"}


def test_prefilter_finds_what_the_whole_patterns_find(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(composed, "ENABLED", False)  # lexicon rules only (composed: below)
    texts = {
        m.text
        for dataset in (build_dataset(), build_holdout(), build_blind())
        for item in dataset
        for m in item.conversation.messages
    }
    texts |= {t for lines in PARAPHRASES.values() for t in lines} | set(HARD_NEGATIVES)
    texts |= {t for lines in PARAPHRASES_2026_3.values() for t in lines}
    texts |= set(HARD_NEGATIVES_2026_3)
    for text in sorted(texts):
        filtered = _names(text)
        whole = {rule.name for rule in RULES if rule.search(normalise(text))}
        # the bare-age answer is the only cue the whole patterns cannot see
        assert filtered - {"minor_age_stated"} == whole - {"minor_age_stated"}, text


def test_most_alternatives_have_keywords() -> None:
    parts = [part for rule in RULES for part in rule.parts]
    assert all(rule.parts for rule in RULES)
    always = [p.pattern.pattern for p in parts if p.keywords is None]
    assert len(always) <= len(parts) // 20, always


# rules-2026.4: paraphrase classes widened after the second blind set became development set 4
# (src/cairn/chats/paraphrases.py). Every line is this file's own wording of a failure class,
# checked not to occur in any of the four sets (test below).
PARAPHRASES_2026_4: dict[str, tuple[str, ...]] = {
    "sextortion": (
        "that facetime from last night got recorded btw",
        "ur entire video call was screen recorded",
        "i still have every pic u showed me",
        "i screenshotted the whole call",
        "got all of ur followers saved",
        "i have your follower list",
        "recognise yourself?",
        "i'm gonna forward it to every single friend on that list",
        "they're going to every contact you have",
        "i'll make them spread around",
        "answer or i start posting",
        "go quiet and i leak the video",
        "unfriend me and everything goes public",
        "tell anybody and it gets leaked",
        "imagine how your whole team would react",
        "u think this is a game?",
        "dont you dare block me",
        "pay up and no one ever sees them",
        "$200 and i disappear",
        "how much could u scrape together by tonight",
        "ok now another 150",
        "steam cards, scratch the back and send me a photo",
        "zelle f and f only",
    ),
    "live_streaming": (
        "can the two of them be on cam tonight",
        "only my youngest tomorrow",
        "is the little girl with you already?",
        "check she is facing the camera",
        "how much would be a full hour",
        "same slot next friday",
        "once the money lands i open the video",
        "the power will be cut tomorrow, please help even small",
        "any help with the little ones",
        "paid 60 via western union, here is the control number",
    ),
    "age": (
        "the smaller one, what age is she",
        "is he already 8",
        "the eldest turned 12 in may",
    ),
    "gifts_money": (
        "i can get your little sister a new phone",
        "i will send a bit extra so you can buy the shoes",
    ),
    "meeting": (
        "when i fly over in june i can pick you up",
        "i am coming to your town next month",
        "what area are you in, i'm close",
    ),
}

# …and everyday lines in the same words that must fire nothing: offers, gossip, a saved
# document, a game, a rota.
HARD_NEGATIVES_2026_4 = (
    "i'll send one over tomorrow",
    "i'll pay you back on friday",
    "i can send the photos of the flat later",
    "the meeting was recorded for people who missed it",
    "i saved the recipe you sent",
    "watch what happens when you add the mentos",
    "the rumour went round the whole school",
    "send the invite to all of them",
    "is the little one still asleep",
    "the roof looks great after the repair",
    "how much is the hoodie",
    "same time works for me",
    "she turned 30 in june",
    "we meet at the cafe when you visit",
)


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in PARAPHRASES_2026_4.items() for text in texts],
)
def test_2026_4_paraphrase_fires_its_family(family: str, text: str) -> None:
    assert family in _families(text), normalise(text)


@pytest.mark.parametrize("text", HARD_NEGATIVES_2026_4)
def test_2026_4_hard_negative_fires_nothing(text: str) -> None:
    assert _names(text) == set(), normalise(text)


def test_2026_4_lines_are_not_copied_from_any_development_set() -> None:
    seen = {
        normalise(m.text)
        for dataset in (build_dataset(), build_holdout(), build_blind(), build_blind2())
        for item in dataset
        for m in item.conversation.messages
    }
    mine = [t for texts in PARAPHRASES_2026_4.values() for t in texts]
    mine += list(HARD_NEGATIVES_2026_4)
    assert [t for t in mine if normalise(t) in seen] == []


def test_prefilter_finds_what_the_whole_patterns_find_2026_4(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(composed, "ENABLED", False)
    texts = {m.text for item in build_blind2() for m in item.conversation.messages}
    texts |= {t for lines in PARAPHRASES_2026_4.values() for t in lines}
    texts |= set(HARD_NEGATIVES_2026_4)
    for text in sorted(texts):
        whole = {rule.name for rule in RULES if rule.search(normalise(text))}
        assert _names(text) - {"minor_age_stated"} == whole - {"minor_age_stated"}, text


def test_an_offer_to_send_or_pay_is_not_a_request_or_a_demand() -> None:
    assert "image_request" in _names("send one")
    assert "image_request" not in _names("i'll send one")
    assert "payment_demand" in _names("pay $400 via paypal")
    assert "payment_demand" not in _names("we pay $400 via paypal")


def test_rules_compile_on_first_use_once() -> None:
    """Importing the module compiles nothing (CLI start-up); the first use compiles once."""
    import subprocess
    import sys

    code = (
        "import re, cairn.chats.indicators as m\n"
        "assert all(r._pattern is None and r._parts is None for r in m.RULES)\n"
        "p = m.RULES[0].pattern\n"
        "assert m.RULES[0].pattern is p and m.RULES[1]._pattern is None\n"
        "assert m.KINSHIP is m.CONTEXTS[0].pattern\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_threads_racing_on_the_first_scan_compile_each_rule_once() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from cairn.chats.indicators import Rule

    rule = Rule("x", "secrecy", "actor", "(?:a)", (("(?:a)", "a"),))
    with ThreadPoolExecutor(8) as pool:
        patterns = list(pool.map(lambda _i: rule.pattern, range(64)))
        parts = list(pool.map(lambda _i: rule.parts, range(64)))
    assert len({id(p) for p in patterns}) == 1
    assert len({id(p) for p in parts}) == 1


@given(st.text(max_size=200))
def test_quoted_speech_needs_a_quotation_mark(text: str) -> None:
    from cairn.chats.indicators import quoted_speech

    found = quoted_speech(text)
    if not set(text) & set("'\"“‘«"):
        assert not found
    assert quoted_speech(f"he said '{text}x'") or not text.strip() or not text[:1].isalnum()


def test_quoted_speech_examples() -> None:
    from cairn.chats.indicators import quoted_speech

    assert quoted_speech("if a stranger ever writes 'your class sees it', tell me")
    assert quoted_speech("the guy told her: \u2018pay or else\u2019")
    assert not quoted_speech("like i said 'pay or else'")
    assert not quoted_speech("don't tell anyone, it's ours")
