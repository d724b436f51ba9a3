package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.findings;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlDetectorTest {

    private final Detector d = Detectors.url();

    private List<String> urls(String text) {
        return found(d, EntityType.URL, text);
    }

    @Test
    void findsSchemeUrlsWithPathQueryAndPort() {
        assertThat(urls("see https://www.ScrapbookInsider.com.pt/ now")).containsExactly("https://www.ScrapbookInsider.com.pt/");
        assertThat(urls("HTTP://Example.COM:8080/a/b?x=1&y=2#frag")).containsExactly("HTTP://Example.COM:8080/a/b?x=1&y=2#frag");
        assertThat(urls("ftp://files.example.org/pub/file.txt")).containsExactly("ftp://files.example.org/pub/file.txt");
        assertThat(urls("http://24.27.98.30/pictures/x")).containsExactly("http://24.27.98.30/pictures/x");
    }

    @Test
    void stopsAtTrailingPunctuationAndClosingBrackets() {
        assertThat(urls("Visit https://example.com/page.")).containsExactly("https://example.com/page");
        assertThat(urls("(see https://example.com/a)")).containsExactly("https://example.com/a");
        assertThat(urls("[http://news.example.co.uk/x]")).containsExactly("http://news.example.co.uk/x");
        assertThat(urls("wiki https://en.wikipedia.org/wiki/Foo_(bar) ok"))
                .containsExactly("https://en.wikipedia.org/wiki/Foo_(bar)");
        assertThat(urls("is it https://example.com?")).containsExactly("https://example.com");
    }

    @Test
    void findsWwwAndBareDomains() {
        assertThat(urls("go to www.example.co.uk/path, thanks")).containsExactly("www.example.co.uk/path");
        assertThat(urls("WWW.EXAMPLE.DE")).containsExactly("WWW.EXAMPLE.DE");
        assertThat(urls("try yelp.com for reviews")).containsExactly("yelp.com");
        assertThat(urls("bbc.co.uk")).containsExactly("bbc.co.uk");
        assertThat(urls("Try SanFranGuide.com")).containsExactly("SanFranGuide.com");
    }

    @Test
    void rejectsFileNamesVersionsAndEmailDomains() {
        assertThat(urls("open invoice.pdf and script.py")).isEmpty();
        assertThat(urls("readme.md, setup.sh, v1.2, 3.14")).isEmpty();
        assertThat(urls("write to john.smith@example.com")).isEmpty();
        assertThat(urls("mail jane@mail.example.co.uk today")).isEmpty();
        assertThat(urls("e.g. this i.e. that, Mr.Smith")).isEmpty();
        assertThat(urls("it was done.it was fine")).isEmpty();
        assertThat(urls("http://localhost.x")).isEmpty();
    }

    @Test
    void emailIsNotAlsoReportedAsUrlByTheRedactor() {
        List<Finding> all = DefaultRedactor.withDefaults().analyze("contact me at ann.lee@example.com please");
        assertThat(all).extracting(Finding::entityType).containsExactly(EntityType.EMAIL);
    }

    @Test
    void explanationIsPresent() {
        List<Finding> f = findings(d, "https://example.com/x");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).explanation().pattern()).isEqualTo("scheme://host[/path]");
        assertThat(f.get(0).explanation().reason()).doesNotContain("example");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("a.", 100_000));
        guarded(d, repeat("....", 100_000));
        guarded(d, "http://" + repeat("a", 100_000));
        guarded(d, "http://a.com/" + repeat("(", 100_000));
        guarded(d, repeat("http://", 100_000));
        guarded(d, repeat("www.", 100_000));
        guarded(d, repeat("a1a1a1.com ", 100_000));
    }
}
