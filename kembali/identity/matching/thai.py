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
    "ุ": "u", "ู": "u", "ๅ": "", "\ue000": "oe",
}  # fmt: skip
SILENT = "\u0e4c"  # thanthakhat: the letter before it is not spoken
MARKS = set("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4d\u0e4e")  # tone marks, maitaikhu


def _is_consonant(char: str) -> bool:
    return char in INITIAL


OE = "\ue000"  # stands for the vowel เ◌ิ once its two halves are brought together
CLUSTER_STARTS = "กขคตปผพบดทศส"


def _vowel_oe(chars: list[str]) -> list[str]:
    """เ◌ิ is one vowel, oe (เดิน: doen). With two consonants inside and no cluster, the
    first is a syllable of its own with a short a (เจริญ: cha-roen)."""
    out: list[str] = []
    index = 0
    while index < len(chars):
        window = chars[index : index + 4]
        if window[:1] == ["เ"] and len(window) >= 3 and _is_consonant(window[1]):
            if window[2] == "ิ":
                out += [window[1], OE]
                index += 3
                continue
            if len(window) == 4 and _is_consonant(window[2]) and window[3] == "ิ":
                if window[1] in CLUSTER_STARTS and window[2] in "รลว":
                    out += [window[1], window[2], OE]
                else:
                    out += [window[1], "ะ", window[2], OE]
                index += 4
                continue
        out.append(chars[index])
        index += 1
    return out


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
    kept = _vowel_oe(kept)
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
            cluster = char in CLUSTER_STARTS and nxt in "รลว" and after in FOLLOWING
            starts = (
                index == 0
                or kept[index - 1] in LEADING
                # A leading vowel belongs to the syllable after (บุญเพ็ญ: bun-phen).
                or bool(nxt and not _is_consonant(nxt) and nxt not in LEADING)
                or cluster
            )
            if char == "อ" and index and not starts:
                out.append("o")
            elif (
                char == "ว"
                and index
                and nxt
                and _is_consonant(nxt)
                and out
                and not set(out[-1]) & set("aeiou")
            ):
                # ว between two bare consonants is the vowel ua (สวน: suan), not after แก้.
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
