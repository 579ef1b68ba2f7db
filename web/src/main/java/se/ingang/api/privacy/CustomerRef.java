package se.ingang.api.privacy;

/** Enough to act on a person: their id. */
public record CustomerRef(long id) {
}
