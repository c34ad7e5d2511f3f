package id.lokerbot.conversation;

import id.lokerbot.conversation.DialogueStateStore.Saved;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The gate in Redis, shared by every node, in one round trip: one script counts the message (a
 * counter per address and clock minute, expiring after two minutes), takes a ticket of the
 * address's {@link RedisTurnLock} and, when the lock came with it, reads the saved state. Each
 * Redis command costs the client a hand-over to its I/O thread and back, which on a small machine
 * is more CPU than the command; three became one. Only a message that has to wait for an earlier
 * one reads the state again once its turn comes.
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

  private static final String RATE_KEY_EXPIRY_MILLIS = "120000";

  private final StringRedisTemplate redis;
  private final RedisTurnLock lock;
  private final RedisDialogueStateStore states;
  private final Clock clock;
  private final int limit;

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
  }

  @Override
  public <T> T pass(String address, Turn<T> turn) {
    List<String> lockKeys = RedisTurnLock.keys(address);
    List<String> keys = new ArrayList<>(lockKeys);
    keys.add("lokerbot:rate:{" + address + "}:" + clock.millis() / 60_000L);
    keys.add(RedisDialogueStateStore.key(address));
    String token = UUID.randomUUID().toString();
    List<Object> args = new ArrayList<>(lock.takeArgs(token));
    args.add(RATE_KEY_EXPIRY_MILLIS);
    args.add(String.valueOf(limit));
    List<?> begun = redis.execute(BEGIN, keys, args.toArray());
    RateLimiter.Decision decision = RateLimiter.decide((Long) begun.get(0), limit);
    if (decision != RateLimiter.Decision.ALLOW) {
      return turn.overLimit(decision);
    }
    long taken = (Long) begun.get(1);
    if (taken > 0) {
      Optional<Saved> saved =
          states.decode(address, begun.size() > 2 ? (String) begun.get(2) : null);
      return lock.withTicket(address, lockKeys, token, taken, () -> turn.run(saved));
    }
    // others are ahead: once our turn comes, they will have saved a newer state
    return lock.withTicket(address, lockKeys, token, taken, () -> turn.run(states.load(address)));
  }
}
