"""Other romanisations of a Thai word that people commonly write, besides the one `thai.py`
reads (`romanise`): จ as j (Jaroen for Charoen), a closing ล as l (Thanapol), ร as rn
(Porntip), syllables where Thai writes no vowel falling otherwise (Pongsakorn), วร as wo-ra
(Worawut), a name spelled as its Sanskrit is (ศักดิ์ชัย: Sakdichai), and a compound read a
word at a time as a Thai dictionary cuts it (วิมลศิริ: wimon-siri), its Pali stems linked
(ทัศนพงษ์: that-sa-na-phong)."""

import functools
import itertools

import regex

from .thai import (
    FINAL,
    FOLLOWING,
    INITIAL,
    LEADING,
    SILENT,
    clusters,
    is_consonant,
    one_sara_am,
    romanise,
)


def _led_by(start: str, rest: str) -> set[str]:
    """The readings of a word whose first syllables are said `start` (วร: wo-ra), the rest
    read as a word of its own."""
    return {start + r for r in (romanise(rest), romanise(rest, True), *readings(rest))}


@functools.lru_cache(maxsize=65536)
def readings(word: str, last: bool = True) -> tuple[str, ...]:
    """Other romanisations of a word that people commonly write, besides `romanise`'s;
    `last`: whether it ends the name, rather than a word of a compound before another."""
    word = one_sara_am(word)
    own = romanise(word)
    common = romanise(word, common=True)
    others = {common, romanise(word, common=True, j=True)}
    # Where Thai writes no vowel at all, the syllables may fall otherwise (พงศกร: Pongsakorn,
    # Phongsakon).
    others.update(romanise(word, c, lone=lone) for c in (False, True) for lone in (1, 2, 3, 4))
    if last and len(word) > 2 and word.endswith(("ช", "ชร")):
        # A closing ช, said t, is written ch as often (ปิยะนุช: Piyanut, Piyanuch; เพชร: Phet,
        # Petch). Not before another word of a compound: เพชร begins a great many, which a
        # ch (เพชรดี: phechdi) would make alike.
        others.update(r[:-1] + "ch" for r in (own, common) if r.endswith("t"))
    # A closing ส, ศ, ษ, จ or ด said t is written as its letter as often (จรัสพงษ์:
    # Charatphong, Charaspong). A last s, d or j alone is read from the Latin side
    # (`thai_latin`: Prapas, Prapat), not here as well.
    for j in (False, True):
        for link in (0, 1):
            lettered = romanise(word, True, j, link=link, spelled=True)
            if lettered[-1:] not in ("s", "d", "j") or romanise(word, True, j, link=link) != (
                lettered[:-1] + "t"
            ):
                others.add(lettered)
    if "พรหม" in word:
        # พรหม (Brahma) says neither its ห nor a vowel after พร: Phrom (Phromma, Promma).
        others.update(romanise(word.replace("พรหม", "พรม"), c, lone=3) for c in (False, True))
    others.update(romanise(word, c, link=link) for c in (False, True) for link in (1, 2))
    if len(word) > 2 and word[-1] == "ิ" and is_consonant(word[-2]) and word[-3] in "าัุู":
        # A consonant with i closing a name after its vowel is said without the i, Pali's
        # vowel kept in the writing only (วุฒิ: wut; ชาติ: chat).
        others.update(romanise(word[:-1], c) for c in (False, True))
    if (
        len(word) > 3
        and is_consonant(word[0])
        and word[1] == "ร"
        and (is_consonant(word[2]) or word[2] in LEADING)
    ):
        # A consonant and ร before a syllable are often o-ra, as in the many names วร begins
        # (วรวุฒิ: Worawut, วรพงษ์: Worapong; นรวัฒน์: Norawat, กรวิชญ์: Korawit), not on.
        others |= _led_by(("wo" if word[0] == "ว" else INITIAL[word[0]] + "o") + "ra", word[2:])
    if (
        len(word) > 3
        and is_consonant(word[0])
        and word[0] not in "อห"
        and word[1] == "ย"
        and is_consonant(word[2])
    ):
        # A consonant and ย before a syllable are Pali's a-ya (ชยพล: Chayaphon, Chayapol;
        # ชยธร: Chayathon; ชยนันท์: Chayanan), where ย read as a closing i makes chi.
        others |= _led_by(INITIAL[word[0]] + "aya", word[2:])
    inner = next((i for i, c in enumerate(word) if i > 1 and c in LEADING), 0)
    if inner:
        # A leading vowel begins a syllable, so what comes before it is read as a word of
        # its own (สุนทรเวช: sunthon-wet, where read whole the ทร before เ is lost). Not
        # always (รัตนโกสุม: rattana-kosum links its น to the o), so as another reading.
        others.update(romanise(word[:inner], c) + romanise(word[inner:], c) for c in (False, True))
    if "oe" in common:
        # เ◌ิ is written er as often as oe (Boonlert, Charoen / Charern).
        others.add(common.replace("oe", "er"))
    # พ, ภ and ผ are written p as often as ph (Pornthip, Petch).
    others |= {r.replace("ph", "p") for r in others if "ph" in r}
    if "ศรี" in word:
        # ศรี is si in the royal system and Sri as often (Sisaket; Srisuk).
        others.add(romanise(word.replace("ศรี", "ศี"), common=True))
    # ทร is said s in Thai words (ทรัพย์: sap; ทรง: song), thr in Sanskrit ones (จันทรา:
    # chanthra); ร after a first ส is silent (สระแก้ว: Sakaeo) or not (สราวุธ: Sarawut), as in
    # เศรษฐ, set as often as Sret (เศรษฐา: Settha, Srettha). Which, only the word knows: both
    # are read.
    for written, said in (("ทร", "ซ"), ("สร", "ส"), ("ศรษ", "ศษ")):
        if written in word:
            others.update(romanise(word.replace(written, said), c) for c in (False, True))
    if _AM_LINKED.search(word):
        # รร before ม and a vowel is am, the ม closing its syllable and beginning the next
        # (ธรรมะ: tham-ma; ธรรมิกา: Thammika), where read an it begins the next only.
        others.update(romanise(_AM_LINKED.sub("ัมม", word), c) for c in (False, True))
    if "ารถ" in word:
        # ร between า and ถ is unsaid, and ถ closes the syllable (สามารถ: samat, Samart;
        # ปรารถนา: prat-tha-na, Prathana).
        others.update(romanise(word.replace("ารถ", "าถ"), c) for c in (False, True))
    if SILENT in word:
        # A name spelled as its Sanskrit is says the letters Thai writes silent: a stop with
        # its i (ศักดิ์: Sakdi, ศักดิ์ชัย: Sakdichai; สวัสดิ์: Sawasdi), a closing t after n
        # (อนันต์: Anant; วสันต์: Vasant; สิทธิพันธ์: Sittipunt).
        said = _SAID_WITH_I.sub("\\1", word)
        if said != word:
            spelled = {romanise(said, c) for c in (False, True)}
            if "สด" in said:
                # Spelled so, a closing ส before the stop is written s, as Sanskrit has it
                # (สวัสดิ์: Sawasdi, where the royal system's Sawat says t).
                spelled |= {r.replace("td", "sd") for r in spelled}
            others |= spelled
        if word.endswith(("นต์", "นท์", "นธ์")):
            others.update(romanise(word, c) + "t" for c in (False, True))
    others |= _read_by_words(word)
    others |= _two_syllables_led(word)
    led = _LED_BEFORE_I.match(word)
    if led and led.group(3) not in "รล" and not clusters(led.group(2), led.group(3)):
        # เ and ◌ิ around two consonants are oe where the second is ร or ล (เจริญ: cha-roen,
        # เฉลิม: cha-loem), and two vowels as often elsewhere (เนวิน: ne-win; เทวินทร์).
        others.update(
            romanise(led.group(1)) + romanise(word[len(led.group(1)) :], c) for c in (False, True)
        )
    if len(word) > 2 and word[-1] == "ร" and is_consonant(word[-2]) and word[-2] in "ตทธดภ":
        # A closing stop and ร, where Thai says the stop alone (มิตร: mit; วัตร: wat), is said
        # with its ร, as the Sanskrit is spelled (Mitra, Shinawatra; ภัทร: Bhadra).
        others.update(romanise(word, c) + "ra" for c in (False, True))
    if len(word) > 2 and word[-1] == "ร" and word[-2] in "ิี" and is_consonant(word[-3]):
        # A Pali stem closing on ร after i is said with its a, as written with ะ (วชิร: wa-chi-
        # ra, Wachira; วีร: Wira), besides the n Thai closes ร with (Wachin).
        others.update(romanise(word + "ะ", c) for c in (False, True))
    return tuple(sorted(others - {own}))


