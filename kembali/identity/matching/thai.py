"""Thai names in Latin letters, close to the Royal Thai General System that passports use.

ICU's Thai-Latin is a letter-for-letter transliteration (ทองดี → "thxngdi") that nobody
writes. Here: silent letters (marked ์) dropped, leading vowels read after their consonant,
and a consonant closing a syllable spelled as it sounds there (ด, ศ, ษ → t; ณ, ร, ล → n).
The vowels Thai does not write are read in (สมพร: som-phon, กมล: ka-mon), and
`thai_readings.py` gives the spellings people commonly use besides (จ as j, a closing ล as l,
ร as rn); `thai_latin.py` gives them for a Thai name already written in Latin letters.
"""

import functools

import regex

INITIAL = {
    "ก": "k", "ข": "kh", "ฃ": "kh", "ค": "kh", "ฅ": "kh", "ฆ": "kh", "ง": "ng", "จ": "ch",
    "ฉ": "ch", "ช": "ch", "ซ": "s", "ฌ": "ch", "ญ": "y", "ฎ": "d", "ฏ": "t", "ฐ": "th",
    "ฑ": "th", "ฒ": "th", "ณ": "n", "ด": "d", "ต": "t", "ถ": "th", "ท": "th", "ธ": "th",
    "น": "n", "บ": "b", "ป": "p", "ผ": "ph", "ฝ": "f", "พ": "ph", "ฟ": "f", "ภ": "ph",
    "ม": "m", "ย": "y", "ร": "r", "ล": "l", "ว": "w", "ศ": "s", "ษ": "s", "ส": "s",
    "ห": "h", "ฬ": "l", "อ": "", "ฮ": "h",
}  # fmt: skip
FINAL = {
    **{c: "k" for c in "กขคฆ"},
    **{c: "t" for c in "จชซฌฎฏฐฑฒดตถทธศษส"},
    **{c: "n" for c in "ญณนรลฬ"},
    **{c: "p" for c in "บปพฟภ"},
    "ง": "ng",
    "ม": "m",
    "ย": "i",
    "ว": "o",
}
# Closing sounds as either the system or common spellings write them.
FINALS = frozenset(FINAL.values()) | {"l", "rn", "w"}
LEADING = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
# Vowels written in two or three pieces around their consonant, once brought together:
OE = "\ue000"  # เ◌ิ (เดิน: doen)
UEA = "\ue001"  # เ◌ือ (เมือง: mueang)
IA = "\ue002"  # เ◌ีย (เชียง: chiang)
AO = "\ue003"  # เ◌า (เก้า: kao)
SHORT_O = "\ue004"  # เ◌าะ (เกาะ: ko)
UA = "\ue005"  # ◌ัว (บัว: bua)
FOLLOWING = {
    "ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue",
    "ุ": "u", "ู": "u", "ๅ": "", OE: "oe", UEA: "uea", IA: "ia", AO: "ao", SHORT_O: "o",
    UA: "ua",
}  # fmt: skip
SILENT = "\u0e4c"  # thanthakhat: the letter before it is not spoken
MARKS = set("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4d\u0e4e")  # tone marks, maitaikhu


def is_consonant(char: str) -> bool:
    return char in INITIAL


# After เ and its consonant, the pieces that close each, the longest first.
_TAILS = (("ือ", UEA), ("ีย", IA), ("าะ", SHORT_O), ("า", AO), ("ิ", OE))
CLUSTER_STARTS = "กขคตปผพบดทศส"


def clusters(first: str, second: str) -> bool:
    """Whether two consonants begin one syllable: these with ร and ล (กราบ, ปลา, ศรี), and
    ก ข ค with ว (ขวัญ); บุญรัตน์ is bun-rat, สวัสดิ์ sa-wat."""
    return (first in CLUSTER_STARTS and second in "รล") or (first in "กขค" and second == "ว")


_LONG = "าีูื" + UEA + IA + AO + UA
# Vowels that leave their syllable open, so that a bare consonant after them starts one.
_OPEN = "ิีึุูาะ" + UEA + IA + AO + SHORT_O + UA
_GLIDES = (["i"], ["o"], ["w"])  # ย and ว closing a syllable, as written
# Consonants that also stand for vowels (ทอง, สวน, ชาย): a run holding them is read letter by
# letter below.
_VOWEL_LIKE = "อวย"


