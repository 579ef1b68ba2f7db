package se.ingang.calendar.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.calendar.control.HolidaySource;

/** Opening hours in a time zone, plus extra closed days; Swedish public holidays always apply. */
@Entity
@Table(name = "business_calendar")
@NamedQuery(name = BusinessCalendar.FIND_BY_CODE, query = "SELECT c FROM BusinessCalendar c WHERE c.code = :code")
@NamedQuery(name = BusinessCalendar.FIND_ALL, query = "SELECT c FROM BusinessCalendar c ORDER BY c.code")
public class BusinessCalendar {

    public static final String FIND_BY_CODE = "BusinessCalendar.findByCode";
    public static final String FIND_ALL = "BusinessCalendar.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "zone_id", nullable = false, length = 64)
    private String zoneId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_opening_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_closed_day", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<ClosedDay> closedDays = new ArrayList<>();

    protected BusinessCalendar() {
    }

    public BusinessCalendar(String code, String name, ZoneId zone) {
        this.code = code;
        this.name = name;
        this.zoneId = zone.getId();
    }

    /** Opens {@code day} from {@code opens} to {@code closes}, replacing what that day had. */
    public void setOpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        new BusinessTime.Hours(opens, closes); // refuses nonsense before it is stored
        openingHours.removeIf(h -> h.getDayOfWeek() == day);
        openingHours.add(new OpeningHours(day, opens, closes));
    }

    /** Closes the calendar on {@code date}; a day that is closed already keeps its reason. */
    public void addClosedDay(LocalDate date, String reason) {
        if (closedDays.stream().noneMatch(day -> day.getDate().equals(date))) {
            closedDays.add(new ClosedDay(date, reason));
        }
    }

    public BusinessTime toBusinessTime() {
        var hours = new EnumMap<DayOfWeek, BusinessTime.Hours>(DayOfWeek.class);
        openingHours.forEach(h -> hours.put(h.getDayOfWeek(), new BusinessTime.Hours(h.getOpens(), h.getCloses())));
        return new BusinessTime(ZoneId.of(zoneId), hours,
                closedDays.stream().map(ClosedDay::getDate).collect(Collectors.toSet()), HolidaySource.SWEDEN);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getZoneId() {
        return zoneId;
    }

    /** Monday first. */
    public List<OpeningHours> getOpeningHours() {
        return openingHours.stream().sorted(Comparator.comparing(OpeningHours::getDayOfWeek)).toList();
    }

    /** Earliest first. */
    public List<ClosedDay> getClosedDays() {
        return closedDays.stream().sorted(Comparator.comparing(ClosedDay::getDate)).toList();
    }
}
