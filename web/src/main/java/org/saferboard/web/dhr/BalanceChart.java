package org.saferboard.web.dhr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.saferboard.api.dhr.views.DHRFundLedger;

/**
 * The fund's balance held, committed and available over time, drawn as an SVG by the page itself (no chart
 * script): each a step line, since a balance holds until the next movement changes it. Each line has its own
 * colour and its own dash pattern, so that colour is never the only way to tell them apart; the ledger's
 * table beside it holds the same figures.
 */
public final class BalanceChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 300;
    static final int LEFT = 90;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 50;
    private static final DateTimeFormatter TICK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    /** One line: its name, its SVG points ("x,y x,y ..."), colour and dash pattern. */
    public record Line(String name, String points, String colour, String dashes) {
    }

    /** A labelled mark on an axis at a position in the drawing. */
    public record Tick(double at, String label) {
    }

    private final List<Line> lines;
    private final List<Tick> amountTicks;
    private final List<Tick> dateTicks;
    private final String summary;

    private BalanceChart(List<Line> lines, List<Tick> amountTicks, List<Tick> dateTicks, String summary) {
        this.lines = lines;
        this.amountTicks = amountTicks;
        this.dateTicks = dateTicks;
        this.summary = summary;
    }

    /** The chart of a ledger's movements; null when it has none to draw. */
    public static BalanceChart of(DHRFundLedger ledger) {
        List<DHRFundLedger.Movement> movements = ledger.movements();
        if (movements.isEmpty()) {
            return null;
        }
        LocalDate first = movements.get(0).date();
        LocalDate last = movements.get(movements.size() - 1).date();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        BigDecimal highest = BigDecimal.ONE;
        for (DHRFundLedger.Movement movement : movements) {
            for (String amount : List.of(movement.after().balance(), movement.after().committed(), movement.after().available())) {
                highest = highest.max(new BigDecimal(amount));
            }
        }
        BigDecimal top = niceCeiling(highest);
        Function<LocalDate, Double> x = date -> LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, date) / days;
        Function<BigDecimal, Double> y = amount -> TOP + (HEIGHT - TOP - BOTTOM)
                * (1 - amount.max(BigDecimal.ZERO).divide(top, 6, RoundingMode.HALF_UP).doubleValue());
        List<Line> lines = List.of(
                line("Balance held", "#1d70b8", "", movements, x, y, balances -> balances.balance()),
                line("Committed", "#d4351c", "8 4", movements, x, y, balances -> balances.committed()),
                line("Available", "#00703c", "2 3", movements, x, y, balances -> balances.available()));
        List<Tick> amountTicks = new ArrayList<>();
        for (int step = 0; step <= 4; step++) {
            BigDecimal amount = top.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
            amountTicks.add(new Tick(y.apply(amount), "£" + String.format("%,d", amount.longValue())));
        }
        List<Tick> dateTicks = first.equals(last) ? List.of(new Tick(x.apply(first), first.format(TICK_DATE)))
                : List.of(new Tick(x.apply(first), first.format(TICK_DATE)), new Tick(x.apply(last), last.format(TICK_DATE)));
        DHRFundLedger.Balances end = movements.get(movements.size() - 1).after();
        String summary = "From " + first.format(TICK_DATE) + " to " + last.format(TICK_DATE) + ": balance held £" + end.balance()
                + ", committed £" + end.committed() + ", available £" + end.available() + " at the end.";
        return new BalanceChart(lines, amountTicks, dateTicks, summary);
    }

    private static Line line(String name, String colour, String dashes, List<DHRFundLedger.Movement> movements,
                             Function<LocalDate, Double> x, Function<BigDecimal, Double> y,
                             Function<DHRFundLedger.Balances, String> amountOf) {
        StringBuilder points = new StringBuilder();
        Double previousY = null;
        for (DHRFundLedger.Movement movement : movements) {
            double atX = x.apply(movement.date());
            double atY = y.apply(new BigDecimal(amountOf.apply(movement.after())));
            if (previousY != null) {
                points.append(' ').append(point(atX, previousY));
            }
            points.append(points.isEmpty() ? "" : " ").append(point(atX, atY));
            previousY = atY;
        }
        points.append(' ').append(point(WIDTH - RIGHT, previousY));
        return new Line(name, points.toString(), colour, dashes);
    }

    private static String point(double x, double y) {
        return String.format("%.1f,%.1f", x, y);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the amount: round figures on the axis. */
    static BigDecimal niceCeiling(BigDecimal amount) {
        BigDecimal power = BigDecimal.ONE;
        while (power.multiply(BigDecimal.TEN).compareTo(amount) < 0) {
            power = power.multiply(BigDecimal.TEN);
        }
        for (String factor : List.of("1", "2", "2.5", "5", "10")) {
            BigDecimal candidate = power.multiply(new BigDecimal(factor));
            if (candidate.compareTo(amount) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Tick> amountTicks() {
        return amountTicks;
    }

    public List<Tick> dateTicks() {
        return dateTicks;
    }

    public String summary() {
        return summary;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }
}