def _bare_run(chars: list[str], index: int) -> list[str]:
    """The consonants from `index` written with no vowel at all (สมพร, กมล), when a syllable
    starts there: at the start of a word or after an open syllable (ศิริพร)."""
    after_ai = (
        index >= 2
        and chars[index - 2] in "ใไ"
        and is_consonant(chars[index - 1])
        and not clusters(chars[index - 1], chars[index])
    ) or (index >= 3 and chars[index - 3] in "ใไ" and clusters(chars[index - 2], chars[index - 1]))
    # A first อ before bare consonants is the vowel a, an open syllable (อมร: a-mon).
    after_a = index == 1 and chars[0] == "อ"
    if index and chars[index - 1] not in _OPEN + "ำ" and not after_ai and not after_a:
        # (ใ and ไ leave their syllable open too: ไชยมงคล, chai-mong-khon.)
        return []
    run: list[str] = []
    for char in chars[index:]:
        # อ, ว, ย are consonants only at the start (วง: wong; ทอง: thong).
        if not is_consonant(char) or (run and char in _VOWEL_LIKE):
            break
        run.append(char)
    at = index + len(run)
    following = chars[at] if at < len(chars) else ""
    # อ between consonants is the vowel o of the one before it (กรอง: krong, พร้อม: phrom).
    o_vowel = following == "อ" and at + 1 < len(chars) and is_consonant(chars[at + 1])
    if run and following and (o_vowel or not is_consonant(following)) and following not in LEADING:
        # The last of the run carries a vowel: it starts the next syllable (a leading vowel
        # is the next consonant's: วรเทพ is won-thep or wo-ra-thep).
        following = run.pop()
    if run and following and clusters(run[-1], following):
        # ...with the consonant before it, when the two are a cluster (สมศรี: som-si).
        run.pop()
    if index and following:
        # Inside a word, only a run that ends it (ศิริพร); สุขสวัสดิ์ is suk-sawat.
        return []
    if index and len(run) == 2 and not after_ai and _silent_second(chars[index - 1], *run):
        return []
    if run and run[0] == "อ":
        return []
    return run


def _silent_second(vowel: str, first: str, second: str) -> bool:
    """Two consonants after a vowel that close its syllable, the second not spoken: ร after
    a stop (บุตร: but, มาตร: mat; after า, ต only: ภราดร is pha-ra-don, อาทร a-thon);
    after a long vowel, a stop after the first (กาญจน์: kan, ราษฎร์: rat); after a short
    one, two of one closing sound, as Pali doubles them (พุทธ: phut), or a stop after a
    nasal (สิญจน์: sin). Any other two are a syllable (ดิลก: di-lok, ธิปก: thi-pok, ธนิสร:
    tha-ni-son; ศิริพร: -phon; ชญาธร: -thon), and always after ะ, which says its syllable
    ends there (ประจบ: pra-chop)."""
    if vowel == "ะ":
        return False
    if second == "ร":
        return first in ("ต" if vowel == "า" else "ตทชจด")
    sound = FINAL.get(second)
    if vowel in "ิุึ":
        return sound not in ("n", "m", "ng") and (FINAL.get(first) == sound or first in "ญณนม")
    return sound not in ("n", "m", "ng")


def _initial(char: str, j: bool) -> str:
    """A consonant starting a syllable; `j`: จ as j."""
    return "j" if j and char == "จ" else INITIAL[char]


