package se.ingang.reports.control;

import java.util.List;

/** The dashboard's first screen: the tiles of a period, with the two periods they are compared with. */
public record Glance(ReportPeriod period, ReportPeriod previous, ReportPeriod lastYear, List<Tile> tiles) {
}
