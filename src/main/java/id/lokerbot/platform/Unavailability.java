package id.lokerbot.platform;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.net.SocketException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Tells failures worth a provider's retry (a store down or too slow, a message still being handled)
 * from bugs. Webhooks answer the first kind with 503 so nothing acknowledged is lost.
 */
public final class Unavailability {

  private Unavailability() {}

  /** A store could not be reached or the work must be repeated later. */
  public static boolean isTemporary(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TryLaterException) {
        return true;
      }
      if (t instanceof RedisCommandExecutionException) {
        return false; // an error in what we asked: a bug, not an outage
      }
      if (t instanceof DataAccessResourceFailureException
          || t instanceof QueryTimeoutException
          || t instanceof TransientDataAccessResourceException
          || t instanceof RedisException
          || t instanceof SocketException) { // refused, reset, unreachable: the network
        return true;
      }
    }
    return false;
  }
}
