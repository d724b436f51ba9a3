package dev.privacyai.impl.escalation;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenPatternTest {

    private static final Map<String, String> CLASSES = Map.of("BOT", "bot/robot/machine");

    private static int match(String pattern, String text) {
        TokenPattern p = TokenPattern.parse(pattern, CLASSES, Set.of("you"));
        String[] tok = Tokens.of(text, null).words;
        for (int i = 0; i < tok.length; i++) {
            int end = p.matchAt(tok, i);
            if (end > i) {
                return end - i;
            }
        }
        return -1;
    }

    @Test
    void alternativesPrefixesOptionalsAndClasses() {
        assertThat(match("talk/speak to a/an? human", "can I speak to human")).isEqualTo(3);
        assertThat(match("talk/speak to a/an? human", "can I speak to a human")).isEqualTo(4);
        assertThat(match("complain*", "I complained twice")).isEqualTo(1);
        assertThat(match("talk to @BOT", "stop making me talk to robot")).isEqualTo(3);
        assertThat(match("talk to you/@BOT", "I won't talk to a machine")).isEqualTo(-1);
        assertThat(match("talk to ~1 you/@BOT", "I won't talk to a machine")).isEqualTo(4);
        assertThat(match("cv#", "the cv2 is")).isEqualTo(1);
    }

    @Test
    void gapsAreBoundedAndStopAtPunctuationAndStopWords() {
        assertThat(match("speak ~2 human", "speak with a human")).isEqualTo(4);
        assertThat(match("speak ~2 human", "speak with a real human")).isEqualTo(-1);
        assertThat(match("speak ~3 human", "speak, a human")).isEqualTo(-1);
        assertThat(match("speak ~3 human", "speak to you about human")).isEqualTo(-1);
    }

    @Test
    void rejectsMalformedPatterns() {
        assertThatThrownBy(() -> TokenPattern.parse("~2 human", CLASSES, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenPattern.parse("talk to @NOPE", CLASSES, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenPattern.parse("wanna", CLASSES, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
