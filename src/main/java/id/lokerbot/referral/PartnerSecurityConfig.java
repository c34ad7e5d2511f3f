package id.lokerbot.referral;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The partner API's own security: {@code /api/partner/**} is authenticated only by a partner's
 * {@code X-Partner-Key}, never by staff logins or sessions. Ordered before the platform's chains
 * (the API chain is at 100), so nothing else matches these paths first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PartnerSecurityConfig {

  static final String ROLE = "PARTNER";

  @Bean
  @Order(50)
  SecurityFilterChain partnerChain(HttpSecurity http, Partners partners, Environment environment)
      throws Exception {
    http.securityMatcher("/api/partner/**")
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(ROLE))
        // keys in a header, no cookies: nothing for a cross-site request to ride on
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(r -> r.disable())
        .addFilterBefore(new PartnerKeyFilter(partners, environment), AuthorizationFilter.class);
    return http.build();
  }
}
