package id.lokerbot.conversation;

import id.lokerbot.conversation.DialogueStateStore.Saved;
import id.lokerbot.platform.RedisAsync;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The gate in Redis, shared by every node, in one round trip: one script counts the message (a
 * counter per address and clock minute, expiring after two minutes), takes a ticket of the
 * address's {@link RedisTurnLock} and, when the lock came with it, reads the saved state. Each
 * Redis command costs the client a hand-over to its I/O thread and back, which on a small machine
 * is more CPU than the command; three became one. A message with a provider id has its dedupe claim
 * sent just before the script, and the two answers come back in one round trip; when the id was
 * handled before, the count and the ticket are taken back. Only a message that has to wait for an
 * earlier one reads the state again once its turn comes.
 */
class RedisTurnGate implements TurnGate {

  /**
   * KEYS: the lock's five, the rate counter, the state. ARGV: the lock's three (token, lease, key
   * expiry), the rate counter's expiry, the limit. Returns {count, ±ticket (0 when refused),
   * state}.
   */
  @SuppressWarnings("rawtypes") // a script's multi-bulk reply is a plain List
  private static final RedisScript<List> BEGIN =
      RedisScript.of(
          RedisTurnLock.ADVANCE
              + """
              local c = redis.call('INCR', KEYS[6])
              if c == 1 then redis.call('PEXPIRE', KEYS[6], ARGV[4]) end
              if c > tonumber(ARGV[5]) then return {c, 0} end
              local function take()
              """
              + RedisTurnLock.TAKE_LUA
              + """
              end
              local t = take()
              if t > 0 then return {c, t, redis.call('GET', KEYS[7])} end
              return {c, t}
              """,
          List.class);

  private static final RedisScript<Long> UNCOUNT =
      RedisScript.of(
          """
          if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
          return 0
          """,
          Long.class);

  private static final String RATE_KEY_EXPIRY_MILLIS = "120000";

  private final StringRedisTemplate redis;
  private final RedisTurnLock lock;
  private final RedisDialogueStateStore states;
  private final Clock clock;
  private final int limit;
  private final String limitArg;

  RedisTurnGate(
      StringRedisTemplate redis,
      RedisTurnLock lock,
      RedisDialogueStateStore states,
      Clock clock,
      int limit) {
    this.redis = redis;
    this.lock = lock;
    this.states = states;
    this.clock = clock;
    this.limit = limit;
    this.limitArg = String.valueOf(limit);
  }

  @Override
  public <T> T pass(String address, Turn<T> turn) {
    Start start = new Start(address);
    return passed(address, start, RedisAsync.await(start.send()), turn);
  }

  @Override
  public <T> T passFirstTime(String address, CompletableFuture<Boolean> firstTime, Turn<T> turn) {
    Start start = new Start(address);
    // sent right behind the claim, on the same connection: one round trip for both
    CompletableFuture<Object> begun = start.send();
    boolean first;
    try {
      first = RedisAsync.await(firstTime);
    } catch (RuntimeException e) {
      begun.thenAccept(result -> undo(start, result));
      throw e;
    }
    if (!first) {
      // undone before this thread sends anything else, so the person's next message finds no trace
      undo(start, RedisAsync.await(begun));
      return turn.seenBefore();
    }
    return passed(address, start, RedisAsync.await(begun), turn);
  }

  private <T> T passed(String address, Start start, Object result, Turn<T> turn) {
    List<?> begun = (List<?>) result;
    RateLimiter.Decision decision = RateLimiter.decide((Long) begun.get(0), limit);
    if (decision != RateLimiter.Decision.ALLOW) {
      return turn.overLimit(decision);
    }
    long taken = (Long) begun.get(1);
    if (taken > 0) {
      Optional<Saved> saved = states.decode(address, state(begun));
      return lock.withTicket(address, start.lockKeys, start.token, taken, () -> turn.run(saved));
    }
    // others are ahead: once our turn comes, they will have saved a newer state
    return lock.withTicket(
        address, start.lockKeys, start.token, taken, () -> turn.run(states.load(address)));
  }

  /**
   * The message was not ours to handle after all (handled before, or still being handled): takes
   * back its count and lets the ticket it took go. Not waited for.
   */
  private void undo(Start start, Object result) {
    RedisTurnLock.notWaitedFor(RedisAsync.eval(redis, UNCOUNT, List.of(start.rateKey), List.of()));
    List<?> begun = (List<?>) result;
    if (RateLimiter.decide((Long) begun.get(0), limit) == RateLimiter.Decision.ALLOW) {
      lock.letGo(start.lockKeys, start.token, (Long) begun.get(1));
    }
  }

  private static String state(List<?> begun) {
    return begun.size() > 2 && begun.get(2) instanceof byte[] stored
        ? new String(stored, StandardCharsets.UTF_8)
        : null; // no state saved (Redis answers a missing value as a null element)
  }

  /** One start of the script: its keys and arguments, with a fresh lock token. */
  private final class Start {
    final List<String> lockKeys;
    final String token = RedisTurnLock.newToken();
    final String rateKey;
    private final List<String> keys;
    private final List<String> args;

    Start(String address) {
      lockKeys = RedisTurnLock.keys(address);
      keys = new ArrayList<>(lockKeys);
      rateKey = "lokerbot:rate:{" + address + "}:" + clock.millis() / 60_000L;
      keys.add(rateKey);
      keys.add(RedisDialogueStateStore.key(address));
      args = new ArrayList<>(lock.takeArgs(token));
      args.add(RATE_KEY_EXPIRY_MILLIS);
      args.add(limitArg);
    }

    CompletableFuture<Object> send() {
      return RedisAsync.eval(redis, BEGIN, keys, args);
    }
  }
}
