package se.ingang.mail.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import se.ingang.mail.entity.RawChunk;

/**
 * Raw messages too large for one row, in chunks of {@link RawChunk#BYTES}, each flushed on its
 * own so that Hibernate never sends two in one statement. Part of the caller's transaction.
 */
@Stateless
public class RawMailStore {

    @PersistenceContext
    EntityManager em;

    /** Writes the bytes as chunks of the owner; returns how many. */
    public int keep(RawChunk.Owner owner, long ownerId, byte[] raw) {
        int seq = 0;
        for (int from = 0; from < raw.length; from += RawChunk.BYTES) {
            var chunk = new RawChunk(owner, ownerId, seq++, Arrays.copyOfRange(raw, from, Math.min(raw.length, from + RawChunk.BYTES)));
            em.persist(chunk);
            em.flush();
            em.detach(chunk); // its bytes are not needed again in this transaction
        }
        return seq;
    }

    public byte[] read(RawChunk.Owner owner, long ownerId) {
        var out = new ByteArrayOutputStream();
        em.createNamedQuery(RawChunk.OF, RawChunk.class).setParameter("owner", owner).setParameter("ownerId", ownerId)
                .getResultStream().forEach(c -> {
                    out.writeBytes(c.getData());
                    em.detach(c);
                });
        return out.toByteArray();
    }

    public void delete(RawChunk.Owner owner, long ownerId) {
        em.createNamedQuery(RawChunk.DELETE).setParameter("owner", owner).setParameter("ownerId", ownerId).executeUpdate();
    }
}
