package id.lokerbot.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything reads them. Chunked bodies without
 * a length are capped by {@link LimitedBodyRequest} as they are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimitFilter(PlatformProperties properties) {
    this.maxBytes = properties.maxRequestSize().toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      tooLarge(response);
      return;
    }
    try {
      chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
    } catch (BodyTooLargeException e) {
      if (!response.isCommitted()) {
        response.reset();
        tooLarge(response);
      }
    } catch (ServletException e) {
      if (e.getRootCause() instanceof BodyTooLargeException && !response.isCommitted()) {
        response.reset();
        tooLarge(response);
      } else {
        throw e;
      }
    }
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response
        .getWriter()
        .write(
            "{\"error\":\"request body too large\",\"limit\":\""
                + DataSize.ofBytes(maxBytes).toKilobytes()
                + " KiB\"}");
  }
}
