package id.lokerbot.channel.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The regencies and cities of Central Java (Kemendagri codes) with approximate centre points, to
 * name the one nearest to a shared location. Centres are rough (within a few kilometres), which is
 * enough to pick an area for a job search; a point near a border may get the neighbour.
 */
final class CentralJavaRegencies {

  /**
   * Farther than this from every centre: outside Central Java. Points just across the border (the
   * city of Yogyakarta, say) still get the nearest Central Java name.
   */
  static final double MAX_KM = 40;

  record Regency(String code, String name, double lat, double lon) {}

  record Nearest(Regency regency, double km) {}

  static final List<Regency> ALL =
      List.of(
          new Regency("3301", "Cilacap", -7.48, 108.87),
          new Regency("3302", "Banyumas", -7.45, 109.17),
          new Regency("3303", "Purbalingga", -7.30, 109.40),
          new Regency("3304", "Banjarnegara", -7.35, 109.65),
          new Regency("3305", "Kebumen", -7.63, 109.60),
          new Regency("3306", "Purworejo", -7.70, 110.00),
          new Regency("3307", "Wonosobo", -7.37, 109.90),
          new Regency("3308", "Magelang", -7.50, 110.25),
          new Regency("3309", "Boyolali", -7.42, 110.65),
          new Regency("3310", "Klaten", -7.68, 110.62),
          new Regency("3311", "Sukoharjo", -7.68, 110.84),
          new Regency("3312", "Wonogiri", -7.90, 110.95),
          new Regency("3313", "Karanganyar", -7.62, 111.05),
          new Regency("3314", "Sragen", -7.40, 110.97),
          new Regency("3315", "Grobogan", -7.10, 110.90),
          new Regency("3316", "Blora", -7.05, 111.35),
          new Regency("3317", "Rembang", -6.80, 111.45),
          new Regency("3318", "Pati", -6.75, 111.05),
          new Regency("3319", "Kudus", -6.78, 110.85),
          new Regency("3320", "Jepara", -6.55, 110.75),
          new Regency("3321", "Demak", -6.90, 110.63),
          new Regency("3322", "Semarang", -7.20, 110.45),
          new Regency("3323", "Temanggung", -7.28, 110.15),
          new Regency("3324", "Kendal", -7.03, 110.18),
          new Regency("3325", "Batang", -7.00, 109.85),
          new Regency("3326", "Pekalongan", -7.05, 109.60),
          new Regency("3327", "Pemalang", -7.00, 109.40),
          new Regency("3328", "Tegal", -7.05, 109.15),
          new Regency("3329", "Brebes", -7.05, 108.90),
          new Regency("3371", "Kota Magelang", -7.48, 110.22),
          new Regency("3372", "Kota Surakarta", -7.57, 110.82),
          new Regency("3373", "Kota Salatiga", -7.33, 110.50),
          new Regency("3374", "Kota Semarang", -7.00, 110.42),
          new Regency("3375", "Kota Pekalongan", -6.89, 109.67),
          new Regency("3376", "Kota Tegal", -6.87, 109.13));

  private CentralJavaRegencies() {}

  /** The nearest regency or city, or empty when the point is outside Central Java. */
  static Optional<Nearest> nearest(double lat, double lon) {
    return ALL.stream()
        .map(r -> new Nearest(r, km(lat, lon, r.lat(), r.lon())))
        .min(Comparator.comparingDouble(Nearest::km))
        .filter(n -> n.km() <= MAX_KM);
  }

  /** Great-circle distance (haversine). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.asin(Math.sqrt(a));
  }
}
