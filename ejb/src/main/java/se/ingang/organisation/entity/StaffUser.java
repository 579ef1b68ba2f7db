package se.ingang.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A member of staff: roles say what they may do, memberships which queues they work. */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.FIND_BY_USERNAME, query = "SELECT u FROM StaffUser u WHERE u.username = :username")
@NamedQuery(name = StaffUser.DISPLAY_NAMES, query = "SELECT u.displayName FROM StaffUser u WHERE u.username IN :usernames")
@NamedQuery(name = StaffUser.WITH_ROLE, query = "SELECT u FROM StaffUser u WHERE :role MEMBER OF u.roles ORDER BY u.username")
@NamedQuery(name = StaffUser.FIND_ALL, query = "SELECT u FROM StaffUser u ORDER BY u.username")
@NamedQuery(name = StaffUser.ACTIVE_MEMBERS_OF, query = "SELECT u FROM StaffUser u WHERE u.active = TRUE AND :queue MEMBER OF u.queues ORDER BY u.username")
public class StaffUser {

    public static final String FIND_ALL = "StaffUser.findAll";
    public static final String ACTIVE_MEMBERS_OF = "StaffUser.activeMembersOf";

    public static final String FIND_BY_USERNAME = "StaffUser.findByUsername";
    public static final String DISPLAY_NAMES = "StaffUser.displayNames";
    public static final String WITH_ROLE = "StaffUser.withRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "queue_membership",
            joinColumns = @JoinColumn(name = "staff_user_id"),
            inverseJoinColumns = @JoinColumn(name = "queue_id"))
    private Set<Queue> queues = new HashSet<>();

    /** Read by the server's login realm (configure.cli); null: this user cannot log in with a password. */
    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "password_salt", length = 50)
    private String passwordSalt;

    @Column(name = "password_iterations")
    private Integer passwordIterations;

    /** An inactive user keeps their history but can no longer log in or get cases. */
    @Column(nullable = false)
    private boolean active = true;

    /** Set by the staff member: at work now (least-loaded assignment only picks present members). */
    @Column(nullable = false)
    private boolean present;

    /** The workspace language the person last chose ("sv" or "en"); null when they never chose one. */
    @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String email, Set<StaffRole> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    public void joinQueue(Queue queue) {
        queues.add(queue);
    }

    public void leaveQueue(Queue queue) {
        queues.removeIf(q -> q.getCode().equals(queue.getCode()));
    }

    public void replaceQueues(Set<Queue> newQueues) {
        queues.clear();
        queues.addAll(newQueues);
    }

    public void replaceRoles(Set<StaffRole> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changePassword(PasswordHash hash) {
        passwordHash = hash.hash();
        passwordSalt = hash.salt();
        passwordIterations = hash.iterations();
    }

    public Optional<PasswordHash> getPassword() {
        return passwordHash == null ? Optional.empty()
                : Optional.of(new PasswordHash(passwordHash, passwordSalt, passwordIterations));
    }

    public void changeDetails(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    /** Only Swedish and English exist in the workspace; anything else is refused. */
    public void preferLanguage(String code) {
        if (!"sv".equals(code) && !"en".equals(code)) {
            throw new IllegalArgumentException("Unknown workspace language: " + code);
        }
        this.preferredLanguage = code;
    }

    public Optional<String> getPreferredLanguage() {
        return Optional.ofNullable(preferredLanguage);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    public boolean isMemberOf(Queue queue) {
        return queues.stream().anyMatch(q -> q.getCode().equals(queue.getCode()));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<StaffRole> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<Queue> getQueues() {
        return Set.copyOf(queues);
    }
}
