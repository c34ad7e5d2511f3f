package id.lokerbot.conversation.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.channel.PlainText;
import id.lokerbot.conversation.Conversations;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** Conversations about jobs, turn by turn, as a person would have them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class SearchChatTests {

  @Autowired Conversations conversations;
  @Autowired MutableClock clock;

  /** What the person sees after one message: every reply as plain text. */
  String send(String from, String text) {
    List<OutboundMessage> replies =
        conversations.handle(new InboundMessage(from, text, null, null, clock.instant()));
    assertThat(replies).as("never an empty reply to '%s'", text).isNotEmpty();
    return replies.stream().map(PlainText::render).collect(Collectors.joining("\n---\n"));
  }

  void toMenu(String from, String language) {
    send(from, "halo");
    send(from, language);
    assertThat(send(from, "1")).contains(language.equals("1") ? "Menu utama" : "Main menu");
  }

  @Test
  void freeTextFromTheMenuPagesDetailsSaveApplyBack() {
    String me = "whatsapp:+6281200000101";
    toMenu(me, "1");
    String list = send(me, "ada lowker jahit di sragen?");
    assertThat(list)
        .contains("Lowongan jahit di Sragen:")
        .contains("ditemukan (1-5)")
        .contains("1. Operator Jahit")
        .contains("6. LAGI (berikutnya)")
        .contains("7. Cari yang lain");

    String page2 = send(me, "LAGI");
    assertThat(page2).contains("(6-");

    String details = send(me, "1");
    assertThat(details)
        .contains("Sragen")
        .contains("Pendidikan minimal")
        .contains("1. Simpan")
        .contains("2. Lamar / daftar")
        .contains("3. Kembali ke daftar");
    assertThat(send(me, "simpan")).contains("Tersimpan. Kamu sudah menyimpan 1 tawaran.");
    assertThat(send(me, "2")).containsAnyOf("Cara melamar:", "segera hadir");
    assertThat(send(me, "kembali")).contains("(6-");
    assertThat(send(me, "menu")).contains("Menu utama");
  }

  @Test
  void smsGetsThreePerPage() {
    String me = "sms:+6281200000102";
    toMenu(me, "1");
    String list = send(me, "operator jahit");
    assertThat(list)
        .contains("(1-3)")
        .contains("3. ")
        .contains("4. LAGI")
        .doesNotContain("5. Operator");
  }

  @Test
  void stepByStep() {
    String me = "telegram:900000103";
    toMenu(me, "1");
    assertThat(send(me, "1")).contains("Kerja apa yang kamu cari?");
    String where = send(me, "garmen");
    assertThat(where).contains("Di kabupaten mana?").contains("1. Cilacap").contains("Demak");
    String results = send(me, "boyolai"); // a typo for Boyolali
    assertThat(results).contains("Lowongan garmen di Boyolali:");
    assertThat(send(me, "7")).contains("Kerja apa yang kamu cari?");
  }

  @Test
  void trainingsStepByStepInEnglish() {
    String me = "telegram:900000104";
    toMenu(me, "2");
    assertThat(send(me, "2")).contains("What training are you looking for?");
    assertThat(send(me, "1")).contains("In which regency?");
    String list = send(me, "14"); // anywhere
    assertThat(list).contains("Trainings for jahit in Central Java:");
    String details = send(me, "1");
    assertThat(details).contains("Starts:").contains("Cost:").contains("1. Save");
    assertThat(send(me, "apply")).contains("Registering through Lokerbot is coming soon");
  }

  @Test
  void nothingFoundSaysSoAndOffersAlternatives() {
    String me = "whatsapp:+6281200000105";
    toMenu(me, "1");
    String none = send(me, "satpam grobogan");
    assertThat(none)
        .contains("Maaf, belum ada lowongan satpam di Grobogan saat ini.")
        .contains("1. Di dekatnya (")
        .contains("Cari yang lain");
    // an answer that is no choice: asked again with the same alternatives
    assertThat(send(me, "9"))
        .contains("Balas dengan nomor pilihan")
        .contains("1. Di dekatnya (")
        .doesNotContain("Kerja apa yang kamu cari?");
    assertThat(send(me, "1")).contains("Satpam (Security)");

    String nothingAtAll = send(me, "astronot");
    assertThat(nothingAtAll).contains("Maaf, belum ada lowongan").contains("Coba kata lain");
  }

  /** No job words, only a place (or nothing): "all jobs", not "all" named as if it were a job. */
  @Test
  void askingForAnyJobSaysAllJobs() {
    String me = "whatsapp:+6281200000107";
    toMenu(me, "1");
    assertThat(send(me, "saya sedang mencari kerja di demak"))
        .contains("Semua lowongan di Demak:")
        .doesNotContain("Saya carikan");
    assertThat(send(me, "menu")).contains("Menu utama");
    assertThat(send(me, "aku mau kerja")).contains("Semua lowongan di Jawa Tengah:");

    String en = "telegram:900000108";
    toMenu(en, "2");
    assertThat(send(en, "looking for work in demak")).contains("All jobs in Demak:");
    assertThat(send(en, "menu")).contains("Main menu");
    assertThat(send(en, "I need a cashier job in demak"))
        .contains("Jobs for cashier in Demak:")
        .doesNotContain("I searched for");
  }

  /** A number that is no choice was meant as one: asked again, not searched for. */
  @Test
  void aNumberOutOfRangeIsAskedAgain() {
    String me = "whatsapp:+6281200000109";
    toMenu(me, "1");
    assertThat(send(me, "9"))
        .contains("Maaf, saya belum mengerti")
        .contains("Menu utama")
        .doesNotContain("lowongan 9");
    assertThat(send(me, "1")).contains("Kerja apa yang kamu cari?");
    assertThat(send(me, "0")).contains("Maaf, saya belum mengerti").contains("Kerja apa");
    assertThat(send(me, "jahit")).contains("Di kabupaten mana?");
  }

  @Test
  void queryLookingLikeSyntaxIsJustText() {
    String me = "whatsapp:+6281200000106";
    toMenu(me, "1");
    assertThat(send(me, "kasir AND ( * \"")).contains("Lowongan kasir di Jawa Tengah:");
  }
}
