package dev.privacyai.impl.redaction;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PhoneValidity} must answer exactly as libphonenumber does (through the calls PhoneDetector made before
 * it existed) on every digit string it covers. Compared here on digit strings built from every region's example
 * numbers (national, with trunk prefix, with calling code, with international prefix, with a digit changed,
 * added or dropped) and on random digit strings with typical prefixes, for every supported region.
 */
class PhoneValidityTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static List<String> regions;
    private static PhoneValidity index;
    private static List<String> inputs;
    /** The region an input was made from, or null for a random digit string. */
    private static Map<String, String> origin;

    @BeforeAll
    static void build() {
        regions = new ArrayList<>(new TreeSet<>(UTIL.getSupportedRegions()));
        index = new PhoneValidity(regions);
        Set<String> in = new LinkedHashSet<>();
        origin = new HashMap<>();
        Random rnd = new Random(20261202L);
        for (String region : regions) {
            int cc = UTIL.getCountryCodeForRegion(region);
            String ndd = UTIL.getNddPrefixForRegion(region, true);
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                String nsn = UTIL.getNationalSignificantNumber(example);
                String national = digitsOf(UTIL.format(example, PhoneNumberFormat.NATIONAL));
                List<String> forms = new ArrayList<>(List.of(nsn, national, cc + nsn, cc + national,
                        "00" + cc + nsn, "011" + cc + nsn, "0" + nsn, "1" + nsn, "8" + nsn));
                if (ndd != null) {
                    forms.add(ndd + nsn);
                    forms.add(cc + ndd + nsn);
                }
                for (String f : forms) {
                    for (String v : List.of(f, mutate(f, rnd))) {
                        in.add(v);
                        origin.putIfAbsent(v, region);
                    }
                }
            }
        }
        String[] prefixes = {"", "", "", "0", "00", "011", "1", "0011", "8", "9", "44", "49", "33", "91", "61", "7",
            "180020", "1831", "0000"};
        for (int i = 0; i < 6000; i++) {
            String p = prefixes[rnd.nextInt(prefixes.length)];
            int len = 5 + rnd.nextInt(11);
            StringBuilder b = new StringBuilder(p);
            for (int k = 0; k < len; k++) {
                b.append((char) ('0' + rnd.nextInt(10)));
            }
            in.add(b.toString());
        }
        in.removeIf(s -> s.length() < 3 || s.length() > 20);
        inputs = new ArrayList<>(in);
    }

    private static String mutate(String s, Random rnd) {
        int at = rnd.nextInt(s.length());
        char d = (char) ('0' + rnd.nextInt(10));
        switch (rnd.nextInt(3)) {
            case 0:
                return s.substring(0, at) + d + s.substring(at + 1);
            case 1:
                return s.substring(0, at) + d + s.substring(at);
            default:
                return s.length() > 3 ? s.substring(0, at) + s.substring(at + 1) : s;
        }
    }

    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void formatsThatOnlyPrefixDigitsSkipTheRegex() {
        assertThat(PhoneValidity.Format.digitsPrefix("(\\d{3})(\\d{3})(\\d{4})", "($1) $2-$3")).isEmpty();
        assertThat(PhoneValidity.Format.digitsPrefix("(\\d{2})(\\d{4})(\\d{4})", "0$1 $2-$3")).isEqualTo("0");
        assertThat(PhoneValidity.Format.digitsPrefix("(\\d{3})(\\d{3})", "8 $1 $2")).isEqualTo("8");
        // a dropped or reordered group, a literal digit after the first group, a group not used, nested groups
        assertThat(PhoneValidity.Format.digitsPrefix("(\\d)(\\d{2})(\\d{4})(\\d{4})", "0$2 15-$3-$4")).isNull();
        assertThat(PhoneValidity.Format.digitsPrefix("(\\d{2})(\\d{4})", "$2 $1")).isNull();
        assertThat(PhoneValidity.Format.digitsPrefix("(\\d{2})(\\d{4})", "$1 9$2")).isNull();
        assertThat(PhoneValidity.Format.digitsPrefix("(\\d{2})(\\d{4})", "$1")).isNull();
        assertThat(PhoneValidity.Format.digitsPrefix("((\\d{2})\\d)(\\d{4})", "$1 $2")).isNull();
        assertThat(PhoneValidity.Format.digitsPrefix("\\d(\\d{2})", "$1")).isNull();
    }

    @Test
    void coversTheDefaultRegions() {
        for (String region : PhoneDetector.DEFAULT_REGIONS) {
            assertThat(index.covers(region)).as(region).isTrue();
        }
    }

    @Test
    void nationalOutcomesMatchLibphonenumber() {
        Map<PhoneValidity.Outcome, Integer> seen = new EnumMap<>(PhoneValidity.Outcome.class);
        int compared = 0;
        Random rnd = new Random(7L);
        for (String digits : inputs) {
            // the region the input was made from, a default region and any region, chosen at random
            Set<String> tried = new LinkedHashSet<>();
            if (origin.get(digits) != null) {
                tried.add(origin.get(digits));
            }
            tried.add(PhoneDetector.DEFAULT_REGIONS.get(rnd.nextInt(PhoneDetector.DEFAULT_REGIONS.size())));
            tried.add(regions.get(rnd.nextInt(regions.size())));
            for (String region : tried) {
                PhoneValidity.Outcome fast = index.national(digits, region);
                if (fast == null) {
                    continue;
                }
                compared++;
                seen.merge(fast, 1, Integer::sum);
                assertThat(fast).as("%s in %s", digits, region).isEqualTo(referenceNational(digits, region));
            }
        }
        assertThat(compared).isGreaterThan(40_000);
        assertThat(seen.getOrDefault(PhoneValidity.Outcome.VALID, 0)).isGreaterThan(2_000);
        assertThat(seen.getOrDefault(PhoneValidity.Outcome.POSSIBLE, 0)).isGreaterThan(2_000);
        assertThat(seen.getOrDefault(PhoneValidity.Outcome.NONE, 0)).isGreaterThan(2_000);
    }

    @Test
    void internationalOutcomesMatchLibphonenumber() {
        Map<PhoneValidity.Outcome, Integer> seen = new EnumMap<>(PhoneValidity.Outcome.class);
        int compared = 0;
        for (String digits : inputs) {
            PhoneValidity.Intl fast = index.international(digits);
            if (fast == null) {
                continue;
            }
            compared++;
            seen.merge(fast.outcome, 1, Integer::sum);
            String[] ref = referenceInternational(digits);
            assertThat(fast.outcome.name() + ":" + fast.region).as(digits).isEqualTo(ref[0] + ":" + ref[1]);
        }
        assertThat(compared).isGreaterThan(5_000);
        assertThat(seen.getOrDefault(PhoneValidity.Outcome.VALID, 0)).isGreaterThan(1_000);
        assertThat(seen.getOrDefault(PhoneValidity.Outcome.POSSIBLE, 0)).isGreaterThan(500);
    }

    @Test
    void leavesUncoveredCasesToLibphonenumber() {
        // the US international prefix, a calling code whose main region is not indexed, a transform rule (AR)
        PhoneValidity us = new PhoneValidity(List.of("US"));
        assertThat(us.national("01144207946000", "US")).isNull();
        assertThat(us.international("442079460000")).isNull();
        assertThat(us.national("4155550132", "GB")).isNull();
        assertThat(us.national("4155550132", "US")).isEqualTo(PhoneValidity.Outcome.VALID);
        assertThat(us.international("14155550132").region).isEqualTo("US");
        assertThat(index.covers("AR")).isFalse();
    }

    /** What PhoneDetector computed per region before PhoneValidity. */
    private static PhoneValidity.Outcome referenceNational(String digits, String region) {
        PhoneNumber pn;
        try {
            pn = UTIL.parse(digits, region);
        } catch (NumberParseException e) {
            return PhoneValidity.Outcome.NONE;
        }
        if (UTIL.isValidNumberForRegion(pn, region) && writtenAsNational(pn, digits)) {
            return PhoneValidity.Outcome.VALID;
        }
        return UTIL.isPossibleNumber(pn) ? PhoneValidity.Outcome.POSSIBLE : PhoneValidity.Outcome.NONE;
    }

    private static boolean writtenAsNational(PhoneNumber pn, String digits) {
        String nat = digitsOf(UTIL.format(pn, PhoneNumberFormat.NATIONAL));
        if (nat.equals(digits)) {
            return true;
        }
        String ndd = UTIL.getNddPrefixForRegion(UTIL.getRegionCodeForNumber(pn), true);
        return ndd != null && !ndd.isEmpty() && digits.equals(ndd + nat);
    }

    private static String[] referenceInternational(String digits) {
        PhoneNumber pn;
        try {
            pn = UTIL.parse("+" + digits, "ZZ");
        } catch (NumberParseException e) {
            return new String[] {"NONE", "null"};
        }
        if (UTIL.isValidNumber(pn)) {
            return new String[] {"VALID", UTIL.getRegionCodeForNumber(pn)};
        }
        return new String[] {UTIL.isPossibleNumber(pn) ? "POSSIBLE" : "NONE", "null"};
    }
}
