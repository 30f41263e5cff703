"""Where the seed texts happen: Maysan and Dhi Qar, with their districts and sub-districts.

Coordinates are the town centres (rounded); centres are scattered a little around them.
Each district is held by one police section, named as the seeds name them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    name_ar: str
    name_en: str
    code: str
    lat: float
    lon: float
    subdistricts: tuple[Place, ...] = ()


MAYSAN = Place("ميسان", "Maysan", "IQ-MA", 31.84, 47.15, (
    Place("العمارة", "Amarah", "IQ-MA-01", 31.84, 47.15, (
        Place("كميت", "Kumait", "IQ-MA-01-1", 32.04, 46.87),
        Place("المشرح", "Al-Musharrah", "IQ-MA-01-2", 31.74, 47.33),
    )),
    Place("الميمونة", "Al-Maimouna", "IQ-MA-02", 31.70, 46.93, (
        Place("السلام", "Al-Salam", "IQ-MA-02-1", 31.62, 46.84),
    )),
    Place("المجر الكبير", "Al-Majar al-Kabir", "IQ-MA-03", 31.57, 47.17, (
        Place("العدل", "Al-Adl", "IQ-MA-03-1", 31.50, 47.07),
        Place("الخير", "Al-Khair", "IQ-MA-03-2", 31.62, 47.25),
    )),
    Place("قلعة صالح", "Qalat Salih", "IQ-MA-04", 31.51, 47.28, (
        Place("العزير", "Al-Uzair", "IQ-MA-04-1", 31.33, 47.42),
    )),
    Place("علي الغربي", "Ali al-Gharbi", "IQ-MA-05", 32.46, 46.69, (
        Place("علي الشرقي", "Ali al-Sharqi", "IQ-MA-05-1", 32.10, 46.74),
    )),
    Place("الكحلاء", "Al-Kahla", "IQ-MA-06", 31.66, 47.38, (
        Place("بني هاشم", "Bani Hashim", "IQ-MA-06-1", 31.78, 47.45),
    )),
))

DHI_QAR = Place("ذي قار", "Dhi Qar", "IQ-DQ", 31.04, 46.26, (
    Place("الناصرية", "Nasiriyah", "IQ-DQ-01", 31.04, 46.26, (
        Place("البطحاء", "Al-Batha", "IQ-DQ-01-1", 30.86, 45.98),
    )),
    Place("الرفاعي", "Al-Rifai", "IQ-DQ-02", 31.72, 46.11, (
        Place("قلعة سكر", "Qalat Sukkar", "IQ-DQ-02-1", 31.86, 46.04),
    )),
    Place("الشطرة", "Al-Shatra", "IQ-DQ-03", 31.41, 46.17, (
        Place("الغراف", "Al-Gharraf", "IQ-DQ-03-1", 31.55, 46.13),
    )),
    Place("سوق الشيوخ", "Suq al-Shuyukh", "IQ-DQ-04", 30.89, 46.46),
    Place("الجبايش", "Al-Chibayish", "IQ-DQ-05", 30.95, 47.03),
))

# The Maysan police sections, one per district (the order of MAYSAN's districts).
MAYSAN_SECTIONS = ("قسم شرطة العمارة", "قسم شرطة الميمونة", "قسم شرطة المجر الكبير",
                   "قسم شرطة قلعة صالح", "قسم شرطة علي الغربي", "قسم شرطة الكحلاء")
MAYSAN_SECTIONS_EN = ("Amarah Police Section", "Maimouna Police Section",
                      "Majar al-Kabir Police Section", "Qalat Salih Police Section",
                      "Ali al-Gharbi Police Section", "Kahla Police Section")

# The six sections of seed 001 and the district each stands in.
DHI_QAR_SECTIONS = (
    ("قسم شرطة الرفاعي", "Rifai Police Section", "الرفاعي"),
    ("قسم شرطة الشطرة", "Shatra Police Section", "الشطرة"),
    ("قسم شرطة البلدة", "Al-Balda Police Section", "الناصرية"),
    ("قسم شرطة القضاء", "Al-Qadhaa Police Section", "الناصرية"),
    ("قسم شرطة سوق الشيوخ", "Suq al-Shuyukh Police Section", "سوق الشيوخ"),
    ("قسم شرطة الجبايش", "Chibayish Police Section", "الجبايش"),
)

# Iraq's 18 governorates for the national set, with a weight close to their population.
GOVERNORATES: tuple[tuple[str, str, float, float, float], ...] = (
    ("بغداد", "Baghdad", 8.1, 33.31, 44.37),
    ("نينوى", "Nineveh", 3.8, 36.34, 43.13),
    ("البصرة", "Basra", 3.0, 30.51, 47.78),
    ("ذي قار", "Dhi Qar", 2.2, 31.04, 46.26),
    ("بابل", "Babylon", 2.1, 32.47, 44.42),
    ("السليمانية", "Sulaymaniyah", 2.2, 35.56, 45.44),
    ("الأنبار", "Anbar", 1.8, 33.42, 43.30),
    ("أربيل", "Erbil", 1.9, 36.19, 44.01),
    ("ديالى", "Diyala", 1.7, 33.75, 44.61),
    ("كركوك", "Kirkuk", 1.6, 35.47, 44.39),
    ("صلاح الدين", "Salah al-Din", 1.6, 34.60, 43.68),
    ("النجف", "Najaf", 1.5, 32.00, 44.34),
    ("واسط", "Wasit", 1.4, 32.51, 45.82),
    ("القادسية", "Al-Qadisiyah", 1.3, 31.99, 44.92),
    ("دهوك", "Duhok", 1.3, 36.87, 42.99),
    ("ميسان", "Maysan", 1.1, 31.84, 47.15),
    ("كربلاء", "Karbala", 1.2, 32.62, 44.02),
    ("المثنى", "Al-Muthanna", 0.8, 31.32, 45.28),
)
