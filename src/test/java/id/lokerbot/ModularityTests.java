package id.lokerbot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module graph of DESIGN.md: each module uses only what its package-info allows. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(LokerbotApplication.class);

  @Test
  void modulesRespectTheirAllowedDependencies() {
    MODULES.verify();
  }
}
