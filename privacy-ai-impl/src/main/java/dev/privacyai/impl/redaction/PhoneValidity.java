package dev.privacyai.impl.redaction;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers {@link PhoneDetector} needs from libphonenumber for a plain digit string, computed from the
 * library's own metadata (read once, at construction) without its general-purpose parser: the same results as
 * {@code PhoneNumberUtil.parse} followed by {@code isValidNumberForRegion}, {@code isPossibleNumber},
 * {@code getRegionCodeForNumber} and {@code format(..., NATIONAL)}, for the cases it covers. It mirrors, step by
 * step, what libphonenumber does with a string of ASCII digits (optionally after a {@code +}): international
 * prefix, country calling code, national prefix, length tests, number types, national formatting rule. Whatever
 * it does not cover (a region outside the index, a national prefix with a transform rule, a number starting with
 * the region's international prefix, a country calling code whose main region is not indexed) is answered with
 * {@code null}, and the caller asks libphonenumber itself; {@code PhoneValidityTest} compares both on many digit
 * strings.
 *
 * <p>The work is a handful of precompiled patterns on a string of at most 17 digits, instead of
 * libphonenumber's extraction, extension and viability patterns and its metadata and pattern-cache lookups. The
 * metadata's patterns are matched as {@link DigitPattern} automata (one table step per digit) where a pattern is in
 * that class's subset, which is nearly all of them; {@link java.util.regex} stays for the rest, for the national
 * prefix (whose match end is needed) and for a format's groups once its automaton has accepted the number.
 * Immutable and thread-safe.
 */
final class PhoneValidity {

    /** Outcome for a digit string. */
    enum Outcome { VALID, POSSIBLE, NONE }

    /** An international number's outcome and, when valid, its region. */
    static final class Intl {
        final Outcome outcome;
        final String region;

        Intl(Outcome outcome, String region) {
            this.outcome = outcome;
            this.region = region;
        }
    }

    private static final Intl INTL_POSSIBLE = new Intl(Outcome.POSSIBLE, null);
    private static final Intl INTL_NONE = new Intl(Outcome.NONE, null);

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** libphonenumber's limits on the national significant number when parsing. */
    private static final int MIN_NSN = 2;
    private static final int MAX_NSN = 17;
    /** libphonenumber's FIRST_GROUP_PATTERN, used to put the national prefix into a format rule. */
    private static final Pattern FIRST_GROUP = Pattern.compile("(\\$\\d)");

    private final Map<String, Region> byCode;
    /** Country calling code -> its regions in libphonenumber's order (the main region first), when indexed. */
    private final Map<Integer, List<Region>> byCallingCode;
    private final boolean[] callingCodes = new boolean[1000];

    /**
     * Indexes the given regions and every region sharing a country calling code with one of them. Unsupported
     * codes are skipped (the caller validates them).
     */
    PhoneValidity(Collection<String> regions) {
        RegionMetadataSource source =
                DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        for (int cc : UTIL.getSupportedCallingCodes()) {
            if (cc > 0 && cc < callingCodes.length) {
                callingCodes[cc] = true;
            }
        }
        Set<Integer> ccs = new LinkedHashSet<>();
        for (String r : regions) {
            if (UTIL.getSupportedRegions().contains(r)) {
                ccs.add(source.getMetadataForRegion(r).getCountryCode());
            }
        }
        Map<String, Region> codes = new HashMap<>();
        Map<Integer, List<Region>> shared = new HashMap<>();
        for (int cc : ccs) {
            List<String> names = UTIL.getRegionCodesForCountryCode(cc);
            List<Region> list = new ArrayList<>(names.size());
            Region main = null;
            for (String name : names) {
                Region region = new Region(name, source.getMetadataForRegion(name), main);
                if (main == null) {
                    main = region;
                }
                list.add(region);
                codes.put(name, region);
            }
            shared.put(cc, List.copyOf(list));
        }
        this.byCode = Map.copyOf(codes);
        this.byCallingCode = Map.copyOf(shared);
    }

    /** True if {@code region} is indexed and covered (its national numbers are answered without libphonenumber). */
    boolean covers(String region) {
        Region r = byCode.get(region);
        return r != null && r.coverable();
    }

    /**
     * The outcome of libphonenumber's {@code parse(digits, region)} as {@link PhoneDetector} judges a national
     * number: VALID if the number is valid for the region and its national format has the same digits as
     * {@code digits} (or those digits after the national-direct-dialling prefix); else POSSIBLE if the parsed
     * number has a possible length; else NONE (also when the parser rejects the string). Null when not covered.
     *
     * @param digits ASCII digits only
     */
    Outcome national(String digits, String region) {
        Region r = byCode.get(region);
        if (r == null || !r.coverable() || r.startsWithIdd(digits)) {
            return null;
        }
        Region md = r;
        String national = digits;
        if (digits.startsWith(r.ccDigits)) {
            // libphonenumber's maybeExtractCountryCode: the number may start with the region's own calling code
            String potential = r.stripNationalPrefix(digits.substring(r.ccDigits.length()));
            if ((!r.general.matchesPattern(digits) && r.general.matchesPattern(potential))
                    || r.testLength(digits) == ValidationResult.TOO_LONG) {
                national = potential;
                md = r.main;
                if (!md.stripExact) {
                    return null;
                }
            }
        }
        String nsn = md.nationalSignificantNumber(national);
        if (nsn == null) {
            return Outcome.NONE;
        }
        if (r.typeKnown(nsn) && writtenAsNational(r, nsn, digits)) {
            return Outcome.VALID;
        }
        return r.main.possible(nsn) ? Outcome.POSSIBLE : Outcome.NONE;
    }

    /**
     * The outcome of libphonenumber's {@code parse("+" + digits, "ZZ")}, {@code isValidNumber},
     * {@code getRegionCodeForNumber} and {@code isPossibleNumber}; null when not covered.
     *
     * @param digits ASCII digits only (after the '+' or international prefix)
     */
    Intl international(String digits) {
        if (digits.length() < 3 || digits.charAt(0) == '0') {
            return null;
        }
        int cc = 0;
        String national = null;
        for (int i = 1; i <= 3 && i <= digits.length(); i++) {
            int c = Integer.parseInt(digits.substring(0, i));
            if (callingCodes[c]) {
                cc = c;
                national = digits.substring(i);
                break;
            }
        }
        List<Region> shared = cc == 0 ? null : byCallingCode.get(cc);
        if (shared == null || !shared.get(0).stripExact) {
            return null;
        }
        Region m = shared.get(0);
        String nsn = m.nationalSignificantNumber(national);
        if (nsn == null) {
            return INTL_NONE;
        }
        // isValidNumber: valid for the region getRegionCodeForNumber picks
        Region rc = regionOf(shared, nsn);
        if (rc != null && rc.typeKnown(nsn)) {
            return new Intl(Outcome.VALID, rc.code);
        }
        return m.possible(nsn) ? INTL_POSSIBLE : INTL_NONE;
    }

    /** libphonenumber's getRegionCodeForNumber for a number of the calling code shared by these regions. */
    private static Region regionOf(List<Region> shared, String nsn) {
        if (shared.size() == 1) {
            return shared.get(0);
        }
        for (Region r : shared) {
            if (r.leadingDigits != null) {
                if (r.leadingDigits.lookingAt(nsn)) {
                    return r;
                }
            } else if (r.typeKnown(nsn)) {
                return r;
            }
        }
        return null;
    }

    /**
     * PhoneDetector's test that a region writes the number nationally with the digits of the text: the digits of
     * {@code format(number, NATIONAL)} equal {@code digits}, or do after the national-direct-dialling prefix
     * ("1" in the US) of the region libphonenumber assigns the number to.
     */
    private boolean writtenAsNational(Region r, String nsn, String digits) {
        String nat = r.main.nationalFormatDigits(nsn);
        if (nat.equals(digits)) {
            return true;
        }
        if (digits.length() <= nat.length() || !digits.endsWith(nat)) {
            return false; // cannot be a non-empty prefix followed by nat
        }
        Region rc = regionOf(byCallingCode.get(r.cc), nsn);
        String ndd = rc == null ? UTIL.getNddPrefixForRegion(null, true) : rc.ndd;
        return ndd != null && !ndd.isEmpty() && digits.equals(ndd + nat);
    }

    /** A metadata pattern: its {@link DigitPattern} automaton when it has one, else the regular expression. */
    private static final class Compiled {
        private final Pattern regex;
        private final DigitPattern automaton;

        Compiled(String pattern) {
            this.automaton = DigitPattern.compile(pattern);
            this.regex = automaton == null ? Pattern.compile(pattern) : null;
        }

        boolean matches(CharSequence s) {
            return automaton != null ? automaton.matches(s) : regex.matcher(s).matches();
        }

        boolean lookingAt(CharSequence s) {
            return automaton != null ? automaton.lookingAt(s) : regex.matcher(s).lookingAt();
        }
    }

    /** A number description (general, fixed line, mobile, ...): possible lengths and pattern. */
    private static final class Desc {
        /** Possible lengths, or an empty array when the description lists none. */
        private final int[] lengths;
        /** The national number pattern, or null when empty. */
        private final Compiled pattern;

        Desc(PhoneNumberDesc d) {
            this.lengths = toArray(d.getPossibleLengthList());
            String p = d.getNationalNumberPattern();
            this.pattern = p.isEmpty() ? null : new Compiled(p);
        }

        /** libphonenumber's matchNationalNumber (no prefix match). */
        boolean matchesPattern(CharSequence s) {
            return pattern != null && pattern.matches(s);
        }

        /** libphonenumber's isNumberMatchingDesc. */
        boolean matches(String nsn) {
            if (lengths.length > 0 && !contains(lengths, nsn.length())) {
                return false;
            }
            return matchesPattern(nsn);
        }
    }

    /** A national format: leading digits, pattern and the rule used for NATIONAL. */
    static final class Format {
        final Compiled leading;
        final Pattern pattern;
        /** {@link #pattern}'s automaton, a cheap test before the regex builds the groups; or null. */
        final DigitPattern patternAutomaton;
        final String nationalRule;
        /** See {@link #digitsPrefix}: non-null when the national format only puts these digits before the number. */
        final String digitsPrefix;

        Format(NumberFormat f) {
            int n = f.getLeadingDigitsPatternCount();
            this.leading = n == 0 ? null : new Compiled(f.getLeadingDigitsPattern(n - 1));
            this.pattern = Pattern.compile(f.getPattern());
            this.patternAutomaton = DigitPattern.compile(f.getPattern());
            String rule = f.getFormat();
            String npRule = f.getNationalPrefixFormattingRule();
            this.nationalRule = npRule != null && npRule.length() > 0
                    ? FIRST_GROUP.matcher(rule).replaceFirst(npRule) : rule;
            this.digitsPrefix = digitsPrefix(f.getPattern(), nationalRule);
        }

        /**
         * The digits the national format puts before the number when they are its only change to the digits,
         * else null: the pattern is a sequence of capturing groups with nothing outside them (so the groups of a
         * full match concatenate to the number), and the rule names {@code $1..$n} in order, once each, with
         * literal digits only before {@code $1} ("0$1 $2-$3" gives "0" + the number). Rules that drop or
         * reorder a group (Argentina's "0$2 15-$3-$4") return null and are formatted by the regex.
         */
        static String digitsPrefix(String pattern, String rule) {
            if (!SEQUENCE_OF_GROUPS.matcher(pattern).matches()) {
                return null;
            }
            int groups = 0;
            for (int i = 0; i < pattern.length(); i++) {
                if (pattern.charAt(i) == '(') {
                    groups++;
                }
            }
            StringBuilder prefix = new StringBuilder();
            int next = 1;
            for (int i = 0; i < rule.length(); i++) {
                char c = rule.charAt(i);
                if (c == '$') {
                    if (i + 1 >= rule.length() || rule.charAt(i + 1) != (char) ('0' + next) || next > 9
                            || (i + 2 < rule.length() && Character.isDigit(rule.charAt(i + 2)))) {
                        return null;
                    }
                    next++;
                    i++;
                } else if (c >= '0' && c <= '9') {
                    if (next > 1) {
                        return null;
                    }
                    prefix.append(c);
                } else if (c == '\\' || Character.isDigit(c)) {
                    return null;
                }
            }
            return next == groups + 1 ? prefix.toString() : null;
        }
    }

    /** A format pattern made only of capturing groups without nested parentheses: "(\\d{3})(\\d{4})". */
    private static final Pattern SEQUENCE_OF_GROUPS = Pattern.compile("(?:\\([^()]*\\))+");

    private static final class Region {
        final String code;
        final int cc;
        final String ccDigits;
        /** The main region of the calling code (this one if it is the main region). */
        final Region main;
        /** The leading digits that identify the region among those sharing its calling code, or null. */
        final Compiled leadingDigits;
        /** libphonenumber's getNddPrefixForRegion(code, true). */
        final String ndd;
        /** The international prefix when it is plain digits, else null. */
        final String iddLiteral;
        /** The international prefix as a pattern when it is not plain digits, else null. */
        final Compiled iddPattern;
        /** The national prefix for parsing, or null when empty. */
        final Pattern nationalPrefix;
        /** False if the national prefix comes with a transform rule (not reproduced here). */
        final boolean stripExact;
        final Desc general;
        final int[] generalLengths;
        final int[] localOnlyLengths;
        final Desc fixedLine;
        final Desc mobile;
        final boolean sameMobileAndFixedLine;
        /** Premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail. */
        final Desc[] otherTypes;
        final Format[] formats;

        Region(String code, PhoneMetadata md, Region main) {
            this.code = code;
            this.cc = md.getCountryCode();
            this.ccDigits = String.valueOf(cc);
            this.main = main == null ? this : main;
            this.leadingDigits = md.hasLeadingDigits() ? new Compiled(md.getLeadingDigits()) : null;
            String np = md.getNationalPrefix();
            this.ndd = np.isEmpty() ? null : np.replace("~", "");
            String idd = md.getInternationalPrefix();
            boolean literal = !idd.isEmpty() && idd.chars().allMatch(ch -> ch >= '0' && ch <= '9');
            this.iddLiteral = literal ? idd : null;
            this.iddPattern = literal ? null : new Compiled(idd);
            String npfp = md.getNationalPrefixForParsing();
            this.nationalPrefix = npfp.isEmpty() ? null : Pattern.compile(npfp);
            String rule = md.getNationalPrefixTransformRule();
            this.general = new Desc(md.getGeneralDesc());
            this.generalLengths = toArray(md.getGeneralDesc().getPossibleLengthList());
            this.localOnlyLengths = toArray(md.getGeneralDesc().getPossibleLengthLocalOnlyList());
            this.stripExact = (rule == null || rule.isEmpty()) && generalLengths.length > 0;
            this.fixedLine = new Desc(md.getFixedLine());
            this.mobile = new Desc(md.getMobile());
            this.sameMobileAndFixedLine = md.getSameMobileAndFixedLinePattern();
            this.otherTypes = new Desc[] {
                new Desc(md.getPremiumRate()), new Desc(md.getTollFree()), new Desc(md.getSharedCost()),
                new Desc(md.getVoip()), new Desc(md.getPersonalNumber()), new Desc(md.getPager()),
                new Desc(md.getUan()), new Desc(md.getVoicemail())};
            List<NumberFormat> fs = md.getNumberFormatList();
            this.formats = new Format[fs.size()];
            for (int i = 0; i < formats.length; i++) {
                formats[i] = new Format(fs.get(i));
            }
        }

        /** National numbers of this region can be answered here (its own and its main region's prefix rules). */
        boolean coverable() {
            return stripExact && main.stripExact;
        }

        /** libphonenumber would read the digits as starting with this region's international prefix. */
        boolean startsWithIdd(String digits) {
            return iddLiteral != null ? digits.startsWith(iddLiteral) : iddPattern.lookingAt(digits);
        }

        /** libphonenumber's maybeStripNationalPrefixAndCarrierCode for a region without a transform rule. */
        String stripNationalPrefix(String number) {
            if (number.isEmpty() || nationalPrefix == null) {
                return number;
            }
            Matcher m = nationalPrefix.matcher(number);
            if (!m.lookingAt()) {
                return number;
            }
            String rest = number.substring(m.end());
            if (general.matchesPattern(number) && !general.matchesPattern(rest)) {
                return number; // the original number was viable and the stripped one is not
            }
            return rest;
        }

        /** libphonenumber's testNumberLength for an unknown number type. */
        ValidationResult testLength(CharSequence number) {
            int[] lengths = generalLengths;
            if (lengths[0] == -1) {
                return ValidationResult.INVALID_LENGTH;
            }
            int len = number.length();
            if (contains(localOnlyLengths, len)) {
                return ValidationResult.IS_POSSIBLE_LOCAL_ONLY;
            }
            int min = lengths[0];
            if (min == len) {
                return ValidationResult.IS_POSSIBLE;
            } else if (min > len) {
                return ValidationResult.TOO_SHORT;
            } else if (lengths[lengths.length - 1] < len) {
                return ValidationResult.TOO_LONG;
            }
            for (int i = 1; i < lengths.length; i++) {
                if (lengths[i] == len) {
                    return ValidationResult.IS_POSSIBLE;
                }
            }
            return ValidationResult.INVALID_LENGTH;
        }

        /**
         * The end of libphonenumber's parseHelper once the calling code is known and this is the region's
         * metadata: strip the national prefix if the rest has a possible length, then the length limits. Null if
         * the parser would throw.
         */
        String nationalSignificantNumber(String national) {
            if (national.length() < MIN_NSN) {
                return null;
            }
            String potential = stripNationalPrefix(national);
            ValidationResult v = testLength(potential);
            if (v != ValidationResult.TOO_SHORT && v != ValidationResult.IS_POSSIBLE_LOCAL_ONLY
                    && v != ValidationResult.INVALID_LENGTH) {
                national = potential;
            }
            if (national.length() < MIN_NSN || national.length() > MAX_NSN) {
                return null;
            }
            return national;
        }

        /** libphonenumber's getNumberTypeHelper(nsn, this region) != UNKNOWN (the same tests, cheapest first). */
        boolean typeKnown(String nsn) {
            if (!general.matches(nsn)) {
                return false;
            }
            if (fixedLine.matches(nsn) || (!sameMobileAndFixedLine && mobile.matches(nsn))) {
                return true;
            }
            for (Desc d : otherTypes) {
                if (d.matches(nsn)) {
                    return true;
                }
            }
            return false;
        }

        /** libphonenumber's isPossibleNumber for a number of this (main) region's calling code. */
        boolean possible(String nsn) {
            ValidationResult v = testLength(nsn);
            return v == ValidationResult.IS_POSSIBLE || v == ValidationResult.IS_POSSIBLE_LOCAL_ONLY;
        }

        /** The ASCII digits of libphonenumber's NATIONAL format of {@code nsn} with this (main) region's formats. */
        String nationalFormatDigits(String nsn) {
            for (Format f : formats) {
                if ((f.leading == null || f.leading.lookingAt(nsn))
                        && (f.patternAutomaton == null || f.patternAutomaton.matches(nsn))) {
                    if (f.patternAutomaton != null && f.digitsPrefix != null) {
                        // the automaton answered matches() exactly; the groups concatenate to nsn
                        return f.digitsPrefix.isEmpty() ? nsn : f.digitsPrefix + nsn;
                    }
                    Matcher m = f.pattern.matcher(nsn);
                    if (m.matches()) {
                        return asciiDigits(m.replaceAll(f.nationalRule));
                    }
                }
            }
            return asciiDigits(nsn);
        }
    }

    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.length() == s.length() ? s : b.toString();
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