# รร before ม and a vowel (ธรรมะ), whose ม links two syllables.
_AM_LINKED = regex.compile("รรม(?=[ะาิีึืุู])")
# A leading vowel before three consonants and nothing else (and a ร a stop before it leaves
# unsaid: เกษตร), marks aside.
_LED_THREE = regex.compile("^([เแโ])([ก-ฮ])([ก-ฮ])([ก-ฮ])(ร?)$")
_STOPS = frozenset("กขคจชดตถทธบปพภ")
# เ, a consonant, and another with ◌ิ, at the start of a word.
_LED_BEFORE_I = regex.compile("^(เ([ก-ฮ]))([ก-ฮ])\u0e34")


def _two_syllables_led(word: str) -> set[str]:
    """A leading vowel and three consonants are two syllables, for Thai closes a syllable on
    one consonant: the first consonant with a short a and the vowel on the second (เกษม:
    ka-sem; แสวง: sa-waeng; เขมร: kha-men; เกษตร: ka-set), or the vowel on the first and an
    unwritten o on the second (เกษร: ke-son; โสภณ: so-phon). Which, only the word knows. Not
    where the first two begin one syllable (เปรม), nor a stop and ร, said as the stop alone
    (เพชร: phet)."""
    bare = "".join(c for c in word if c not in "\u0e48\u0e49\u0e4a\u0e4b")
    led = _LED_THREE.match(bare)
    if not led:
        return set()
    vowel, first, second, third, unsaid = led.groups()
    if clusters(first, second) or "อ" in (second, third) or (second in _STOPS and third == "ร"):
        return set()
    if unsaid and third not in _STOPS:
        return set()
    split = {INITIAL[first] + "a" + romanise(vowel + second + third)}
    if not unsaid:
        split.add(romanise(vowel + first) + INITIAL[second] + "o" + FINAL[third])
    return split


