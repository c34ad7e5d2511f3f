package id.lokerbot.referral;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/partner/**}: the {@code X-Partner-Key} header must be one partner's API
 * key (compared by SHA-256 in constant time). The partner's id goes into a request attribute for
 * the controller, which only shows that partner's referrals. No key, or a key of nobody: 401. A
 * plain servlet filter until Spring Security arrives; then it becomes that chain's filter.
 */
class PartnerKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Partner-Key";
  static final String PARTNER = "id.lokerbot.referral.partner";

  private final Partners partners;
  private final Environment environment;

  PartnerKeyFilter(Partners partners, Environment environment) {
    this.partners = partners;
    this.environment = environment;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key == null || key.isBlank()) {
      unauthorized(response, "X-Partner-Key required");
      return;
    }
    Optional<Partner> partner = partner(key);
    if (partner.isEmpty()) {
      unauthorized(response, "unknown partner key");
      return;
    }
    request.setAttribute(PARTNER, partner.get().id());
    chain.doFilter(request, response);
  }

  /** The partner whose key this is; every partner is compared so timing tells nothing. */
  Optional<Partner> partner(String key) {
    byte[] hash = WebhookSignature.sha256(key).getBytes(StandardCharsets.US_ASCII);
    Partner found = null;
    for (Partner p : partners.all()) {
      String expected = p.apiKeySha256();
      if (expected == null && p.apiKeyEnv() != null) {
        String configured = environment.getProperty(p.apiKeyEnv(), "");
        expected = configured.isBlank() ? null : WebhookSignature.sha256(configured);
      }
      if (expected != null
          && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), hash)) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  private static void unauthorized(HttpServletResponse response, String message)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "X-Partner-Key");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("{\"error\":\"" + message + "\"}");
  }
}
