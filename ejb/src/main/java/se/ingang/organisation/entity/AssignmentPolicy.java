package se.ingang.organisation.entity;

/** How a case that lands in a queue gets an owner; an administrator chooses it per queue. */
public enum AssignmentPolicy {
    /** Nobody is chosen: a member claims the case by hand. */
    MANUAL,
    /** The members take turns, in username order. */
    ROUND_ROBIN,
    /** The present member with the fewest open cases assigned. */
    LEAST_LOADED
}
