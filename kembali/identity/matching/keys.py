"""The blocking keys of a record and of a query, and their hashes.

A record is keyed by its names' parts ("t:"), two parts of one name ("p:"), an initial with
each part ("i:"), its father's name parts ("f:"), parts with its birth year ("y:") and full
date ("d:"), the date alone ("D:"), its town ("b:"), its nation ("n:") and the Burmese
syllables it holds ("m:"). A query asks for the same keys, but the syllables', which only
weigh, and for those of the dates it could have been given as. The keys define the
index format: an index, or the keys the app stores, of another format are computed again.
"""

import zlib

from .compare import Prepared
from .dates import BirthDate
from .names import (
    father_keys,
    initial_keys,
    name_keys,
    spelled_out_initial_keys,
    syllable_keys,
    syllable_name_keys,
)
from .places import place_key

# 3: Thaana as spoken, dh/sri keyed; 4: Thai vowels and readings, Pashto letters;
# 5: nationality counted; 6: father's names keyed; 7: a patronymic keyed as a family name,
# an Arabic name's article written or left out; 8: towns keyed by their name in the table;
# 9: initials keyed with the names they go with; 10: Khmer, Lao, Chinese, Korean, Gurmukhi
# and Gujarati read; 11: Burmese honorifics by their Burmese spelling, Urdu's heh as a vowel;
# 12: Thai compound names read a word at a time, their common spellings read more widely;
# 13: Malay and Indonesian names keyed in their Dutch-era and 1972 spellings; 14: an initial
# keyed by the glide or h its name begins with; 15: a name joined to the next by the article
# keyed with the article said as the next letter (Abdul Rahman: Abdurrahman); 16: a name and
# the Allah closing it one part (ذبیح الله: Zabihullah); 17: a Thai name's English r before a
# closing n read without it (Karnjana: Kanjana), ญ closing a long vowel (ชาญชัย: Chanchai);
# 18: names joined by an alias word or set in brackets keyed as names of their own; 19: ভ
# inside a Bengali name read v too, two parts joined keyed with the second's readings, a Thai
# long a written ar read without the r; 20: Thai syllables where no vowel is written read the
# other ways they fall (พงศกร: Pongsakorn), วร as wo-ra, a closing Pali i unsaid (วุฒิ: wut);
# Pashto ځ read dz, Thaana ޟ and ޛ read dh; 21: a Pali closing consonant starting the next
# Thai syllable too (วัฒนา: Watthana), Tamil ங்க read ng, an English r before any closing
# consonant of a Thai name read without it (Amnart: Amnat); 22: Thai รร read a, the first of an
# odd bare run after a short vowel closing it, a closing s or j written for t; a stop after a
# nasal voiced in Tamil and Sinhala, Tamil ட்ச read tch or ksh; 23: two parts joined keyed with
# either's readings, Thai อัมพร read am-phon, Pashto ږ read g too; 24: Sheikh after a name
# keyed as a family name (Saiful Sheikh); 25: Thai vowels written around their consonant read
# as one (เมือง: mueang, เชียง: chiang, บัว: bua), a silent ห before a low consonant, ฤ, a
# cluster after a leading vowel (ไตร: trai); 26: Thai syllables with no written vowel read as
# they fall after a vowel (ดิลก: di-lok, ประจบ: pra-chop), อ between consonants as o (มีสอน:
# mi-son), two consonants after a closed syllable as one (มั่นคง: man-khong); 27: a Thai
# consonant and ร before a syllable read o-ra too (นรวัฒน์: Norawat), ร after a short vowel
# starting a syllable (สุรพล: su-ra-phon); 28: Thai ว after a leading vowel starting its
# syllable (คีรีเวช: khiriwet), อ between consonants after a closed syllable (คล้ายสอน);
# 29: Arabic vowel signs and tatweel set aside (مُحَمَّد: محمد), Thai ำ typed in two pieces;
# 30: the joint of a Thai Pali compound read with its consonant said twice (ภัทรพล:
# phattharaphon, ราชโคตร: ratchakhot); 31: Thai ว as ua after a word's first consonant and a
# silent ห (หลวง: luang), ย and ว closing after a long vowel, ใ and ไ leaving a syllable open;
# 32: the unsaid ย of ไชย and ไทย (ไชยวงศ์: chaiwong), bare syllables after ใ and ไ; 33: a Tamil
# name's ksh also keyed as the tch Malaysia and Sri Lanka write (Lakshmi: Letchumi); 34: a
# Thai linking consonant also read as starting its syllable only (บุษบา: Busaba); 35: Sk. and
# Chy. read as Sheikh and Chowdhury (Bangladesh), Hajah and Ustaz set aside (Malaysia); 36: a
# Thai name's silent letters also said, as its Sanskrit spelling says them (ศักดิ์ชัย: Sakdichai);
# 37: and a closing ส before them written s (สวัสดิ์: Sawasdi); 38: three Burmese syllables
# written as one word (ရတနာ: Yadanar), ရ said r after another syllable (သီရိ: Thiri), an
# Arabic-script name romanised as a Latin abbreviation kept as a name (عمر, Omar: not Mr); 39:
# Thai ว after a first consonant before one that carries a vowel read wa (ชวลิต: Chawalit), a
# Pali linking consonant before two that end the word (รัชนก: Ratchanok); 40: Bengali
# chandrabindu read n, and also not at all (চাঁদ: Chand; বাঁধন: Badhon), not m; 41: a Thai
# closing stop and ร also said with the ร, as the Sanskrit is spelled (มิตร: Mitra); 42: Abd
# in Latin letters read Abdul (Nik Abd Aziz); 43: Pashto ښ read kh too (Khaista), a doctor's,
# engineer's and teacher's title in Arabic script set aside (ډاکټر); 44: Tamil ழ read zh too
# (அருள்மொழி: Arulmozhi); 45: Thai รร before two consonants that end the word read an
# (บรรจง: ban-chong), two consonants after a long a at the end a syllable (มานพ: ma-nop); 46:
# Bengali Mosammat written out (মোছাম্মৎ) set aside as Mst. is; 47: a Sinhala bare න before ග
# read with its a (ලියනගේ: Liyanage), Thaana ޘ read th too (Uthman); 48: Tamil ஞ before a
# vowel read gn too (ஞானசேகரன்: Gnanasekaran); 49: three bare Thai consonants whose first two
# are a cluster read as the cluster, o and the closing one too (พรม: phrom), พรหม as Phrom;
# 50: a Thai closing ช written ch too (ปิยะนุช: Piyanuch); 51: Burmese titles of more than one
# syllable set aside (ဆရာ, ဒေါက်တာ, ဗိုလ်ချုပ်); 52: a Malay or Indonesian z between vowels read
# s too (Faizal: Faisal); 53: initials written as the English letters' names in Tamil, Sinhala
# and Bengali script read as initials (ஏ. ஆர்.: A. R.), Bengali Md. and Mst. written with a
# colon or a dot (মো:) read as Md. and Mst.; 54: bare Thai consonants after ำ read as a syllable
# of their own (น้ำฝน: nam-fon), joiners at a word's edge and marks of writing direction not read;
# 55: a Sri Lankan's or Thai's Latin z read s too (Rizwana: රිස්වානා; Zakariya: ซาการียา),
# Bengali র্য read rj (সূর্য: Surjo; ভট্টাচার্য: Bhattacharjee); 56: Thai เศรษฐ read set too
# (เศรษฐา: Settha); 57: Thai ทร read s too (ทรงพล: Songphon), ร after a first ส left out too
# (สระแก้ว: Sakaeo); 58: a Burmese final that Burmese does not close a syllable with read as
# written after its vowel (ရုလ်: rul, in Nurul as Burmese script writes Arabic names); 59: a
# Burmese syllable closed by two finals, or by m, r or l, also read as an Arabic name writes
# it (ကာရင်မ်: Karim; ဇူဘိုင်ရ်: Zubair); 60: a Bengali chandrabindu also read as an n after
# the last vowel (ভূঁইয়া: Bhuiyan); 61: Abdur, Abdus (Abd and the article said as the next
# letter) read Abdul too; a name before an article written apart read without it too (Abd
# al-Rahman: Abd); Sinhala ඥ read gn and n too (ඥානසිරි: Gnanasiri); 62: Rakhine's towns,
# Satkhira and Bhasan Char in the gazetteer (ရသေ့တောင်: Rathedaung; Sandoway: Thandwe); 63: the
# index says which writing each record's names are in (`index.writing_of`), keys as in 62; 64:
# a town of birth is the most specific place written (Teknaf, Cox's Bazar: Teknaf; Dhaka,
# Bangladesh: Dhaka); 65: a Burmese name's parts keyed two by two by their onsets (Cho Nwe:
# ch and nw); 66: a Thai compound also read a word at a time, as a Thai dictionary cuts it
# (วิมลศิริ: wimon-siri); 67: a Pali or Sanskrit stem in it said with the linking a (ทัศน|พงษ์:
# that-sa-na-phong); 68: Tamil ற்ற read tr, ற் before another consonant t too (வெற்றிவேல்:
# Vetrivel; சற்குணம்: Satkunam); 69: a piece of a Thai compound that is no word read with
# the one before it (กาญจน|วรรณ: kan-cha-na-wan); 70: Thai รร before a consonant that carries
# a vowel read an (จรรยา: chan-ya); 71: a Thai linking consonant bare after an open syllable
# also read as a syllable with a (เจษฎา: chet-sa-da); 72: a Thai leading vowel before three
# consonants read as two syllables (เกษม: ka-sem; เกษร: ke-son); 73: เ and ◌ิ around two
# consonants also read as two vowels (เนวิน: ne-win), and so where nothing closes the ◌ิ;
# 74: a Burmese onset gy keyed as ky and ch are (ကြီး: Gyi, Kyi); 75: each Burmese syllable
# keyed by the syllable it is (နွယ်, Nway: nw/e), to weigh it, and an onset h alone kept
# (ဟိန်း: Hein); 76: a Burmese onset's h before l, m, n or w kept (လှ: Hla is not La); 77: dch
# spelled as tch is (ชิดชอบ: Chitchop, Chidchob); 78: a Zawgyi medial wa typed after the next
# consonant's ya-yit read with its own consonant (ေဆျြဖဴ: ဆွေဖြူ); 79: Thai ร between า and ถ
# unsaid (สามารถ: samat; ปรารถนา: prat-tha-na); 80: and a medial ha so typed (လျွမ: လှမြ);
# 81: a short name read as Zawgyi where its order is Zawgyi's (ယုေမမာ: ယုမေမာ); 82: Thai อ the
# vowel of a cluster before it (พร้อม: phrom), a linking ส, and a linking ล closing a bare
# syllable (ผุสดี: phut-sa-di; พลวัฒน์: phon-la-wat), a closing consonant said t also written
# as its letter (เพชร: Petch; จรัสพงษ์: Charaspong), a closing นธ์ said with its t (Sittipunt);
# 83: a Burmese independent vowel closed by a final read as the carrier with its sign (ဥမ္မာ:
# Ohnmar), a retroflex final as the dental (ထွဋ်: Htut), သျှ as ရှ (Shan); 84: a Thai bare run
# of three or more also read with a after each but the last two (พชรพล: Pacharapol); 85: a
# Thai name closing on ร after i also read with its a (วชิร: Wachira); 86: a Thai consonant and
# ย before a syllable also read a-ya (ชยธร: Chayathon); 87: a Thai's Latin name that spells
# the letters Thai leaves unsaid at its end also read without them (Wongse: วงศ์; Chandra:
# จันทร์), and Thai รร before ม and a vowel read am (ธรรมะ: tham-ma); 88: and a stop it spells
# after n (Sittipunt: สิทธิพันธุ์; Anant: อนันต์); 89: a patronymic marker with a full stop (Siti
# bt. Tarudin), what says a parent has died (Late Abdul Karim, মরহুম, مرحوم) and a pilgrim's
# title (Al-Haj, Alhajj, আলহাজ্ব) read as such, a parent's name without a form's label
# (Father: …, পিতা: …) or with the name after S/O or bin where nothing is before it, a place
# without what kind of place it is (Dist: Cox's Bazar; জেলা; จังหวัด; မြို့); and what the
# format did not say before: a Latin c said k (Canagaratnam), FNU and its kind no name part
FORMAT_VERSION = 89
# The years either side of a query's birth year its keys ask for (a guessed age).
YEAR_SLACK = 2


