package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.EscalationReason.Code;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the {@link Lexicon} over one turn: look-alikes are masked first, then cues are matched and dropped when a
 * negation precedes them in the same clause (within the negation's window) or when they touch a masked word.
 * A short message made only of a strong person word ("agent", "human please", "spa team please") counts as a
 * request for a person. Shouting (mostly upper-case words) and runs of '!'/'?' count as frustration. Card-number
 * cues count only next to digits; a Luhn-valid 13–19 digit run always counts.
 *
 * <p>Cost: one tokenization pass plus, per token, only the cues whose first word is that token (plus the few
 * starting with a prefix or optional word). Immutable and thread-safe.
 */
final class TurnAnalyzer {

    /** Codes whose cues never contain a negation themselves, so a negation inside their match cancels them. */
    private static final Set<Code> INSIDE_NEGATABLE = java.util.EnumSet.of(Code.HUMAN_REQUESTED, Code.COMPLAINT);

    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "pero", "mais", "aber", "sino", "however",
            "although", "though", "sondern", "cependant", "sin embargo", "instead");

    private static final Set<String> SHORT_FILLERS = words("please pls hi hello hey now just a an the ok okay yes "
            + "stop i want need to with give get me my your can could you thanks thank talk speak chat connect "
            + "transfer put through favor s il vous plait bitte einen eine ein un una une quiero je veux ich "
            + "will mochte hola bonjour hallo right away asap");
    private static final Set<String> SHORT_EXTRA = words("customer front room live real actual person someone "
            + "somebody service services desk team department support care office branch por");
    /** Generic team words: allowed in a short request, but not enough on their own ("poor service"). */
    private static final Set<String> GENERIC_DEPT = words("team department dept service support care desk office "
            + "branch servicio soporte departamento equipo equipe kundendienst kundenservice abteilung helpdesk "
            + "billing sales");

    private static final class Holder {
        static final TurnAnalyzer DEFAULT = new TurnAnalyzer(Lexicon.defaults());
    }

    /** The shared analyzer over the default lexicon (built once, lazily). */
    static TurnAnalyzer defaults() {
        return Holder.DEFAULT;
    }

    private final Lexicon lexicon;
    private final TypoCorrector typos;
    private final PatternIndex<Lexicon.Cue> cues;
    private final PatternIndex<Lexicon.Negation> negations;
    private final PatternIndex<TokenPattern> lookAlikes;
    private final PatternIndex<Lexicon.Cue> fallbacks;
    private final Set<String> strong;
    private final Set<String> dept;

    TurnAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = new PatternIndex<>(lexicon.cues, c -> c.pattern);
        this.negations = new PatternIndex<>(lexicon.negations, n -> n.pattern);
        this.lookAlikes = new PatternIndex<>(lexicon.lookAlikes, p -> p);
        this.fallbacks = new PatternIndex<>(lexicon.fallbacks, c -> c.pattern);
        this.strong = classWords("STRONG");
        this.dept = classWords("DEPT");
        Set<String> known = new HashSet<>();
        for (Lexicon.Cue c : lexicon.cues) {
            c.pattern.collectWords(known);
        }
        for (TokenPattern p : lexicon.lookAlikes) {
            p.collectWords(known);
        }
        for (Lexicon.Negation n : lexicon.negations) {
            n.pattern.collectWords(known);
        }
        known.addAll(words("contract contracts manger parson clamp clams sneak steak spear humane humor agenda "
                + "agents urgent pearson prison poison someones persona personal personnel humans claims "
                + "chain clean claimed clear cloak operate operated operates operating managed manages "
                + "managing speaker speaks talks talked chats talker chatted contacts contacted complains "
                + "complained claiming reclaim acclaim proclaim exclaim walking taking baking tasking stalking "
                + "balking sneaking chanting charting cheating chasing contracting contracted argent clair "
                + "humain humaine personne persone agente agence agenten regent manage acent acents accent accents "
                + "peaking peak consume consumed consumes humming"));
        Set<String> vocabulary = new HashSet<>();
        for (String v : ("agent human person someone somebody operator representative assistant manager "
                + "supervisor complaint complain reclamation claim speaking talking chatting contact contacting "
                + "customer consumer anyone anybody company business organization organisation "
                + "conseiller mitarbeiter persona humano agente asesor operador").split(" ")) {
            vocabulary.add(Tokens.normalizeWord(v));
        }
        known.removeAll(vocabulary);
        this.typos = new TypoCorrector(vocabulary, known);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split(" ")) {
            out.add(Tokens.normalizeWord(w));
        }
        return out;
    }

    private static Set<String> classWords(String name) {
        Set<String> out = new HashSet<>();
        for (String w : Lexicon.CLASSES.get(name).split("/")) {
            out.add(Tokens.normalizeWord(w));
        }
        return out;
    }

    /** Analyzes a customer turn without the assistant's previous prompt. */
    TurnAnalysis analyze(String text) {
        return analyze(text, null);
    }

    /**
     * Analyzes a customer turn. {@code previousPrompt} (what the assistant said just before, may be null) resolves
     * pronouns: "I lost it" after "Is this about your card?" is a security report.
     */
    TurnAnalysis analyze(String text, String previousPrompt) {
        Tokens t = Tokens.of(text, typos);
        String[] tok = t.words;
        if (tok.length == 0) {
            return TurnAnalysis.EMPTY;
        }
        boolean[] masked = new boolean[tok.length];
        for (PatternIndex.Match<TokenPattern> m : lookAlikes.scan(tok)) {
            for (int i = m.start; i < m.end; i++) {
                masked[i] = true;
            }
        }
        List<PatternIndex.Match<Lexicon.Negation>> negs = negations.scan(tok);
        List<PatternIndex.Match<Lexicon.Cue>> hits = new ArrayList<>();
        for (PatternIndex.Match<Lexicon.Cue> m : cues.scan(tok)) {
            if (touchesMask(masked, m.start, m.end) || negated(tok, negs, m.item.code, m.start, m.end)) {
                continue;
            }
            hits.add(m);
        }
        // "are you a real person?" is a question about the bot, not a request
        List<int[]> botSpans = new ArrayList<>();
        for (PatternIndex.Match<Lexicon.Cue> m : hits) {
            if (m.item.code == Code.BOT_QUESTION) {
                botSpans.add(new int[] {m.start, m.end});
            }
        }
        Map<Code, Set<String>> found = new EnumMap<>(Code.class);
        Map<Code, Set<String>> weak = new EnumMap<>(Code.class);
        for (PatternIndex.Match<Lexicon.Cue> m : hits) {
            if (m.item.weak) {
                weak.computeIfAbsent(m.item.code, k -> new LinkedHashSet<>()).add(m.item.evidence());
                continue;
            }
            if (m.item.code == Code.HUMAN_REQUESTED && overlapsAny(botSpans, m.start, m.end)) {
                continue;
            }
            if (m.item.code == Code.CARD_DATA_IN_UNSAFE_CHANNEL && t.longestDigitRun < 3) {
                continue; // talking about card details is fine; giving them is not
            }
            found.computeIfAbsent(m.item.code, k -> new LinkedHashSet<>()).add(m.item.evidence());
        }
        if (!found.containsKey(Code.HUMAN_REQUESTED) && botSpans.isEmpty()) {
            String shortCue = shortRequest(tok, masked, negs);
            if (shortCue != null) {
                found.computeIfAbsent(Code.HUMAN_REQUESTED, k -> new LinkedHashSet<>()).add(shortCue);
            }
        }
        // Shouting and "!!!" are ambiguous on their own ("GREAT SERVICE!!!"): they count as strong cues only in a
        // turn with a negative word ("not", "wrong", "still", ...), otherwise as weak ones.
        boolean negativeWord = hasWord(tok, masked, lexicon.negative);
        boolean cheerful = !negativeWord && hasWord(tok, masked, lexicon.positive); // "GREAT, THANKS!!!"
        if (cheerful) {
            // surface cues say nothing about frustration in a positive turn
        } else if (t.upperWords >= 3 && t.letters >= 10 && t.upperLetters >= 0.7 * t.letters) {
            (negativeWord ? found : weak).computeIfAbsent(Code.FRUSTRATION, k -> new LinkedHashSet<>())
                    .add("shouting (mostly upper case)" + (negativeWord ? "" : " (weak)"));
        }
        if (!cheerful && t.maxBangRun >= 3) {
            (negativeWord ? found : weak).computeIfAbsent(Code.FRUSTRATION, k -> new LinkedHashSet<>())
                    .add("run of '!'/'?' marks" + (negativeWord ? "" : " (weak)"));
        }
        for (Map.Entry<Code, Set<String>> e : weak.entrySet()) {
            Set<String> strongCues = found.get(e.getKey());
            if (strongCues != null || e.getValue().size() >= 2) {
                found.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).addAll(e.getValue());
            }
        }
        if (t.luhnValidRun && !found.containsKey(Code.CARD_DATA_IN_UNSAFE_CHANNEL) && mentionsReference(tok)) {
            // a Luhn-valid number next to "order", "invoice", "tracking"... is a reference, not a card
        } else if (t.luhnValidRun) {
            found.computeIfAbsent(Code.CARD_DATA_IN_UNSAFE_CHANNEL, k -> new LinkedHashSet<>())
                    .add("Luhn-valid 13-19 digit number");
        }
        if (!found.containsKey(Code.FRAUD_OR_SECURITY) && previousPrompt != null
                && !pronounLossIn(tok, masked, negs).isEmpty()) {
            String obj = lostObjectIn(previousPrompt);
            if (obj != null) {
                found.computeIfAbsent(Code.FRAUD_OR_SECURITY, k -> new LinkedHashSet<>())
                        .add("\"" + pronounLossIn(tok, masked, negs) + "\" after the assistant asked about: " + obj);
            }
        }
        Map<Code, List<String>> cuesByCode = new EnumMap<>(Code.class);
        found.forEach((k, v) -> cuesByCode.put(k, List.copyOf(v)));
        Set<String> content = new HashSet<>();
        for (int i = 0; i < tok.length && content.size() < 64; i++) {
            if (tok[i].length() >= 3 && tok[i].indexOf('#') < 0) {
                content.add(tok[i]);
            }
        }
        return new TurnAnalysis(cuesByCode, sentiment(tok, masked, cuesByCode), Set.copyOf(content));
    }

    private String pronounLossIn(String[] tok, boolean[] masked, List<PatternIndex.Match<Lexicon.Negation>> negs) {
        for (TokenPattern p : lexicon.pronounLoss) {
            for (int i = 0; i < tok.length; i++) {
                int end = p.matchAt(tok, i);
                if (end > i && !touchesMask(masked, i, end)
                        && !negated(tok, negs, Code.FRAUD_OR_SECURITY, i, end)) {
                    return p.source;
                }
            }
        }
        return "";
    }

    private String lostObjectIn(String prompt) {
        String[] tok = Tokens.of(prompt, null).words;
        for (TokenPattern p : lexicon.lostObjects) {
            for (int i = 0; i < tok.length; i++) {
                if (p.matchAt(tok, i) > i) {
                    return tok[i];
                }
            }
        }
        return null;
    }

    private static boolean hasWord(String[] tok, boolean[] masked, Set<String> words) {
        for (int i = 0; i < tok.length; i++) {
            if (!masked[i] && words.contains(tok[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REFERENCE_WORDS = words("order orders invoice invoices tracking reference ref "
            + "booking confirmation ticket parcel shipment pedido factura commande facture bestellung rechnung");

    private static boolean mentionsReference(String[] tok) {
        for (String w : tok) {
            if (REFERENCE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True if an assistant turn is a fallback ("I'm sorry, I can't help with that"). */
    String fallbackCue(String text) {
        Tokens t = Tokens.of(text, null);
        List<PatternIndex.Match<Lexicon.Cue>> m = fallbacks.scan(t.words);
        return m.isEmpty() ? null : m.get(0).item.evidence();
    }

    private String shortRequest(String[] tok, boolean[] masked, List<PatternIndex.Match<Lexicon.Negation>> negs) {
        int content = 0;
        String core = null;
        int coreAt = -1;
        for (int i = 0; i < tok.length; i++) {
            String w = tok[i];
            if (Tokens.isPunct(w) || SHORT_FILLERS.contains(w)) {
                continue;
            }
            if (masked[i]) {
                return null;
            }
            content++;
            if (strong.contains(w) || (dept.contains(w) && !GENERIC_DEPT.contains(w)) || w.equals("person") || w.equals("someone")
                    || w.equals("somebody")) {
                if (core == null) {
                    core = w;
                    coreAt = i;
                }
            } else if (!SHORT_EXTRA.contains(w)) {
                return null;
            }
        }
        if (core == null || content > 3 || negated(tok, negs, Code.HUMAN_REQUESTED, coreAt, coreAt + 1)) {
            return null;
        }
        return "short message asking for: \"" + core + "\"";
    }

    private static boolean touchesMask(boolean[] masked, int start, int end) {
        for (int i = start; i < end; i++) {
            if (masked[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[0] < end && start < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Negations can only reach a cue from this many tokens before its start (longest negation + window). */
    private static final int NEGATION_REACH = 12;

    private static boolean negated(String[] tok, List<PatternIndex.Match<Lexicon.Negation>> negs, Code code,
                                   int start, int end) {
        // negs are sorted by start (scan order): binary-search the first that can reach this cue
        int lo = 0;
        int hi = negs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (negs.get(mid).start < start - NEGATION_REACH) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < negs.size(); k++) {
            PatternIndex.Match<Lexicon.Negation> n = negs.get(k);
            if (n.start > end + NEGATION_REACH) {
                break;
            }
            Lexicon.Negation neg = n.item;
            if (!neg.appliesTo(code)) {
                continue;
            }
            if (!neg.after) {
                if (n.start > start && n.end < end && INSIDE_NEGATABLE.contains(code)) {
                    return true; // "I need no agent", "ich brauche keinen Mitarbeiter"
                }
                if (n.start >= start) {
                    continue;
                }
                if (n.end <= start && sameClauseWithin(tok, n.end, start, neg.window)) {
                    return true;
                }
                if (n.end > start) {
                    return true; // overlapping: "dont need" + "need an agent"
                }
            } else if (n.start >= end && sameClauseWithin(tok, end, n.start, neg.window)) {
                return true;
            }
        }
        return false;
    }

    /** True if [from, to) holds at most {@code window} words and no punctuation or clause break. */
    private static boolean sameClauseWithin(String[] tok, int from, int to, int window) {
        if (to - from > window) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Tokens.isPunct(tok[i]) || CLAUSE_BREAKS.contains(tok[i])) {
                return false;
            }
        }
        return true;
    }

    private double sentiment(String[] tok, boolean[] masked, Map<Code, List<String>> found) {
        int pos = 0;
        int neg = 0;
        for (int i = 0; i < tok.length; i++) {
            if (masked[i]) {
                continue;
            }
            if (lexicon.positive.contains(tok[i])) {
                pos++;
            } else if (lexicon.negative.contains(tok[i])) {
                neg++;
            }
        }
        List<String> fr = found.get(Code.FRUSTRATION);
        neg += fr == null ? 0 : 2 * fr.size();
        if (found.containsKey(Code.AI_REJECTED)) {
            neg += 2;
        }
        if (pos + neg == 0) {
            return 0.0;
        }
        return (double) (pos - neg) / (pos + neg + 1);
    }
}
