"""Places of birth: the old and new names of the region's towns, in any script."""

import functools

import regex
from rapidfuzz.distance import JaroWinkler

from .latin import skeleton_key, spelling_key, to_latin_words
from .titles import set_aside
from .values import read_nationality

# The region's towns by their names in use, first the one written in Latin letters today, then
# older names and other spellings, then the names in the scripts of the country. Each entry is
# one place. A town's name in its own script is romanised as any name is, but Yangon is no
# romanisation of ရန်ကုန် that a rule would find (yankon), Pathein none of ပုသိမ် (puthein),
# Kandy none of මහනුවර (Mahanuwara): without the table, a town written in Latin letters on one
# registration and in the country's script on the other counted against the two.
GAZETTEER: tuple[tuple[str, ...], ...] = (
    # Bangladesh
    ("Dhaka", "Dacca", "ঢাকা"),
    ("Chattogram", "Chittagong", "চট্টগ্রাম"),
    ("Cumilla", "Comilla", "কুমিল্লা"),
    ("Cox's Bazar", "Cox Bazar", "কক্সবাজার"),
    ("Sylhet", "সিলেট"),
    ("Khulna", "খুলনা"),
    ("Rajshahi", "রাজশাহী"),
    ("Barishal", "Barisal", "বরিশাল"),
    ("Rangpur", "রংপুর"),
    ("Mymensingh", "ময়মনসিংহ"),
    ("Bogura", "Bogra", "বগুড়া"),
    ("Jashore", "Jessore", "যশোর"),
    ("Noakhali", "নোয়াখালী"),
    ("Narayanganj", "নারায়ণগঞ্জ"),
    ("Gazipur", "গাজীপুর"),
    ("Teknaf", "টেকনাফ"),
    ("Ukhia", "উখিয়া"),
    ("Bhasan Char", "Bhashan Char", "ভাসানচর", "ভাসান চর"),
    ("Satkhira", "সাতক্ষীরা"),
    # Myanmar
    ("Yangon", "Rangoon", "ရန်ကုန်"),
    ("Mandalay", "မန္တလေး"),
    ("Naypyidaw", "Nay Pyi Taw", "နေပြည်တော်"),
    ("Sittwe", "Akyab", "စစ်တွေ"),
    ("Maungdaw", "မောင်တော"),
    ("Buthidaung", "ဘူးသီးတောင်"),
    # …and the other towns of Rakhine State, from which most Rohingya in Bangladesh fled
    ("Rathedaung", "ရသေ့တောင်"),
    ("Kyauktaw", "ကျောက်တော်"),
    ("Mrauk-U", "Mrauk U", "Myohaung", "မြောက်ဦး"),
    ("Minbya", "မင်းပြား"),
    ("Ponnagyun", "ပုဏ္ဏားကျွန်း"),
    ("Pauktaw", "ပေါက်တော"),
    ("Myebon", "မြေပုံ"),
    ("Kyaukphyu", "ကျောက်ဖြူ"),
    ("Thandwe", "Sandoway", "သံတွဲ"),
    ("Taungup", "Toungup", "တောင်ကုတ်"),
    ("Mawlamyine", "Moulmein", "မော်လမြိုင်"),
    ("Pathein", "Bassein", "ပုသိမ်"),
    ("Bago", "Pegu", "ပဲခူး"),
    ("Dawei", "Tavoy", "ထားဝယ်"),
    ("Myeik", "Mergui", "မြိတ်"),
    ("Pyay", "Prome", "ပြည်"),
    ("Taunggyi", "တောင်ကြီး"),
    ("Myitkyina", "မြစ်ကြီးနား"),
    ("Hpa-An", "Pa-an", "ဘားအံ"),
    ("Lashio", "လားရှိုး"),
    ("Monywa", "မုံရွာ"),
    ("Magway", "Magwe", "မကွေး"),
    # Myanmar's states and regions, named as a place of birth where the town is not
    ("Rakhine", "Arakan", "Rakhaing", "ရခိုင်"),
    ("Ayeyarwady", "Irrawaddy", "ဧရာဝတီ"),
    ("Tanintharyi", "Tenasserim", "တနင်္သာရီ"),
    ("Shan", "ရှမ်း"),
    ("Kachin", "ကချင်"),
    ("Kayin", "Karen", "ကရင်"),
    ("Mon", "မွန်"),
    ("Sagaing", "စစ်ကိုင်း"),
    # Afghanistan
    ("Kabul", "کابل"),
    ("Kandahar", "Qandahar", "قندهار"),
    ("Herat", "هرات"),
    ("Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar", "مزار شریف", "مزارشریف"),
    ("Jalalabad", "جلال آباد", "جلال‌آباد", "جلالآباد"),
    ("Kunduz", "Kondoz", "Qunduz", "کندز"),
    ("Ghazni", "غزنی"),
    ("Khost", "خوست"),
    ("Lashkar Gah", "لشکرگاه", "لشکر گاه"),
    ("Bamyan", "Bamiyan", "بامیان"),
    ("Gardez", "گردیز"),
    ("Maimana", "Maymana", "میمنه"),
    ("Pul-i-Khumri", "Puli Khumri", "پلخمری", "پل خمری"),
    ("Farah", "فراه"),
    ("Zaranj", "زرنج"),
    # Afghanistan's provinces that are not named after their towns
    ("Balkh", "بلخ"),
    ("Nangarhar", "ننگرهار"),
    ("Helmand", "هلمند"),
    ("Paktia", "Paktiya", "پکتیا"),
    ("Faryab", "فاریاب"),
    ("Baghlan", "بغلان"),
    ("Nimruz", "Nimroz", "نیمروز"),
    # Sri Lanka: Sinhala, then Tamil
    ("Colombo", "කොළඹ", "கொழும்பு"),
    ("Kandy", "Mahanuwara", "Nuwara", "මහනුවර", "නුවර", "கண்டி"),
    ("Galle", "ගාල්ල", "காலி"),
    ("Jaffna", "Yalpanam", "Yapanaya", "යාපනය", "யாழ்ப்பாணம்"),
    ("Trincomalee", "Tirukonamalai", "ත්‍රිකුණාමලය", "திருகோணமலை"),
    ("Batticaloa", "Mattakkalappu", "Madakalapuwa", "මඩකලපුව", "மட்டக்களப்பு"),
    ("Negombo", "Migamuwa", "මීගමුව", "நீர்கொழும்பு"),
    ("Kurunegala", "කුරුණෑගල", "குருணாகல்"),
    ("Anuradhapura", "අනුරාධපුරය", "அனுராதபுரம்"),
    ("Matara", "මාතර", "மாத்தறை"),
    ("Ratnapura", "රත්නපුර", "இரத்தினபுரி"),
    ("Badulla", "බදුල්ල", "பதுளை"),
    ("Vavuniya", "වවුනියාව", "வவுனியா"),
    ("Mannar", "මන්නාරම", "மன்னார்"),
    ("Kilinochchi", "කිලිනොච්චිය", "கிளிநொச்சி"),
    ("Mullaitivu", "මුලතිව්", "முல்லைத்தீவு"),
    ("Nuwara Eliya", "නුවරඑළිය", "நுவரெலியா"),
    ("Gampaha", "ගම්පහ", "கம்பஹா"),
    # Sri Lanka's provinces
    ("Northern Province", "උතුරු පළාත", "வட மாகாணம்"),
    ("Eastern Province", "නැගෙනහිර පළාත", "கிழக்கு மாகாணம்"),
    ("Western Province", "බස්නාහිර පළාත", "மேல் மாகாணம்"),
    ("Central Province", "මධ්‍යම පළාත", "மத்திய மாகாணம்"),
    ("Southern Province", "දකුණු පළාත", "தென் மாகாணம்"),
    # Thailand
    ("Bangkok", "Krung Thep", "Krung Thep Maha Nakhon", "กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ"),
    ("Chiang Mai", "เชียงใหม่"),
    ("Chiang Rai", "เชียงราย"),
    ("Khon Kaen", "ขอนแก่น"),
    ("Udon Thani", "อุดรธานี"),
    ("Nakhon Ratchasima", "Korat", "Khorat", "นครราชสีมา", "โคราช"),
    ("Ubon Ratchathani", "อุบลราชธานี"),
    ("Hat Yai", "หาดใหญ่"),
    ("Songkhla", "สงขลา"),
    ("Phuket", "ภูเก็ต"),
    ("Surat Thani", "สุราษฎร์ธานี"),
    ("Nakhon Si Thammarat", "นครศรีธรรมราช"),
    ("Mae Sot", "แม่สอด"),
    ("Tak", "ตาก"),
    ("Ranong", "ระนอง"),
    ("Pattani", "ปัตตานี"),
    # Maldives
    ("Male", "Maale", "މާލެ"),
    ("Hulhumale", "ހުޅުމާލެ"),
    ("Addu", "Addu City", "އައްޑޫ"),
    ("Hithadhoo", "ހިތަދޫ"),
    ("Fuvahmulah", "Fuvammulah", "ފުވައްމުލައް"),
    ("Kulhudhuffushi", "ކުޅުދުއްފުށި"),
    ("Thinadhoo", "ތިނަދޫ"),
    ("Naifaru", "ނައިފަރު"),
    # Atolls named as a place of birth where the island is not
    ("Haa Dhaalu", "Thiladhunmathi Dhekunuburi"),
    ("Gaafu Dhaalu", "Huvadhu Atoll Dhekunuburi"),
    ("Lhaviyani", "Faadhippolhu"),
    # Neighbours whose renamed cities are met as places of birth
    ("Kolkata", "Calcutta"),
    ("Chennai", "Madras"),
    ("Mumbai", "Bombay"),
)

