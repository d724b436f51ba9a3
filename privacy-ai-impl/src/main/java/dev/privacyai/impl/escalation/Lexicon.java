package dev.privacyai.impl.escalation;

import dev.privacyai.escalation.EscalationReason.Code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default cue lexicon, English, Spanish, French and German, in {@link TokenPattern} notation. Everything the
 * rules know is here, in one place, so each decision can name the cue that fired.
 *
 * <p>Kinds of entries:
 * <ul>
 *   <li><b>cues</b>: a phrase that signals a {@link Code} (e.g. {@code @COMM ~1 to/with? ~4 @HUMAN});</li>
 *   <li><b>negations</b>: a phrase that, shortly before a cue in the same clause, cancels it ("no need for",
 *       "don't want", "sin", "pas besoin", "kein"), optionally only for some codes;</li>
 *   <li><b>look-alikes</b>: phrases whose words must not count as cues ("human resources", "travel agent",
 *       "agent number", "in person", "insurance claim", "talk about");</li>
 *   <li><b>fallbacks</b>: the assistant's own "I'm sorry, I can't help with that" replies;</li>
 *   <li><b>sentiment</b> words for the trend rule.</li>
 * </ul>
 */
final class Lexicon {

    static final class Cue {
        final Code code;
        final String lang;
        final TokenPattern pattern;
        /** A weak cue counts only together with another cue of the same code in the turn. */
        final boolean weak;

        Cue(Code code, String lang, TokenPattern pattern, boolean weak) {
            this.code = code;
            this.lang = lang;
            this.pattern = pattern;
            this.weak = weak;
        }

        String evidence() {
            return lang + ": \"" + pattern.source + "\"" + (weak ? " (weak)" : "");
        }
    }

    static final class Negation {
        final TokenPattern pattern;
        /** Max word tokens between the end of the negation and the start of the cue. */
        final int window;
        /** Codes it applies to; empty = all except SELF_HARM. */
        final Set<Code> codes;
        /** True if it follows the cue ("an agent is not necessary"). */
        final boolean after;

        Negation(TokenPattern pattern, int window, Set<Code> codes, boolean after) {
            this.pattern = pattern;
            this.window = window;
            this.codes = codes;
            this.after = after;
        }

        boolean appliesTo(Code code) {
            return code != Code.SELF_HARM && (codes.isEmpty() || codes.contains(code));
        }
    }

    static final Map<String, String> CLASSES = new HashMap<>();
    static final Set<String> GAP_STOPS = new HashSet<>();

