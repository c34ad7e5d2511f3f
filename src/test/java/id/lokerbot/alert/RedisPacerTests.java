package id.lokerbot.alert;

import id.lokerbot.platform.TestRedis;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Four nodes, each with its own connection to one Redis, stay within one sender's rate. */
class RedisPacerTests extends PacerContractTests {

  static final StringRedisTemplate redis = TestRedis.shared().template();

  @Override
  Pacer pacer() {
    return new RedisPacer(redis);
  }

  @Override
  List<Pacer> together() {
    return List.of(
        pacer,
        new RedisPacer(TestRedis.shared().template()),
        new RedisPacer(TestRedis.shared().template()),
        new RedisPacer(TestRedis.shared().template()));
  }
}
