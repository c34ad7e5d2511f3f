#!/usr/bin/env python3
"""Writes content/taxonomy/regencies.yaml: the 35 regencies and cities of Central Java with
Kemendagri codes, spellings people use, and land neighbours inside the province (checked symmetric).
Run from the repository root: python3 content/tools/regencies.py"""

R = [
 # code, name, kind, programme, aliases (towns and spellings), abbreviations (SMS forms)
 ("33.01", "Cilacap", "kabupaten", True, ["kab cilacap", "kabupaten cilacap", "majenang", "kroya", "cilacp"], ["clp"]),
 ("33.02", "Banyumas", "kabupaten", True, ["kab banyumas", "kabupaten banyumas", "purwokerto", "ajibarang", "sokaraja", "banyumass"], ["bms", "pwt"]),
 ("33.03", "Purbalingga", "kabupaten", True, ["kab purbalingga", "kabupaten purbalingga", "bobotsari", "purbalinga"], ["pbg"]),
 ("33.04", "Banjarnegara", "kabupaten", True, ["kab banjarnegara", "kabupaten banjarnegara", "banjar negara", "banjarnegoro", "klampok"], ["bna"]),
 ("33.05", "Kebumen", "kabupaten", True, ["kab kebumen", "kabupaten kebumen", "gombong", "karanganyar kebumen"], ["kbm"]),
 ("33.06", "Purworejo", "kabupaten", False, ["kab purworejo", "kabupaten purworejo", "kutoarjo"], ["pwr"]),
 ("33.07", "Wonosobo", "kabupaten", True, ["kab wonosobo", "kabupaten wonosobo", "wonosbo", "dieng"], ["wsb"]),
 ("33.08", "Magelang", "kabupaten", False, ["kab magelang", "kabupaten magelang", "mungkid", "muntilan", "borobudur"], ["mgl"]),
 ("33.09", "Boyolali", "kabupaten", True, ["kab boyolali", "kabupaten boyolali", "boyolai", "ampel"], ["byl"]),
 ("33.10", "Klaten", "kabupaten", False, ["kab klaten", "kabupaten klaten", "delanggu"], ["klt"]),
 ("33.11", "Sukoharjo", "kabupaten", False, ["kab sukoharjo", "kabupaten sukoharjo", "kartasura", "grogol"], ["skh"]),
 ("33.12", "Wonogiri", "kabupaten", False, ["kab wonogiri", "kabupaten wonogiri"], ["wng"]),
 ("33.13", "Karanganyar", "kabupaten", False, ["kab karanganyar", "kabupaten karanganyar", "tawangmangu", "palur"], ["kra"]),
 ("33.14", "Sragen", "kabupaten", True, ["kab sragen", "kabupaten sragen", "gemolong", "sragenn"], ["srg"]),
 ("33.15", "Grobogan", "kabupaten", True, ["kab grobogan", "kabupaten grobogan", "purwodadi", "gubug", "grobokan"], ["pwd", "grb"]),
 ("33.16", "Blora", "kabupaten", False, ["kab blora", "kabupaten blora", "cepu"], ["bla"]),
 ("33.17", "Rembang", "kabupaten", True, ["kab rembang", "kabupaten rembang", "lasem", "rembank"], ["rbg"]),
 ("33.18", "Pati", "kabupaten", False, ["kab pati", "kabupaten pati", "juwana"], ["pti"]),
 ("33.19", "Kudus", "kabupaten", False, ["kab kudus", "kabupaten kudus"], ["kds"]),
 ("33.20", "Jepara", "kabupaten", False, ["kab jepara", "kabupaten jepara"], ["jpr"]),
 ("33.21", "Demak", "kabupaten", True, ["kab demak", "kabupaten demak", "mranggen", "sayung", "karangawen"], ["dmk"]),
 ("33.22", "Kabupaten Semarang", "kabupaten", True, ["kab semarang", "kab smg", "semarang kabupaten", "ungaran", "ambarawa", "bawen", "bergas"], ["kabsmg"]),
 ("33.23", "Temanggung", "kabupaten", False, ["kab temanggung", "kabupaten temanggung", "parakan"], ["tmg"]),
 ("33.24", "Kendal", "kabupaten", False, ["kab kendal", "kabupaten kendal", "kaliwungu", "weleri"], ["kdl"]),
 ("33.25", "Batang", "kabupaten", False, ["kab batang", "kabupaten batang"], ["btg"]),
 ("33.26", "Pekalongan", "kabupaten", False, ["kab pekalongan", "kabupaten pekalongan", "kajen"], ["pkl"]),
 ("33.27", "Pemalang", "kabupaten", False, ["kab pemalang", "kabupaten pemalang", "comal"], ["pml"]),
 ("33.28", "Tegal", "kabupaten", False, ["kab tegal", "kabupaten tegal", "slawi"], ["tgl"]),
 ("33.29", "Brebes", "kabupaten", True, ["kab brebes", "kabupaten brebes", "bumiayu", "ketanggungan", "brebess"], ["brb", "bbs"]),
 ("33.71", "Kota Magelang", "kota", False, ["magelang kota"], []),
 ("33.72", "Kota Surakarta", "kota", False, ["surakarta", "solo", "kota solo"], ["ska"]),
 ("33.73", "Kota Salatiga", "kota", False, ["salatiga"], ["sltg"]),
 ("33.74", "Kota Semarang", "kota", False, ["semarang kota", "kota smg"], ["smg"]),
 ("33.75", "Kota Pekalongan", "kota", False, ["pekalongan kota"], []),
 ("33.76", "Kota Tegal", "kota", False, ["tegal kota"], []),
]

