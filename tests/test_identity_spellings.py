"""The identity engine: spellings that are one name and close names that are two, towns,
and Thai names read."""

import math

import pytest

from kembali.identity.matching.compare import (
    PLACE_DIFFERS_BITS,
    IdentityRecord,
    compare,
    prepare,
)
from kembali.identity.matching.names import (
    NamePart,
    name_keys,
    parse_name,
    split_known_names,
)
from kembali.identity.matching.parts import ALIGN_THRESHOLD, ENDING_DIFFERS, part_similarity
from kembali.identity.matching.places import place_key, place_within, places_agree


def _alike(a: str, b: str) -> tuple[float, str]:
    """How alike the first parts of two names are (`part_similarity`)."""
    return part_similarity(parse_name(a).names[0], parse_name(b).names[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Abeysekara", "අබේසේකර"),  # a y that closes a vowel
        ("Patwary", "Patowari"),
        ("Maryam", "Mariam"),  # a y beside a consonant is a vowel
        ("Subramaniam", "சுப்பிரமணியம்"),  # -iya- is -ia-
        ("Delwar", "দেলোয়ার"),  # w or y for one glide
        ("Dharmawardhana", "ධර්මවර්ධන"),
        ("Mahinda", "මහින්ද"),  # Sinhala romanised without its unwritten vowels
        ("Dharmasinghe", "ධර්මසිංහ"),  # an h after a consonant is its breath
        ("Abdullah", "Abdulla"),
        ("Chandran", "Santhiran"),  # Tamil in Latin letters writes ச either way
        ("Kyaw", "ကျော်"),
    ],
)
def test_spellings_of_one_name_still_sound_alike(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert similarity >= 0.9, (similarity, how)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Karim", "Karima"),  # a man's name and a woman's
        ("শামীম", "Shamima"),
        ("کریم", "Karima"),
        ("Kumara", "Kumari"),
        ("කුමාර", "Kumari"),
        ("ޢަލީ", "Alia"),
        ("Sharif", "Sharifi"),  # a given name and the family name made from it
        ("Rahim", "Rahimi"),
    ],
)
def test_the_same_letters_with_another_ending_are_another_name(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert how == "ending_differs" and similarity <= ENDING_DIFFERS, (similarity, how)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("আলম", "Alim"),  # a against i before the last consonant
        ("Salam", "Salim"),
        ("হাসান", "Hossain"),  # a against ai
        ("ހަސަން", "Hussain"),
    ],
)
def test_another_vowel_before_the_last_consonant_is_another_name(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert how == "vowel_differs" and similarity <= ENDING_DIFFERS, (similarity, how)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fathimath", "Fathima"),  # the Arabic feminine -at before another word
        ("Karimah", "Karima"),  # an h after the last vowel is not said
        ("Thidar", "Thida"),  # a Burmese long a written ar
        ("ޢަބްދުﷲ", "Abdulla"),
        ("Hekmat", "حکمت"),
        ("Musa", "موسی"),  # a last ی said a
        ("අනුරාධා", "Anuradh"),  # a Sinhala a left off in Latin letters
        ("Mohammad", "Mohammed"),  # an e before the last consonant says nothing
        ("হোসেন", "Hossain"),
        ("Hussin", "Hussain"),  # Malaysia writes i for ai
        ("Sombat", "Sombut"),
    ],
)
def test_how_a_spelling_writes_an_ending_does_not_part_one_name(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert similarity >= ALIGN_THRESHOLD, (similarity, how)


@pytest.mark.parametrize(
    ("native", "latin", "aligns"),
    [
        ("ထွန်း", "Tin", False),  # a rhyme of another class: another syllable
        ("ကျော်", "Kyi", False),
        ("သက်", "Htet", True),  # th is သ, ht is ထ; a slip of the pen swaps them too
        # A medial w more or less, or another hushing sound: another onset, or a slip of the
        # pen (Nwe is နွယ်, Soe ဆို, Swe ဆွေ); ch and s are never a slip (Cho, Soe).
        ("ညီ", "Nwe", True),
        ("ရွှေ", "She", True),
        ("ဆွေ", "Shwe", True),
        ("ရွှေ", "Swe", True),
        ("ဆို", "Cho", False),
        ("ချို", "Soe", False),
        # A y more or less after the consonant: ည is not န, a medial ျ is written (Nyein is
        # ငြိမ်း, Naing နိုင်; Myo မျိုး, Moe မိုး)
        ("နိုင်", "Nyein", True),
        ("နီ", "Nyi", True),
        ("မိုး", "Myo", True),
    ],
)
def test_a_burmese_syllable_of_another_rhyme_or_onset_is_another_name(
    native: str, latin: str, aligns: bool
) -> None:
    similarity, how = _alike(native, latin)
    assert how == "similar" and similarity <= ENDING_DIFFERS, (similarity, how)
    assert (similarity >= ALIGN_THRESHOLD) == aligns


@pytest.mark.parametrize(
    ("native", "latin"),
    [
        ("ဝေ", "Wai"),  # spellings that cross from one rhyme's to another's
        ("ထက်", "Htat"),
        ("ဆု", "Soe"),
        ("ထွန်း", "Tun"),
        ("သက်", "Thet"),
        ("ကြီး", "Gyi"),  # voiced after another syllable (Aung Gyi)
        ("နွယ်", "Nway"),
        ("မြ", "Myyar"),  # a y typed twice is a slip, not a y more
    ],
)
def test_burmese_spellings_that_cross_rhymes_still_meet(native: str, latin: str) -> None:
    similarity, how = _alike(native, latin)
    assert how in ("identical", "same_spelling", "sounds_alike"), (similarity, how)


def _as_myanmar_names(a: str, b: str) -> tuple[float, str]:
    one, other = (
        prepare(IdentityRecord("x", (name,), nationality="MMR")).names[0].names[0]
        for name in (a, b)
    )
    return part_similarity(one, other)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Nway", "Nwe"), ("Khine", "Khaing"), ("Aong", "Aung"), ("Hane", "Hein"), ("Htei", "Htay")],
)
def test_a_myanmar_nationals_syllable_spelled_two_ways_is_one_name(a: str, b: str) -> None:
    """In Latin letters on both sides, as on one (နွယ်: Nway, Nwe): the spellings names
    write for one Burmese rhyme. Only the nation says they are Burmese syllables."""
    assert _as_myanmar_names(a, b) == (1.0, "same_spelling")
    assert _alike(a, b)[0] < 1.0