    static {
        // People and teams a customer may ask for.
        CLASSES.put("HUMAN", "human/humans/person/persons/people/agent/agents/representative/representatives/"
                + "operator/operators/someone/somebody/anyone/anybody/adviser/advisor/advisers/advisors/consultant/"
                + "staff/employee/employees/manager/managers/supervisor/supervisors/boss/assistant/assistants/"
                + "worker/workers/colleague/individual/specialist/associate/teller/"
                // es
                + "humano/humana/persona/personas/agente/agentes/asesor/asesora/operador/operadora/alguien/"
                + "empleado/empleada/encargado/gerente/responsable/representante/"
                // fr
                + "humain/humaine/personne/conseiller/conseillere/conseillers/operateur/operatrice/quelqu/"
                + "quelquun/employe/responsable/interlocuteur/"
                // de
                + "mensch/menschen/mitarbeiter/mitarbeiterin/berater/beraterin/agenten/jemandem/jemand/"
                + "kundenberater/sachbearbeiter/vorgesetzten/person");
        // Nouns that only ever mean a person/team when asked for (strong on their own in a short message).
        CLASSES.put("STRONG", "human/humans/agent/agents/representative/representatives/operator/operators/"
                + "manager/supervisor/humano/agente/asesor/operador/humain/conseiller/conseillere/operateur/"
                + "mensch/menschen/mitarbeiter/berater/kundenberater/sachbearbeiter");
        CLASSES.put("QUAL", "real/actual/live/human/normal/proper/physical/living/flesh/other/another/different/"
                + "non/verdadera/verdadero/real/vraie/vrai/reel/reelle/echten/echte/echter/richtigen/lebenden");
        CLASSES.put("QUALS", "real/actual/live/human/normal/proper/physical/living/verdadera/verdadero/vraie/"
                + "vrai/reel/reelle/echten/echte/echter/richtigen/lebenden");
        CLASSES.put("PASSFR", "passez/passe/mettez/mets/transferez/transfere");
        CLASSES.put("LOSTOBJ", "card/cards/wallet/purse/phone/smartphone/handbag/cheque/cheques/checkbook/"
                + "chequebook/passport/mastercard/visa/amex/creditcard/"
                + "tarjeta/cartera/movil/carte/portefeuille/telephone/karte/geldborse/handy/kreditkarte/bankkarte");
        CLASSES.put("DEPT", "reception/receptionist/desk/concierge/spa/gym/restaurant/housekeeping/cleaners/"
                + "cleaner/pool/lifeguard/bar/kitchen/chef/team/department/dept/service/support/care/helpdesk/"
                + "billing/sales/branch/office/recepcion/soporte/servicio/departamento/equipo/accueil/"
                + "service/equipe/kundendienst/kundenservice/abteilung/rezeption/team/support");
        CLASSES.put("COMM", "speak/speaking/spoke/talk/talking/chat/chatting/contact/contacting/reach/reaching/"
                + "converse/communicate/hablar/comunicarme/comunicar/contactar/platicar/parler/discuter/joindre/"
                + "contacter/sprechen/reden/chatten/kontaktieren/erreichen/telefonieren");
        CLASSES.put("PASS", "transfer/transferring/connect/connecting/put/pass/passing/forward/redirect/switch/"
                + "escalate/hand/route/send/get/pasame/pasa/paseme/transfiere/transfiera/conecta/conecteme/"
                + "comunicame/passez/passe/mettez/mets/transferez/transfere/verbinden/verbinde/durchstellen/"
                + "weiterleiten/stellen");
        CLASSES.put("WANT", "want/need/get/give/prefer/request/demand/require/bring/quiero/necesito/prefiero/"
                + "veux/voudrais/souhaite/besoin/exige/will/mochte/brauche/hatte/verlange");
        CLASSES.put("BOTN", "bot/bots/robot/robots/chatbot/machine/computer/ai/ia/ki/automated/automatic/"
                + "maquina/ordenador/machina/roboter/maschine/programm/virtual");
        CLASSES.put("REL", "husband/wife/mother/mum/mom/father/dad/son/daughter/partner/child/baby/brother/"
                + "sister/grandmother/grandfather/grandma/grandpa/nan/parent/parents/fiance/fiancee/spouse/"
                + "marido/esposo/esposa/mujer/madre/padre/hijo/hija/hermano/hermana/abuela/abuelo/"
                + "mari/femme/mere/pere/fils/fille/frere/soeur/epoux/epouse/"
                + "mann/frau/mutter/vater/sohn/tochter/bruder/schwester/ehemann/ehefrau");
        CLASSES.put("SECOBJ", "card/cards/wallet/purse/phone/identity/id/details/money/cheque/cheques/check/pin/"
                + "password/account/bag/bags/handbag/passport/credentials/tarjeta/cartera/identidad/movil/"
                + "dinero/cuenta/carte/portefeuille/telephone/identite/argent/compte/karte/geldborse/handy/"
                + "identitat/geld/konto/kreditkarte/bankkarte");
        CLASSES.put("TXN", "payment/payments/transaction/transactions/charge/charges/purchase/purchases/"
                + "withdrawal/withdrawals/withdraw/withdrawl/withdrawls/debit/debits/transfer/transfers/deposit/"
                + "cargo/cargos/compra/compras/pago/pagos/"
                + "movimiento/movimientos/paiement/paiements/operation/operations/prelevement/prelevements/"
                + "achat/achats/abbuchung/abbuchungen/zahlung/zahlungen/buchung/buchungen/umsatz/umsatze");
        for (String w : new String[] {"you", "about", "regarding", "because", "from", "but", "tu", "te", "vous",
                "dich", "ihnen", "sobre", "uber"}) {
            GAP_STOPS.add(w);
        }
    }

    final List<Cue> cues = new ArrayList<>();
    final List<Negation> negations = new ArrayList<>();
    final List<TokenPattern> lookAlikes = new ArrayList<>();
    final List<Cue> fallbacks = new ArrayList<>();
    /** "I lost it", "it was stolen": security only if the assistant's previous prompt was about a card, phone… */
    final List<TokenPattern> pronounLoss = new ArrayList<>();
    final List<TokenPattern> lostObjects = new ArrayList<>();
    final Set<String> positive = new HashSet<>();
    final Set<String> negative = new HashSet<>();

    static Lexicon defaults() {
        Lexicon l = new Lexicon();
        l.humanRequests();
        l.aiRejected();
        l.botQuestions();
        l.frustration();
        l.vulnerability();
        l.selfHarm();
        l.legal();
        l.complaints();
        l.fraud();
        l.consent();
        l.pronounLoss();
        l.cardData();
        l.negationsAndLookAlikes();
        l.fallbackPhrases();
        l.sentiment();
        return l;
    }

    private TokenPattern p(String source) {
        return TokenPattern.parse(source, CLASSES, GAP_STOPS);
    }

    private void cue(Code code, String lang, String... sources) {
        for (String s : sources) {
            cues.add(new Cue(code, lang, p(s), false));
        }
    }

    private void weakCue(Code code, String lang, String... sources) {
        for (String s : sources) {
            cues.add(new Cue(code, lang, p(s), true));
        }
    }

    private void neg(int window, boolean after, Set<Code> codes, String... sources) {
        for (String s : sources) {
            negations.add(new Negation(p(s), window, codes, after));
        }
    }

