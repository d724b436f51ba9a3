package dev.privacyai.pseudonym;

import dev.privacyai.pseudonym.spi.VaultEntry;
import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymValueTypesTest {

    @Test
    void scopeValidatesAndHidesIds() {
        ConversationScope s = ConversationScope.of("conv-1", "maria@example.org");
        assertThat(s.toString()).doesNotContain("maria", "conv-1").contains("17 chars");
        assertThat(s).isEqualTo(ConversationScope.of("conv-1", "maria@example.org"))
                .isNotEqualTo(ConversationScope.of("conv-1", "other"));
        assertThatThrownBy(() -> ConversationScope.of("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConversationScope.of("c", "s".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("sss");
        assertThatThrownBy(() -> ConversationScope.of(null, "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void placeholderViewNeverPrintsSurrogate() {
        Placeholder p = Placeholder.of(EntityType.EMAIL, 2, "avery.abernathy12@example.com");
        assertThat(p.tag()).isEqualTo("<EMAIL_2>");
        assertThat(p.toString()).isEqualTo("Placeholder{<EMAIL_2>}");
        assertThatThrownBy(() -> Placeholder.of(EntityType.EMAIL, 0, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policyDefaults() {
        ReidentificationPolicy d = ReidentificationPolicy.defaults();
        assertThat(d.modeFor(EntityType.CREDIT_CARD)).isEqualTo(ReinsertionMode.MASKED);
        assertThat(d.modeFor(EntityType.CVV)).isEqualTo(ReinsertionMode.WITHHELD);
        assertThat(d.modeFor(EntityType.EMAIL)).isEqualTo(ReinsertionMode.ORIGINAL);
        assertThat(d.modeFor(EntityType.of("LOYALTY_ID"))).isEqualTo(ReinsertionMode.ORIGINAL);
        ReidentificationPolicy strict = d.toBuilder().otherwise(ReinsertionMode.WITHHELD).build();
        assertThat(strict.modeFor(EntityType.EMAIL)).isEqualTo(ReinsertionMode.WITHHELD);
        assertThat(strict.modeFor(EntityType.CREDIT_CARD)).isEqualTo(ReinsertionMode.MASKED);
        assertThat(ReidentificationPolicy.allOriginal().modeFor(EntityType.CREDIT_CARD))
                .isEqualTo(ReinsertionMode.ORIGINAL);
    }

    @Test
    void resultsAndEntriesPrintNoValues() {
        Finding f = Finding.of(EntityType.EMAIL, 0, 10, 0.9, "email", Explanation.builder().build());
        PseudonymizationResult r = PseudonymizationResult.of("<EMAIL_1> hi", List.of(f),
                List.of(Placeholder.of(EntityType.EMAIL, 1, "<EMAIL_1>")));
        assertThat(r.toString()).contains("EMAIL=1").doesNotContain("hi");
        ReidentificationResult back = ReidentificationResult.of("jo@firm.io hi", 1, List.of());
        assertThat(back.toString()).doesNotContain("jo@");
        VaultEntry e = VaultEntry.of(EntityType.EMAIL, 1, "jo@firm.io", "a.b@example.com", Instant.EPOCH);
        assertThat(e.toString()).isEqualTo("VaultEntry{<EMAIL_1>}");
        assertThat(SubjectProfile.builder().identity(EntityType.PERSON, "Maria Gonzalez", "Maria").build()
                .toString()).doesNotContain("Maria");
        assertThat(ReplyFinding.of(ReplyFinding.Kind.UNSEEN_PERSONAL_DATA, EntityType.EMAIL, 3, 9).toString())
                .isEqualTo("ReplyFinding{UNSEEN_PERSONAL_DATA EMAIL [3,9)}");
        assertThatThrownBy(() -> ReplyFinding.of(ReplyFinding.Kind.UNKNOWN_PLACEHOLDER, EntityType.EMAIL, 3, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void profileRejectsBlankForms() {
        assertThatThrownBy(() -> SubjectProfile.builder().identity(EntityType.PERSON, " "))
                .isInstanceOf(IllegalArgumentException.class);
        SubjectProfile p = SubjectProfile.builder().identity(EntityType.PERSON, " Maria Gonzalez ", "Maria").build();
        assertThat(p.identities().get(0).canonical()).isEqualTo("Maria Gonzalez");
        assertThat(p.identities().get(0).aliases()).containsExactly("Maria");
    }
}