@pytest.mark.parametrize(
    ("a", "b", "aligns"),
    [
        ("Tin", "Tun", False),  # rhymes of two classes: two names
        ("Kyi", "Kyaw", False),
        ("Nwe", "Nyi", True),  # another onset: two names, or a slip of the pen
        ("Nwe", "Ni", True),
        ("Shwe", "Swe", True),
        ("Naing", "Nyein", True),
        ("Myo", "Moe", True),
    ],
)
def test_a_myanmar_nationals_syllables_of_other_onsets_or_rhymes_are_two_names(
    a: str, b: str, aligns: bool
) -> None:
    """Their skeletons are one (t; ch; n; s): the skeleton alone hears them alike."""
    similarity, how = _as_myanmar_names(a, b)
    assert how == "similar" and similarity <= ENDING_DIFFERS, (similarity, how)
    assert (similarity >= ALIGN_THRESHOLD) == aligns
    assert _alike(a, b)[0] >= ALIGN_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chanpen", "Janpen"),
        ("Kamol", "Kamon"),
        ("Kaewkul", "Keawkul"),
    ],
)
def test_latin_spellings_of_a_thai_name_meet_when_the_person_is_thai(a: str, b: str) -> None:
    def part(text: str, nationality: str) -> NamePart:
        return prepare(IdentityRecord("x", (text,), nationality=nationality)).names[0].names[0]

    thai, _ = part_similarity(part(a, "THA"), part(b, "THA"))
    # The same letters from Bangladesh are other names (Chamal, Jamal).
    other, _ = part_similarity(part(a, "BGD"), part(b, "BGD"))
    assert thai >= 0.95 > other


