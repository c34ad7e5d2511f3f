package id.lokerbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lokerbot.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin API: key, validation of every field, partial bulk uploads, near-real-time search. */
@CatalogSpringTest
class CatalogAdminTests {

  static final String KEY = "test-admin-key";

  @Autowired MockMvc mvc;
  @Autowired CatalogSearch search;
  @Autowired MutableClock clock;

  static String vacancy(String id, String title, String regency) {
    return """
        {"id": "%s", "partner": "PT Uji Coba", "title": "%s",
         "description": "Dibutuhkan operator gudang kopi untuk pabrik kami.",
         "sector": "C", "regency": "%s", "minEducation": "SMP", "employmentType": "contract",
         "minAge": 18, "maxAge": 30, "salaryMin": 2500000, "openings": 3}
        """
        .formatted(id, title, regency);
  }

  MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.header("X-Admin-Key", KEY).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void theKeyIsRequired() throws Exception {
    mvc.perform(
            post("/admin/catalog/vacancies").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/admin/catalog/vacancies")
                .header("X-Admin-Key", "guess")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyBadFieldIsListed() throws Exception {
    String bad =
        """
        {"id": "bad id!", "title": "x", "sector": "Z", "regency": "Jakarta", "minAge": 40,
         "maxAge": 20, "minEducation": "phd", "employmentType": "forever", "salaryMin": "lots",
         "applyVia": "direct", "closesOn": "31/12/2026", "disabilityFlags": ["deaf", "tall"],
         "colour": "blue"}
        """;
    mvc.perform(json(post("/admin/catalog/vacancies"), bad))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "colour",
                        "id",
                        "partner",
                        "title",
                        "description",
                        "sector",
                        "regency",
                        "maxAge",
                        "minEducation",
                        "disabilityFlags",
                        "salaryMin",
                        "employmentType",
                        "applyHow",
                        "closesOn")));
  }

  @Test
  void aNewVacancyIsSearchableAtOnceAndGoneWhenClosed() throws Exception {
    String body = vacancy("nrt-1", "Operator Gudang Kopi Robusta", "Wonosobo");
    mvc.perform(json(put("/admin/catalog/vacancies/nrt-1"), body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.outcome").value("created"));
    // no waiting: the write refreshed the searcher before it returned
    assertThat(search.search(SearchRequest.of("robusta wonosobo")).hits())
        .extracting(SearchResult.Hit::id)
        .containsExactly("nrt-1");

    mvc.perform(json(put("/admin/catalog/vacancies/nrt-1"), body.replace("Robusta", "Arabika")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("updated"));
    assertThat(search.search(SearchRequest.of("robusta wonosobo")).hits()).isEmpty();
    assertThat(search.search(SearchRequest.of("arabika")).hits()).hasSize(1);

    mvc.perform(post("/admin/catalog/vacancies/nrt-1/close").header("X-Admin-Key", KEY))
        .andExpect(status().isOk());
    assertThat(search.search(SearchRequest.of("arabika")).hits()).isEmpty();
    assertThat(search.offer(Kind.VACANCY, "nrt-1")).get().extracting(Offer::open).isEqualTo(false);
    mvc.perform(post("/admin/catalog/vacancies/nobody/close").header("X-Admin-Key", KEY))
        .andExpect(status().isNotFound());
  }

  @Test
  void anOfferDisappearsTheDayAfterItCloses() throws Exception {
    String body =
        vacancy("exp-1", "Operator Gudang Teh Melati", "Wonosobo")
            .replace("\"openings\": 3", "\"openings\": 3, \"closesOn\": \"2026-11-30\"");
    mvc.perform(json(put("/admin/catalog/vacancies/exp-1"), body)).andExpect(status().isCreated());
    assertThat(search.search(SearchRequest.of("melati")).hits()).hasSize(1);
    var before = clock.instant();
    try {
      clock.advance(Duration.ofDays(3)); // 1 December in Jakarta
      assertThat(search.search(SearchRequest.of("melati")).hits()).isEmpty();
    } finally {
      clock.set(before);
    }
  }

  @Test
  void aBadRecordInABulkUploadNeverBlocksTheGoodOnes() throws Exception {
    String bulk =
        "["
            + vacancy("bulk-1", "Operator Gudang Cengkeh", "Demak")
            + ","
            + vacancy("bulk-2", "Operator Gudang Cengkeh", "Atlantis")
            + ", 42,"
            + vacancy("bulk-3", "Operator Gudang Cengkeh", "33.21")
                .replace("\"minAge\": 18", "\"minAge\": 5")
            + ","
            + vacancy("bulk-4", "Operator Gudang Cengkeh", "dmk")
            + "]";
    mvc.perform(json(post("/admin/catalog/vacancies/bulk"), bulk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.rejected").value(3))
        .andExpect(jsonPath("$.results[1].outcome").value("rejected"))
        .andExpect(jsonPath("$.results[1].errors[0].field").value("regency"))
        .andExpect(jsonPath("$.results[2].errors[0].message").value("must be an object"))
        .andExpect(jsonPath("$.results[3].errors[*].field").value(hasItem("minAge")))
        .andExpect(jsonPath("$.results[4].outcome").value("created"));
    assertThat(search.search(SearchRequest.of("cengkeh")).hits())
        .extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrder("bulk-1", "bulk-4");
  }

  @Test
  void trainingsToo() throws Exception {
    String training =
        """
        {"provider": "BLK Uji", "title": "Pelatihan Anyaman Bambu", "description": "Belajar menganyam bambu untuk kerajinan.",
         "sector": "C", "regency": "Rembang", "startsOn": "2027-01-10", "durationDays": 10,
         "free": true, "seats": 20, "leadsTo": "pengrajin bambu"}
        """;
    String id =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(json(post("/admin/catalog/trainings"), training))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    SearchResult r = search.search(SearchRequest.of("pelatihan anyaman gratis rembang"));
    assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly(id);
    mvc.perform(get("/admin/catalog/trainings/" + id).header("X-Admin-Key", KEY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.regency").value("33.17"));
    mvc.perform(json(post("/admin/catalog/trainings"), "{\"free\": false}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("cost")));
  }
}
