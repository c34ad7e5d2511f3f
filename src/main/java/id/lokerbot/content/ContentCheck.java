package id.lokerbot.content;

/**
 * A module's validation of the content it owns (flows, assessments, catalogue, …). Every check runs
 * at start-up and before a reload is accepted; any problem refuses the content.
 */
public interface ContentCheck {

  void check(Content content, Problems problems);
}