def test_a_fathers_family_name_spelled_otherwise_is_still_the_persons_own() -> None:
    def rarity(key: str) -> float:
        return 10.0

    query = prepare(
        IdentityRecord(
            "q", ("Nongluck Thongcharoen",), nationality="THA", father_name="Thanapol Tongjaroen"
        )
    )
    record = prepare(
        IdentityRecord("r", ("นงลักษณ์ ทองเจริญ",), nationality="THA", father_name="ธนพล")
    )
    father = [e for e in compare(query, record, rarity, -16.6).evidence if e.field == "father_name"]
    # Tongjaroen is the family name both carry, not a part of the father's missing here.
    assert [e.how for e in father] == ["sounds_alike"]


def test_another_tail_on_one_head_counts_for_less_than_a_slip_of_the_pen() -> None:
    # Two Thai family names of one head, and one of them with two letters swapped.
    assert (
        _alike("Charoenwong", "Charoenkul")[0]
        <= 0.8
        < 0.9
        <= _alike("Charoenwong", "Charoenwnog")[0]
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Wickramasinghe", "Wickramaratne"),  # one head, another tail
        ("Jayasinghe", "Jayasuriya"),
        ("Jayawardhana", "Jayaratne"),  # the same consonants, other glides
        ("Karunaratne", "Karunanayake"),
        ("Surachai", "Surasak"),
        ("Mahendran", "Rajendran"),  # one tail, another head
        ("Shahim", "Sharif"),
        ("ජයවර්ධන", "ජයරත්න"),  # in a script that writes every consonant
        ("สุขกุล", "ศรีกุล"),
        ("மகேந்திரன்", "ராஜேந்திரன்"),
    ],
)
def test_two_names_of_one_head_or_tail_do_not_align(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert similarity < ALIGN_THRESHOLD, (similarity, how)


@pytest.mark.parametrize(
    ("a", "b", "align"),
    [
        # วงศ์ and ทอง end two Thai families' names, whatever the skeleton, which takes a w
        # after a consonant for a vowel, hears
        ("เพชรวงศ์", "Phettong", False),
        ("สุขวงศ์", "Sukthong", False),
        ("Sukwong", "Sukthong", False),
        ("เพชรวงศ์", "Phetwong", True),
        ("ทองวงศ์", "Thongwong", True),
        ("เพชรทอง", "Phetthong", True),
    ],
)
def test_thai_family_names_ending_in_wong_and_thong_are_two(a: str, b: str, align: bool) -> None:
    one, other = (
        prepare(IdentityRecord("x", (name,), nationality="THA")).names[0].names[0]
        for name in (a, b)
    )
    similarity, how = part_similarity(one, other)
    assert (similarity >= ALIGN_THRESHOLD) is align, (similarity, how)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thorpe", "Thropr"),  # slips of the keys scramble the letters there
        ("Estcourt", "Etsclurt"),
        ("Wallin", "Walki"),
        ("James", "Jaemo"),
        ("Stanezai", "ستانکزی"),  # a romanisation without the vowels written
        ("சுப்பிரமணியம்", "சுப்ரமணியம்"),  # one letter more or less
        ("ศรีสุข", "สีสุข"),
    ],
)
def test_slips_and_spellings_of_one_name_still_align(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert similarity >= ALIGN_THRESHOLD, (similarity, how)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("حمید", "Mohammad"),  # h-m-d against m-h-m-d: the skeletons meet once h is gone
        ("محمد", "Hamid"),
        ("حمید", "محمد"),
        ("احمد", "Hamid"),  # a first vowel, which Arabic script writes, against none
        ("حمید", "Ahmad"),
        ("انور", "Nur"),
        ("یوسف", "Safi"),  # a first y, which the skeleton sets aside with the glides
        ("یوسف", "صافی"),
        ("زهرا", "Hazara"),  # the same letters, the h elsewhere
        ("زهرا", "هزاره"),
        ("حسن", "Hussain"),  # a diphthong Latin letters write, and Arabic script does not
        ("حسن", "Hossain"),
    ],
)
def test_arabic_script_names_an_h_or_a_first_vowel_apart_do_not_align(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert similarity < ALIGN_THRESHOLD, (similarity, how)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("محمد", "Muhammad"),
        ("محمد", "Md"),  # written short: what it leaves out is not known
        ("محمد", "Mohd"),
        ("مومند", "Mohmand"),  # an h Latin letters write for a long o
        ("ذبیح الله", "Zabiullah"),  # an h that Latin letters leave out
        ("اسحاق", "Ishaq"),  # s and h, not sh
        ("عثمان", "Usman"),
        ("یوسف", "Yusuf"),
        ("ولی", "Vali"),
        ("ننګیالی", "Nangialai"),  # two nuns with a vowel between them the script leaves out
        ("فضل‌الحق", "Fazalhaq"),  # the article's l said once
        ("حسین", "Hussain"),  # a diphthong and the letter that writes it
        ("زینب", "Zainab"),
        ("حیدری", "Haidari"),
        ("سید", "Sayed"),
        ("رئیس", "Rais"),
        ("احمدزی", "Ahmadzai"),
    ],
)
def test_arabic_script_names_and_their_spellings_still_align(a: str, b: str) -> None:
    similarity, how = _alike(a, b)
    assert similarity >= ALIGN_THRESHOLD, (similarity, how)


