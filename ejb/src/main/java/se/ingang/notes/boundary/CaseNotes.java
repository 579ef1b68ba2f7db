package se.ingang.notes.boundary;

import se.ingang.cases.control.CaseTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.organisation.entity.Queue;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.notes.control.Mentions;
import se.ingang.notifications.boundary.Notifications;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * Internal notes with @-mentions. A mention of a colleague (username) or of a group (queue
 * code) notifies them; a mention that names nobody is kept in the text, written on the note
 * and returned, never silently dropped. A mention of someone who may not open the case (a
 * colleague, or a group whose members may not) is refused, naming them, and nothing is written. A note carries the case version it was written
 * against, as answers do: written on a stale view it is refused (409 naming what changed), since
 * a note that comments on what the agent saw may no longer be true.
 */
@Stateless
public class CaseNotes {

    public static final String NOTIFY_MENTIONED = "MENTIONED";
    static final int MAX_TEXT = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationClock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    Organisation organisation;

    @Inject
    Notifications notifications;

    @Inject
    CaseTrail trail;

    @Inject
    CaseAccess access;

    public NoteResult add(String caseNumber, long version, String text, String actor) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "at most " + MAX_TEXT + " characters");
        }
        var c = lockCase(caseNumber);
        c.expectVersion(version);
        var known = new ArrayList<String>();
        var unknown = new ArrayList<String>();
        var shutOut = new ArrayList<String>();
        String number = c.getNumber().value();
        for (String name : Mentions.in(text)) {
            var user = staff.findUser(name);
            var queue = user.isPresent() ? Optional.<Queue>empty() : organisation.findQueue(name);
            if (user.isPresent()) {
                known.add(user.get().getUsername());
                if (!access.mayRead(number, user.get().getUsername())) {
                    shutOut.add(user.get().getUsername());
                }
            } else if (queue.isPresent()) {
                known.add(queue.get().getCode());
                if (!access.mayQueueRead(number, queue.get())) {
                    shutOut.add(queue.get().getCode());
                }
            } else {
                unknown.add(name);
            }
        }
        if (!shutOut.isEmpty()) {
            // Refused before anything is written: a notification they could not follow helps nobody.
            throw new InvalidInputException("text", at(shutOut) + " may not open case " + number
                    + ", so a mention would not reach them: mention someone who works the case, or ask their group"
                    + " with a consultation");
        }
        c.addNote(text, detail(known, unknown), actor, clock.now());
        // The entry alone leaves the case row clean: make the version move, as for a reply (Cases#reply).
        em.lock(c, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        trail.recorded("NOTE_ADDED", c, actor, null);
        for (String recipient : known) {
            notifications.notify(recipient, NOTIFY_MENTIONED, c.getNumber().value(),
                    // The note's text stays on the case (personal data is erased there, not here).
                    actor + " mentioned you in a note on case " + c.getNumber());
        }
        return new NoteResult(c, known, unknown);
    }

    /** What the note's timeline entry says about its mentions; null when it has none. */
    static String detail(List<String> notified, List<String> unknown) {
        var parts = new ArrayList<String>();
        if (!notified.isEmpty()) {
            parts.add("notified: " + at(notified));
        }
        if (!unknown.isEmpty()) {
            parts.add("unknown mentions: " + at(unknown));
        }
        String detail = parts.isEmpty() ? null : String.join("; ", parts);
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }

    private static String at(List<String> names) {
        return String.join(", ", names.stream().map(n -> "@" + n).toList());
    }

    private Case lockCase(String number) {
        if (number == null || !CaseNumber.isValid(number)) {
            throw new NotFoundException("Case", number);
        }
        return em.createNamedQuery(Case.FIND_BY_NUMBER, Case.class)
                .setParameter("number", number.trim()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Case", number));
    }
}
