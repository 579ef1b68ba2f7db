package se.ingang.registry.boundary;

/** A search of the registry: year, and words in the registry number, case number or title; null does not filter. */
public record RegistryQuery(Integer year, String text, int page, int size) {
}
