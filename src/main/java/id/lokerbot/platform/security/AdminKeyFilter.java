package id.lokerbot.platform.security;

import id.lokerbot.platform.AdminKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request with a valid {@code X-Admin-Key} is authenticated as ADMIN (the key predates staff
 * logins; scripts and the other modules' tests use it). A key that is present but wrong gets 403 at
 * once, as it did before.
 */
class AdminKeyFilter extends OncePerRequestFilter {

  static final String PRINCIPAL = "admin-key";

  private final AdminKey adminKey;

  AdminKeyFilter(AdminKey adminKey) {
    this.adminKey = adminKey;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(AdminKey.HEADER);
    if (key == null || key.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (!adminKey.matches(key)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write("{\"error\":\"wrong admin key\"}");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            PRINCIPAL, null, List.of(new SimpleGrantedAuthority(StaffRole.ADMIN.authority()))));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
