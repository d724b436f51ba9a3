package dev.privacyai.impl.redaction;

import static dev.privacyai.impl.redaction.DetectorAssertions.found;
import static dev.privacyai.impl.redaction.DetectorAssertions.guarded;
import static dev.privacyai.impl.redaction.DetectorAssertions.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.privacyai.redaction.EntityType;
import dev.privacyai.redaction.spi.Detector;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDetectorTest {

    private final Detector d = Detectors.email();

    private List<String> emails(String text) {
        return found(d, EntityType.EMAIL, text);
    }

    @Test
    void findsAddresses() {
        assertThat(emails("mail jo@example.com today")).containsExactly("jo@example.com");
        assertThat(emails("john.doe+tag@mail.example.co.uk.")).containsExactly("john.doe+tag@mail.example.co.uk");
        // internationalized: letters of any script in the local part and the domain
        assertThat(emails("email jürgen@müller.de, or françois.dupré@exemple.fr"))
                .containsExactly("jürgen@müller.de", "françois.dupré@exemple.fr");
        assertThat(emails("JOHN@EXAMPLE.COM")).containsExactly("JOHN@EXAMPLE.COM");
        assertThat(emails("<jane@x.org>")).containsExactly("jane@x.org");
    }

    @Test
    void rejectsShapesThatAreNotAddresses() {
        assertThat(emails("@@@@ and a@b and user@localhost and x@y.c")).isEmpty();
        assertThat(emails("meet me @ 5")).isEmpty();
    }

    @Test
    void findsAddressesWithAtAndDotWrittenOut() {
        assertThat(emails("email is john dot doe at gmail dot com")).containsExactly("john dot doe at gmail dot com");
        assertThat(emails("write to john[at]gmail[dot]com")).containsExactly("john[at]gmail[dot]com");
        assertThat(emails("contact: jane (at) example (dot) org")).containsExactly("jane (at) example (dot) org");
        assertThat(emails("my address is jane.doe at example.com")).containsExactly("jane.doe at example.com");
        assertThat(emails("john_smith at yahoo dot co dot uk")).containsExactly("john_smith at yahoo dot co dot uk");
        assertThat(emails("email johnsmith84 at gmail dot com")).containsExactly("johnsmith84 at gmail dot com");
        assertThat(emails("sent to j.doe@x.com and jdoe at y dot com"))
                .containsExactly("j.doe@x.com", "jdoe at y dot com");
    }

    @Test
    void proseWithAtAndDotIsNoAddress() {
        assertThat(emails("look at example.com for the manual")).isEmpty();
        assertThat(emails("visit us at acme dot com")).isEmpty();
        assertThat(emails("support at acme dot com")).isEmpty(); // a role address, not personal
        assertThat(emails("meet at noon on the dot")).isEmpty();
        assertThat(emails("we stayed at home. Com on")).isEmpty();
        assertThat(emails("maria garcia at hotmail dot com")).isEmpty(); // left to PERSON: the whole name
        assertThat(emails("my email is maria garcia at hotmail dot com")).isEmpty(); // still two names
        assertThat(emails("ask tom at gmail dot com")).isEmpty(); // no e-mail cue
    }

    @Test
    void anAddressUrlEncodedInAFormOrLinkIsFound() {
        assertThat(emails("name=John+Smith&email=john.smith%40gmail.com&phone=4155550132"))
                .containsExactly("john.smith%40gmail.com");
        assertThat(emails("100%40 degrees")).isEmpty();
        assertThat(emails("save 50%40x.foo")).isEmpty(); // no known top-level domain
        assertThat(emails("a%40b%40c.com")).containsExactly("b%40c.com");
        DetectorAssertions.guarded(d, DetectorAssertions.repeat("a%40", 25_000));
    }

    @Test
    void oneSpaceOnEitherSideOfTheAtIsASlip() {
        assertThat(emails("email john.smith@ gmail.com")).containsExactly("john.smith@ gmail.com");
        assertThat(emails("email is jsmith @ gmail.com")).containsExactly("jsmith @ gmail.com");
        assertThat(emails("follow us @ acme.com")).isEmpty(); // a common word is no local part
        assertThat(emails("meet @ 5pm")).isEmpty();
        assertThat(emails("jsmith @ acme.notatld")).isEmpty(); // a spaced '@' needs a known top-level domain
        assertThat(emails("a @  gmail.com")).isEmpty();
    }

    @Test
    void aLoneNameAfterAnEmailCueIsTheLocalPart() {
        assertThat(emails("my email is tom at gmail dot com")).containsExactly("tom at gmail dot com");
        assertThat(emails("e-mail: Tom at gmail dot com")).containsExactly("Tom at gmail dot com");
        // an initial said before the name belongs to the local part ("jsmith"): it was left visible
        assertThat(emails("my email is j smith at yahoo dot com")).containsExactly("j smith at yahoo dot com");
        assertThat(emails("email: J Smith at yahoo dot com")).containsExactly("J Smith at yahoo dot com");
        assertThat(DefaultRedactor.withDefaults().redact("my email is j smith at yahoo dot com").redactedText())
                .isEqualTo("my email is [EMAIL]");
    }

    @Test
    void aWrittenAddressBeforeALiteralOneIsFound() {
        // before, every written-out address that started before the last literal one was skipped
        assertThat(emails("mine is jo dot lee at gmail dot com\nhers: ann.lee@example.org"))
                .containsExactlyInAnyOrder("jo dot lee at gmail dot com", "ann.lee@example.org");
        assertThat(emails("ann.lee at example.org@example.org")).containsExactly("example.org@example.org");
    }

    @Test
    void adversarialInputsComplete() {
        guarded(d, repeat("@", 100_000));
        guarded(d, repeat("a@", 100_000));
        guarded(d, repeat("a.", 100_000) + "@" + repeat("b.", 100_000));
        guarded(d, repeat("at ", 100_000));
        guarded(d, repeat("x at y dot ", 100_000));
        guarded(d, repeat("[at](dot)", 100_000));
        guarded(d, repeat("a.b_", 100_000) + " at " + repeat("c dot ", 100_000));
        guarded(d, repeat("at a-", 100_000));
        guarded(d, repeat("x.at a.", 100_000));
    }
}
