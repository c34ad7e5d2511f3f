#!/usr/bin/env python3
"""Writes the SAMPLE catalogue (content/catalog/sample-*.yaml): realistic but invented vacancies and
training offers across the 13 SINERGI programme regencies, weighted toward retail store crew and
garment work. Deterministic (fixed seed): run it again and you get the same files.
Run from the repository root: python3 content/tools/sample_catalog.py"""
import random
import yaml

rnd = random.Random(20191025)

REG = {  # code: (name, towns, minimum wage in thousands of rupiah, approx.)
    "33.21": ("Demak", ["Demak", "Mranggen", "Sayung", "Karangawen", "Wonosalam"], 2940),
    "33.17": ("Rembang", ["Rembang", "Lasem", "Kragan", "Sulang"], 2230),
    "33.15": ("Grobogan", ["Purwodadi", "Gubug", "Godong", "Wirosari"], 2230),
    "33.14": ("Sragen", ["Sragen", "Gemolong", "Masaran", "Sambungmacan"], 2180),
    "33.05": ("Kebumen", ["Kebumen", "Gombong", "Prembun", "Karanganyar"], 2220),
    "33.04": ("Banjarnegara", ["Banjarnegara", "Klampok", "Wanadadi", "Mandiraja"], 2170),
    "33.02": ("Banyumas", ["Purwokerto", "Ajibarang", "Sokaraja", "Banyumas"], 2340),
    "33.29": ("Brebes", ["Brebes", "Bumiayu", "Ketanggungan", "Losari", "Wanasari"], 2240),
    "33.09": ("Boyolali", ["Boyolali", "Ampel", "Banyudono", "Mojosongo"], 2320),
    "33.22": ("Kabupaten Semarang", ["Ungaran", "Ambarawa", "Bawen", "Bergas"], 2750),
    "33.01": ("Cilacap", ["Cilacap", "Majenang", "Kroya", "Sidareja"], 2770),
    "33.03": ("Purbalingga", ["Purbalingga", "Bobotsari", "Bukateja", "Kalimanah"], 2240),
    "33.07": ("Wonosobo", ["Wonosobo", "Kertek", "Garung", "Selomerto"], 2250),
}
GARMENT_HEAVY = ["33.22", "33.09", "33.14", "33.03", "33.21", "33.29", "33.15", "33.17"]

ALFA = "Alfamart (PT Sumber Alfaria Trijaya Tbk)"
RETAIL_SHOPS = ["Swalayan Mitra Keluarga", "Toko Busana Sinar Jaya", "Toko Bangunan Sumber Rejeki",
                "Toko Seluler Cahaya", "Toko Sembako Berkah", "Apotek Sehat Sentosa", "Toko Emas Sinar Mulia"]
GARMENT_FIRMS = ["PT Sandang Nusantara Jaya", "PT Garmen Mandiri Sejahtera", "CV Konveksi Maju Bersama",
                 "PT Busana Prima Lestari", "CV Seragam Sekolah Berkah"]
SHOE_FIRMS = ["PT Langkah Sepatu Indonesia", "PT Alas Kaki Nusantara"]
WIG_FIRMS = ["PT Rambut Indah Purbalingga", "PT Bulu Mata Cantik Abadi"]

