"""Thai names in Latin letters, close to the Royal Thai General System that passports use.

ICU's Thai-Latin is a letter-for-letter transliteration (ทองดี → "thxngdi") that nobody
writes. Here: silent letters (marked ์) dropped, leading vowels read after their consonant,
and a consonant closing a syllable spelled as it sounds there (ด, ศ, ษ → t; ณ, ร, ล → n).
"""

import functools

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
FINALS = frozenset(FINAL.values())
LEADING = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
FOLLOWING = {
    "ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue",
    "ุ": "u", "ู": "u", "ๅ": "",
}  # fmt: skip
SILENT = "\u0e4c"  # thanthakhat: the letter before it is not spoken
MARKS = set("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4d\u0e4e")  # tone marks, maitaikhu


def _is_consonant(char: str) -> bool:
    return char in INITIAL


@functools.lru_cache(maxsize=65536)
def romanise(word: str) -> str:
    chars = [c for c in word if c not in MARKS]
    # Drop each silent letter with its mark (สมศักดิ์ → สมศัก, จันทร์ → จัน).
    kept: list[str] = []
    for char in chars:
        if char == SILENT:
            # With the vowel written on it, if any (สมศักดิ์: ดิ is silent).
            if kept and kept[-1] in FOLLOWING:
                kept.pop()
            if kept:
                kept.pop()
            if kept and kept[-1] == "ท" and char == SILENT:
                kept.pop()
            continue
        kept.append(char)
    out: list[str] = []
    pending = ""
    for index, char in enumerate(kept):
        if char in LEADING:
            pending = LEADING[char]
            continue
        if _is_consonant(char):
            nxt = kept[index + 1] if index + 1 < len(kept) else ""
            after = kept[index + 2] if index + 2 < len(kept) else ""
            # Only these begin a cluster with ร, ล, ว (กราบ, ปลา, ขวา); บุญรัตน์ is bun-rat.
            cluster = char in "กขคตปผพบดท" and nxt in "รลว" and after in FOLLOWING
            starts = (
                index == 0
                or kept[index - 1] in LEADING
                # A leading vowel belongs to the syllable after (บุญเพ็ญ: bun-phen).
                or bool(nxt and not _is_consonant(nxt) and nxt not in LEADING)
                or cluster
            )
            if char == "อ" and index and not starts:
                out.append("o")
            elif char == "ว" and index and nxt and _is_consonant(nxt) and out:
                out.append("ua")
            elif starts or pending:
                out.append(INITIAL[char] + pending)
                pending = ""
            elif char == "ร" and _is_consonant(kept[index - 1]) and out and out[-1] in FINALS:
                # ร after a closing consonant is not spoken (เพชร: phet, บุตร: but).
                continue
            else:
                out.append(FINAL.get(char, INITIAL[char]))
            continue
        out.append(FOLLOWING.get(char, ""))
    return "".join(out) + pending
