package se.ingang.api.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/** Builds constraint violations as Bean Validation reports them, without a validator on the test class path. */
final class Violations {

    private Violations() {
    }

    /** Path from "KIND:name" steps, e.g. "METHOD:register", "PARAMETER:body", "PROPERTY:subject", "BEAN:". */
    static Path path(String... steps) {
        var nodes = new ArrayList<Path.Node>();
        for (String step : steps) {
            String[] parts = step.split(":", 2);
            var kind = ElementKind.valueOf(parts[0]);
            String name = parts[1].isEmpty() ? null : parts[1];
            nodes.add(proxy(Path.Node.class, (method, args) -> switch (method) {
                case "getKind" -> kind;
                case "getName" -> name;
                case "toString" -> name == null ? "" : name;
                default -> null;
            }));
        }
        List<Path.Node> fixed = List.copyOf(nodes);
        return proxy(Path.class, (method, args) -> switch (method) {
            case "iterator" -> fixed.iterator();
            case "toString" -> fixed.toString();
            default -> null;
        });
    }

    static ConstraintViolation<?> violation(String message, Path path) {
        return proxy(ConstraintViolation.class, (method, args) -> switch (method) {
            case "getMessage" -> message;
            case "getPropertyPath" -> path;
            case "toString" -> message;
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(Violations.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> answer.answer(method.getName(), args);
                });
    }
}
