"""Names of the region in their own scripts with the romanisations met in practice.

Each entry is (native, [romanisations]); the first romanisation is the most common. Used by
the demo and by benchmark generators; nothing here is about a real person.
"""

from typing import Any

Entry = tuple[str, list[str]]
Table = dict[str, Any]

BANGLADESH: Table = {
    "language": "bn",
    "male": [
        ("মোহাম্মদ", ["Mohammad", "Muhammad", "Md.", "Mohd"]),
        ("আব্দুল", ["Abdul", "Abdool"]),
        ("রহিম", ["Rahim", "Rohim"]),
        ("করিম", ["Karim", "Korim"]),
        ("হাসান", ["Hasan", "Hassan"]),
        ("রফিকুল", ["Rafiqul", "Rofikul"]),
        ("জামাল", ["Jamal"]),
        ("কামাল", ["Kamal"]),
        ("সাইফুল", ["Saiful", "Shaiful"]),
        ("আনোয়ার", ["Anwar", "Anowar"]),
        ("নুরুল", ["Nurul", "Noorul"]),
        ("শফিকুল", ["Shafiqul", "Shofikul"]),
        ("মিজানুর", ["Mizanur", "Mijanur"]),
        ("হাবিবুর", ["Habibur"]),
        ("আলমগীর", ["Alamgir", "Alomgir"]),
        ("মাহমুদ", ["Mahmud", "Mahmood"]),
    ],
    "female": [
        ("ফাতেমা", ["Fatema", "Fatima"]),
        ("আয়েশা", ["Ayesha", "Aysha"]),
        ("নাসরিন", ["Nasrin", "Nasreen"]),
        ("রোকেয়া", ["Rokeya", "Rokia"]),
        ("শাহনাজ", ["Shahnaz", "Shanaz"]),
        ("তাসলিমা", ["Taslima", "Toslima"]),
        ("রাবেয়া", ["Rabeya", "Rabia"]),
        ("সালমা", ["Salma"]),
        ("রহিমা", ["Rahima", "Rohima"]),
        ("জাহানারা", ["Jahanara"]),
    ],
    "family": [
        ("রহমান", ["Rahman", "Rohman"]),
        ("ইসলাম", ["Islam"]),
        ("হোসেন", ["Hossain", "Hussain", "Hosen"]),
        ("আহমেদ", ["Ahmed", "Ahmad"]),
        ("উদ্দিন", ["Uddin", "Uddeen"]),
        ("মিয়া", ["Mia", "Miah"]),
        ("খান", ["Khan"]),
        ("চৌধুরী", ["Chowdhury", "Choudhury"]),
        ("সরকার", ["Sarkar", "Sorkar"]),
        ("আলী", ["Ali", "Aly"]),
    ],
    "female_family": [
        ("বেগম", ["Begum", "Begom"]),
        ("আক্তার", ["Akter", "Akhtar"]),
        ("খাতুন", ["Khatun", "Khatoon"]),
    ],
    "places": [
        ("চট্টগ্রাম", ["Chattogram", "Chittagong"]),
        ("ঢাকা", ["Dhaka", "Dacca"]),
        ("সিলেট", ["Sylhet"]),
        ("কক্সবাজার", ["Cox's Bazar", "Coxs Bazar"]),
        ("কুমিল্লা", ["Cumilla", "Comilla"]),
        ("নোয়াখালী", ["Noakhali"]),
    ],
}

MYANMAR: Table = {
    "language": "my",
    # Burmese names have no family name; people are known by two or three syllables.
    "male": [
        ("အောင်", ["Aung", "Aong"]),
        ("ကျော်", ["Kyaw", "Kyau"]),
        ("မင်း", ["Min"]),
        ("ထွန်း", ["Htun", "Tun"]),
        ("ဇော်", ["Zaw", "Zaw"]),
        ("ဝင်း", ["Win"]),
        ("မြင့်", ["Myint", "Myin"]),
        ("သိန်း", ["Thein", "Thane"]),
        ("လှ", ["Hla"]),
        ("စိုး", ["Soe", "Soh"]),
        ("နိုင်", ["Naing", "Nai"]),
        ("သူ", ["Thu"]),
    ],
    "female": [
        ("ခင်", ["Khin"]),
        ("နွယ်", ["Nwe", "Nway"]),
        ("စန်း", ["San"]),
        ("ယု", ["Yu"]),
        ("မေ", ["May", "Me"]),
        ("ဖြူ", ["Phyu", "Phyoo"]),
        ("ဆု", ["Hsu", "Su"]),
        ("ဇင်", ["Zin"]),
        ("မာ", ["Mar", "Ma"]),
        ("သီ", ["Thi", "Thee"]),
    ],
    "honorific_male": [("ဦး", ["U"]), ("ကို", ["Ko"]), ("မောင်", ["Maung", "Mg"])],
    "honorific_female": [("ဒေါ်", ["Daw"]), ("မ", ["Ma"])],
    "places": [
        ("ရန်ကုန်", ["Yangon", "Rangoon"]),
        ("မန္တလေး", ["Mandalay"]),
        ("စစ်တွေ", ["Sittwe", "Akyab"]),
        ("မော်လမြိုင်", ["Mawlamyine", "Moulmein"]),
        ("ပုသိမ်", ["Pathein", "Bassein"]),
        ("မောင်တော", ["Maungdaw", "Maungtaw"]),
    ],
}

