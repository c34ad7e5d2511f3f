package id.lokerbot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads a Telegram update with Jackson 2, which telegrambots' types are built for (their Lombok
 * {@code @Jacksonized} builders). Private on purpose: Spring Boot 4's own mapper is Jackson 3.
 * Fields added to the Bot API after this library version are ignored.
 */
final class UpdateReader {

  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The update, or empty when the body is not JSON shaped like an update. */
  Optional<Update> read(byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(mapper.readValue(body, Update.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
