"""More of the region's names for the benchmark generator, beyond the demo's tables: a
registry of millions needs the variety of real ones, or every person has a dozen namesakes."""

BENGALI_MALE = [
    ("আমিনুল", ["Aminul", "Aminool"]),
    ("আশরাফুল", ["Ashraful", "Asraful"]),
    ("বশির", ["Bashir", "Boshir"]),
    ("দেলোয়ার", ["Delwar", "Delowar"]),
    ("ফারুক", ["Faruk", "Farooq"]),
    ("গোলাম", ["Golam", "Ghulam"]),
    ("হুমায়ুন", ["Humayun", "Humaun"]),
    ("ইকবাল", ["Iqbal", "Ikbal"]),
    ("জাহাঙ্গীর", ["Jahangir", "Jahangeer"]),
    ("কাউসার", ["Kawsar", "Kausar"]),
    ("লিটন", ["Liton", "Litton"]),
    ("মনিরুল", ["Monirul", "Manirul"]),
    ("নজরুল", ["Nazrul", "Nojrul"]),
    ("ওবায়দুল", ["Obaidul", "Obaydul"]),
    ("রাশেদ", ["Rashed", "Rashid"]),
    ("সোহেল", ["Sohel", "Shohel"]),
    ("তারেক", ["Tarek", "Tareq"]),
    ("জসিম", ["Jashim", "Jasim"]),
    ("মামুন", ["Mamun", "Mamoon"]),
    ("শাহীন", ["Shahin", "Shaheen"]),
    ("রুহুল", ["Ruhul", "Ruhool"]),
    ("আজিজুল", ["Azizul", "Ajijul"]),
]
BENGALI_FEMALE = [
    ("শারমিন", ["Sharmin", "Sharmeen"]),
    ("মরিয়ম", ["Moriom", "Mariam"]),
    ("সুমাইয়া", ["Sumaiya", "Sumaya"]),
    ("নাজমা", ["Nazma", "Najma"]),
    ("পারভীন", ["Parvin", "Parveen"]),
    ("কুলসুম", ["Kulsum", "Kulsoom"]),
    ("হালিমা", ["Halima", "Halimah"]),
    ("জেসমিন", ["Jesmin", "Jasmin"]),
    ("রুমানা", ["Rumana", "Romana"]),
    ("শিরিন", ["Shirin", "Shireen"]),
    ("মাহমুদা", ["Mahmuda", "Mahmooda"]),
    ("তাহমিনা", ["Tahmina", "Tahmeena"]),
]
BENGALI_FAMILY = [
    ("মোল্লা", ["Molla", "Mollah"]),
    ("শেখ", ["Sheikh", "Shaikh"]),
    ("তালুকদার", ["Talukder", "Talukdar"]),
    ("মজুমদার", ["Majumder", "Mojumder"]),
    ("ভূঁইয়া", ["Bhuiyan", "Bhuiya"]),
    ("হাওলাদার", ["Howlader", "Hawlader"]),
    ("প্রধান", ["Prodhan", "Pradhan"]),
    ("মৃধা", ["Mridha", "Mirdha"]),
    ("পাটোয়ারী", ["Patwary", "Patowari"]),
    ("সিদ্দিকী", ["Siddiqui", "Siddiki"]),
]
BURMESE_MALE = [
    ("ထက်", ["Htet", "Htett"]),
    ("လွင်", ["Lwin", "Lwinn"]),
    ("ရဲ", ["Ye", "Yei"]),
    ("သန့်", ["Thant", "Thandt"]),
    ("ဖြိုး", ["Phyo", "Phyoe"]),
    ("ပိုင်", ["Paing", "Paeng"]),
    ("ဟိန်း", ["Hein", "Hane"]),
    ("ချစ်", ["Chit", "Chitt"]),
    ("ရွှေ", ["Shwe", "Shway"]),
    ("တင်", ["Tin", "Tinn"]),
    ("သန်း", ["Than", "Thann"]),
    ("နေ", ["Nay", "Nei"]),
    ("လင်း", ["Lin", "Linn"]),
    ("စိန်", ["Sein", "Sane"]),
    ("မျိုး", ["Myo", "Myoe"]),
    ("ညွန့်", ["Nyunt", "Nyunn"]),
    ("လှိုင်", ["Hlaing", "Hlaig"]),
    ("သော်", ["Thaw", "Thau"]),
    ("ဌေး", ["Htay", "Htei"]),
    ("ကြည်", ["Kyi", "Kyee"]),
]
BURMESE_FEMALE = [
    ("ငြိမ်း", ["Nyein", "Nyain"]),
    ("နှင်း", ["Hnin", "Hninn"]),
    ("အိ", ["Ei", "Ei"]),
    ("ပြည့်", ["Pyae", "Pyay"]),
    ("ခိုင်", ["Khaing", "Khine"]),
    ("မွန်", ["Mon", "Mone"]),
    ("မြတ်", ["Myat", "Myatt"]),
    ("သက်", ["Thet", "Thett"]),
    ("ဝါ", ["Wah", "War"]),
    ("မြ", ["Mya", "Myar"]),
    ("အေး", ["Aye", "Aye"]),
    ("ချို", ["Cho", "Cho"]),
    ("ဆွေ", ["Swe", "Sway"]),
    ("ပြုံး", ["Pyone", "Pyon"]),
    ("မိုး", ["Moe", "Moh"]),
]
AFGHAN_MALE = [
    ("عبدالرحمن", ["Abdul Rahman", "Abdurrahman"]),
    ("غلام", ["Ghulam", "Gholam"]),
    ("حبیب الله", ["Habibullah", "Habib Ullah"]),
    ("شفیق", ["Shafiq", "Shafeeq"]),
    ("ولی", ["Wali", "Vali"]),
    ("اسماعیل", ["Ismail", "Esmail"]),
    ("یوسف", ["Yousuf", "Yusuf"]),
    ("بشیر", ["Bashir", "Basheer"]),
    ("قدیر", ["Qadir", "Kadir"]),
    ("نصیر", ["Nasir", "Naseer"]),
    ("ظاهر", ["Zahir", "Zaher"]),
    ("خالد", ["Khalid", "Khaled"]),
    ("مسعود", ["Masood", "Masud"]),
    ("سمیع الله", ["Samiullah", "Sami Ullah"]),
    ("انور", ["Anwar", "Anwer"]),
]
AFGHAN_FEMALE = [
    ("سلیمه", ["Salima", "Saleema"]),
    ("حمیده", ["Hamida", "Hameeda"]),
    ("ثریا", ["Suraya", "Soraya"]),
    ("پروین", ["Parwin", "Parveen"]),
    ("لیلا", ["Laila", "Leila"]),
    ("زینب", ["Zainab", "Zeinab"]),
    ("خدیجه", ["Khadija", "Khadijah"]),
    ("مینا", ["Mina", "Meena"]),
]
AFGHAN_FAMILY = [
    ("وردک", ["Wardak", "Wardag"]),
    ("مومند", ["Momand", "Mohmand"]),
    ("ستانکزی", ["Stanikzai", "Stanekzai"]),
    ("کاکړ", ["Kakar", "Kakkar"]),
    ("احمدزی", ["Ahmadzai", "Ahmadzay"]),
    ("نورزی", ["Noorzai", "Nurzai"]),
    ("هزاره", ["Hazara", "Hazarah"]),
    ("سادات", ["Sadat", "Saadat"]),
    ("جلالی", ["Jalali", "Jalaly"]),
    ("عزیزی", ["Azizi", "Azizy"]),
]
SINHALA_MALE = [
    ("අනුර", ["Anura", "Anurah"]),
    ("ලසන්ත", ["Lasantha", "Lasanta"]),
    ("මහින්ද", ["Mahinda", "Mahindha"]),
    ("තිලක්", ["Thilak", "Tilak"]),
    ("ගාමිණී", ["Gamini", "Gaminie"]),
    ("අජිත්", ["Ajith", "Ajit"]),
    ("ධර්මසේන", ["Dharmasena", "Darmasena"]),
    ("උපුල්", ["Upul", "Upool"]),
    ("සම්පත්", ["Sampath", "Sampat"]),
    ("නුවන්", ["Nuwan", "Nuvan"]),
]
SINHALA_FEMALE = [
    ("ශ්‍යාමලී", ["Shyamali", "Shiyamali"]),
    ("ඉරෝෂා", ["Irosha", "Iroshaa"]),
    ("මල්කාන්ති", ["Malkanthi", "Malkanti"]),
    ("දීපිකා", ["Deepika", "Dipika"]),
    ("නදීෂා", ["Nadeesha", "Nadisha"]),
    ("රේණුකා", ["Renuka", "Renukaa"]),
]
SINHALA_FAMILY = [
    ("රණසිංහ", ["Ranasinghe", "Ranasingha"]),
    ("ගුණසේකර", ["Gunasekara", "Gunasekera"]),
    ("දිසානායක", ["Dissanayake", "Disanayaka"]),
    ("හේරත්", ["Herath", "Herat"]),
    ("කරුණාරත්න", ["Karunaratne", "Karunarathna"]),
    ("වික්‍රමසිංහ", ["Wickramasinghe", "Wikramasinghe"]),
    ("සේනානායක", ["Senanayake", "Senanayaka"]),
    ("අබේසේකර", ["Abeysekara", "Abeysekera"]),
]
TAMIL_MALE = [
    ("சுரேஷ்", ["Suresh", "Sures"]),
    ("ரமேஷ்", ["Ramesh", "Rames"]),
    ("விஜய்", ["Vijay", "Vijai"]),
    ("அருண்", ["Arun", "Aroon"]),
    ("பிரகாஷ்", ["Prakash", "Pirakash"]),
    ("கண்ணன்", ["Kannan", "Kanan"]),
    ("சந்திரன்", ["Chandran", "Santhiran"]),
    ("ரவி", ["Ravi", "Ravee"]),
    ("சுப்பிரமணியம்", ["Subramaniam", "Suppiramaniyam"]),
    ("நடராஜா", ["Nadarajah", "Nataraja"]),
]
TAMIL_FEMALE = [
    ("வசந்தி", ["Vasanthi", "Vasanthy"]),
    ("சாந்தி", ["Shanthi", "Santhi"]),
    ("தேவி", ["Devi", "Thevi"]),
    ("ராணி", ["Rani", "Ranee"]),
    ("கலா", ["Kala", "Kalaa"]),
    ("சரஸ்வதி", ["Saraswathy", "Sarasvathi"]),
]
TAMIL_FAMILY = [
    ("சுப்பையா", ["Subbiah", "Suppaiya"]),
    ("மகேந்திரன்", ["Mahendran", "Mahenthiran"]),
    ("யோகநாதன்", ["Yoganathan", "Yogananthan"]),
    ("பரமேஸ்வரன்", ["Parameswaran", "Parameshwaran"]),
    ("கந்தசாமி", ["Kandasamy", "Kanthasamy"]),
    ("இராசையா", ["Rasiah", "Rasaiah"]),
]