@pytest.mark.parametrize("other", ["Hamid", "Ahmed", "আহমেদ", "Mahmud", "Mithu"])
def test_md_stands_for_mohammad_alone(other: str) -> None:
    # Md's skeleton (m-d) is theirs too.
    similarity, how = _alike("Md", other)
    assert similarity < ALIGN_THRESHOLD, (similarity, how)


@pytest.mark.parametrize(
    ("short", "spelled"),
    [
        ("Md", "Mohammad"),
        ("Md", "Muhammed"),
        ("Md", "মোহাম্মদ"),
        ("Md", "محمد"),
        ("Md", "Mohd"),
        ("Mohd", "Mohamed"),
        ("Md", "முகம்மது"),
    ],
)
def test_md_still_aligns_with_mohammad(short: str, spelled: str) -> None:
    similarity, how = _alike(short, spelled)
    assert similarity >= ALIGN_THRESHOLD, (similarity, how)


@pytest.mark.parametrize(
    ("written", "elsewhere"),
    [
        ("Yangon", "ရန်ကုန်"),
        ("Pathein", "ပုသိမ်"),
        ("Kandy", "මහනුවර"),
        ("Jaffna", "யாழ்ப்பாணம்"),
        ("Mazar-i-Sharif", "مزار شریف"),
        ("Korat", "นครราชสีมา"),
        ("Cox's Bazar District", "কক্সবাজার"),
        ("Chitagong", "চট্টগ্রাম"),  # a spelling the table does not hold
        ("Rangoon", "Yangon Region"),
        # Rakhine's towns, and the island Rohingya refugees were moved to
        ("Rathedaung", "ရသေ့တောင်"),
        ("Sandoway", "သံတွဲ"),
        ("Myohaung", "မြောက်ဦး"),
        ("Bhasan Char", "ভাসানচর"),
        ("Satkhira", "সাতক্ষীরা"),
    ],
)
def test_a_town_in_latin_letters_is_the_town_in_its_own_script(
    written: str, elsewhere: str
) -> None:
    assert places_agree(written, elsewhere)
    assert place_key(written) == place_key(elsewhere) or written == "Chitagong"


