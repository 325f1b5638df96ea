package se.vardkedjan.followup.ui;

import se.vardkedjan.followup.MeasurementSeries;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A series as a server-side SVG line chart (no chart add-on): the totals over time as a line with a point per
 * measurement, the interpretation bands as shaded bands named in text, each cut-off as a dashed line named in text,
 * and a reliable change marked with a symbol (a ring around the point and a star) — never by colour alone. The
 * {@code svg} has {@code role="img"} and the label it is given; the same figures stand in the table beside it.
 * Colours: the line #1f5f8b and cut-offs #8a3b00 (both above 4.5:1 on white), bands in two light greys with a 3:1
 * border between them.
 */
final class MeasurementChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 150;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    private MeasurementChart() {
    }

    /**
     * @param label      the chart's accessible name (the figures in words)
     * @param cutOffText the text of a cut-off line, e.g. "Gräns 8", by its value
     * @param reliable   the text beside a reliable change's marker
     */
    static String svg(MeasurementSeries series, Locale locale, String label,
                      java.util.function.IntFunction<String> cutOffText, String reliable) {
        var definition = series.definition();
        int low = definition.lowestTotal();
        int high = Math.max(definition.highestTotal(), low + 1);
        var points = series.points();
        var first = points.getFirst().measurement().measuredOn();
        var last = points.getLast().measurement().measuredOn();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"vk-measurement-chart\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" ")
                .append("style=\"max-width:").append(WIDTH).append("px\" aria-label=\"").append(escape(label))
                .append("\"><title>").append(escape(label)).append("</title>");
        // bands, alternately shaded, named at the right
        int index = 0;
        for (var band : definition.bands()) {
            double top = y(band.to() + 0.5, low, high);
            double bottom = y(band.from() - 0.5, low, high);
            top = Math.max(top, TOP);
            bottom = Math.min(bottom, HEIGHT - BOTTOM);
            svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                    .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(fmt(bottom - top))
                    .append("\" fill=\"").append(index++ % 2 == 0 ? "#f2f2f2" : "#e3e3e3")
                    .append("\" stroke=\"#767676\" stroke-width=\"0.5\"/>");
            svg.append("<text x=\"").append(WIDTH - RIGHT + 6).append("\" y=\"").append(fmt((top + bottom) / 2 + 4))
                    .append("\" font-size=\"11\" fill=\"#333333\">").append(escape(band.text().in(locale)))
                    .append("</text>");
        }
        // the axis: lowest and highest possible total
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333333\"/>");
        for (int value : new int[] {low, high}) {
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y(value, low, high) + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#333333\">").append(value)
                    .append("</text>");
        }
        // cut-off lines, as used for this client's measurements
        var cutOffs = new TreeSet<Integer>();
        points.forEach(p -> {
            if (p.measurement().cutOff() != null) {
                cutOffs.add(p.measurement().cutOff());
            }
        });
        for (int cutOff : cutOffs) {
            double yy = y(cutOff, low, high);
            svg.append("<line class=\"vk-cut-off\" x1=\"").append(LEFT).append("\" y1=\"").append(fmt(yy))
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(yy))
                    .append("\" stroke=\"#8a3b00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.append("<text x=\"").append(WIDTH - RIGHT + 6).append("\" y=\"").append(fmt(yy + 4))
                    .append("\" font-size=\"11\" font-weight=\"bold\" fill=\"#8a3b00\">")
                    .append(escape(cutOffText.apply(cutOff))).append("</text>");
        }
        // the line and the points
        var line = new StringBuilder();
        for (var point : points) {
            var m = point.measurement();
            line.append(fmt(x(m.measuredOn(), first, days, points.size()))).append(',')
                    .append(fmt(y(m.total(), low, high))).append(' ');
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2.5\" points=\"")
                .append(line.toString().strip()).append("\"/>");
        for (var point : points) {
            var m = point.measurement();
            double px = x(m.measuredOn(), first, days, points.size());
            double py = y(m.total(), low, high);
            svg.append("<circle cx=\"").append(fmt(px)).append("\" cy=\"").append(fmt(py))
                    .append("\" r=\"4\" fill=\"#1f5f8b\"/>");
            svg.append("<text x=\"").append(fmt(px)).append("\" y=\"").append(fmt(py - 9))
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">").append(m.total())
                    .append("</text>");
            if (point.fromBaseline() != null && point.fromBaseline().reliable()) {
                svg.append("<circle class=\"vk-reliable\" cx=\"").append(fmt(px)).append("\" cy=\"").append(fmt(py))
                        .append("\" r=\"9\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>");
                svg.append("<text x=\"").append(fmt(px + 12)).append("\" y=\"").append(fmt(py + 18))
                        .append("\" font-size=\"11\" fill=\"#1a1a1a\">★ ").append(escape(reliable))
                        .append("</text>");
            }
            svg.append("<text x=\"").append(fmt(px)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333333\">").append(m.measuredOn())
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(LocalDate day, LocalDate first, long days, int count) {
        int inner = WIDTH - LEFT - RIGHT - 40;
        if (count == 1) {
            return LEFT + 20 + inner / 2.0;
        }
        return LEFT + 20 + inner * (double) ChronoUnit.DAYS.between(first, day) / days;
    }

    private static double y(double value, int low, int high) {
        int inner = HEIGHT - TOP - BOTTOM;
        return TOP + inner * (1 - (value - low) / (high - low));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
