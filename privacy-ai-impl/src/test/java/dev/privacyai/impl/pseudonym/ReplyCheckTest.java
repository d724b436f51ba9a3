package dev.privacyai.impl.pseudonym;

import dev.privacyai.pseudonym.ConversationScope;
import dev.privacyai.pseudonym.PlaceholderStyle;
import dev.privacyai.pseudonym.ReplyFinding;
import dev.privacyai.pseudonym.ReplyFinding.Kind;
import dev.privacyai.redaction.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyCheckTest {

    private static final ConversationScope SCOPE = ConversationScope.of("check-conv", "check-subject");

    @Test
    void reportsInventedPlaceholdersAndUnseenPersonalData() {
        DefaultPseudonymizer p = DefaultPseudonymizer.withDefaults();
        p.pseudonymize("my mail is jo@firm.io", SCOPE);
        String reply = "I emailed <EMAIL_1> and <EMAIL_2>; also cc boss@firm.io, ref PHONE_3.";
        List<ReplyFinding> findings = p.reidentifier().check(reply, SCOPE);
        int e2 = reply.indexOf("<EMAIL_2>");
        int boss = reply.indexOf("boss@firm.io");
        int phone = reply.indexOf("PHONE_3");
        assertThat(findings).containsExactly(
                ReplyFinding.of(Kind.UNKNOWN_PLACEHOLDER, EntityType.EMAIL, e2, e2 + 9),
                ReplyFinding.of(Kind.UNSEEN_PERSONAL_DATA, EntityType.EMAIL, boss, boss + 12),
                ReplyFinding.of(Kind.UNKNOWN_PLACEHOLDER, EntityType.PHONE, phone, phone + 7));
        assertThat(findings.toString()).doesNotContain("boss", "firm");
    }

    @Test
    void valuesSeenInThePromptAndSurrogatesAreNotReported() {
        DefaultPseudonymizer p = DefaultPseudonymizer.builder().style(PlaceholderStyle.SURROGATE).build();
        String surrogate = p.pseudonymize("my mail is jo@firm.io", SCOPE).placeholders().get(0).text();
        // the model repeating the surrogate, or (if leaked some other way) the original value, is not "unseen"
        assertThat(p.reidentifier().check("Sure, " + surrogate + " / JO@firm.io", SCOPE)).isEmpty();
        assertThat(p.reidentifier().check("Write to someone.else@gmail.com", SCOPE))
                .extracting(ReplyFinding::kind).containsExactly(Kind.UNSEEN_PERSONAL_DATA);
    }

    @Test
    void reidentifyAlsoReportsUnknownPlaceholdersButLeavesThem() {
        DefaultPseudonymizer p = DefaultPseudonymizer.withDefaults();
        var r = p.reidentifier().reidentify("Hi <PERSON_1>", SCOPE);
        assertThat(r.text()).isEqualTo("Hi <PERSON_1>");
        assertThat(r.findings()).extracting(ReplyFinding::kind).containsExactly(Kind.UNKNOWN_PLACEHOLDER);
    }
}
