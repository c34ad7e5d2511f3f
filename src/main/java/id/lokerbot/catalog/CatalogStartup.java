package id.lokerbot.catalog;

import id.lokerbot.content.ContentService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: loads the sample catalogue into empty tables (when enabled and not importing), then
 * brings the index up to date with the database (rebuilding it when missing or stale).
 */
@Component
@Order(0)
class CatalogStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CatalogStartup.class);

  private final Catalog catalog;
  private final CatalogRecords records;
  private final CatalogRepository repository;
  private final ContentService content;
  private final CatalogProperties properties;

  CatalogStartup(
      Catalog catalog,
      CatalogRecords records,
      CatalogRepository repository,
      ContentService content,
      CatalogProperties properties) {
    this.catalog = catalog;
    this.records = records;
    this.repository = repository;
    this.content = content;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean importing =
        !args.getNonOptionArgs().isEmpty()
            && CatalogImport.COMMAND.equals(args.getNonOptionArgs().get(0));
    if (properties.sampleData()
        && !importing
        && repository.vacancyState().count() == 0
        && repository.trainingState().count() == 0) {
      loadSamples();
    }
    String done = catalog.catchUp();
    log.info("catalogue index: {}", done);
  }

  void loadSamples() {
    var today = catalog.today();
    List<?> vacancies = SampleCatalog.vacancies(content.current(), today);
    List<?> trainings = SampleCatalog.trainings(content.current(), today);
    var v = records.bulk(Kind.VACANCY, vacancies, true);
    var t = records.bulk(Kind.TRAINING, trainings, true);
    log.info(
        "sample catalogue loaded (SAMPLE DATA, not real offers): {} vacancies, {} trainings",
        v.created() + v.updated(),
        t.created() + t.updated());
  }
}