def key_hash(key: str) -> int:
    data = key.encode()
    return zlib.crc32(data) | (zlib.crc32(data, 0x9E3779B9) << 32)


# Names of more parts are not keyed by every initial they could be shortened to: the keys
# grow with the square of the parts, and initials stand in names of two or three.
MAX_PARTS_SPELLED_OUT = 4


def record_keys(prepared: Prepared) -> set[str]:
    keys: set[str] = set()
    nationality = prepared.record.nationality
    for parsed in prepared.names:
        keys |= name_keys(parsed)
        keys |= syllable_keys(parsed, nationality)
        keys |= syllable_name_keys(parsed)
        keys |= initial_keys(parsed)
        if len(parsed.names) + len(prepared.father) <= MAX_PARTS_SPELLED_OUT:
            keys |= spelled_out_initial_keys(parsed.names + prepared.father)
    keys |= father_keys(prepared.father)
    birth = prepared.record.birth_date
    if birth is not None:
        tokens = [k[2:] for k in keys if k.startswith("t:")]
        keys.update(f"y:{t}:{birth.year}" for t in tokens)
        if birth.day is not None and not birth.is_placeholder:
            keys.update(f"d:{t}:{birth}" for t in tokens)
            # The date alone finds a person whose every name was misspelled.
            keys.add(f"D:{birth}")
    if prepared.record.birth_place.strip():
        keys.add("b:" + place_key(prepared.record.birth_place))
    if prepared.record.nationality:
        # How many compatriots: what a shared town of birth is weighed against.
        keys.add("n:" + prepared.record.nationality)
    return keys


