package id.lokerbot.catalog;

import id.lokerbot.content.Problems;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.Directory;

/**
 * Lets {@code id.lokerbot.bench.CatalogBench} drive the real schema, analysis and search without
 * Spring: synthetic vacancies, the production documents and index, the production search code.
 */
public final class CatalogBenchSupport implements AutoCloseable {

  static final String[] TITLES = {
    "Crew Store",
    "Kasir Minimarket",
    "Pramuniaga Toko",
    "Operator Jahit",
    "Penjahit Konveksi",
    "QC Garmen",
    "Helper Produksi",
    "Operator Cutting",
    "Satpam",
    "Sopir Pengiriman",
    "Kurir Paket",
    "Pramusaji Rumah Makan",
    "Juru Masak",
    "Barista",
    "Cleaning Service",
    "Admin Gudang",
    "Mekanik Sepeda Motor",
    "Tukang Las",
    "Operator Produksi Makanan",
    "Merchandiser",
    "SPG Produk Susu",
    "Staf Gudang",
    "Operator SPBU",
    "Sales Marketing Motor",
    "Teknisi AC",
    "Operator Mesin Pabrik Kayu",
    "Pendamping Lansia",
    "Guru PAUD",
    "Perawat Klinik",
    "Operator Komputer"
  };
  static final String[] WORDS =
      ("melayani pelanggan menata barang rak display menjaga kebersihan toko menerima gudang "
              + "pembayaran menghitung uang laporan penjualan harian menjahit pakaian target pabrik "
              + "garmen mesin jahit industri bersih memeriksa hasil jahitan mencatat cacat produksi "
              + "membantu operator menggunting benang mengangkut potongan kain memotong pola menyusun "
              + "tumpukan keamanan tamu patroli area mengemudikan mobil mengantar paket alamat motor "
              + "menyajikan makanan minuman pesanan meja koki bahan dapur kopi bar ruangan kantor "
              + "sampah toilet stok komputer excel surat jalan servis oli rem las pagar kanopi baja "
              + "besi penggoreng pengemas shift lansia obat anak bermain belajar pasien dokter "
              + "teliti jujur ramah rapi cekatan sabar kuat fisik pengalaman lulusan syarat fasilitas "
              + "bpjs kesehatan ketenagakerjaan uang makan transport seragam bonus mess thr cuti "
              + "dibutuhkan segera kontrak harian tetap paruh waktu shift pagi siang malam wawancara")
          .split(" ");
  static final String[] SECTORS = {"C", "G", "H", "I", "N", "Q", "P", "A"};
  static final String[] EDUCATION = {"none", "sd", "smp", "sma", "diploma"};

  private final Taxonomy taxonomy;
  private final Analysis analysis;
  private final List<String> regencies;
  private final CatalogIndex index;
  private final LocalDate today = LocalDate.of(2026, 11, 28);

  public CatalogBenchSupport(Directory directory) {
    this.taxonomy = Taxonomy.read(TestContent.load(), new Problems());
    this.analysis = new Analysis(taxonomy);
    this.regencies = new ArrayList<>(taxonomy.regencies.keySet());
    this.index = new CatalogIndex(directory, analysis, 64);
  }

  /** The buffer a rebuild uses when the everyday one is {@code normal} MB. */
  public static double rebuildBufferMb(double normal) {
    return CatalogIndex.rebuildBufferMb(normal);
  }

  public List<String> regencies() {
    return regencies;
  }

  /**
   * Builds and indexes {@code n} synthetic vacancies whose descriptions have {@code minWords} to
   * {@code maxWords} words, on some threads; returns documents per second.
   */
  public double indexSynthetic(int n, long seed, int threads, int minWords, int maxWords) {
    List<Vacancy> vacancies = vacancies(n, seed, minWords, maxWords);
    long start = System.nanoTime();
    index.replaceAll(
        analysis,
        vacancies,
        v -> Documents.vacancy(v, taxonomy),
        java.util.Map.of("bench", "true"),
        threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    return n / seconds;
  }

  private List<Vacancy> vacancies(int n, long seed, int minWords, int maxWords) {
    Random rnd = new Random(seed);
    List<Vacancy> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(vacancy(i, rnd, minWords, maxWords));
    }
    return out;
  }

  private Vacancy vacancy(int i, Random rnd, int minWords, int maxWords) {
    String title = TITLES[rnd.nextInt(TITLES.length)];
    int words = minWords + rnd.nextInt(maxWords - minWords + 1);
    StringBuilder d = new StringBuilder("Dibutuhkan ").append(title.toLowerCase()).append(". ");
    for (int w = 0; w < words; w++) {
      d.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
    }
    return new Vacancy(
        "b-" + i,
        "PT Sintetis " + (i % 500),
        title,
        d.toString(),
        SECTORS[rnd.nextInt(SECTORS.length)],
        null,
        regencies.get(rnd.nextInt(regencies.size())),
        null,
        18,
        35,
        EDUCATION[rnd.nextInt(EDUCATION.length)],
        true,
        rnd.nextInt(8) == 0 ? List.of("deaf") : List.of(),
        null,
        2_000_000L,
        2_500_000L,
        "contract",
        1 + rnd.nextInt(5),
        "lokerbot",
        null,
        today.minusDays(rnd.nextInt(60)),
        today.plusDays(1 + rnd.nextInt(60)),
        "open",
        Instant.EPOCH);
  }

  /** One chat search through the production code, with a regency filter; returns hits found. */
  public long search(String text, String regency) {
    SearchRequest request = SearchRequest.of(text).withRegencies(List.of(regency));
    return LuceneCatalogSearch.search(request, index, analysis, taxonomy, today).total();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
