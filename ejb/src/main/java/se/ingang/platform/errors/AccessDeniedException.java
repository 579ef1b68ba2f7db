package se.ingang.platform.errors;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not see or do this (HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
