package se.ingang.api.cases;

/** Input limits shared by several requests; they mirror the column sizes of the case tables. */
final class Limits {

    /** Queue and topic codes. */
    static final int CODE = 64;
    /** Staff usernames and timeline authors. */
    static final int AUTHOR = 100;
    /** Messages, replies, questions and notes. */
    static final int TEXT = 100_000;

    private Limits() {
    }
}
