package se.ingang.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.organisation.entity.StaffUser;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;

/** Staff users and their queue memberships. */
@Stateless
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<StaffUser> findUser(String username) {
        return em.createNamedQuery(StaffUser.FIND_BY_USERNAME, StaffUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public List<StaffUser> usersWithRole(StaffRole role) {
        return em.createNamedQuery(StaffUser.WITH_ROLE, StaffUser.class).setParameter("role", role).getResultList();
    }

    public StaffUser addUser(String username, String displayName, String email, StaffRole role, String... queueCodes) {
        if (findUser(username).isPresent()) {
            throw new ActionNotAllowedException("Staff user '" + username + "' already exists");
        }
        var user = new StaffUser(username, displayName, email, EnumSet.of(role));
        for (String code : queueCodes) {
            var queue = em.createNamedQuery(Queue.FIND_BY_CODE, Queue.class)
                    .setParameter("code", code).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("queues", "unknown queue '" + code + "'"));
            user.joinQueue(queue);
        }
        em.persist(user);
        return user;
    }
}
