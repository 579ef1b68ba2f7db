package se.ingang.api.organisation;

import jakarta.validation.constraints.Size;

/** PUT /api/queues/{code}/signatures: the signature under answers to customers, per language; blank or absent for the default. */
public record SignaturesRequest(@Size(max = 1000) String signatureSv, @Size(max = 1000) String signatureEn) {
}
