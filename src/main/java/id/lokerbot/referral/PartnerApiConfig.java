package id.lokerbot.referral;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Puts the partner key check in front of {@code /api/partner/*}. */
@Configuration(proxyBeanMethods = false)
class PartnerApiConfig {

  @Bean
  FilterRegistrationBean<PartnerKeyFilter> partnerKeyFilter(
      Partners partners, Environment environment) {
    var registration = new FilterRegistrationBean<>(new PartnerKeyFilter(partners, environment));
    registration.addUrlPatterns("/api/partner/*");
    // after the request size limit (highest precedence), before everything else
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
