package se.ingang.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.consultations.entity.ConsultationStatus;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.customers.entity.OrganisationKind;
import se.ingang.organisation.entity.AssignmentPolicy;
import se.ingang.organisation.entity.QueueKind;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.sla.entity.DeadlineKind;

/**
 * Every text the workspace's pages ask for exists in Swedish and in English, so no page shows
 * Faces' "???key???" and no page shows a raw enum code (a key built from a prefix and a value,
 * like msg['priority.' += row.priority], must exist for every value of that enum).
 */
class BundleKeysTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern FIXED_KEY = Pattern.compile("msg\\['([^'\\]]+)'\\]");
    private static final Pattern BUILT_KEY = Pattern.compile("msg\\['([^'\\]]+\\.)' \\+=");

    /** The prefixes the pages build keys from, and the enum whose values follow them. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("channel.", Channel.class), Map.entry("priority.", Priority.class),
            Map.entry("status.", CaseStatus.class), Map.entry("type.", CaseType.class),
            Map.entry("group.", CustomerGroup.class), Map.entry("admin.role.", StaffRole.class),
            Map.entry("admin.kind.", QueueKind.class), Map.entry("admin.policy.", AssignmentPolicy.class),
            Map.entry("consultStatus.", ConsultationStatus.class), Map.entry("deadlineKind.", DeadlineKind.class),
            Map.entry("orgKind.", OrganisationKind.class), Map.entry("deadline.", DeadlineState.class));

    @Test
    void everyKeyThePagesUseIsInBothBundles() throws IOException {
        var keys = new TreeSet<String>();
        for (String page : pages()) {
            FIXED_KEY.matcher(page).results().forEach(m -> keys.add(m.group(1)));
        }
        assertThat(keys).as("keys found in the pages").hasSizeGreaterThan(100).contains("error.notFound.title");
        assertThat(missing(keys, bundle("messages.properties"))).as("missing in Swedish").isEmpty();
        assertThat(missing(keys, bundle("messages_en.properties"))).as("missing in English").isEmpty();
    }

    @Test
    void everyEnumValueAPageShowsHasATextInBothBundles() throws IOException {
        var keys = new TreeSet<String>();
        var unknownPrefixes = new TreeSet<String>();
        for (String page : pages()) {
            BUILT_KEY.matcher(page).results().map(m -> m.group(1)).forEach(prefix -> {
                var type = ENUM_PREFIXES.get(prefix);
                if (type == null) {
                    unknownPrefixes.add(prefix);
                    return;
                }
                for (var value : type.getEnumConstants()) {
                    keys.add(prefix + value.name());
                }
            });
        }
        assertThat(keys).as("keys built from enums").contains("priority.HIGH", "channel.EMAIL", "deadline.OVERDUE");
        assertThat(missing(keys, bundle("messages.properties"))).as("missing in Swedish").isEmpty();
        assertThat(missing(keys, bundle("messages_en.properties"))).as("missing in English").isEmpty();
        // Prefixes over other value sets (sort orders, dashboard periods …) are checked by the browser tests' "???" scan.
        assertThat(unknownPrefixes).doesNotContainAnyElementsOf(ENUM_PREFIXES.keySet());
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        var swedish = bundle("messages.properties").stringPropertyNames();
        var english = bundle("messages_en.properties").stringPropertyNames();
        assertThat(missing(swedish, bundle("messages_en.properties"))).as("only in Swedish").isEmpty();
        assertThat(missing(english, bundle("messages.properties"))).as("only in English").isEmpty();
    }

    private static List<String> missing(java.util.Collection<String> keys, Properties bundle) {
        return keys.stream().filter(k -> !bundle.containsKey(k)).toList();
    }

    private static List<String> pages() throws IOException {
        var texts = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).as("pages under " + PAGES.toAbsolutePath()).hasSizeGreaterThan(20);
        return texts;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/se/ingang/web/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
