"""Names the benchmark generator does not hold, in their script and as people of their nation
commonly write them in Latin letters: a check that Kembali's reading of names carries beyond
the names it was built on.

    uv run --group bench python bench/identity/heldout.py [--list]

A pair *meets* when the two share a key (so a search or dedupe compares them at all) and
agree as one name: every part aligned as identical, the same spelling, sounding alike or
joined, nothing left over. The names were written down after the rules they test, from the
region's common names and spellings, and checked against the generator's tables
(`generate.py`, `more_names.py` and the demo's tables it draws on): none is there.
"""

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from kembali.identity.matching.compare import IdentityRecord, compare_names, prepare  # noqa: E402
from kembali.identity.matching.names import name_keys  # noqa: E402

# (nationality, script name): [(native, [Latin spellings])]. The first round was measured
# before any rule was changed for it (188 of 194 met), then its misses were read and the rules
# that were missing written; the second round was written then, and measured before its own
# misses were read (117 of 125); the third was written after the second's rules, without
# reading either's misses again, and measured before its own were read (159 of 165); the
# fourth, fifth and sixth likewise (128 of 138; 90 of 96; 111 of 114).
HELD_OUT: dict[tuple[str, str], list[tuple[str, list[str]]]] = {
    ("BGD", "Bengali"): [
        ("সাকিব", ["Sakib", "Shakib"]),
        ("তানভীর", ["Tanvir", "Tanveer"]),
        ("মাহমুদ", ["Mahmud", "Mahmood"]),
        ("নাসরিন", ["Nasrin", "Nasreen"]),
        ("শাহানা", ["Shahana", "Sahana"]),
        ("মুন্নী", ["Munni", "Munny"]),
        ("হাবিবুর", ["Habibur", "Habibor"]),
        ("মোস্তফা", ["Mostafa", "Mustafa"]),
        ("সেলিনা", ["Selina", "Salina"]),
        ("জাকির", ["Zakir", "Jakir"]),
        ("রুবিনা", ["Rubina", "Robina"]),
        ("খালেদা", ["Khaleda", "Khalida"]),
        ("বিশ্বাস", ["Biswas", "Bishwas"]),
        ("চৌধুরী", ["Chowdhury", "Chaudhuri"]),
        ("সিদ্দিকী", ["Siddiqui", "Siddiki"]),
        ("আনোয়ারা", ["Anowara", "Anwara"]),
        ("ফেরদৌসী", ["Ferdousi", "Ferdowsi"]),
        ("মিজান", ["Mizan", "Mijan"]),
        ("শফিকুল", ["Shafiqul", "Shofikul"]),
        ("নূরজাহান", ["Nurjahan", "Noorjahan"]),
    ],
    ("MMR", "Burmese"): [
        ("ဇော်ဝင်း", ["Zaw Win", "Zaw Winn"]),
        ("သီတာ", ["Thida"]),
        ("နန်းဆွေ", ["Nan Swe", "Nann Swe"]),
        ("ကျော်ဇော", ["Kyaw Zaw"]),
        ("မြင့်ထွန်း", ["Myint Htun", "Myint Tun"]),
        ("ဝင်းနိုင်", ["Win Naing", "Win Nine"]),
        ("ခင်မောင်", ["Khin Maung", "Khin Mg"]),
        ("ထွန်းထွန်း", ["Tun Tun", "Htun Htun"]),
        ("စန္ဒာ", ["Sandar", "Sanda"]),
        ("ယဉ်ယဉ်", ["Yin Yin", "Yinn Yinn"]),
        ("သန်းထိုက်", ["Than Htike", "Than Hteik"]),
        ("ဖြိုးဝေ", ["Phyo Wai", "Pyo Wai"]),
        ("ဉာဏ်လင်း", ["Nyan Lin", "Nyan Linn"]),
        ("အိမွန်", ["Ei Mon", "Ei Mun"]),
    ],
    ("AFG", "Pashto/Dari"): [
        ("حمیدالله", ["Hamidullah", "Hamidulla"]),
        ("نقیب", ["Naqib", "Nakib"]),
        ("شبنم", ["Shabnam", "Shabnum"]),
        ("فرزانه", ["Farzana", "Farzaneh"]),
        ("عبدالقادر", ["Abdul Qadir", "Abdulqader"]),
        ("ګلبدین", ["Gulbuddin", "Golbodin"]),
        ("نورالله", ["Noorullah", "Nurullah"]),
        ("سهراب", ["Sohrab", "Suhrab"]),
        ("مرضیه", ["Marzia", "Marziyeh"]),
        ("حبیبه", ["Habiba", "Habibah"]),
        ("وحیدالله", ["Wahidullah", "Waheedullah"]),
        ("یوسفزی", ["Yousafzai", "Yusufzai"]),
        ("اڅکزی", ["Achakzai", "Achekzai"]),
        ("فاطمه", ["Fatima", "Fatema"]),
        ("رحمت الله", ["Rahmatullah", "Rahmat Ullah"]),
    ],
    ("LKA", "Sinhala"): [
        ("කසුන්", ["Kasun", "Kasunn"]),
        ("නදීෂා", ["Nadeesha", "Nadisha"]),
        ("ප්‍රසන්න", ["Prasanna", "Prasana"]),
        ("රංජිත්", ["Ranjith", "Ranjit"]),
        ("දිල්රුක්ෂි", ["Dilrukshi", "Dilrukshie"]),
        ("ජයසිංහ", ["Jayasinghe", "Jayasinha"]),
        ("බණ්ඩාර", ["Bandara", "Bandhara"]),
        ("හේරත්", ["Herath", "Herat"]),
        ("චන්ද්‍රිකා", ["Chandrika", "Chandrica"]),
        ("තිලිණි", ["Thilini", "Tilini"]),
        ("රාජපක්ෂ", ["Rajapaksa", "Rajapakse"]),
        ("දසනායක", ["Dasanayaka"]),
    ],
    ("LKA", "Tamil"): [
        ("கணேஷ்", ["Ganesh", "Kanesh"]),
        ("வசந்தி", ["Vasanthi", "Wasanthi"]),
        ("ரமேஷ்", ["Ramesh"]),
        ("சிவகுமார்", ["Sivakumar", "Sivakumaar"]),
        ("கிருஷ்ணன்", ["Krishnan", "Kirushnan"]),
        ("யோகேஸ்வரன்", ["Yogeswaran", "Yokeswaran"]),
        ("புவனேஸ்வரி", ["Puvaneswari", "Bhuvaneswari"]),
        ("தர்மராஜா", ["Dharmarajah", "Tharmarajah"]),
        ("நிரோஷா", ["Nirosha", "Niroshaa"]),
        ("குமாரசாமி", ["Kumarasamy", "Kumaraswamy"]),
        ("சுப்பையா", ["Subbiah", "Suppiah"]),
        ("ஜெயந்தி", ["Jeyanthi", "Jayanthi"]),
    ],
    ("THA", "Thai"): [
        ("ธีรพงษ์", ["Theerapong", "Thirapong"]),
        ("สุภาพร", ["Supaporn", "Suphaphon"]),
        ("ณัฐพล", ["Nattapon", "Natthaphon"]),
        ("พิมพ์ชนก", ["Pimchanok", "Phimchanok"]),
        ("อภิชาติ", ["Apichat", "Aphichat"]),
        ("วิไลวรรณ", ["Wilaiwan", "Vilaiwan"]),
        ("บุญมี", ["Boonmee", "Bunmi"]),
        ("ศักดิ์ดา", ["Sakda", "Sakdar"]),
        ("ปิยะ", ["Piya", "Piyah"]),
        ("รัตนา", ["Rattana", "Ratana"]),
        ("สมพงษ์", ["Sompong", "Somphong"]),
        ("จิราพร", ["Jiraporn", "Chiraphon"]),
        ("ทองดี", ["Thongdee", "Tongdi"]),
        ("ชนะ", ["Chana", "Chanah"]),
    ],
    ("MDV", "Thaana"): [
        ("އާދަމް", ["Adam", "Aadam"]),
        ("ޝަހީދާ", ["Shaheedha", "Shahida"]),
        ("ޢަލީ", ["Ali", "Alee"]),
        ("ޒަރީނާ", ["Zareena", "Zarina"]),
        ("ރަޝީދު", ["Rasheed", "Rashid"]),
        ("ނަސީމާ", ["Naseema", "Nasima"]),
        ("ޙަލީމް", ["Haleem", "Halim"]),
        ("ޖަމީލާ", ["Jameela", "Jamila"]),
        ("ޤާސިމް", ["Qasim", "Gasim"]),
        ("ސަލީމް", ["Saleem", "Salim"]),
        ("ފާޠިމަތު", ["Fathimath", "Fatimath"]),
        ("ޢަބްދުﷲ", ["Abdulla", "Abdullah"]),
    ],
}
SECOND_ROUND: dict[tuple[str, str], list[tuple[str, list[str]]]] = {
    ("BGD", "Bengali"): [
        ("হোসাইন", ["Hossain", "Hussain", "Hosain"]),
        ("কামরুল", ["Kamrul", "Kamrool"]),
        ("জান্নাতুল ফেরদৌস", ["Jannatul Ferdous", "Jannatul Ferdaus"]),
        ("মৌসুমী", ["Mousumi", "Moushumi"]),
        ("শিউলি", ["Shiuli", "Sheuly"]),
        ("মাসুদ রানা", ["Masud Rana", "Masood Rana"]),
        ("খাদিজা", ["Khadija", "Khadiza"]),
        ("ইয়াসমিন", ["Yasmin", "Yeasmin"]),
    ],
    ("MMR", "Burmese"): [
        ("ကျော်ကျော်", ["Kyaw Kyaw"]),
        ("မြတ်နိုး", ["Myat Noe", "Myat No"]),
        ("ဟိန်းထက်", ["Hein Htet", "Hein Htat"]),
        ("ပိုင်ဖြိုး", ["Paing Phyo", "Paing Pyo"]),
        ("ဆုမြတ်", ["Su Myat", "Soe Myat"]),
        ("နှင်းဝေ", ["Hnin Wai", "Hnin Wei"]),
        ("သူဇာ", ["Thuzar", "Thu Zar"]),
        ("ချမ်းမြေ့", ["Chan Myae", "Chan Mye"]),
        ("ဇင်မာ", ["Zin Mar", "Zin Ma"]),
        ("ရဲလင်း", ["Ye Lin", "Ye Linn"]),
        ("တင်တင်", ["Tin Tin"]),
        ("ညီညီ", ["Nyi Nyi"]),
        ("ကောင်းမြတ်", ["Kaung Myat"]),
    ],
    ("AFG", "Pashto/Dari"): [
        ("عبدالرحیم", ["Abdul Rahim", "Abdurrahim"]),
        ("زرمینه", ["Zarmina", "Zarmeena"]),
        ("ملالی", ["Malalai", "Malali"]),
        ("سمیع الله", ["Samiullah", "Sami Ullah"]),
        ("حکمت", ["Hekmat", "Hikmat"]),
        ("مسعوده", ["Masouda", "Masooda"]),
        ("لطیف", ["Latif", "Lateef"]),
        ("ځدران", ["Zadran", "Dzadran"]),
        ("وردګ", ["Wardak", "Wardag"]),
    ],
    ("LKA", "Sinhala"): [
        ("චමරි", ["Chamari", "Chamaree"]),
        ("ශානිකා", ["Shanika", "Sanika"]),
        ("සෙනෙවිරත්න", ["Seneviratne", "Senevirathna"]),
        ("ලක්මාලි", ["Lakmali", "Lakmalee"]),
        ("අනුරාධා", ["Anuradha", "Anuradh"]),
        ("තුෂාර", ["Thushara", "Tushara"]),
        ("ධනුෂ්ක", ["Dhanushka", "Danushka"]),
        ("ඉෂාරා", ["Ishara", "Eshara"]),
    ],
    ("LKA", "Tamil"): [
        ("பாலகிருஷ்ணன்", ["Balakrishnan", "Palakrishnan"]),
        ("அருள்", ["Arul"]),
        ("மதிவதனி", ["Mathivathani", "Madhivadhani"]),
        ("தேவராஜ்", ["Devaraj", "Thevaraj"]),
        ("ஸ்ரீதரன்", ["Sritharan", "Sridharan"]),
        ("கௌரி", ["Gowri", "Gauri"]),
        ("சந்திரசேகரன்", ["Chandrasekaran", "Santhirasekaran"]),
        ("ரவிச்சந்திரன்", ["Ravichandran", "Ravichandiran"]),
        ("விக்னேஸ்வரன்", ["Vigneswaran", "Wigneswaran"]),
        ("தமிழ்செல்வி", ["Thamilselvi", "Tamilselvi"]),
        ("ஜெகநாதன்", ["Jeganathan", "Jaganathan"]),
    ],
    ("THA", "Thai"): [
        ("กิตติศักดิ์", ["Kittisak"]),
        ("วรวุฒิ", ["Worawut", "Vorawut"]),
        ("ปรีชา", ["Preecha", "Pricha"]),
        ("สุนิสา", ["Sunisa", "Soonisa"]),
        ("อรุณี", ["Arunee", "Aruni"]),
        ("ธนากร", ["Thanakorn", "Tanakorn"]),
        ("ศิริพร", ["Siriporn", "Siriphon"]),
        ("นิตยา", ["Nittaya", "Nitaya"]),
        ("พงศกร", ["Pongsakorn", "Phongsakon"]),
        ("อัญชลี", ["Anchalee", "Anchali"]),
        ("ยุทธนา", ["Yutthana", "Yuttana"]),
    ],
    ("MDV", "Thaana"): [
        ("ހުސައިން", ["Hussain", "Husain"]),
        ("ޒުބައިރު", ["Zubair", "Zubeir"]),
        ("ވަޙީދު", ["Waheed", "Vaheed"]),
        ("ނިޝާން", ["Nishan", "Nishaan"]),
        ("ރިޟާ", ["Riza", "Rida"]),
    ],
}
THIRD_ROUND: dict[tuple[str, str], list[tuple[str, list[str]]]] = {
    ("BGD", "Bengali"): [
        ("রফিক", ["Rafiq", "Rofik"]),
        ("আরিফ", ["Arif", "Aarif"]),
        ("লাইলা", ["Laila", "Layla"]),
        ("মাহফুজ", ["Mahfuz", "Mahfuj"]),
        ("পারভেজ", ["Parvez", "Pervez"]),
        ("রেহানা", ["Rehana", "Rahana"]),
        ("তৌহিদ", ["Tawhid", "Touhid"]),
        ("ফারজানা", ["Farzana", "Farjana"]),
        ("সেলিম", ["Selim", "Salim"]),
        ("মুক্তা", ["Mukta", "Mookta"]),
        ("শামীম", ["Shamim", "Shameem"]),
        ("জুয়েল", ["Jewel", "Juel"]),
        ("নুসরাত", ["Nusrat", "Nushrat"]),
        ("রাকিব", ["Rakib", "Raqib"]),
    ],
    ("MMR", "Burmese"): [
        ("မင်းထက်", ["Min Htet", "Min Htat"]),
        ("ဝေယံ", ["Wai Yan", "Way Yan"]),
        ("ဇေယျာ", ["Zeyar", "Zeya"]),
        ("မျိုးမင်း", ["Myo Min", "Myo Minn"]),
        ("အေးချမ်း", ["Aye Chan", "Aye Chann"]),
        ("လှလှ", ["Hla Hla"]),
        ("စိုးမိုး", ["Soe Moe", "Soe Mo"]),
        ("သက်နိုင်", ["Thet Naing", "Thet Nine"]),
        ("ခိုင်ဇာ", ["Khine Zar", "Khaing Zar"]),
        ("ပြည့်ဖြိုး", ["Pyae Phyo", "Pyay Pyo"]),
        ("ဟန်ဇော်", ["Han Zaw", "Hann Zaw"]),
        ("မေသူ", ["May Thu", "Mae Thu"]),
        ("နွယ်နီ", ["Nwe Ni", "Nway Ni"]),
    ],
    ("AFG", "Pashto/Dari"): [
        ("فریده", ["Farida", "Fareeda"]),
        ("شکیلا", ["Shakila", "Shakeela"]),
        ("ذکیه", ["Zakia", "Zakiya"]),
        ("عزیز", ["Aziz", "Azeez"]),
        ("کریم", ["Karim", "Kareem"]),
        ("رحیمه", ["Rahima", "Raheema"]),
        ("اسدالله", ["Asadullah", "Assadullah"]),
        ("پاینده", ["Painda", "Payenda"]),
        ("جمیله", ["Jamila", "Jameela"]),
        ("ناهید", ["Nahid", "Naheed"]),
        ("حمیرا", ["Humaira", "Homaira"]),
    ],
    ("LKA", "Sinhala"): [
        ("සචිනි", ["Sachini", "Sachinee"]),
        ("ඉරේෂා", ["Iresha", "Ireshaa"]),
        ("දිනේෂ්", ["Dinesh", "Dhinesh"]),
        ("කුමුදු", ["Kumudu", "Kumudhu"]),
        ("ලහිරු", ["Lahiru", "Lahiroo"]),
        ("මධුෂානි", ["Madushani", "Madhushani"]),
        ("පියුමි", ["Piyumi", "Piumi"]),
        ("චතුර", ["Chathura", "Chatura"]),
        ("සඳුනි", ["Sanduni", "Sandhuni"]),
        ("ආකාශ්", ["Akash", "Aakash"]),
        ("වික්‍රමරත්න", ["Wickramaratne", "Wickremaratne"]),
        ("ඒකනායක", ["Ekanayake", "Ekanayaka"]),
    ],
    ("LKA", "Tamil"): [
        ("சுதாகரன்", ["Suthakaran", "Sudhakaran"]),
        ("நளினி", ["Nalini", "Naleeni"]),
        ("பிரபாகரன்", ["Prabhakaran", "Pirapaharan"]),
        ("மகேஸ்வரி", ["Maheswari", "Mageswari"]),
        ("கீதா", ["Geetha", "Githa"]),
        ("லோகநாதன்", ["Loganathan", "Lokanathan"]),
        ("தயாளன்", ["Thayalan", "Dayalan"]),
        ("வனிதா", ["Vanitha", "Wanitha"]),
        ("இளங்கோ", ["Ilango", "Elango"]),
        ("செந்தில்", ["Senthil", "Sendhil"]),
        ("அனுஷா", ["Anusha", "Anushaa"]),
    ],
    ("THA", "Thai"): [
        ("ธนวัฒน์", ["Thanawat", "Tanawat"]),
        ("ชุติมา", ["Chutima", "Choutima"]),
        ("ภัทรา", ["Pattra", "Phatthra"]),
        ("สุรเชษฐ์", ["Surachet", "Surachate"]),
        ("อารีรัตน์", ["Areerat", "Arirat"]),
        ("เอกชัย", ["Ekachai", "Ekkachai"]),
        ("ดวงใจ", ["Duangjai", "Duangchai"]),
        ("วีระ", ["Weera", "Wira"]),
        ("สุวิทย์", ["Suwit", "Suvit"]),
        ("นภา", ["Napa", "Napha"]),
        ("อำนาจ", ["Amnat", "Amnart"]),
        ("กัลยา", ["Kanlaya", "Kalaya"]),
        ("ทิพวรรณ", ["Tippawan", "Thipphawan"]),
    ],
    ("MDV", "Thaana"): [
        ("ޙަމްދާން", ["Hamdan", "Hamdhan"]),
        ("ޝަމީމް", ["Shameem", "Shamim"]),
        ("ޢަޒީޒާ", ["Azeeza", "Aziza"]),
        ("ނަޖީބު", ["Najeeb", "Najib"]),
        ("ފަރީދާ", ["Fareedha", "Farida"]),
        ("ޒިޔާދު", ["Ziyad", "Ziyaad"]),
        ("ހަލީމާ", ["Haleema", "Halima"]),
        ("ޠާރިޤު", ["Thariq", "Tariq"]),
        ("ލަޠީފާ", ["Latheefa", "Latifa"]),
    ],
}
FOURTH_ROUND: dict[tuple[str, str], list[tuple[str, list[str]]]] = {
    ("BGD", "Bengali"): [
        ("মনোয়ারা", ["Monowara", "Manwara"]),
        ("আক্তারুজ্জামান", ["Aktaruzzaman", "Akhtaruzzaman"]),
        ("সাজ্জাদ", ["Sajjad", "Sazzad"]),
        ("রিয়াজ", ["Riaz", "Reaz"]),
        ("মেহেদী", ["Mehedi", "Mehdi"]),
        ("তানজিলা", ["Tanzila", "Tanjila"]),
        ("শাহরিয়ার", ["Shahriar", "Shahriyar"]),
        ("আফরোজা", ["Afroza", "Afroja"]),
        ("জাহিদুল", ["Zahidul", "Jahidul"]),
        ("ফাহিম", ["Fahim", "Faheem"]),
        ("সুলতানা", ["Sultana", "Sultanaa"]),
        ("মাহবুব", ["Mahbub", "Mahboob"]),
    ],
    ("MMR", "Burmese"): [
        ("သန်းဇော်", ["Than Zaw", "Thann Zaw"]),
        ("အောင်မြင့်", ["Aung Myint"]),
        ("ကိုကိုလွင်", ["Ko Ko Lwin", "Koko Lwin"]),
        ("ဖြူဖြူ", ["Phyu Phyu", "Pyu Pyu"]),
        ("ခင်လေး", ["Khin Lay", "Khin Lei"]),
        ("ဝင်းမြင့်", ["Win Myint", "Winn Myint"]),
        ("မိုးမိုး", ["Moe Moe", "Mo Mo"]),
        ("ဇော်မင်း", ["Zaw Min", "Zaw Minn"]),
        ("ယုယုအေး", ["Yu Yu Aye", "Yuyu Aye"]),
        ("ထက်ထက်", ["Htet Htet", "Htat Htat"]),
        ("စန်းစန်း", ["San San", "Sann Sann"]),
    ],
    ("AFG", "Pashto/Dari"): [
        ("عبدالولی", ["Abdul Wali", "Abdulwali"]),
        ("محبوبه", ["Mahbooba", "Mahbuba"]),
        ("ذبیح", ["Zabih", "Zabeeh"]),
        ("پروانه", ["Parwana", "Parvana"]),
        ("صدیق", ["Siddiq", "Sediq"]),
        ("مرجان", ["Marjan", "Morjan"]),
        ("هارون", ["Haroon", "Harun"]),
        ("زهره", ["Zohra", "Zuhra"]),
        ("امان الله", ["Amanullah", "Aman Ullah"]),
        ("لیلما", ["Lailuma", "Lailoma"]),
    ],
    ("LKA", "Sinhala"): [
        ("සමීර", ["Sameera", "Samira"]),
        ("චාමර", ["Chamara", "Chamera"]),
        ("නිලූෂා", ["Nilusha", "Niloosha"]),
        ("ප්‍රියංකා", ["Priyanka", "Priyanga"]),
        ("අමරසේකර", ["Amarasekara", "Amarasekera"]),
        ("දුලාන්ජලී", ["Dulanjali", "Dulanjalee"]),
        ("හසිත", ["Hasitha", "Hasita"]),
        ("ඉන්දික", ["Indika"]),
        ("උදයංගනී", ["Udayangani", "Udayangane"]),
    ],
    ("LKA", "Tamil"): [
        ("பத்மநாதன்", ["Pathmanathan", "Padmanathan"]),
        ("சுமதி", ["Sumathi", "Sumadhi"]),
        ("ரஞ்சனி", ["Ranjani"]),
        ("நாகேந்திரன்", ["Nagendran", "Nagenthiran"]),
        ("சிவசங்கர்", ["Sivasankar", "Sivashankar"]),
        ("மீனாட்சி", ["Meenakshi", "Meenatchi"]),
        ("அம்பிகா", ["Ambika", "Ampika"]),
        ("விஜயகுமார்", ["Vijayakumar", "Wijayakumar"]),
        ("தர்ஷன்", ["Tharshan", "Darshan"]),
    ],
    ("THA", "Thai"): [
        ("ประภาส", ["Praphat", "Prapas"]),
        ("สุกัญญา", ["Sukanya", "Sukunya"]),
        ("ชลธิชา", ["Chonthicha", "Cholticha"]),
        ("ณรงค์", ["Narong"]),
        ("ศุภชัย", ["Supachai", "Suphachai"]),
        ("เยาวลักษณ์", ["Yaowalak", "Yaowaluck"]),
        ("พรรณี", ["Pannee", "Phanni"]),
        ("ไพโรจน์", ["Pairoj", "Phairot"]),
        ("อุไรวรรณ", ["Uraiwan", "Auraiwan"]),
        ("สายสุนีย์", ["Saisunee", "Saisuni"]),
        ("บุญส่ง", ["Boonsong", "Bunsong"]),
        ("จารุวรรณ", ["Jaruwan", "Charuwan"]),
    ],
    ("MDV", "Thaana"): [
        ("ޢަބްދުލް ޣަފޫރު", ["Abdul Gafoor", "Abdul Ghafoor"]),
        ("ޝާހިދާ", ["Shahidha", "Shahida"]),
        ("މުނާ", ["Muna", "Munaa"]),
        ("ޝަރީފާ", ["Shareefa", "Sharifa"]),
        ("ހާޖަރާ", ["Hajara", "Haajara"]),
        ("ނާހިދާ", ["Nahidha", "Nahida"]),
        ("ރަޝްފާ", ["Rashfa", "Rashfaa"]),
        ("ސަނާ", ["Sana", "Sanaa"]),
    ],
}
FIFTH_ROUND: dict[tuple[str, str], list[tuple[str, list[str]]]] = {
    ("MMR", "Burmese"): [
        ("ကျော်ဇင်", ["Kyaw Zin", "Kyaw Zinn"]),
        ("မြင့်မြင့်", ["Myint Myint"]),
        ("အောင်သူ", ["Aung Thu"]),
        ("ဇာနည်", ["Zarni", "Zar Ni"]),
        ("လင်းလင်း", ["Lin Lin", "Linn Linn"]),
        ("သဉ္ဇာ", ["Thinzar", "Thin Zar"]),
        ("မင်းခန့်", ["Min Khant", "Min Khan"]),
        ("ဖြိုးသီ", ["Phyo Thi", "Pyo Thi"]),
        ("ဆုလဲ့", ["Su Lae", "Su Lei"]),
        ("ဝင်းဦး", ["Win Oo", "Win U"]),
        ("ကြည်ကြည်", ["Kyi Kyi", "Kyee Kyee"]),
    ],
    ("LKA", "Tamil"): [
        ("கணேசலிங்கம்", ["Ganeshalingam", "Kanesalingam"]),
        ("சின்னத்தம்பி", ["Sinnathamby", "Chinnathambi"]),
        ("பொன்னம்பலம்", ["Ponnambalam", "Ponnampalam"]),
        ("இந்திரா", ["Indira", "Inthira"]),
        ("வேலுப்பிள்ளை", ["Velupillai", "Veluppillai"]),
        ("அன்னலட்சுமி", ["Annalakshmi", "Annaletchumy"]),
        ("சுந்தரம்", ["Sundaram", "Suntharam"]),
        ("பங்கஜம்", ["Pankajam", "Pangajam"]),
        ("தனபாலசிங்கம்", ["Thanabalasingam", "Dhanapalasingam"]),
        ("கலைச்செல்வி", ["Kalaiselvi", "Kalaichelvi"]),
        ("ஆறுமுகம்", ["Arumugam", "Aarumugam"]),
    ],
    ("THA", "Thai"): [
        ("สมหญิง", ["Somying"]),
        ("เกียรติศักดิ์", ["Kiattisak", "Kiatisak"]),
        ("อัมพร", ["Amporn", "Amphon"]),
        ("ประพันธ์", ["Praphan", "Prapan"]),
        ("ทวีศักดิ์", ["Taweesak", "Thawisak"]),
        ("วันเพ็ญ", ["Wanpen", "Wanphen"]),
        ("สุพัตรา", ["Supattra", "Suphattra"]),
        ("ลำไย", ["Lamyai", "Lumyai"]),
        ("ดารุณี", ["Darunee", "Daruni"]),
        ("ปราณี", ["Pranee", "Prani"]),
        ("เฉลิม", ["Chaloem", "Chalerm"]),
    ],
    ("LKA", "Sinhala"): [
        ("ශ්‍රියානි", ["Sriyani", "Shriyani"]),
        ("මංජුල", ["Manjula"]),
        ("බුද්ධික", ["Buddhika", "Budhika"]),
        ("සංජීව", ["Sanjeewa", "Sanjeeva"]),
        ("පුෂ්පකුමාර", ["Pushpakumara", "Pushpa Kumara"]),
        ("ජගත්", ["Jagath", "Jagat"]),
        ("නාලනී", ["Nalani", "Nalanee"]),
    ],
    ("BGD", "Bengali"): [
        ("মঞ্জুরুল", ["Manjurul", "Monjurul"]),
        ("শঙ্কর", ["Shankar", "Sankar"]),
        ("সঞ্জয়", ["Sanjoy", "Sanjay"]),
        ("রঞ্জিত", ["Ranjit", "Ronjit"]),
        ("আঞ্জুমান", ["Anjuman", "Anzuman"]),
        ("পঙ্কজ", ["Pankaj", "Ponkoj"]),
    ],
    ("AFG", "Pashto/Dari"): [
        ("ننګیالی", ["Nangialai", "Nangyalai"]),
        ("زرغونه", ["Zarghona", "Zarghuna"]),
        ("شینکۍ", ["Shinkai", "Shinkay"]),
        ("سپوږمۍ", ["Spozhmai", "Spogmai"]),
    ],
}
SIXTH_ROUND: dict[tuple[str, str], list[tuple[str, list[str]]]] = {
    ("BGD", "Bengali"): [
        ("শাহজাহান", ["Shahjahan", "Shajahan"]),
        ("মনিরুজ্জামান", ["Moniruzzaman", "Maniruzzaman"]),
        ("কামরুন", ["Kamrun", "Kamroon"]),
        ("শরীফ", ["Sharif", "Shorif"]),
        ("মোর্শেদ", ["Morshed", "Murshed"]),
        ("আরিফুল", ["Ariful", "Areeful"]),
        ("রোকসানা", ["Roksana", "Rokshana"]),
        ("বিলকিস", ["Bilkis", "Bilquis"]),
    ],
    ("MMR", "Burmese"): [
        ("နေလင်း", ["Nay Lin", "Ne Lin"]),
        ("ဝေဝေ", ["Wai Wai", "Wei Wei"]),
        ("ချိုချို", ["Cho Cho"]),
        ("ရဲနောင်", ["Ye Naung", "Yae Naung"]),
        ("သက်ပိုင်", ["Thet Paing"]),
        ("ခိုင်ဇင်", ["Khine Zin", "Khaing Zin"]),
        ("အိအိ", ["Ei Ei"]),
        ("ဝဏ္ဏ", ["Wunna", "Wanna"]),
        ("သူရ", ["Thura", "Thu Ra"]),
        ("ဆန်းဆန်း", ["San San"]),
    ],
    ("AFG", "Pashto/Dari"): [
        ("شکریه", ["Shukria", "Shukriya"]),
        ("زلمی", ["Zalmai", "Zalmay"]),
        ("پلوشه", ["Palwasha", "Palwashah"]),
        ("روح الله", ["Ruhullah", "Rohullah"]),
        ("عصمت", ["Esmat", "Ismat"]),
        ("نظیفه", ["Nazifa", "Nazeefa"]),
        ("فرشته", ["Fereshta", "Fereshteh"]),
        ("هوتک", ["Hotak", "Hotaak"]),
        ("توریالی", ["Torialai", "Toryalai"]),
    ],
    ("LKA", "Sinhala"): [
        ("නිරෝෂා", ["Nirosha"]),
        ("සමන්ති", ["Samanthi"]),
        ("චන්දිමා", ["Chandima"]),
        ("ගයාන්", ["Gayan"]),
        ("රත්නායක", ["Ratnayake", "Rathnayake"]),
        ("ජයවර්ධන", ["Jayawardena", "Jayawardene"]),
        ("සුජීව", ["Sujeewa", "Sujeeva"]),
        ("දමයන්ති", ["Damayanthi"]),
        ("නදීක", ["Nadeeka", "Nadika"]),
        ("මහේෂ්", ["Mahesh"]),
    ],
    ("LKA", "Tamil"): [
        ("ராஜேஸ்வரி", ["Rajeswari", "Rajeshwari"]),
        ("சுகந்தி", ["Suganthi", "Sukanthi"]),
        ("தவமணி", ["Thavamani", "Thawamani"]),
        ("கமலா", ["Kamala"]),
        ("பத்மினி", ["Padmini", "Pathmini"]),
        ("ரவிசங்கர்", ["Ravishankar", "Ravisankar"]),
        ("துஷ்யந்தன்", ["Thushyanthan", "Dushyanthan"]),
        ("நிரோஜன்", ["Nirojan"]),
        ("ரூபினி", ["Rubini", "Roopini"]),
    ],
    ("MDV", "Thaana"): [
        ("ނަޝީދު", ["Nasheed", "Nashid"]),
        ("ނަސީރު", ["Naseer", "Nasir"]),
        ("ޙައްވާ", ["Hawwa", "Hawa"]),
        ("ރިޔާޒް", ["Riyaz", "Riyaaz"]),
        ("ލަޠީފް", ["Latheef", "Latif"]),
        ("ޒީނަތު", ["Zeenath", "Zinath"]),
        ("ޝާހިދު", ["Shahid", "Shaahid"]),
        ("ނާޝިދާ", ["Nashida", "Naashidha"]),
        ("ފައިސަލް", ["Faisal", "Faysal"]),
        ("ނިޔާޒް", ["Niyaz", "Niyaaz"]),
        ("ޒުހުރާ", ["Zuhura", "Zuhra"]),
        ("އަނީސް", ["Anees", "Anis"]),
    ],
    ("THA", "Thai"): [
        ("ณัฐวุฒิ", ["Nattawut", "Natthawut"]),
        ("พรทิพย์", ["Porntip", "Phonthip"]),
        ("กิตติพงษ์", ["Kittipong", "Kittiphong"]),
        ("ปิยะพงษ์", ["Piyapong", "Piyaphong"]),
        ("บุษบา", ["Busaba", "Bussaba"]),
    ],
}
ROUNDS = {
    "first": HELD_OUT,
    "second": SECOND_ROUND,
    "third": THIRD_ROUND,
    "fourth": FOURTH_ROUND,
    "fifth": FIFTH_ROUND,
    "sixth": SIXTH_ROUND,
}
AGREE = ("identical", "same_spelling", "sounds_alike", "joined")


