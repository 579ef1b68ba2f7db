package se.ingang.organisation.entity;

/** A stored password: SCRAM-SHA-256 salted password and salt (Base64) and its iteration count. */
public record PasswordHash(String hash, String salt, int iterations) {

    @Override
    public String toString() {
        return "PasswordHash[" + iterations + " iterations]";
    }
}
