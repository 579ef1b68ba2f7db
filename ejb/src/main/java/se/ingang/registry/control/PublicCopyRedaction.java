package se.ingang.registry.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from the texts of a public copy (allmän handling) and says at each place
 * what kind was removed ({@link RedactionMarker}). The rules run from the most specific shape to
 * the loosest, and names last: a name rule that ran first would cut an e-mail address in two
 * ("[…].[…]@example.org") and leave the rest of it, and a phone rule that ran before the
 * personal-number rule would take a personal number for a phone number.
 *
 * Order: known e-mail addresses and phone numbers of the people in the case; e-mail addresses;
 * links with a personal path; IBANs and named account, giro, passport and ID numbers; personal
 * identity and co-ordination numbers; phone numbers; c/o, post-office boxes, street addresses and
 * postcodes with their town; long digit runs; then names: the known names of the people in the case
 * (the customer, the staff who wrote), and the common Swedish first names and surnames of
 * {@link SwedishNames} with the capitalised word that follows a first name. Names are whole,
 * capitalised words; a town named in a sentence ("i Lund") stays, in an address it goes.
 *
 * A machine cannot find everything (a rare foreign name alone, a description of a person): a
 * person still reviews a copy before it goes out.
 */
public final class PublicCopyRedaction {

    private static final Pattern TOKEN_LIKE_SEGMENT = Pattern.compile("(?=[A-Za-z0-9_-]*\\d)[A-Za-z0-9_-]{16,}");
    private static final Pattern PROFILE_PATH = Pattern.compile("/(?:in|u|user|users|profile|profiles|people|person|pub|~)[/.~]?.*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SOCIAL_NETWORKS = Set.of("facebook.com", "instagram.com", "linkedin.com", "x.com",
            "twitter.com", "tiktok.com", "github.com", "youtube.com", "snapchat.com", "threads.net");
    /** Compound words with a street ending that are not streets: "enligt studieplan 2". */
    private static final List<String> NOT_STREETS = List.of("studieplan", "kursplan", "utbildningsplan", "läroplan",
            "handlingsplan", "tidplan", "tidsplan", "arbetsplan", "betalningsplan", "projektplan", "detaljplan",
            "ingången", "utgången", "övergången", "genomgången", "tillgången");
    private static final String SENTENCE_END = ".!?:\n\r";

    private final SwedishNames common;
    private final List<String> knownFullNames;
    private final Set<String> knownNameParts;
    private final Set<String> knownFirstNames;
    private final List<String> knownContactDetails;

    /**
     * @param knownNames the names of the people in the case (customer, staff who wrote); blank ones ignored
     * @param knownContactDetails their e-mail addresses and phone numbers as stored
     */
    public PublicCopyRedaction(Collection<String> knownNames, Collection<String> knownContactDetails) {
        this(SwedishNames.common(), knownNames, knownContactDetails);
    }

