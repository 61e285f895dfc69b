package io.authwire.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.authwire.benchmarks.Peers.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results page's chart, as SVG written by hand: token requests per expiry by thread count (log
 * scale) and calls blocked by a slow token endpoint, per peer.
 */
final class Chart {
  private static final Map<Peer, String> COLORS =
      Map.of(
          Peer.PLAIN_FEIGN, "#9e9e9e",
          Peer.AUTHWIRE_CLIENT_CREDENTIALS, "#1f6feb",
          Peer.TEXTBOOK, "#e36209",
          Peer.SPRING_MANAGER, "#2da44e");
  private static final int WIDTH = 900;
  private static final int HEIGHT = 380;
  private static final int TOP = 60;
  private static final int PLOT_HEIGHT = 240;

  private Chart() {}

  static String svg(JsonNode tokens) {
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                    + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT))
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    stampede(svg, tokens.path("stampede"), 60, 470);
    blocking(svg, tokens.path("blocking"), 600, 270);
    legend(svg);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Grouped bars per thread count, log scale from 1 to 1000+. */
  private static void stampede(StringBuilder svg, JsonNode rows, int left, int width) {
    title(svg, left, width, "Token requests per expiry (log scale; 1 is ideal)");
    double max = 1;
    List<Integer> threads = new ArrayList<>();
    for (JsonNode row : rows) {
      max = Math.max(max, row.path("perExpiry").asDouble(0));
      int n = row.path("threads").asInt();
      if (!threads.contains(n)) {
        threads.add(n);
      }
    }
    double top = Math.pow(10, Math.ceil(Math.log10(Math.max(10, max * 1.05))));
    for (double tick = 1; tick <= top; tick *= 10) {
      int y = yLog(tick, top);
      gridLine(svg, left, width, y, Report.fmt(tick, 0));
    }
    int groupWidth = width / Math.max(1, threads.size());
    int bar = Math.min(34, (groupWidth - 20) / Peers.TOKEN_PEERS.size());
    for (int g = 0; g < threads.size(); g++) {
      int x0 = left + g * groupWidth + (groupWidth - bar * Peers.TOKEN_PEERS.size()) / 2;
      for (JsonNode row : rows) {
        if (row.path("threads").asInt() != threads.get(g) || row.path("perExpiry").isNull()) {
          continue;
        }
        Peer peer = Peer.valueOf(row.path("peer").asText());
        double value = row.path("perExpiry").asDouble();
        int x = x0 + Peers.TOKEN_PEERS.indexOf(peer) * bar;
        int y = yLog(Math.max(1, value), top);
        int height = Math.max(2, TOP + PLOT_HEIGHT - y);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s, N=%d: %s per expiry</title></rect>%n",
                x,
                TOP + PLOT_HEIGHT - height,
                bar - 3,
                height,
                COLORS.get(peer),
                peer.label,
                threads.get(g),
                Report.fmt(value, 1)));
        label(
            svg,
            x + (bar - 3) / 2,
            TOP + PLOT_HEIGHT - height - 4,
            Report.fmt(value, value < 10 ? 1 : 0));
      }
      text(
          svg,
          left + g * groupWidth + groupWidth / 2,
          TOP + PLOT_HEIGHT + 18,
          "middle",
          "N = " + String.format(Locale.ROOT, "%,d", threads.get(g)));
    }
    text(
        svg,
        left + width / 2,
        TOP + PLOT_HEIGHT + 36,
        "middle",
        "threads calling through the expiry");
  }

  /** One bar per peer: calls slower than the threshold, linear scale. */
  private static void blocking(StringBuilder svg, JsonNode rows, int left, int width) {
    title(
        svg,
        left,
        width,
        "Calls > "
            + TokenExperiments.SLOW_CALL.toMillis()
            + " ms, token endpoint at "
            + TokenExperiments.SLOW_TOKEN.toMillis()
            + " ms, "
            + TokenExperiments.BLOCKING_THREADS
            + " threads");
    double max = 1;
    for (JsonNode row : rows) {
      max = Math.max(max, row.path("slowCalls").asDouble());
    }
    double top = niceCeiling(max);
    for (int i = 0; i <= 4; i++) {
      double tick = top * i / 4;
      gridLine(
          svg,
          left,
          width,
          TOP + PLOT_HEIGHT - (int) (PLOT_HEIGHT * tick / top),
          Report.fmt(tick, 0));
    }
    int slot = width / Math.max(1, rows.size());
    int bar = Math.min(44, slot - 16);
    int i = 0;
    for (JsonNode row : rows) {
      Peer peer = Peer.valueOf(row.path("peer").asText());
      double value = row.path("slowCalls").asDouble();
      int height = Math.max(2, (int) (PLOT_HEIGHT * value / top));
      int x = left + i * slot + (slot - bar) / 2;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %s slow calls</title></rect>%n",
              x,
              TOP + PLOT_HEIGHT - height,
              bar,
              height,
              COLORS.get(peer),
              peer.label,
              Report.fmt(value, 0)));
      label(svg, x + bar / 2, TOP + PLOT_HEIGHT - height - 4, Report.fmt(value, 0));
      text(svg, x + bar / 2, TOP + PLOT_HEIGHT + 18, "middle", shortName(peer));
      i++;
    }
    text(
        svg,
        left + width / 2,
        TOP + PLOT_HEIGHT + 36,
        "middle",
        "plain Feign: no token, the noise floor");
  }

  private static void legend(StringBuilder svg) {
    int x = 60;
    int y = HEIGHT - 16;
    for (Peer peer :
        List.of(
            Peer.AUTHWIRE_CLIENT_CREDENTIALS,
            Peer.TEXTBOOK,
            Peer.SPRING_MANAGER,
            Peer.PLAIN_FEIGN)) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
              x,
              y - 10,
              COLORS.get(peer)));
      text(svg, x + 18, y, "start", peer.label);
      x += 18 + 7 * peer.label.length() + 24;
    }
  }

  private static String shortName(Peer peer) {
    switch (peer) {
      case PLAIN_FEIGN:
        return "plain Feign";
      case AUTHWIRE_CLIENT_CREDENTIALS:
        return "Authwire";
      case TEXTBOOK:
        return "textbook";
      case SPRING_MANAGER:
        return "Spring";
      default:
        return peer.label;
    }
  }

  private static int yLog(double value, double top) {
    return TOP + PLOT_HEIGHT - (int) Math.round(PLOT_HEIGHT * Math.log10(value) / Math.log10(top));
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static void title(StringBuilder svg, int left, int width, String title) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
            left + width / 2,
            TOP - 30,
            escape(title)));
  }

  private static void gridLine(StringBuilder svg, int left, int width, int y, String label) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e0e0e0\"/>%n",
            left,
            y,
            left + width,
            y));
    text(svg, left - 6, y + 4, "end", label);
  }

  private static void label(StringBuilder svg, int x, int y, String value) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>%n",
            x,
            y,
            escape(value)));
  }

  private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>%n",
            x,
            y,
            anchor,
            escape(text)));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
