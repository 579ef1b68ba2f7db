package se.ingang.registry.boundary;

import java.util.List;
import se.ingang.registry.entity.Registration;

/** One page of the registry, newest number first. */
public record RegistryPage(List<Registration> items, long total, int page, int size) {
}
