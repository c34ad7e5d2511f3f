package id.lokerbot.conversation.referral;

import id.lokerbot.catalog.CatalogSearch;
import id.lokerbot.catalog.Kind;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Vacancies to apply to, from the catalogue. */
@Component
class CatalogOpenings implements Openings {

  private final CatalogSearch catalog;

  CatalogOpenings(CatalogSearch catalog) {
    this.catalog = catalog;
  }

  @Override
  public Optional<Opening> find(String vacancyId) {
    return catalog
        .offer(Kind.VACANCY, vacancyId)
        .map(
            o ->
                new Opening(
                    o.vacancy().id(),
                    o.vacancy().title(),
                    o.vacancy().partner(),
                    o.vacancy().sector(),
                    o.vacancy().regency(),
                    o.regencyName(),
                    o.vacancy().minAge(),
                    o.vacancy().maxAge(),
                    o.vacancy().minEducation(),
                    o.open(),
                    "lokerbot".equals(o.vacancy().applyVia())));
  }
}
