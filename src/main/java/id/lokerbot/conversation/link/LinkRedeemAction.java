package id.lokerbot.conversation.link;

import id.lokerbot.channel.AddressesLinked;
import id.lokerbot.conversation.DialogueStateStore;
import id.lokerbot.conversation.assessment.SharedProgress;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.youth.LinkCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * HUBUNGKAN, second phone: the code typed here links this address to the one that issued it. The
 * records follow through {@link AddressesLinked} (the assessment module makes them one person); the
 * other chat's assessment progress, and its consent, are taken over now, so a check started there
 * continues here. Wrong codes: at most {@link #MAX_TRIES} an hour, so codes cannot be guessed.
 *
 * <pre>{@code
 * - id: redeem
 *   action: link-redeem
 *   with: { code: "{typedText}", retry: open }
 *   next: linked
 * }</pre>
 */
@Component
class LinkRedeemAction implements ActionHandler {

  static final int MAX_TRIES = 5;
  private static final String TRIES = "linkTries";
  private static final String TRIES_SINCE = "linkTriesSince";
  private static final Duration TRIES_WINDOW = Duration.ofHours(1);

  private final LinkCodes codes;
  private final DialogueStateStore states;

  LinkRedeemAction(LinkCodes codes, DialogueStateStore states) {
    this.codes = codes;
    this.states = states;
  }

  @Override
  public String name() {
    return "link-redeem";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    turn.forget("typedText");
    if (tries(turn) >= MAX_TRIES) {
      turn.say("link.too-many");
      return Step.go("main:menu");
    }
    String code = params.getOrDefault("code", "").replaceAll("[\\s-]", "");
    Optional<String> issuer =
        code.matches("\\d{6}") ? codes.redeem(code, turn.now()) : Optional.empty();
    if (issuer.isEmpty()) {
      turn.save(TRIES, String.valueOf(tries(turn) + 1));
      turn.say("link.invalid");
      return Step.go(params.get("retry"));
    }
    turn.forget(TRIES);
    turn.forget(TRIES_SINCE);
    if (issuer.get().equals(turn.address())) {
      turn.say("link.own");
      return Step.go("main:menu");
    }
    turn.publish(new AddressesLinked(issuer.get(), List.of(turn.address()), turn.now()));
    states
        .load(issuer.get())
        .ifPresent(
            s -> {
              Map<String, String> theirs = s.state().values();
              SharedProgress.takeNewer(turn, theirs);
              if ("yes".equals(theirs.get("consent"))) {
                turn.save("consent", "yes"); // the same person agreed there
              }
            });
    return Step.go(next);
  }

  /** Wrong codes typed in the last hour. */
  private static int tries(Turn turn) {
    String since = turn.value(TRIES_SINCE);
    if (since == null || Instant.parse(since).plus(TRIES_WINDOW).isBefore(turn.now())) {
      turn.save(TRIES_SINCE, turn.now().toString());
      turn.forget(TRIES);
      return 0;
    }
    String tries = turn.value(TRIES);
    return tries == null ? 0 : Integer.parseInt(tries);
  }
}
