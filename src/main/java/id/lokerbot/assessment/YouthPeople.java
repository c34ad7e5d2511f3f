package id.lokerbot.assessment;

import id.lokerbot.youth.Youth;
import id.lokerbot.youth.Youths;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link People} from the youth module's records. */
@Component
class YouthPeople implements People {

  private final Youths youths;

  YouthPeople(Youths youths) {
    this.youths = youths;
  }

  @Override
  public Optional<String> personOf(String address) {
    return youths.findByAddress(address).map(Youth::id);
  }

  @Override
  public List<String> addresses(String personId) {
    return youths.addresses(personId);
  }

  @Override
  public void forget(String personId) {
    youths.forget(personId);
  }
}
