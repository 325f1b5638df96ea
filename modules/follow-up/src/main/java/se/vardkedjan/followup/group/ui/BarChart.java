package se.vardkedjan.followup.group.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A grouped bar chart drawn on the server as SVG markup (no charting add-on, ADR 0031): one group of bars per row, one
 * bar per column, each bar labelled with its figure, a suppressed figure drawn as no bar and labelled "–". The chart
 * is an image with a text alternative ({@code role="img"}, {@code aria-label}); the same figures are in the table next
 * to it. The colours have at least 3:1 contrast against white and a legend names them, and every bar carries its
 * figure, so colour is never the only way to tell them apart.
 */
final class BarChart {

    /** Colours with at least 3:1 contrast against white (dark blue, dark orange, green, purple, dark grey). */
    static final List<String> COLOURS = List.of("#1f4e79", "#a84300", "#2e6b30", "#6a1b9a", "#424242");

    private static final int BAR = 22;
    private static final int GAP = 18;
    private static final int HEIGHT = 200;
    private static final int TOP = 24;
    private static final int LEFT = 8;

    /** A bar group: the row's label and each column's figure (null when suppressed). */
    record Group(String label, List<BigDecimal> values) {
    }

    private BarChart() {
    }

    /**
     * @param label   the chart's text alternative (what it shows and that the table has the figures)
     * @param series  the columns' labels, in the groups' order
     * @param format  how a figure is written on its bar
     */
    static String svg(String label, List<String> series, List<Group> groups, Function<BigDecimal, String> format) {
        // a bar's height is the figure's size; a negative figure (a mean change) carries its sign in its label
        var max = groups.stream().flatMap(g -> g.values().stream()).filter(v -> v != null).map(BigDecimal::abs)
                .max(BigDecimal::compareTo).filter(v -> v.signum() > 0).orElse(BigDecimal.ONE);
        int perGroup = Math.max(series.size() * BAR + GAP, 96);
        int width = LEFT + Math.max(1, groups.size()) * perGroup + 8;
        int legendY = TOP + HEIGHT + 44;
        int height = legendY + 20 * series.size() + 8;
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"group-chart\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"").append(escape(label)).append("\">");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + HEIGHT).append("\" x2=\"")
                .append(width - 8).append("\" y2=\"").append(TOP + HEIGHT).append("\" stroke=\"#424242\"/>");
        for (int g = 0; g < groups.size(); g++) {
            var group = groups.get(g);
            int x0 = LEFT + g * perGroup + (perGroup - series.size() * BAR) / 2;
            for (int s = 0; s < series.size(); s++) {
                var value = s < group.values().size() ? group.values().get(s) : null;
                int x = x0 + s * BAR;
                int barHeight = value == null ? 0 : value.abs().multiply(BigDecimal.valueOf(HEIGHT))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP).max(BigDecimal.ZERO).intValue();
                int y = TOP + HEIGHT - barHeight;
                if (value != null) {
                    out.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y).append("\" width=\"")
                            .append(BAR - 4).append("\" height=\"").append(barHeight).append("\" fill=\"")
                            .append(COLOURS.get(s % COLOURS.size())).append("\"/>");
                }
                out.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(y - 4)
                        .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1a1a1a\">")
                        .append(escape(value == null ? "–" : format.apply(value))).append("</text>");
            }
            out.append("<text x=\"").append(x0 + series.size() * BAR / 2).append("\" y=\"").append(TOP + HEIGHT + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">")
                    .append(escape(shorten(group.label()))).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int y = legendY + 20 * s;
            out.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y - 11).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS.get(s % COLOURS.size())).append("\"/>");
            out.append("<text x=\"").append(LEFT + 18).append("\" y=\"").append(y)
                    .append("\" font-size=\"12\" fill=\"#1a1a1a\">").append(escape(series.get(s))).append("</text>");
        }
        return out.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 18 ? label.substring(0, 17) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
