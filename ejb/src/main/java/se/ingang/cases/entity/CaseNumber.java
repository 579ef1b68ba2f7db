package se.ingang.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/** The number staff and customers use for a case: the year and a yearly sequence, "2026-000123". */
@Embeddable
public class CaseNumber {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6,})");

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String value;

    protected CaseNumber() {
    }

    private CaseNumber(String value) {
        this.value = value;
    }

    public static CaseNumber of(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return new CaseNumber(String.format("%04d-%06d", year, sequence));
    }

    public static CaseNumber parse(String text) {
        if (text == null || !FORMAT.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("not a case number: " + text);
        }
        return new CaseNumber(text.trim());
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseNumber other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