# The places of the table within others of it: a district's towns, a state's or a
# province's districts and towns, an atoll's islands. A person born in Teknaf is born in
# Cox's Bazar too, and one registration may say one, the next the other. Not Bangladesh's
# divisions, nor Myanmar's regions named after their towns: Chattogram, Bago written as a
# place of birth is the town.
WITHIN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Cox's Bazar", ("Teknaf", "Ukhia")),
    ("Noakhali", ("Bhasan Char",)),
    (
        "Rakhine",
        (
            "Sittwe",
            "Maungdaw",
            "Buthidaung",
            "Rathedaung",
            "Kyauktaw",
            "Mrauk-U",
            "Minbya",
            "Ponnagyun",
            "Pauktaw",
            "Myebon",
            "Kyaukphyu",
            "Thandwe",
            "Taungup",
        ),
    ),
    ("Ayeyarwady", ("Pathein",)),
    ("Tanintharyi", ("Dawei", "Myeik")),
    ("Shan", ("Taunggyi", "Lashio")),
    ("Kachin", ("Myitkyina",)),
    ("Kayin", ("Hpa-An",)),
    ("Mon", ("Mawlamyine",)),
    ("Sagaing", ("Monywa",)),
    ("Balkh", ("Mazar-i-Sharif",)),
    ("Nangarhar", ("Jalalabad",)),
    ("Helmand", ("Lashkar Gah",)),
    ("Paktia", ("Gardez",)),
    ("Faryab", ("Maimana",)),
    ("Baghlan", ("Pul-i-Khumri",)),
    ("Nimruz", ("Zaranj",)),
    ("Gampaha", ("Negombo",)),
    ("Northern Province", ("Jaffna", "Kilinochchi", "Mullaitivu", "Vavuniya", "Mannar")),
    ("Eastern Province", ("Trincomalee", "Batticaloa")),
    ("Western Province", ("Colombo", "Gampaha")),
    ("Central Province", ("Kandy", "Nuwara Eliya")),
    ("Southern Province", ("Galle", "Matara")),
    ("Songkhla", ("Hat Yai",)),
    ("Tak", ("Mae Sot",)),
    ("Male", ("Hulhumale",)),
    ("Addu", ("Hithadhoo",)),
    ("Haa Dhaalu", ("Kulhudhuffushi",)),
    ("Gaafu Dhaalu", ("Thinadhoo",)),
    ("Lhaviyani", ("Naifaru",)),
)

