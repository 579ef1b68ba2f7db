package se.ingang.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service area a case is about; it decides which front-office profile triages the case. */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.FIND_BY_CODE, query = "SELECT t FROM Topic t WHERE t.code = :code")
@NamedQuery(name = Topic.FIND_ALL, query = "SELECT t FROM Topic t ORDER BY t.code")
public class Topic {

    public static final String FIND_BY_CODE = "Topic.findByCode";
    public static final String FIND_ALL = "Topic.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "front_office_id")
    private Queue frontOffice;

    protected Topic() {
    }

    public Topic(String code, String name, Queue frontOffice) {
        this.code = code;
        this.name = name;
        this.frontOffice = frontOffice;
    }

    /** A new name or another front office; cases keep their code, and routing refers to the code. */
    public void change(String name, Queue frontOffice) {
        this.name = name;
        this.frontOffice = frontOffice;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Queue getFrontOffice() {
        return frontOffice;
    }
}
