package io.github.eparcours.testkit.ror.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The communes the fixtures use: COG code, name, postal code and town-hall coordinates (WGS84),
 * enough for the fake's {@code near-insee-code} search.
 */
public final class Communes {

  /** A commune. */
  public record Commune(String cog, String name, String postalCode, double lat, double lon) {}

  private static final Map<String, Commune> BY_COG = Map.ofEntries(
      entry("35238", "Rennes", "35000", 48.1113, -1.6800),
      entry("35051", "Cesson-Sévigné", "35510", 48.1211, -1.6031),
      entry("35360", "Vitré", "35500", 48.1236, -1.2086),
      entry("35236", "Redon", "35600", 47.6517, -2.0840),
      entry("35288", "Saint-Malo", "35400", 48.6493, -2.0257),
      entry("35115", "Fougères", "35300", 48.3524, -1.1990),
      entry("29019", "Brest", "29200", 48.3904, -4.4861),
      entry("29232", "Quimper", "29000", 47.9960, -4.1020),
      entry("29151", "Morlaix", "29600", 48.5775, -3.8280),
      entry("56121", "Lorient", "56100", 47.7483, -3.3700),
      entry("56260", "Vannes", "56000", 47.6559, -2.7603),
      entry("56178", "Pontivy", "56300", 48.0680, -2.9630),
      entry("22278", "Saint-Brieuc", "22000", 48.5136, -2.7653),
      entry("22113", "Lannion", "22300", 48.7326, -3.4566),
      entry("22050", "Dinan", "22100", 48.4555, -2.0503));

  private Communes() {}

  private static Map.Entry<String, Commune> entry(
      String cog, String name, String postalCode, double lat, double lon) {
    return Map.entry(cog, new Commune(cog, name, postalCode, lat, lon));
  }

  /**
   * Finds a commune by COG code.
   *
   * @param cog the COG code
   * @return the commune, or empty when the fixtures do not know it
   */
  public static Optional<Commune> byCog(String cog) {
    return Optional.ofNullable(BY_COG.get(cog));
  }

  /**
   * Returns a commune the fixtures know.
   *
   * @param cog the COG code
   * @return the commune
   * @throws IllegalArgumentException if unknown
   */
  public static Commune require(String cog) {
    return byCog(cog).orElseThrow(() -> new IllegalArgumentException("unknown commune " + cog));
  }

  /**
   * Great-circle distance in kilometres (haversine, mean Earth radius).
   *
   * @param lat1 latitude of the first point
   * @param lon1 longitude of the first point
   * @param lat2 latitude of the second point
   * @param lon2 longitude of the second point
   * @return the distance in km
   */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
            * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /**
   * Returns all communes.
   *
   * @return the communes
   */
  public static java.util.Collection<Commune> all() {
    return BY_COG.values();
  }
}
