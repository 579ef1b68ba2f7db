package org.hibernate;

/**
 * Test stand-in for Hibernate's exception of the same name. The web module does not depend on
 * Hibernate and recognises the real one by class name, which is what this lets us test.
 */
public class StaleStateException extends RuntimeException {

    public StaleStateException(String message) {
        super(message);
    }
}