def test_a_stateless_registration_says_nothing_against_a_nationality() -> None:
    def fields(q_nationality: str, r_nationality: str) -> dict[str, str]:
        query = prepare(IdentityRecord("q", ("Nur Kamal",), nationality=q_nationality))
        record = prepare(IdentityRecord("r", ("নুর কামাল",), nationality=r_nationality))
        evidence = compare(query, record, lambda _: 10.0, -10.0).evidence
        return {e.field: e.how for e in evidence}

    assert "nationality" not in fields("XXA", "MMR")
    assert "nationality" not in fields("MMR", "XXB")
    assert fields("BGD", "MMR")["nationality"] == "different"


def test_two_towns_of_the_region_are_two_places_however_alike_written() -> None:
    assert places_agree("Kandy", "Kandahar") is False
    assert places_agree("Herat", "ہرات") is True
    assert places_agree("Kandy", "") is None


@pytest.mark.parametrize(
    ("written", "elsewhere", "agree"),
    [
        ("Dhaka, Bangladesh", "Dhaka", True),
        ("Teknaf, Cox's Bazar", "Teknaf", True),
        ("Maungdaw, Rakhine State, Myanmar", "မောင်တော", True),
        ("Kabul, Afghanistan", "کابل", True),
        # A town of three letters is not read as a country's code.
        ("Tak, Thailand", "Tak", True),
        # Two towns of one district are two places.
        ("Ukhia, Cox's Bazar", "Teknaf, Cox's Bazar", False),
        # What kind of place it is, as a form's label or in the region's scripts, is no name.
        ("Dist: Cox's Bazar", "Cox's Bazar", True),
        ("Maungdaw Tsp", "Maungdaw", True),
        ("কক্সবাজার জেলা", "Cox's Bazar", True),
        ("ولایت بلخ", "Balkh", True),
        ("จังหวัดขอนแก่น", "ขอนแก่น", True),
        ("ရန်ကုန်မြို့", "Yangon", True),
    ],
)
def test_a_place_is_the_most_specific_of_what_is_written(
    written: str, elsewhere: str, agree: bool
) -> None:
    assert places_agree(written, elsewhere) is agree
    assert (place_key(written) == place_key(elsewhere)) is agree


@pytest.mark.parametrize(
    ("town", "larger"),
    [
        ("Teknaf", "Cox's Bazar District"),
        ("Ukhia, Cox's Bazar", "কক্সবাজার"),
        ("Maungdaw", "Rakhine State"),
        ("မောင်တော", "Arakan"),
        ("Jaffna", "Northern Province"),
        ("Kilinochchi", "வட மாகாணம்"),
        ("Negombo", "Western Province"),  # through its district, Gampaha
        ("Mazar-i-Sharif", "Balkh"),
        ("جلال آباد", "Nangarhar"),
        ("Hat Yai", "Songkhla"),
        ("Kulhudhuffushi", "Haa Dhaalu"),
        # A village the table does not hold, written within a district that it does or not
        ("Vill: Kalapara, Dist: Cox's Bazar", "Cox's Bazar"),
        ("Kalapara, Kutubdia", "Kutubdia"),
    ],
)
def test_a_town_and_the_district_or_province_it_is_in_neither_agree_nor_differ(
    town: str, larger: str
) -> None:
    assert places_agree(town, larger) is None
    assert places_agree(larger, town) is None
    assert place_within(town, larger) and place_within(larger, town)


def test_a_country_alone_says_nothing_against_a_town() -> None:
    assert places_agree("Dhaka, Bangladesh", "Bangladesh") is None
    assert places_agree("Bangladesh", "Myanmar") is False
    assert places_agree("Kalapara, Cox's Bazar", "Teknaf") is False


