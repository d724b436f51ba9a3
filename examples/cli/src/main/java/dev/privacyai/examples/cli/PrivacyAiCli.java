package dev.privacyai.examples.cli;

import dev.privacyai.impl.redaction.DefaultRedactor;
import dev.privacyai.redaction.RedactionResult;

/** Entry point of the privacy-ai command-line tool (placeholder main; commands are added with picocli). */
public final class PrivacyAiCli {

    private PrivacyAiCli() {
    }

    public static void main(String[] args) {
        RedactionResult r = DefaultRedactor.withDefaults().redact("Mail me at jo@example.com, card 4111 1111 1111 1111");
        System.out.println(r.redactedText());
    }
}
