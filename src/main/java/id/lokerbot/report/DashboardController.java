package id.lokerbot.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /dashboard}: the programme numbers for staff, server-rendered. */
@Controller
class DashboardController {

  private final Reports reports;

  DashboardController(Reports reports) {
    this.reports = reports;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String regency,
      @RequestParam(required = false) String partner,
      Model model) {
    ReportFilter filter;
    try {
      filter = ReportFilter.of(from, to, regency, partner);
    } catch (IllegalArgumentException e) {
      model.addAttribute("problem", e.getMessage());
      filter = ReportFilter.ALL;
    }
    Reports.Dashboard dashboard = reports.dashboard(filter);
    model.addAttribute("d", dashboard);
    model.addAttribute("f", dashboard.filter());
    model.addAttribute("query", dashboard.filter().query());
    return "report/dashboard";
  }
}