    private void lookAlike(String... sources) {
        for (String s : sources) {
            lookAlikes.add(p(s));
        }
    }

    private void humanRequests() {
        Code c = Code.HUMAN_REQUESTED;
        cue(c, "en",
                "@COMM ~1 to/with/through? one? of? your/the/a/an/some/my/ur? ~3 @HUMAN",
                "speak/speaking/talk/talking/chat/chatting ~1 to/with/through your/the/a/an/some? ~2 @DEPT",
                "contact/contacting/reach/reaching/call/calling ~1 your/the/a/an/some? ~2 @DEPT",
                "@PASS me/us ~1 to/with/through/on ~4 @HUMAN",
                "@PASS me/us ~1 to/with/through ~3 @DEPT",
                "@PASS me/us through/over/across",
                "put me through",
                "@WANT ~1 me? a/an/the/your/some/my? ~2 @STRONG",
                "@WANT ~1 me? a/an/the/your/some? @QUAL @HUMAN",
                "@QUALS person/human/agent/humans/people/operator/representative/persons",
                "@HUMAN ~2 on the line/phone",
                "someone/somebody/anyone/agent/representative/manager/supervisor/advisor/adviser ~2 "
                        + "call/ring/phone/contact me/us",
                "someone/somebody/anyone/person/human/agent/representative ~2 to talk/speak/chat to/with",
                "get/find ~1 me? someone/somebody ~1 else? to help/assist/look/check",
                "someone/somebody else ~1 can? take/have a look", "someone/somebody else ~1 can? look/help/check/deal/handle",
                "ask/asking/request/requesting ~4 from a/an/the/your/one? of? ~2 @STRONG",
                "call me back", "callback",
                "escalate/escalating ~2 this/it/me/my/matter/issue/case/complaint/problem/to/please",
                "please/want/need/like/can/could escalate", "escalation team/department/process/request",
                "hand ~1 over/off to");
        cue(c, "es",
                "@COMM con ~3 @HUMAN", "@PASS ~1 con ~3 @HUMAN", "@WANT ~1 un/una/el/la? ~2 @STRONG",
                "atencion humana/personal/personalizada", "persona real/humana", "@PASS ~1 con ~2 @DEPT");
        cue(c, "fr",
                "@COMM a/avec ~3 @HUMAN", "@PASS ~1 en? relation avec ~3 @HUMAN",
                "@WANT ~2 un/une/le/la? ~1 @STRONG", "@PASSFR moi? ~3 @HUMAN", "vraie personne", "etre humain", "mettre en relation");
        cue(c, "de",
                "mit ~4 @HUMAN ~2 sprechen/reden/verbinden/chatten/telefonieren/sprechen",
                "@PASS ~2 mit ~3 @HUMAN", "@WANT ~2 einen/eine/einem? ~1 @STRONG",
                "echten menschen/mensch/person", "menschlichen mitarbeiter/ansprechpartner", "@WANT ~2 einen? ~1 ansprechpartner",
                "mit ~3 ansprechpartner");
    }

    private void aiRejected() {
        Code c = Code.AI_REJECTED;
        cue(c, "en",
                "dont/never want ~1 to? talk/speak/chat ~1 to/with ~2 you/@BOTN",
                "do not want ~1 to? talk/speak/chat ~1 to/with ~2 you/@BOTN",
                "stop talking/speaking/chatting ~1 to/with ~2 @BOTN",
                "comfortable ~6 with/to ~2 machine/bot/robot/computer/ai/automated",
                "wasting ~3 time ~3 machine/bot/robot/computer/ai",
                "bot/chatbot/robot/ai ~1 is/s useless/stupid/dumb/rubbish/pointless/terrible/hopeless/bad/garbage",
                "useless/stupid/dumb/rubbish/pointless/terrible/hopeless/garbage bot/chatbot/robot/ai",
                "conversation/chat ~1 is/s? not/isnt/going/leading ~2 working/anywhere/nowhere/helping",
                "not ~1 talking/speaking/chatting to ~2 machine/bot/robot/computer",
                "no more bots/robots/machines");
        cue(c, "es", "no quiero hablar con ~2 maquina/robot/bot/ordenador", "hablar con una maquina");
        cue(c, "fr", "ne veux pas parler a ~2 robot/machine/bot/ordinateur", "parler a une machine");
        cue(c, "de", "nicht mit ~2 bot/roboter/maschine/computer ~1 sprechen/reden/chatten",
                "keine lust auf ~2 bot/roboter/maschine");
    }