# Dhivehi names: a person's second name is usually the father's given name, so a small table
# would give every Maldivian dozens of namesakes.
DHIVEHI_MALE = [
    ("ޔޫސުފް", ["Yoosuf", "Yusuf"]),
    ("އިސްމާޢީލް", ["Ismail", "Ismaeel"]),
    ("ޢުމަރު", ["Umar", "Umaru"]),
    ("މޫސާ", ["Moosa", "Musa"]),
    ("ޢީސާ", ["Easa", "Isa"]),
    ("ޝަރީފް", ["Shareef", "Sharif"]),
    ("ޖަމީލް", ["Jameel", "Jamil"]),
    ("ނަޞީރު", ["Naseer", "Nasir"]),
    ("ފައިޞަލް", ["Faisal", "Faysal"]),
    ("ޒާހިރު", ["Zahir", "Zaahir"]),
    ("ޙަމީދު", ["Hameed", "Hamid"]),
    ("ރަޝީދު", ["Rasheed", "Rashid"]),
    ("ސަލީމް", ["Saleem", "Salim"]),
    ("މާހިރު", ["Mahir", "Maahir"]),
    ("ޝަހީމް", ["Shaheem", "Shahim"]),
    ("ދާއޫދު", ["Dawood", "Dawud"]),
    ("ޢިމްރާން", ["Imran", "Imraan"]),
    ("ޢަފީފް", ["Afeef", "Afif"]),
    ("ޢަޒީމް", ["Azeem", "Azim"]),
    ("ސަޢީދު", ["Saeed", "Saeedh"]),
    ("ނިޒާރު", ["Nizar", "Nizaar"]),
    ("ޢާމިރު", ["Amir", "Aamir"]),
]
DHIVEHI_FEMALE = [
    ("ސަލްމާ", ["Salma", "Salmaa"]),
    ("ހަވްވާ", ["Hawwa", "Hawa"]),
    ("ޢަޒީމާ", ["Azeema", "Azima"]),
    ("ނަޝީދާ", ["Nasheeda", "Nashida"]),
    ("ޒައިނަބު", ["Zainab", "Zeynab"]),
    ("ސަމީރާ", ["Sameera", "Samira"]),
    ("ރަޝީދާ", ["Rasheeda", "Rashida"]),
    ("ޢަފީފާ", ["Afeefa", "Afifa"]),
    ("ނާދިޔާ", ["Nadiya", "Nadia"]),
    ("ޝަމީމާ", ["Shameema", "Shamima"]),
    ("ޙަލީމާ", ["Haleema", "Halima"]),
    ("އަމީނާ", ["Ameena", "Amina"]),
    ("ނަޒީމާ", ["Nazeema", "Nazima"]),
    ("ސާރާ", ["Sara", "Saara"]),
    ("ލައިލާ", ["Laila", "Leyla"]),
]