# role: (weight, title, partners, sector, kbji, education, ages, type, tasks, extra words)
ROLES = [
    ("crew", 26, "Crew Store (Pramuniaga)", [ALFA], "G", "5223", "sma", (18, 27), "contract",
     "melayani pelanggan, menata barang di rak (display), menjaga kebersihan toko, menerima barang dari gudang",
     "Pramuniaga minimarket, kerja shift pagi dan siang."),
    ("kasir", 14, "Kasir Minimarket", [ALFA, "Swalayan Mitra Keluarga"], "G", "5230", "sma", (18, 27), "contract",
     "melayani pembayaran di kasir, menghitung uang, membuat laporan penjualan harian",
     "Teliti dan jujur, bisa berhitung."),
    ("pramuniaga", 10, "Pramuniaga Toko", RETAIL_SHOPS, "G", "5223", "smp", (18, 30), "fulltime",
     "melayani dan menawarkan barang kepada pembeli, merapikan barang, membantu stok opname",
     "Ramah, rapi, suka melayani orang."),
    ("spg", 6, "SPG / Sales Promotion Girl Produk Susu", ["PT Nutrisi Sehat Distribusi", "CV Sumber Pangan Sejahtera"], "G", "5242", "sma", (18, 28), "contract",
     "mempromosikan produk di minimarket dan pasar swalayan, mencapai target penjualan",
     "Berpenampilan rapi, komunikatif."),
    ("merch", 4, "Merchandiser", ["PT Distribusi Niaga Jaya", "CV Sumber Pangan Sejahtera"], "G", "5242", "sma", (19, 30), "contract",
     "mengatur display produk di toko, mengecek stok dan tanggal kedaluwarsa, membuat laporan kunjungan toko",
     "Punya sepeda motor dan SIM C."),
    ("kepala", 3, "Asisten Kepala Toko", [ALFA], "G", "1420", "diploma", (21, 30), "fulltime",
     "membantu kepala toko mengatur shift, mengawasi stok dan kas, melatih crew store baru",
     "Pengalaman ritel minimal 1 tahun."),
    ("gudangritel", 4, "Staf Gudang (Distribusi Ritel)", [ALFA, "PT Distribusi Niaga Jaya"], "H", "4321", "sma", (18, 30), "contract",
     "bongkar muat barang, menyusun barang di gudang, mencatat barang masuk dan keluar",
     "Kuat fisik, bisa kerja shift malam."),
    ("jahit", 24, "Operator Jahit (Sewing Operator)", GARMENT_FIRMS, "C", "7533", "smp", (18, 35), "contract",
     "menjahit bagian pakaian sesuai target di pabrik garmen, menjaga mesin jahit industri tetap bersih",
     "Bisa menjahit dengan mesin jahit high speed; yang belum bisa akan dilatih."),
    ("penjahit", 8, "Penjahit Konveksi", ["CV Konveksi Maju Bersama", "CV Seragam Sekolah Berkah", "Konveksi Rahayu"], "C", "7531", "sd", (18, 40), "fulltime",
     "menjahit seragam, kaos dan kemeja pesanan, memotong kain sesuai pola",
     "Diutamakan bisa obras dan jahit kancing."),
    ("qc", 6, "QC Garmen (Quality Control)", GARMENT_FIRMS, "C", "7543", "sma", (19, 32), "contract",
     "memeriksa hasil jahitan, mencatat cacat produksi, memisahkan barang reject",
     "Teliti, mata awas, paham jenis jahitan."),
    ("helper", 8, "Helper Produksi Garmen", GARMENT_FIRMS, "C", "9329", "sd", (18, 35), "daily",
     "membantu operator jahit, menggunting sisa benang (buang benang), mengangkut potongan kain",
     "Tanpa pengalaman boleh, lulusan SD bisa melamar."),
    ("cutting", 5, "Operator Cutting (Potong Kain)", GARMENT_FIRMS, "C", "7532", "smp", (18, 35), "contract",
     "memotong kain dengan mesin potong sesuai pola, menyusun tumpukan kain (spreading)",
     "Bisa membaca ukuran dan pola."),
    ("finishing", 6, "Operator Finishing dan Packing Garmen", GARMENT_FIRMS, "C", "9321", "smp", (18, 35), "contract",
     "menyetrika pakaian jadi, melipat, memasang label dan mengemas ke dalam karton",
     "Rapi dan cepat."),
    ("bulumata", 5, "Operator Produksi Bulu Mata Palsu", WIG_FIRMS, "C", "7318", "sd", (18, 35), "contract",
     "merangkai bulu mata dan rambut palsu dengan tangan di ruang produksi pabrik",
     "Sabar dan teliti; cocok untuk pemula."),
    ("sepatu", 6, "Operator Jahit Sepatu", SHOE_FIRMS, "C", "7536", "smp", (18, 35), "contract",
     "menjahit bagian atas sepatu (upper) dengan mesin jahit di pabrik sepatu, merapikan hasil jahitan",
     "Pengalaman menjahit jadi nilai tambah."),
    ("satpam", 5, "Satpam (Security)", ["PT Garda Aman Sentosa", "PT Sandang Nusantara Jaya"], "N", "5414", "sma", (20, 35), "contract",
     "menjaga keamanan pabrik dan gudang, mencatat tamu, patroli area",
     "Tinggi badan minimal 165 cm, diutamakan punya sertifikat Gada Pratama."),
    ("sopir", 4, "Sopir Pengiriman Barang", ["CV Ekspedisi Cepat Sampai", "PT Distribusi Niaga Jaya"], "H", "8322", "smp", (21, 40), "fulltime",
     "mengemudikan mobil box untuk mengantar barang ke toko, memeriksa kondisi kendaraan",
     "Punya SIM B1 aktif, hafal jalan sekitar."),
    ("kurir", 5, "Kurir Paket", ["CV Ekspedisi Cepat Sampai", "PT Kirim Kilat Nusantara"], "H", "9621", "sma", (18, 35), "contract",
     "mengantar paket ke alamat pelanggan dengan sepeda motor, menerima pembayaran COD",
     "Punya motor sendiri, SIM C, dan HP Android."),
    ("pelayan", 5, "Pramusaji Rumah Makan", ["Rumah Makan Sari Rasa", "Warung Makan Bu Tini", "Kafe Kopi Kampung"], "I", "5131", "smp", (18, 30), "fulltime",
     "menyajikan makanan dan minuman, mencatat pesanan, membersihkan meja",
     "Ramah dan cekatan."),
    ("masak", 3, "Juru Masak (Cook Helper)", ["Rumah Makan Sari Rasa", "Katering Berkah Boga"], "I", "5120", "smp", (18, 35), "fulltime",
     "membantu koki menyiapkan bahan, memasak menu harian, menjaga kebersihan dapur",
     "Suka memasak, paham kebersihan makanan."),
    ("barista", 3, "Barista", ["Kafe Kopi Kampung", "Kedai Kopi Senja"], "I", "5132", "sma", (18, 28), "parttime",
     "meracik kopi dan minuman, melayani pelanggan di kafe, menjaga kebersihan bar",
     "Belum berpengalaman boleh, akan diajari."),
    ("cs", 3, "Cleaning Service", ["PT Bersih Prima Jasa", "PT Garda Aman Sentosa"], "N", "9112", "sd", (18, 40), "contract",
     "membersihkan ruangan kantor dan pabrik, membuang sampah, merawat toilet",
     "Rajin dan jujur."),
    ("admin", 4, "Admin Gudang", ["PT Distribusi Niaga Jaya", "PT Sandang Nusantara Jaya"], "H", "4321", "sma", (19, 30), "fulltime",
     "mencatat stok di komputer (Excel), membuat surat jalan, merekap data barang",
     "Bisa Microsoft Excel."),
    ("mekanik", 3, "Mekanik Sepeda Motor", ["Bengkel Motor Jaya Teknik", "AHASS Sumber Motor"], "G", "7231", "sma", (18, 35), "fulltime",
     "servis ringan dan berat sepeda motor, ganti oli, memeriksa rem dan mesin",
     "Lulusan SMK otomotif diutamakan."),
    ("las", 2, "Tukang Las (Welder)", ["Bengkel Las Sinar Baja", "CV Rangka Baja Mandiri"], "C", "7212", "smp", (18, 40), "daily",
     "mengelas pagar, kanopi dan rangka baja, memotong dan menghaluskan besi",
     "Bisa las listrik (SMAW)."),
    ("produksi", 5, "Operator Produksi Makanan", ["PT Snack Nusantara Makmur", "CV Keripik Sumber Rasa"], "C", "8160", "smp", (18, 30), "contract",
     "mengoperasikan mesin penggoreng dan pengemas di pabrik makanan ringan, menjaga kebersihan area produksi",
     "Sehat jasmani, siap kerja shift."),
    ("caregiver", 2, "Pendamping Lansia (Caregiver)", ["Yayasan Wreda Kasih", "Panti Wreda Sejahtera"], "Q", "5322", "smp", (20, 40), "fulltime",
     "membantu lansia makan, mandi dan minum obat, menemani kegiatan harian",
     "Sabar dan penuh perhatian."),
    ("paud", 2, "Guru Pendamping PAUD", ["PAUD Tunas Bangsa", "KB Ceria Ananda"], "P", "2342", "sma", (19, 35), "parttime",
     "mendampingi anak bermain dan belajar, menyiapkan alat peraga",
     "Suka anak-anak."),
    ("spbu", 3, "Operator SPBU", ["SPBU 44.5x Sample Jaya", "SPBU 44.5x Sample Makmur"], "G", "5245", "sma", (18, 27), "contract",
     "mengisi BBM kendaraan, melayani pembayaran, menjaga kebersihan area SPBU",
     "Siap kerja shift."),
    ("bawang", 3, "Buruh Sortir Bawang Merah", ["UD Bawang Brebes Makmur", "CV Agro Lestari"], "A", "9211", "none", (18, 45), "daily",
     "memilah dan mengikat bawang merah hasil panen, menjemur dan mengemas ke karung",
     "Tanpa syarat pendidikan."),
    ("kayu", 2, "Operator Mesin Pabrik Kayu", ["PT Kayu Lestari Olahan", "CV Mebel Jati Makmur"], "C", "7523", "smp", (18, 35), "contract",
     "mengoperasikan mesin potong dan serut kayu, menyusun papan, menjaga keselamatan kerja",
     "Kuat fisik, teliti."),
    ("entry", 2, "Operator Komputer (Entry Data)", ["Koperasi Simpan Pinjam Sejahtera", "CV Data Cepat"], "K", "4132", "sma", (19, 30), "contract",
     "memasukkan data nasabah ke komputer, memindai dokumen, merapikan arsip",
     "Bisa mengetik cepat."),
    ("marketing", 3, "Sales Marketing Motor", ["Dealer Motor Sumber Jaya", "Dealer Motor Karya Mulia"], "G", "3322", "sma", (19, 30), "contract",
     "menawarkan kredit sepeda motor ke masyarakat, mengikuti pameran, melayani konsumen di dealer",
     "Suka bertemu orang, punya target penjualan."),
    ("perawat", 2, "Perawat Klinik", ["Klinik Pratama Sehat Bersama", "Klinik Medika Utama"], "Q", "3221", "diploma", (21, 35), "fulltime",
     "merawat pasien rawat jalan, membantu dokter, mencatat rekam medis",
     "Lulusan D3 Keperawatan, punya STR aktif."),
]