N = {
 "33.01": ["33.02", "33.05", "33.29"],
 "33.02": ["33.01", "33.03", "33.04", "33.05", "33.27", "33.28", "33.29"],
 "33.03": ["33.02", "33.04", "33.27"],
 "33.04": ["33.02", "33.03", "33.05", "33.07", "33.25", "33.26", "33.27"],
 "33.05": ["33.01", "33.02", "33.04", "33.06", "33.07"],
 "33.06": ["33.05", "33.07", "33.08"],
 "33.07": ["33.04", "33.05", "33.06", "33.08", "33.23", "33.24", "33.25"],
 "33.08": ["33.06", "33.07", "33.09", "33.22", "33.23", "33.71"],
 "33.09": ["33.08", "33.10", "33.11", "33.13", "33.14", "33.15", "33.22", "33.72"],
 "33.10": ["33.09", "33.11"],
 "33.11": ["33.09", "33.10", "33.12", "33.13", "33.72"],
 "33.12": ["33.11", "33.13"],
 "33.13": ["33.09", "33.11", "33.12", "33.14", "33.72"],
 "33.14": ["33.09", "33.13", "33.15"],
 "33.15": ["33.09", "33.14", "33.16", "33.18", "33.19", "33.21", "33.22"],
 "33.16": ["33.15", "33.17", "33.18"],
 "33.17": ["33.16", "33.18"],
 "33.18": ["33.15", "33.16", "33.17", "33.19", "33.20"],
 "33.19": ["33.15", "33.18", "33.20", "33.21"],
 "33.20": ["33.18", "33.19", "33.21"],
 "33.21": ["33.15", "33.19", "33.20", "33.22", "33.74"],
 "33.22": ["33.08", "33.09", "33.15", "33.21", "33.23", "33.24", "33.73", "33.74"],
 "33.23": ["33.07", "33.08", "33.22", "33.24"],
 "33.24": ["33.07", "33.22", "33.23", "33.25", "33.74"],
 "33.25": ["33.04", "33.07", "33.24", "33.26", "33.75"],
 "33.26": ["33.04", "33.25", "33.27", "33.75"],
 "33.27": ["33.02", "33.03", "33.04", "33.26", "33.28"],
 "33.28": ["33.02", "33.27", "33.29", "33.76"],
 "33.29": ["33.01", "33.02", "33.28", "33.76"],
 "33.71": ["33.08"],
 "33.72": ["33.09", "33.11", "33.13"],
 "33.73": ["33.22"],
 "33.74": ["33.21", "33.22", "33.24"],
 "33.75": ["33.25", "33.26"],
 "33.76": ["33.28", "33.29"],
}

for a, ns in N.items():
    for b in ns:
        assert a in N[b], (a, b)
assert len(R) == 35 and len(N) == 35

out = ["spec: 1",
       "# The 35 regencies (kabupaten) and cities (kota) of Central Java, with Kemendagri codes.",
       "# name: how we write it; aliases: towns and spellings people use (found in chat, typo-tolerant);",
       "# abbreviations: SMS short forms, also expanded inside search text (smg -> semarang);",
       "# neighbours: land borders inside the province (must be mutual), used for \"near me\" and",
       "# for suggestions when a regency has no results; programme: a SINERGI programme regency.",
       "# Generated once by content/tools/regencies.py; edit here freely, the content check validates it.",
       "regencies:"]
for code, name, kind, prog, aliases, abbr in R:
    out.append(f"  - code: \"{code}\"")
    out.append(f"    name: {name}")
    out.append(f"    kind: {kind}")
    if prog:
        out.append(f"    programme: true")
    out.append(f"    aliases: [{', '.join(aliases)}]")
    out.append(f"    abbreviations: [{', '.join(abbr)}]")
    out.append(f"    neighbours: [{', '.join(chr(34)+n+chr(34) for n in N[code])}]")
open("content/taxonomy/regencies.yaml", "w").write("\n".join(out) + "\n")
