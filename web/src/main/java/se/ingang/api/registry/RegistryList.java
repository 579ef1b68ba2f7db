package se.ingang.api.registry;

import java.util.List;

/** A page of the registry. */
public record RegistryList(List<RegistrationView> items, long total, int page, int size) {
}
