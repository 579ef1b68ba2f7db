package se.ingang.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.Topic;
import se.ingang.platform.errors.NotFoundException;

/** Reads the organisation: queues (front-office profiles and back-office groups) and topics. */
@Stateless
public class Organisation {

    @PersistenceContext
    EntityManager em;

    public List<Queue> queues() {
        return em.createNamedQuery(Queue.FIND_ALL, Queue.class).getResultList();
    }

    public List<Topic> topics() {
        return em.createNamedQuery(Topic.FIND_ALL, Topic.class).getResultList();
    }

    public Optional<Queue> findQueue(String code) {
        return em.createNamedQuery(Queue.FIND_BY_CODE, Queue.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Queue queue(String code) {
        return findQueue(code).orElseThrow(() -> new NotFoundException("Queue", code));
    }

    public Optional<Topic> findTopic(String code) {
        return em.createNamedQuery(Topic.FIND_BY_CODE, Topic.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
