package se.ingang.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Session- and view-scoped beans travel with the HTTP session to the other nodes of a cluster
 * (the web app is distributable), so everything they hold must be serializable. This finds
 * them all in the web module's classes and checks each field's declared type, including the
 * element types of collections: a List of entities would only fail at replication time.
 * Injected beans are proxies the container serializes itself.
 */
class PassivatingBeansTest {

    @Test
    void sessionAndViewScopedBeansHoldOnlySerializableState() throws Exception {
        var beans = passivatingBeans();
        assertThat(beans).as("found the workspace's view-scoped beans").isNotEmpty();
        var problems = new ArrayList<String>();
        for (var bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    if (!serializable(field.getGenericType(), new java.util.HashSet<>())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
                    }
                }
            }
        }
        assertThat(problems).as("fields that cannot be replicated with the session").isEmpty();
    }

    /** Serializable all the way down: records (our view rows, DTOs) are checked component by component. */
    private static boolean serializable(Type type, java.util.Set<Type> seen) {
        if (!seen.add(type)) {
            return true;
        }
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return true;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                return false;
            }
            return !c.isRecord() || Stream.of(c.getRecordComponents()).allMatch(r -> serializable(r.getGenericType(), seen));
        }
        if (type instanceof ParameterizedType p) {
            var raw = (Class<?>) p.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            if (!container && !Serializable.class.isAssignableFrom(raw) || raw == Optional.class) {
                return false;
            }
            // List, Map, ... are interfaces: what they hold decides (List.of() and toList() are serializable).
            return Stream.of(p.getActualTypeArguments()).allMatch(t -> serializable(t, seen));
        }
        if (type instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds()).allMatch(t -> serializable(t, seen));
        }
        return false;
    }

    private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(PassivatingBeansTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes");
        try (var files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(PassivatingBeansTest::load)
                    .filter(c -> c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)
                            || c.isAnnotationPresent(ConversationScoped.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