# Readings of a compound read a word at a time, at most: each word's own readings, combined.
WORDS_READ = 16


def _read_by_words(word: str) -> set[str]:
    """A compound name read a word at a time, as a Thai dictionary cuts it (วิมลศิริ: wimon-
    siri, where read whole the syllables fall wim-la-siri; อมรสิริ: amon-siri; ศรีสมบัติ:
    si-sombat). Thai writes no space between the words of a compound, nor a vowel in many of
    their syllables, so where one word ends says how the letters around it are read. The cut
    is PyThaiNLP's maximal matching against its word list (`_words`); a piece that is no word
    and carries no vowel belongs to the piece before it (กาญจนวรรณ, cut กา|ญจน|วรรณ, is
    กาญจน|วรรณ)."""
    pieces = _whole_pieces(_words(word))
    if len(pieces) < 2:
        return set()
    options = []
    for piece in pieces[:-1]:
        # A Pali or Sanskrit stem joined to the next word says its last consonant with the
        # linking a, the one before it closing a syllable too (กาญจน|วรรณ: kan-cha-na-wan;
        # ภัทร|ภร: phat-tha-ra-phon; ธีร|โชติ: thi-ra-chot), as the stem written with its
        # vowel reads (วัชระ, ธีระ).
        linked = (romanise(piece + "ะ", link=1), romanise(piece + "ะ")) if _stem(piece) else ()
        options.append(dict.fromkeys((romanise(piece), *linked, *readings(piece, last=False))))
    last = pieces[-1]
    options.append(dict.fromkeys((romanise(last), romanise(last, True), *readings(last))))
    return {"".join(read) for read in itertools.islice(itertools.product(*options), WORDS_READ)}


def _stem(piece: str) -> bool:
    """A word ending as a Pali or Sanskrit stem does: a vowel written, then two consonants
    with none after them (ทัศน, จันทร, วัชร), or ร after a long vowel (ธีร); not อ, ว or ย
    before the last, which are vowels there (ทอง, สวย)."""
    if len(piece) < 3 or not is_consonant(piece[-1]):
        return False
    if piece[-1] == "ร" and piece[-2] in "ีูา":
        return True
    vowel = any(c in FOLLOWING or c in LEADING for c in piece[:-2])
    return vowel and is_consonant(piece[-2]) and piece[-2] not in "อวย"


def _whole_pieces(pieces: tuple[str, ...]) -> list[str]:
    """The pieces, each one that is no word and has no vowel joined to the one before it
    (the first, to the one after it)."""
    whole: list[str] = []
    for piece in pieces:
        if whole and not (_readable(piece) and _readable(whole[-1])):
            whole[-1] += piece
        else:
            whole.append(piece)
    return whole


def _readable(piece: str) -> bool:
    return piece in _dictionary() or any(c in FOLLOWING or c in LEADING for c in piece)


@functools.lru_cache(maxsize=65536)
def _words(word: str) -> tuple[str, ...]:
    """The word cut by PyThaiNLP's maximal matching over its default word list (the words of
    `_dictionary`, in a trie it builds once)."""
    from pythainlp.tokenize.newmm import segment

    return tuple(segment(word))


@functools.cache
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return thai_words()


# A stop and the vowel i, written silent (ดิ์, ติ์, ทิ์, ธิ์): the mark taken away.
_SAID_WITH_I = regex.compile("([ดตทธ]\u0e34)\u0e4c")