    PublicCopyRedaction(SwedishNames common, Collection<String> knownNames, Collection<String> knownContactDetails) {
        this.common = common;
        // Longest first, so "Anna Berg" goes before "Anna".
        this.knownFullNames = cleaned(knownNames);
        this.knownContactDetails = cleaned(knownContactDetails);
        var parts = new HashSet<String>();
        var firsts = new HashSet<String>();
        for (String name : knownFullNames) {
            firsts.add(name.split("[\\s,]+")[0]);
            for (String part : name.split("[\\s,]+")) {
                parts.add(part);
                parts.addAll(List.of(part.split("-")));
            }
        }
        parts.removeIf(p -> p.codePointCount(0, p.length()) < 2);
        this.knownNameParts = Set.copyOf(parts);
        this.knownFirstNames = Set.copyOf(firsts);
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String known : knownContactDetails) {
            result = Pattern.compile(Pattern.quote(known), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement((known.contains("@") ? RedactionMarker.EMAIL : RedactionMarker.PHONE).text()));
        }
        result = replace(result, PersonalDataPatterns.EMAIL, m -> RedactionMarker.EMAIL.text());
        result = replace(result, PersonalDataPatterns.URL, m -> isPersonal(m.group()) ? RedactionMarker.LINK.text() : m.group());
        result = replace(result, PersonalDataPatterns.IBAN, m -> RedactionMarker.IDENTIFIER.text());
        result = replace(result, PersonalDataPatterns.NAMED_NUMBER, m -> m.group().substring(0, m.start(1) - m.start())
                + RedactionMarker.IDENTIFIER.text());
        result = replace(result, PersonalDataPatterns.PERSONAL_IDENTITY_NUMBER, this::personalIdentityNumber);
        result = replace(result, PersonalDataPatterns.INTERNATIONAL_PHONE, m -> RedactionMarker.PHONE.text());
        result = replace(result, PersonalDataPatterns.NATIONAL_PHONE, m -> RedactionMarker.PHONE.text());
        result = replace(result, PersonalDataPatterns.CARE_OF, m -> RedactionMarker.ADDRESS.text());
        result = replace(result, PersonalDataPatterns.POST_BOX, m -> RedactionMarker.ADDRESS.text());
        result = replace(result, PersonalDataPatterns.STREET_ADDRESS, m -> isStreet(m.group(1)) ? RedactionMarker.ADDRESS.text() : m.group());
        result = replace(result, PersonalDataPatterns.POSTCODE, m -> RedactionMarker.ADDRESS.text());
        result = replace(result, PersonalDataPatterns.LONG_NUMBER, m -> RedactionMarker.IDENTIFIER.text());
        for (String name : knownFullNames) {
            result = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(result).replaceAll(Matcher.quoteReplacement(RedactionMarker.NAME.text()));
        }
        result = names(result);
        return mergeAddressParts(result);
    }

    /** Date-shaped numbers are removed even with a wrong check digit, except ten bare digits after a 0: a phone number's rule takes those. */
    private String personalIdentityNumber(MatchResult m) {
        String digits = m.group(1) + m.group(2);
        if (!PersonalIdentityNumbers.isDateShaped(digits)) {
            return m.group();
        }
        boolean bare = m.group().length() == digits.length();
        if (bare && digits.length() == 10 && digits.startsWith("0") && !PersonalIdentityNumbers.hasValidCheckDigit(digits)) {
            return m.group();
        }
        return RedactionMarker.PERSONAL_IDENTITY_NUMBER.text();
    }

    /** A link is personal when its path or query could lead to one person: a profile, a token, a name, an address. */
    private boolean isPersonal(String url) {
        String rest = url.replaceFirst("(?i)^(?:https?://)?", "");
        int pathStart = indexOfAny(rest, "/?#");
        String host = (pathStart < 0 ? rest : rest.substring(0, pathStart)).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = pathStart < 0 ? "" : rest.substring(pathStart);
        if (path.isEmpty() || path.equals("/")) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        return SOCIAL_NETWORKS.stream().anyMatch(n -> host.equals(n) || host.endsWith("." + n))
                || path.contains("?") && path.contains("=") || path.contains("~") || path.contains("@")
                || PROFILE_PATH.matcher(path).matches() || TOKEN_LIKE_SEGMENT.matcher(path).find()
                || knownNameParts.stream().anyMatch(p -> lower.contains(p.toLowerCase(Locale.ROOT)));
    }

    private static boolean isStreet(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NOT_STREETS.stream().noneMatch(lower::endsWith);
    }

    /**
     * Capitalised words that are names: a known name part; a common first name (one that is also a
     * word only when it does not start a sentence, or a capitalised word follows); a common surname
     * (one that is also a word or a place only after a first name); and the capitalised word right
     * after a first name, taken for its surname. Neighbouring names become one marker.
     */
    private String names(String text) {
        var words = PersonalDataPatterns.CAPITALISED_WORD.matcher(text).results().toList();
        int count = words.size();
        boolean[] name = new boolean[count];
        boolean[] firstName = new boolean[count];
        for (int i = 0; i < count; i++) {
            String word = words.get(i).group();
            boolean joinedToNext = i + 1 < count && onlySpaces(text, words.get(i).end(), words.get(i + 1).start());
            boolean joinedToPrevious = i > 0 && onlySpaces(text, words.get(i - 1).end(), words.get(i).start());
            // The genitive too: "Johanssons kurs", "Annas intyg".
            for (String form : word.endsWith("s") ? List.of(word, word.substring(0, word.length() - 1)) : List.of(word)) {
                if (knownFirstNames.contains(form) || isFirstName(form)) {
                    name[i] = firstName[i] = true;
                } else if (knownNameParts.contains(form)) {
                    name[i] = true;
                } else if (common.isAmbiguousFirstName(form) && (!startsSentence(text, words.get(i).start()) || joinedToNext)) {
                    name[i] = firstName[i] = true;
                } else if (common.isSurname(form) || joinedToPrevious && firstName[i - 1]) {
                    name[i] = true;
                } else if (joinedToPrevious && name[i - 1] && common.isAmbiguousSurname(form)) {
                    name[i] = true;
                }
                if (name[i]) {
                    break;
                }
            }
        }
        var out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < count; i++) {
            if (!name[i]) {
                continue;
            }
            int end = i;
            while (end + 1 < count && name[end + 1] && onlySpaces(text, words.get(end).end(), words.get(end + 1).start())) {
                end++;
            }
            out.append(text, copied, words.get(i).start()).append(RedactionMarker.NAME.text());
            copied = words.get(end).end();
            i = end;
        }
        return out.append(text.substring(copied)).toString();
    }

    private boolean isFirstName(String word) {
        return common.isFirstName(word) || word.contains("-") && List.of(word.split("-")).stream()
                .allMatch(p -> common.isFirstName(p) || common.isAmbiguousFirstName(p));
    }

    private static boolean startsSentence(String text, int position) {
        int i = position - 1;
        while (i >= 0 && " \t\u00A0\"'“”(–-".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        return to > from && text.substring(from, to).chars().allMatch(c -> c == ' ' || c == '\u00A0');
    }

    /** "Storgatan 12 B, 222 21 Lund" is one address, though two rules find its street and its postcode. */
    private static String mergeAddressParts(String text) {
        String marker = Pattern.quote(RedactionMarker.ADDRESS.text());
        return text.replaceAll(marker + "(?:[ ,\u00A0]+" + marker + ")+", Matcher.quoteReplacement(RedactionMarker.ADDRESS.text()));
    }

    private static String replace(String text, Pattern pattern, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> cleaned(Collection<String> values) {
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> s.length() >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
