package id.lokerbot.content;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Loads content once every check is registered, so bad content stops the start-up. */
@Component
class ContentAtStartup implements SmartInitializingSingleton {

  private final ContentService content;

  ContentAtStartup(ContentService content) {
    this.content = content;
  }

  @Override
  public void afterSingletonsInstantiated() {
    content.current();
  }
}