    private void botQuestions() {
        Code c = Code.BOT_QUESTION;
        cue(c, "en",
                "are/r you ~1 a/an? @QUAL? bot/robot/machine/computer/ai/human/person/automated/chatbot/real",
                "is/s this/it/that ~1 a/an? @QUAL? bot/robot/machine/computer/ai/human/person/automated/chatbot",
                "am i ~1 talking/speaking/chatting/texting ~1 to/with a/an? @QUAL? bot/robot/machine/computer/ai/"
                        + "human/person/chatbot",
                "you/your/youre/you a/an bot/robot/chatbot/computer/machine/ai",
                "you are/re ~1 a/an bot/robot/chatbot/computer/machine/ai");
        cue(c, "es", "eres ~1 un/una? robot/bot/maquina/humano/persona", "es ~1 un/una robot/bot/maquina");
        cue(c, "fr", "etes vous ~1 un/une? robot/bot/machine/humain/personne", "es tu ~1 un/une? robot/bot/humain",
                "c est ~1 un robot/bot");
        cue(c, "de", "bist du ~1 ein/eine? bot/roboter/mensch/maschine", "sind sie ~1 ein/eine? bot/roboter/mensch",
                "ist das ~1 ein bot/roboter");
    }

    private void frustration() {
        Code c = Code.FRUSTRATION;
        cue(c, "en",
                "stupid", "idiot", "idiots", "idiotic", "useless", "dumb", "moron*", "pathetic", "ridiculous",
                "rubbish", "garbage", "crap", "crappy", "shit", "shitty", "shitshow", "fuck*", "fck*", "fudge off", "wtf",
                "bullshit", "incompetent", "joke", "worst", "terrible", "awful",
                "horrible", "hopeless", "unacceptable", "outrageous", "disgrace*", "disgusting", "furious",
                "livid", "pissed", "angry", "annoyed", "annoying", "frustrat*", "fed up", "sick of",
                "sick and tired", "had enough", "waste ~1 of time/money", "wasting ~1 my/our time",
                "second/third/fourth/fifth/3rd/4th/5th/nth/hundredth/umpteenth time", "how many times",
                "i/ive ~1 already told/said/explained/asked", "again and again", "over and over",
                "keep ~1 asking/telling/saying/repeating", "nobody/noone ~2 helps/answers/cares/listens/helping",
                "you ~1 dont/arent/cant/didnt ~1 understand/listen/listening/help/helping/helpful/get",
                "you are/re not ~1 understanding/listening/helping/helpful",
                "not ~1 helpful/helping/listening", "getting ~2 wrong", "nothing works", "not working again",
                "makes no sense", "no idea what you/youre ~1 talking/referring", "never again");
        // intensifiers and waiting on their own are not frustration; with another cue they are
        weakCue(c, "en", "damn", "damned", "goddamn", "bloody", "still ~1 not/nothing/waiting/havent/hasnt/doesnt/dont/no",
                "for weeks/months/ages", "disappointed", "unhappy");
        weakCue(c, "es", "todavia no", "aun no", "maldit*");
        weakCue(c, "fr", "toujours pas", "putain");
        weakCue(c, "de", "immer noch nicht", "verdammt*");
        cue(c, "es", "estupido/estupida/inutil/idiota/ridiculo/verguenza/indignante/mierda/fatal/harto/harta",
                "tercera/cuarta vez", "otra vez", "ya ~1 te/le/lo ~1 dije", "no sirve*", "no me entiendes");
        cue(c, "fr", "nul/inutile/debile/ridicule/honteux/inadmissible/merde/marre/idiot/stupide",
                "ras le bol", "troisieme/quatrieme fois", "deja dit", "n importe quoi", "vous ne comprenez pas");
        cue(c, "de", "dumm/blode/bloder/bloden/blodsinn/nutzlos/unfahig/frechheit/scheise/unverschamt/sauer/wutend/lacherlich",
                "zum dritten/vierten mal", "schon ~1 wieder/gesagt", "reicht mir", "nase voll",
                "verstehen mich nicht");
    }

