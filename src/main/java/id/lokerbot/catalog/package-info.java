/**
 * Vacancies and training offers: records in the database, a Lucene index derived from them, search
 * that understands everyday Indonesian (slang, SMS short forms, Javanese, typos), the admin API and
 * the CSV import. Other modules search through {@link id.lokerbot.catalog.CatalogSearch}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"content", "platform"})
package id.lokerbot.catalog;