def extend(table: dict, **more: list) -> dict:
    out = dict(table)
    for key, entries in more.items():
        out[key] = list(table.get(key, [])) + entries
    return out


def compose(heads: list, tails: list) -> list:
    """Family names built as the region builds them, from a head and a tail (Thai
    Wong-sawat, Sinhala Jaya-singhe): written as one word in the script and in each
    romanisation. Thai law gives every family its own surname and Sinhala ones are many, so a
    short list would give every person dozens of namesakes no real registry has."""
    names = []
    for head_native, head_latin in heads:
        for tail_native, tail_latin in tails:
            if head_native == tail_native:
                continue
            spellings = {h + t.lower() for h, t in zip(head_latin, tail_latin, strict=False)}
            spellings.add(head_latin[0] + tail_latin[-1].lower())
            names.append((head_native + tail_native, sorted(spellings)))
    return names


THAI_FAMILY = compose(
    [
        ("ศรี", ["Sri", "Si"]),
        ("แก้ว", ["Kaew", "Keaw"]),
        ("ทอง", ["Thong", "Tong"]),
        ("บุญ", ["Boon", "Bun"]),
        ("วงศ์", ["Wong", "Vong"]),
        ("สุข", ["Suk", "Sook"]),
        ("ชัย", ["Chai", "Chay"]),
        ("จันทร์", ["Chan", "Jan"]),
        ("เพชร", ["Phet", "Pet"]),
        ("เจริญ", ["Charoen", "Jaroen"]),
        ("มณี", ["Manee", "Mani"]),
        ("รุ่ง", ["Rung", "Roong"]),
    ],
    [
        ("สุข", ["suk", "sook"]),
        ("มณี", ["manee", "mani"]),
        ("สวัสดิ์", ["sawat", "sawad"]),
        ("ดี", ["dee", "di"]),
        ("มา", ["ma", "maa"]),
        ("เพ็ญ", ["pen", "phen"]),
        ("วงศ์", ["wong", "vong"]),
        ("ชัย", ["chai", "chay"]),
        ("ศรี", ["sri", "si"]),
        ("ทอง", ["thong", "tong"]),
        ("กุล", ["kul", "kun"]),
        ("เจริญ", ["charoen", "jaroen"]),
        ("รัตน์", ["rat", "rath"]),
    ],
)
SINHALA_COMPOSED = compose(
    [
        ("ජය", ["Jaya", "Jaye"]),
        ("විජේ", ["Wije", "Vije"]),
        ("ගුණ", ["Guna", "Gune"]),
        ("කරුණා", ["Karuna", "Karunaa"]),
        ("සේනා", ["Sena", "Senaa"]),
        ("රාජ", ["Raja", "Raaja"]),
        ("ධර්ම", ["Dharma", "Darma"]),
        ("අබේ", ["Abey", "Abe"]),
        ("සිරි", ["Siri", "Sree"]),
        ("වීර", ["Weera", "Veera"]),
    ],
    [
        ("සිංහ", ["singhe", "singha"]),
        ("රත්න", ["ratne", "rathna"]),
        ("වර්ධන", ["wardena", "wardhana"]),
        ("සූරිය", ["suriya", "sooriya"]),
        ("සේකර", ["sekara", "sekera"]),
        ("නායක", ["nayake", "nayaka"]),
        ("තිලක", ["thilake", "tilaka"]),
        ("බණ්ඩාර", ["bandara", "bandaara"]),
    ],
)
