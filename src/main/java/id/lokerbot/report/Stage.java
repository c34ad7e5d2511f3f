package id.lokerbot.report;

/**
 * The funnel, in order. Partner stages carry the partner (training centre or recruiter) they
 * happened with.
 */
enum Stage {
  REACHED("reached", "Reached", false),
  ASSESSED("assessed", "Assessed", false),
  ELIGIBLE("eligible", "Priority-eligible", false),
  ENROLLED("enrolled", "Training enrolled", true),
  TRAINED("trained", "Trained (completed)", true),
  REFERRED("referred", "Referred", true),
  INTERVIEWED("interviewed", "Interviewed", true),
  HIRED("hired", "Hired", true);

  private final String code;
  private final String label;
  private final boolean partnerStage;

  Stage(String code, String label, boolean partnerStage) {
    this.code = code;
    this.label = label;
    this.partnerStage = partnerStage;
  }

  /** The column of {@code report_person} and {@code report_partner} with the stage's date. */
  String column() {
    return code + "_at";
  }

  /** The stage's id in the API and CSV columns. */
  String code() {
    return code;
  }

  String label() {
    return label;
  }

  boolean partnerStage() {
    return partnerStage;
  }

  static Stage of(String code) {
    for (Stage stage : values()) {
      if (stage.code.equals(code)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("unknown stage " + code);
  }
}