def test_a_town_outside_a_province_differs_from_it_and_a_town_within_is_shown() -> None:
    assert places_agree("Jaffna", "Eastern Province") is False
    assert places_agree("Sittwe", "Shan State") is False
    # A division is not a district: Chattogram written as a place of birth is the town.
    assert places_agree("Cox's Bazar", "Chattogram") is False
    assert not place_within("Teknaf", "") and not place_within("Teknaf", "Ukhia")
    query = prepare(IdentityRecord("q", ("Nur Kamal",), birth_place="Teknaf"))
    record = prepare(IdentityRecord("r", ("নুর কামাল",), birth_place="Cox's Bazar"))
    elsewhere = prepare(IdentityRecord("r", ("নুর কামাল",), birth_place="Sylhet"))
    place = [
        e
        for e in compare(query, record, lambda _: 10.0, -10.0).evidence
        if e.field == "birth_place"
    ]
    assert [(e.how, e.bits) for e in place] == [("within", 0.0)]
    apart = [
        e
        for e in compare(query, elsewhere, lambda _: 10.0, -10.0).evidence
        if e.field == "birth_place"
    ]
    assert [(e.how, e.bits) for e in apart] == [("different", PLACE_DIFFERS_BITS)]


def test_a_shared_town_weighs_as_rare_as_it_is_among_compatriots() -> None:
    counts = {"b:kabul": 500, "n:AFG": 10_000}

    def rarity(key: str) -> float:
        return math.log2(100_001 / (counts.get(key, 0) + 1))

    query = prepare(IdentityRecord("q", ("Parwin Ahmadi",), birth_place="Kabul"))
    record = prepare(
        IdentityRecord("r", ("Parwin Ahmadi",), birth_place="Kabul", nationality="AFG")
    )
    place = next(
        e for e in compare(query, record, rarity, -16.6).evidence if e.field == "birth_place"
    )
    # One in 20 Afghans, not one in 200 of a registry holding other nations too.
    assert place.bits == pytest.approx(math.log2(10_001 / 501) - 0.5, abs=0.01)


@pytest.mark.parametrize(
    ("thai", "latin"),
    [
        ("บุญเพ็ญ", "Boonphen"),
        ("เพชรสุข", "Phetsuk"),
        ("บุญรัตน์", "Bunrat"),
        ("สมศักดิ์", "Somsak"),
        ("แก้วเจริญ", "Kaewcharoen"),
        ("ศรีสุข", "Sisuk"),
        ("ศรีสุข", "Srisuk"),
    ],
)
def test_thai_compound_surnames_are_read_syllable_by_syllable(thai: str, latin: str) -> None:
    assert _alike(thai, latin)[0] >= 0.95