def query_keys(prepared: Prepared) -> dict[str, float]:
    """Name keys, and name-and-date keys covering a guessed age, a swapped day and month or
    a year off by one with the day remembered, each with a bonus for how closely it pins the
    date."""
    names: set[str] = set()
    initials: set[str] = set()
    for parsed in prepared.names:
        names |= name_keys(parsed) | syllable_keys(parsed, prepared.record.nationality)
        initials |= initial_keys(parsed)
    keys = dict.fromkeys(names | initials | father_keys(prepared.father), 0.0)
    birth = prepared.record.birth_date
    if birth is not None:
        tokens = [k[2:] for k in names if k.startswith("t:")]
        for year in range(birth.year - YEAR_SLACK, birth.year + YEAR_SLACK + 1):
            bonus = 2.0 - abs(year - birth.year)
            keys.update((f"y:{t}:{year}", bonus) for t in tokens)
        if birth.day is not None and not birth.is_placeholder:
            dates = {str(birth)}
            if birth.day <= 12:
                dates.add(str(BirthDate(birth.year, birth.day, birth.month)))
            keys.update((f"d:{t}:{d}", 4.0) for t in tokens for d in dates)
            keys.update((f"D:{d}", 0.0) for d in dates)
            # A year guessed wrong with the day remembered: the commonest slip of a date.
            for year in (birth.year - 1, birth.year + 1):
                moved = str(BirthDate(year, birth.month, birth.day))
                keys.update((f"d:{t}:{moved}", 3.0) for t in tokens)
    return keys
