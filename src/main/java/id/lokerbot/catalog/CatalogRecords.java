package id.lokerbot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes catalogue records: validate, save to the database, then update the index (searchable as
 * soon as this returns). A bulk write saves every good record even when others are refused.
 */
@Service
class CatalogRecords {

  /**
   * What happened to one submitted record.
   *
   * @param index its position in a bulk upload (0 for single writes)
   * @param outcome created, updated or rejected
   */
  record Result(int index, String id, String outcome, List<FieldError> errors) {
    boolean rejected() {
      return outcome.equals("rejected");
    }
  }

  record Bulk(int created, int updated, int rejected, List<Result> results) {}

  private final Catalog catalog;
  private final CatalogRepository repository;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  CatalogRecords(
      Catalog catalog,
      CatalogRepository repository,
      ApplicationEventPublisher events,
      TransactionTemplate transaction) {
    this.catalog = catalog;
    this.repository = repository;
    this.events = events;
    this.transaction = transaction;
  }

  RecordParser parser() {
    return new RecordParser(catalog.taxonomy(), catalog.today(), catalog.now());
  }

  Result upsert(Kind kind, Map<String, ?> input) {
    return bulk(kind, List.of(input), false).results().get(0);
  }

  /** Saves every valid item; the index gets one commit for the whole batch. */
  synchronized Bulk bulk(Kind kind, List<?> items, boolean sample) {
    RecordParser parser = parser();
    List<Result> results = new ArrayList<>();
    List<Vacancy> vacancies = new ArrayList<>();
    List<Training> trainings = new ArrayList<>();
    int created = 0;
    int updated = 0;
    int rejected = 0;
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> raw)) {
        results.add(
            new Result(i, null, "rejected", List.of(new FieldError("*", "must be an object"))));
        rejected++;
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, ?> map = (Map<String, ?>) raw;
      String id = map.get("id") == null ? null : String.valueOf(map.get("id"));
      List<FieldError> errors;
      boolean isNew = false;
      if (kind == Kind.VACANCY) {
        RecordParser.Parsed<Vacancy> p = parser.vacancy(map);
        errors = p.errors();
        if (p.ok()) {
          Vacancy v = p.record();
          boolean opens =
              !sample && v.open() && !repository.vacancy(v.id()).map(Vacancy::open).orElse(false);
          isNew =
              saved(
                  () -> repository.save(v, sample),
                  opens ? OfferPublished.of(v, catalog.now()) : null);
          vacancies.add(v);
        }
      } else {
        RecordParser.Parsed<Training> p = parser.training(map);
        errors = p.errors();
        if (p.ok()) {
          Training t = p.record();
          boolean opens =
              !sample && t.open() && !repository.training(t.id()).map(Training::open).orElse(false);
          isNew =
              saved(
                  () -> repository.save(t, sample),
                  opens ? OfferPublished.of(t, catalog.now()) : null);
          trainings.add(t);
        }
      }
      if (!errors.isEmpty()) {
        results.add(new Result(i, id, "rejected", errors));
        rejected++;
      } else if (isNew) {
        results.add(new Result(i, id, "created", List.of()));
        created++;
      } else {
        results.add(new Result(i, id, "updated", List.of()));
        updated++;
      }
    }
    if (!vacancies.isEmpty() || !trainings.isEmpty()) {
      catalog.indexed(vacancies, trainings);
    }
    return new Bulk(created, updated, rejected, results);
  }

  /** Saves a record and, when it just opened, publishes that in the same transaction. */
  private boolean saved(java.util.function.BooleanSupplier save, OfferPublished published) {
    return Boolean.TRUE.equals(
        transaction.execute(
            status -> {
              boolean isNew = save.getAsBoolean();
              if (published != null) {
                events.publishEvent(published);
              }
              return isNew;
            }));
  }

  Optional<Vacancy> vacancy(String id) {
    return repository.vacancy(id);
  }

  Optional<Training> training(String id) {
    return repository.training(id);
  }

  /** Closes an offer: it leaves the index at once. False when there is no such offer. */
  synchronized boolean close(Kind kind, String id) {
    if (kind == Kind.VACANCY) {
      Optional<Vacancy> v = repository.vacancy(id);
      if (v.isEmpty()) {
        return false;
      }
      Vacancy closed = v.get().closed().withUpdatedAt(catalog.now());
      repository.save(closed, false);
      catalog.indexed(List.of(closed), List.of());
    } else {
      Optional<Training> t = repository.training(id);
      if (t.isEmpty()) {
        return false;
      }
      Training closed = t.get().closed().withUpdatedAt(catalog.now());
      repository.save(closed, false);
      catalog.indexed(List.of(), List.of(closed));
    }
    return true;
  }
}
