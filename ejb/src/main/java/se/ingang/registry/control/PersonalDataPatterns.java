package se.ingang.registry.control;

import java.util.regex.Pattern;

/**
 * The shapes of personal data in Swedish texts that the public-copy redaction looks for, one named
 * pattern each. Every pattern refuses to start or end inside a word or a longer number, so a match
 * is always the whole thing. Written for Swedish letters (\p{L} rather than [a-z]).
 */
final class PersonalDataPatterns {

    /** kalle.anka@example.org, mailto:åsa@exempel.se; local part and domain with Swedish letters. */
    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])(?:mailto:)?[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}",
            Pattern.CASE_INSENSITIVE);

    /** A web address; whether its path is personal is decided by PublicCopyRedaction. Ends before closing punctuation. */
    static final Pattern URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]*[^\\s<>\"'()\\[\\].,;:!?]", Pattern.CASE_INSENSITIVE);

    /** SE45 5000 0000 0583 9825 7466 and other IBANs: country, check digits, four-character groups. */
    static final Pattern IBAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])");

    /**
     * A number that a word names as an account, giro, passport or ID card: "clearingnummer 8327-9",
     * "kontonr: 8327-9, 123 456 789-0", "bankgiro 5050-1055", "PG 12 34 56-7", "passnummer AA1234567".
     * Group 1 is the number; the word stays, so the reader sees what kind of number was removed.
     */
    static final Pattern NAMED_NUMBER = Pattern.compile(
            "(?<!\\p{L})(?:clearing(?:nummer|nr)?|(?:bank)?konto(?:nummer|nr)?|bankgiro(?:nummer)?|plusgiro(?:nummer)?"
                    + "|postgiro(?:nummer)?|bg|pg|iban|account(?: number| no\\.?)?|pass(?:nummer|nr)|passport(?: number| no\\.?)?"
                    + "|id-kort(?:snummer)?|körkort(?:snummer)?|legitimation(?:snummer)?)(?!\\p{L})"
                    + "(?: (?:är|is|nr\\.?|no\\.?))?:? *((?:[A-Z]{1,2} ?)?\\d(?:(?:[ -]|, )?\\d){3,30})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * YYMMDD-NNNN, YYMMDD+NNNN (a hundred years or older), YYYYMMDD-NNNN, YYMMDDNNNN, YYYYMMDDNNNN.
     * Group 1 the date digits, group 2 the four last. Whether the date is real (co-ordination
     * numbers add 60 to the day) is checked by PersonalIdentityNumbers.
     */
    static final Pattern PERSONAL_IDENTITY_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}+-])((?:18|19|20)?\\d{6})(?: ?[-+] ?)?(\\d{4})(?![\\p{L}\\p{N}])");

    /** +46 70 123 45 67, +46 (0)70-123 45 67, 0046 70 123 45 67, +44 20 7946 0958: 7 to 14 digits after the country. */
    static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+-])(?:\\+|00)[1-9]\\d{0,2}(?:[ \\u00A0]?\\(0\\))?(?:(?: ?- ?|[ \\u00A0])?\\d){6,13}(?!\\p{N})");

    /** 070-123 45 67, 08-123 456 78, 046-12 34 56, (08) 123 456 78, 0701234567: a trunk 0, then 6 to 9 digits. */
    static final Pattern NATIONAL_PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+/-])(?:\\(0\\d{1,3}\\)|0\\d{1,3})(?:(?: ?- ?|[ \\u00A0])?\\d){5,9}(?!\\p{N})");

    /** "c/o Holmberg", "c/o Anna Berg": the words that name whom the mail goes through. */
    static final Pattern CARE_OF = Pattern.compile(
            "(?<!\\p{L})c/o[ \\u00A0]+\\p{Lu}[\\p{L}'-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}'-]*){0,2}", Pattern.CASE_INSENSITIVE);

    /** "Box 117": a post-office box. */
    static final Pattern POST_BOX = Pattern.compile("(?<![\\p{L}\\p{N}])Box[ \\u00A0]\\d{1,6}(?!\\p{N})");

    /** The endings of Swedish street names, written together with the name (Storgatan, Kungsvägen). */
    private static final String STREET_ENDINGS = "gatan|gata|vägen|väg|gränden|gränd|stigen|backen|backe|torget|torg|allén"
            + "|allé|alle|plan|planen|leden|stråket|gången|platsen|plats|kajen|kaj|esplanaden|promenaden|ringen|slingan"
            + "|brinken|liden|parken|bron|hagen|udden|kroken|höjden|terrassen";

    /** The same as separate words after a name (Sergels torg, Drottning Kristinas väg, Lilla Allén). */
    private static final String STREET_WORDS = "gata|väg|torg|gränd|allé|plan|backe|stig|park|plats|kaj";

    /**
     * A street address: a street name and a number, with an optional entrance letter ("12 B", "12b",
     * not "12 i"), floor and flat: "Storgatan 12 B", "Stora Södergatan 5, 2 tr", "Sergels torg 12",
     * "Kungsvägen 3 lgh 1102".
     * Group 1 is the street name (checked against words that only look like streets).
     */
    static final Pattern STREET_ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:\\p{Lu}(?:[\\p{L}-]|:(?=\\p{L}))*[ \\u00A0]){0,2}\\p{Lu}[\\p{L}-]*(?:" + STREET_ENDINGS + ")"
                    + "|(?:\\p{Lu}(?:[\\p{L}-]|:(?=\\p{L}))*[ \\u00A0]){1,3}(?i:" + STREET_WORDS + "|" + STREET_ENDINGS + "))"
                    + "[ \\u00A0]+\\d{1,4}(?:[ \\u00A0]?[A-Z]|[a-z])?"
                    + "(?:[ \\u00A0]?,?[ \\u00A0]?(?:\\d{1,2}[ \\u00A0]?(?:tr|trappor|trappa|vån|våning|våningen)\\.?|lgh[ \\u00A0]?\\d{4}))*"
                    + "(?![\\p{L}\\p{N}])");

    /** "222 21 Lund", "SE-222 21 Lund", "22221 Lund", "SE-222 21": a postcode with its town (a town is required without SE-). */
    static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:SE-? ?[1-9]\\d{2} ?\\d{2}(?:[ \\u00A0]+\\p{Lu}[\\p{L}-]+(?:[ \\u00A0]\\p{Lu}[\\p{L}-]+)?)?"
                    + "|[1-9]\\d{2} ?\\d{2}[ \\u00A0]+\\p{Lu}[\\p{L}-]+(?:[ \\u00A0]\\p{Lu}[\\p{L}-]+)?)(?![\\p{L}\\p{N}])");

    /** Nine or more digits in a row that no rule above explained: a customer, OCR or account number. */
    static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}-])\\d{9,}(?![\\p{L}\\p{N}])");

    /** A capitalised word, with hyphenated parts (Maj-Britt): where the name rules look. */
    static final Pattern CAPITALISED_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*(?![\\p{L}\\p{N}_])");

    private PersonalDataPatterns() {
    }
}
