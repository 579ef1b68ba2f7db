package se.ingang.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One piece of a raw message too large for one row: each is written by its own INSERT, so
 * no statement comes near MariaDB's max_allowed_packet however large the message.
 */
@Entity
@Table(name = "mail_raw_chunk")
@NamedQuery(name = RawChunk.OF, query = "SELECT c FROM RawChunk c WHERE c.owner = :owner AND c.ownerId = :ownerId ORDER BY c.seq")
@NamedQuery(name = RawChunk.DELETE, query = "DELETE FROM RawChunk c WHERE c.owner = :owner AND c.ownerId = :ownerId")
public class RawChunk {

    public static final String OF = "RawChunk.of";
    public static final String DELETE = "RawChunk.delete";

    /** Largest piece: far below the 16 MiB default packet, large enough that a 25 MB mail is 25 rows. */
    public static final int BYTES = 1024 * 1024;

    /** Whose raw bytes these are. */
    public enum Owner { MESSAGE, QUARANTINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Owner owner;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private int seq;

    @Lob
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] data;

    protected RawChunk() {
    }

    public RawChunk(Owner owner, long ownerId, int seq, byte[] data) {
        this.owner = owner;
        this.ownerId = ownerId;
        this.seq = seq;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
