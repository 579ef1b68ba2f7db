package se.ingang.api.attachments;

import java.time.Instant;
import se.ingang.attachments.entity.CaseAttachment;

/**
 * A file of a case; its bytes at /api/cases/{number}/attachments/{id}. source is MAIL or FORM;
 * entryId the timeline message it came with, mailMessageId the e-mail (null when none).
 */
public record AttachmentView(long id, String fileName, String contentType, long size, String source, Long entryId,
                             Long mailMessageId, String contentId, boolean inline, Instant receivedAt) {

    static AttachmentView of(CaseAttachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSize(),
                a.getMailMessageId() == null ? "FORM" : "MAIL", a.getEntryId(), a.getMailMessageId(), a.getContentId(),
                a.isInline(), a.getReceivedAt());
    }
}
