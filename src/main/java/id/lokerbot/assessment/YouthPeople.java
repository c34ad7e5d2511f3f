package id.lokerbot.assessment;

import id.lokerbot.channel.Addresses;
import id.lokerbot.youth.LinkCodes;
import id.lokerbot.youth.Youth;
import id.lokerbot.youth.Youths;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link People} from the youth module's records. */
@Component
class YouthPeople implements People {

  private final Youths youths;
  private final LinkCodes codes;

  YouthPeople(Youths youths, LinkCodes codes) {
    this.youths = youths;
    this.codes = codes;
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

  @Override
  public void forgetLinkCodes(String address) {
    codes.forget(address);
  }

  @Override
  public void link(String personId, String address, Instant at) {
    youths.link(personId, address, Addresses.scheme(address), at);
  }

  @Override
  public void merge(String from, String into) {
    youths.merge(from, into);
  }
}
