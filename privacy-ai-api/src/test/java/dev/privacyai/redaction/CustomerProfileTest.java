package dev.privacyai.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerProfileTest {

    private static final CustomerProfile P = CustomerProfile.builder()
            .fullName("  Ana Pérez ")
            .otherNames("Annie", " ", null)
            .emails("ana@example.com", "ana@example.com")
            .phones("+34 600 123 456")
            .addresses("Calle Mayor 5, 28013 Madrid")
            .identifier("ACC-1", EntityType.ACCOUNT_NUMBER)
            .identifier(" ", EntityType.ACCOUNT_NUMBER)
            .build();

    @Test
    void keepsValuesStrippedAndDropsBlanksAndDuplicates() {
        assertThat(P.fullName()).contains("Ana Pérez");
        assertThat(P.otherNames()).containsExactly("Annie");
        assertThat(P.emails()).containsExactly("ana@example.com");
        assertThat(P.identifiers()).containsExactly(java.util.Map.entry("ACC-1", EntityType.ACCOUNT_NUMBER));
        assertThat(P.isEmpty()).isFalse();
        assertThat(CustomerProfile.empty().isEmpty()).isTrue();
    }

    @Test
    void toStringPrintsCountsNeverValues() {
        String s = P.toString();
        assertThat(s).doesNotContain("Ana").doesNotContain("Pérez").doesNotContain("example")
                .doesNotContain("600").doesNotContain("Madrid").doesNotContain("ACC").contains("emails=1");
        RedactionContext ctx = RedactionContext.builder().customerProfile(P).build();
        assertThat(ctx.toString()).doesNotContain("Ana").doesNotContain("600").contains("customerProfile=");
    }

    @Test
    void contextCarriesTheProfileAndStaysBackwardCompatible() {
        RedactionContext ctx = RedactionContext.builder().customerProfile(P).build();
        assertThat(ctx.customerProfile()).isEqualTo(P);
        assertThat(ctx.toBuilder().build()).isEqualTo(ctx);
        assertThat(RedactionContext.defaults().customerProfile().isEmpty()).isTrue();
        assertThat(RedactionContext.builder().customerProfile(null).build()).isEqualTo(RedactionContext.defaults());
        assertThat(ctx).isNotEqualTo(RedactionContext.defaults());
    }
}
