package se.ingang.audit.boundary;

/** How a member of staff reached personal data: the REST API or a page of the staff workspace. */
public enum ReadChannel {
    API,
    PAGE
}
