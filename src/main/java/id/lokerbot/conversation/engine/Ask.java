package id.lokerbot.conversation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Asks a question with choices and waits; the chosen option's value is saved under {@code saveAs}.
 * A person may answer with the number, the label in any language, an extra word from {@code also},
 * or a close misspelling of any of them.
 *
 * <pre>{@code
 * - id: language
 *   ask: ask.language
 *   choices:
 *     - { value: id, label: choice.language.id, also: [indonesia, indo] }
 *     - { value: en, label: choice.language.en, also: [inggris] }
 *   saveAs: language
 *   next: consent
 * }</pre>
 *
 * <p>Choices for amounts of money may say which amounts pick them ({@code rupiah: [1, 839999]},
 * {@code rupiah: [2000001]} for no upper end): "500rb" or "Rp 1,5 juta" then picks the choice whose
 * amounts hold it.
 *
 * <p>With {@code otherwise: node}, text that fits no choice is not re-asked: it is saved as {@code
 * typedText} and the flow goes there (the menu sends "lowker kasir demak" to search). A number that
 * is no choice is still re-asked.
 */
record Ask(
    String id,
    String ask,
    List<Option> options,
    String saveAs,
    String next,
    String invalid,
    String otherwise)
    implements Node {

  static final String DEFAULT_INVALID = "common.invalid-choice";

  /** Where free text that fits no choice is kept when the node has {@code otherwise}. */
  public static final String TYPED_TEXT = "typedText";

  @Override
  public Step enter(Turn turn) {
    turn.ask(ask, options.stream().map(Option::label).toList());
    return Step.waitForAnswer();
  }

  @Override
  public Step answer(Turn turn, Answer answer) {
    int chosen = byAmount(answer);
    if (chosen < 0) {
      chosen = TextMatch.choose(answer, candidates(turn));
    }
    // a number that is no choice ("9" on a menu of six) was meant as one: asked again, not searched
    if (chosen < 0
        && otherwise != null
        && !answer.text().isBlank()
        && !TextMatch.looksLikeAChoice(answer.text())) {
      turn.save(TYPED_TEXT, answer.text());
      return Step.go(otherwise);
    }
    if (chosen < 0) {
      turn.say(invalid == null ? DEFAULT_INVALID : invalid);
      return enter(turn);
    }
    Option option = options.get(chosen);
    if (saveAs != null) {
      turn.save(saveAs, option.value());
    }
    return Step.go(option.next() != null ? option.next() : next);
  }

  /** The option whose amounts hold the amount the person typed, or -1. */
  private int byAmount(Answer answer) {
    boolean pressed = answer.choice() != null && !answer.choice().isBlank();
    if (pressed || options.stream().allMatch(o -> o.rupiah() == null)) {
      return -1;
    }
    OptionalLong amount = Rupiah.read(answer.text());
    for (int i = 0; amount.isPresent() && i < options.size(); i++) {
      Rupiah.Range range = options.get(i).rupiah();
      if (range != null && range.contains(amount.getAsLong())) {
        return i;
      }
    }
    return -1;
  }

  /** Every phrase that picks each option: its labels in every language, value and extras. */
  private List<List<String>> candidates(Turn turn) {
    List<List<String>> all = new ArrayList<>();
    for (Option option : options) {
      List<String> words = new ArrayList<>(turn.labelsInEveryLanguage(option.label()));
      words.add(option.value());
      words.addAll(option.also());
      all.add(words);
    }
    return all;
  }

  @Override
  public List<String> targets() {
    List<String> targets = new ArrayList<>();
    if (next != null) {
      targets.add(next);
    }
    if (otherwise != null) {
      targets.add(otherwise);
    }
    options.stream().map(Option::next).filter(n -> n != null).forEach(targets::add);
    return targets;
  }

  @Override
  public List<String> messageKeys() {
    List<String> keys = new ArrayList<>(List.of(ask, invalid == null ? DEFAULT_INVALID : invalid));
    options.forEach(o -> keys.add(o.label()));
    return keys;
  }
}
