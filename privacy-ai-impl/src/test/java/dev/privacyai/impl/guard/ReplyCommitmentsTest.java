package dev.privacyai.impl.guard;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ReplyCommitmentsTest {

    private final ReplyCommitments c = new ReplyCommitments(ReplyCommitments.DEFAULT_PHRASES);

    @Test
    void findsCommitmentsInTheShapesModelsWriteThem() {
        assertThat(c.find("I GUARANTEE it arrives tomorrow!")).containsExactly("i guarantee");
        assertThat(c.find("Good news: your refund has been approved.")).contains("refund has been approved");
        assertThat(c.find("I’ve waived the late fee for you.")).containsExactly("i've waived");
        assertThat(c.find("Don't worry, I promise it's sorted")).containsExactly("i promise");
        assertThat(c.find("Le garantizo que llegará mañana.")).containsExactly("le garantizo");
    }

    @Test
    void negatedOrAbsentCommitmentsAreNotReported() {
        assertThat(c.find("I can't guarantee that, but I'll ask a colleague.")).isEmpty();
        assertThat(c.find("I cannot promise a date.")).isEmpty();
        assertThat(c.find("We do not accept liability for courier delays")).isEmpty();
        assertThat(c.find("Your parcel is on its way.")).isEmpty();
        assertThat(c.find("guaranteeing nothing here; promised land")).isEmpty();
    }

    @Test
    void adversarialInputsComplete() {
        for (String s : new String[]{"i ".repeat(50_000), "not ".repeat(25_000), "....".repeat(25_000),
                "i guarantee".repeat(9_000)}) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> c.find(s));
        }
    }
}
