package id.lokerbot.alert;

import java.util.List;

class MemoryPacerTests extends PacerContractTests {

  @Override
  Pacer pacer() {
    return new MemoryPacer();
  }

  @Override
  List<Pacer> together() {
    return List.of(pacer, pacer, pacer, pacer);
  }
}