@pytest.mark.parametrize(
    ("thai", "romanised"),
    [
        ("สมพร", "somphon"),  # unwritten vowels: som-phon
        ("กมล", "kamon"),  # ka-mon
        ("ศิริพร", "siriphon"),  # after an open syllable
        ("สมศรี", "somsri"),  # not a run into a cluster
        ("สุรชัย", "surachai"),  # ร between two syllables
        ("ลักษณ์", "lak"),  # a second closing consonant is silent
        ("บุตร", "but"),
        ("อนุชา", "anucha"),  # an initial อ before a consonant
        ("ประยุทธ์", "prayut"),  # only ธ is silent; ทร์ (จันทร์) is silent as a whole
        ("พุทธ", "phut"),  # a second stop after a closing one is not spoken
        ("กาญจนา", "kanchana"),  # a syllable between a closed one and the next: kan-cha-na
        ("อัจฉรา", "atchara"),
        ("เพชรสุข", "phetsuk"),  # but a ร after a closing consonant stays silent
        ("มณี", "mani"),  # a first consonant before one that carries a vowel: ma-ni
        ("วงศ์มณี", "wongmani"),  # a silent letter ends a word of a compound name
        ("ทองวงศ์", "thongwong"),  # ว after a closed syllable starts one: thong-wong
        ("สวน", "suan"),  # …between two bare consonants it is the vowel ua
        ("ลำดวน", "lamduan"),  # ำ closes its syllable
        ("น้ำฝน", "namfon"),  # …and bare consonants after it are a syllable of their own
        ("ดำรง", "damrong"),
        ("สวัสดิ์", "sawat"),  # ส and ว are no cluster (ขวัญ: khwan is)
        ("ขวัญ", "khwan"),
        ("ชัยมณี", "chaimani"),  # after a closing ย, a syllable of its own
        ("ประเสริฐ", "prasoet"),  # ร after s is silent
        ("ชาญชัย", "chanchai"),  # ญ after a long vowel closes it
        # Vowels written around their consonant
        ("เมือง", "mueang"),
        ("เชียง", "chiang"),
        ("บัว", "bua"),
        ("เก้า", "kao"),
        ("เกาะ", "ko"),
        ("เสมือน", "samuean"),  # two consonants inside, no cluster: sa-muean
        ("เวลา", "wela"),  # …but before า the first carries the e
        ("เจมิกา", "chemika"),  # ◌ิ on a consonant with a vowel after it is no เ◌ิ
        ("สุเมธินี", "sumethini"),
        ("เจริญแสง", "charoensaeng"),  # …as it is where its consonant closes it
        ("เกียรติศักดิ์", "kiatisak"),  # ร between ia and a consonant is not said
        # A silent ห before a low consonant marks the tone
        ("หมื่น", "muen"),
        ("หนองใหญ่", "nongyai"),
        ("เหล็ก", "lek"),
        ("หงส์", "hong"),  # where the consonant after it closes, ห is said
        # ฤ
        ("ฤทธิรงค์", "ritthirong"),
        ("นฤมล", "naruemon"),
        # A cluster after a leading vowel
        ("ไตรรัตน์", "trairat"),
        ("เปรม", "prem"),
        ("แก้ว", "kaeo"),  # ว after it closes
        # Two bare consonants after an open syllable are one of their own (CoC)…
        ("ดิลก", "dilok"),
        ("ประจบ", "prachop"),  # ะ ends its syllable
        ("ชญาธร", "chayathon"),  # ธร after a long vowel is thon
        ("ธนิสร", "thanison"),
        ("ภราดร", "pharadon"),  # ดร and ทร after า are don, thon: only ตร is ต alone
        ("อาทร", "athon"),
        ("อมร", "amon"),  # a first อ is a, and the two after it a syllable
        # …unless the second is not said: Pali doubles, a stop after a nasal, ร after a stop
        ("มาตร", "mat"),
        ("สิญจน์", "sin"),
        # อ between two consonants is their vowel
        ("มีสอน", "mison"),
        # Two consonants after a closed syllable end the word as a syllable of their own
        ("มั่นคง", "mankhong"),
        ("กองพร", "kongphon"),
        # ร after a short vowel starts a syllable before a bare run
        ("สุรพล", "suraphon"),
        # A leading vowel is the next consonant's: รร and ร before it close their syllable
        ("บรรเลง", "banleng"),
        ("วรเทพ", "wonthep"),
        ("คีรีเวช", "khiriwet"),  # ว after a leading vowel starts its syllable
        ("คล้ายสอน", "khlaison"),  # อ between consonants after a closed syllable too
        ("หลวง", "luang"),  # ว between two consonants is ua, after a silent ห too
        ("หนวด", "nuat"),
        ("เขียวจันทร์", "khiaochan"),  # ว after ia closes it…
        ("ประกายดาว", "prakaidao"),  # …as ย after a long vowel does
        ("สุภาวดี", "suphawadi"),  # but after า, ว may start a syllable
        ("ใจช่วย", "chaichuai"),  # ใ and ไ leave their syllable open
        ("ไชยมงคล", "chaimongkhon"),  # …the ย of ไชย and ไทย unsaid
        ("ไชยรบ", "chairop"),
        ("ศรีไทย", "srithai"),
        ("ไชยา", "chaiya"),  # but said before a vowel
        ("ไพรพล", "phraiphon"),  # after a cluster too
    ],
)
def test_thai_words_are_read_with_their_unwritten_vowels(thai: str, romanised: str) -> None:
    assert parse_name(thai).names[0].latin == romanised


