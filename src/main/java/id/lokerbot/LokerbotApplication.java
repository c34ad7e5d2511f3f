package id.lokerbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** lokerbot: job and training information for young people in Central Java, by chat. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class LokerbotApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(LokerbotApplication.class);
    // "import vacancies FILE.csv" runs the catalogue import and exits without serving.
    boolean command = args.length > 0 && args[0].equals("import");
    if (command) {
      app.setWebApplicationType(WebApplicationType.NONE);
    }
    ConfigurableApplicationContext context = app.run(args);
    if (command) {
      System.exit(SpringApplication.exit(context));
    }
  }
}