BENEFITS = ["BPJS Kesehatan dan BPJS Ketenagakerjaan", "uang makan dan uang transport", "seragam kerja gratis",
            "bonus bulanan sesuai target", "mess karyawan untuk yang dari luar kota", "THR dan cuti tahunan"]
DIS = [
    (["deaf"], "Teman Tuli dipersilakan melamar: instruksi kerja tertulis dan ada rekan kerja yang bisa bahasa isyarat dasar."),
    (["wheelchair"], "Area kerja di lantai dasar, ada jalan landai (ramp) dan toilet yang bisa dipakai pengguna kursi roda."),
    (["deaf", "physical"], "Terbuka untuk penyandang disabilitas rungu dan daksa ringan; jam kerja dan tugas bisa disesuaikan."),
    (["intellectual"], "Ada pendamping kerja pada bulan pertama dan tugas dijelaskan langkah demi langkah."),
]
TYPES_DIRECT = ["Antar surat lamaran, fotokopi KTP dan ijazah langsung ke {p} ({town}) pada jam kerja.",
                "Kirim lamaran ke email hrd@example.co.id dengan subjek: {t} - {town}. (contoh data)"]


def pick_role(code):
    weights = []
    for r in ROLES:
        w = r[1]
        if r[0] in ("jahit", "qc", "helper", "cutting", "finishing") and code in GARMENT_HEAVY:
            w *= 1.6
        if r[0] == "bulumata":
            w = 30 if code == "33.03" else 0.2
        if r[0] == "bawang":
            w = 15 if code == "33.29" else 0.1
        if r[0] == "sepatu" and code not in ("33.17", "33.15", "33.29", "33.09"):
            w = 0.3
        weights.append(w)
    return rnd.choices(ROLES, weights)[0]


