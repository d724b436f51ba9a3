package dev.privacyai.impl.guard;

import dev.privacyai.pseudonym.SubjectProfile;
import dev.privacyai.redaction.Explanation;
import dev.privacyai.redaction.Finding;
import dev.privacyai.redaction.RedactionContext;
import dev.privacyai.redaction.RedactionResult;
import dev.privacyai.redaction.Redactor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A redactor for hand-offs that also finds the forms of the customer's {@link SubjectProfile} (whole word,
 * case-insensitive), which detectors cannot know (names). Overlaps are resolved as the pseudonymizer does: profile
 * forms win, longer first, except that a detected value containing profile forms wins whole. {@link #redact}
 * replaces each finding with {@code [TYPE]}. Immutable and thread-safe.
 */
final class ProfileAwareRedactor implements Redactor {

    private static final Explanation PROFILE = Explanation.builder().pattern("subject-profile-form")
            .validator("host-profile").baseScore(1.0).reason("a form of an identity the host supplied").build();

    private final Redactor base;
    private final SubjectProfile profile;

    ProfileAwareRedactor(Redactor base, SubjectProfile profile) {
        this.base = base;
        this.profile = profile;
    }

    @Override
    public List<Finding> analyze(String text, RedactionContext context) {
        List<Finding> detected = base.analyze(text, context);
        if (profile.identities().isEmpty()) {
            return detected;
        }
        List<String> forms = new ArrayList<>();
        List<SubjectProfile.Identity> owners = new ArrayList<>();
        for (SubjectProfile.Identity id : profile.identities()) {
            forms.add(id.canonical());
            owners.add(id);
            for (String a : id.aliases()) {
                forms.add(a);
                owners.add(id);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> forms.get(i).length()).reversed());
        List<Finding> out = new ArrayList<>();
        for (int i : order) {
            String form = forms.get(i);
            for (int at = 0; at + form.length() <= text.length(); at++) {
                if (text.regionMatches(true, at, form, 0, form.length())
                        && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (at + form.length() == text.length()
                        || !Character.isLetterOrDigit(text.charAt(at + form.length())))) {
                    Finding f = Finding.of(owners.get(i).entityType(), at, at + form.length(), 1.0, "subject-profile",
                            PROFILE);
                    if (!overlaps(out, f)) {
                        out.add(f);
                    }
                    at += form.length() - 1;
                }
            }
        }
        int profileCount = out.size();
        for (Finding d : detected) {
            boolean containsOnlyProfile = true;
            boolean any = false;
            for (int k = 0; k < profileCount; k++) {
                Finding p = out.get(k);
                if (p.overlaps(d)) {
                    any = true;
                    if (p.start() < d.start() || p.end() > d.end() || p.end() - p.start() >= d.end() - d.start()) {
                        containsOnlyProfile = false;
                    }
                }
            }
            if (!any) {
                out.add(d);
            } else if (containsOnlyProfile) {
                out.removeIf(p -> p.overlaps(d));
                profileCount = out.size();
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(Finding::start));
        return out;
    }

    private static boolean overlaps(List<Finding> list, Finding f) {
        for (Finding g : list) {
            if (g.overlaps(f)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public RedactionResult redact(String text, RedactionContext context) {
        List<Finding> findings = analyze(text, context);
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Finding f : findings) {
            sb.append(text, pos, f.start()).append('[').append(f.entityType().name()).append(']');
            pos = f.end();
        }
        sb.append(text, pos, text.length());
        return RedactionResult.of(sb.toString(), findings, text.length());
    }

    @Override
    public String toString() {
        return "ProfileAwareRedactor{" + base + ", " + profile + "}";
    }
}
