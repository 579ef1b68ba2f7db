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
import java.util.Set;

/** A member of staff: roles say what they may do, memberships which queues they work. */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.FIND_BY_USERNAME, query = "SELECT u FROM StaffUser u WHERE u.username = :username")
@NamedQuery(name = StaffUser.WITH_ROLE, query = "SELECT u FROM StaffUser u WHERE :role MEMBER OF u.roles ORDER BY u.username")
public class StaffUser {

    public static final String FIND_BY_USERNAME = "StaffUser.findByUsername";
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

    public boolean isMemberOf(Queue queue) {
        return queues.stream().anyMatch(q -> q.getCode().equals(queue.getCode()));
    }

    public Long getId() {
        return id;
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
