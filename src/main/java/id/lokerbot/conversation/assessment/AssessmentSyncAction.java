package id.lokerbot.conversation.assessment;

import id.lokerbot.conversation.DialogueStateStore;
import id.lokerbot.conversation.engine.ActionHandler;
import id.lokerbot.conversation.engine.Step;
import id.lokerbot.conversation.engine.Turn;
import id.lokerbot.youth.Youth;
import id.lokerbot.youth.Youths;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Takes the newest assessment progress of the person's linked addresses ({@link SharedProgress}),
 * so a check started on one channel continues on another. Addresses are linked through the youth
 * records, which exist only with consent; without it, only the progress copied when the addresses
 * were linked (HUBUNGKAN) carries over.
 *
 * <pre>{@code
 * - id: open
 *   action: assessment-sync
 *   next: open-choose
 * }</pre>
 */
@Component
class AssessmentSyncAction implements ActionHandler {

  private final Youths youths;
  private final DialogueStateStore states;

  AssessmentSyncAction(Youths youths, DialogueStateStore states) {
    this.youths = youths;
    this.states = states;
  }

  @Override
  public String name() {
    return "assessment-sync";
  }

  @Override
  public Step enter(Turn turn, Map<String, String> params, String next) {
    youths
        .findByAddress(turn.address())
        .map(Youth::id)
        .map(youths::addresses)
        .ifPresent(
            addresses ->
                addresses.stream()
                    .filter(a -> !a.equals(turn.address()))
                    .forEach(
                        a ->
                            states
                                .load(a)
                                .ifPresent(
                                    s -> SharedProgress.takeNewer(turn, s.state().values()))));
    return Step.go(next);
  }
}
