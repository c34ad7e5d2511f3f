package id.lokerbot.conversation.engine;

import java.util.List;
import java.util.Map;

/** All flows and global commands of one content version, compiled and validated. */
public record Flows(Map<String, Flow> flows, List<Command> commands) {

  /** Resolves {@code node} (in {@code currentFlow}) or {@code flow:node}; null if unknown. */
  Located locate(String reference, String currentFlow) {
    int colon = reference.indexOf(':');
    String flowName = colon < 0 ? currentFlow : reference.substring(0, colon);
    String nodeId = colon < 0 ? reference : reference.substring(colon + 1);
    Flow flow = flows.get(flowName);
    if (flow == null) {
      return null;
    }
    Node node = flow.nodes().get(nodeId);
    return node == null ? null : new Located(flow, node);
  }

  record Located(Flow flow, Node node) {}
}
