package se.ingang.publicform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.CustomerGroup;

/**
 * What the public form requires. Every problem is reported at once, field by field, in the
 * order the fields appear, so the customer can fix everything in one go.
 */
public final class FormRules {

    /** Enough to catch typing mistakes; the receipt mail is the real test of an address. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,}$");

    private FormRules() {
    }

    public static List<FormError> check(WebFormInput input, String currentPrivacyVersion, FormLimits limits) {
        var errors = new ArrayList<FormError>();
        if (blank(input.customerGroup())) {
            errors.add(FormError.of("customerGroup", "error.customerGroup.required"));
        } else if (!isOneOf(CustomerGroup.class, input.customerGroup())) {
            errors.add(FormError.of("customerGroup", "error.choice.invalid"));
        }
        if (blank(input.type())) {
            errors.add(FormError.of("type", "error.type.required"));
        } else if (!isOneOf(CaseType.class, input.type())
                || !CaseType.valueOf(input.type().strip().toUpperCase(Locale.ROOT)).isChoosable()) {
            errors.add(FormError.of("type", "error.choice.invalid"));
        }
        text(errors, "subject", input.subject(), FormLimits.MAX_SUBJECT);
        text(errors, "message", input.message(), FormLimits.MAX_MESSAGE);
        errors.addAll(attachments("attachments", input.uploads(), limits));
        text(errors, "name", input.name(), FormLimits.MAX_NAME);
        contact(errors, input.email(), input.phone());
        if (!input.consent()) {
            errors.add(FormError.of("consent", "error.consent.required"));
        } else if (!currentPrivacyVersion.equals(input.consentTextVersion())) {
            // The page showed an older text than the one in force: the customer must see the new one.
            errors.add(FormError.of("consent", "error.consent.outdated"));
        }
        return errors;
    }

    /** A reply on the status page: a message and (optionally) files. */
    public static List<FormError> checkReply(String message, List<Upload> uploads, FormLimits limits) {
        var errors = new ArrayList<FormError>();
        text(errors, "reply", message, FormLimits.MAX_MESSAGE);
        errors.addAll(attachments("replyAttachments", uploads, limits));
        return errors;
    }

    /** The honeypot: people never see the field, so anything in it came from a robot. */
    public static boolean looksAutomated(WebFormInput input) {
        return !blank(input.website());
    }

    static List<FormError> attachments(String field, List<Upload> uploads, FormLimits limits) {
        var errors = new ArrayList<FormError>();
        var chosen = uploads == null ? List.<Upload>of() : uploads.stream().filter(u -> !u.isEmpty()).toList();
        if (chosen.size() > limits.maxFiles()) {
            errors.add(FormError.of(field, "error.attachments.tooMany", limits.maxFiles()));
            return errors;
        }
        long total = 0;
        for (var upload : chosen) {
            total += upload.size();
            if (upload.size() > limits.maxFileBytes()) {
                errors.add(FormError.of(field, "error.attachments.fileTooLarge", upload.safeFileName(),
                        megabytes(limits.maxFileBytes())));
            }
        }
        if (errors.isEmpty() && total > limits.maxTotalBytes()) {
            errors.add(FormError.of(field, "error.attachments.totalTooLarge", megabytes(limits.maxTotalBytes())));
        }
        return errors;
    }

    private static void contact(List<FormError> errors, String email, String phone) {
        if (blank(email) && blank(phone)) {
            errors.add(FormError.of("email", "error.contact.required"));
            return;
        }
        if (!blank(email) && (email.strip().length() > FormLimits.MAX_EMAIL || !EMAIL.matcher(email.strip()).matches())) {
            errors.add(FormError.of("email", "error.email.invalid"));
        }
        if (!blank(phone) && (phone.strip().length() > FormLimits.MAX_PHONE || !PHONE.matcher(phone.strip()).matches())) {
            errors.add(FormError.of("phone", "error.phone.invalid"));
        }
    }

    private static void text(List<FormError> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(FormError.of(field, "error." + field + ".required"));
        } else if (value.strip().length() > max) {
            errors.add(FormError.of(field, "error.text.tooLong", max));
        }
    }

    private static <E extends Enum<E>> boolean isOneOf(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
