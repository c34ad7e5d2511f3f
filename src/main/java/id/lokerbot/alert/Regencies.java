package id.lokerbot.alert;

import id.lokerbot.catalog.CatalogSearch;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Places for alerts, as the catalogue understands them (names, towns, short forms, typos; a name
 * shared by a regency and its city gives both).
 */
@Component
class Regencies {

  private final CatalogSearch catalog;

  Regencies(CatalogSearch catalog) {
    this.catalog = catalog;
  }

  Optional<Area> area(String text) {
    return catalog.place(text).map(p -> new Area(p.codes(), p.name()));
  }

  String name(String code) {
    return catalog.regencyName(code);
  }
}
