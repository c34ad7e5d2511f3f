package id.lokerbot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lokerbot.MutableClock;
import id.lokerbot.TestClockConfig;
import id.lokerbot.channel.OptOuts;
import id.lokerbot.conversation.Conversations;
import id.lokerbot.youth.Youths;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HAPUS DATA leaves nothing that names the person: after it, no row of any table (every table in
 * the schema, so tables added later are covered too) holds their address, their Telegram chat id or
 * their youth id. The programme report still counts them, anonymously, and a stopped address stays
 * stopped (as a hash).
 */
@SpringBootTest
@Import(TestClockConfig.class)
class DataDeletionTests {

  static final String SIM = "sim:deletion-wulan";
  static final long CHAT = 71_000_042L;
  static final String TELEGRAM = "telegram:" + CHAT;

  @Autowired Conversations conversations;
  @Autowired ProgrammeReport report;
  @Autowired Youths youths;
  @Autowired OptOuts optOuts;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  ChatDriver chat;

  @BeforeEach
  void driver() {
    chat = new ChatDriver(conversations, clock);
  }

  @Test
  void noRowNamesThePersonAfterDeletion() throws Exception {
    // Wulan: consents, fills part of her profile, takes the readiness check, stops alerts on the
    // simulator, and also writes from Telegram (linked, with a deep-link source).
    chat.say(SIM, "halo", "1", "ya", "4", "1", "Wulan", "22", "1", "demak", "ya", "smk", "1", "2");
    chat.say(SIM, "3", "1", "1", "1", "1", "1");
    chat.say(SIM, "menu", "3", "2");
    for (int i = 0; i < 12; i++) {
      chat.say(SIM, "2");
    }
    chat.say(SIM, "stop");
    String wulan = ChatDriver.person(youths, SIM);
    youths.link(wulan, TELEGRAM, "telegram", clock.instant());
    jdbc.sql("insert into telegram_start_source (chat_id, source, started_at) values (?, ?, ?)")
        .params(CHAT, "src-deletion", Timestamp.from(clock.instant()))
        .update();
    chat.say(TELEGRAM, "halo", "1", "menu", "3", "1", "1", "1");
    assertThat(ChatDriver.eventually(() -> rows("assessment_result", "address", SIM) == 1))
        .isTrue();
    assertThat(ChatDriver.eventually(() -> optOuts.isStopped(SIM))).isTrue();
    assertThat(ChatDriver.eventually(() -> rows("profile_field", "youth_id", wulan) == 13))
        .isTrue();
    assertThat(rowsNaming(SIM, String.valueOf(CHAT), wulan)).isNotEmpty();
    ProgrammeNumbers before = report.numbers();

    List<String> answer = chat.say(TELEGRAM, "hapus data", "ya");
    assertThat(String.join("\n", answer)).contains("sudah kami hapus");
    assertThat(
            ChatDriver.eventually(() -> youths.find(wulan).isEmpty() && outstandingEvents() == 0))
        .isTrue();

    assertThat(rowsNaming(SIM, TELEGRAM, String.valueOf(CHAT), wulan)).isEmpty();
    // A stopped address stays stopped: we must never message it unasked again.
    assertThat(optOuts.isStopped(SIM)).isTrue();
    assertThat(optOuts.isStopped(TELEGRAM)).isFalse();
    // The report counts her as before, anonymously.
    assertThat(report.numbers()).isEqualTo(before);
  }

  /**
   * Every row of every table in the schema with a text column containing one of the values, or a
   * whole-number column equal to one: {@code "table.column"} per row found.
   */
  private List<String> rowsNaming(String... values) {
    List<Map<String, Object>> columns =
        jdbc.sql(
                "select table_name, column_name, data_type from information_schema.columns"
                    + " where table_schema = current_schema")
            .query()
            .listOfRows();
    assertThat(columns).extracting(c -> c.get("table_name")).contains("message_log", "youth");
    List<String> found = new ArrayList<>();
    for (Map<String, Object> c : columns) {
      String table = c.get("table_name").toString();
      String column = c.get("column_name").toString();
      String type = c.get("data_type").toString().toLowerCase();
      for (String value : values) {
        int n = 0;
        if (type.contains("char") || type.contains("text") || type.contains("clob")) {
          n = count(table, "cast(" + column + " as varchar) like ?", (Object) ("%" + value + "%"));
        } else if ((type.contains("int") || type.contains("numeric")) && value.matches("\\d+")) {
          n = count(table, column + " = ?", Long.parseLong(value));
        }
        if (n > 0) {
          found.add(table + "." + column + " (" + n + ")");
        }
      }
    }
    return found;
  }

  private int rows(String table, String column, String value) {
    return count(table, column + " = ?", (Object) value);
  }

  private int count(String table, String where, Object value) {
    return jdbc.sql("select count(*) from " + table + " where " + where)
        .param(value)
        .query(Integer.class)
        .single();
  }

  private int outstandingEvents() {
    return jdbc.sql("select count(*) from event_publication where completion_date is null")
        .query(Integer.class)
        .single();
  }
}
