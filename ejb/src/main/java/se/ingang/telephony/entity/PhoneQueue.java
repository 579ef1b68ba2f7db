package se.ingang.telephony.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.ingang.customers.entity.PhoneNumberForm;
import se.ingang.organisation.entity.Queue;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * A queue of the telephone system (what callers dial or choose in the menu), and the
 * front-office queue whose agents call back its missed callers. Its code is the queue
 * name the telephone system exports; its number, when set, is the number callers dial.
 */
@Entity
@Table(name = "phone_queue")
@NamedQuery(name = PhoneQueue.FIND_BY_CODE, query = "SELECT p FROM PhoneQueue p JOIN FETCH p.frontOffice WHERE p.code = :code")
@NamedQuery(name = PhoneQueue.FIND_BY_NUMBER, query = "SELECT p FROM PhoneQueue p JOIN FETCH p.frontOffice WHERE p.phoneNumber = :number")
@NamedQuery(name = PhoneQueue.FIND_ALL, query = "SELECT p FROM PhoneQueue p JOIN FETCH p.frontOffice ORDER BY p.code")
public class PhoneQueue {

    public static final String FIND_BY_CODE = "PhoneQueue.findByCode";
    public static final String FIND_BY_NUMBER = "PhoneQueue.findByNumber";
    public static final String FIND_ALL = "PhoneQueue.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "phone_number", unique = true, length = 40)
    private String phoneNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "front_office_id")
    private Queue frontOffice;

    protected PhoneQueue() {
    }

    public PhoneQueue(String code, String name, String phoneNumber, Queue frontOffice) {
        this.code = code;
        configure(name, phoneNumber, frontOffice);
    }

    /** An administrator changes the name, the number or where callbacks go. */
    public void configure(String name, String phoneNumber, Queue frontOffice) {
        if (frontOffice.isBackOffice()) {
            throw new InvalidInputException("frontOffice", "'" + frontOffice.getCode() + "' is a back-office group, not a front-office queue");
        }
        this.name = name;
        this.phoneNumber = PhoneNumberForm.normalise("phoneNumber", phoneNumber);
        this.frontOffice = frontOffice;
    }

    public void expectVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException("Phone queue " + code, expected, version);
        }
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

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public Queue getFrontOffice() {
        return frontOffice;
    }
}
