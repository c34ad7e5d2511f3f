package id.lokerbot.report;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Programme numbers.
 *
 * @param targets the programme's targets (SINERGI phase II: 16,000 youth given job information,
 *     2,000 trained, 1,600 placed; half women; 2% with disabilities or other social welfare needs)
 * @param suppressBelow groups of 1 to this many minus one people are shown as "&lt;5" (default 5)
 * @param refreshInterval how often a report request first reads new records into the read model
 *     (default 30s; 0 reads on every request); a background read runs every 30 s as well
 * @param trendWeeks weeks shown in the weekly trend when no period is chosen (default 12)
 * @param jobInformationNodes the dialogue nodes ({@code flow:node}) whose replies give a person job
 *     information (search results, suggestions after a check): the first such reply, or the first
 *     alert sent, makes a person "reached". Every node of {@code content/flows} that runs the
 *     catalog-search action belongs here (a test checks the default against the content).
 */
@ConfigurationProperties("lokerbot.report")
record ReportProperties(
    @DefaultValue Targets targets,
    @DefaultValue("5") int suppressBelow,
    @DefaultValue("30s") Duration refreshInterval,
    @DefaultValue("12") int trendWeeks,
    @DefaultValue({
          "search:free",
          "search:show",
          "search:training-show",
          "assessment:interest-jobs",
          "assessment:interest-trainings",
          "assessment:readiness-trainings"
        })
        List<String> jobInformationNodes) {

  /**
   * Targets the dashboard compares against.
   *
   * @param reached people given job information (default 16000)
   * @param trained people trained (default 2000)
   * @param hired people placed in work (default 1600)
   * @param womenPercent share of women among those reached, in percent (default 50)
   * @param disabilityPercent share of people with disabilities among those reached, in percent
   *     (default 2)
   */
  record Targets(
      @DefaultValue("16000") long reached,
      @DefaultValue("2000") long trained,
      @DefaultValue("1600") long hired,
      @DefaultValue("50") double womenPercent,
      @DefaultValue("2") double disabilityPercent) {}
}