def meets(native: str, latin: str, nationality: str) -> tuple[bool, str]:
    one, other = (
        prepare(IdentityRecord("x", (name,), nationality=nationality)).names[0]
        for name in (native, latin)
    )
    keyed = bool(name_keys(one) & name_keys(other))
    _, evidence, aligned = compare_names(one, other, lambda _: 10.0)
    agree = bool(aligned) and all(e.how in AGREE for e in evidence)
    said = ", ".join(f"{e.how} {e.query}/{e.record}".strip() for e in evidence)
    return keyed and agree, ("" if keyed else "no shared key; ") + said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="show every pair that misses")
    args = parser.parse_args()
    print("| round | script | pairs | meet |")
    print("|---|---|---|---|")
    missed = []
    for round_name, rounds_names in ROUNDS.items():
        total = met = 0
        for (nationality, script), names in rounds_names.items():
            pairs = [(native, latin) for native, spellings in names for latin in spellings]
            results = [(pair, *meets(*pair, nationality)) for pair in pairs]
            hits = sum(ok for _, ok, _ in results)
            missed += [(script, pair, said) for pair, ok, said in results if not ok]
            print(f"| {round_name} | {script} | {len(pairs)} | {hits} |")
            total, met = total + len(pairs), met + hits
        print(f"| {round_name} | all | {total} | {met} ({met / total:.3f}) |")
    if args.list:
        for script, (native, latin), said in missed:
            print(f"{script}: {native} / {latin}: {said}")


if __name__ == "__main__":
    main()
