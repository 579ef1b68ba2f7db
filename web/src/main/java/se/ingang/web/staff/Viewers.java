package se.ingang.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which case open, so a second person sees "also open by …" before they edit.
 * Each open case view sends a heartbeat; a viewer whose heartbeat is older than
 * {@link #EXPIRY} is gone (closed tab, lost network), so nobody has to say goodbye.
 *
 * <p>Held in this server's memory: correct on one node; on a cluster each node knows only
 * the viewers it serves (a shared cache or a table would be needed there). It is a hint for
 * people, never a lock: stale saves are still refused by the case's version.
 */
@ApplicationScoped
public class Viewers {

    /** Three missed heartbeats (the page beats every {@link #HEARTBEAT_SECONDS} s). */
    static final Duration EXPIRY = Duration.ofSeconds(45);
    public static final int HEARTBEAT_SECONDS = 15;

    private final Map<String, Map<String, Instant>> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public Viewers() {
        this(Clock.systemUTC());
    }

    Viewers(Clock clock) {
        this.clock = clock;
    }

    public void heartbeat(String caseNumber, String user) {
        seen.computeIfAbsent(caseNumber, n -> new ConcurrentHashMap<>()).put(user, clock.instant());
    }

    public void left(String caseNumber, String user) {
        seen.computeIfPresent(caseNumber, (n, users) -> {
            users.remove(user);
            return users.isEmpty() ? null : users;
        });
    }

    /** The other people who have the case open now, sorted by name. */
    public List<String> othersViewing(String caseNumber, String user) {
        var users = seen.get(caseNumber);
        if (users == null) {
            return List.of();
        }
        Instant oldest = clock.instant().minus(EXPIRY);
        users.values().removeIf(at -> at.isBefore(oldest));
        return users.keySet().stream().filter(u -> !u.equals(user)).sorted().toList();
    }
}