AFGHANISTAN: Table = {
    "language": "prs",
    "other_language": "ps",
    "male": [
        ("محمد", ["Mohammad", "Muhammad", "Mohammed"]),
        ("احمد", ["Ahmad", "Ahmed"]),
        ("عبدالله", ["Abdullah", "Abdulla"]),
        ("نور", ["Noor", "Nur"]),
        ("گل", ["Gul", "Gol"]),
        ("حمید", ["Hamid", "Hameed"]),
        ("جاوید", ["Jawid", "Javed", "Javid"]),
        ("فرید", ["Farid", "Fareed"]),
        ("شریف", ["Sharif", "Shareef"]),
        ("ذبیح الله", ["Zabihullah", "Zabiullah"]),
        ("نجیب", ["Najib", "Najeeb"]),
        ("رحمت الله", ["Rahmatullah", "Rahmatulla"]),
    ],
    "female": [
        ("فاطمه", ["Fatima", "Fatema"]),
        ("مریم", ["Maryam", "Mariam"]),
        ("زهرا", ["Zahra", "Zohra"]),
        ("ملالۍ", ["Malalai", "Malalay"]),
        ("شبنم", ["Shabnam"]),
        ("فریبا", ["Fariba", "Fareeba"]),
        ("نرگس", ["Nargis", "Narges"]),
        ("ګلالۍ", ["Gulalai", "Gulalay"]),
    ],
    "family": [
        ("احمدی", ["Ahmadi"]),
        ("محمدی", ["Mohammadi", "Muhammadi"]),
        ("حیدری", ["Haidari", "Heidari"]),
        ("رحیمی", ["Rahimi", "Rahemi"]),
        ("کریمی", ["Karimi"]),
        ("نوری", ["Noori", "Nuri"]),
        ("پوپلزی", ["Popalzai", "Popalzay"]),
        ("یوسفزی", ["Yousafzai", "Yusufzai"]),
        ("شینواری", ["Shinwari"]),
        ("صافی", ["Safi"]),
    ],
    "places": [
        ("کابل", ["Kabul"]),
        ("هرات", ["Herat"]),
        ("قندهار", ["Kandahar", "Qandahar"]),
        ("مزار شریف", ["Mazar-i-Sharif", "Mazar-e Sharif"]),
        ("جلال آباد", ["Jalalabad"]),
        ("غزنی", ["Ghazni"]),
    ],
}

SRI_LANKA_SINHALA: Table = {
    "language": "si",
    "male": [
        ("නිමල්", ["Nimal"]),
        ("සුනිල්", ["Sunil"]),
        ("කමල්", ["Kamal"]),
        ("චමින්ද", ["Chaminda", "Chamindha"]),
        ("ප්‍රසාද්", ["Prasad", "Prasadh"]),
        ("රුවන්", ["Ruwan", "Ruvan"]),
        ("සමන්", ["Saman"]),
    ],
    "female": [
        ("කුමාරි", ["Kumari"]),
        ("නිලන්ති", ["Nilanthi", "Nilanthie"]),
        ("දිල්හානි", ["Dilhani"]),
        ("සඳමාලි", ["Sandamali"]),
        ("චතුරිකා", ["Chathurika", "Chaturika"]),
    ],
    "family": [
        ("පෙරේරා", ["Perera"]),
        ("සිල්වා", ["Silva", "de Silva"]),
        ("ප්‍රනාන්දු", ["Fernando"]),
        ("බණ්ඩාර", ["Bandara"]),
        ("ජයසූරිය", ["Jayasuriya", "Jayasooriya"]),
        ("විජේසිංහ", ["Wijesinghe", "Wijesingha"]),
        ("රාජපක්ෂ", ["Rajapaksa", "Rajapakse"]),
    ],
    "places": [
        ("කොළඹ", ["Colombo"]),
        ("ගාල්ල", ["Galle"]),
        ("මහනුවර", ["Kandy", "Mahanuwara"]),
        ("නිගම්බුව", ["Negombo"]),
        ("කුරුණෑගල", ["Kurunegala"]),
    ],
}

SRI_LANKA_TAMIL: Table = {
    "language": "ta",
    "male": [
        ("முருகன்", ["Murugan"]),
        ("செல்வம்", ["Selvam"]),
        ("குமார்", ["Kumar", "Kumaar"]),
        ("ராஜா", ["Raja", "Rajah"]),
        ("சிவா", ["Siva", "Shiva"]),
        ("கணேஷ்", ["Ganesh"]),
        ("தினேஷ்", ["Dinesh", "Thinesh"]),
    ],
    "female": [
        ("லட்சுமி", ["Lakshmi", "Letchumi"]),
        ("பிரியா", ["Priya", "Piriya"]),
        ("மீனா", ["Meena", "Mina"]),
        ("கவிதா", ["Kavitha", "Kavita"]),
        ("தர்ஷினி", ["Tharshini", "Darshini"]),
    ],
    # Tamil usage: the father's given name stands where a family name would.
    "family": [
        ("சிவகுமார்", ["Sivakumar", "Shivakumar"]),
        ("ராஜேந்திரன்", ["Rajendran", "Rajenthiran"]),
        ("கணேசன்", ["Ganesan", "Kanesan"]),
        ("செல்வராஜா", ["Selvarajah", "Selvaraja"]),
        ("தர்மலிங்கம்", ["Tharmalingam", "Dharmalingam"]),
        ("பாலசுப்பிரமணியம்", ["Balasubramaniam", "Balasubramanian"]),
    ],
    "places": [
        ("யாழ்ப்பாணம்", ["Jaffna", "Yalpanam"]),
        ("மட்டக்களப்பு", ["Batticaloa", "Mattakkalappu"]),
        ("திருகோணமலை", ["Trincomalee", "Thirukonamalai"]),
        ("வவுனியா", ["Vavuniya"]),
        ("கிளிநொச்சி", ["Kilinochchi"]),
    ],
}
