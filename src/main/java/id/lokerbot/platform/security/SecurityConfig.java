package id.lokerbot.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import id.lokerbot.platform.AdminKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>APIs ({@code /api/reports/**}, {@code /admin/**}, {@code /actuator/**}): HTTP Basic with a
 *       staff login, or {@code X-Admin-Key} as ADMIN. A browser session from the dashboard login
 *       works too (so its CSV links download); such requests need a CSRF token for anything but
 *       GET, requests that carry their own credentials do not.
 *   <li>Everything else: form login for the dashboard; open for the simulator, webhooks (they check
 *       their own signatures), unsubscribe links, health and static files.
 * </ul>
 *
 * <p>Another module that needs its own scheme (the partner API, {@code /api/partner/**}) declares
 * its own {@code SecurityFilterChain} bean with {@code securityMatcher("/api/partner/**")} and an
 * {@code @Order} below {@link #API_ORDER}; no chain here matches that path first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

  /** Order of the API chain; a module's own chain for its own paths goes before it. */
  static final int API_ORDER = 100;

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  @Order(API_ORDER)
  SecurityFilterChain apiChain(HttpSecurity http, AdminKey adminKey) throws Exception {
    http.securityMatcher("/api/reports/**", "/admin/**", "/actuator/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(StaffRole.ADMIN.name())
                    .anyRequest()
                    .hasAnyRole(StaffRole.ADMIN.name(), StaffRole.VIEWER.name()))
        .httpBasic(withDefaults())
        .csrf(c -> c.requireCsrfProtectionMatcher(sessionAuthenticatedChange()))
        .addFilterBefore(new AdminKeyFilter(adminKey), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE - 10)
  SecurityFilterChain webChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
                    .permitAll()
                    .requestMatchers(
                        "/",
                        "/index.html",
                        "/simulator/**",
                        "/webhooks/**",
                        "/u/**",
                        "/webjars/**",
                        "/assets/**",
                        "/error",
                        "/login")
                    .permitAll()
                    .requestMatchers("/dashboard", "/dashboard/**")
                    .hasAnyRole(StaffRole.ADMIN.name(), StaffRole.VIEWER.name())
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.defaultSuccessUrl("/dashboard", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        // machine-to-machine and anonymous endpoints: no browser session to protect
        .csrf(c -> c.ignoringRequestMatchers("/simulator/**", "/webhooks/**", "/u/**"));
    return http.build();
  }

  /**
   * Unsafe methods that come with a session cookie and rely on it alone (no Authorization, no admin
   * key): what a forged cross-site request would look like.
   */
  private static RequestMatcher sessionAuthenticatedChange() {
    return (HttpServletRequest request) ->
        !SAFE_METHODS.contains(request.getMethod())
            && request.getRequestedSessionId() != null
            && request.getHeader("Authorization") == null
            && request.getHeader(AdminKey.HEADER) == null;
  }
}
