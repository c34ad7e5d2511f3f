package id.lokerbot.conversation.profile;

import id.lokerbot.assessment.PersonForgotten;
import id.lokerbot.conversation.DialogueStateStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After HAPUS DATA the person's records are gone; their dialogue state on their other linked
 * addresses goes too, so a message from there starts afresh.
 */
@Component
class ForgetDialogues {

  private final DialogueStateStore states;

  ForgetDialogues(DialogueStateStore states) {
    this.states = states;
  }

  @ApplicationModuleListener
  void on(PersonForgotten event) {
    // The address that asked keeps its (already cleared) state: the chat goes on in its language.
    event.addresses().stream()
        .filter(a -> !a.equals(event.requestedFrom()))
        .forEach(states::delete);
  }
}