# Words that say what kind of place a name is, not which: Cox's Bazar District, Yangon Region,
# as a form's labels write them short (Dist: Cox's Bazar; Vill. Kalapara; Maungdaw Tsp), and in
# the region's scripts (কক্সবাজার জেলা; ولایت بلخ; யாழ்ப்பாணம் மாவட்டம்).
_KIND_WORDS = regex.compile(
    r"(?i)(?:\b(?:city|town|township|district|division|province|region|state|village|"
    r"upazila|zila|zilla|thana|dist|vill|tsp|div|prov)\b|\bp\.\s?[os]\b)[.:]?"
    r"|(?<!\S)(?:জেলা|উপজেলা|গ্রাম|থানা|বিভাগ|ولایت|ولسوالی|شهر|மாவட்டம்|"
    r"දිස්ත්‍රික්කය|දිස්ත්රික්කය)(?!\S)"
    # joined to the name: Thai before it (จังหวัดขอนแก่น, จ.ขอนแก่น), Burmese after it
    # (ရန်ကုန်မြို့, မောင်တောမြို့နယ်, ရခိုင်ပြည်နယ်)
    r"|(?<!\S)(?:จังหวัด|อำเภอ|ตำบล|จ\.|อ\.|ต\.)"
    r"|(?:မြို့နယ်|မြို့|တိုင်းဒေသကြီး|ပြည်နယ်)(?!\S)"
)


def _joined(text: str) -> str:
    kept = set_aside(_KIND_WORDS, text)
    return "".join(latin for _, latin in to_latin_words(kept))


def _is_country(text: str) -> bool:
    """A country by its name or its nationals' (Bangladesh, Myanmar, Sri Lankan); not a code,
    which a town of three letters could be read as (Tak)."""
    if len(text) <= 3:
        return False
    try:
        return bool(read_nationality(text)[0])
    except ValueError:
        return False