    private void vulnerability() {
        Code c = Code.VULNERABILITY;
        cue(c, "en",
                "passed away", "@REL ~2 passed", "bereave*", "funeral", "widow/widowed/widower", "deceased",
                "death of my", "death certificate", "my late @REL", "lost my @REL",
                "@REL ~2 died/passed/dead", "died ~1 last/recently/yesterday",
                "cancer", "chemo*", "radiotherapy", "terminally ill", "terminal illness/cancer/diagnosis",
                "in/into ~1 hospital", "hospitalised/hospitalized/hospitalisation/hospitalization", "intensive care", "seriously/very/critically/gravely ill",
                "heart attack", "stroke", "dementia", "alzheimer*", "diagnosed with", "i/im am? ~1 disabled",
                "disabled person", "disability", "mental health", "depressed/depression", "anxiety",
                "panic attacks/attack", "caregiver", "lost my job", "lost our jobs", "unemployed", "redundant",
                "redundancy", "laid off", "bankrupt*", "insolven*",
                "cant/couldnt afford ~2 to? pay/eat/rent/food/bills/payments/mortgage/heating/live/repayments",
                "struggling ~2 to? pay/financially/money/debt/bills/rent/mortgage", "in debt", "debt collector*",
                "financial hardship/difficulty/difficulties/trouble", "behind ~1 on/with ~1 payments/rent/mortgage/bills",
                "no money ~1 left/for food", "food bank", "cant pay ~1 my/the? rent/bills/mortgage", "evict*",
                "domestic abuse/violence", "abusive ~1 partner/husband/wife/relationship",
                "@REL ~3 abusive/violent/hits/beats/threatens", "financial abuse",
                "coercive", "afraid of my @REL", "i/im/we/were ~2 homeless");
        cue(c, "es", "fallecio", "ha fallecido", "fallecimiento", "murio", "cancer", "en el hospital",
                "perdi mi trabajo/empleo", "sin trabajo", "desempleado/desempleada", "no puedo pagar", "deudas",
                "violencia domestica/de genero", "viuda/viudo", "quimioterapia", "enfermedad grave");
        cue(c, "fr", "decede/decedee/deces", "est mort/morte", "cancer", "a l hopital", "hospitalise*",
                "perdu mon emploi/travail", "au chomage", "ne peux pas payer", "dettes", "surendettement",
                "violence* conjugale*", "veuve/veuf", "chimio*", "maladie grave");
        cue(c, "de", "verstorben", "gestorben", "todesfall", "krebs", "im krankenhaus", "arbeitslos",
                "job verloren", "arbeit verloren", "nicht ~1 mehr? bezahlen", "schulden", "hausliche gewalt",
                "witwe/witwer", "chemotherapie", "schwer krank", "insolvenz", "privatinsolvenz");
    }

    private void selfHarm() {
        Code c = Code.SELF_HARM;
        cue(c, "en", "kill/killing myself", "end/ending my ~1 life", "take ~1 my own? life", "suicid*",
                "want ~1 to? die", "dont want to live/be ~2 alive/here/anymore",
                "no reason/point ~1 to/in living/live/go", "better off dead", "end it all", "self harm*",
                "hurt/harm/hurting/harming myself", "cut/cutting myself", "not worth living", "cant go on",
                "dont want to be alive", "overdose");
        cue(c, "es", "suicid*", "quitarme la vida", "matarme", "no quiero vivir", "quiero morir*",
                "acabar con todo", "hacerme dano");
        cue(c, "fr", "suicid*", "me suicider", "me tuer", "mettre fin a mes jours", "en finir",
                "veux mourir", "envie de mourir", "plus envie de vivre", "me faire du mal");
        cue(c, "de", "suizid*", "selbstmord*", "mich umbringen", "das leben nehmen", "nicht mehr leben",
                "will/mochte sterben", "mir etwas antun", "mich ritzen");
    }

    private void legal() {
        Code c = Code.LEGAL_THREAT;
        cue(c, "en",
                "my/our lawyer/lawyers/attorney/attorneys/solicitor/solicitors/counsel",
                "contact/call/get/hire/consult/instruct/involve/see/speak/talk/engage ~2 lawyer/lawyers/attorney/"
                        + "solicitor/solicitors/legal",
                "sue/suing ~1 you/your/them/company/bank/ur",
                "will/going/ll ~2 sue", "lawsuit*", "class action", "legal action/proceedings/steps/case",
                "take/taking ~3 to court", "take/taking you/them/this/it ~1 to court", "see you in court", "small claims", "court case",
                "report ~4 to ~2 ombudsman/regulator/fca/cfpb/ftc/bbb/ico/fos",
                "ombudsman", "regulator", "financial conduct authority", "better business bureau", "cfpb", "fca",
                "trading standards", "consumer protection", "attorney general", "breach of contract",
                "legal advice", "gdpr complaint", "data protection authority");
        cue(c, "es", "abogado/abogados/abogada", "demandar*", "demanda judicial", "acciones legales/judiciales",
                "tribunal/tribunales/juzgado", "denunciar*", "ocu", "defensor del cliente", "via judicial");
        cue(c, "fr", "mon/notre/un ~1 avocat", "poursuivre ~2 en justice", "porter plainte", "action en justice",
                "tribunal", "mediateur", "dgccrf", "que choisir", "poursuites judiciaires");
        cue(c, "de", "anwalt/rechtsanwalt/anwaltin/anwalte", "verklagen", "klage", "rechtliche schritte",
                "vor gericht", "verbraucherzentrale", "bafin", "schlichtungsstelle", "ombudsmann");
    }

    private void complaints() {
        Code c = Code.COMPLAINT;
        cue(c, "en",
                "complain*",
                "file/filing/lodge/lodging/make/making/submit/submitting/raise/raising/register/open/log/put/"
                        + "write/start ~4 claim/claims/reclamation/reclamations/grievance",
                "claim/claims/reclamation/reclamations against",
                "reclamation/reclamations", "grievance");
        cue(c, "es", "queja/quejas/quejarme/quejar", "reclamacion/reclamaciones/reclamo/reclamar",
                "hoja de reclamaciones");
        cue(c, "fr", "reclamation/reclamations", "me plaindre", "deposer ~2 plainte", "plainte contre");
        cue(c, "de", "beschwerde/beschwerden/beschweren/reklamation/reklamieren");
    }

