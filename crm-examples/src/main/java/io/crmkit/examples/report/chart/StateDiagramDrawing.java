package io.crmkit.examples.report.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lays out and draws a {@link StateDiagram}: layers top to bottom, forward steps as curves between
 * layers, back-edges and long steps that would cross a state in lanes beside the layers (their
 * horizontal parts run in the gaps between layers, never through a state), loops at a state's right.
 */
final class StateDiagramDrawing {
  private static final double NODE_SIZE = 13;
  private static final double NODE_LINE = 16;
  private static final double EDGE_SIZE = 11;
  private static final double EDGE_LINE = 13;
  private static final double NODE_GAP = 40;
  private static final double LANE_STEP = 14;
  private static final double LABEL_MAX = 150;
  private static final double NODE_LABEL_MAX = 170;
  private static final double TOP = 40;

  private StateDiagramDrawing() {}

  private enum Side { LEFT, RIGHT }

  private static final class Node {
    final StateNode state;
    final int discovered;
    final List<String> lines;
    final double w;
    final double h;
    int layer;
    double position;
    double x;
    double y;
    List<String> loopLines = List.of();
    double loopWidth;
    boolean reached;

    Node(StateNode state, int discovered) {
      this.state = state;
      this.discovered = discovered;
      this.lines = TextMetrics.wrap(state.label(), NODE_SIZE, NODE_LABEL_MAX);
      double textWidth = 0;
      for (String line : lines) {
        textWidth = Math.max(textWidth, TextMetrics.width(line, NODE_SIZE));
      }
      this.w = Math.max(110, textWidth + 26);
      this.h = 18 + lines.size() * NODE_LINE;
    }

    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }
  }

  private static final class Edge {
    final Node from;
    final Node to;
    final List<String> labels = new ArrayList<>();
    List<String> lines = List.of();
    boolean back;
    boolean lane;
    Side side;
    int laneIndex;

    Edge(Node from, Node to) {
      this.from = from;
      this.to = to;
    }

    boolean loop() {
      return from == to;
    }

    int span() {
      return Math.abs(to.layer - from.layer);
    }
  }

  static String draw(StateDiagram diagram) {
    Svg svg = new Svg();
    if (diagram.isEmpty()) {
      Frame.noData(svg, Frame.PAD, 10, Frame.WIDTH - 2 * Frame.PAD, 200, diagram.text().noData());
      return Frame.compose("state", Frame.WIDTH, diagram.text(), List.of(), new Frame.Body(svg.toString(), 220));
    }
    Map<String, StateNode> byId = new LinkedHashMap<>();
    diagram.states().forEach(s -> byId.put(s.id(), s));
    Map<String, Edge> edges = new LinkedHashMap<>();
    Map<String, Node> nodes = discover(diagram, byId);
    for (StateTransition t : diagram.transitions()) {
      Edge e = edges.computeIfAbsent(t.from() + '\u0000' + t.to(), k -> new Edge(nodes.get(t.from()),
          nodes.get(t.to())));
      if (!e.labels.contains(t.label())) {
        e.labels.add(t.label());
      }
    }
    for (Edge e : edges.values()) {
      e.lines = TextMetrics.wrap(String.join(" / ", e.labels), EDGE_SIZE, LABEL_MAX);
      if (e.loop()) {
        e.from.loopLines = e.lines;
        e.from.loopWidth = 36 + maxWidth(e.lines, EDGE_SIZE);
      }
    }
    markBackEdges(nodes.get(diagram.start()), nodes, edges.values());
    List<List<Node>> layers = layer(nodes, edges.values());
    return drawLaidOut(diagram, svg, nodes, edges.values(), layers);
  }

  /** Breadth-first discovery from the start; unreachable states follow in table order. */
  private static Map<String, Node> discover(StateDiagram diagram, Map<String, StateNode> byId) {
    Map<String, List<String>> next = new HashMap<>();
    for (StateTransition t : diagram.transitions()) {
      next.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t.to());
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(diagram.start());
    nodes.put(diagram.start(), new Node(byId.get(diagram.start()), 0));
    while (!queue.isEmpty()) {
      String id = queue.poll();
      nodes.get(id).reached = true;
      for (String to : next.getOrDefault(id, List.of())) {
        if (!nodes.containsKey(to)) {
          nodes.put(to, new Node(byId.get(to), nodes.size()));
          queue.add(to);
        }
      }
    }
    for (StateNode s : byId.values()) {
      nodes.computeIfAbsent(s.id(), k -> new Node(s, nodes.size()));
    }
    return nodes;
  }

  /** Depth-first from the start in table order: a step to a state still on the path is a back-edge. */
  private static void markBackEdges(Node start, Map<String, Node> nodes, Iterable<Edge> edges) {
    Map<Node, List<Edge>> out = new HashMap<>();
    for (Edge e : edges) {
      if (!e.loop()) {
        out.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e);
      }
    }
    Set<Node> done = new HashSet<>();
    Set<Node> onPath = new HashSet<>();
    dfs(start, out, done, onPath);
    for (Node n : nodes.values()) {
      if (!done.contains(n)) {
        dfs(n, out, done, onPath);
      }
    }
  }

  private static void dfs(Node n, Map<Node, List<Edge>> out, Set<Node> done, Set<Node> onPath) {
    onPath.add(n);
    for (Edge e : out.getOrDefault(n, List.of())) {
      if (onPath.contains(e.to)) {
        e.back = true;
      } else if (!done.contains(e.to)) {
        dfs(e.to, out, done, onPath);
      }
    }
    onPath.remove(n);
    done.add(n);
  }

  /** Longest-path layers over the forward steps; unreachable states in one last layer; order by barycentre. */
  private static List<List<Node>> layer(Map<String, Node> nodes, Iterable<Edge> edges) {
    Map<Node, List<Node>> preds = new HashMap<>();
    Map<Node, Integer> indegree = new HashMap<>();
    for (Edge e : edges) {
      if (!e.loop() && !e.back && e.from.reached && e.to.reached) {
        preds.computeIfAbsent(e.to, k -> new ArrayList<>()).add(e.from);
        indegree.merge(e.to, 1, Integer::sum);
      }
    }
    Map<Node, List<Node>> succ = new HashMap<>();
    preds.forEach((to, froms) -> froms.forEach(f -> succ.computeIfAbsent(f, k -> new ArrayList<>()).add(to)));
    Deque<Node> ready = new ArrayDeque<>();
    nodes.values().stream().filter(n -> n.reached && indegree.getOrDefault(n, 0) == 0).forEach(ready::add);
    int maxLayer = 0;
    while (!ready.isEmpty()) {
      Node n = ready.poll();
      for (Node p : preds.getOrDefault(n, List.of())) {
        n.layer = Math.max(n.layer, p.layer + 1);
      }
      maxLayer = Math.max(maxLayer, n.layer);
      for (Node s : succ.getOrDefault(n, List.of())) {
        if (indegree.merge(s, -1, Integer::sum) == 0) {
          ready.add(s);
        }
      }
    }
    boolean anyUnreached = false;
    for (Node n : nodes.values()) {
      if (!n.reached) {
        n.layer = maxLayer + 1;
        anyUnreached = true;
      }
    }
    List<List<Node>> layers = new ArrayList<>();
    for (int i = 0; i <= maxLayer + (anyUnreached ? 1 : 0); i++) {
      layers.add(new ArrayList<>());
    }
    nodes.values().stream().sorted(Comparator.comparingInt(n -> n.discovered)).forEach(n -> layers.get(n.layer)
        .add(n));
    for (List<Node> row : layers) {
      for (int i = 0; i < row.size(); i++) {
        row.get(i).position = (i + 0.5) / row.size();
      }
    }
    for (int sweep = 0; sweep < 2; sweep++) {
      for (int li = 1; li < layers.size(); li++) {
        List<Node> row = layers.get(li);
        Map<Node, Double> centre = new HashMap<>();
        for (Node n : row) {
          double sum = 0;
          int count = 0;
          for (Node p : preds.getOrDefault(n, List.of())) {
            sum += p.position;
            count++;
          }
          centre.put(n, count == 0 ? n.position : sum / count);
        }
        row.sort(Comparator.comparingDouble((Node n) -> centre.get(n)).thenComparingInt(n -> n.discovered));
        for (int i = 0; i < row.size(); i++) {
          row.get(i).position = (i + 0.5) / row.size();
        }
      }
    }
    return layers;
  }

  private static String drawLaidOut(StateDiagram diagram, Svg svg, Map<String, Node> nodes, Iterable<Edge> all,
      List<List<Node>> layers) {
    List<Edge> edges = new ArrayList<>();
    all.forEach(edges::add);
    // horizontal geometry, relative to the content's left edge
    double contentWidth = 0;
    for (List<Node> row : layers) {
      contentWidth = Math.max(contentWidth, rowWidth(row));
    }
    for (List<Node> row : layers) {
      double x = (contentWidth - rowWidth(row)) / 2;
      for (Node n : row) {
        n.x = x;
        x += n.w + n.loopWidth + NODE_GAP;
      }
    }
    // vertical geometry
    int forwardLines = 1;
    for (Edge e : edges) {
      if (!e.loop() && !e.back && e.span() == 1) {
        forwardLines = Math.max(forwardLines, e.lines.size());
      }
    }
    double layerGap = Math.max(66, 30 + forwardLines * EDGE_LINE + 16);
    double[] rowTop = new double[layers.size()];
    double[] rowBottom = new double[layers.size()];
    double y = TOP;
    for (int li = 0; li < layers.size(); li++) {
      double rowHeight = 0;
      for (Node n : layers.get(li)) {
        rowHeight = Math.max(rowHeight, Math.max(n.h, n.loopLines.size() * EDGE_LINE + 8));
      }
      rowTop[li] = y;
      rowBottom[li] = y + rowHeight;
      for (Node n : layers.get(li)) {
        n.y = y + (rowHeight - n.h) / 2;
      }
      y += rowHeight + layerGap;
    }
    // which steps need a lane: back-edges, steps within a layer, and long steps that would cross a state
    for (Edge e : edges) {
      if (e.loop()) {
        continue;
      }
      e.lane = e.back || e.to.layer <= e.from.layer || (e.span() > 1 && crossesAState(e, layers));
      if (e.lane) {
        e.side = (e.from.cx() + e.to.cx()) / 2 < contentWidth / 2 ? Side.LEFT : Side.RIGHT;
      }
    }
    double[] labelWidth = new double[2];
    int[] lanes = new int[2];
    edges.stream().filter(e -> e.lane).sorted(Comparator.comparingInt(Edge::span)).forEach(e -> {
      int s = e.side.ordinal();
      e.laneIndex = lanes[s]++;
      labelWidth[s] = Math.max(labelWidth[s], maxWidth(e.lines, EDGE_SIZE));
    });
    double leftMargin = Frame.PAD + (lanes[0] == 0 ? 0 : lanes[0] * LANE_STEP + 12 + labelWidth[0]);
    double rightMargin = Frame.PAD + (lanes[1] == 0 ? 0 : lanes[1] * LANE_STEP + 12 + labelWidth[1]);
    double width = Math.max(Frame.WIDTH, leftMargin + contentWidth + rightMargin);
    double contentLeft = leftMargin + (width - leftMargin - contentWidth - rightMargin) / 2;
    for (Node n : nodes.values()) {
      n.x += contentLeft;
    }
    double contentRight = contentLeft + contentWidth;

    String arrow = "a" + Integer.toHexString(Objects.hash(diagram.text().title(), diagram.states(),
        diagram.transitions()));
    svg.open("defs");
    marker(svg, arrow, "arrow");
    marker(svg, arrow + "b", "arrow back");
    svg.close("defs");

    Map<Node, List<Edge>> outForward = new HashMap<>();
    Map<Node, List<Edge>> inForward = new HashMap<>();
    for (Edge e : edges) {
      if (!e.loop() && !e.lane) {
        outForward.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e);
        inForward.computeIfAbsent(e.to, k -> new ArrayList<>()).add(e);
      }
    }
    outForward.values().forEach(l -> l.sort(Comparator.comparingDouble(e -> e.to.cx())));
    inForward.values().forEach(l -> l.sort(Comparator.comparingDouble(e -> e.from.cx())));
    Map<String, Integer> gapUse = new HashMap<>();
    Labels labels = new Labels();
    for (Node n : nodes.values()) {
      labels.obstacle(n.x - 4, n.y - 4, n.x + n.w + 4, n.y + n.h + 4);
    }
    for (Edge e : edges) {
      if (e.loop()) {
        loopLabel(labels, e);
      }
    }
    for (Edge e : edges) {
      String title = e.from.state.label() + " → " + e.to.state.label() + ": " + String.join(" / ", e.labels);
      if (e.loop()) {
        loop(svg, e, arrow, title);
      } else if (!e.lane) {
        List<Edge> outs = outForward.get(e.from);
        List<Edge> ins = inForward.get(e.to);
        double x1 = e.from.x + e.from.w * (outs.indexOf(e) + 1) / (outs.size() + 1);
        double y1 = e.from.y + e.from.h;
        double x2 = e.to.x + e.to.w * (ins.indexOf(e) + 1) / (ins.size() + 1);
        double y2 = e.to.y;
        double dy = y2 - y1;
        path(svg, "mark edge", arrow, title, "M" + Svg.num(x1) + " " + Svg.num(y1) + "C" + Svg.num(x1) + " "
            + Svg.num(y1 + dy * 0.5) + " " + Svg.num(x2) + " " + Svg.num(y2 - dy * 0.5) + " " + Svg.num(x2) + " "
            + Svg.num(y2));
        double ly = e.span() == 1 ? (y1 + y2) / 2 : rowBottom[e.from.layer] + layerGap / 2;
        double lx = e.span() == 1 ? (x1 + x2) / 2 : x1 + (x2 - x1) * (ly - y1) / dy;
        labels.place(lx, ly - (e.lines.size() - 1) * EDGE_LINE / 2 + 4, "middle", e.lines);
      } else {
        laneEdge(svg, labels, e, layers, rowTop, rowBottom, contentLeft, contentRight, gapUse, arrow, title);
      }
    }
    // initial pseudo-state
    Node start = nodes.get(diagram.start());
    svg.empty("circle", "class", "initial", "cx", Svg.num(start.cx()), "cy", Svg.num(start.y - 26), "r", "7");
    svg.empty("path", "class", "edge", "marker-end", "url(#" + arrow + ")", "d", "M" + Svg.num(start.cx()) + " "
        + Svg.num(start.y - 19) + "V" + Svg.num(start.y));
    for (Node n : nodes.values()) {
      if (n.state.terminal()) {
        svg.empty("rect", "class", "state-outline", "x", Svg.num(n.x - 4), "y", Svg.num(n.y - 4),
            "width", Svg.num(n.w + 8), "height", Svg.num(n.h + 8), "rx", "12");
      }
      String cls = "mark state" + (n == start ? " start" : "") + (n.state.terminal() ? " final" : "");
      svg.open("rect", "class", cls, "x", Svg.num(n.x), "y", Svg.num(n.y), "width", Svg.num(n.w),
          "height", Svg.num(n.h), "rx", "9");
      svg.element("title", n.state.label());
      svg.close("rect");
      Frame.lines(svg, n.cx(), n.y + 9 + NODE_LINE - 3, "state-label", "middle", n.lines, NODE_LINE);
    }
    svg.raw(labels.toString());
    double bottom = rowBottom[layers.size() - 1] + 14 + 6 * gapUse.getOrDefault("b" + (layers.size() - 1), 0);
    if (!diagram.note().isBlank()) {
      List<String> note = TextMetrics.wrap(diagram.note(), 12, width - 2 * Frame.PAD);
      Frame.lines(svg, Frame.PAD, bottom + 18, "tick note", "start", note, 16);
      bottom += 18 + note.size() * 16;
    }
    return Frame.compose("state", width, diagram.text(), List.of(), new Frame.Body(svg.toString(), bottom + 8));
  }

  private static boolean crossesAState(Edge e, List<List<Node>> layers) {
    double x1 = e.from.cx();
    double y1 = e.from.y + e.from.h;
    double x2 = e.to.cx();
    double y2 = e.to.y;
    for (int li = e.from.layer + 1; li < e.to.layer; li++) {
      for (Node n : layers.get(li)) {
        double yTop = n.y;
        double yBottom = n.y + n.h;
        double xa = x1 + (x2 - x1) * (yTop - y1) / (y2 - y1);
        double xb = x1 + (x2 - x1) * (yBottom - y1) / (y2 - y1);
        if (Math.max(xa, xb) > n.x - 10 && Math.min(xa, xb) < n.x + n.w + n.loopWidth + 10) {
          return true;
        }
      }
    }
    return false;
  }

  private static void laneEdge(Svg svg, Labels labels, Edge e, List<List<Node>> layers, double[] rowTop,
      double[] rowBottom, double contentLeft, double contentRight, Map<String, Integer> gapUse, String arrow,
      String title) {
    boolean right = e.side == Side.RIGHT;
    double laneX = right ? contentRight + 12 + e.laneIndex * LANE_STEP : contentLeft - 12 - e.laneIndex * LANE_STEP;
    boolean upwards = e.to.layer < e.from.layer || (e.to.layer == e.from.layer && e.back);
    StringBuilder d = new StringBuilder();
    double vStart;
    // leave the source: by its side if nothing stands between it and the lane, else through a gap
    if (outermost(e.from, layers, e.side) && (!right || e.from.loopLines.isEmpty())) {
      double sx = right ? e.from.x + e.from.w : e.from.x;
      vStart = e.from.cy() + (upwards ? -4 : 4);
      d.append('M').append(Svg.num(sx)).append(' ').append(Svg.num(vStart)).append('H').append(Svg.num(laneX));
    } else {
      double sx = e.from.x + e.from.w * (right ? 0.82 : 0.18);
      boolean viaTop = upwards;
      String key = (viaTop ? "t" : "b") + e.from.layer;
      int k = gapUse.merge(key, 1, Integer::sum) - 1;
      double sy = viaTop ? e.from.y : e.from.y + e.from.h;
      vStart = viaTop ? rowTop[e.from.layer] - 10 - 6 * k : rowBottom[e.from.layer] + 10 + 6 * k;
      d.append('M').append(Svg.num(sx)).append(' ').append(Svg.num(sy)).append('V').append(Svg.num(vStart))
          .append('H').append(Svg.num(laneX));
    }
    double vEnd;
    if (outermost(e.to, layers, e.side) && (!right || e.to.loopLines.isEmpty())) {
      double tx = right ? e.to.x + e.to.w : e.to.x;
      vEnd = e.to.cy() + (upwards ? 4 : -4);
      d.append('V').append(Svg.num(vEnd)).append('H').append(Svg.num(tx));
    } else {
      double tx = e.to.x + e.to.w * (right ? 0.82 : 0.18);
      boolean viaBottom = upwards;
      String key = (viaBottom ? "b" : "t") + e.to.layer;
      int k = gapUse.merge(key, 1, Integer::sum) - 1;
      vEnd = viaBottom ? rowBottom[e.to.layer] + 10 + 6 * k : rowTop[e.to.layer] - 10 - 6 * k;
      double ty = viaBottom ? e.to.y + e.to.h : e.to.y;
      d.append('V').append(Svg.num(vEnd)).append('H').append(Svg.num(tx)).append('V').append(Svg.num(ty));
    }
    path(svg, e.back ? "mark edge back" : "mark edge", e.back ? arrow + "b" : arrow, title, d.toString());
    double ly = (vStart + vEnd) / 2 - (e.lines.size() - 1) * EDGE_LINE / 2 + 4;
    labels.place(right ? laneX + 4 : laneX - 4, ly, right ? "start" : "end", e.lines);
  }

  private static boolean outermost(Node n, List<List<Node>> layers, Side side) {
    List<Node> row = layers.get(n.layer);
    return side == Side.LEFT ? row.get(0) == n : row.get(row.size() - 1) == n;
  }

  private static void loop(Svg svg, Edge e, String arrow, String title) {
    Node n = e.from;
    double r = n.x + n.w;
    double m = n.cy();
    path(svg, "mark edge loop", arrow, title, "M" + Svg.num(r) + " " + Svg.num(m - 7) + "C" + Svg.num(r + 34) + " "
        + Svg.num(m - 26) + " " + Svg.num(r + 34) + " " + Svg.num(m + 26) + " " + Svg.num(r) + " " + Svg.num(m + 7));
  }

  /** A loop's label sits in the room reserved at its state's right; placed first, it never moves. */
  private static void loopLabel(Labels labels, Edge e) {
    Node n = e.from;
    labels.place(n.x + n.w + 30, n.cy() - (e.lines.size() - 1) * EDGE_LINE / 2 + 4, "start", e.lines);
  }

  private static void path(Svg svg, String cls, String marker, String title, String d) {
    svg.open("path", "class", cls, "marker-end", "url(#" + marker + ")", "d", d);
    svg.element("title", title);
    svg.close("path");
  }

  /**
   * Places edge labels so they overlap neither a state nor another label: each label tries its own
   * spot, then spots a line above or below, then beside, and keeps the first free one (or its own
   * spot when none is free). Labels are drawn over the edges with a white background.
   */
  private static final class Labels {
    private final Svg svg = new Svg();
    private final List<double[]> taken = new ArrayList<>();

    void obstacle(double x0, double y0, double x1, double y1) {
      taken.add(new double[] {x0, y0, x1, y1});
    }

    void place(double x, double firstBaseline, String anchor, List<String> lines) {
      double w = maxWidth(lines, EDGE_SIZE);
      double h = lines.size() * EDGE_LINE;
      double left0 = switch (anchor) {
        case "start" -> x;
        case "end" -> x - w;
        default -> x - w / 2;
      };
      double[][] shifts = {{0, 0}, {0, -EDGE_LINE}, {0, EDGE_LINE}, {0, -2 * EDGE_LINE}, {0, 2 * EDGE_LINE},
          {-(w / 2 + 8), 0}, {w / 2 + 8, 0}, {-(w / 2 + 8), -EDGE_LINE}, {w / 2 + 8, EDGE_LINE}};
      double dx = 0;
      double dy = 0;
      for (double[] shift : shifts) {
        if (free(left0 + shift[0] - 2, firstBaseline + shift[1] - 10, left0 + shift[0] + w + 2,
            firstBaseline + shift[1] - 10 + h)) {
          dx = shift[0];
          dy = shift[1];
          break;
        }
      }
      obstacle(left0 + dx - 2, firstBaseline + dy - 10, left0 + dx + w + 2, firstBaseline + dy - 10 + h);
      double y = firstBaseline + dy;
      for (String line : lines) {
        double lw = TextMetrics.width(line, EDGE_SIZE);
        double left = switch (anchor) {
          case "start" -> x + dx;
          case "end" -> x + dx - lw;
          default -> x + dx - lw / 2;
        };
        svg.empty("rect", "class", "label-bg", "x", Svg.num(left - 2), "y", Svg.num(y - 10), "width",
            Svg.num(lw + 4), "height", "13");
        svg.text(x + dx, y, "edge-label", anchor, line);
        y += EDGE_LINE;
      }
    }

    private boolean free(double x0, double y0, double x1, double y1) {
      for (double[] b : taken) {
        if (x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return svg.toString();
    }
  }

  private static void marker(Svg svg, String id, String cls) {
    svg.open("marker", "id", id, "viewBox", "0 0 10 10", "refX", "10", "refY", "5", "markerWidth", "9",
        "markerHeight", "9", "markerUnits", "userSpaceOnUse", "orient", "auto");
    svg.empty("path", "class", cls, "d", "M0 0L10 5L0 10z");
    svg.close("marker");
  }

  private static double rowWidth(List<Node> row) {
    double w = 0;
    for (Node n : row) {
      w += n.w + n.loopWidth;
    }
    return w + NODE_GAP * Math.max(0, row.size() - 1);
  }

  private static double maxWidth(List<String> lines, double size) {
    double w = 0;
    for (String line : lines) {
      w = Math.max(w, TextMetrics.width(line, size));
    }
    return w;
  }
}
