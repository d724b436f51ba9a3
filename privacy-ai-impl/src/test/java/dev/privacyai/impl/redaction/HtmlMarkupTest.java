package dev.privacyai.impl.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlMarkupTest {

    @Test
    void bareFormattingTagsAndNoBreakSpacesBecomeSpacesOfTheSameLength() {
        assertThat(HtmlMarkup.blanked("Thanks,<br>Kevin<BR/>x</p><div>y</div>"))
                .isEqualTo("Thanks,    Kevin     x         y      ");
        assertThat(HtmlMarkup.blanked("Tom&nbsp;Baker&#160;!")).isEqualTo("Tom      Baker      !");
        String text = "a<br>b&nbsp;c";
        assertThat(HtmlMarkup.blanked(text)).hasSameSizeAs(text);
    }

    @Test
    void tagsWithAttributesOtherTagsAndOtherEntitiesStayAsWritten() {
        String mailto = "<a href=\"mailto:john@x.com\">write</a>";
        assertThat(HtmlMarkup.blanked(mailto)).isEqualTo("<a href=\"mailto:john@x.com\">write    ");
        assertThat(HtmlMarkup.blanked("J Smith <j@smith.io>")).isEqualTo("J Smith <j@smith.io>");
        assertThat(HtmlMarkup.blanked("a < b > c &amp; <name> <br")).isEqualTo("a < b > c &amp; <name> <br");
        String plain = "no markup here";
        assertThat(HtmlMarkup.blanked(plain)).isSameAs(plain);
    }

    @Test
    void theRedactorSeesNamesBetweenTagsOnTheEmailChannelAndKeepsTheTagsInItsOutput() {
        dev.privacyai.redaction.RedactionContext email = dev.privacyai.redaction.RedactionContext.builder()
                .channel(dev.privacyai.redaction.Channel.EMAIL).build();
        assertThat(DefaultRedactor.withDefaults().redact("Thanks,<br>Kevin O'Hara<br>kevin.ohara@gmail.com", email)
                .redactedText()).isEqualTo("Thanks,<br>[PERSON]<br>[EMAIL]");
        assertThat(DefaultRedactor.withDefaults().redact("<div>Tom Baker</div>", email).redactedText())
                .isEqualTo("<div>[PERSON]</div>");
    }

    @Test
    void adversarialInputsAreLinear() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            HtmlMarkup.blanked("<br>".repeat(25_000));
            HtmlMarkup.blanked("<".repeat(100_000));
            HtmlMarkup.blanked("&nbsp".repeat(20_000));
            HtmlMarkup.blanked("<aaaaaaaaaaaaaaaaaaaa".repeat(5_000));
        });
    }

    @Test
    void bareTagEndAndInlineTagTellTagsApart() {
        String t = "<td>a</TD><b>c<br/><span class=x>";
        assertThat(HtmlMarkup.bareTagEnd(t, 0)).isEqualTo(4);
        assertThat(HtmlMarkup.inlineTag(t, 0)).isFalse();
        assertThat(HtmlMarkup.bareTagEnd(t, 5)).isEqualTo(10);
        assertThat(HtmlMarkup.bareTagEnd(t, 10)).isEqualTo(13);
        assertThat(HtmlMarkup.inlineTag(t, 10)).isTrue();
        assertThat(HtmlMarkup.bareTagEnd(t, 14)).isEqualTo(19);
        assertThat(HtmlMarkup.bareTagEnd(t, 19)).isEqualTo(-1); // attributes: not a bare tag
        assertThat(HtmlMarkup.bareTagEnd(t, 1)).isEqualTo(-1);  // no '<' there
    }
}
