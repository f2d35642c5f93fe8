package dev.helpdesk.web.dashboard.panel;

import dev.helpdesk.dashboard.application.DailyCounts;
import dev.helpdesk.dashboard.application.Figure;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.color.Color;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.IndexAxis;
import software.xdev.chartjs.model.options.Legend;
import software.xdev.chartjs.model.options.Plugins;

/**
 * The dashboard's Chart.js configurations, written as JSON for {@code <p:chart value=…>}: without animation, as
 * they are drawn again on every refresh.
 */
final class DashboardCharts {

    private static final Color OPENED = new Color(37, 99, 235);
    private static final Color FINISHED = new Color(22, 163, 74);
    private static final Color FIGURE = new Color(79, 70, 229);

    private DashboardCharts() {
    }

    /** A horizontal bar per figure, labelled as {@code label} names it. */
    static String figures(List<Figure> figures, Function<Figure, String> label, String seriesName) {
        BarData data = new BarData().setLabels(figures.stream().map(label).toList())
                .addDataset(new BarDataset().setLabel(seriesName).setBackgroundColor(FIGURE)
                        .setData(figures.stream().map(f -> (Number) f.value()).toList()));
        return new BarChart(data, options().setIndexAxis(IndexAxis.Y)).toJson();
    }

    /** Opened and finished side by side for each day. */
    static String days(DailyCounts daily, Locale locale, String openedName, String finishedName) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        BarData data = new BarData().setLabels(daily.days().stream().map(day -> shortDay(day, format)).toList())
                .addDataset(new BarDataset().setLabel(openedName).setBackgroundColor(OPENED)
                        .setData(daily.created().stream().map(n -> (Number) n).toList()))
                .addDataset(new BarDataset().setLabel(finishedName).setBackgroundColor(FINISHED)
                        .setData(daily.finished().stream().map(n -> (Number) n).toList()));
        return new BarChart(data, options().setPlugins(new Plugins().setLegend(new Legend().setDisplay(true)
                .setPosition(Legend.Position.BOTTOM)))).toJson();
    }

    private static BarOptions options() {
        return new BarOptions().setAnimation(false).setResponsive(true).setMaintainAspectRatio(false)
                .setPlugins(new Plugins().setLegend(new Legend().setDisplay(false)));
    }

    /** The short date without its year: the axis has room for a day and a month only. */
    private static String shortDay(LocalDate day, DateTimeFormatter format) {
        return format.format(day).replaceAll("[/.-]\\d{2,4}$", "");
    }
}