    private void fraud() {
        Code c = Code.FRAUD_OR_SECURITY;
        cue(c, "en",
                "fraud*", "scam/scammed/scammer/scammers/scams", "phishing", "identity theft",
                "hack/hacked/hacker/hackers/hacking",
                "compromised", "unauthori*", "without my ~1 permission/consent/knowledge/authorization/authorisation/"
                        + "agreement/approval",
                "suspicious ~2 activity/login/logins/email/text/call/message/@TXN",
                "didnt/never ~1 make/authorize/authorise/do/order/buy/made ~3 payment/payments/transaction/"
                        + "transactions/purchase/purchases/withdrawal/charge/charges/these/this/that/them",
                "did not ~1 make/authorize/authorise/do/order/buy ~3 payment/payments/transaction/"
                        + "transactions/purchase/purchases/withdrawal/charge/charges/these/this/that/them",
                "dont/didnt/not/cant ~1 recogni* ~4 @TXN", "do/did/can not ~1 recogni* ~4 @TXN", "@TXN ~5 dont/didnt/not/never ~1 recogni*",
                "unrecogni*", "strange/weird/unknown/random/odd/unfamiliar ~1 @TXN",
                "someone/somebody/stranger/thief ~1 else? ~2 stole/stolen/took/taken/swiped/nicked",
                "stolen/stole/swiped/nicked", "theft", "thief",
                "@TXN ~6 i/me ~1 didnt/never ~1 make/made/do/authorize/authorise/perform/performed/approve/"
                        + "approved/purchase/buy/get/take/setup/set/recogni*/recall",
                "@TXN ~6 i/me ~1 did/do/have not ~1 make/made/do/authorize/authorise/perform/performed/approve/"
                        + "approved/purchase/buy/get/take/set/recogni*/recall",
                "@TXN ~6 not/isnt/wasnt/arent ~1 mine/me", "not ~1 made/done/completed/authorized/authorised by me",
                "wasnt me", "without me knowing", "@TXN ~6 not/isnt/wasnt from/by me",
                "someone/somebody ~1 else? ~2 withdrew/removed/took/taken/taking/withdrawing/spent/stole/stealing ~2 "
                        + "money/cash/funds",
                "says/said/shows/showing/show ~6 i ~1 made/did/withdrew/received/took/spent/got ~5 and/but i ~1 "
                        + "didnt/never",
                "says/said/shows/showing/show ~6 i ~1 made/did/withdrew/received/took/spent/got ~5 and/but i ~1 "
                        + "did not",
                "@TXN ~4 to? dispute", "unsure/uncertain/unfamiliar ~3 @TXN", "not familiar with ~3 @TXN",
                "@TXN ~2 is/s/looks ~1 bogus/bs/fake/fraudulent/dodgy/shady",
                "cash/money ~6 i/me ~1 didnt/never ~1 get/take/withdraw/receive/request",
                "cash/money ~6 i/me ~1 did not ~1 get/take/withdraw/receive/request", "dont/didnt ~1 recall/remember ~1 making/authori*/doing",
                "bogus/false/fake/fraudulent/illegitimate ~1 @TXN",
                "freeze/block/lock/frozen/cancel ~3 stolen/lost/compromised ~1 @LOSTOBJ",
                "cant/cannot/couldnt/unable ~1 find/locate ~2 my/the ~2 @LOSTOBJ",
                "dont know where ~2 @LOSTOBJ", "missing ~2 my ~2 @LOSTOBJ", "@LOSTOBJ ~3 gone/taken", "dont think i ~1 made/authori* ~2 @TXN",
                "dont know where ~2 @TXN ~2 came/coming/come/comes from", "@TXN ~6 dont know where ~3 from",
                "lost @LOSTOBJ", "dispute ~3 @TXN", "dispute fraud", "improperly used",
                "someone/somebody/stranger ~1 else? ~2 used/using/use/accessed/access/took/taken/withdrew/stole/"
                        + "stolen/copied/got/gotten/has/hacked/removed/spent/managed ~4 my/our/the @SECOBJ",
                "someone/somebody ~1 else? ~1 is/has/was/must ~2 using/used/taking/accessing/withdrawing",
                "stolen/stole/steal ~4 @SECOBJ", "@SECOBJ ~4 stolen/stole/nicked/robbed",
                "lost ~2 my/our/the/a ~2 @LOSTOBJ", "@LOSTOBJ ~3 lost/missing", "lost or stolen", "robbed", "mugged",
                "sim swap", "impersonat*", "pretending to be", "fake ~1 email/text/call/website/message/sms",
                "spoof*", "account takeover", "locked out of ~1 my/our? account");
        cue(c, "es", "fraude*", "fraudulent*", "estafa*", "timo", "me ~2 robado", "robada/robado/robaron",
                "hackea*", "pirate*", "no reconozco ~3 @TXN", "no autorizad*", "sin mi ~1 permiso/autorizacion/"
                        + "consentimiento", "suplantacion", "perdi ~2 @LOSTOBJ");
        cue(c, "fr", "fraude*", "frauduleu*", "arnaque*", "escroquerie*", "escroc*", "vole/volee/voles/volees",
                "pirate/piratage/piratee", "usurpation", "je ne reconnais pas ~3 @TXN",
                "ne reconnais pas", "non autorise*", "sans mon ~1 autorisation/accord/consentement",
                "perdu ~2 @LOSTOBJ");
        cue(c, "de", "betrug*", "betruger*", "betrugerisch*", "gestohlen", "geklaut", "gehackt",
                "identitatsdiebstahl", "nicht autorisiert*", "ohne meine ~1 zustimmung/erlaubnis/genehmigung",
                "erkenne ~3 nicht", "unbekannte ~1 @TXN", "verdachtig*", "@LOSTOBJ ~3 verloren");
    }