@pytest.mark.parametrize(
    ("thai", "latin"),
    [
        ("จันทร์เพ็ญ", "Janpen"),
        ("ธนพล", "Thanapol"),
        ("พรทิพย์", "Porntip"),
        ("เจริญ", "Jaroen"),
        ("บุญเลิศ", "Boonlert"),
        ("ประเสริฐ", "Prasert"),
        ("แก้ว", "Kaew"),  # a closing ว written w
        ("บุญเพ็ญ", "Bunpen"),  # ph written p
        ("ศรีสุข", "Sisuk"),  # ศรี written si, as the royal system writes it
        # A consonant and ร before a syllable, read o-ra
        ("วรเทพ", "Worathep"),
        ("นรวัฒน์", "Norawat"),
        ("อรทัย", "Orathai"),
        # The joint of a Pali or Sanskrit compound, its closing consonant said twice
        ("ภัทรประสิทธิ์", "Phattharaprasit"),
        ("วัชรพล", "Watcharaphon"),
        ("อัศวนนท์", "Atsawanon"),
        ("ราชโคตร", "Ratchakhot"),
        ("เกศินี", "Ketsini"),  # a linking consonant after a leading vowel's syllable
        ("สุนทรเวช", "Sunthornwet"),  # what comes before a leading vowel read as a word
        ("ภราดร", "Paradorn"),
        ("ชินวัตร", "Shinawatra"),  # ช written sh, as its Sanskrit is spelled
    ],
)
def test_common_thai_spellings_meet_the_thai_name(thai: str, latin: str) -> None:
    native, written = parse_name(thai), parse_name(latin)
    similarity, how = part_similarity(native.names[0], written.names[0])
    assert similarity >= 0.9 and how == "sounds_alike"
    assert name_keys(native) & name_keys(written)
    # Another name that a Latin j or l does not make the same stays apart.
    assert part_similarity(native.names[0], parse_name("Somchai").names[0])[0] < 0.8


@pytest.mark.parametrize(
    ("thai", "sanskrit", "thai_spelling"),
    [
        ("ศักดิ์ชัย", "Sakdichai", "Sakchai"),
        ("สวัสดิ์", "Sawatdi", "Sawat"),
        ("สวัสดิ์", "Sawasdee", "Sawat"),  # the closing ส written s, as in Sanskrit
        ("อนันต์", "Anant", "Anan"),
        ("วสันต์", "Vasant", "Wasan"),
    ],
)
def test_letters_thai_writes_silent_may_be_said_as_in_sanskrit(
    thai: str, sanskrit: str, thai_spelling: str
) -> None:
    native = parse_name(thai)
    for latin, how in ((sanskrit, "sounds_alike"), (thai_spelling, "identical")):
        written = parse_name(latin)
        similarity, said = part_similarity(native.names[0], written.names[0])
        assert similarity >= 0.9 and said == how
        assert name_keys(native) & name_keys(written)


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Md. Rahim | Rahim Uddin", ["Md. Rahim", "Rahim Uddin"]),
        ("Aung Kyaw @ Mohammed Ismail", ["Aung Kyaw", "Mohammed Ismail"]),
        ("Rahim Uddin alias Babul", ["Rahim Uddin", "Babul"]),
        ("Rahim Uddin (Babul)", ["Rahim Uddin", "Babul"]),
        ("মোঃ রহিম ওরফে বাবুল", ["মোঃ রহিম", "বাবুল"]),
        ("ဦးဝင်းထိန်(ခ)ဦးမောင်မောင်", ["ဦးဝင်းထိန်", "ဦးမောင်မောင်"]),
        ("Maung Maung (a) Ko Ko", ["Maung Maung", "Ko Ko"]),
        ("Tin Oo (A) Mohammed Yunus", ["Tin Oo", "Mohammed Yunus"]),
        # The father's name after the last alias is the father of each (Malaysian cards).
        ("Mohd Ali @ Mat bin Hassan", ["Mohd Ali bin Hassan", "Mat bin Hassan"]),
        # Words that only begin like an alias word are names.
        ("Urfan Alias", ["Urfan Alias"]),
        ("ခင်ခင်", ["ခင်ခင်"]),
    ],
)
def test_the_names_a_person_is_known_by_are_read_apart(written: str, names: list[str]) -> None:
    assert split_known_names(written) == tuple(names)
