package id.lokerbot.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lokerbot.TestClockConfig;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The partner API: keys, own referrals only, status changes told to the person. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClockConfig.class, ReferralTestSupport.SimInboxConfig.class})
@TestPropertySource(
    properties = {
      "LOKERBOT_PARTNER_SAMPLE_RETAIL_KEY=key-retail",
      "LOKERBOT_PARTNER_SAMPLE_GARMENT_KEY=key-garment",
      "lokerbot.referral.poller-enabled=false"
    })
class PartnerApiTests {

  static final String KEY = PartnerKeyFilter.HEADER;

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired ReferralRepository repository;
  @Autowired ReferralTestSupport.SimInbox inbox;

  String retail;
  String garment;

  @BeforeEach
  void referrals() {
    ReferralRequested a = ReferralTestSupport.request(ReferralTestSupport.RETAIL, "sim:ana");
    ReferralRequested b = ReferralTestSupport.request(ReferralTestSupport.GARMENT, "sim:budi");
    referrals.create(a);
    referrals.create(b);
    retail = a.referralId();
    garment = b.referralId();
  }

  @Test
  void noKeyOrAnUnknownKeyIs401() throws Exception {
    mvc.perform(get("/api/partner/referrals")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/partner/referrals").header(KEY, "guess"))
        .andExpect(status().isUnauthorized());
    // staff credentials are not partner credentials
    mvc.perform(get("/api/partner/referrals").header("X-Admin-Key", "test-admin-key"))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/partner/referrals/" + retail + "/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"hired\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("X-Partner-Key required"));
    assertThat(repository.find(retail).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void aPartnerSeesOnlyItsOwnReferrals() throws Exception {
    mvc.perform(get("/api/partner/referrals").header(KEY, "key-retail"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.referrals[?(@.id == '" + retail + "')]").exists())
        .andExpect(jsonPath("$.referrals[?(@.id == '" + garment + "')]").doesNotExist())
        // what the retail partner receives: no accommodations
        .andExpect(jsonPath("$.referrals[0].candidate.name").value("Sari"))
        .andExpect(jsonPath("$.referrals[0].candidate.accommodations").doesNotExist());
    mvc.perform(get("/api/partner/referrals/" + garment).header(KEY, "key-retail"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/partner/referrals/" + garment).header(KEY, "key-garment"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.candidate.accommodations").exists());
  }

  @Test
  void aPartnerCannotUpdateAnotherPartnersReferral() throws Exception {
    mvc.perform(
            post("/api/partner/referrals/" + garment + "/status")
                .header(KEY, "key-retail")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"hired\"}"))
        .andExpect(status().isNotFound());
    assertThat(repository.find(garment).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
    assertThat(repository.history(garment)).hasSize(1);
  }

  @Test
  void statusChangesAreRecordedWithSourceAndToldToThePerson() throws Exception {
    mvc.perform(
            post("/api/partner/referrals/" + retail + "/status")
                .header(KEY, "key-retail")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"status\":\"interview_scheduled\",\"interviewAt\":\"2026-12-03T09:00:00+07:00\","
                        + "\"place\":\"Kantor cabang Purwokerto, Jl. Jend. Sudirman 1\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("interview_scheduled"));

    var history = repository.history(retail);
    assertThat(history)
        .extracting(ReferralRepository.StatusEvent::status)
        .containsExactly(ReferralStatus.SENT, ReferralStatus.INTERVIEW_SCHEDULED);
    assertThat(history.get(1).source()).isEqualTo("api:sample-retail");
    assertThat(history.get(1).at()).isNotNull();
    await().atMost(Duration.ofSeconds(10)).until(() -> !inbox.textsTo("sim:ana").isEmpty());
    assertThat(inbox.textsTo("sim:ana"))
        .containsExactly(
            "Kabar baik! Contoh Ritel Nusantara (sample retail chain) mengundangmu wawancara untuk"
                + " Crew Store (Pramuniaga) pada 3 Desember 2026, 09.00 WIB di Kantor cabang"
                + " Purwokerto, Jl. Jend. Sudirman 1. Bawa KTP dan ijazah, ya. Semoga lancar!");
  }

  @Test
  void trainingPartnersReportEnrolmentAndCompletion() throws Exception {
    for (String status : new String[] {"enrolled", "completed"}) {
      mvc.perform(
              post("/api/partner/trainings/" + garment + "/status")
                  .header(KEY, "key-garment")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"status\":\"" + status + "\"}"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.referralId").value(garment))
          .andExpect(jsonPath("$.status").value(status))
          .andExpect(jsonPath("$.at").exists());
    }
    assertThat(repository.trainingHistory(garment)).containsExactly("enrolled", "completed");
    // the recruitment status is another axis: unchanged
    assertThat(repository.find(garment).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
    mvc.perform(
            post("/api/partner/trainings/" + garment + "/status")
                .header(KEY, "key-garment")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"graduated\"}"))
        .andExpect(status().isBadRequest());
    // another partner's referral: 404, nothing recorded
    mvc.perform(
            post("/api/partner/trainings/" + garment + "/status")
                .header(KEY, "key-retail")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"completed\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/partner/trainings/" + garment + "/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"completed\"}"))
        .andExpect(status().isUnauthorized());
    assertThat(repository.trainingHistory(garment)).hasSize(2);
  }

  @Test
  void badUpdatesAre400() throws Exception {
    for (String body :
        new String[] {
          "{\"status\":\"promoted\"}",
          "{\"status\":\"withdrawn\"}",
          "{\"status\":\"interview_scheduled\",\"interviewAt\":\"2026-12-03T09:00:00+07:00\"}",
          "{\"status\":\"interview_scheduled\",\"interviewAt\":\"besok\",\"place\":\"x\"}",
          "not json"
        }) {
      mvc.perform(
              post("/api/partner/referrals/" + retail + "/status")
                  .header(KEY, "key-retail")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isBadRequest());
    }
    assertThat(repository.history(retail)).hasSize(1);
  }

  @Test
  void staffListByStatusPartnerAndAgeNeedTheAdminKey() throws Exception {
    mvc.perform(get("/admin/referrals")).andExpect(status().isUnauthorized());
    mvc.perform(get("/admin/referrals").header("X-Admin-Key", "wrong"))
        .andExpect(status().isForbidden());
    // a partner key opens nothing here
    mvc.perform(get("/admin/referrals").header(KEY, "key-retail"))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            get("/admin/referrals")
                .header("X-Admin-Key", "test-admin-key")
                .param("partner", "sample-garment-training")
                .param("status", "sent")
                .param("minAge", "18")
                .param("maxAge", "24"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.referrals[?(@.id == '" + garment + "')]").exists())
        .andExpect(jsonPath("$.referrals[?(@.id == '" + retail + "')]").doesNotExist())
        .andExpect(jsonPath("$.referrals[0].address").value("sim:…udi"));
    mvc.perform(
            get("/admin/referrals").header("X-Admin-Key", "test-admin-key").param("minAge", "25"))
        .andExpect(jsonPath("$.referrals[?(@.id == '" + garment + "')]").doesNotExist());
    mvc.perform(
            post("/admin/referrals/" + retail + "/resend").header("X-Admin-Key", "test-admin-key"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.delivery").value("pending"));
  }
}
