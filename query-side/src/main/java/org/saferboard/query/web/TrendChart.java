package org.saferboard.query.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.views.IndicatorTrend;
import org.springframework.web.util.HtmlUtils;

/**
 * An indicator's trend as an SVG line chart, one line per area, drawn here as text: the project draws its
 * few charts itself (see the fund's balance chart) rather than take a charting library for a handful of
 * lines. Each area has its own colour and dash pattern and a legend, so colour is never the only way to
 * tell them apart; the chart has a title and description, and the trend's JSON holds the same numbers.
 */
final class TrendChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = {"#0b0c0c", "#1d70b8", "#d4351c", "#00703c", "#6f72af", "#b58840", "#912b88", "#28a197"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "12 4", "4 4", "1 2", "10 2 2 2"};

    private TrendChart() {
    }

    static String svg(IndicatorTrend trend) {
        List<BigDecimal> values = new ArrayList<>();
        trend.areas().forEach(area -> area.points().stream().filter(point -> point.value() != null).forEach(point -> values.add(point.value())));
        if (trend.target() != null) {
            values.add(trend.target());
        }
        double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double low = Math.min(0, min);
        double high = max <= low ? low + 1 : max + (max - low) * 0.1;
        int quarters = trend.quarters().size();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"title desc\">\n");
        svg.append("<title id=\"title\">").append(escaped(trend.name())).append(": figures by quarter</title>\n");
        svg.append("<desc id=\"desc\">").append(escaped(description(trend))).append("</desc>\n");
        svg.append("<style>text{font-family:Arial,sans-serif;font-size:12px;fill:#0b0c0c}</style>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"20\" font-weight=\"bold\">").append(escaped(trend.name())).append("</text>\n");
        svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "#505a5f", "")).append(line(LEFT, TOP + plotHeight, LEFT + plotWidth,
                TOP + plotHeight, "#505a5f", ""));
        for (int tick = 0; tick <= 4; tick++) {
            double value = low + (high - low) * tick / 4;
            double y = TOP + plotHeight - plotHeight * tick / 4;
            svg.append(line(LEFT - 4, y, LEFT + plotWidth, y, "#b1b4b6", "1 3"));
            svg.append(text(LEFT - 8, y + 4, "end", number(value)));
        }
        for (int i = 0; i < quarters; i++) {
            svg.append(text(x(i, quarters, plotWidth), TOP + plotHeight + 18, "middle",
                    Quarter.parse(trend.quarters().get(i), "quarter").words()));
        }
        if (trend.target() != null) {
            double y = y(trend.target().doubleValue(), low, high, plotHeight);
            svg.append(line(LEFT, y, LEFT + plotWidth, y, "#505a5f", "3 3"));
            svg.append(text(LEFT + plotWidth + 8, y + 4, "start", "target " + trend.target().toPlainString()));
        }
        for (int area = 0; area < trend.areas().size(); area++) {
            IndicatorTrend.AreaSeries series = trend.areas().get(area);
            String colour = COLOURS[area % COLOURS.length];
            String dashes = DASHES[area % DASHES.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < series.points().size(); i++) {
                IndicatorTrend.Point point = series.points().get(i);
                if (point.value() == null) {
                    continue;
                }
                double x = x(i, quarters, plotWidth);
                double y = y(point.value().doubleValue(), low, high, plotHeight);
                points.append(format(x)).append(',').append(format(y)).append(' ');
                svg.append("<circle cx=\"").append(format(x)).append("\" cy=\"").append(format(y)).append("\" r=\"3\" fill=\"")
                        .append(colour).append("\"><title>").append(escaped(series.area() + ", " + Quarter.parse(point.quarter(), "quarter")
                                .words() + ": " + point.value().toPlainString() + (point.revised() ? " (revised)" : ""))).append("</title></circle>\n");
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                    .append(dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"").append(" points=\"")
                    .append(points.toString().trim()).append("\"/>\n");
            double legendY = TOP + 10 + area * 18;
            svg.append(line(LEFT + plotWidth + 10, legendY, LEFT + plotWidth + 40, legendY, colour, dashes).replace("stroke-width=\"1\"",
                    "stroke-width=\"2\""));
            boolean none = series.points().stream().allMatch(point -> point.value() == null);
            svg.append(text(LEFT + plotWidth + 46, legendY + 4, "start", series.area() + (none ? " (no figures)" : "")));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String description(IndicatorTrend trend) {
        StringBuilder words = new StringBuilder(trend.name() + " (" + trend.unit().words() + ", " + trend.polarity().name()
                .toLowerCase(Locale.UK).replace('_', ' ') + ")");
        for (IndicatorTrend.AreaSeries series : trend.areas()) {
            words.append(". ").append(series.area()).append(": ");
            List<String> points = series.points().stream().filter(point -> point.value() != null)
                    .map(point -> Quarter.parse(point.quarter(), "quarter").words() + " " + point.value().toPlainString()).toList();
            words.append(points.isEmpty() ? "no figures" : String.join(", ", points));
        }
        return words.toString();
    }

    private static double x(int index, int count, double plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + 20 + (plotWidth - 40) * index / (count - 1);
    }

    private static double y(double value, double low, double high, double plotHeight) {
        return TOP + plotHeight - plotHeight * (value - low) / (high - low);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dashes) {
        return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\"" + format(y2) + "\" stroke=\""
                + colour + "\" stroke-width=\"1\"" + (dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"") + "/>\n";
    }

    private static String text(double x, double y, String anchor, String words) {
        return "<text x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor + "\">" + escaped(words) + "</text>\n";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
