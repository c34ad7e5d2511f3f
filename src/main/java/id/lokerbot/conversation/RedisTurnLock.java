package id.lokerbot.conversation;

import id.lokerbot.channel.Addresses;
import id.lokerbot.platform.RedisAsync;
import id.lokerbot.platform.TryLaterException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * One turn at a time per address across every node, in arrival order: a ticket lock in Redis.
 *
 * <p>Each message takes a ticket ({@code INCR next}); the ticket equal to {@code serving} may run
 * and marks itself as {@code owner} with a lease. Finishing advances {@code serving}. A holder that
 * dies loses its lease; a waiter whose turn comes but who never claims it (its node died, or it
 * gave up) is skipped after a short grace, so nobody waits forever. All keys of an address share a
 * hash tag and expire when the address is idle (the owner key by its lease, which nothing extends).
 * A turn takes its first ticket in {@link RedisTurnGate}'s script ({@link #TAKE_LUA}), then waits
 * here ({@link #withTicket}).
 */
class RedisTurnLock {

  private static final Logger log = LoggerFactory.getLogger(RedisTurnLock.class);

  /** Moves {@code serving} on, past tickets whose waiters gave up. */
  static final String ADVANCE =
      """
      local function advance()
        local n = redis.call('INCR', KEYS[2])
        while redis.call('SISMEMBER', KEYS[5], n) == 1 do
          redis.call('SREM', KEYS[5], n)
          n = redis.call('INCR', KEYS[2])
        end
      end
      local function touch(ttl)
        for _, i in ipairs({1, 2, 4, 5}) do redis.call('PEXPIRE', KEYS[i], ttl) end
      end
      """;

  /**
   * Takes a ticket and, when nobody is ahead, the lock too: returns ticket, or -ticket. ARGV:
   * token, lease, key expiry. Also the first step of {@link RedisTurnGate}'s script, after {@link
   * #ADVANCE}.
   */
  static final String TAKE_LUA =
      """
              local t = redis.call('INCR', KEYS[1])
              local s = tonumber(redis.call('GET', KEYS[2]) or '0')
              local held = redis.call('EXISTS', KEYS[3]) == 1
              if s == 0 or (s > t and not held) then
                s = t
                redis.call('SET', KEYS[2], t)
              end
              touch(ARGV[3])
              if s == t and not held then
                redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
                return t
              end
              return -t
      """;

  private static final RedisScript<Long> TAKE = RedisScript.of(ADVANCE + TAKE_LUA, Long.class);

  /** 1 = acquired, 0 = wait, 2 = a stalled ticket was skipped (try again now), -1 = skipped. */
  private static final RedisScript<Long> TRY =
      RedisScript.of(
          ADVANCE
              + """
              local t = tonumber(ARGV[1])
              local s = tonumber(redis.call('GET', KEYS[2]) or '0')
              touch(ARGV[5])
              if s == 0 then
                s = t
                redis.call('SET', KEYS[2], t)
              end
              if t < s then return -1 end
              local held = redis.call('EXISTS', KEYS[3]) == 1
              if t == s then
                if held then return 0 end
                redis.call('SET', KEYS[3], ARGV[2], 'PX', ARGV[3])
                redis.call('DEL', KEYS[4])
                return 1
              end
              if held then
                redis.call('DEL', KEYS[4])
                return 0
              end
              local now = redis.call('TIME')
              local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
              local stall = redis.call('GET', KEYS[4])
              if stall then
                local sep = string.find(stall, ':')
                if tonumber(string.sub(stall, 1, sep - 1)) == s then
                  if ms - tonumber(string.sub(stall, sep + 1)) >= tonumber(ARGV[4]) then
                    redis.call('DEL', KEYS[4])
                    advance()
                    return 2
                  end
                  return 0
                end
              end
              redis.call('SET', KEYS[4], s .. ':' .. ms, 'PX', ARGV[5])
              return 0
              """,
          Long.class);

  /** Lets the next ticket go when the holder is done. */
  private static final RedisScript<Long> RELEASE =
      RedisScript.of(
          ADVANCE
              + """
              local t = tonumber(ARGV[1])
              if redis.call('GET', KEYS[3]) == ARGV[2] then redis.call('DEL', KEYS[3]) end
              if tonumber(redis.call('GET', KEYS[2]) or '0') == t then advance() end
              touch(ARGV[3])
              return 1
              """,
          Long.class);

  /** A waiter gives up: its ticket is passed over at once instead of after the grace. */
  private static final RedisScript<Long> ABANDON =
      RedisScript.of(
          ADVANCE
              + """
              local t = tonumber(ARGV[1])
              local s = tonumber(redis.call('GET', KEYS[2]) or '0')
              if s == t then
                if redis.call('EXISTS', KEYS[3]) == 0 then advance() end
              elseif t > s then
                redis.call('SADD', KEYS[5], t)
              end
              touch(ARGV[2])
              return 1
              """,
          Long.class);

  /** With a count, a token of every turn: unique across nodes (see {@link #newToken}). */
  private static final String NODE = UUID.randomUUID().toString();

  private static final AtomicLong TURNS = new AtomicLong();

  private final StringRedisTemplate redis;
  private final Duration lease;
  private final Duration wait;
  private final Duration grace;
  private final String keyTtl;

  RedisTurnLock(StringRedisTemplate redis, Duration lease, Duration wait, Duration grace) {
    this.redis = redis;
    this.lease = lease;
    this.wait = wait;
    this.grace = grace;
    this.keyTtl =
        String.valueOf(lease.plus(wait).multipliedBy(2).plus(Duration.ofMinutes(1)).toMillis());
  }

  /**
   * A token no other turn on any node has: this node's random id and a count. (A random UUID per
   * turn would draw on the shared SecureRandom, a lock of its own under load.)
   */
  static String newToken() {
    return NODE + ":" + TURNS.incrementAndGet();
  }

  /** What {@link #TAKE_LUA} needs after the keys: the token, the lease and the keys' expiry. */
  List<String> takeArgs(String token) {
    return List.of(token, String.valueOf(lease.toMillis()), keyTtl);
  }

  /**
   * With a ticket taken ({@code taken}: ticket when the lock came with it, -ticket when others are
   * ahead): waits for its turn, runs {@code turn}, lets the next ticket go.
   */
  <T> T withTicket(String address, List<String> keys, String token, long taken, Supplier<T> turn) {
    long deadline = System.nanoTime() + wait.toNanos();
    long ticket = Math.abs(taken);
    boolean held = taken > 0;
    long pauseMillis = 1;
    while (!held) {
      long outcome = attempt(keys, ticket, token);
      if (outcome == 1) {
        held = true;
      } else if (outcome == -1) {
        // Our turn was passed over while we stalled: queue again at the back.
        taken = take(keys, token);
        ticket = Math.abs(taken);
        held = taken > 0;
      } else if (outcome == 0) {
        if (System.nanoTime() > deadline) {
          giveUp(keys, ticket, address);
          throw new TryLaterException(
              "earlier messages from this person are still being handled", Duration.ofSeconds(2));
        }
        if (!pause(pauseMillis)) {
          giveUp(keys, ticket, address);
          throw new TryLaterException("interrupted while waiting for the turn lock");
        }
        pauseMillis = Math.min(pauseMillis * 2, 8);
      }
    }
    try {
      return turn.get();
    } finally {
      release(keys, ticket, token);
    }
  }

  /**
   * Lets a ticket taken by {@link #TAKE_LUA} go without running a turn ({@code taken} as there):
   * the lock released when it came with the ticket, else the ticket passed over.
   */
  void letGo(List<String> keys, String token, long taken) {
    if (taken > 0) {
      release(keys, taken, token);
    } else {
      notWaitedFor(RedisAsync.eval(redis, ABANDON, keys, List.of(String.valueOf(-taken), keyTtl)));
    }
  }

  private void release(List<String> keys, long ticket, String token) {
    notWaitedFor(
        RedisAsync.eval(redis, RELEASE, keys, List.of(String.valueOf(ticket), token, keyTtl)));
  }

  /**
   * A write whose failure only costs time: a lost release runs out with the lease, a lost pass-over
   * with the grace, a lost count with its minute.
   */
  static void notWaitedFor(CompletableFuture<Object> sent) {
    sent.exceptionally(
        e -> {
          log.warn("a turn-lock write was lost ({})", e.getClass().getSimpleName());
          return null;
        });
  }

  private long take(List<String> keys, String token) {
    Long r = redis.execute(TAKE, keys, takeArgs(token).toArray());
    return r == null ? 0 : r;
  }

  private long attempt(List<String> keys, long ticket, String token) {
    try {
      Long r =
          redis.execute(
              TRY,
              keys,
              String.valueOf(ticket),
              token,
              String.valueOf(lease.toMillis()),
              String.valueOf(grace.toMillis()),
              keyTtl);
      return r == null ? 0 : r;
    } catch (RuntimeException e) {
      giveUp(keys, ticket, null);
      throw e;
    }
  }

  private void giveUp(List<String> keys, long ticket, String address) {
    try {
      redis.execute(ABANDON, keys, String.valueOf(ticket), keyTtl);
    } catch (RuntimeException e) {
      // Redis is away; the grace skips the ticket once it is back.
    }
    if (address != null) {
      log.info("gave up waiting for the turn lock of {}", Addresses.masked(address));
    }
  }

  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static List<String> keys(String address) {
    String base = "lokerbot:lock:{" + address + "}:";
    return List.of(base + "next", base + "serving", base + "owner", base + "stall", base + "gone");
  }
}
