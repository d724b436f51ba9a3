package dev.privacyai.redaction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiValueTypesTest {

    private static Explanation explanation() {
        return Explanation.builder().pattern("p").validator("luhn").baseScore(0.8)
                .cue(Explanation.ContextCue.of("card number", 0.15, "text")).reason("16 digits").build();
    }

    @Test
    void entityTypeOfReturnsWellKnownConstantAndAcceptsHostTypes() {
        assertThat(EntityType.of("EMAIL")).isSameAs(EntityType.EMAIL);
        EntityType loyalty = EntityType.of("LOYALTY_ID");
        assertThat(loyalty).isEqualTo(EntityType.of("LOYALTY_ID")).hasToString("LOYALTY_ID");
        assertThat(EntityType.wellKnown()).contains(EntityType.IBAN, EntityType.UK_NHS).doesNotContain(loyalty);
        assertThat(EntityType.of("UK_SORT_CODE")).isSameAs(EntityType.UK_SORT_CODE);
        assertThat(EntityType.wellKnown()).contains(EntityType.UK_SORT_CODE);
    }

    @Test
    void entityTypeRejectsBadNames() {
        assertThatThrownBy(() -> EntityType.of(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> EntityType.of("email")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityType.of("1ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityType.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findingValidatesSpanAndScore() {
        assertThatThrownBy(() -> Finding.of(EntityType.EMAIL, -1, 3, 0.5, "d", explanation()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.of(EntityType.EMAIL, 3, 3, 0.5, "d", explanation()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.of(EntityType.EMAIL, 0, 3, 1.5, "d", explanation()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.of(EntityType.EMAIL, 0, 3, Double.NaN, "d", explanation()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.of(null, 0, 3, 0.5, "d", explanation()))
                .isInstanceOf(NullPointerException.class).hasMessage("entityType");
    }

    @Test
    void findingOverlapAndToString() {
        Finding a = Finding.of(EntityType.CREDIT_CARD, 5, 24, 0.95, "credit-card", explanation());
        Finding b = Finding.of(EntityType.PHONE, 20, 30, 0.6, "phone", explanation());
        Finding c = Finding.of(EntityType.PHONE, 24, 30, 0.6, "phone", explanation());
        assertThat(a.overlaps(b)).isTrue();
        assertThat(a.overlaps(c)).isFalse();
        assertThat(a.toString()).contains("CREDIT_CARD", "[5,24)", "0.95", "credit-card");
        assertThat(explanation().toString()).contains("luhn", "card number", "+0.15");
    }

    @Test
    void resultToStringHasCountsOnlyNeverText() {
        String original = "mail jo.secret@example.com now";
        Finding f = Finding.of(EntityType.EMAIL, 5, 26, 0.95, "email", explanation());
        RedactionResult r = RedactionResult.of("mail [EMAIL] now", List.of(f), original.length());
        assertThat(r.toString()).contains("EMAIL=1").doesNotContain("jo.secret", "example.com", "[EMAIL] now");
        assertThat(r.countsByType()).containsEntry(EntityType.EMAIL, 1);
        assertThat(r.isClean()).isFalse();
    }

    @Test
    void resultRejectsOverlappingOrOutOfRangeFindings() {
        Finding a = Finding.of(EntityType.EMAIL, 0, 10, 0.9, "email", explanation());
        Finding b = Finding.of(EntityType.PHONE, 5, 12, 0.9, "phone", explanation());
        assertThatThrownBy(() -> RedactionResult.of("x", List.of(a, b), 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedactionResult.of("x", List.of(a), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contextToStringHidesAllowListAndPrompt() {
        RedactionContext ctx = RedactionContext.builder().regions("us", "GB").channel(Channel.VOICE)
                .allow("support@acme.example").previousAssistantPrompt("What is your card number, Maria?").build();
        assertThat(ctx.regions()).containsExactly("GB", "US");
        assertThat(ctx.isAllowed("SUPPORT@acme.example")).isTrue();
        assertThat(ctx.previousAssistantPrompt()).contains("What is your card number, Maria?");
        assertThat(ctx.toString()).doesNotContain("support@acme", "Maria", "card number").contains("VOICE", "1 values");
        assertThat(ctx.toBuilder().build()).isEqualTo(ctx);
        assertThatThrownBy(() -> RedactionContext.builder().regions("USA")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RedactionContext.defaults().channel()).isEqualTo(Channel.CHAT);
        assertThat(RedactionContext.defaults().previousAssistantPrompt()).isEmpty();
    }

    @Test
    void operatorsAndPolicy() {
        assertThat(RedactionOperator.mask(4).keepLast()).isEqualTo(4);
        assertThatThrownBy(() -> RedactionOperator.mask(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedactionOperator.mask('x', 2)).isInstanceOf(IllegalArgumentException.class);
        RedactionPolicy p = RedactionPolicy.builder().operator(EntityType.CREDIT_CARD, RedactionOperator.mask(4))
                .defaultOperator(RedactionOperator.tag()).minScore(0.6).build();
        assertThat(p.operatorFor(EntityType.CREDIT_CARD).kind()).isEqualTo(RedactionOperator.Kind.MASK);
        assertThat(p.operatorFor(EntityType.EMAIL)).isEqualTo(RedactionOperator.tag());
        assertThat(p.usesKeyedHash()).isFalse();
        assertThat(RedactionPolicy.builder().operator(EntityType.EMAIL, RedactionOperator.keyedHash()).build()
                .usesKeyedHash()).isTrue();
        assertThatThrownBy(() -> RedactionPolicy.builder().minScore(1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RedactionPolicy.defaults().minScore()).isEqualTo(RedactionPolicy.DEFAULT_MIN_SCORE);
    }
}