    private void pronounLoss() {
        for (String src : new String[] {"lost it", "lost them", "it ~2 was/s/got/has/been stolen/taken/nicked",
                "cant/cannot/couldnt find it/them", "forgot where ~1 i put it", "it s/is gone", "misplaced it",
                "lo perdi", "la perdi", "me la robaron", "je l ai perdue/perdu", "on me l a volee",
                "habe sie/ihn/es verloren", "wurde gestohlen"}) {
            pronounLoss.add(p(src));
        }
        lostObjects.add(p("@LOSTOBJ"));
    }

    private void consent() {
        Code c = Code.CONSENT_DECLINED;
        cue(c, "en", "i ~1 dont/never ~1 consent", "i ~1 do not ~1 consent",
                "i ~1 dont ~1 agree to ~3 ai/automated/recording/processing/data/terms/bot",
                "i ~1 do not ~1 agree to ~3 ai/automated/recording/processing/data/terms/bot",
                "withdraw/revoke/withdrawing/revoking ~2 consent", "opt/opting out of ~2 ai/automated/bot");
        cue(c, "es", "no consiento", "no doy mi consentimiento", "retiro mi consentimiento");
        cue(c, "fr", "je ne consens pas", "retire mon consentement", "je refuse ~3 ia/traitement/enregistrement");
        cue(c, "de", "stimme nicht zu", "widerspreche", "keine einwilligung", "widerrufe ~2 einwilligung");
    }

    private void cardData() {
        Code c = Code.CARD_DATA_IN_UNSAFE_CHANNEL;
        cue(c, "en", "card number is/s", "here ~1 is/are/s my ~1 card ~1 number/details",
                "my card details are", "cvv/cvc/cv#/cvv#", "security code on the back", "long number on ~1 card");
        cue(c, "es", "numero de ~1 mi? tarjeta es");
        cue(c, "fr", "numero de ~1 ma? carte est");
        cue(c, "de", "kartennummer ist/lautet");
    }