def most_specific(text: str) -> str:
    """The place a written place of birth names: the first of its parts separated by commas
    that is not a country (Teknaf, Cox's Bazar: Teknaf; Dhaka, Bangladesh: Dhaka)."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    named = [part for part in parts if not _is_country(part)]
    return (named or parts or [text])[0]


def _forms() -> dict[str, frozenset[str]]:
    """Each town of the table, by the key of its first name: every name it goes by, keyed."""
    forms: dict[str, frozenset[str]] = {}
    for names in GAZETTEER:
        forms[_joined(names[0])] = frozenset(_joined(name) for name in names)
    return forms


_FORMS = _forms()
_CANONICAL = {form: key for key, forms in _FORMS.items() for form in forms}


def _within() -> dict[str, frozenset[str]]:
    """Each place of the table that holds others, by its key: the keys of every place within
    it, however deep (a province's districts' towns)."""
    holds = {_joined(larger): {_joined(name) for name in names} for larger, names in WITHIN}
    unknown = {name for names in holds.values() for name in names} - set(_FORMS)
    assert not unknown and set(holds) <= set(_FORMS), unknown
    closed: dict[str, frozenset[str]] = {}

    def inside(key: str) -> frozenset[str]:
        if key not in closed:
            found = set(holds.get(key, ()))
            for name in holds.get(key, ()):
                found |= inside(name)
            closed[key] = frozenset(found)
        return closed[key]

    return {key: inside(key) for key in holds}


_WITHIN = _within()


@functools.lru_cache(maxsize=65536)
def place_key(text: str) -> str:
    """One spelling per place: the most specific one written (`most_specific`), romanised,
    joined, named as the region names it today."""
    joined = _joined(most_specific(text))
    return _CANONICAL.get(joined, joined)


@functools.lru_cache(maxsize=65536)
def places_agree(a: str, b: str) -> bool | None:
    """True or False when both are known; None when either is missing. Kept: a query meets
    the same few towns in most of its candidates."""
    if not a.strip() or not b.strip():
        return None
    key_a, key_b = place_key(a), place_key(b)
    if not key_a or not key_b:
        return None
    if key_a == key_b:
        return True
    if _country_only(a) != _country_only(b):
        # A country against a town (Bangladesh; Dhaka, Bangladesh): the town may be in it.
        return None
    if _one_within_other(key_a, key_b) or _written_within(a, b, key_a, key_b):
        # A town and the district or province it is in: one registration was the more
        # precise, and neither says the two are one person or two.
        return None
    if key_a in _FORMS and key_b in _FORMS:
        # Two towns of the table: Kandy is not Kandahar, however alike they are written.
        return False
    # A town of the table against a spelling it does not hold (Chitagong): any of its names.
    return any(
        _alike(form_a, form_b)
        for form_a in _FORMS.get(key_a, (key_a,))
        for form_b in _FORMS.get(key_b, (key_b,))
    )


def _alike(a: str, b: str) -> bool:
    if skeleton_key(a) == skeleton_key(b):
        return True
    return JaroWinkler.similarity(spelling_key(a), spelling_key(b)) >= 0.9


def _one_within_other(key_a: str, key_b: str) -> bool:
    return key_b in _WITHIN.get(key_a, ()) or key_a in _WITHIN.get(key_b, ())


@functools.lru_cache(maxsize=65536)
def _country_only(text: str) -> bool:
    return all(_is_country(part.strip()) for part in text.split(",") if part.strip())


@functools.lru_cache(maxsize=65536)
def _written_around(text: str) -> frozenset[str]:
    """The keys of the larger places a place of birth is written within, after it (Kalapara,
    Cox's Bazar: Cox's Bazar), its country left out."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    named = [part for part in parts if not _is_country(part)]
    return frozenset(_CANONICAL.get(key, key) for key in map(_joined, named[1:]) if key)


def _written_within(a: str, b: str, key_a: str, key_b: str) -> bool:
    """One place written as lying within the other: a village of one registration, in the
    district the other gives (Vill: Kalapara, Dist: Cox's Bazar; Cox's Bazar)."""
    return key_b in _written_around(a) or key_a in _written_around(b)


def place_within(a: str, b: str) -> bool:
    """Whether one of two places of birth lies within the other (`WITHIN`, or as one of them
    is written): Teknaf and Cox's Bazar, Maungdaw and Rakhine State, Kalapara, Cox's Bazar and
    Cox's Bazar."""
    if not a.strip() or not b.strip():
        return False
    key_a, key_b = place_key(a), place_key(b)
    return _one_within_other(key_a, key_b) or _written_within(a, b, key_a, key_b)
