package se.ingang.organisation.boundary;

import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.ingang.organisation.control.CommonPasswords;
import se.ingang.organisation.control.PasswordHashing;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.organisation.entity.StaffUser;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.platform.errors.StaleVersionException;

/** Staff users, their roles, queue memberships, passwords and presence. */
@Stateless
public class StaffDirectory {

    /** Also what OpenID Connect usernames (e-mail-like) look like. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    @PersistenceContext
    EntityManager em;

    /** Configuration changes go into the audit trail (who: the current request's user). */
    @Inject
    AuditLog audit;

    /**
     * PBKDF2 iterations for new password hashes (env INGANG_PASSWORD_ITERATIONS); OWASP's
     * recommendation for PBKDF2-HMAC-SHA-256. Each hash keeps its own count, so raising it
     * takes effect as passwords are set again.
     */
    @Inject
    @ConfigProperty(name = "ingang.password-iterations", defaultValue = "600000")
    int passwordIterations;

    public Optional<StaffUser> findUser(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaffUser.FIND_BY_USERNAME, StaffUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public StaffUser user(String username) {
        return findUser(username).orElseThrow(() -> new NotFoundException("Staff user", username));
    }

    public List<StaffUser> users() {
        return em.createNamedQuery(StaffUser.FIND_ALL, StaffUser.class).getResultList();
    }

    public List<StaffUser> usersWithRole(StaffRole role) {
        return em.createNamedQuery(StaffUser.WITH_ROLE, StaffUser.class).setParameter("role", role).getResultList();
    }

    /** Active members of a queue: who may get its cases. */
    public List<StaffUser> activeMembersOf(Queue queue) {
        return em.createNamedQuery(StaffUser.ACTIVE_MEMBERS_OF, StaffUser.class)
                .setParameter("queue", queue).getResultList();
    }

    public StaffUser addUser(String username, String displayName, String email, StaffRole role, String... queueCodes) {
        return addUser(username, displayName, email, EnumSet.of(role), new LinkedHashSet<>(Arrays.asList(queueCodes)));
    }

    public StaffUser addUser(String username, String displayName, String email, Set<StaffRole> roles, Set<String> queueCodes) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "2–100 letters, digits or . _ @ -");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "required");
        }
        if (findUser(username).isPresent()) {
            throw new ActionNotAllowedException("Staff user '" + username + "' already exists");
        }
        var user = new StaffUser(username, displayName.strip(), email, roles);
        queues(queueCodes).forEach(user::joinQueue);
        em.persist(user);
        audit.record(AuditLog.STAFF_USER, username, "CREATED", Changes.between()
                .field("displayName", null, user.getDisplayName()).field("email", null, user.getEmail())
                .field("roles", null, user.getRoles()).field("queues", null, codes(user)));
        return user;
    }

    /** The application hashes the password; the server's login realm only verifies it. */
    public StaffUser setPassword(String username, String password) {
        var user = user(username);
        refuseGuessable(password);
        user.changePassword(PasswordHashing.hash(password, passwordIterations));
        audit.record(AuditLog.STAFF_USER, username, "PASSWORD_SET", Changes.between().secret("password", true));
        return user;
    }

    /** Checked before hashing: refused passwords are never hashed or stored. */
    private static void refuseGuessable(String password) {
        if (password == null) {
            return;
        }
        if (CommonPasswords.isCommon(password)) {
            throw new InvalidInputException("password", "is one of the most common passwords (or one with digits added); "
                    + "choose another, e.g. a few unrelated words");
        }
    }

    public StaffUser changeRoles(String username, Set<StaffRole> roles) {
        var user = user(username);
        if (roles == null || !roles.contains(StaffRole.ADMINISTRATOR)) {
            keepAnAdministrator(user, "remove the administrator role from");
        }
        var before = Set.copyOf(user.getRoles());
        user.replaceRoles(roles);
        audit.record(AuditLog.STAFF_USER, username, "ROLES_CHANGED", Changes.between().field("roles", before, user.getRoles()));
        return user;
    }

    public StaffUser changeQueues(String username, Set<String> queueCodes) {
        var user = user(username);
        var before = codes(user);
        user.replaceQueues(queues(queueCodes));
        audit.record(AuditLog.STAFF_USER, username, "QUEUES_CHANGED", Changes.between().field("queues", before, codes(user)));
        return user;
    }

    public StaffUser changeDetails(String username, String displayName, String email) {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "required");
        }
        var user = user(username);
        var before = Changes.between().field("displayName", user.getDisplayName(), displayName.strip())
                .field("email", user.getEmail(), email);
        user.changeDetails(displayName.strip(), email);
        audit.record(AuditLog.STAFF_USER, username, "DETAILS_CHANGED", before);
        return user;
    }

    /**
     * Everything about a user at once (the administration page), in one transaction, against
     * the version the page showed: a save over someone else's change is refused.
     */
    public StaffUser update(String username, long version, String displayName, String email, Set<StaffRole> roles,
                            Set<String> queueCodes, boolean active) {
        var user = user(username);
        if (user.getVersion() != version) {
            throw new StaleVersionException("Staff user " + username, version, user.getVersion());
        }
        if (!active) {
            keepAnAdministrator(user, "disable");
        } else if (roles == null || !roles.contains(StaffRole.ADMINISTRATOR)) {
            keepAnAdministrator(user, "remove the administrator role from");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "required");
        }
        var changes = Changes.between().field("displayName", user.getDisplayName(), displayName.strip())
                .field("email", user.getEmail(), email).field("roles", Set.copyOf(user.getRoles()), roles)
                .field("queues", codes(user), queueCodes).field("active", user.isActive(), active);
        user.changeDetails(displayName.strip(), email == null || email.isBlank() ? null : email.strip());
        user.replaceRoles(roles == null ? Set.of() : roles);
        user.replaceQueues(queues(queueCodes));
        user.setActive(active);
        audit.record(AuditLog.STAFF_USER, username, "UPDATED", changes);
        return user;
    }

    public StaffUser setActive(String username, boolean active) {
        var user = user(username);
        if (!active) {
            keepAnAdministrator(user, "disable");
        }
        boolean before = user.isActive();
        user.setActive(active);
        audit.record(AuditLog.STAFF_USER, username, "ACTIVE_CHANGED", Changes.between().field("active", before, user.isActive()));
        return user;
    }

    /**
     * Remembers the workspace language a person chose (the login page or the header's switch), so
     * their next login opens in it. Unknown users and languages change nothing: the choice is a
     * convenience and never stands in the way of logging in.
     */
    public void rememberLanguage(String username, String code) {
        if (!"sv".equals(code) && !"en".equals(code)) {
            return;
        }
        findUser(username).filter(u -> !code.equals(u.getPreferredLanguage().orElse(null)))
                .ifPresent(u -> u.preferLanguage(code));
    }

    public StaffUser setPresence(String username, boolean present) {
        var user = user(username);
        user.setPresent(present);
        return user;
    }

    /**
     * Nobody could configure anything any more (not even make a new administrator) once the
     * last active administrator is gone, so that change is refused (409). The administrators'
     * rows are locked, so two administrators demoting each other at once cannot both succeed.
     */
    private void keepAnAdministrator(StaffUser user, String action) {
        if (!user.isActive() || !user.hasRole(StaffRole.ADMINISTRATOR)) {
            return;
        }
        boolean another = em.createNamedQuery(StaffUser.WITH_ROLE, StaffUser.class).setParameter("role", StaffRole.ADMINISTRATOR)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .anyMatch(u -> u.isActive() && !u.getUsername().equals(user.getUsername()));
        if (!another) {
            throw new LastAdministratorException("Cannot " + action + " '" + user.getUsername()
                    + "': they are the last active administrator. Make someone else an administrator first.");
        }
    }

    private static Set<String> codes(StaffUser user) {
        return user.getQueues().stream().map(Queue::getCode).collect(java.util.stream.Collectors.toSet());
    }

    private Set<Queue> queues(Set<String> codes) {
        var found = new HashSet<Queue>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            found.add(em.createNamedQuery(Queue.FIND_BY_CODE, Queue.class)
                    .setParameter("code", code).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("queues", "unknown queue '" + code + "'")));
        }
        return found;
    }
}
