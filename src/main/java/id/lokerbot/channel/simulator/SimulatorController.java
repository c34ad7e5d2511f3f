package id.lokerbot.channel.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.lokerbot.channel.Choice;
import id.lokerbot.channel.InboundDedupe;
import id.lokerbot.channel.InboundHandler;
import id.lokerbot.channel.InboundMessage;
import id.lokerbot.channel.OutboundMessage;
import id.lokerbot.channel.PlainText;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /simulator/messages}: talk to the bot with no credentials. The web chat page at
 * {@code /} uses it.
 */
@RestController
@ConditionalOnProperty(
    name = "lokerbot.simulator.enabled",
    havingValue = "true",
    matchIfMissing = true)
class SimulatorController {

  private static final Pattern ADDRESS = Pattern.compile("sim:[A-Za-z0-9._-]{1,64}");

  private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  /**
   * What the page sends: who, and either typed text or the id of a pressed button. {@code id} is
   * optional: a message id as a provider would give it; the same id twice is answered once.
   */
  record SimulatorRequest(String from, String text, String choice, String id) {}

  /** One reply; {@code plain} is how it reads on SMS or WhatsApp without buttons. */
  record SimulatorReply(String text, List<Choice> choices, String plain) {}

  /** {@code duplicate} is present (true) only when the id was handled before. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SimulatorResponse(List<SimulatorReply> replies, Boolean duplicate) {}

  private static final String CHANNEL = InboundMessage.SIMULATOR;

  private final InboundHandler handler;
  private final InboundDedupe dedupe;
  private final Clock clock;

  SimulatorController(InboundHandler handler, InboundDedupe dedupe, Clock clock) {
    this.handler = handler;
    this.dedupe = dedupe;
    this.clock = clock;
  }

  @PostMapping(
      path = "/simulator/messages",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  SimulatorResponse message(@RequestBody SimulatorRequest request) {
    if (request.from() == null || !ADDRESS.matcher(request.from()).matches()) {
      throw new IllegalArgumentException(
          "from is required: sim: followed by 1-64 letters, digits, dots, dashes or underscores");
    }
    if (request.text() == null && request.choice() == null) {
      throw new IllegalArgumentException("text is required (or choice, for a pressed button)");
    }
    String id = request.id();
    if (id != null && !MESSAGE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id, when given, is 1-100 letters, digits, dots, colons, dashes or underscores");
    }
    InboundMessage message =
        new InboundMessage(request.from(), request.text(), request.choice(), id, clock.instant());
    List<OutboundMessage> replies;
    if (id == null) {
      replies = handler.handle(message);
    } else {
      Optional<List<OutboundMessage>> handled = handler.handleFirstTime(CHANNEL, message);
      if (handled.isEmpty()) {
        return new SimulatorResponse(List.of(), true);
      }
      replies = handled.get();
      dedupe.done(CHANNEL, id); // the replies go out in this answer
    }
    return new SimulatorResponse(
        replies.stream()
            .map(r -> new SimulatorReply(r.text(), r.choices(), PlainText.render(r)))
            .toList(),
        null);
  }
}
