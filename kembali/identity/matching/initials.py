"""Initials written in a script's own letters as the names of the English letters.

Sri Lankan and Bangladeshi records write a name's initials in Tamil, Sinhala or Bengali script
as the letters are called in English: ஏ. ஆர். ரகுமான் is A. R. Rahman, ඩී. එම්. ජයරත්න is
D. M. Jayaratne, এ কে এম ফজলুল হক is A. K. M. Fazlul Haque. Read as name syllables (es, ar,
em) they fit no name on the other side, and a person written so lost every initial. Read as
the letters they name, they are initials like S. and R.

Tamil also writes an initial as the first syllable of the name it stands for (க. for Kannan),
which is read as a short name already; Tamil avoids a first ர, so Ra is written இரா.
"""

import functools
import unicodedata

# Each word, as the script writes the letter's English name, and the letter.
_TAMIL = {
    "ஏ": "a", "பி": "p", "சி": "c", "டி": "d", "ஈ": "e", "எஃப்": "f", "எப்": "f", "ஜி": "g",
    "எச்": "h", "ஹெச்": "h", "ஐ": "i", "ஜே": "j", "கே": "k", "எல்": "l", "எம்": "m",
    "என்": "n", "ஓ": "o", "கியூ": "q", "ஆர்": "r", "எஸ்": "s", "யூ": "u", "வி": "v",
    "வீ": "v", "டபிள்யூ": "w", "டபிள்யு": "w", "எக்ஸ்": "x", "வை": "y", "ஒய்": "y",
    "இசட்": "z", "ஜெட்": "z", "இரா": "r",
}  # fmt: skip
_SINHALA = {
    "ඒ": "a", "බී": "b", "සී": "c", "ඩී": "d", "ඊ": "e", "එෆ්": "f", "ජී": "g", "එච්": "h",
    "අයි": "i", "ජේ": "j", "කේ": "k", "එල්": "l", "එම්": "m", "එන්": "n", "ඕ": "o", "පී": "p",
    "කියු": "q", "ක්යූ": "q", "ආර්": "r", "එස්": "s", "ටී": "t", "යූ": "u", "වී": "v",
    "ඩබ්ලිව්": "w", "ඩබ්ලියු": "w", "එක්ස්": "x", "වයි": "y", "ඉසෙඩ්": "z", "සෙඩ්": "z",
}  # fmt: skip
# Not এল (L): it is also the Arabic article as Bengali writes it (names.BENGALI_ARTICLES).
_BENGALI = {
    "এ": "a", "বি": "b", "সি": "c", "ডি": "d", "ই": "e", "এফ": "f", "জি": "g", "এইচ": "h",
    "আই": "i", "জে": "j", "কে": "k", "এম": "m", "এন": "n", "ও": "o", "পি": "p", "কিউ": "q",
    "আর": "r", "এস": "s", "টি": "t", "ইউ": "u", "ভি": "v", "ডব্লিউ": "w", "ডাব্লিউ": "w",
    "এক্স": "x", "ওয়াই": "y", "জেড": "z",
}  # fmt: skip
LETTER_NAMES = {
    unicodedata.normalize("NFC", word): letter
    for word, letter in {**_TAMIL, **_SINHALA, **_BENGALI}.items()
}
# A letter whose name is also the first syllable of names it may stand for, read so too.
OTHER_LETTERS = {
    "g": ("j",),  # ஜி. is G., or the initial of ஜீவன் (Jeevan)
    "e": ("i",),  # ஈ. is E., or the initial of ஈஸ்வரன் (Iswaran)
}

_JOINERS = str.maketrans("", "", "\u200c\u200d")


@functools.lru_cache(maxsize=4096)
def named_letter(word: str) -> str:
    """The letter a word written as its English name stands for ("" when it is not one)."""
    return LETTER_NAMES.get(unicodedata.normalize("NFC", word.translate(_JOINERS)), "")
