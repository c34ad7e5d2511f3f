package id.lokerbot.platform;

import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns errors into short JSON answers: never a stack trace, never an HTML error page. */
@RestControllerAdvice
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    if (causedByTooLarge(e)) {
      return error(HttpStatus.PAYLOAD_TOO_LARGE, "request body too large");
    }
    return error(HttpStatus.BAD_REQUEST, "request body is not valid JSON of the expected shape");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported content type");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
    return error(HttpStatus.METHOD_NOT_ALLOWED, "method not allowed");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NoResourceFoundException e) {
    return error(HttpStatus.NOT_FOUND, "not found");
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
    return error(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badArgument(IllegalArgumentException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(TryLaterException.class)
  ResponseEntity<Map<String, String>> tryLater(TryLaterException e) {
    return unavailable(e.getMessage(), e.retryAfter());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, String>> unexpected(Exception e) {
    if (causedByTooLarge(e)) {
      return error(HttpStatus.PAYLOAD_TOO_LARGE, "request body too large");
    }
    if (Unavailability.isTemporary(e)) {
      // Redis or the database is down or too slow: the provider should deliver it again later.
      log.warn("store unavailable, answering 503 ({})", e.getClass().getSimpleName());
      return unavailable("temporarily unavailable, please retry", Duration.ofSeconds(2));
    }
    log.error("unexpected error ({})", e.getClass().getSimpleName(), e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side");
  }

  private static ResponseEntity<Map<String, String>> unavailable(
      String message, Duration retryAfter) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())))
        .body(Map.of("error", message));
  }

  private static boolean causedByTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status)
        .body(Map.of("error", message == null ? status.getReasonPhrase() : message));
  }
}