def vacancy(i, code):
    key, _, title, partners, sector, kbji, edu, ages, etype, tasks, extra = pick_role(code)
    name, towns, umk = REG[code]
    town = rnd.choice(towns)
    partner = rnd.choice(partners)
    n = rnd.choice([1, 1, 2, 2, 3, 4, 5, 10, 15, 20]) if sector == "C" else rnd.choice([1, 1, 2, 2, 3, 4])
    smin = int(umk * rnd.choice([0.9, 1.0, 1.0, 1.05]) // 50 * 50) * 1000
    smax = int(smin * rnd.choice([1.0, 1.1, 1.2, 1.3]) // 50000 * 50000)
    posted = rnd.randint(0, 40)
    closes = rnd.randint(7, 60)
    place = ("toko kami" if sector == "G" else "pabrik kami" if sector == "C" else "tempat kerja kami") + (f" di {town}, {name}" if town != name else f" di {name}")
    benefits = ", ".join(rnd.sample(BENEFITS, 2))
    desc = (f"Dibutuhkan {n} orang {title.lower()} untuk {place}. Tugas: {tasks}. {extra} "
            f"Fasilitas: {benefits}.")
    if etype == "daily":
        desc += " Upah harian dibayar mingguan."
    v = {
        "id": f"sample-v-{i:04d}",
        "partner": partner,
        "title": title,
        "description": desc,
        "sector": sector,
        "occupation": kbji,
        "regency": code,
        "address": f"{rnd.choice(['Jl. Raya', 'Jl. Pemuda', 'Jl. Diponegoro', 'Jl. Sudirman', 'Jl. Ahmad Yani', 'Jl. Pahlawan'])} No. {rnd.randint(1, 250)}, {town}",
        "minAge": ages[0],
        "maxAge": ages[1],
        "minEducation": edu,
        "genderNeutral": True,
        "salaryMin": smin,
        "salaryMax": max(smin, smax),
        "employmentType": etype,
        "openings": n,
        "postedDaysAgo": posted,
        "closesInDays": closes,
    }
    if partner == ALFA or rnd.random() < 0.35:
        v["applyVia"] = "lokerbot"
    else:
        v["applyVia"] = "direct"
        v["applyHow"] = rnd.choice(TYPES_DIRECT).format(p=partner, town=town, t=title)
    if rnd.random() < 0.16 or (partner == ALFA and rnd.random() < 0.25):
        flags, text = rnd.choice(DIS)
        v["disabilityFlags"] = flags
        v["accommodations"] = text
    return v


vacancies = []
codes = list(REG)
i = 1
for rep in range(24):  # 24 per regency = 312
    for code in codes:
        vacancies.append(vacancy(i, code))
        i += 1
# a few that must never show: closed, and expired
for j, v in enumerate(vacancies[:6]):
    pass
for k in range(4):
    v = vacancy(i, codes[k]); i += 1
    v["status"] = "closed"; v["title"] = v["title"]
    vacancies.append(v)
for k in range(4):
    v = vacancy(i, codes[k + 4]); i += 1
    v["postedDaysAgo"] = 70; v["closesInDays"] = -10
    vacancies.append(v)

# ---------------------------------------------------------------- trainings
TRAININGS = [
    # key, title, provider kind, sector, edu, ages, days, free, leads to, description
    ("jahitdasar", "Menjahit Pakaian Dasar", "blk", "C", "sd", (18, 35), 30, True,
     "operator jahit, penjahit, penjahit konveksi",
     "Belajar memakai mesin jahit, membuat pola sederhana dan menjahit kemeja dan celana."),
    ("jahitindustri", "Operator Mesin Jahit Industri (High Speed)", "biptak", "C", "smp", (18, 35), 20, True,
     "operator jahit, sewing operator garmen, operator jahit sepatu",
     "Pelatihan menjahit dengan mesin industri sesuai standar pabrik garmen, dilanjutkan penyaluran kerja."),
    ("qcgarmen", "Quality Control Garmen", "biptak", "C", "sma", (18, 35), 10, True,
     "QC garmen, quality control pabrik",
     "Mengenali cacat jahitan, standar ukuran dan cara mencatat hasil pemeriksaan."),
    ("ritel", "Kesiapan Kerja Ritel: Kasir dan Pramuniaga", "alfa", "G", "sma", (18, 27), 10, True,
     "crew store, pramuniaga, kasir minimarket",
     "Pelatihan soft skill dan teknis ritel: melayani pelanggan, kasir, display barang. Peserta terbaik direkomendasikan ke toko."),
    ("kasir", "Kasir dan Administrasi Toko", "blk", "G", "sma", (18, 30), 15, True,
     "kasir, admin toko, pramuniaga",
     "Mengoperasikan mesin kasir (POS), menghitung uang, membuat laporan penjualan."),
    ("boga", "Tata Boga dan Memasak Usaha Katering", "blk", "I", "smp", (18, 40), 25, True,
     "juru masak, cook helper, usaha katering",
     "Memasak menu harian dan kue, kebersihan makanan, menghitung modal usaha."),
    ("barista", "Barista Pemula", "lkp", "I", "sma", (18, 30), 5, False,
     "barista, pramusaji kafe",
     "Dasar kopi, menyeduh manual dan memakai mesin espresso, melayani pelanggan kafe."),
    ("motor", "Teknisi Sepeda Motor", "blk", "G", "smp", (18, 35), 30, True,
     "mekanik sepeda motor, montir bengkel",
     "Servis berkala, sistem bahan bakar dan kelistrikan sepeda motor."),
    ("las", "Pengelasan SMAW (Las Listrik)", "blk", "C", "smp", (18, 35), 30, True,
     "tukang las, welder, bengkel las",
     "Keselamatan kerja, mengelas posisi datar dan tegak, membaca gambar kerja."),
    ("komputer", "Operator Komputer Perkantoran", "lkp", "J", "sma", (18, 35), 15, True,
     "admin, operator komputer, entry data, admin gudang",
     "Microsoft Word, Excel dan email untuk pekerjaan kantor."),
    ("digital", "Pemasaran Digital untuk Usaha Kecil", "lkp", "J", "sma", (18, 35), 5, False,
     "sales online, reseller, admin media sosial",
     "Berjualan lewat marketplace dan media sosial, foto produk dengan HP."),
    ("rias", "Tata Rias dan Kecantikan", "lkp", "S", "smp", (18, 35), 20, False,
     "penata rias, salon kecantikan",
     "Rias wajah harian dan pengantin, perawatan kulit dasar."),
    ("pola", "Pembuatan Pola dan Potong Kain", "biptak", "C", "smp", (18, 35), 15, True,
     "operator cutting, pembuat pola garmen, penjahit",
     "Membuat pola busana, menggelar dan memotong kain untuk produksi."),
    ("bordir", "Bordir Komputer", "lkp", "C", "smp", (18, 35), 10, False,
     "operator bordir, konveksi",
     "Mengoperasikan mesin bordir komputer dan membuat desain bordir sederhana."),
    ("softskill", "Kesiapan Kerja dan Soft Skill untuk Anak Muda", "blk", "N", "none", (18, 34), 3, True,
     "semua pekerjaan: menulis lamaran, wawancara kerja",
     "Menulis surat lamaran dan CV, latihan wawancara kerja, hak dan kewajiban pekerja, kerja dalam tim."),
    ("hp", "Servis Handphone", "lkp", "S", "smp", (18, 35), 20, False,
     "teknisi handphone, toko seluler",
     "Memperbaiki kerusakan ringan HP Android, ganti LCD dan baterai."),
    ("hidroponik", "Budidaya Sayur Hidroponik", "blk", "A", "none", (18, 45), 7, True,
     "petani hidroponik, usaha tani",
     "Menanam sayur tanpa tanah, merawat tanaman dan menjual hasil panen."),
    ("caregiver", "Pendamping Lansia (Caregiver) Dasar", "lkp", "Q", "smp", (20, 40), 30, False,
     "pendamping lansia, caregiver, pengasuh",
     "Merawat lansia di rumah dan panti: makan, mandi, obat, pertolongan pertama."),
]
PROVIDERS = {
    "blk": lambda name: f"UPTD BLK {name}",
    "biptak": lambda name: "BIPTAK Jawa Tengah (Balai Industri Produk Tekstil dan Alas Kaki)",
    "alfa": lambda name: "Alfamart Class (program kesiapan kerja ritel)",
    "lkp": lambda name: rnd.choice(["LKP Terampil Mandiri", "LKP Cahaya Ilmu", "LKP Karya Muda"]),
}

trainings = []
t = 1
order = []
for rep in range(5):
    for code in codes:
        order.append(code)
for n_, code in enumerate(order):  # 65 trainings
    if n_ < len(TRAININGS) * 3:
        tr = TRAININGS[(n_ * 7) % len(TRAININGS)]
    else:
        tr = rnd.choice(TRAININGS)
    key, title, pk, sector, edu, ages, days, free, leads, desc = tr
    if code in GARMENT_HEAVY and rnd.random() < 0.35:
        key, title, pk, sector, edu, ages, days, free, leads, desc = TRAININGS[rnd.choice([0, 1, 2, 12])]
    name, towns, _ = REG[code]
    town = rnd.choice(towns)
    item = {
        "id": f"sample-t-{t:03d}",
        "provider": PROVIDERS[pk](name),
        "title": title,
        "description": desc + f" Tempat: {town}, {name}.",
        "sector": sector,
        "regency": code,
        "address": f"{town}, {name}",
        "startsInDays": rnd.randint(10, 70),
        "durationDays": days,
        "free": free,
        "seats": rnd.choice([16, 16, 20, 20, 24, 30]),
        "eligibility": f"Usia {ages[0]}–{ages[1]} tahun, berdomisili di Jawa Tengah" + (", diutamakan dari keluarga kurang mampu" if free else "") + ".",
        "minAge": ages[0],
        "maxAge": ages[1],
        "minEducation": edu,
        "leadsTo": leads,
        "postedDaysAgo": rnd.randint(0, 30),
    }
    if not free:
        item["cost"] = rnd.choice([350000, 500000, 750000, 1200000])
    if rnd.random() < 0.2:
        item["disabilityFlags"] = ["deaf"] if rnd.random() < 0.5 else ["wheelchair"]
        item["accommodations"] = "Materi tertulis dan juru bahasa isyarat tersedia; ruang pelatihan di lantai dasar."
    trainings.append(item)
    t += 1

HEADER = """spec: 1
# SAMPLE DATA, NOT REAL OFFERS. Invented {what} for trying lokerbot out; partner names other than
# the programme partners (Alfamart, BIPTAK, BLK) are made up, and contacts use example.co.id.
# Loaded into an empty database on first start when lokerbot.catalog.sample-data is true.
# Dates are relative to the day they are loaded: postedDaysAgo, closesInDays{extra}.
# Generated by content/tools/sample_catalog.py (fixed seed); regenerate rather than hand-edit in bulk.
sample: true
"""
with open("content/catalog/sample-vacancies.yaml", "w") as f:
    f.write(HEADER.format(what="vacancies", extra=""))
    yaml.safe_dump({"vacancies": vacancies}, f, allow_unicode=True, sort_keys=False, width=200)
with open("content/catalog/sample-trainings.yaml", "w") as f:
    f.write(HEADER.format(what="training offers", extra=", startsInDays (registration closes the day before)"))
    yaml.safe_dump({"trainings": trainings}, f, allow_unicode=True, sort_keys=False, width=200)
print(len(vacancies), "vacancies,", len(trainings), "trainings")
from collections import Counter
print(Counter(v["title"] for v in vacancies).most_common(12))
print(Counter(v["regency"] for v in vacancies))