def _read_bare(run: list[str], final: dict[str, str], j: bool, lone: int = 0) -> str:
    """Unwritten vowels: each two consonants are consonant, o, closing consonant (สมพร:
    som-phon), and of an odd number one takes a: the first (กมล: ka-mon), or, `lone`, the
    one after that many pairs (พงศกร: phong-sa-kon)."""
    if lone == 4 and len(run) >= 3:
        # …or, `lone` 4, each but the last two with a, as a Pali stem joined to a syllable
        # is said (พชรพล: pha-cha-ra-phon, Pacharapol).
        return "".join(_initial(c, j) + "a" for c in run[:-2]) + _bare_pairs(run[-2:], final, j)
    if lone == 3 and len(run) == 3 and clusters(run[0], run[1]):
        # …or, `lone` 3, three where the first two are a cluster: the cluster, o and the
        # closing consonant (พรม: phrom, as พรหม, Phrom, is said).
        return _initial(run[0], j) + INITIAL[run[1]] + "o" + final.get(run[2], INITIAL[run[2]])
    if not len(run) % 2:
        if lone and len(run) >= 4:
            # …or, of an even number, the first two (ธนพล: tha-na-phon).
            return (
                _initial(run[0], j)
                + "a"
                + _initial(run[1], j)
                + "a"
                + _bare_pairs(run[2:], final, j)
            )
        return _bare_pairs(run, final, j)
    at = 2 * min(lone, len(run) // 2)
    lone_syllable = _initial(run[at], j) + "a"
    return _bare_pairs(run[:at], final, j) + lone_syllable + _bare_pairs(run[at + 1 :], final, j)


def _bare_pairs(run: list[str], final: dict[str, str], j: bool) -> str:
    return "".join(
        _initial(first, j) + "o" + final.get(second, INITIAL[second])
        for first, second in zip(run[::2], run[1::2], strict=True)
    )


def _double_ro(chars: list[str]) -> list[str]:
    """รร after a consonant is the vowel a, and an n besides when no consonant closes it
    (พรรณี: phan-ni; สรร: san; จรรยา: chan-ya): written as ั, which is read so."""
    out: list[str] = []
    index = 0
    while index < len(chars):
        following = chars[index + 2] if index + 2 < len(chars) else ""
        if (
            chars[index : index + 2] == ["ร", "ร"]
            and out
            and is_consonant(out[-1])
            and (not following or is_consonant(following) or following in LEADING)
        ):
            # (Not where the second ร carries a vowel: เพชรรัตน์ is phet-rat.) Before a
            # leading vowel, the consonant after it starts the next syllable (บรรเลง: ban-leng),
            # and before two that end the word (บรรจง: ban-chong).
            last_two = index + 4 == len(chars) and is_consonant(chars[index + 3])
            # …and before one that carries a vowel, which starts the next syllable (จรรยา:
            # chan-ya, ครรชิต: khan-chit).
            voweled = index + 3 < len(chars) and chars[index + 3] in FOLLOWING
            closed = is_consonant(following) and not last_two and not voweled
            out += ["ั"] if closed else ["ั", "น"]
            index += 2
            continue
        out.append(chars[index])
        index += 1
    return out


def _rue(chars: list[str]) -> list[str]:
    """ฤ, a vowel letter of Sanskrit words, read as ร with its vowel: ri after the consonants
    it follows in กฤษณ์ (krit), ตฤ, ทฤ, ปฤ, ศฤ, สฤ and in ฤทธิ์ (rit); rue elsewhere (นฤมล:
    na-rue-mon, พฤกษ์: phruek)."""
    out: list[str] = []
    for index, char in enumerate(chars):
        if char != "ฤ":
            out.append(char)
            continue
        before = chars[index - 1] if index else ""
        following = chars[index + 1] if index + 1 < len(chars) else ""
        short_i = before in "กตทปศส" if before else following == "ท"
        out += ["ร", "ิ" if short_i else "ึ"]
    return out


# Low consonants that a silent ห before them gives another tone: ห นำ.
_LED_BY_HO = frozenset("งญนมยรลว")


def _silent_ho(chars: list[str]) -> list[str]:
    """ห before a low consonant that starts a syllable is not said (หมื่น: muen, หนอง: nong,
    เหล็ก: lek, ใหญ่: yai, อะหมัด: a-mat): it marks the tone. Where the consonant after it
    closes the syllable, ห is the syllable's own (หงส์: hong)."""
    out: list[str] = []
    for index, char in enumerate(chars):
        following = chars[index + 1] if index + 1 < len(chars) else ""
        after = chars[index + 2] if index + 2 < len(chars) else ""
        led = (
            char == "ห"
            and following in _LED_BY_HO
            and (
                after in FOLLOWING
                or after == "อ"
                or (index and chars[index - 1] in LEADING)
                # ว between two consonants is the vowel ua (หนวด: nuat, หลวง: luang).
                or (after == "ว" and index + 3 < len(chars) and is_consonant(chars[index + 3]))
            )
        )
        if not led:
            out.append(char)
    return out


def _unsaid_yo(chars: list[str]) -> list[str]:
    """ไชย and ไทย write a ย after ไ and its consonant that is not said (ไชยวงศ์: chai-wong,
    ศรีไทย: si-thai), unless a vowel follows it (ไชยา: chai-ya)."""
    return [
        char
        for index, char in enumerate(chars)
        if not (
            char == "ย"
            and index >= 2
            and chars[index - 2] in "ใไ"
            and is_consonant(chars[index - 1])
            and chars[index + 1 : index + 2] not in ([c] for c in FOLLOWING)
        )
    ]


def _split_vowels(chars: list[str]) -> list[str]:
    """Vowels written around their consonant as one (`_TAILS`; ◌ัว). With two consonants
    inside and no cluster, the first is a syllable of its own with a short a (เจริญ:
    cha-roen, เสมือน: sa-muean) — except before า, where it carries the e (เวลา: we-la)."""
    out: list[str] = []
    index = 0
    while index < len(chars):
        if chars[index] == "ั" and chars[index + 1 : index + 2] == ["ว"] and out:
            out.append(UA)
            index += 2
            continue
        if chars[index] == "เ" and index + 1 < len(chars) and is_consonant(chars[index + 1]):
            first = chars[index + 1]
            second = chars[index + 2] if index + 2 < len(chars) else ""
            found = _tail(chars, index + 2)
            if found:
                out += [first, found[0]]
                index += 2 + found[1]
                following = chars[index + 1] if index + 1 < len(chars) else ""
                if found[0] == IA and chars[index : index + 1] == ["ร"]:
                    # ร between ia and a consonant is not said (เกียรติ: kiat)
                    index += int(is_consonant(following))
                continue
            found = _tail(chars, index + 3) if is_consonant(second) else None
            if found and (found[0] != AO or clusters(first, second)):
                if first in "สศซ" and second == "ร":
                    out += [first, found[0]]  # ร after s is silent (ประเสริฐ: pra-soet)
                elif clusters(first, second):
                    out += [first, second, found[0]]
                else:
                    out += [first, "ะ", second, found[0]]
                index += 3 + found[1]
                continue
        out.append(chars[index])
        index += 1
    return out


def _tail(chars: list[str], at: int) -> tuple[str, int] | None:
    """The vowel whose closing piece is written at `at`, and how many letters that piece is."""
    for written, vowel in _TAILS:
        if chars[at : at + len(written)] == list(written):
            after = chars[at + 1 : at + 3]
            if vowel == OE and (not after or (len(after) == 2 and after[1] in FOLLOWING)):
                # เ◌ิ closes on a consonant; one that carries a vowel of its own starts the
                # next syllable, and the ิ is the vowel of the one before it (เจมิกา: che-mi-ka,
                # เกศินี: ke-si-ni; เจริญ: cha-roen), as it is where nothing follows (เนติ:
                # ne-ti).
                continue
            return vowel, len(written)
    return None


# How names are often written besides the system: จ as j (Jaroen for Charoen), a closing ล
# as l (Thanapol for Thanaphon), a closing ร as rn (Porntip for Phonthip), a closing ว as w
# (Kaew for Kaeo), เ◌ิ as er.
COMMON_FINAL = {**FINAL, "ล": "l", "ร": "rn", "ว": "w"}
# Closing consonants said t, written as their letters are in English spellings (Prapas,
# Charaspong: จรัสพงษ์; Kris; Prapoj: ประพจน์; Boonlerd, Sudjai: สุดใจ).
SPELLED_FINAL = {**COMMON_FINAL, **dict.fromkeys("สศษ", "s"), "จ": "j", "ด": "d"}
SPELLED_FINALS = FINALS | frozenset(SPELLED_FINAL.values())


# ำ typed as its two pieces, nikhahit and sara aa, as older keyboards and documents write it,
# with a tone mark before or between them (น้ำ as น ้ ํ า): one vowel, written so.
_SARA_AM_IN_PIECES = regex.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def one_sara_am(word: str) -> str:
    return _SARA_AM_IN_PIECES.sub("\\1\u0e33", word) if "\u0e4d" in word else word


# Closing consonants of Pali and Sanskrit words that also start the syllable after, with the
# vowel a (วัฒนา: wat-tha-na, Watthana; รัชนี: Ratchanee; กัลยา: Kanlaya; บุษบา: Butsaba;
# ผุสดี: Phutsadi).
_LINKING = frozenset("ฒชลษศสฐทธ")


def _ua_after_first(after: str) -> str:
    """ว after a word's first consonant and before another, `after` the letter after that:
    the vowel ua (ชวน: chuan), or a syllable wa of its own when the other carries a vowel
    (ชวลิต: cha-wa-lit)."""
    return "awa" if after in FOLLOWING else "ua"


def _wo_or_ua(before: str, after: str, finals: frozenset[str]) -> str:
    """ว before a consonant, after what is read so far (`before`, the last sound) and with
    `after` the letter after the consonant: after a closed syllable, before a consonant that
    closes the word, it starts a syllable of its own with the vowel o unwritten (ทองวงศ์:
    thong-wong); between two bare consonants it is the vowel ua (สวน: suan), not after แก้."""
    if before in finals and not (after and not is_consonant(after)):
        return "wo"
    return "" if set(before) & set("aeiou") else "ua"


@functools.lru_cache(maxsize=65536)
def romanise(
    word: str,
    common: bool = False,
    j: bool = False,
    lone: int = 0,
    link: int = 0,
    spelled: bool = False,
) -> str:
    """`common`: a closing ล and ร as `COMMON_FINAL` writes them; `spelled`: and the closing
    consonants said t as `SPELLED_FINAL` does; `j`: จ as j; `lone`: where the consonant of
    an odd run of bare ones is read with a (`_read_bare`); `link`: 1, a closing consonant of
    a Pali or Sanskrit word also starting the next syllable (`_LINKING`); 2, starting it
    only, as Latin letters often write it (บุษบา: Busaba, Bussaba; รัชนี: Rachanee)."""
    word = one_sara_am(word)
    end = word.find(SILENT)
    if 0 <= end < len(word) - 1:
        # A silent letter ends a word of a compound name (วงศ์มณี: wong-mani, not wa-ngom-ni):
        # each is read alone.
        return romanise(word[: end + 1], common, j, lone, link, spelled) + romanise(
            word[end + 1 :], common, j, lone, link, spelled
        )
    final = SPELLED_FINAL if spelled else COMMON_FINAL if common else FINAL
    finals = SPELLED_FINALS if spelled else FINALS
    chars = [c for c in word if c not in MARKS]
    # Drop each silent letter with its mark (สมศักดิ์ → สมศัก, จันทร์ → จัน).
    kept: list[str] = []
    for char in chars:
        if char == SILENT:
            # With the vowel written on it, if any (สมศักดิ์: ดิ is silent).
            if kept and kept[-1] in FOLLOWING:
                kept.pop()
            silent = kept.pop() if kept else ""
            if kept and kept[-1] == "ท" and silent == "ร":
                # ทร์ is silent as a whole (จันทร์: chan); ทธ์ is not (ประยุทธ์: prayut).
                kept.pop()
            continue
        kept.append(char)
    kept = _split_vowels(_double_ro(_silent_ho(_rue(_unsaid_yo(kept)))))
    out: list[str] = []
    pending = ""
    skip_to = 0
    for index, char in enumerate(kept):
        if index < skip_to:
            continue
        run = _bare_run(kept, index)
        if (
            len(run) >= 3
            and len(run) % 2
            and index
            and kept[index - 1] in "ิุ"
            and run[0] != "ร"
            and not pending
        ):
            # After a short vowel, the first of an odd run closes its syllable (บุญส่ง:
            # bun-song, not bu-ya-song); ร starts one (สุรพล: su-ra-phon).
            out.append(final.get(run[0], INITIAL[run[0]]) + _read_bare(run[1:], final, j, lone))
            skip_to = index + len(run)
            continue
        if len(run) >= 2 and not pending:
            out.append(_read_bare(run, final, j, lone))
            skip_to = index + len(run)
            if (
                link == 1
                and not len(run) % 2
                and run[-1] in _LINKING
                and skip_to < len(kept)
                and is_consonant(kept[skip_to])
            ):
                # A linking consonant closing a bare syllable starts the next too (พลวัฒน์:
                # phon-la-wat; ชลดา: chon-la-da).
                out.append(_initial(run[-1], j) + "a")
            continue
        if char in LEADING:
            pending = LEADING[char]
            continue
        if is_consonant(char):
            nxt = kept[index + 1] if index + 1 < len(kept) else ""
            after = kept[index + 2] if index + 2 < len(kept) else ""
            cluster = (
                clusters(char, nxt)
                and after in FOLLOWING
                # A linking ส, ศ or ท after a short vowel closes it before ร too (อิสระ:
                # it-sa-ra).
                and not (link and char in _LINKING and index and kept[index - 1] in "ัิุ")
            )
            starts = (
                index == 0
                or kept[index - 1] in LEADING
                # ำ closes its syllable (ลำดวน: lam-duan).
                or kept[index - 1] == "ำ"
                # A leading vowel belongs to the syllable after (บุญเพ็ญ: bun-phen).
                or bool(nxt and not is_consonant(nxt) and nxt not in LEADING)
                # อ between two consonants is their vowel o (มีสอน: mi-son, คล้ายสอน:
                # khlai-son).
                or (nxt == "อ" and is_consonant(after))
                # ใ and ไ leave their syllable open (ใจช่วย: chai-chuai), but for the ย
                # that ไชย and ไทย write and do not say.
                or (
                    index >= 2
                    and kept[index - 2] in "ใไ"
                    and is_consonant(kept[index - 1])
                    and char != "ย"
                )
                or cluster
            )
            if pending and nxt in "รล" and clusters(char, nxt) and after not in FOLLOWING:
                # A cluster after a leading vowel: the vowel follows both (ไกร: krai, เปรม:
                # prem, แพร: phrae); ว after one closes it (แก้ว: kaeo).
                out.append(_initial(char, j))
                continue
            if (
                index == 0
                and char != "อ"
                and is_consonant(nxt)
                and after in FOLLOWING
                and not clusters(char, nxt)
            ):
                # A first consonant before one that carries a vowel is a syllable of its own
                # with the vowel a unwritten (มณี: ma-ni).
                out.append(_initial(char, j) + "a")
            elif char == "อ" and index and not starts:
                out.append("o")
            elif char == "อ" and not index and is_consonant(nxt) and nxt != "ย":
                # A word-initial อ before a bare consonant is the vowel a (อนุชา: a-nu-cha).
                out.append("a")
            elif (
                char == "ว"
                and index
                and not pending
                and is_consonant(nxt)
                and out
                and (
                    vowel := _ua_after_first(after)
                    if index == 1
                    else _wo_or_ua(out[-1], after, finals)
                )
            ):
                # (After a word's first consonant, ว between two is ua (หลวง, luang) unless the
                # second carries a vowel: ชวลิต, cha-wa-lit.)
                out.append(vowel)
            elif (
                link == 1
                and char in _LINKING
                and not pending
                and index >= 2
                and kept[index - 2] in LEADING
                and is_consonant(kept[index - 1])
                and (nxt in FOLLOWING or (is_consonant(nxt) and after in FOLLOWING))
            ):
                # A linking consonant after a syllable a leading vowel leaves open closes it
                # too, as it does after a short vowel (เกศินี: ket-si-ni); bare before a
                # consonant that carries a vowel, it is a syllable with a (เจษฎา: chet-sa-da).
                out.append(final[char] + _initial(char, j) + ("" if nxt in FOLLOWING else "a"))
            elif starts or pending:
                out.append(_initial(char, j) + pending)
                pending = ""
            elif (
                link
                and kept[index - 1] in "ัา"
                and nxt in "รว"
                and char not in "รวยอ"
                and is_consonant(after)
                and after not in "รวยอ"
            ):
                # The joint of a Pali or Sanskrit compound: the closing consonant starts the
                # next syllable too, and ร or ว after it is one of its own (ภัทรประสิทธิ์:
                # phat-tha-ra-pra-sit; วัชรพล: wat-cha-ra-phon; อัศวเทพ: at-sa-wa-thep).
                out.append(
                    final.get(char, INITIAL[char]) + _initial(char, j) + "a" + INITIAL[nxt] + "a"
                )
                skip_to = index + 2
            elif (
                char == "ร"
                and not nxt
                and index >= 3
                and is_consonant(kept[index - 1])
                and is_consonant(kept[index - 2])
                and (kept[index - 3] in FOLLOWING or (len(out) >= 2 and out[-2] in finals))
                and out
            ):
                # A consonant after a closed syllable and a closing ร: a syllable of its own
                # with o unwritten (อัมพร: am-phon, กองพร: kong-phon), not a second closing
                # consonant.
                out[-1] = _initial(kept[index - 1], j) + "o" + final.get(char, INITIAL[char])
            elif (
                nxt
                and not after
                and is_consonant(nxt)
                and nxt not in _VOWEL_LIKE
                and nxt != "ร"
                and is_consonant(kept[index - 1])
                and out
                and out[-1] in finals
            ):
                # Two consonants after a closed syllable end the word as a syllable of their
                # own with o unwritten (มั่นคง: man-khong).
                out.append(_initial(char, j) + "o" + final.get(nxt, INITIAL[nxt]))
                skip_to = index + 2
            elif char == "ร" and is_consonant(kept[index - 1]) and out and out[-1] in finals:
                # ร after a closing consonant is not spoken (เพชร: phet, บุตร: but).
                continue
            elif (
                not nxt
                and index >= 2
                and is_consonant(kept[index - 1])
                and kept[index - 2] in FOLLOWING
            ):
                # Nor is a second closing consonant at the end (ลักษณ์: lak), but after a long
                # a the two are a syllable of their own with o unwritten (มานพ: ma-nop) —
                # not where a silent letter was taken away (กาญจน์: kan).
                middle = kept[index - 1]
                if (
                    kept[index - 2] == "า"
                    and middle != "ร"
                    and SILENT not in word
                    and out
                    and out[-1] == final.get(middle)
                ):
                    out[-1] = _initial(middle, j) + "o" + final.get(char, INITIAL[char])
                continue
            elif (
                (kept[index - 1] in _LONG or (kept[index - 1] in "ยว" and out[-1:] in _GLIDES))
                # ญ and ย after a long vowel close it (ชาญชัย: chan-chai, ประกายดาว:
                # pra-kai-dao), and ว after ia (เขียวจันทร์: khiao-chan); after า, ว may
                # start one (สุภาวดี: su-pha-wa-di).
                and char not in "ญย"
                and not (char == "ว" and kept[index - 1] == IA)
                and is_consonant(nxt)
                and after in FOLLOWING
                and not clusters(char, nxt)
            ):
                # After a long vowel or a closing ย or ว, a consonant before one that
                # carries a vowel is a syllable of its own with the vowel a unwritten
                # (มณีสวัสดิ์: mani-sawat, ชัยมณี: chai-mani).
                out.append(_initial(char, j) + "a")
            elif (
                out
                and out[-1][-1:] not in ("a", "e", "i", "o", "u")
                and is_consonant(kept[index - 1])
                and is_consonant(nxt)
                and after in FOLLOWING
            ):
                # After a closed syllable, before one that starts: a syllable of its own with
                # the vowel not written (กาญจนา: kan-cha-na, สุขสวัสดิ์: suk-sa-wat).
                out.append(_initial(char, j) + "a")
            elif (
                char == "ร"
                and kept[index - 1] in "ุิ"
                and (
                    nxt in LEADING
                    or (is_consonant(nxt) and (after in FOLLOWING or after in LEADING))
                )
            ):
                # ร after a short vowel, before a syllable that starts: a syllable of its
                # own (สุรชัย: su-ra-chai, not sun-chai; สุรเชษฐ์: su-ra-chet).
                out.append("ra")
            elif (
                link
                and char in _LINKING
                and kept[index - 1] in "ัิุา"
                and (
                    (is_consonant(nxt) and after in FOLLOWING)
                    or nxt in LEADING
                    # …or two consonants that end the word as a syllable (รัชนก: rat-cha-nok)
                    or (index + 3 == len(kept) and is_consonant(nxt) and is_consonant(after))
                )
            ):
                closing = final.get(char, INITIAL[char]) if link == 1 else ""
                out.append(closing + _initial(char, j) + "a")
                if index + 3 == len(kept) and is_consonant(nxt) and is_consonant(after):
                    out.append(_initial(nxt, j) + "o" + final.get(after, INITIAL[after]))
                    skip_to = index + 3
            else:
                out.append(final.get(char, INITIAL[char]))
            continue
        out.append(FOLLOWING.get(char, ""))
    return "".join(out) + pending
