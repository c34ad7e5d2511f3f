package id.lokerbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** lokerbot: job and training information for young people in Central Java, by chat. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class LokerbotApplication {

  public static void main(String[] args) {
    SpringApplication.run(LokerbotApplication.class, args);
  }
}
