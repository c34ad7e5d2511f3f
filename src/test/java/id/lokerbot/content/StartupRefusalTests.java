package id.lokerbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lokerbot.LokerbotApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** The application refuses to start on bad content and says where the problem is. */
class StartupRefusalTests {

  @Test
  void badContentStopsTheStartWithFileAndPath() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(LokerbotApplication.class)
                    .web(WebApplicationType.NONE)
                    // arguments, not default properties: application.yaml would win over those
                    .run(
                        "--lokerbot.content.dir=src/test/resources/broken-content",
                        "--spring.datasource.url=jdbc:h2:mem:refusal;MODE=PostgreSQL")
                    .close())
        .satisfies(
            e ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                    .isInstanceOf(InvalidContentException.class)
                    .hasMessageContaining(
                        "flows/main.yaml:nodes[1](menu): goes to unknown node 'nowhere'"));
  }
}