    private void negationsAndLookAlikes() {
        Set<Code> all = EnumSet.noneOf(Code.class);
        // before the cue, same clause
        neg(4, false, all, "no need", "no ~1 necesity", "dont want", "dont need", "dont wish", "dont have to",
                "do not want/need/wish", "didnt want/need/ask", "did not want/need/ask", "never want/need/asked",
                "no thanks", "no thank you", "not necessary", "without", "instead of", "rather than", "needn",
                "nor", "no necesito", "no quiero", "no hace falta", "sin", "ni", "pas besoin", "ne veux pas",
                "ne souhaite pas", "sans", "kein/keine/keinen/keinem/keiner", "nicht notig", "ohne", "will nicht",
                "brauche nicht", "mochte nicht");
        neg(0, false, all, "no", "nunca", "jamais", "nie");
        neg(1, false, all, "not", "never");
        neg(2, false, EnumSet.of(Code.FRUSTRATION, Code.FRAUD_OR_SECURITY, Code.VULNERABILITY, Code.LEGAL_THREAT,
                Code.COMPLAINT), "not/isnt/wasnt/arent/no/not/nicht/pas/ningun/ninguna/aucun/aucune ~1 a/an/un/una/"
                + "une/ein/eine?");
        // after the cue
        neg(3, true, all, "not ~1 needed/necessary/required", "isnt ~1 needed/necessary/required",
                "no longer needed", "no hace falta", "pas necessaire", "nicht notig", "nicht erforderlich");

        // words that look like cues but are something else
        lookAlike("human resources/rights/error/nature/race/trafficking/body/capital/interest/readable/hair",
                "humane", "recursos/derechos/ressources/droits ~1 humanos/humano/humanas/humaines/humaine/humain/"
                        + "humains/homme", "personalabteilung", "travel/estate/insurance/letting/booking/shipping/customs/user/secret/double/free/"
                        + "cleaning/border/ticket/talent/sports/literary/lettings ~1 agent/agents",
                "my agent number/id/code", "agent/agents/agente/agentes immobilier/immobiliers/inmobiliario/"
                        + "inmobiliaria/commercial/comercial", "agent/agents/agente/agentes de ~1 voyage/voyages/viajes/"
                        + "seguros/assurance/assurances/bolsa/change", "agent/agents number/id/code/codes/#/fee/fees/commission/orange",
                "@HUMAN #",
                "in/per person", "person to person", "first/second/third/missing/contact/key/same person",
                "tour/network/mobile/telecom/train/bus/ferry/cell/satellite ~1 operator/operators",
                "operator fee/fees/charge/charges/code",
                "password/file/task/download/package/event/property/wealth/asset/fund ~1 manager",
                "representative sample/example", "virtual/ai/digital/voice/google/personal/smart ~1 assistant",
                "speak/talk/chat/speaking/talking ~1 in/up/louder/faster/slower/slowly/quieter/more/english/"
                        + "spanish/french/german/dutch/about/me",
                "talk/speak ~1 to/with ~1 you ~1 soon/later/tomorrow/again",
                "@HUMAN else s", "for someone/somebody ~1 else? to use",
                "someone/somebody/person ~2 send/sent/sends/pay/paid/pays/transfer/transferred/add/added/owe/owes",
                "send/sent/pay/paid/transfer/transferred/give/gave/gift ~3 to ~2 someone/somebody/person/people",
                "insurance/refund/warranty/tax/expense/expenses/benefit/benefits/travel/medical/health/damage/"
                        + "baggage/luggage ~1 claim/claims",
                "claim ~2 refund/refunds/rewards/reward/points/cashback/bonus/prize/money/back/compensation/"
                        + "reimbursement/expenses/tax/benefit/benefits",
                "claim jumper", "what i/you/we ~1 call", "gone through", "taken/swallowed/kept/retained/eaten by ~2 atm/machine/cashpoint",
                "atm/machine/cashpoint/terminal ~2 stole/took/swallowed/kept/ate/eaten/retained",
                "phone/battery/card/laptop/car/engine/computer/tv/printer ~2 died/dead",
                "payment/card/pos/airport/bus/train/ferry ~1 terminal",
                "disabled ~2 card/account/feature/notifications/payments/cards/contactless/option",
                "card/cards/account/feature/contactless/payments ~3 disabled",
                "stroke of luck", "food/tennis/basketball ~1 court", "joke ~1 about", "tell ~1 me? a joke",
                "bloody mary", "kill ~1 time", "damn good", "hack/hacks/hacking ~1 for/to",
                "lost ~3 card ~2 found", "found ~3 lost", "lost ~1 luggage", "lost and found", "dog/cat person",
                "agent/agents ~1 of ~1 change", "person/people ~1 who/that", "real ~1 estate",
                "no/not ~1 problem", "no worries");
    }

    private void fallbackPhrases() {
        Code c = Code.ASSISTANT_FALLBACKS;
        cue(c, "en", "sorry ~4 cant/unable/not able ~3 help", "i ~1 dont/didnt/do not/did not ~1 understand/follow",
                "i ~1 dont/didnt ~1 get/catch that/what", "could/can you ~1 rephrase/reword/repeat/clarify",
                "please rephrase/reword", "say that again", "not sure ~2 what you mean/understand",
                "i ~1 cant/unable to ~1 help ~1 with that/this", "cant help with that",
                "outside ~2 what i can", "i dont know how to help", "didnt quite get", "try asking ~1 differently");
        cue(c, "es", "no ~1 te/le? ~1 he? entendido", "no entiendo", "no puedo ayudar*", "reformular",
                "lo siento ~3 no puedo");
        cue(c, "fr", "je n ai pas compris", "je ne comprends pas", "ne peux pas vous aider", "reformuler");
        cue(c, "de", "nicht verstanden", "verstehe ~2 nicht", "kann ~3 nicht helfen", "anders formulieren",
                "umformulieren");
        for (Cue cue : cues) {
            if (cue.code == Code.ASSISTANT_FALLBACKS) {
                fallbacks.add(cue);
            }
        }
        cues.removeIf(cue -> cue.code == Code.ASSISTANT_FALLBACKS);
    }

    private void sentiment() {
        for (String w : ("thanks thank great perfect awesome excellent good helpful brilliant appreciate love "
                + "wonderful fantastic nice fine solved resolved works worked cheers gracias genial perfecto "
                + "excelente bien merci parfait super genial excellent danke prima toll ausgezeichnet gut").split(" ")) {
            positive.add(Tokens.normalizePhrase(w)[0]);
        }
        for (String w : ("bad wrong problem issue not never still again worse worst terrible awful useless angry "
                + "annoyed disappointed ridiculous unacceptable nothing error failed broken no cant wont doesnt "
                + "didnt isnt malo mal problema nunca todavia mauvais probleme jamais toujours encore schlecht "
                + "nie immer wieder falsch nicht").split(" ")) {
            negative.add(Tokens.normalizePhrase(w)[0]);
        }
    }
}
