package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PseudonymizationException;
import dev.privacyai.pseudonym.ReidentificationPolicy;
import dev.privacyai.pseudonym.ReidentificationResult;
import dev.privacyai.pseudonym.Reidentifier;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.pseudonym.StreamingReidentifier;
import dev.privacyai.pseudonym.spi.TokenVault;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionException;
import dev.privacyai.redaction.Redactor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The {@link Reidentifier} of {@link DefaultPseudonymizer}. Immutable and thread-safe. */
final class DefaultReidentifier implements Reidentifier {

    private static final Comparator<ReplyFinding> BY_START = Comparator.comparingInt(ReplyFinding::start)
            .thenComparingInt(ReplyFinding::end);

    private final TokenVault vault;
    private final Redactor redactor;
    private final ReidentificationPolicy replyPolicy;
    private final ReidentificationPolicy toolPolicy;

    DefaultReidentifier(TokenVault vault, Redactor redactor, ReidentificationPolicy replyPolicy,
                        ReidentificationPolicy toolPolicy) {
        this.vault = vault;
        this.redactor = redactor;
        this.replyPolicy = replyPolicy;
        this.toolPolicy = toolPolicy;
    }

    private ReplyScanner scanner(ConversationScope scope, ReidentificationPolicy policy) {
        return new ReplyScanner(vault.entries(Objects.requireNonNull(scope, "scope")), policy);
    }

    @Override
    public ReidentificationResult reidentify(String reply, ConversationScope scope) {
        Objects.requireNonNull(reply, "reply");
        ReplyScanner scanner = scanner(scope, replyPolicy);
        StringBuilder out = new StringBuilder(reply.length() + 16);
        ReplyScanner.Sink sink = new ReplyScanner.Sink();
        scanner.process(reply, '\0', true, 0, out, sink);
        return ReidentificationResult.of(out.toString(), sink.replaced, sink.findings);
    }

    @Override
    public StreamingReidentifier stream(ConversationScope scope) {
        return new DefaultStreamingReidentifier(scanner(scope, replyPolicy));
    }

    @Override
    public ReidentificationResult reidentifyToolArguments(String json, ConversationScope scope) {
        Objects.requireNonNull(json, "json");
        ReplyScanner scanner = scanner(scope, toolPolicy);
        List<ReplyFinding> findings = new ArrayList<>();
        int[] replaced = new int[1];
        String out = JsonStrings.rewrite(json, (decoded, offsets, number) -> {
            if (number) {
                return null;
            }
            StringBuilder sb = new StringBuilder(decoded.length() + 16);
            ReplyScanner.Sink sink = new ReplyScanner.Sink();
            scanner.process(decoded, '\0', true, 0, sb, sink);
            replaced[0] += sink.replaced;
            for (ReplyFinding f : sink.findings) {
                findings.add(ReplyFinding.of(f.kind(), f.entityType(), offsets[f.start()], offsets[f.end()]));
            }
            return sink.replaced == 0 ? null : sb.toString();
        });
        findings.sort(BY_START);
        return ReidentificationResult.of(out, replaced[0], findings);
    }

    @Override
    public List<ReplyFinding> check(String reply, ConversationScope scope) {
        Objects.requireNonNull(reply, "reply");
        ReplyScanner scanner = scanner(scope, replyPolicy);
        ReplyScanner.Sink sink = new ReplyScanner.Sink();
        scanner.process(reply, '\0', true, 0, new StringBuilder(reply.length()), sink);
        List<ReplyFinding> out = new ArrayList<>(sink.findings);
        List<Finding> detected;
        try {
            detected = redactor.analyze(reply);
        } catch (RedactionException e) {
            throw new PseudonymizationException("checking the reply failed", e);
        } catch (RuntimeException e) {
            throw new PseudonymizationException("checking the reply failed: " + e.getClass().getSimpleName());
        }
        for (Finding f : detected) {
            boolean placeholder = false;
            for (int[] span : sink.spans) {
                if (f.start() < span[1] && span[0] < f.end()) {
                    placeholder = true;
                    break;
                }
            }
            if (placeholder) {
                continue;
            }
            String value = reply.substring(f.start(), f.end());
            if (vault.find(scope, f.entityType(), Values.matchKey(f.entityType(), value)).isEmpty()) {
                out.add(ReplyFinding.of(ReplyFinding.Kind.UNSEEN_PERSONAL_DATA, f.entityType(), f.start(), f.end()));
            }
        }
        out.sort(BY_START);
        return List.copyOf(out);
    }
}
