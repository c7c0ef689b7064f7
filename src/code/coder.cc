// The coder runs sentence by sentence, keeping an article-level Discourse memory.
//
// 1. Chunking. Noun phrases are maximal runs of nominal tokens (determiners, adjectives,
//    numbers, nouns, names, possessives, dictionary phrases). "N of NP" is merged when N
//    is a quantity ("hundreds of Iraqis") or an agent without a country ("the leaders
//    of Serbia and Kosovo"). Verb groups are runs of auxiliaries, modals, negations and
//    adverbs ending in a verb; they carry negation, passive voice and future tense.
// 2. Resolution. Each noun phrase gets its actors: a person by their role on the date;
//    else an agent with the country of a modifier, a possessor or an `of` phrase; else a
//    named actor or demonym; else, for a possessive, the possessor. Pronouns and
//    country-less descriptions go to the Discourse, which remembers people and actors in
//    the order the article names them.
// 3. Subjects. Leftwards from a verb group, past adverbs, prepositional phrases and
//    appositives, to the nearest noun phrase of the same clause; a relative pronoun takes
//    its antecedent; a coordinated or non-finite verb inherits the previous subject.
// 4. Patterns. Every pattern of the group's verb is matched against the tokens after it
//    (backtracking over optional words and `...` skips); the heaviest match wins, and a
//    match that covers a later verb ("agreed to meet") silences that verb. Event nouns
//    take their source from a possessor or from the clause around them.
#include "code/coder.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <sstream>
#include <string_view>

#include "base/ascii.h"
#include "base/unaligned.h"
#include "code/actor_code.h"
#include "code/date_resolver.h"
#include "code/peer_verbs.h"
#include "code/word_lists.h"
#include "code/word_set.h"
#include "dict/cameo.h"
#include "parse/tagger.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace tacitus {
namespace {

using std::string_view_literals::operator""sv;

constexpr int kMaxSkip = 8;
// How many sentences back "the arrest" may look for the arrest's author.
constexpr int kAuthorWindow = 6;

enum class Tense { kActual, kFuture, kIntent };

// Stands for the speaker of the quotation around a first-person pronoun.
constexpr const char* kSpeaker = "@SPEAKER";

bool IsSpeechVerb(std::string_view lemma) {
  static const WordSet kSpeech = {
      "say",     "add",     "tell",      "state",     "declare", "announce",    "write",
      "tweet",   "note",    "insist",    "stress",    "warn",    "claim",       "quote",
      "explain", "remark",  "continue",  "conclude",  "argue",   "acknowledge", "reply",
      "respond", "comment", "emphasize", "emphasise", "assert",  "post"};
  return kSpeech.Has(lemma);
}
// Limits that keep a sentence's work bounded (doc/robustness.md). Tokens past the first 400 of
// a sentence and actors past the first 64 of a compound are not coded; each cut is counted in
// the article's warnings.
constexpr size_t kMaxTokensPerSentence = 400;
constexpr size_t kMaxActorsPerCompound = 64;

// The dictionary entry behind an actor's code; Dictionary::Where turns it into "file:line"
// text only for what is written out.
using EntryRef = std::optional<SourceRef>;

struct Actor {
  // Held in place (ActorCode): an actor is copied as plain bytes. A built code longer than
  // ActorCode::kInline is kept by the article's Discourse (Discourse::Code).
  ActorCode code;
  uint32_t tb = 0, te = 0;  // token range of the mention in its sentence
  // How the actor was found, for explain output and the event's evidence: a literal
  // ("actor") or a text kept by the article's Discourse (Discourse::Keep), so that copying
  // an actor copies no text.
  std::string_view via;
  EntryRef entry;
  int32_t person = -1;
  bool possessor_only = false;
};

struct Np {
  uint32_t b = 0, e = 0;
  std::vector<Actor> actors;
  bool pronoun = false;
  // The agent of the head, if the phrase is a description without a country.
  std::string open_role;
  std::vector<std::string> open_words;
  bool open_collective = false;  // an institution ("police") that may take a country later
  EntryRef open_entry;
  // The country a word before the head agent gave it ("Danish media": DNK).
  std::string modifier_country;
  // MergeOf's "N of NP[, NP and NP]": the first token after the "of", or 0 for none.
  uint32_t of_begin = 0;
};

struct Group {
  uint32_t b = 0, e = 0, head = 0;
  bool negated = false, passive = false, future = false, nonfinite = false;
  bool intent = false;            // non-finite under an intent verb or noun: "plans to visit"
  bool governor_negated = false;  // "did not want to hold a meeting"
  bool reduced_relative = false;  // "prisoners freed by the government"
  bool subject_found = false;
  std::vector<Actor> subject;
  std::string why;  // for explain only: how the subject was found or why not
};

struct Match {
  int group = -1;     // -1 for noun patterns
  uint32_t head = 0;  // token of the verb or noun
  uint32_t end = 0;   // one past the last token consumed
  const Pattern* pattern = nullptr;
  std::vector<Actor> targets, sources;
  std::string implied_role;          // `+GOV`: the target is implied
  bool target_from_subject = false;  // passive or `$`
  bool missing_target = false;       // matched with its final target slot empty
  bool default_source = false;       // a peer pattern's actor before the head is the target
  bool clause_source = false;        // TABARI's source: the clause's first actor (see below)
  int weight = 0;
};

bool IsCountry(std::string_view code) {
  if (code.size() < 3) return false;
  auto is = [&](const char* p) { return code[0] == p[0] && code[1] == p[1] && code[2] == p[2]; };
  return !is("IGO") && !is("NGO") && !is("IMG") && !is("MNC");
}

bool HasRole(std::string_view code) { return code.size() > 3; }

// Three letters of a code as one number: a country ("USA" of "USAGOV") or a role ("MED").
uint32_t Letters3(const char* p) { return static_cast<uint32_t>(PackShortWord(p, 3)); }

std::string Combine(std::string_view country, std::string_view role) {
  // A peer's coded compound ("FRO/BIL/SAM"): the role goes to each member.
  if (size_t slash = country.find('/'); slash != std::string::npos)
    return Combine(country.substr(0, slash), role) + "/" + Combine(country.substr(slash + 1), role);
  if (!IsCountry(country) || HasRole(country)) return std::string(country);
  return std::string(country).append(role);
}

// The peers' rule (CoderOptions::peer_agent_codes): the role ("GOV", or "NGO~" to go
// before) is added to the actor's code unless the code holds it on a three-letter
// boundary: USAGOV + GOV is USAGOV, GMWGOV + WGO is GMWGOVWGO, NGM + GONGMO is NGMGONGMO.
std::string CombinePeer(std::string_view actor, std::string_view role) {
  if (size_t slash = actor.find('/'); slash != std::string::npos)
    return CombinePeer(actor.substr(0, slash), role) + "/" +
           CombinePeer(actor.substr(slash + 1), role);
  bool prefix = !role.empty() && role.back() == '~';
  std::string_view r(role.data(), role.size() - (prefix ? 1 : 0));
  if (r.empty()) return std::string(actor);
  for (size_t at = actor.find(r); at != std::string::npos; at = actor.find(r, at + 1))
    if (at % 3 == 0) return std::string(actor);
  return prefix ? std::string(r).append(actor) : std::string(actor).append(r);
}

// A role as an actor of its own (TABARI's CONVERT AGENTS): "~COP", "NGO~".
std::string ConvertedAgent(const std::string& role) {
  return !role.empty() && role.back() == '~' ? role : "~" + role;
}

// A peer's coded compound actor ("THE SHIRE [FRO/BIL/SAM]") is one actor per code.
void ExpandCodedCompounds(std::vector<Actor>* actors) {
  if (std::none_of(actors->begin(), actors->end(),
                   [](const Actor& a) { return a.code.find('/') != std::string::npos; }))
    return;
  std::vector<Actor> out;
  for (const Actor& a : *actors) {
    size_t from = 0;
    for (size_t slash; (slash = a.code.find('/', from)) != std::string::npos; from = slash + 1) {
      // A part of a code is a code too (ActorCode: short parts are copied, long ones view
      // the same kept text).
      out.push_back(a);
      out.back().code = ActorCode(a.code.substr(from, slash - from));
    }
    out.push_back(a);
    out.back().code = ActorCode(a.code.substr(from));
  }
  *actors = std::move(out);
}

// People's titles that a description can name ("the foreign minister"); institutions
// ("the police") instead take the article's salient country.
bool IsPersonTitleWord(std::string_view w) {
  static const WordSet kTitles = {
      "minister",   "president", "leader",      "diplomat",    "premier",        "chancellor",
      "king",       "queen",     "spokesman",   "spokeswoman", "spokesperson",   "envoy",
      "ambassador", "secretary", "counterpart", "prime",       "emir",           "prince",
      "sultan",     "chairman",  "chief",       "head",        "commander",      "general",
      "governor",   "mayor",     "ayatollah",   "pope",        "monarch",        "vice",
      "deputy",     "foreign",   "defence",     "defense",     "representative", "speaker",
      "official",   "dictator",  "strongman",   "ruler"};
  return kTitles.Has(w);
}

// Institutions and groups that, named without a country ("police fired tear gas"), are
// the article's own country's.
bool IsDomesticCollective(const WordLists& lists, const std::vector<std::string>& words) {
  return lists.HasPhraseOrLast(WordClass::kCollective, words);
}

bool IsAllCapsToken(const Token& t) {
  int letters = 0;
  for (char c : t.text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 3;
}

bool IsHonorific(std::string_view w) {
  static const WordSet kHonorific = {
      "mr",     "mrs",    "ms",        "dr",        "sir",     "gen",      "gen.", "mr.",
      "mrs.",   "ms.",    "dr.",       "lt",        "col",     "sen",      "sen.", "rep",
      "rep.",   "prof",   "president", "chairman",  "premier", "minister", "king", "queen",
      "prince", "sheikh", "emir",      "ayatollah", "general", "marshal",  "pope"};
  return kHonorific.Has(w);
}

// Words tagged as prepositions that also open clauses ("as police fired", "after
// protesters attacked").
bool IsClauseOpeningPreposition(std::string_view w) {
  return Is(w, "as") || Is(w, "after") || Is(w, "before") || Is(w, "since") || Is(w, "until") ||
         Is(w, "while") || Is(w, "once") || Is(w, "because");
}

// Verbs whose that-clause says what someone else must do: "demanded that it step down".
bool IsDirectiveVerb(const WordLists& lists, std::string_view lemma) {
  return lists.Has(WordClass::kDirectiveVerb, lemma);
}

// Verbs whose complement is a future or wished-for event.
bool IsIntentVerb(const WordLists& lists, std::string_view lemma) {
  return lists.Has(WordClass::kIntentVerb, lemma);
}

// Verbs whose object noun names the event: "put a freeze on", "imposed sanctions on".
bool IsLightVerb(std::string_view lemma) {
  static const WordSet kLight = {
      "put",   "impose",  "slap",      "announce", "declare", "issue", "launch",
      "carry", "conduct", "make",      "give",     "deliver", "order", "approve",
      "adopt", "unveil",  "introduce", "level",    "stage",   "mount", "begin",
      "start", "extend",  "expand",    "tighten",  "widen"};
  return kLight.Has(lemma);
}

// Weapons coded as their user's military ("Israeli air strikes") only by an explicit
// country, never by the article's: a missile in a report about Kyiv is rarely Ukraine's.
bool IsWeaponWord(const WordLists& lists, const std::vector<std::string>& title) {
  return !title.empty() && lists.Has(WordClass::kWeapon, title.back());
}

// The force code (195, 194) of an attack by `weapon`, or "".
std::string WeaponForceCode(const WordLists& lists, std::string_view weapon) {
  const WordEntry* entry = lists.Find(WordClass::kWeapon, weapon);
  return entry ? entry->code : "";
}

bool IsGroupWord(const WordLists& lists, std::string_view lemma) {
  return lists.Has(WordClass::kGroup, lemma);
}

bool IsOrganizationWord(std::string_view lemma) {
  static const WordSet kOrganization = {"bloc",       "alliance", "organisation", "organization",
                                        "union",      "body",     "grouping",     "community",
                                        "commission", "agency",   "league",       "coalition"};
  return kOrganization.Has(lemma);
}

bool IsProtestNoun(std::string_view lemma) {
  return lemma == "protest"sv || lemma == "demonstration"sv || lemma == "rally"sv ||
         lemma == "movement"sv || lemma == "uprising"sv || lemma == "march"sv ||
         lemma == "protester"sv || lemma == "demonstrator"sv;
}

// Nouns for what someone said, and for any act: "condemned these comments", "welcomed the
// decision". Their author is found among the article's earlier events.
bool IsSpeechActNoun(const WordLists& lists, std::string_view lemma) {
  return lists.Has(WordClass::kSpeechAct, lemma);
}
bool IsGenericActNoun(std::string_view lemma) {
  return lemma == "decision"sv || lemma == "move"sv || lemma == "step"sv || lemma == "action"sv;
}

bool IsTimeNoun(std::string_view lemma) {
  static const WordSet kTime = {"day",       "week",      "month",   "year",     "weekend",
                                "morning",   "afternoon", "evening", "night",    "decade",
                                "century",   "hour",      "minute",  "season",   "spring",
                                "summer",    "autumn",    "winter",  "monday",   "tuesday",
                                "wednesday", "thursday",  "friday",  "saturday", "sunday"};
  return kTime.HasLowered(lemma);
}

// Words that open a time phrase before a time noun ("last month", "early Monday"), asked of
// every word inside a noun phrase: the WordSet answers most by their length.
bool IsTimeDeterminer(std::string_view w) {
  static const WordSet kTimeDeterminers = {"last", "next", "this", "early", "late"};
  return kTimeDeterminers.Has(w);
}

// Appeals and demands to free someone (0253, 1053): addressed to whoever holds them.
bool IsReleaseRequest(std::string_view code) { return code == "0253"sv || code == "1053"sv; }

bool IsProtestEvent(std::string_view lemma) {
  static const WordSet kProtest = {"protest",  "demonstration", "rally",
                                   "uprising", "march",         "sit-in"};
  return kProtest.Has(lemma);
}

// Verbs of protesting: their makers, when no dictionary names them, are protesters.
bool IsProtestVerb(std::string_view lemma) {
  return lemma == "protest"sv || lemma == "demonstrate"sv || lemma == "rally"sv ||
         lemma == "march"sv || lemma == "riot"sv;
}

bool IsPairNoun(std::string_view lemma) {
  return lemma == "side"sv || lemma == "country"sv || lemma == "nation"sv ||
         lemma == "government"sv || lemma == "leader"sv || lemma == "minister"sv ||
         lemma == "party"sv || lemma == "state"sv || lemma == "neighbour"sv ||
         lemma == "neighbor"sv || lemma == "rival"sv || lemma == "capital"sv ||
         lemma == "president"sv || lemma == "delegation"sv;
}

// People who act for someone else: "a senior aide to Juan Guaido" is coded as Guaido's side.
bool IsAssociateWord(std::string_view lemma) {
  static const WordSet kAssociate = {
      "aide",        "adviser",        "advisor",   "associate", "ally",           "loyalist",
      "supporter",   "follower",       "lawyer",    "envoy",     "representative", "spokesman",
      "spokeswoman", "spokesperson",   "deputy",    "bodyguard", "relative",       "son",
      "daughter",    "wife",           "husband",   "brother",   "sister",         "nephew",
      "cousin",      "chief of staff", "confidant", "emissary",  "head",           "chief",
      "member",      "delegate",       "delegation"};
  return kAssociate.Has(lemma);
}

// Nouns whose infinitive is a plan, not a purpose: "his push to topple" (but "fired
// tear gas to break up crowds" did break them up).
bool IsIntentNoun(const WordLists& lists, std::string_view lemma) {
  return lists.Has(WordClass::kIntentNoun, lemma);
}

// Words that join the members of a compound: "A and B", "A plus B", "neither A nor B".
bool IsCompoundConjunction(std::string_view w) {
  return Is(w, "and") || Is(w, "or") || Is(w, "plus") || Is(w, "nor");
}

bool IsQuantityWord(std::string_view lemma) {
  static const WordSet kQuantity = {
      "hundred",  "hundreds", "thousand",   "thousands", "dozen",    "dozens", "million",
      "millions", "ten",      "tens",       "score",     "scores",   "number", "group",
      "some",     "many",     "most",       "all",       "one",      "two",    "three",
      "several",  "member",   "members",    "part",      "majority", "crowd",  "handful",
      "band",     "team",     "contingent", "batch",     "unit",     "wave"};
  return kQuantity.Has(lemma);
}

// The first words of a noun phrase that ResolveSpanCodes reads ("the country", "both
// sides", "all sides", "warring parties", "this minister"), told apart by length first.
enum class Opener : uint8_t { kOther, kThe, kBoth, kAll, kWarring, kThis, kThat };
Opener OpenerOf(std::string_view w) {
  // Called in the case of the literal's length: a comparison of N - 1 bytes.
  auto is = [&]<size_t N>(const char(&lit)[N]) { return std::memcmp(w.data(), lit, N - 1) == 0; };
  switch (w.size()) {
    case 3:
      return is("the") ? Opener::kThe : is("all") ? Opener::kAll : Opener::kOther;
    case 4:
      return is("both")   ? Opener::kBoth
             : is("this") ? Opener::kThis
             : is("that") ? Opener::kThat
                          : Opener::kOther;
    case 7:
      return is("warring") ? Opener::kWarring : Opener::kOther;
    default:
      return Opener::kOther;
  }
}

// ---------------------------------------------------------------------------------
// Discourse: what the article has named so far.
class Discourse {
 public:
  static constexpr int32_t kUnknownPerson = -2;
  static constexpr int32_t kLearnedPerson = -3;

  struct SeenPerson {
    int32_t person;
    Actor actor;
  };

  // Keeps a built `via` text for the rest of the article and returns a view of it.
  std::string_view Keep(std::string text) { return texts_.emplace_back(std::move(text)); }
  // A built actor code ("USAGOV", or a peer's long "FROGOV/BILGOV/SAMGOV"): held in place when
  // it is short, as all but peer dictionaries' are, else kept for the article like a `via`.
  ActorCode Code(std::string_view code) {
    return ActorCode(code.size() <= ActorCode::kInline ? code : Keep(std::string(code)));
  }
  // The same for a text of several parts, built once at its length.
  std::string_view Keep(std::initializer_list<std::string_view> parts) {
    size_t size = 0;
    for (std::string_view p : parts) size += p.size();
    std::string& text = texts_.emplace_back();
    text.reserve(size);
    for (std::string_view p : parts) text.append(p);
    return text;
  }
  // How a person was found, "Sergei Lavrov (foreign minister)" with a role on the date, kept
  // once for each person and role an article names, however often.
  std::string_view PersonVia(const Person& p, const DatedRole* role) {
    for (const KeptVia& v : person_vias_)
      if (v.person == &p && v.role == role) return v.text;
    const std::string_view text = role ? Keep({p.name, " (", role->title, ")"}) : Keep({p.name});
    person_vias_.push_back({&p, role, text});
    return text;
  }

  // TABARI's FORWARD: the first actor the previous sentence named, for a pronoun that
  // opens the next one.
  void SetForwarded(std::optional<Actor> a) { forwarded_ = std::move(a); }
  const std::optional<Actor>& forwarded() const { return forwarded_; }

  void Note(const Actor& a) {
    if (a.possessor_only) return;
    if (a.person >= 0) {
      persons_.erase(std::remove_if(persons_.begin(), persons_.end(),
                                    [&](const SeenPerson& s) { return s.person == a.person; }),
                     persons_.end());
      persons_.push_back({a.person, a});
    } else {
      // Room for a long article's count at once, not regrown from one.
      if (others_.capacity() == 0) others_.reserve(64);
      others_.push_back(a);
    }
    // News agencies ("BAGHDAD (Xinhua)") say where a report comes from, not what it is about.
    if (IsCountry(a.code) &&
        !(a.code.size() == 6 && Letters3(a.code.data() + 3) == Letters3("MED"))) {
      const uint32_t key = Letters3(a.code.data());
      auto t = std::find_if(countries_.begin(), countries_.end(),
                            [&](const CountryTally& c) { return c.key == key; });
      if (t == countries_.end()) t = countries_.insert(t, {std::string(a.code.substr(0, 3)), key});
      ++t->mentions;
      if (a.code.size() == 3) ++t->as_polity;
    }
  }

  // "the militant group", "the militia": the last group named, an organization or a
  // country's rebels, insurgents, opposition or party.
  std::optional<Actor> LastGroup() const {
    static const WordSet kGroupRoles = {"REB", "INS", "OPP", "PTY", "RAD", "UAF", "NGO"};
    for (auto it = others_.rbegin(); it != others_.rend(); ++it)
      if (!IsCountry(it->code) ||
          (it->code.size() >= 6 && kGroupRoles.Has(std::string_view(it->code).substr(3, 3))))
        return *it;
    return std::nullopt;
  }

  std::optional<Actor> LastOrganization() const {
    for (auto it = others_.rbegin(); it != others_.rend(); ++it)
      if (!IsCountry(it->code)) return *it;
    return std::nullopt;
  }

  // The last two actors named together ("The Saudi and Iranian foreign ministers"), for
  // "the two sides", "both countries", "the ministers".
  // NoteEventPair: the two sides of an event ("Xi hosted Macron. The two leaders"), a pair
  // for "the two leaders" but not for "all sides" or "the warring sides" (the parties of a
  // conflict are named together).
  void NotePair(const std::vector<Actor>& actors) {
    // The first mentions of the two codes, if there are exactly two.
    const Actor *one = nullptr, *two = nullptr;
    for (const Actor& a : actors) {
      if (!one || a.code == one->code) {
        if (!one) one = &a;
      } else if (!two) {
        two = &a;
      } else if (a.code != two->code) {
        return;
      }
    }
    if (two) NoteTwo(*one, *two, /*from_event=*/false);
  }
  void NoteEventPair(const Actor& source, const Actor& target) {
    if (source.code != target.code) NoteTwo(source, target, /*from_event=*/true);
  }
  const std::vector<Actor>& Pair() const { return pair_; }
  const std::vector<Actor>& NamedPair() const {
    static const std::vector<Actor> kNone;
    return pair_from_event_ ? kNone : pair_;
  }

  // Events coded so far, for "condemned the arrest": the arrest's author.
  void NoteEvent(std::string_view code, const Actor& source, const ActorCode& target,
                 int sentence) {
    events_.push_back({std::string(code), source, target, sentence});
  }
  // Who holds a detainee: the source of the latest arrest, detention or abduction of `target`.
  std::optional<Actor> HolderOf(const ActorCode& target) const {
    for (auto it = events_.rbegin(); it != events_.rend(); ++it)
      if (it->target == target && (it->code.substr(0, 2) == "17"sv || it->code == "181"sv))
        return it->source;
    return std::nullopt;
  }
  // The source of the latest event, at most `window` sentences back, whose root is one of
  // `roots` (any root when empty).
  std::optional<Actor> AuthorOf(const std::set<std::string>& roots, int sentence,
                                int window) const {
    for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
      if (sentence - it->sentence > window) break;
      if (roots.empty() || roots.count(it->code.substr(0, 2))) return it->source;
    }
    return std::nullopt;
  }
  void SetSentence(int sentence) { sentence_ = sentence; }
  int Sentence() const { return sentence_; }

  // Someone named whom no dictionary knows: a later "he" or "she" may be them.
  void NoteUnknownPerson() { persons_.push_back({kUnknownPerson, Actor{}}); }

  // Someone no dictionary knows, named with a title that codes them ("Poland's deputy
  // interior minister Maciej Wasik"): later "Wasik", "Mr Wasik" and "he" are them.
  void LearnName(const std::string& surname, const Actor& a) {
    learned_[surname] = a;
    persons_.push_back({kLearnedPerson, a});
  }
  bool HasLearned() const { return !learned_.empty(); }
  std::optional<Actor> Learned(const std::string& surname) const {
    auto it = learned_.find(surname);
    if (it == learned_.end()) return std::nullopt;
    return it->second;
  }

  void Block(const std::string& alias) { blocked_.insert(alias); }
  bool Blocked(const std::string& alias) const { return blocked_.count(alias) > 0; }

  void NoteSubject(const Actor& a) {
    if (a.person < 0) subjects_.push_back(a);
  }

  bool Seen(int32_t person) const {
    for (const SeenPerson& s : persons_)
      if (s.person == person) return true;
    return false;
  }

  std::optional<Actor> Pronoun(std::string_view w, const Dictionary& dict) const {
    bool male = Is(w, "he") || Is(w, "him") || Is(w, "his") || Is(w, "himself");
    bool female = Is(w, "she") || Is(w, "her") || Is(w, "hers") || Is(w, "herself");
    if (male || female) {
      for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
        if (it->person == kUnknownPerson) return std::nullopt;
        if (it->person == kLearnedPerson) return it->actor;
        char g = dict.people[static_cast<size_t>(it->person)].gender;
        if (g == '?' || (male && g == 'm') || (female && g == 'f')) return it->actor;
      }
      return std::nullopt;
    }
    if (Is(w, "it") || Is(w, "its") || Is(w, "itself") || Is(w, "they") || Is(w, "their") ||
        Is(w, "them")) {
      // The last actor that was a subject, else the last one named.
      for (auto it = subjects_.rbegin(); it != subjects_.rend(); ++it)
        if (it->person < 0) return *it;
      for (auto it = others_.rbegin(); it != others_.rend(); ++it)
        if (!HasRole(it->code) || !IsCountry(it->code)) return *it;
    }
    return std::nullopt;
  }

  // "ECOWAS demanded that it give up power": the one a directive is addressed to is not its
  // author, so the pronoun is the last actor named who is not `author`.
  std::optional<Actor> AddresseePronoun(std::string_view w, std::string_view author) const {
    bool personal = w == "he"sv || w == "him"sv || w == "she"sv || w == "her"sv;
    if (personal) {
      for (auto it = persons_.rbegin(); it != persons_.rend(); ++it)
        if (it->person != kUnknownPerson && it->actor.code != author) return it->actor;
      return std::nullopt;
    }
    for (auto it = others_.rbegin(); it != others_.rend(); ++it)
      if (it->code != author) return *it;
    return std::nullopt;
  }

  // "the foreign minister": the person named last whose title contains the words.
  std::optional<Actor> Description(const std::vector<std::string>& words, const Dictionary& dict,
                                   Date date) const {
    for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
      if (it->person < 0) continue;
      const Person& p = dict.people[static_cast<size_t>(it->person)];
      // Any office held on the date: Wang Yi was both state councilor and foreign minister.
      for (const DatedRole& role : p.roles) {
        if ((role.from && date < *role.from) || (role.to && date > *role.to)) continue;
        bool all = !words.empty();
        for (const std::string& w : words)
          if (role.title.find(w) == std::string::npos) all = false;
        if (all) return it->actor;
      }
    }
    return std::nullopt;
  }

  // The country an act of `own` is aimed at when the text does not say ("drills close to
  // the border"): the article's country, or, when that is `own`, the other country named
  // most often (the earlier named on a tie).
  std::string OtherCountry(std::string_view own) const {
    std::string salient = SalientCountry();
    if (salient != own) return salient;
    // Named as a polity ("Belarus", "Minsk") before named through its people or forces.
    std::string best;
    std::tuple<int, int, int> best_key{-1, 0, 0};
    for (size_t k = 0; k < countries_.size(); ++k) {
      const CountryTally& c = countries_[k];
      if (c.country == own) continue;
      std::tuple<int, int, int> key{c.as_polity, c.mentions, -static_cast<int>(k)};
      if (key > best_key) {
        best = c.country;
        best_key = key;
      }
    }
    return best;
  }

  // The article's own country: the first one named (the dateline or the lead), unless
  // another is named at least four times as often.
  std::string SalientCountry() const {
    if (countries_.empty()) return std::string();
    const CountryTally& first = countries_.front();
    // The most named; of several, the first in alphabetical order.
    const CountryTally* most = &first;
    for (const CountryTally& c : countries_)
      if (c.mentions > most->mentions || (c.mentions == most->mentions && c.country < most->country))
        most = &c;
    // The first-named country counts double: the lead says what the article is about.
    return most->mentions > 2 * first.mentions ? most->country : first.country;
  }

 private:
  void NoteTwo(const Actor& one, const Actor& two, bool from_event) {
    // An event's sides do not replace a pair named together in the same sentence ("Russia
    // and Ukraine held talks with China": Russia and Ukraine).
    if (from_event && !pair_from_event_ && pair_sentence_ == sentence_ && !pair_.empty()) return;
    pair_.clear();
    pair_.push_back(one);
    pair_.push_back(two);
    pair_from_event_ = from_event;
    pair_sentence_ = sentence_;
  }

  std::vector<SeenPerson> persons_;
  std::vector<Actor> others_;
  std::vector<Actor> subjects_;
  std::set<std::string> blocked_;
  std::map<std::string, Actor> learned_;
  std::vector<Actor> pair_;
  bool pair_from_event_ = false;
  int pair_sentence_ = -1;
  struct PastEvent {
    std::string code;
    Actor source;
    ActorCode target;
    int sentence;
  };
  std::vector<PastEvent> events_;
  int sentence_ = 0;
  // The countries named (actor codes' first three letters), in the order first named.
  struct CountryTally {
    std::string country;
    uint32_t key = 0;  // Letters3(country)
    int mentions = 0;
    int as_polity = 0;  // mentions of the country itself, no role
  };
  std::vector<CountryTally> countries_;
  std::optional<Actor> forwarded_;
  // The texts Keep returned views of; a deque, so that adding one moves none.
  std::deque<std::string> texts_;
  struct KeptVia {
    const Person* person;
    const DatedRole* role;
    std::string_view text;
  };
  std::vector<KeptVia> person_vias_;
};

// ---------------------------------------------------------------------------------
// One sentence's analysis.
// The vectors of one sentence's analysis, kept from sentence to sentence on a thread and
// cleared, not freed, so that a sentence's analysis does not allocate them anew.
struct SentenceScratch {
  std::vector<PhraseMatch> matches;
  std::vector<int> phrase_at;
  std::vector<Np> nps;
  std::vector<int> np_at;
  std::vector<Dictionary::TokenWords> token_words;
  std::vector<uint32_t> pattern_words;
  std::vector<uint32_t> may_match;  // SelectMatches: a head's patterns that may match
  std::vector<Group> groups;
  std::vector<bool> quoted;
};

class SentenceCoder {
 public:
  SentenceCoder(const Dictionary& dict, const WordLists& lists, const PhraseMatcher& matcher,
                std::vector<Token>& toks, Date date, Discourse& discourse,
                const std::vector<bool>& quoted, bool first_sentence, const CoderOptions& options,
                std::ostringstream* trace, SentenceScratch& scratch)
      : dict_(dict),
        lists_(lists),
        matcher_(matcher),
        toks_(toks),
        date_(date),
        disc_(discourse),
        quoted_(quoted),
        first_sentence_(first_sentence),
        opts_(options),
        trace_(trace),
        matches_(scratch.matches),
        phrase_at_(scratch.phrase_at),
        nps_(scratch.nps),
        np_at_(scratch.np_at),
        token_words_(scratch.token_words),
        pattern_words_(scratch.pattern_words),
        may_match_(scratch.may_match),
        groups_(scratch.groups) {}

  std::vector<Match> Run() {
    n_ = static_cast<uint32_t>(toks_.size());
    phrase_at_.assign(n_, -1);
    // Each token's word ids, looked up once for the phrases and the patterns.
    dict_.PatternWordsIn(toks_, &pattern_words_, &token_words_);
    matcher_.Match(toks_, token_words_, &matches_);
    nps_.clear();
    groups_.clear();
    for (size_t m = 0; m < matches_.size(); ++m)
      for (uint32_t i = matches_[m].begin; i < matches_[m].end; ++i)
        phrase_at_[i] = static_cast<int>(m);
    Chunk();
    MergeOf();
    np_at_.assign(n_, -1);
    for (size_t k = 0; k < nps_.size(); ++k)
      for (uint32_t i = nps_[k].b; i < nps_[k].e; ++i) np_at_[i] = static_cast<int>(k);
    for (Np& np : nps_) Resolve(np);
    ResolveOpenAgents();
    if (opts_.agent_in_compound) ShareCompoundCountries();
    if (rules_.unknown_country_agents) UnknownCountryAgents();
    if (opts_.new_actor_length > 0) NewActors(opts_.new_actor_length);
    ResolveCompoundModifiers();
    ResolveCompoundCountries();
    LearnNames();
    FindGroups();
    for (size_t g = 0; g < groups_.size(); ++g) FindSubject(static_cast<int>(g));
    std::vector<Match> out = SelectMatches();
    if (trace_) Trace(out);
    return out;
  }

  const std::vector<Group>& groups() const { return groups_; }
  // A built `via` text kept for the article (Discourse::Keep).
  std::string_view Keep(std::string text) const { return disc_.Keep(std::move(text)); }
  // The first name in the sentence that TABARI's dated discard code covers on the
  // sentence's date (DatedRole::discard), or nullptr.
  const Person* DatedDiscard() const {
    for (const PhraseMatch& pm : matches_)
      for (uint32_t p : pm.phrases) {
        const Phrase& ph = dict_.phrases[p];
        if (ph.kind != PhraseKind::kPerson) continue;
        const Person& person = dict_.people[static_cast<size_t>(ph.person)];
        if (const DatedRole* role = person.RoleAt(date_); role && role->discard) return &person;
      }
    return nullptr;
  }
  // TABARI's rules (peer dictionaries): CoderOptions of the same names.
  struct PeerRules {
    bool first_verb_per_clause = false;
    bool before_words_default_source = false;
    bool unknown_country_agents = false;
    bool missing_target = false;  // a final target slot may stay empty
    bool clause_first_actor_source = false;
  };
  void set_peer_rules(const PeerRules& rules) { rules_ = rules; }
  // Whether a pattern's head may have been written by a peer (Coder::written_heads_); true
  // unless told otherwise.
  void set_written_heads(bool any) { written_heads_ = any; }
  // True if a compound of this sentence had more than kMaxActorsPerCompound actors and was cut.
  bool compound_cut() const { return compound_cut_; }

  // ---- TABARI's sentence-level rules (CoderOptions from a .options file) -------------
  // The first actor the sentence names (an actor phrase, without an agent's role): what
  // TABARI's FORWARD hands to a pronoun opening the next sentence.
  std::optional<Actor> FirstNamedActor() const {
    for (const PhraseMatch& pm : matches_) {
      const Phrase* p = FirstOfKind(pm, PhraseKind::kActor);
      if (!p || p->code.empty()) continue;
      Actor a;
      a.code = ActorCode(p->code);
      a.tb = pm.begin;
      a.te = pm.end;
      a.via = "first actor of the previous sentence";
      return a;
    }
    return std::nullopt;
  }

  // Whether the conjunction at i delimits clauses (TABARI: AND, BUT, OR, NOR, except in
  // a compound of actors, nouns or adjectives, or between two verbs: "shot and killed").
  bool ClauseConjunction(uint32_t i) const {
    std::string_view w = toks_[i].lower;
    if (w != "and"sv && w != "but"sv && w != "or"sv && w != "nor"sv) return false;
    if (w == "but"sv || w == "nor"sv) return true;
    if (i == 0 || i + 1 >= n_) return false;
    uint32_t next = i + 1;
    while (next < n_ && toks_[next].tag == Tag::kAdverb) ++next;
    bool verb_before = toks_[i - 1].tag == Tag::kVerb;
    for (const Group& g : groups_) {
      if (g.b <= i) continue;
      // "and said this was": a verb group after the conjunction, not one verb of a pair.
      if (g.b == next && !verb_before) return true;
      // "and Gondor promised": the conjunction opens the subject of a later verb.
      if (SubjectBegin(g) == next && g.b > next) return true;
    }
    return false;
  }

  // TABARI's complexity filter: too many dictionary verbs or clause conjunctions, or no
  // actor before the first verb.
  bool TooComplex(const TabariOptions::Complex& c, std::string* why) const {
    // Off unless a .options file asks for it; then its counts are made for every sentence.
    if (c.verbs <= 0 && c.conj <= 0 && !c.no_verb && !c.no_actor_prior) return false;
    int verbs = 0;
    uint32_t first_verb = n_;
    for (const Group& g : groups_) {
      const Token& h = toks_[g.head];
      if (dict_.VerbPatternsFor(h.lemma).empty() && dict_.VerbPatternsFor(h.lower).empty())
        continue;
      ++verbs;
      first_verb = std::min(first_verb, g.head);
    }
    int conj = 0;
    if (c.conj > 0)
      for (uint32_t i = 0; i < n_; ++i) conj += ClauseConjunction(i);
    bool actor_before = false;
    for (const Np& np : nps_) actor_before |= np.b < first_verb && !np.actors.empty();
    if (c.verbs > 0 && verbs >= c.verbs)
      *why = std::to_string(verbs) + " verbs";
    else if (c.conj > 0 && conj >= c.conj)
      *why = std::to_string(conj) + " conjunctions";
    else if (c.no_verb && verbs == 0)
      *why = "no verb";
    else if (c.no_actor_prior && verbs > 0 && !actor_before)
      *why = "no actor before the first verb";
    else
      return false;
    return true;
  }

  // The actors of the noun phrase starting at token i ("said Lavrov"), or none.
  std::vector<Actor> ActorsAt(uint32_t i) const {
    if (i >= n_ || np_at_[i] < 0) return {};
    return nps_[static_cast<size_t>(np_at_[i])].actors;
  }
  // The first token of the subject phrase of group g, or g.b when none.
  uint32_t SubjectBegin(const Group& g) const {
    uint32_t b = g.b;
    for (const Actor& a : g.subject) b = std::min(b, a.tb);
    return b;
  }

 private:
  // ---- chunking -------------------------------------------------------------------
  bool Nominal(uint32_t i) const {
    if (phrase_at_[i] >= 0) return true;
    switch (toks_[i].tag) {
      case Tag::kDeterminer:
      case Tag::kAdjective:
      case Tag::kNumber:
      case Tag::kNoun:
      case Tag::kProperNoun:
      case Tag::kPossessive:
      case Tag::kPossessivePronoun:
        return true;
      default:
        return false;
    }
  }

  void Chunk() {
    nps_.reserve(n_);  // no reallocation, which would move every phrase's vectors and strings
    uint32_t i = 0;
    while (i < n_) {
      // Built in place (the reserve above keeps the vector from moving): an Np is large.
      if (toks_[i].tag == Tag::kPronoun) {
        Np& np = nps_.emplace_back();
        np.b = i;
        np.e = i + 1;
        np.pronoun = true;
        ++i;
        continue;
      }
      if (!Nominal(i) || toks_[i].tag == Tag::kPossessive) {
        ++i;
        continue;
      }
      uint32_t j = i + 1;
      while (j < n_) {
        if (phrase_at_[j] >= 0 && phrase_at_[j] == phrase_at_[j - 1]) {
          ++j;
          continue;
        }
        Tag t = toks_[j].tag;
        if (!Nominal(j)) {
          // An adverb before an adjective stays inside: "most important".
          if (t == Tag::kAdverb && j + 1 < n_ && toks_[j + 1].tag == Tag::kAdjective) {
            ++j;
            continue;
          }
          // PETRARCH's noun phrases hold adjectives joined by "and": "Ithilen's awful and
          // evil minister" (not dictionary modifiers: "Saudi and Iranian ministers").
          if (opts_.joined_adjectives && toks_[j].lower == "and"sv && j + 2 < n_ &&
              toks_[j - 1].tag == Tag::kAdjective && toks_[j + 1].tag == Tag::kAdjective &&
              phrase_at_[j - 1] < 0 && phrase_at_[j + 1] < 0 && Nominal(j + 2)) {
            j += 2;
            continue;
          }
          // A hyphen inside a name: "Amir - Abdollahian" is one token already; keep going
          // only between two proper nouns.
          break;
        }
        // A determiner or possessive pronoun starts a new phrase unless after 's.
        if ((t == Tag::kDeterminer || t == Tag::kPossessivePronoun) &&
            toks_[j - 1].tag != Tag::kPossessive)
          break;
        // Time phrases are not part of a name: "In recent months Poland", "came to Belarus
        // last month".
        if (t == Tag::kProperNoun && IsTimeNoun(toks_[j - 1].lemma)) break;
        if (j + 1 < n_ && IsTimeDeterminer(toks_[j].lower) && IsTimeNoun(toks_[j + 1].lemma))
          break;
        // A number after a noun starts a new phrase ("Guaido, 35").
        if (t == Tag::kNumber &&
            (toks_[j - 1].tag == Tag::kNoun || toks_[j - 1].tag == Tag::kProperNoun))
          break;
        ++j;
      }
      // Do not end on a determiner.
      uint32_t e = j;
      while (e > i + 1 && toks_[e - 1].tag == Tag::kDeterminer) --e;
      Np& np = nps_.emplace_back();
      np.b = i;
      np.e = e;
      i = j;
    }
  }

  int NpStartingAt(uint32_t i) const {
    for (size_t k = 0; k < nps_.size(); ++k)
      if (nps_[k].b == i) return static_cast<int>(k);
    return -1;
  }

  // The last index of the coordination chain that starts at NP k: "A, B and C".
  int ChainRight(int k) const {
    int last = k;
    while (true) {
      uint32_t p = nps_[static_cast<size_t>(last)].e;
      // "a bloc of Latin American nations plus Canada": an of-phrase belongs to its head.
      if (p + 1 < n_ && toks_[p].lower == "of"sv) {
        int of_np = NpStartingAt(p + 1);
        if (of_np >= 0) p = nps_[static_cast<size_t>(of_np)].e;
      }
      uint32_t q = p;
      bool conj = false;
      if (q < n_ && toks_[q].text == ","sv) ++q;
      if (q < n_ && IsCompoundConjunction(toks_[q].lower)) {
        ++q;
        conj = true;
      } else if (q + 2 < n_ && toks_[q].lower == "as"sv && toks_[q + 1].lower == "well"sv &&
                 toks_[q + 2].lower == "as"sv) {
        q += 3;
        conj = true;
      }
      if (q == p) break;
      // "Iran, which backed X, and Saudi Arabia": a comma-and after a single phrase closes
      // a relative clause or an aside, not a list of two.
      if (conj && last == k && toks_[p].text == ","sv) break;
      int next = NpStartingAt(q);
      if (next < 0) break;
      // "..., and ECOWAS said": a phrase followed by a verb group starts a new clause.
      uint32_t after = nps_[static_cast<size_t>(next)].e;
      if (after < n_ &&
          (toks_[after].tag == Tag::kAuxiliary || toks_[after].tag == Tag::kModal ||
           toks_[after].tag == Tag::kVerb) &&
          !(opts_.compound_before_verb && conj && !nps_[static_cast<size_t>(last)].actors.empty() &&
            !nps_[static_cast<size_t>(next)].actors.empty()))
        break;
      if (!conj && toks_[p].text == ","sv) {
        // A comma alone continues a list only if a conjunction comes later in it.
        bool later_conj = false;
        for (uint32_t r = after; r < n_ && r < after + 12; ++r)
          if (toks_[r].lower == "and"sv || toks_[r].lower == "or"sv) later_conj = true;
        if (!later_conj) break;
      }
      last = next;
      if (conj) {
        // After the conjunction the chain may still go on only with another conjunction.
        continue;
      }
    }
    return last;
  }

  // The first index of the coordination chain that ends at NP k, walking left over
  // "A, B and C", over of-phrases ("a bloc of Latin American nations plus Canada") and over
  // at most two phrases that name no actor, when an actor stands before them.
  int ChainLeft(int k) const {
    int first = k, cur = k, empty_hops = 0;
    while (cur > 0) {
      uint32_t b = nps_[static_cast<size_t>(cur)].b;
      if (b < 2) break;
      uint32_t q = b - 1;
      int prev;
      if (toks_[q].lower == "of"sv) {
        prev = np_at_[q - 1];
        if (prev < 0 || nps_[static_cast<size_t>(prev)].e != q) break;
      } else {
        bool conj = IsCompoundConjunction(toks_[q].lower);
        if (!conj && toks_[q].text != ","sv) break;
        if (conj && q > 0 && toks_[q - 1].text == ","sv) --q;
        if (q == 0) break;
        prev = np_at_[q - 1];
        if (prev < 0 || nps_[static_cast<size_t>(prev)].e != q) break;
      }
      cur = prev;
      if (!nps_[static_cast<size_t>(cur)].actors.empty()) {
        first = cur;
        empty_hops = 0;
      } else if (++empty_hops > 2) {
        break;
      }
    }
    return first;
  }

  void MergeOf() {
    // "N of NP[, NP and NP]" where N is a quantity or a country-less agent. In place: phrase
    // k moves down to slot `w` only once an earlier merge has freed slots, which most
    // sentences never do; a merge reads only the phrases after k, not yet moved.
    size_t w = 0;
    for (size_t k = 0; k < nps_.size(); ++k, ++w) {
      Np& np = nps_[k];
      uint32_t e = np.e;
      // The word after the phrase, if a word follows it; "of", "in" and "to" have two letters,
      // most words not.
      const bool two_letters = e + 1 < n_ && toks_[e].lower.size() == 2;
      // PETRARCH's agents also take an in-compound: "lawmakers in Fornost and Gondor".
      bool in_compound = opts_.agent_in_compound && two_letters && Is(toks_[e].lower, "in");
      bool of_or_to =
          two_letters && (Is(toks_[e].lower, "of") || in_compound ||
                          (Is(toks_[e].lower, "to") && IsAssociateWord(toks_[e - 1].lemma)));
      if (of_or_to && k + 1 < nps_.size() && nps_[k + 1].b == e + 1) {
        const Token& head = toks_[e - 1];
        bool quantity =
            !in_compound && (IsQuantityWord(head.lemma) || IsQuantityWord(head.lower) ||
                             (IsAssociateWord(head.lemma) && !HasCountryIn(np.b, np.e)));
        bool agent = phrase_at_[e - 1] >= 0 && HasKind(phrase_at_[e - 1], PhraseKind::kAgent) &&
                     !HasCountryIn(np.b, np.e);
        if (quantity || agent) {
          // Find the chain end among the following phrases.
          size_t last = k + 1;
          while (last + 1 < nps_.size()) {
            uint32_t p = nps_[last].e;
            uint32_t q = p;
            if (q < n_ && toks_[q].text == ","sv) ++q;
            if (q < n_ && (toks_[q].lower == "and"sv || toks_[q].lower == "or"sv)) ++q;
            if (q == p || nps_[last + 1].b != q) break;
            // Only countries continue an `of` chain.
            if (!HasCountryIn(nps_[last + 1].b, nps_[last + 1].e)) break;
            ++last;
          }
          if (!agent) last = k + 1;
          // "officials in Gondor" alone is ResolveOpenAgents's; an in-compound names countries.
          if (!(in_compound && (last == k + 1 || !HasCountryIn(nps_[k + 1].b, nps_[k + 1].e)))) {
            np.e = nps_[last].e;
            np.of_begin = e + 1;
            if (w != k) nps_[w] = std::move(np);
            k = last;
            continue;
          }
        }
      }
      if (w != k) nps_[w] = std::move(np);
    }
    nps_.erase(nps_.begin() + static_cast<std::ptrdiff_t>(w), nps_.end());
  }

  bool HasKind(int match, PhraseKind kind) const {
    for (uint32_t p : matches_[static_cast<size_t>(match)].phrases)
      if (dict_.phrases[p].kind == kind) return true;
    return false;
  }

  bool HasCountryIn(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i) {
      int m = phrase_at_[i];
      if (m < 0) continue;
      for (uint32_t p : matches_[static_cast<size_t>(m)].phrases) {
        PhraseKind k = dict_.phrases[p].kind;
        if (k == PhraseKind::kActor || k == PhraseKind::kModifier || k == PhraseKind::kDemonym ||
            k == PhraseKind::kPerson || k == PhraseKind::kAlias)
          return true;
      }
    }
    return false;
  }

  // ---- resolution -----------------------------------------------------------------
  // Picks the person behind a name or alias match, or -1.
  int32_t PersonOf(const PhraseMatch& m, bool* alias) const {
    int32_t best = -1;
    std::set<int32_t> alias_candidates;
    for (uint32_t p : m.phrases) {
      const Phrase& ph = dict_.phrases[p];
      if (ph.kind == PhraseKind::kPerson) {
        const Person& person = dict_.people[static_cast<size_t>(ph.person)];
        if (best < 0 || person.RoleAt(date_)) best = ph.person;
      }
    }
    if (best >= 0) {
      *alias = false;
      return best;
    }
    for (uint32_t p : m.phrases)
      if (dict_.phrases[p].kind == PhraseKind::kAlias)
        alias_candidates.insert(dict_.phrases[p].person);
    if (alias_candidates.empty()) return -1;
    // "Roberto Marrero" is not "Marrero" of the dictionary: a short name inside a longer
    // name we do not know names someone else.
    auto unknown_name = [&](uint32_t i) {
      const Token& t = toks_[i];
      return t.tag == Tag::kProperNoun && phrase_at_[i] < 0 && !IsHonorific(t.lower);
    };
    std::string alias_text = JoinTokens(m.begin, m.end);
    if (disc_.Blocked(alias_text)) {
      disc_.NoteUnknownPerson();
      return -1;
    }
    if ((m.begin > 0 && unknown_name(m.begin - 1)) || (m.end < n_ && unknown_name(m.end))) {
      // Remember: later in this article "Marrero" alone is still Roberto Marrero, and "he"
      // may be him rather than someone we know.
      disc_.Block(alias_text);
      disc_.NoteUnknownPerson();
      return -1;
    }
    *alias = true;
    for (int32_t c : alias_candidates)
      if (disc_.Seen(c)) best = c;  // any seen candidate; prefer the last one named
    if (best >= 0) return best;
    if (alias_candidates.size() == 1) return *alias_candidates.begin();
    // Several people share the alias: the one in office on the date, if only one is.
    int32_t active = -1;
    int count = 0;
    for (int32_t c : alias_candidates)
      if (dict_.people[static_cast<size_t>(c)].RoleAt(date_)) {
        active = c;
        ++count;
      }
    return count == 1 ? active : -1;
  }

  const Phrase* FirstOfKind(const PhraseMatch& m, PhraseKind kind) const {
    for (uint32_t p : m.phrases)
      if (dict_.phrases[p].kind == kind) return &dict_.phrases[p];
    return nullptr;
  }
  // A match's first phrase of each kind (FirstOfKind for all kinds), read in one pass: a
  // span's resolution asks a match for all six kinds.
  struct PhrasesByKind {
    const Phrase* first[static_cast<size_t>(PhraseKind::kAlias) + 1] = {};
    const Phrase* operator[](PhraseKind kind) const { return first[static_cast<size_t>(kind)]; }
  };
  PhrasesByKind ByKind(const PhraseMatch& m) const {
    PhrasesByKind by;
    for (uint32_t p : m.phrases) {
      const Phrase& ph = dict_.phrases[p];
      const Phrase*& first = by.first[static_cast<size_t>(ph.kind)];
      if (!first) first = &ph;
    }
    return by;
  }

  void Resolve(Np& np) {
    if (np.pronoun) {
      std::string_view w = toks_[np.b].lower;
      bool subject_position =
          np.e < n_ && (toks_[np.e].tag == Tag::kAuxiliary || toks_[np.e].tag == Tag::kModal ||
                        toks_[np.e].tag == Tag::kVerb || toks_[np.e].tag == Tag::kAdverb);
      // "it"/"they" as objects usually mean things ("fail to support it").
      if ((Is(w, "it") || Is(w, "they") || Is(w, "them")) && !subject_position) return;
      // "We oppose this policy," Lavrov added: the first person is the speaker, known only
      // once the quotation's frame is read; a placeholder stands in until then.
      if ((Is(w, "we") || Is(w, "i") || Is(w, "us") || Is(w, "me")) && np.b < quoted_.size() &&
          quoted_[np.b]) {
        Actor a;
        a.code = ActorCode(kSpeaker);
        a.tb = np.b;
        a.te = np.e;
        a.via = "first person in a quotation";
        np.actors.push_back(a);
        return;
      }
      // "They've grabbed my chief of staff," inside a quotation, is whoever the speaker
      // means, rarely the last group the report named.
      bool in_quote = np.b < quoted_.size() && quoted_[np.b];
      if (in_quote && (Is(w, "they") || Is(w, "them") || Is(w, "their"))) return;
      // "Pakistan's army said it killed": the speaker reports about itself.
      std::optional<Actor> a = SpeakerBefore(np.b);
      std::string_view how = "the one who says so, ";
      if (!a && np.b >= 2 && Is(toks_[np.b - 1].lower, "that") &&
          IsDirectiveVerb(lists_, toks_[np.b - 2].lemma)) {
        // The directive's author: the sentence's first actor outside a prepositional phrase.
        for (const Np& before : nps_) {
          if (before.b >= np.b) break;
          if (before.actors.empty() ||
              (before.b > 0 && toks_[before.b - 1].tag == Tag::kPreposition))
            continue;
          a = disc_.AddresseePronoun(w, before.actors.front().code);
          how = "the one the demand is addressed to, ";
          break;
        }
      }
      if (!a && opts_.forward_pronouns && disc_.forwarded()) {
        // TABARI's FORWARD: a pronoun before any actor of the sentence is the first actor
        // of the previous one.
        bool actor_before = false;
        for (const Np& before : nps_) {
          if (before.b >= np.b) break;
          actor_before |= !before.actors.empty();
        }
        if (!actor_before) {
          a = disc_.forwarded();
          how = "the previous sentence's first actor, ";
        }
      }
      if (!a) {
        a = disc_.Pronoun(toks_[np.b].lower, dict_);
        how = {};
      }
      if (a) {
        Actor r = *a;
        r.tb = np.b;
        r.te = np.e;
        r.via = disc_.Keep({"coreference: '", toks_[np.b].text, "' = ", how, a->via});
        np.actors.push_back(r);
      }
      return;
    }
    if (np.of_begin) {
      ResolveOf(np, np.of_begin);
      return;
    }
    ResolveSpan(np.b, np.e, &np, &np.actors);
    // "the protest brought thousands onto the streets to call for elections": a protest
    // named as a doer is its protesters.
    if (np.actors.empty() && IsProtestEvent(toks_[np.e - 1].lemma) &&
        (toks_[np.b].lower == "the"sv || toks_[np.e - 1].lower != toks_[np.e - 1].lemma)) {
      if (auto a = SalientProtesters(np.b, np.e, "protesters of '" + JoinTokens(np.b, np.e) + "'"))
        np.actors.push_back(*a);
    }
    if (np.actors.empty() && disc_.HasLearned()) {
      uint32_t nb = UnknownNameBegin(np.b, np.e);
      if (nb < np.e) {
        if (auto a = disc_.Learned(std::string(toks_[np.e - 1].text))) {
          Actor r = *a;
          r.tb = np.b;
          r.te = np.e;
          r.via = disc_.Keep({"named earlier: ", a->via});
          np.actors.push_back(r);
        }
      }
    }
    // A dateline ("CAIRO -", "BAGHDAD, July 20 (Xinhua) --") says where the report was
    // filed, not what it is about.
    bool dateline =
        first_sentence_ && np.b == 0 && np.e < n_ &&
        (Is(toks_[np.e].text, "-") || Is(toks_[np.e].text, ",") || Is(toks_[np.e].text, "(")) &&
        IsAllCapsToken(toks_[0]);
    if (dateline) return;
    for (const Actor& a : np.actors) disc_.Note(a);
  }

  // Second chance for institutions named without a country: "Police in Bangladesh fired",
  // "protesters from Serbia", or the article's country once the sentence has named one.
  void ResolveOpenAgents() {
    for (size_t k = 0; k < nps_.size(); ++k) {
      Np& np = nps_[k];
      if (np.actors.empty() && !np.open_role.empty() && opts_.convert_agents) {
        // TABARI's CONVERT AGENTS: the agent alone is the actor.
        disc_.Note(
            PushOpenAgentActor(np, disc_.Code(ConvertedAgent(np.open_role)),
                               "agent converted to an actor"));
        continue;
      }
      if (!np.actors.empty() || np.open_role.empty() || !np.open_collective) continue;
      std::string country;
      std::string_view via;
      if (k + 1 < nps_.size() && np.e < n_ && nps_[k + 1].b == np.e + 1 &&
          (toks_[np.e].lower == "in"sv || toks_[np.e].lower == "from"sv ||
           toks_[np.e].lower == "of"sv)) {
        for (const Actor& a : nps_[k + 1].actors)
          if (IsCountry(a.code) && a.person < 0) {
            // The peers add the role to the whole code: "security officials in White House"
            // is USAGOV, "former security officials in White House" USAGOVELI.
            country = opts_.peer_agent_codes ? a.code : a.code.substr(0, 3);
            via = disc_.Keep({"agent + '", toks_[np.e].lower, "' ", a.code});
            break;
          }
      }
      if (country.empty() && !rules_.unknown_country_agents &&
          IsDomesticCollective(lists_, np.open_words)) {
        // "Police fired tear gas at demonstrators in Nairobi": where the sentence says it
        // happened, if it names one country that way.
        std::set<std::string> places;
        for (const Np& other : nps_) {
          if (other.b == 0 || toks_[other.b - 1].lower != "in"sv) continue;
          for (const Actor& a : other.actors)
            if (IsCountry(a.code) && !HasRole(a.code) && a.person < 0)
              places.insert(std::string(a.code.substr(0, 3)));
        }
        if (places.size() != 1) continue;
        country = *places.begin();
        via = disc_.Keep("agent + the place of the event, " + country);
      }
      if (country.empty()) continue;
      disc_.Note(PushOpenAgentActor(np, AgentCode(country, np.open_role), via));
    }
  }

  // PETRARCH's agents without a country (PeerRules::unknown_country_agents): "a senior
  // official" is ---GOV, the unknown country's government.
  void UnknownCountryAgents() {
    for (Np& np : nps_) {
      if (!np.actors.empty() || np.open_role.empty()) continue;
      PushOpenAgentActor(np, AgentCode("---", np.open_role), "agent without a country");
    }
  }

  // PETRARCH's new actors (CoderOptions::new_actor_length): a phrase that names no actor,
  // nor does the chain of prepositional phrases after it ("the dispute with Osgiliath"),
  // is an actor whose code is its words, with its of-phrase and without the possessive's
  // "'s", in capitals and quotes, if they are at most `max_words`.
  void NewActors(int max_words) {
    for (Np& np : nps_) {
      if (!np.actors.empty() || np.pronoun) continue;
      uint32_t e = np.e;
      if (e + 1 < n_ && toks_[e].lower == "of"sv) {
        int of_np = NpStartingAt(e + 1);
        if (of_np >= 0) e = nps_[static_cast<size_t>(of_np)].e;
      }
      bool named_after = false;
      for (uint32_t p = np.e; !named_after && p + 1 < n_ && toks_[p].tag == Tag::kPreposition;) {
        int next = NpStartingAt(p + 1);
        if (next < 0) break;
        named_after = !nps_[static_cast<size_t>(next)].actors.empty();
        p = nps_[static_cast<size_t>(next)].e;
      }
      if (named_after) continue;
      std::string words;
      int count = 0;
      for (uint32_t i = np.b; i < e && count <= max_words; ++i) {
        const Token& t = toks_[i];
        if (t.tag == Tag::kPossessive || t.tag == Tag::kPunct) continue;
        if (count++ > 0) words += ' ';
        for (char c : t.text) words += AsciiUpper(c);
      }
      if (count == 0 || count > max_words) continue;
      Actor a;
      a.code = disc_.Code('"' + words + '"');
      a.tb = np.b;
      a.te = e;
      a.via = "new actor (new_actor_length)";
      np.actors.push_back(std::move(a));
    }
  }

  // The peers' "former" (TABARI manual 5.4.1): right before an agent phrase starting at
  // `agent_begin`, or before the actor just before it ("Arnor former security officials",
  // "former Gondor prosecutors"), the agent's role is ELI, CAMEO's elites.
  std::string_view FormerRole(uint32_t agent_begin, std::string_view role) const {
    if (!opts_.peer_agent_codes || role.empty()) return role;
    auto former = [&](uint32_t i) { return i > 0 && toks_[i - 1].lower == "former"sv; };
    bool is_former = former(agent_begin);
    if (!is_former && agent_begin > 0 && phrase_at_[agent_begin - 1] >= 0) {
      const PhraseMatch& before = matches_[static_cast<size_t>(phrase_at_[agent_begin - 1])];
      is_former = FirstOfKind(before, PhraseKind::kActor) && former(before.begin);
    }
    if (!is_former) return role;
    return role.back() == '~' ? "ELI~"sv : "ELI"sv;
  }

  // The article's salient country with an agent's role, a guess (the peers' rule for peers).
  ActorCode SalientAgentCode(std::string_view salient, std::string_view role) const {
    return disc_.Code(opts_.peer_agent_codes ? CombinePeer(salient, role)
                                             : std::string(salient).append(role));
  }

  // An actor's code with an agent's role: the peers' rule or Tacitus's (CombinePeer, Combine).
  ActorCode AgentCode(std::string_view actor, std::string_view role) const {
    return disc_.Code(opts_.peer_agent_codes ? CombinePeer(actor, role) : Combine(actor, role));
  }

  // The actor an open agent phrase ("the police", "a senior official") stands for once its
  // role is completed: `code` is the whole code; the actor spans the phrase and keeps the
  // agent's dictionary entry. Returns the actor added to np.actors.
  // `via`: a literal or a text the Discourse keeps (Actor::via), never a temporary.
  const Actor& PushOpenAgentActor(Np& np, ActorCode code, std::string_view via) {
    Actor a;
    a.code = code;
    a.tb = np.b;
    a.te = np.e;
    a.via = via;
    a.entry = np.open_entry;
    np.actors.push_back(std::move(a));
    return np.actors.back();
  }

  // "The Saudi and Iranian foreign ministers": the first modifier shares the agent.
  void ResolveCompoundModifiers() {
    for (size_t k = 0; k + 1 < nps_.size(); ++k) {
      Np& np = nps_[k];
      const Np& next = nps_[k + 1];
      if (!np.actors.empty() || np.e >= n_ || toks_[np.e].lower != "and"sv || next.b != np.e + 1)
        continue;
      if (next.actors.size() != 1 || next.actors[0].code.size() != 6 ||
          next.actors[0].via != "modifier + agent"sv)
        continue;
      std::string modifier;
      bool only_modifier = true;
      for (uint32_t i = np.b; i < np.e; ++i) {
        if (toks_[i].tag == Tag::kDeterminer) continue;
        int m = phrase_at_[i];
        const Phrase* ph =
            m >= 0 ? FirstOfKind(matches_[static_cast<size_t>(m)], PhraseKind::kModifier) : nullptr;
        if (!ph) {
          only_modifier = false;
          break;
        }
        modifier = ph->code;
      }
      if (!only_modifier || modifier.size() != 3) continue;
      Actor a = next.actors[0];
      a.code = disc_.Code(modifier.append(next.actors[0].code.substr(3)));
      a.tb = np.b;
      a.te = np.e;
      a.via = "modifier + shared agent";
      np.actors.push_back(a);
      disc_.Note(a);
    }
  }

  // "Guaido and the opposition-controlled National Assembly": a member of a compound that
  // only had the article's salient country takes the country of the member before it.
  void ResolveCompoundCountries() {
    for (size_t k = 1; k < nps_.size(); ++k) {
      const Np& prev = nps_[k - 1];
      Np& np = nps_[k];
      if (prev.e >= n_ || toks_[prev.e].lower != "and"sv || np.b != prev.e + 1) continue;
      if (prev.actors.size() != 1 || np.actors.size() != 1) continue;
      const Actor& p = prev.actors[0];
      Actor& a = np.actors[0];
      if (!IsCountry(p.code) || !IsCountry(a.code) || p.via.rfind("salient country", 0) == 0 ||
          a.via.rfind("salient country", 0) != 0 || !HasRole(a.code))
        continue;
      a.code = disc_.Code(std::string(p.code.substr(0, 3)).append(a.code.substr(3)));
      a.via = disc_.Keep("country of '" + JoinTokens(prev.b, prev.e) + "' + agent");
    }
  }

  // For a subject pronoun right after a speech verb ("X said it would", "X says that they
  // will"): the single actor of the phrase before that verb.
  std::optional<Actor> SpeakerBefore(uint32_t pronoun) const {
    std::string_view w = toks_[pronoun].lower;
    if (w != "it"sv && w != "they"sv && w != "he"sv && w != "she"sv) return std::nullopt;
    uint32_t j = pronoun;
    if (j > 0 && toks_[j - 1].lower == "that"sv) --j;
    if (j == 0 || toks_[j - 1].tag != Tag::kVerb || !IsSpeechVerb(toks_[j - 1].lemma))
      return std::nullopt;
    --j;
    while (j > 0 && (toks_[j - 1].tag == Tag::kAuxiliary || toks_[j - 1].tag == Tag::kAdverb ||
                     toks_[j - 1].tag == Tag::kModal))
      --j;
    if (j == 0 || np_at_[j - 1] < 0) return std::nullopt;
    const Np& subject = nps_[static_cast<size_t>(np_at_[j - 1])];
    if (subject.e != j || subject.actors.size() != 1) return std::nullopt;
    const Actor& a = subject.actors[0];
    // "he"/"she" for a person, "it"/"they" for anything else.
    bool personal = w == "he"sv || w == "she"sv;
    if (personal != (a.person >= 0)) return std::nullopt;
    return a;
  }

  // "militants in Ukraine", "protesters from Serbia": an in/from/of phrase naming a country
  // starts at token i (ResolveOpenAgents gives its country to the phrase before).
  bool CountryPhraseAt(uint32_t i) const {
    if (i + 1 >= n_ ||
        (toks_[i].lower != "in"sv && toks_[i].lower != "from"sv && toks_[i].lower != "of"sv))
      return false;
    uint32_t j = i + 1;
    if (toks_[j].lower == "the"sv && j + 1 < n_) ++j;
    int m = phrase_at_[j];
    if (m < 0) return false;
    const Phrase* ph = FirstOfKind(matches_[static_cast<size_t>(m)], PhraseKind::kActor);
    return ph && IsCountry(ph->code) && !HasRole(ph->code);
  }

  // The first token of an unknown name that ends the span [b, e): capitalized words no
  // dictionary phrase covers, after an optional honorific ("Mr Wasik"); e when none.
  uint32_t UnknownNameBegin(uint32_t b, uint32_t e) const {
    uint32_t k = e;
    auto name_word = [&](uint32_t i) {
      // A sentence-initial capital is tagged by what the lexicon knows ("John"/NOUN).
      bool cap = toks_[i].tag == Tag::kProperNoun || (i == 0 && toks_[i].capitalized);
      return cap && phrase_at_[i] < 0 && !IsHonorific(toks_[i].lower);
    };
    while (k > b && name_word(k - 1)) --k;
    // A given name that is also someone's short name ("Abbas Araqchi", "Abbas" being Mahmoud
    // Abbas's): part of the unknown name when a surname no dictionary covers follows.
    auto given_name = [&](uint32_t i) {
      int m = phrase_at_[i];
      if (toks_[i].tag != Tag::kProperNoun || m < 0) return false;
      const PhraseMatch& pm = matches_[static_cast<size_t>(m)];
      return pm.begin == i && pm.end == i + 1 && HasKind(m, PhraseKind::kAlias) &&
             !HasKind(m, PhraseKind::kActor) && !HasKind(m, PhraseKind::kAgent);
    };
    while (k < e && k > b && given_name(k - 1)) --k;
    return k;
  }

  // Unknown people named with a title that codes them: "Polish Deputy Interior Minister
  // Maciej Wasik", "Maciej Wasik, Poland's deputy interior minister," and "Poland's deputy
  // interior minister, Maciej Wasik,". Their surnames code them later in the article.
  void LearnNames() {
    auto titled = [&](const Np& np) {
      return np.actors.size() == 1 && np.actors[0].person < 0 && HasRole(np.actors[0].code) &&
             np.actors[0].via.find("agent") != std::string::npos;
    };
    auto learn = [&](uint32_t nb, uint32_t ne, const Actor& a) {
      if (ne - nb < 2) return;  // a full name: given name and surname at least
      Actor r = a;
      r.via = disc_.Keep({JoinTokens(nb, ne), " = ", a.code, " (", a.via, ")"});
      disc_.LearnName(std::string(toks_[ne - 1].text), r);
    };
    for (size_t k = 0; k < nps_.size(); ++k) {
      const Np& np = nps_[k];
      if (titled(np)) {
        uint32_t nb = UnknownNameBegin(np.b, np.e);
        if (nb > np.b) learn(nb, np.e, np.actors[0]);
      }
      // Appositions, either way round.
      if (k + 1 >= nps_.size() || np.e >= n_ || toks_[np.e].text != ","sv ||
          nps_[k + 1].b != np.e + 1)
        continue;
      const Np& next = nps_[k + 1];
      bool next_closed =
          next.e >= n_ || toks_[next.e].text == ","sv || toks_[next.e].tag == Tag::kVerb;
      if (!next_closed) continue;
      if (np.actors.empty() && titled(next) && UnknownNameBegin(np.b, np.e) == np.b)
        learn(UnknownNameBegin(np.b, np.e), np.e, next.actors[0]);
      else if (next.actors.empty() && titled(np) && UnknownNameBegin(next.b, next.e) == next.b)
        learn(next.b, next.e, np.actors[0]);
    }
  }

  // "the leaders of Serbia and Kosovo", "hundreds of Iraqis".
  void ResolveOf(Np& np, uint32_t of_begin) {
    std::vector<Actor> head = ResolveSpan(np.b, of_begin - 1);
    std::string role;
    EntryRef entry;
    for (uint32_t i = np.b; i < of_begin - 1; ++i)
      if (phrase_at_[i] >= 0)
        if (const Phrase* ag =
                FirstOfKind(matches_[static_cast<size_t>(phrase_at_[i])], PhraseKind::kAgent)) {
          role = FormerRole(matches_[static_cast<size_t>(phrase_at_[i])].begin, ag->code);
          entry = ag->ref;
        }
    ForEachOfMember(of_begin, np.e, [&](Actor a, bool first) {
      if (np.actors.size() >= kMaxActorsPerCompound) {
        compound_cut_ = true;
        return;
      }
      // TABARI gives the agent to the first member only: "the ambassadors of Arnor,
      // Osgiliath and Gondor" are ARNGOV, OSG and GON (manual 5.4: an agent codes with
      // the actor right after its preposition).
      if (!role.empty() && (!opts_.agent_first_compound_member || first)) {
        a.code = AgentCode(a.code, role);
        a.tb = np.b;
        a.via = disc_.Keep(std::string(a.via) + " + agent");
      }
      np.actors.push_back(a);
    });
    // "the leaders of the protest": a movement's people are the opposition.
    if (np.actors.empty() && head.empty() && !role.empty() && of_begin < np.e &&
        IsProtestNoun(toks_[np.e - 1].lemma)) {
      if (auto a = SalientProtesters(np.b, np.e, "agent of a protest")) {
        a->entry = entry;
        np.actors.push_back(*a);
      }
    }
    if (np.actors.empty() && !head.empty()) np.actors = head;
    for (const Actor& a : np.actors) disc_.Note(a);
  }

  // Calls f(actor, first) for the actors of each member of the compound [b, e) after an
  // agent's of/in ("Arnor, Osgiliath and Gondor"); `first` for the member right after it.
  template <typename F>
  void ForEachOfMember(uint32_t b, uint32_t e, F f) {
    for (uint32_t i = b; i < e;) {
      uint32_t j = i;
      while (j < e && toks_[j].text != ","sv && toks_[j].lower != "and"sv &&
             toks_[j].lower != "or"sv)
        ++j;
      for (Actor& a : ResolveSpan(i, j)) f(std::move(a), i == b);
      i = j + 1;
    }
  }

  // Whether NP j-1 and NP j are joined by "and", "or" or a comma.
  bool Joined(size_t j) const {
    const uint32_t gap = nps_[j - 1].e;
    std::string_view w = toks_[gap].lower;
    return gap + 1 == nps_[j].b && (w == "and"sv || w == "or"sv || w == ","sv);
  }

  // PETRARCH's agents joined to an agent's in/of compound share its countries
  // (CoderOptions::agent_in_compound): "lawmakers and officials in Fornost and Gondor" are
  // FORLEG, GONLEG, FORGOV and GONGOV; an agent after one that a modifier or an actor
  // made a country's shares that country: "Danish media and government" are DNKMED and DNKGOV.
  void ShareCompoundCountries() {
    for (size_t k = 1; k < nps_.size(); ++k) {
      Np& np = nps_[k];
      const Np& prev = nps_[k - 1];
      // Only a bare pair shares ("The Danish media and government" are DNKMED and ---GOV:
      // the determiner makes "the Danish media" a phrase of its own).
      if (np.actors.empty() && !np.open_role.empty() && !prev.modifier_country.empty() &&
          toks_[prev.b].tag != Tag::kDeterminer && Joined(k)) {
        np.modifier_country = prev.modifier_country;
        disc_.Note(PushOpenAgentActor(
            np, AgentCode(np.modifier_country, np.open_role),
            disc_.Keep("modifier of '" + JoinTokens(prev.b, prev.e) + "' + agent")));
      }
    }
    for (size_t k = 1; k < nps_.size(); ++k) {
      if (!nps_[k].of_begin || nps_[k].actors.empty()) continue;
      const uint32_t of_begin = nps_[k].of_begin;
      for (size_t j = k; j > 0; --j) {
        Np& prev = nps_[j - 1];
        if (!Joined(j) || !prev.actors.empty() || prev.open_role.empty()) break;
        ForEachOfMember(of_begin, nps_[k].e, [&](Actor a, bool) {
          a.code = AgentCode(a.code, prev.open_role);
          a.tb = prev.b;
          a.te = prev.e;
          a.via =
              disc_.Keep(std::string(a.via) + " + agent of '" + JoinTokens(prev.b, prev.e) + "'");
          a.entry = prev.open_entry;
          prev.actors.push_back(std::move(a));
        });
        for (const Actor& a : prev.actors) disc_.Note(a);
      }
    }
  }

  // The opposition (protesters) of the article's country, for the span [b, e).
  std::optional<Actor> SalientProtesters(uint32_t b, uint32_t e, const std::string& why) const {
    std::string salient = disc_.SalientCountry();
    if (salient.empty()) return std::nullopt;
    Actor a;
    a.code = disc_.Code(salient + "OPP");
    a.tb = b;
    a.te = e;
    a.via = disc_.Keep(why + ", salient country " + salient);
    return a;
  }

  // The actors of the span [b, e), into `out` (empty): a phrase's own vector, so that a
  // phrase's actors are not built aside and moved. Most spans have none.
  void ResolveSpan(uint32_t b, uint32_t e, Np* np, std::vector<Actor>* out) {
    ResolveSpanCodes(b, e, np, out);
    if (out->empty()) return;
    if (opts_.peer_agent_codes) AddPrefixAgents(b, e, out);
    ExpandCodedCompounds(out);
  }
  std::vector<Actor> ResolveSpan(uint32_t b, uint32_t e) {
    std::vector<Actor> out;
    ResolveSpan(b, e, nullptr, &out);
    return out;
  }

  // A peer's agent whose role goes before the actor's ("MSF Arnor diplomat": NGO~) adds it
  // to every actor of the span [b, e) (once: CombinePeer does not repeat a role).
  void AddPrefixAgents(uint32_t b, uint32_t e, std::vector<Actor>* actors) const {
    for (uint32_t i = b; i < e; ++i) {
      int m = phrase_at_[i];
      if (m < 0) continue;
      const PhraseMatch& pm = matches_[static_cast<size_t>(m)];
      const Phrase* ph = FirstOfKind(pm, PhraseKind::kAgent);
      if (pm.begin != i || !ph || ph->code.back() != '~') continue;
      const std::string role(FormerRole(pm.begin, ph->code));
      for (Actor& a : *actors) a.code = disc_.Code(CombinePeer(a.code, role));
    }
  }

  // ResolveSpan's actors, a coded compound still one actor with its codes joined by '/',
  // into `out_actors` (empty).
  void ResolveSpanCodes(uint32_t b, uint32_t e, Np* np, std::vector<Actor>* out_actors) {
    std::vector<Actor>& out = *out_actors;
    if (b >= e) return;
    // Locate the last possessive: it splits possessor and head.
    uint32_t poss = e;
    bool any_phrase = false;  // a dictionary phrase begins in the span
    for (uint32_t i = b; i < e; ++i) {
      if (toks_[i].tag == Tag::kPossessive) poss = i;
      int m = phrase_at_[i];
      any_phrase |= m >= 0 && matches_[static_cast<size_t>(m)].begin == i;
    }
    // The span's first word, read once for the descriptions below.
    const Opener opener = OpenerOf(toks_[b].lower);
    const bool the = opener == Opener::kThe;
    // Most phrases name no one: no dictionary phrase, no possessive pronoun ("his aides"),
    // and a first word that opens none of the descriptions below ("the country", "both
    // sides", "all sides", "warring parties"; "this"/"that" matter only before an agent).
    if (!any_phrase && toks_[b].tag != Tag::kPossessivePronoun &&
        (opener == Opener::kOther || opener == Opener::kThis || opener == Opener::kThat))
      return;
    uint32_t head_b = poss < e ? poss + 1 : b;
    std::optional<Actor> person, possessor;
    // The head's actor phrase and demonym phrase, made Actors only when chosen.
    struct HeadPhrase {
      const Phrase* ph = nullptr;
      uint32_t tb = 0, te = 0;
      explicit operator bool() const { return ph != nullptr; }
      Actor ToActor(std::string_view via) const {
        Actor a;
        a.code = ActorCode(ph->code);
        a.tb = tb;
        a.te = te;
        a.via = via;
        a.entry = ph->ref;
        return a;
      }
    };
    HeadPhrase actor, demonym;
    std::string_view modifier;    // a dictionary's code
    std::string_view agent_role;  // the dictionary's code or a literal (FormerRole)
    EntryRef agent_entry;
    static const WordList kNoWords;
    const WordList* agent_words = &kNoWords;
    uint32_t agent_tb = 0, agent_te = 0;
    bool possessive_pronoun = false;
    std::string_view pronoun_word;
    for (uint32_t i = b; i < e; ++i) {
      if (toks_[i].tag == Tag::kPossessivePronoun && i == b) {
        possessive_pronoun = true;
        pronoun_word = toks_[i].lower;
      }
      int m = phrase_at_[i];
      if (m < 0) continue;
      const PhraseMatch& pm = matches_[static_cast<size_t>(m)];
      if (pm.begin != i) continue;
      bool in_head = i >= head_b;
      const PhrasesByKind kind = ByKind(pm);
      bool alias = false;
      // PersonOf reads only person and alias phrases.
      int32_t pid =
          kind[PhraseKind::kPerson] || kind[PhraseKind::kAlias] ? PersonOf(pm, &alias) : -1;
      if (pid >= 0) {
        const Person& p = dict_.people[static_cast<size_t>(pid)];
        const DatedRole* role = nullptr;
        std::string code = p.CodeAt(date_, &role);
        if (!code.empty()) {
          Actor& a = (in_head ? person : possessor).emplace();
          a.code = disc_.Code(code);
          a.tb = pm.begin;
          a.te = pm.end;
          a.person = pid;
          a.via = disc_.PersonVia(p, role);
          a.entry = role ? role->ref : p.ref;
          continue;
        }
        // A person with no role on the date is not an actor on that date.
        continue;
      }
      if (const Phrase* ph = kind[PhraseKind::kActor]) {
        if (in_head) {
          // Of two actor phrases in a head, the first ("Kosovo police").
          if (!actor) actor = {ph, pm.begin, pm.end};
          continue;
        }
        Actor& a = possessor.emplace();
        a.code = ActorCode(ph->code);
        a.tb = pm.begin;
        a.te = pm.end;
        a.via = "actor";
        a.entry = ph->ref;
        continue;
      }
      // "Sudanese" is both: a modifier before an agent, a demonym alone.
      if (const Phrase* mod = kind[PhraseKind::kModifier];
          mod && kind[PhraseKind::kDemonym] && in_head && pm.end < e) {
        modifier = mod->code;
        continue;
      }
      if (const Phrase* ph = kind[PhraseKind::kDemonym]) {
        if (in_head) demonym = {ph, pm.begin, pm.end};
        continue;
      }
      if (const Phrase* ph = kind[PhraseKind::kModifier]) {
        if (in_head || !possessor) {
          modifier = ph->code;
        }
        continue;
      }
      if (const Phrase* ph = kind[PhraseKind::kAgent]) {
        // A role written before the actor's ("MSF Arnor diplomat": NGO~ and GOV) is the
        // agent only without another; ResolveSpan adds it to the actor.
        bool prefix = ph->code.back() == '~';
        if (in_head && (!prefix || agent_role.empty())) {
          agent_role = FormerRole(pm.begin, ph->code);
          agent_entry = ph->ref;
          agent_words = &ph->words;
          agent_tb = pm.begin;
          agent_te = pm.end;
        }
        continue;
      }
    }
    // "the country's rulers", "the country": a definite description of the article's country.
    // "the country" as [b, to).
    auto country_description = [&](uint32_t to) {
      if (to != b + 2 || !the) return false;
      std::string_view w = toks_[b + 1].lemma;
      return Is(w, "country") || Is(w, "nation") || Is(w, "kingdom") || Is(w, "republic");
    };
    if (!possessor && poss < e && country_description(poss)) {
      std::string salient = disc_.SalientCountry();
      if (!salient.empty()) {
        Actor a;
        a.code = disc_.Code(salient);
        a.tb = b;
        a.te = poss;
        a.via = disc_.Keep({"coreference: '", JoinTokens(b, poss), "' = ", salient});
        possessor = a;
      }
    }
    // "the two sides", "both countries", "the two ministers": the pair named last.
    // "the warring sides", "all sides", "both parties" in a conflict of two: a pair named so.
    bool conflict_pair =
        e - b >= 2 && ((the && Is(toks_[b + 1].lower, "warring")) || opener == Opener::kAll);
    const std::vector<Actor>& pair = conflict_pair ? disc_.NamedPair() : disc_.Pair();
    if (poss == e && !person && !actor && e - b >= 2 && e - b <= 3 && !pair.empty() &&
        ((the && Is(toks_[b + 1].lower, "two")) || opener == Opener::kBoth || conflict_pair) &&
        IsPairNoun(toks_[e - 1].lemma)) {
      for (const Actor& p : pair) {
        Actor r = p;
        r.tb = b;
        r.te = e;
        r.via = disc_.Keep({"coreference: '", JoinTokens(b, e), "' = ", p.code});
        out.push_back(r);
      }
      return;
    }
    // "all sides", "the warring parties" with no pair named: the sides of the article's
    // country's conflict, coded as that country (below).
    uint32_t side_word = b + (the ? 1 : 0);
    // The side word is read only where the span reaches past it (e == side_word + 2).
    auto side_word_is_all_or_warring = [&](uint32_t i) {
      const Opener o = i == b ? opener : OpenerOf(toks_[i].lower);
      return o == Opener::kAll || o == Opener::kWarring;
    };
    bool all_sides = poss == e && !person && !actor && e == side_word + 2 &&
                     disc_.NamedPair().empty() && side_word_is_all_or_warring(side_word) &&
                     (Is(toks_[e - 1].lemma, "side") || Is(toks_[e - 1].lemma, "party"));
    // "the regional bloc", "the alliance", "the organisation": the organization named last;
    // "the militant group", "the militia": the group named last.
    if (!all_sides && poss == e && !actor && !person && the && e - b <= 3) {
      bool group_word = IsGroupWord(lists_, toks_[e - 1].lemma);
      if ((!agent_tb || group_word) && (group_word || IsOrganizationWord(toks_[e - 1].lemma))) {
        if (auto a = group_word ? disc_.LastGroup() : disc_.LastOrganization()) {
          Actor& r = out.emplace_back(std::move(*a));
          r.tb = b;
          r.te = e;
          r.via = disc_.Keep({"coreference: '", JoinTokens(b, e), "' = ", r.code});
          return;
        }
      }
    }
    if (all_sides || (poss == e && country_description(e) && !agent_tb)) {
      std::string salient = disc_.SalientCountry();
      if (!salient.empty()) {
        Actor a;
        a.code = disc_.Code(salient);
        a.tb = b;
        a.te = e;
        a.via = disc_.Keep({"coreference: '", JoinTokens(b, e), "' = ", salient});
        out.push_back(a);
        return;
      }
    }
    auto make = [&](ActorCode code, std::string_view via, EntryRef entry) {
      Actor a;
      a.code = code;
      a.tb = b;
      a.te = e;
      a.via = via;
      a.entry = entry;
      return a;
    };
    if (person) {
      out.push_back(std::move(*person));
      return;
    }
    // TABARI codes an agent with an actor only next to it (manual 5.4): "Dagolath's first
    // Deputy Prime Minister Telemar" is Dagolath's, not its government's.
    if (opts_.adjacent_agents && !agent_role.empty() && modifier.empty() && possessor &&
        agent_tb != poss + 1)
      agent_role = {};
    if (!agent_role.empty()) {
      // Country for the agent: a modifier, an actor in the head ("Kosovo police"), the
      // possessor, or a possessive pronoun's referent.
      std::string country;
      std::string_view via;
      if (!modifier.empty()) {
        country = modifier;
        via = "modifier + agent";
      } else if (actor && actor.tb < agent_tb) {
        country = actor.ph->code;
        via = "actor + agent";
      } else if (possessor) {
        country =
            possessor->code.substr(0, IsCountry(possessor->code) ? 3 : possessor->code.size());
        via = "possessor + agent";
      } else if (possessive_pronoun) {
        if (auto a = disc_.Pronoun(pronoun_word, dict_)) {
          // "his counterpart" is someone else of the same kind: no country from "his".
          bool counterpart = false;
          for (std::string_view w : *agent_words) counterpart |= w == "counterpart"sv;
          if (!counterpart && IsCountry(a->code)) {
            country = a->code.substr(0, 3);
            via = disc_.Keep({"coreference: '", pronoun_word, "' = ", a->via, " + agent"});
          }
        }
      }
      if (!country.empty()) {
        if (np && (!modifier.empty() || actor)) np->modifier_country = country;
        out.push_back(make(AgentCode(country, agent_role), via, agent_entry));
        return;
      }
      if (actor && actor.tb > agent_tb) {
        // "human rights activists Gondor": the peers code an agent before its actor too.
        if (opts_.peer_agent_codes) {
          out.push_back(make(AgentCode(actor.ph->code, agent_role), "agent + actor",
                             agent_entry));
          return;
        }
        out.push_back(actor.ToActor("actor"));
        return;
      }
      if (rules_.unknown_country_agents) {
        // PETRARCH guesses no country: "Soldiers from Gondor" takes Gondor's
        // (ResolveOpenAgents), anything else is the unknown country's (UnknownCountryAgents).
        if (np) {
          np->open_role = agent_role;
          np->open_collective = true;
          np->open_entry = agent_entry;
        }
        return;
      }
      // A description without a country: a person named earlier, or for institutions the
      // article's salient country.
      std::vector<std::string> title;
      title.reserve(agent_words->size());
      bool person_title = false;
      for (std::string_view w : *agent_words) {
        std::string& lw = title.emplace_back(w);
        for (char& c : lw) c = AsciiLower(c);
        person_title |= IsPersonTitleWord(lw);
      }
      bool definite = the || opener == Opener::kThis || opener == Opener::kThat;
      // An institution named by the whole head ("the police"), not a weapon: asked once here
      // for the salient country below and for ResolveOpenAgents.
      const bool collective = !person_title && agent_te == e && !IsWeaponWord(lists_, title);
      if (person_title && definite && !title.empty()) {
        // Singular heads only: "the minister", not "the ministers".
        const Token& h = toks_[agent_te - 1];
        bool plural = h.lower != h.lemma && !h.lower.empty() && h.lower.back() == 's';
        if (!plural) {
          // Match on the title's last word(s): "foreign minister", "top diplomat" -> diplomat.
          std::vector<std::string> key = title;
          if (key.size() > 1 && (key[0] == "top"sv || key[0] == "senior"sv || key[0] == "chief"sv))
            key.erase(key.begin());
          if (auto a = disc_.Description(key, dict_, date_)) {
            Actor r = *a;
            r.tb = b;
            r.te = e;
            r.via = disc_.Keep({"coreference: '", JoinTokens(b, e), "' = ", a->via});
            out.push_back(r);
            return;
          }
          // "the opposition leader", "the rebel commander": no one named fits, but outside
          // government the article's country is a safe guess ("the foreign minister" is not:
          // whose?).
          std::string salient = disc_.SalientCountry();
          if (agent_role != "GOV"sv && agent_role != "MIL"sv && !salient.empty() && agent_te == e &&
              !opts_.convert_agents) {
            out.push_back(make(SalientAgentCode(salient, agent_role),
                               disc_.Keep({"salient country ", salient, " + agent"}), agent_entry));
            return;
          }
        }
      } else if (collective && !CountryPhraseAt(e) &&
                 (definite || IsDomesticCollective(lists_, title))) {
        std::string salient = disc_.SalientCountry();
        if (!salient.empty() && !opts_.convert_agents) {
          out.push_back(make(SalientAgentCode(salient, agent_role),
                             disc_.Keep({"salient country ", salient, " + agent"}), agent_entry));
          return;
        }
      }
      if (np) {
        np->open_role = agent_role;
        np->open_collective = collective;
        np->open_words = std::move(title);
        np->open_entry = agent_entry;
      }
      return;
    }
    if (actor && possessor && possessor->person < 0 && opts_.possessor_actor_first) {
      // PETRARCH's noun phrase is its first actor's: "Arnor's Elrond" is ARN.
      out.push_back(make(possessor->code, "possessor before the head's actor", possessor->entry));
      return;
    }
    if (actor) {
      out.push_back(actor.ToActor("actor"));
      return;
    }
    if (demonym) {
      out.push_back(demonym.ToActor("demonym"));
      return;
    }
    if (possessor) {
      Actor a = std::move(*possessor);
      a.tb = b;
      a.te = e;
      a.via = disc_.Keep({"possessor: ", a.via});
      a.possessor_only = true;
      out.push_back(a);
      return;
    }
    // "his supporters", "her aides": the side of the one the pronoun means.
    if (possessive_pronoun && IsAssociateWord(toks_[e - 1].lemma)) {
      if (auto a = disc_.Pronoun(pronoun_word, dict_)) {
        Actor r = *a;
        r.tb = b;
        r.te = e;
        r.via = disc_.Keep({"coreference: '", pronoun_word, "' = ", a->via, ", and an associate"});
        out.push_back(r);
      }
    }
    return;  // "their interests", "its security": not an actor
  }

  std::string JoinTokens(uint32_t b, uint32_t e) const {
    std::string s;
    for (uint32_t i = b; i < e && i < n_; ++i) {
      if (i > b && toks_[i].space_before) s += ' ';
      s += toks_[i].text;
    }
    return s;
  }

  // ---- verb groups and subjects ---------------------------------------------------
  void FindGroups() {
    uint32_t i = 0;
    while (i < n_) {
      Tag t = toks_[i].tag;
      if (t != Tag::kAuxiliary && t != Tag::kModal && t != Tag::kVerb && t != Tag::kTo) {
        ++i;
        continue;
      }
      Group g;
      g.b = i;
      uint32_t j = i;
      bool saw_be = false;
      int head = -1;
      bool saw_aux = false;
      while (j < n_) {
        Tag u = toks_[j].tag;
        if (u == Tag::kAuxiliary || u == Tag::kModal || u == Tag::kNegation ||
            (u == Tag::kAdverb && j > i) || (u == Tag::kTo && j == i)) {
          if (u == Tag::kNegation || Is(toks_[j].lower, "never")) g.negated = true;
          if (u == Tag::kModal && (Is(toks_[j].lower, "will") || Is(toks_[j].lower, "would") ||
                                   Is(toks_[j].lower, "shall") || Is(toks_[j].lower, "'ll")))
            g.future = true;
          if (u == Tag::kAuxiliary) {
            saw_aux = true;
            if (Is(toks_[j].lemma, "be") || Is(toks_[j].lower, "get") || Is(toks_[j].lower, "got"))
              saw_be = true;
            else
              saw_be = false;
            head = static_cast<int>(j);
          }
          ++j;
          continue;
        }
        if (u == Tag::kVerb) {
          head = static_cast<int>(j);
          ++j;
          break;
        }
        break;
      }
      if (head < 0) {
        i = j > i ? j : i + 1;
        continue;
      }
      g.head = static_cast<uint32_t>(head);
      g.e = j;
      // "never met", "not only ... but": a negation right before the group counts.
      for (uint32_t k = g.b; k > 0 && k + 3 > g.b; --k) {
        const Token& before = toks_[k - 1];
        if (before.tag == Tag::kNegation || Is(before.lower, "never")) g.negated = true;
        if (before.tag != Tag::kAdverb && before.tag != Tag::kNegation) break;
      }
      const Token& h = toks_[g.head];
      if (h.tag == Tag::kVerb && saw_be && IsParticiple(h))
        g.passive = !opts_.passive_needs_by || ByFollows(g.e);
      // A reduced relative: "prisoners freed today by the government" is passive, its
      // subject the noun before it.
      if (!saw_aux && g.b == g.head && g.b > 0 && h.tag == Tag::kVerb &&
          (toks_[g.b - 1].tag == Tag::kNoun || toks_[g.b - 1].tag == Tag::kProperNoun)) {
        // Only with no object before "by": "the government condemned an attack by soldiers"
        // is an active verb with its object. The verb is asked whether it is a participle
        // only once a "by" is found (most verbs after a noun have none).
        for (uint32_t k = g.e; k < n_ && k < g.e + 4; ++k) {
          if (Is(toks_[k].lower, "by")) {
            if (IsParticiple(h)) {
              g.passive = true;
              g.reduced_relative = true;
            }
            break;
          }
          // Nor with a verb before it: "welcomed cultural memos sent by Bree" is sent by Bree.
          Tag tk = toks_[k].tag;
          if (tk == Tag::kDeterminer || tk == Tag::kPossessivePronoun || tk == Tag::kProperNoun ||
              tk == Tag::kNumber || tk == Tag::kPronoun || tk == Tag::kVerb)
            break;
        }
      }
      g.nonfinite = toks_[g.b].tag == Tag::kTo || (!saw_aux && h.tag == Tag::kVerb && IsGerund(h));
      groups_.push_back(g);
      i = j;
    }
  }

  bool ClauseBoundary(uint32_t i) const {
    const Token& t = toks_[i];
    return t.tag == Tag::kSubordConj || t.tag == Tag::kWh || t.tag == Tag::kQuote ||
           t.text == ";"sv || t.text == ":"sv || t.text == "("sv || t.text == ")"sv;
  }

  // The actors of the NP chain ending at NP k (subjects are found at their right end).
  std::vector<Actor> SubjectChain(int k, bool expand) const {
    int first = expand ? ChainLeft(k) : k;
    // Only a chain that starts a clause is a compound subject.
    if (first != k) {
      uint32_t b = nps_[static_cast<size_t>(first)].b;
      if (b > 0) {
        Tag t = toks_[b - 1].tag;
        if (t == Tag::kVerb || t == Tag::kPreposition || t == Tag::kAuxiliary) first = k;
      }
    }
    std::vector<Actor> out;
    for (int q = first; q <= k; ++q)
      for (const Actor& a : nps_[static_cast<size_t>(q)].actors) {
        if (out.size() >= kMaxActorsPerCompound) {
          compound_cut_ = true;  // "A and B and ... condemned": the first 64 act
          return out;
        }
        out.push_back(a);
      }
    return out;
  }

  void FindSubject(int gi) {
    Group& g = groups_[static_cast<size_t>(gi)];
    auto inherit = [&](const char* why) {
      for (int p = gi - 1; p >= 0; --p) {
        const Group& prev = groups_[static_cast<size_t>(p)];
        if (prev.subject_found) {
          g.subject = prev.subject;
          g.subject_found = true;
          if (trace_) g.why = why;
          return;
        }
      }
      if (trace_) g.why = std::string(why) + ", but no earlier subject";
    };
    if (g.reduced_relative) {
      int k = np_at_[g.b - 1];
      if (k >= 0) {
        g.subject = nps_[static_cast<size_t>(k)].actors;
        g.subject_found = !g.subject.empty();
        if (trace_)
          g.why = "reduced relative: '" +
                  JoinTokens(nps_[static_cast<size_t>(k)].b, nps_[static_cast<size_t>(k)].e) +
                  "' is what was done to";
      }
      return;
    }
    // "decided to request ... and to pull": a coordinated infinitive shares the subject of
    // the infinitive it is coordinated with.
    if (toks_[g.b].tag == Tag::kTo && g.b > 0 && toks_[g.b - 1].tag == Tag::kCoordConj) {
      for (int p = gi - 1; p >= 0; --p) {
        const Group& prev = groups_[static_cast<size_t>(p)];
        if (toks_[prev.b].tag == Tag::kTo && prev.subject_found) {
          g.subject = prev.subject;
          g.subject_found = true;
          g.intent = prev.intent;
          g.future = prev.future;
          if (trace_)
            g.why =
                "coordinated infinitive: subject of '" + std::string(toks_[prev.head].text) + "'";
          return;
        }
      }
    }
    if (g.nonfinite) {
      inherit("non-finite verb: subject of the governing verb");
      // "supports holding talks", "plans to visit": the event has not happened yet.
      if (gi > 0 && groups_[static_cast<size_t>(gi - 1)].e + 2 >= g.b) {
        const Group& governor = groups_[static_cast<size_t>(gi - 1)];
        if (IsIntentVerb(lists_, toks_[governor.head].lemma)) {
          g.intent = true;
          g.governor_negated = governor.negated;
        }
        // "refused to condemn", "declined to meet": not done (a refusal, for meetings).
        std::string_view gov = toks_[governor.head].lemma;
        if (toks_[g.b].tag == Tag::kTo && (gov == "refuse"sv || gov == "decline"sv)) {
          g.intent = true;
          g.governor_negated = !governor.negated;
        }
        // "ready to continue cooperating", "will keep backing": what the governing verb
        // plans or announces, the verb under it does too.
        if (governor.intent) g.intent = true;
        if (governor.future) g.future = true;
      }
      // "Saudi Arabia is to open its embassy", "defence chiefs are to convene": scheduled.
      if (gi > 0 && toks_[g.b].tag == Tag::kTo && groups_[static_cast<size_t>(gi - 1)].e == g.b &&
          toks_[groups_[static_cast<size_t>(gi - 1)].head].lemma == "be"sv)
        g.future = true;
      // "his push to topple", "a decision to expel": an infinitive after a noun.
      if (toks_[g.b].tag == Tag::kTo && g.b > 0 &&
          (toks_[g.b - 1].tag == Tag::kNoun || toks_[g.b - 1].tag == Tag::kAdjective) &&
          IsIntentNoun(lists_, toks_[g.b - 1].lemma))
        g.intent = true;
      // "cautioned X against detaining Y": the gerund's subject is not the clause's.
      if (toks_[g.b].tag != Tag::kTo && g.b > 0 && toks_[g.b - 1].tag == Tag::kPreposition &&
          toks_[g.b - 1].lower != "by"sv) {
        g.subject.clear();
        g.subject_found = false;
        if (trace_)
          g.why = "gerund after '" + std::string(toks_[g.b - 1].lower) +
                  "': its subject is not the clause's";
      }
      return;
    }
    int j = static_cast<int>(g.b) - 1;
    while (j >= 0 && toks_[static_cast<size_t>(j)].tag == Tag::kAdverb) --j;
    int hops = 0;
    while (j >= 0 && hops < 12) {
      ++hops;
      uint32_t u = static_cast<uint32_t>(j);
      int k = np_at_[u];
      if (k >= 0) {
        const Np& np = nps_[static_cast<size_t>(k)];
        // A prepositional phrase before the verb is not the subject: "Kim in Russia praised".
        // But "as", "after", "while"... right before "NP verb" open a clause: "as police
        // wielded batons".
        bool conjunction_like =
            np.b > 0 && np.e == g.b && IsClauseOpeningPreposition(toks_[np.b - 1].lower);
        if (np.b > 0 && toks_[np.b - 1].tag == Tag::kPreposition && !conjunction_like) {
          j = static_cast<int>(np.b) - 2;
          while (j >= 0 && toks_[static_cast<size_t>(j)].tag == Tag::kAdverb) --j;
          continue;
        }
        // An appositive: "Borrell, the EU's foreign policy chief, said" -> Borrell.
        int subject_np = k;
        if (np.b >= 2 && toks_[np.b - 1].text == ","sv && np.e < n_ && toks_[np.e].text == ","sv) {
          int prev = np_at_[np.b - 2];
          if (prev >= 0 && !nps_[static_cast<size_t>(prev)].actors.empty() &&
              nps_[static_cast<size_t>(prev)].actors[0].person >= 0)
            subject_np = prev;
        }
        // Skip trailing apposition: "Choe Son Hui, the foreign minister, said" handled above;
        // "X, 35, who" is handled by the relative pronoun branch.
        g.subject = SubjectChain(subject_np, true);
        g.subject_found = !g.subject.empty();
        for (const Actor& a : g.subject) disc_.NoteSubject(a);
        disc_.NotePair(g.subject);
        if (trace_)
          g.why = g.subject_found ? "subject: '" +
                                        JoinTokens(nps_[static_cast<size_t>(subject_np)].b,
                                                   nps_[static_cast<size_t>(subject_np)].e) +
                                        "'"
                                  : "subject '" + JoinTokens(np.b, np.e) + "' names no actor";
        if (trace_ && !g.subject_found && !np.open_role.empty())
          g.why += " (description fits no one named earlier)";
        return;
      }
      const Token& t = toks_[u];
      if (t.tag == Tag::kWh && t.lower != "when"sv && t.lower != "where"sv) {
        // Relative clause: the antecedent, past a comma and an age ("Guaido, 35, who").
        int a = j - 1;
        while (a >= 0 && (toks_[static_cast<size_t>(a)].text == ","sv ||
                          toks_[static_cast<size_t>(a)].tag == Tag::kNumber))
          --a;
        if (a >= 0 && np_at_[static_cast<size_t>(a)] >= 0) {
          int k2 = np_at_[static_cast<size_t>(a)];
          // "protesters in Nairobi who were demanding": "who" is the people, not the place.
          const Np& place = nps_[static_cast<size_t>(k2)];
          if (t.lower == "who"sv && place.b >= 2 && !place.actors.empty() &&
              place.actors.front().code.size() == 3 &&
              (toks_[place.b - 1].lower == "in"sv || toks_[place.b - 1].lower == "from"sv ||
               toks_[place.b - 1].lower == "at"sv) &&
              np_at_[place.b - 2] >= 0 &&
              !nps_[static_cast<size_t>(np_at_[place.b - 2])].actors.empty())
            k2 = np_at_[place.b - 2];
          g.subject = nps_[static_cast<size_t>(k2)].actors;
          g.subject_found = !g.subject.empty();
          if (trace_)
            g.why = "relative pronoun: antecedent '" +
                    JoinTokens(nps_[static_cast<size_t>(k2)].b, nps_[static_cast<size_t>(k2)].e) +
                    "'";
        } else {
          if (trace_) g.why = "relative pronoun without an antecedent";
        }
        return;
      }
      if (t.tag == Tag::kCoordConj || (t.text == ","sv && IsGerund(toks_[g.head]))) {
        inherit("coordinated verb: subject of the previous verb");
        // "ready to keep up dialogue and continue cooperating": a bare verb coordinated with
        // an infinitive is one too, planned as much as it is.
        if (gi > 0 && t.tag == Tag::kCoordConj && toks_[g.b].tag == Tag::kVerb &&
            toks_[g.head].lemma == toks_[g.head].lower) {
          const Group& prev = groups_[static_cast<size_t>(gi - 1)];
          if (prev.nonfinite && toks_[prev.b].tag == Tag::kTo) {
            g.nonfinite = true;
            g.intent = prev.intent;
            g.future = prev.future;
          }
        }
        return;
      }
      if (t.text == ","sv) {
        // A parenthetical between commas: "Le Drian, the French foreign minister, told",
        // "Parly, for her part, accused". The subject stands before the first comma.
        int open = -1;
        for (int c = j - 1; c >= 0 && c >= j - 16; --c) {
          const Token& x = toks_[static_cast<size_t>(c)];
          if (x.tag == Tag::kVerb || x.tag == Tag::kAuxiliary || x.tag == Tag::kModal ||
              ClauseBoundary(static_cast<uint32_t>(c)))
            break;
          if (x.text == ","sv) {
            open = c;
            break;
          }
        }
        if (open > 0 && np_at_[static_cast<size_t>(open - 1)] >= 0) {
          int k1 = np_at_[static_cast<size_t>(open - 1)];
          // "the UN humanitarian coordinator for Syria, Ali Al-Za'tari, said": past the
          // prepositional phrases to the head noun phrase.
          for (int hop = 0; hop < 3; ++hop) {
            const Np& cur = nps_[static_cast<size_t>(k1)];
            if (cur.b < 2 || toks_[cur.b - 1].tag != Tag::kPreposition || np_at_[cur.b - 2] < 0)
              break;
            k1 = np_at_[cur.b - 2];
          }
          int k2 = np_at_[static_cast<size_t>(j - 1)];
          const Np& before = nps_[static_cast<size_t>(k1)];
          int chosen = !before.actors.empty() ? k1
                       : (k2 >= 0 && !nps_[static_cast<size_t>(k2)].actors.empty() &&
                          nps_[static_cast<size_t>(k2)].b > static_cast<uint32_t>(open))
                           ? k2
                           : -1;
          // A fronted adverbial ("Last month, during his travel, Kim met") has no actor.
          if (chosen >= 0 &&
              (before.b == 0 || toks_[before.b - 1].tag != Tag::kPreposition || chosen == k2)) {
            g.subject = SubjectChain(chosen, true);
            g.subject_found = !g.subject.empty();
            if (trace_)
              g.why = "subject before a parenthetical: '" +
                      JoinTokens(nps_[static_cast<size_t>(chosen)].b,
                                 nps_[static_cast<size_t>(chosen)].e) +
                      "'";
            for (const Actor& a : g.subject) disc_.NoteSubject(a);
            return;
          }
        }
        // A list of verb phrases: "the RSF have entrenched themselves, erected checkpoints,
        // taken over state buildings and stationed snipers". Past forms after a comma, the
        // list closed by "and" and a verb, share the first one's subject.
        if (u + 1 == g.b && gi > 0 && IsPastOrParticiple(toks_[g.head]) &&
            IsPastOrParticiple(toks_[groups_[static_cast<size_t>(gi - 1)].head])) {
          bool closed = false;
          for (size_t later = static_cast<size_t>(gi) + 1; later < groups_.size() && !closed;
               ++later) {
            uint32_t lb = groups_[later].b;
            closed = lb > 0 && toks_[lb - 1].lower == "and"sv &&
                     IsPastOrParticiple(toks_[groups_[later].head]);
          }
          if (closed) {
            inherit("a list of verb phrases: subject of the previous verb");
            return;
          }
        }
        // A fronted adverbial: "Last month, during his travel to Russia, Kim met".
        // Nothing nominal right before the verb, so this clause has no overt subject.
        break;
      }
      // A reduced relative inside the subject: "A UN aid convoy loaded with supplies has
      // reached": step over the participle to the noun it describes.
      if (t.tag == Tag::kVerb && u > 0 && np_at_[u - 1] >= 0 && IsPastOrParticiple(t) &&
          (u < 2 || toks_[u - 1].tag != Tag::kAuxiliary)) {
        bool participle_group = false;
        for (const Group& other : groups_)
          if (other.head == u && other.b == u) participle_group = true;
        if (participle_group) {
          --j;
          continue;
        }
      }
      if (ClauseBoundary(u) || t.tag == Tag::kVerb || t.tag == Tag::kAuxiliary) break;
      --j;
    }
    if (trace_ && g.why.empty()) g.why = "no subject found";
  }

  // ---- pattern matching -----------------------------------------------------------
  // Where the coder's skip stops: a clause boundary. Asked for every token a skip passes, so
  // one-byte texts are compared as bytes.
  bool StopsSkip(uint32_t i) const {
    const Token& t = toks_[i];
    if (t.tag == Tag::kSubordConj || t.tag == Tag::kWh || t.tag == Tag::kModal ||
        t.tag == Tag::kQuote)
      return true;
    if (t.text.size() == 1 &&
        (t.text[0] == ';' || t.text[0] == '.' || t.text[0] == ':' || t.text[0] == '('))
      return true;
    return Is(t.lower, "that");
  }

  // A peer's skip (PatternElement::open) stops only at the end of the sentence.
  bool StopsOpenSkip(uint32_t i) const {
    const Token& t = toks_[i];
    return t.tag == Tag::kQuote ||
           (t.text.size() == 1 && (t.text[0] == ';' || t.text[0] == '.' || t.text[0] == ':'));
  }

  static bool IsAdjunctPreposition(std::string_view w) {
    return w == "on"sv || w == "over"sv || w == "about"sv || w == "regarding"sv ||
           w == "concerning"sv || w == "in"sv || w == "at"sv || w == "for"sv || w == "of"sv ||
           w == "during"sv || w == "amid"sv;
  }

  static bool IsPrepositionElement(const PatternElement& el) { return el.target_preposition; }

  // Whether token i is a word of element el: by word ids, which Run() gives the tokens first
  // (elements of patterns added after Dictionary::Finish() have none).
  bool WordMatches(const PatternElement& el, uint32_t i) const {
    const Token& t = toks_[i];
    const std::span<const uint32_t> ids = el.word_ids();
    if (i < token_words_.size() && ids.size() == el.words.size()) {
      const Dictionary::TokenWords& tw = token_words_[i];
      for (uint32_t id : ids)
        if (id == tw.lower || (!el.surface && id == tw.lemma)) return true;
    } else {
      for (std::string_view w : el.words)
        if (w == t.lower || (!el.surface && w == t.lemma)) return true;
    }
    for (std::string_view p : el.prefixes)  // peer stems
      if (t.lower.compare(0, p.size(), p) == 0) return true;
    return false;
  }

  // Slot filler: the NP chain starting at i.
  // `single`: the phrase at `i` alone, not the compound it starts ("clashes between police
  // and demonstrators" fills `between $ and +` one member at a time).
  bool FillSlot(uint32_t i, std::vector<Actor>* actors, uint32_t* end, bool single = false) const {
    if (i >= n_) return false;
    int k = np_at_[i];
    if (k < 0 || nps_[static_cast<size_t>(k)].b != i) {
      // A determiner-less start inside the phrase is fine ("talks with North Korea").
      if (k < 0) return false;
      if (nps_[static_cast<size_t>(k)].b > i) return false;
    }
    // "warned they would": a nominative pronoun starts a clause; it is never an object.
    std::string_view first = toks_[nps_[static_cast<size_t>(k)].b].lower;
    if (first == "they"sv || first == "he"sv || first == "she"sv || first == "we"sv ||
        first == "i"sv)
      return false;
    int last = single ? k : ChainRight(k);
    // Counted first, so that the copy allocates once.
    size_t count = 0;
    for (int q = k; q <= last; ++q) count += nps_[static_cast<size_t>(q)].actors.size();
    if (count == 0) return false;
    if (count > kMaxActorsPerCompound) compound_cut_ = true;
    std::vector<Actor> out;
    out.reserve(std::min(count, kMaxActorsPerCompound));
    for (int q = k; q <= last && out.size() < kMaxActorsPerCompound; ++q)
      for (const Actor& a : nps_[static_cast<size_t>(q)].actors) {
        if (out.size() == kMaxActorsPerCompound) break;
        out.push_back(a);
      }
    *actors = std::move(out);
    *end = nps_[static_cast<size_t>(last)].e;
    return true;
  }

  // A target that is an act, not an actor: "condemned the arrest", "rejected these
  // comments", "denounced the raids by Maduro's security forces". The act's author is the
  // target: its `by` agent, else the source of the article's latest event of the kind the
  // noun names (the roots of the noun's own patterns; speech for "comments"; any event for
  // "the decision").
  // "free over 150 prisoners", "killed at least eight people", "arrested more than 40
  // protesters": the phrase starts at the number.
  uint32_t SkipQuantifier(uint32_t i) const {
    auto number_at = [&](uint32_t k) { return k < n_ && toks_[k].tag == Tag::kNumber; };
    if (i + 1 < n_) {
      std::string_view w = toks_[i].lower;
      if ((w == "over"sv || w == "about"sv || w == "around"sv || w == "nearly"sv ||
           w == "almost"sv || w == "roughly"sv || w == "approximately"sv || w == "some"sv ||
           w == "under"sv) &&
          number_at(i + 1))
        return i + 1;
      std::string_view w2 = toks_[i + 1].lower;
      if (((w == "at"sv && (w2 == "least"sv || w2 == "most"sv)) ||
           (w == "more"sv && w2 == "than"sv) || (w == "up"sv && w2 == "to"sv) ||
           (w == "fewer"sv && w2 == "than"sv) || (w == "less"sv && w2 == "than"sv)) &&
          number_at(i + 2))
        return i + 2;
    }
    return i;
  }

  // "demanded that Marrero be released", for someone no dictionary codes: the request goes
  // to whoever made the article's latest arrest.
  bool HolderSlot(uint32_t i, std::vector<Actor>* actors, uint32_t* end) const {
    if (i >= n_ || np_at_[i] < 0) return false;
    const Np& np = nps_[static_cast<size_t>(np_at_[i])];
    if (np.b != i || !np.actors.empty() || toks_[np.e - 1].tag != Tag::kProperNoun) return false;
    std::optional<Actor> holder = disc_.AuthorOf({"17", "18"}, disc_.Sentence(), kAuthorWindow);
    if (!holder) return false;
    *actors = {StandIn(
        *holder, np,
        "holder of '" + JoinTokens(np.b, np.e) + "': " + holder->code + " (the latest arrest)")};
    *end = np.e;
    return true;
  }

  // An actor from elsewhere in the article standing for the phrase np of this sentence.
  Actor StandIn(const Actor& who, const Np& np, std::string via) const {
    Actor a = who;
    a.tb = np.b;
    a.te = np.e;
    a.person = -1;
    a.via = disc_.Keep(std::move(via));
    return a;
  }

  // Statements, praise, criticism and rejection may take an act as their object.
  static bool ReactsToActs(std::string_view code) {
    std::string_view root = code.substr(0, 2);
    return root == "01"sv || root == "05"sv || root == "11"sv || root == "12"sv;
  }
  bool AuthorSlot(uint32_t i, std::vector<Actor>* actors, uint32_t* end) const {
    if (i >= n_ || np_at_[i] < 0) return false;
    const Np& np = nps_[static_cast<size_t>(np_at_[i])];
    if (np.b != i || !np.actors.empty()) return false;
    uint32_t head = np.e - 1;
    if (toks_[head].tag != Tag::kNoun) return false;
    std::string_view lemma = toks_[head].lemma;
    std::set<std::string> roots;
    // "the arson attack": the kinds of event its nouns name; "calls for a ceasefire": those
    // of the head's patterns that go on with the preposition after it (appeals, not phone calls).
    bool event_noun = false;
    for (uint32_t k = np.b; k <= head; ++k) {
      if (toks_[k].tag != Tag::kNoun) continue;
      const Dictionary::HeadPatterns pats = dict_.NounPatternsFor(toks_[k].lemma);
      if (pats.empty()) continue;
      event_noun = true;
      std::set<std::string> with_preposition;
      for (uint32_t pi : pats) {
        const Pattern& p = dict_.patterns[pi];
        roots.insert(p.code.substr(0, 2));
        if (k == head && np.e < n_ && toks_[np.e].tag == Tag::kPreposition &&
            p.elements.size() > 1 && p.elements[1].kind == PatternElement::kWord &&
            WordMatches(p.elements[1], np.e))
          with_preposition.insert(p.code.substr(0, 2));
      }
      if (!with_preposition.empty()) roots = with_preposition;
    }
    if (!event_noun && IsSpeechActNoun(lists_, lemma))
      roots = {"01", "02", "10", "11", "12", "13"};
    else if (!event_noun && !IsGenericActNoun(lemma))
      return false;
    if (np.e + 1 < n_ && toks_[np.e].lower == "by"sv) {
      uint32_t by_end = 0;
      if (FillSlot(np.e + 1, actors, &by_end)) {
        *end = by_end;
        return true;
      }
    }
    std::optional<Actor> author = disc_.AuthorOf(roots, disc_.Sentence(), kAuthorWindow);
    if (!author) return false;
    *actors = {StandIn(
        *author, np,
        "author of '" + JoinTokens(np.b, np.e) + "': " + author->code + " (an earlier event)")};
    *end = np.e;
    return true;
  }

  struct MatchState {
    std::string implied_role;
    std::vector<Actor> targets, sources;
    bool target_bound = false, source_bound = false;
    uint32_t end = 0;
    // Elements [skip_begin, skip_end) are left out (ReciprocalMatch drops the target slot).
    size_t skip_begin = SIZE_MAX, skip_end = SIZE_MAX;
  };

  // Most skips end at a word that must be there ("demand ... {compensation|reparation|...}
  // from +"), and MatchFrom at a position of the skip fails unless that word is at the
  // position or right past the adverbs there (or, for a preposition element, a preposition
  // is there, whose phrase MatchFrom may step over). The skip's loop tests this first,
  // against the few of the word's alternatives the sentence has (often one of ten), instead
  // of calling MatchFrom, which would compare every alternative, at each of up to
  // kMaxSkip + 1 positions.
  struct SkipWord {
    static constexpr uint32_t kMaxIds = 4;
    uint32_t ids[kMaxIds];
    uint32_t count = 0;
    bool lemma = false;         // the token's lemma may be the word too (not `surface`)
    bool past_phrases = false;  // a preposition element (IsPrepositionElement)
  };
  // The element after skip `el`, as a SkipWord, when it is such a word: not optional, no
  // peer stems, word ids given (WordMatches then compares ids only), and at most kMaxIds of
  // its alternatives in the sentence (PatternWordsIn's bit set has every id of every
  // token). Else false.
  bool SkipWordAfter(const Pattern& p, size_t el, const MatchState& st, SkipWord* w) const {
    const size_t next = el + 1 == st.skip_begin ? st.skip_end : el + 1;
    if (next >= p.elements.size() || token_words_.size() < n_) return false;
    const PatternElement& e = p.elements[next];
    if (e.kind != PatternElement::kWord || e.optional || !e.prefixes.empty() ||
        e.word_ids().size() != e.words.size())
      return false;
    w->count = 0;
    w->lemma = !e.surface;
    w->past_phrases = IsPrepositionElement(e);
    const uint32_t* bits = pattern_words_.data();
    const size_t bit_words = pattern_words_.size();
    for (uint32_t id : e.word_ids()) {
      if ((id >> 5) >= bit_words || !Dictionary::WordIsIn(bits, id)) continue;
      if (w->count == SkipWord::kMaxIds) return false;
      w->ids[w->count++] = id;
    }
    return true;
  }
  // Whether the SkipWord is token `pos` or the first token past the adverbs at `pos` (the
  // tokens MatchFrom compares with a word element that is not optional), or, for a
  // preposition element, that token is a preposition (MatchFrom's first hop).
  bool SkipWordAt(const SkipWord& w, uint32_t pos) const {
    auto is_word = [&](uint32_t i) {
      const Dictionary::TokenWords& tw = token_words_[i];
      for (uint32_t k = 0; k < w.count; ++k)
        if (w.ids[k] == tw.lower || (w.lemma && w.ids[k] == tw.lemma)) return true;
      return false;
    };
    if (pos >= n_) return false;
    if (is_word(pos)) return true;
    uint32_t q = pos;
    while (q < n_ && toks_[q].tag == Tag::kAdverb) ++q;
    if (q >= n_) return false;
    return (q != pos && is_word(q)) || (w.past_phrases && toks_[q].tag == Tag::kPreposition);
  }

  // Whether MatchFrom(p, el, ...) must fail for want of a word: an element it comes to
  // before any slot, a word not optional and without peer stems, none of whose words the
  // sentence has (PatternWordsIn's bit set has every id of every token, and WordMatches
  // compares ids only). Elements after a slot are not asked: FillSlot notes a compound it
  // cut (compound_cut_) even for a match that then fails, so that call must still be made.
  bool WordMissingBeforeSlots(const Pattern& p, size_t el, const MatchState& st) const {
    if (token_words_.size() < n_) return false;
    const uint32_t* bits = pattern_words_.data();
    const size_t bit_words = pattern_words_.size();
    for (size_t k = el; k < p.elements.size(); ++k) {
      if (k == st.skip_begin) {
        k = st.skip_end;
        if (k >= p.elements.size()) break;
      }
      const PatternElement& e = p.elements[k];
      if (e.kind == PatternElement::kTarget || e.kind == PatternElement::kSource ||
          (e.kind == PatternElement::kSkip && e.skip_actor))
        return false;
      if (e.kind != PatternElement::kWord || e.optional || !e.prefixes.empty() ||
          e.word_ids().size() != e.words.size())
        continue;
      auto in_sentence = [&](uint32_t id) {
        return (id >> 5) < bit_words && Dictionary::WordIsIn(bits, id);
      };
      const std::span<const uint32_t> ids = e.word_ids();
      if (std::none_of(ids.begin(), ids.end(), in_sentence)) return true;
    }
    return false;
  }

  bool MatchFrom(const Pattern& p, size_t el, uint32_t pos, bool passive, MatchState* st) const {
    if (el == st->skip_begin) el = st->skip_end;
    if (el == p.elements.size()) {
      st->end = pos;
      return true;
    }
    const PatternElement& e = p.elements[el];
    // Adverbs may stand anywhere: "called repeatedly for", "met also with".
    uint32_t q = pos;
    while (q < n_ && toks_[q].tag == Tag::kAdverb && e.kind != PatternElement::kSkip) ++q;
    switch (e.kind) {
      case PatternElement::kWord: {
        // The word itself first (particles are tagged adverbs: "sit down"), then past adverbs.
        if (pos < n_ && WordMatches(e, pos) && MatchFrom(p, el + 1, pos + 1, passive, st))
          return true;
        if (q != pos && q < n_ && WordMatches(e, q) && MatchFrom(p, el + 1, q + 1, passive, st))
          return true;
        // "talks on security issues on the Korean Peninsula with X": prepositional phrases
        // of other prepositions may stand before the one the pattern wants.
        if (IsPrepositionElement(e)) {
          uint32_t r = q;
          for (int hop = 0; hop < 3 && r < n_; ++hop) {
            if (toks_[r].tag != Tag::kPreposition || WordMatches(e, r) ||
                !IsAdjunctPreposition(toks_[r].lower))
              break;
            int k = r + 1 < n_ ? np_at_[r + 1] : -1;
            if (k < 0 || nps_[static_cast<size_t>(k)].b != r + 1) break;
            r = nps_[static_cast<size_t>(k)].e;
            if (r < n_ && WordMatches(e, r) && MatchFrom(p, el + 1, r + 1, passive, st))
              return true;
          }
        }
        if (e.optional) return MatchFrom(p, el + 1, pos, passive, st);
        return false;
      }
      case PatternElement::kSkip:
        if (e.skip_actor && opts_.skip_noun_phrase) {
          // PETRARCH's `^`: over the rest of the noun phrase at `pos`, actor or not, or over
          // a prepositional phrase there ("with Eriador").
          uint32_t r = q;
          if (r + 1 < n_ && toks_[r].tag == Tag::kPreposition && np_at_[r + 1] >= 0 &&
              nps_[static_cast<size_t>(np_at_[r + 1])].b == r + 1)
            ++r;
          if (r < n_ && np_at_[r] >= 0)
            return MatchFrom(p, el + 1, nps_[static_cast<size_t>(np_at_[r])].e, passive, st);
          return false;
        }
        if (e.skip_actor) {
          // TABARI's `^`: over the words to the next actor and past it (a compound is one).
          std::vector<Actor> skipped;
          uint32_t end = 0;
          for (int k = 0; k <= kMaxSkip; ++k) {
            uint32_t r = pos + static_cast<uint32_t>(k);
            if (r >= n_ || (k > 0 && StopsOpenSkip(r - 1))) break;
            if (FillSlot(r, &skipped, &end)) return MatchFrom(p, el + 1, end, passive, st);
          }
          return false;
        }
        // A peer's skip has no length limit (TABARI: "phrase matching skips over
        // intermediate words"); the coder's own stops after kMaxSkip words.
        {
          SkipWord word;
          const bool word_next = SkipWordAfter(p, el, *st, &word);
          if (word_next && word.count == 0) return false;  // not in the sentence
          for (uint32_t k = 0; e.open || k <= static_cast<uint32_t>(kMaxSkip); ++k) {
            uint32_t r = pos + k;
            if (r > n_) break;
            if (k > 0 && (e.open ? StopsOpenSkip(r - 1) : StopsSkip(r - 1))) break;
            if (word_next && !SkipWordAt(word, r)) continue;
            if (MatchFrom(p, el + 1, r, passive, st)) return true;
          }
        }
        return false;
      case PatternElement::kTarget:
      case PatternElement::kSource: {
        bool target = e.kind == PatternElement::kTarget;
        if (target && !e.implied_role().empty()) {
          // `+GOV`: implied, consumes nothing; filled once the source is known.
          st->implied_role = e.implied_role();
          st->target_bound = true;
          if (MatchFrom(p, el + 1, pos, passive, st)) return true;
          st->implied_role.clear();
          st->target_bound = false;
          return false;
        }
        if (passive && target) {
          // The passive subject is the target; the slot consumes nothing.
          st->target_bound = true;
          if (MatchFrom(p, el + 1, pos, passive, st)) return true;
          st->target_bound = false;
          return false;
        }
        std::vector<Actor> actors;
        uint32_t end = 0;
        q = SkipQuantifier(q);
        if (!FillSlot(q, &actors, &end) &&
            !(target && ReactsToActs(p.code) && AuthorSlot(q, &actors, &end)) &&
            !(target && IsReleaseRequest(p.code) && HolderSlot(q, &actors, &end)))
          return (e.optional ||
                  (target && TargetMayStayEmpty(el + 1 == p.elements.size(), q))) &&
                 MatchFrom(p, el + 1, pos, passive, st);
        auto& dest = target ? st->targets : st->sources;
        std::vector<Actor> saved = std::move(dest);
        dest = std::move(actors);
        (target ? st->target_bound : st->source_bound) = true;
        if (MatchFrom(p, el + 1, end, passive, st)) return true;
        uint32_t whole_end = end;
        size_t next = el + 1 == st->skip_begin ? st->skip_end : el + 1;
        bool word_next = next < p.elements.size() && p.elements[next].kind == PatternElement::kWord;
        // "called for Mohamed Bazoum, Niger's elected president, who has been detained since
        // Wednesday, to be freed": appositives and relative clauses after the slot.
        for (uint32_t c = whole_end, segments = 0; word_next && segments < 3; ++segments) {
          if (c + 1 >= n_ || toks_[c].text != ","sv ||
              !(toks_[c + 1].tag == Tag::kWh || np_at_[c + 1] >= 0))
            break;
          uint32_t k = c + 1, limit = std::min(n_, c + 30);
          while (k < limit && toks_[k].text != ","sv && toks_[k].tag != Tag::kQuote &&
                 toks_[k].text != "."sv && toks_[k].text != ";"sv && toks_[k].text != ":"sv)
            ++k;
          if (k >= limit || toks_[k].text != ","sv) break;
          if (MatchFrom(p, el + 1, k + 1, passive, st)) return true;
          c = k;
        }
        // The pattern goes on inside the compound: `between $ and +`.
        if (word_next && FillSlot(q, &actors, &end, /*single=*/true) && end < whole_end) {
          dest = std::move(actors);
          if (MatchFrom(p, el + 1, end, passive, st)) return true;
        }
        dest = std::move(saved);
        (target ? st->target_bound : st->source_bound) = false;
        return false;
      }
    }
    return false;
  }

  // Elements of a pattern that stand before its head (peer patterns: "REFUSED TO *",
  // "SAID WOULD *", "NOT_*"), matched leftwards: `el` elements remain and tokens before
  // `pos` are free. A word matches the next token to the left (adverbs may stand
  // between); a skip passes over up to kMaxSkip tokens, not across the sentence's
  // punctuation or quotation marks.
  // A slot there (TABARI's "- NOTED + *", "- + WAS * DEAD") is the noun phrase ending right
  // before the element after it; its actors go to `slot` (the nearest placement first).
  bool MatchBefore(const std::vector<PatternElement>& before, size_t el, uint32_t pos,
                   std::vector<Actor>* slot = nullptr) const {
    if (el == 0) return true;
    const PatternElement& e = before[el - 1];
    if (e.kind == PatternElement::kSkip) {
      for (uint32_t k = 0; k <= static_cast<uint32_t>(kMaxSkip) && k <= pos; ++k) {
        const Token& t = toks_[pos - k];
        if (k > 0 &&
            (t.tag == Tag::kQuote || t.text == ";"sv || t.text == ":"sv || t.text == "."sv))
          break;
        if (MatchBefore(before, el - 1, pos - k, slot)) return true;
      }
      return false;
    }
    if (e.kind == PatternElement::kTarget || e.kind == PatternElement::kSource) {
      int k = pos > 0 ? np_at_[pos - 1] : -1;
      if (k < 0 || nps_[static_cast<size_t>(k)].e != pos) return false;
      int first = ChainLeft(k);
      std::vector<Actor> actors;
      for (int q = first; q <= k; ++q)
        for (const Actor& a : nps_[static_cast<size_t>(q)].actors) actors.push_back(a);
      if (actors.empty() ||
          !MatchBefore(before, el - 1, nps_[static_cast<size_t>(first)].b, slot))
        return false;
      if (slot) *slot = std::move(actors);
      return true;
    }
    for (uint32_t q = pos; q > 0; --q) {
      if (WordMatches(e, q - 1)) return MatchBefore(before, el - 1, q - 1, slot);
      if (toks_[q - 1].tag != Tag::kAdverb) break;
    }
    return false;
  }

  // Whether a peer wrote the pattern's verb as `t` (a root or form that begins the word).
  static bool HeadWrittenAs(const Pattern& p, const Token& t) {
    for (std::string_view w : p.elements[0].prefixes)
      if (tacitus::HeadWrittenAs(w, t.lower)) return true;
    return false;
  }

  // Whether a pattern names an actor before its head (TABARI's "- NOTED + *"): the source
  // is then TABARI's default one, not the head's subject.
  static bool SlotBefore(const Pattern& p) {
    for (const PatternElement& e : p.before)
      if (e.kind == PatternElement::kTarget || e.kind == PatternElement::kSource) return true;
    return false;
  }

  // TABARI's parsed compound actor (manual 7.5): the first "A and B" or "A, B, ... and C"
  // of the sentence whose members are noun phrases that name actors; empty if none.
  std::vector<Actor> SentenceCompound() const {
    for (size_t k = 0; k < nps_.size(); ++k) {
      std::vector<Actor> members;
      for (size_t q = k; q < nps_.size() && !nps_[q].actors.empty();) {
        members.insert(members.end(), nps_[q].actors.begin(), nps_[q].actors.end());
        uint32_t e = nps_[q].e;
        if (e + 1 >= n_ || (toks_[e].lower != "and"sv && toks_[e].text != ","sv)) break;
        int next = NpStartingAt(e + 1);
        if (next < 0) break;
        if (toks_[e].lower == "and"sv) {
          if (nps_[static_cast<size_t>(next)].actors.empty()) break;
          const std::vector<Actor>& last = nps_[static_cast<size_t>(next)].actors;
          members.insert(members.end(), last.begin(), last.end());
          return members;
        }
        q = static_cast<size_t>(next);
      }
    }
    return {};
  }

  // For a pattern whose compound subject acts on itself ("Gondor and Osgiliath renewed
  // ties"): the subject's members are the targets too (each source skips itself when the
  // events are written); false unless the subject names two actors or more.
  static bool EachOther(const std::vector<Actor>& subject, std::vector<Actor>* targets) {
    std::set<std::string> codes;
    for (const Actor& a : subject) codes.insert(std::string(a.code));
    if (codes.size() < 2) return false;
    *targets = subject;
    return true;
  }

  // PETRARCH's missing target is a noun phrase no actor codes, in the verb's clause: "said on
  // Saturday" has one, "said today" (a time adverb to the parser) or "said." none.
  bool NounPhraseFollows(uint32_t from) const {
    for (uint32_t k = from; k < n_; ++k) {
      const Token& t = toks_[k];
      if (StopsOpenSkip(k) || t.text == ","sv || t.tag == Tag::kVerb) return false;
      if (np_at_[k] >= 0 && t.lower != "today"sv && t.lower != "yesterday"sv &&
          t.lower != "tomorrow"sv && t.lower != "tonight"sv && t.lower != "now"sv)
        return true;
    }
    return false;
  }

  // Whether a `by` follows within the reach of ByAgent (the peers' passive needs one).
  bool ByFollows(uint32_t from) const {
    for (uint32_t i = from; i < n_ && i < from + 12; ++i) {
      if (StopsSkip(i) || toks_[i].tag == Tag::kVerb) break;
      if (toks_[i].lower == "by"sv) return true;
    }
    return false;
  }

  // The `by` agent of a passive verb: "was arrested by intelligence agents".
  std::vector<Actor> ByAgent(uint32_t from) const {
    for (uint32_t i = from; i < n_ && i < from + 12; ++i) {
      if (StopsSkip(i) || toks_[i].tag == Tag::kVerb) break;
      if (toks_[i].lower == "by"sv && i + 1 < n_) {
        std::vector<Actor> a;
        uint32_t end;
        if (FillSlot(i + 1, &a, &end)) return a;
        uint32_t j = i + 1;
        while (j < n_ && (toks_[j].tag == Tag::kDeterminer || toks_[j].tag == Tag::kAdjective)) ++j;
        if (j < n_ && np_at_[j] >= 0) return nps_[static_cast<size_t>(np_at_[j])].actors;
      }
    }
    return {};
  }

  // Consultation (03, 04), cooperation (06), 050, 057; by bytes, as it is asked of every
  // pattern of a verb whose subject is a compound.
  static bool IsReciprocalCode(std::string_view code) {
    if (code.size() < 2 || code[0] != '0') return false;
    const char c = code[1];
    return c == '3' || c == '4' || c == '6' || code == "050"sv || code == "057"sv;
  }

  // "The Saudi and Iranian foreign ministers sat down for talks", "Moscow and Pyongyang
  // agreed to cooperate": a consultation or cooperation pattern whose target would follow
  // `with` is satisfied by a compound subject; the first-named is the source.
  // The match goes to *best, which is empty: a verb that matches nothing moves no Match.
  void ReciprocalMatch(int gi, Dictionary::HeadPatterns pats, Match* best) {
    const Group& g = groups_[static_cast<size_t>(gi)];
    // At least two actors of different codes.
    bool two_codes = false;
    for (size_t a = 1; a < g.subject.size() && !two_codes; ++a)
      two_codes = g.subject[a].code != g.subject[0].code;
    if (!two_codes || g.passive) return;
    for (uint32_t pi : pats) {
      const Pattern& p = dict_.patterns[pi];
      if (!IsReciprocalCode(p.code)) continue;
      MatchState st;  // the pattern without its target slot (and the preposition before it)
      for (size_t k = 0; k < p.elements.size(); ++k) {
        if (p.elements[k].kind != PatternElement::kTarget) continue;
        size_t from = k;
        if (k > 0 && p.elements[k - 1].kind == PatternElement::kWord) {
          bool prep = true;
          for (std::string_view w : p.elements[k - 1].words)
            prep &= w == "with"sv || w == "between"sv || w == "and"sv || w == "among"sv;
          if (prep)
            from = k - 1;
          else
            continue;
        } else if (k > 1) {
          continue;  // "meet +" may drop its target; "praise + for" may not
        }
        st.skip_begin = from;
        st.skip_end = k + 1;
        break;
      }
      if (st.skip_begin == SIZE_MAX) continue;
      // The element after the head: element 1, or past the dropped range when that starts at 0.
      const size_t first = st.skip_begin == 0 ? st.skip_end + 1 : 1;
      // Unlike the verb's other patterns, these were not tested for their words.
      if (WordMissingBeforeSlots(p, first, st)) continue;
      if (!MatchBefore(p.before, p.before.size(), g.head)) continue;
      if (!MatchFrom(p, first, g.head + 1, false, &st)) continue;
      int w = dict_.Weight(pi);
      if (best->pattern && w <= best->weight) continue;
      *best = Match();
      best->group = gi;
      best->head = g.head;
      best->end = st.end;
      best->pattern = &p;
      best->weight = w;
      best->sources = {g.subject.front()};
      best->targets.assign(g.subject.begin() + 1, g.subject.end());
    }
  }

  // "Negotiations in Jeddah, Saudi Arabia, between the Sudanese military and the RSF":
  // a reciprocal event noun followed (past places and asides) by "between A and B".
  // "paves the way for more dialogue between", "a possible meeting with": an event noun
  // wished for, not held.
  bool WishedFor(uint32_t noun) const {
    // "ready to host peace talks between", "will hold a meeting with": the object of a verb
    // that is planned or to come.
    if (int k = np_at_[noun]; k >= 0)
      for (const Group& g : groups_)
        if (g.e == nps_[static_cast<size_t>(k)].b && (g.intent || g.future)) return true;
    for (uint32_t k = noun; k > 0 && k + 3 > noun; --k) {
      std::string_view w = toks_[k - 1].lower;
      if (w == "more"sv || w == "future"sv || w == "possible"sv || w == "potential"sv ||
          w == "further"sv || w == "new"sv || w == "planned"sv || w == "proposed"sv ||
          w == "fresh"sv)
        return true;
      if (toks_[k - 1].tag != Tag::kAdjective) break;
    }
    return false;
  }

  // The match goes to *best, which is empty (as ReciprocalMatch).
  void BetweenMatch(uint32_t noun, Dictionary::HeadPatterns pats, Match* best) {
    const Pattern* reciprocal = nullptr;
    for (uint32_t pi : pats)
      if (IsReciprocalCode(dict_.patterns[pi].code) &&
          (!reciprocal || dict_.patterns[pi].Weight() < reciprocal->Weight()))
        reciprocal = &dict_.patterns[pi];  // the plainest pattern of the noun
    if (!reciprocal) return;
    if (WishedFor(noun)) return;
    uint32_t q = noun + 1;
    for (int hop = 0; hop < 4 && q < n_; ++hop) {
      if (toks_[q].lower == "between"sv) break;
      if (toks_[q].text == ","sv && q + 1 < n_ && toks_[q + 1].lower == "between"sv) {
        ++q;
        break;
      }
      if (toks_[q].text == ","sv ||
          (toks_[q].tag == Tag::kPreposition && IsAdjunctPreposition(toks_[q].lower))) {
        uint32_t r = q + 1;
        int k = r < n_ ? np_at_[r] : -1;
        if (k < 0 || nps_[static_cast<size_t>(k)].b != r) return;
        q = nps_[static_cast<size_t>(k)].e;
        continue;
      }
      return;
    }
    if (q >= n_ || toks_[q].lower != "between"sv) return;
    std::vector<Actor> actors;
    uint32_t end = 0;
    if (!FillSlot(q + 1, &actors, &end)) return;
    // "between A and B" is a pair even when a verb follows B.
    if (actors.size() < 2 && end + 1 < n_ && toks_[end].lower == "and"sv) {
      int k = np_at_[end + 1];
      if (k >= 0 && nps_[static_cast<size_t>(k)].b == end + 1) {
        for (const Actor& a : nps_[static_cast<size_t>(k)].actors) actors.push_back(a);
        end = nps_[static_cast<size_t>(k)].e;
      }
    }
    if (actors.size() < 2) return;
    best->head = noun;
    best->end = end;
    best->pattern = reciprocal;
    best->weight = reciprocal->Weight();
    best->sources = {actors.front()};
    best->targets.assign(actors.begin() + 1, actors.end());
    return;
  }

  // TABARI codes the first verb of a clause whose patterns match and no later one; its
  // clauses end at a conjunction that does not join actors ("Gollum was in accord with an
  // anti-Gondor parade": ACCORD, not PARADE). `accepted` is in text order.
  void KeepFirstVerbPerClause(std::vector<Match>* accepted) const {
    std::vector<Match> kept;
    uint32_t last_verb = 0;
    bool have_verb = false;
    for (Match& m : *accepted) {
      if (m.group >= 0 && have_verb && m.head != last_verb) {
        bool boundary = false;
        for (uint32_t k = last_verb + 1; k < m.head && !boundary; ++k)
          boundary = (toks_[k].tag == Tag::kCoordConj && np_at_[k] < 0) || toks_[k].text == ";";
        // A verb coded for PETRARCH's require_dyad = false (no target) is not TABARI's clause
        // verb: PETRARCH has no such rule ("..., a senior official said").
        if (!boundary && !m.missing_target) continue;
      }
      if (m.group >= 0 && !m.missing_target) {
        last_verb = m.head;
        have_verb = true;
      }
      kept.push_back(std::move(m));
    }
    *accepted = std::move(kept);
  }

  // Whether an actor or agent phrase of the sentence ends at token `e` (exclusive).
  bool NamedPhraseEndsAt(uint32_t e) const {
    for (const PhraseMatch& pm : matches_)
      if (pm.end == e &&
          (FirstOfKind(pm, PhraseKind::kActor) || FirstOfKind(pm, PhraseKind::kAgent)))
        return true;
    return false;
  }

  // Whether the conjunction at `c` joins a phrase rather than clauses in TABARI's parse
  // (manual 7.5, 7.5.1): actors ("Fornost and the evil Gondor", the first ending with its
  // actor), "<noun> <conj> <adjective>* <noun>" ("sheep and goats") or "<adjective> <conj>
  // <adjective>" ("awful and evil"), nouns and adjectives from the actors file's lists.
  bool JoinsPhrase(uint32_t c) const {
    if (c == 0 || c + 1 >= n_) return false;
    const StemList& nouns = dict_.tabari_nouns;
    const StemList& adjectives = dict_.tabari_adjectives;
    std::string_view before = toks_[c - 1].lower;
    if (adjectives.Has(before) && adjectives.Has(toks_[c + 1].lower))
      return true;
    if (nouns.Has(before)) {
      uint32_t j = c + 1;
      while (j < n_ && adjectives.Has(toks_[j].lower)) ++j;
      if (j < n_ && nouns.Has(toks_[j].lower)) return true;
    }
    uint32_t last = toks_[c - 1].text == ","sv && c >= 2 ? c - 2 : c - 1;
    int prev = np_at_[last], next = np_at_[c + 1];
    if (prev < 0 || next < 0 || nps_[static_cast<size_t>(next)].b != c + 1) return false;
    const Np& p = nps_[static_cast<size_t>(prev)];
    return !p.actors.empty() && p.e == last + 1 && NamedPhraseEndsAt(p.e) &&
           !nps_[static_cast<size_t>(next)].actors.empty();
  }

  // TABARI's default source (manual 5.8 and 7.6): the first actor of the clause before the
  // verb whose code no target has; with none there, the sentence's first one before the verb
  // (TABARI keeps the source across a conjunction). A clause begins after a conjunction that
  // does not join a phrase (JoinsPhrase) or after a semicolon.
  std::vector<Actor> ClauseFirstActor(uint32_t head, const std::vector<Actor>& targets,
                                      const std::vector<Actor>& subject) const {
    uint32_t from = 0;
    for (uint32_t k = head; k > 0; --k) {
      const Token& t = toks_[k - 1];
      if (t.text == ";"sv ||
          (t.tag == Tag::kCoordConj && np_at_[k - 1] < 0 && !JoinsPhrase(k - 1))) {
        from = k;
        break;
      }
    }
    auto usable = [&](const Actor& a) {
      for (const Actor& t : targets)
        if (t.code == a.code) return false;
      return !a.code.empty() && a.te <= head;
    };
    for (uint32_t start : {from, 0u}) {
      for (uint32_t k = start; k < head; ++k) {
        int np = np_at_[k];
        if (np < 0) continue;
        const Np& p = nps_[static_cast<size_t>(np)];
        std::vector<Actor> found;
        std::copy_if(p.actors.begin(), p.actors.end(), std::back_inserter(found), usable);
        if (found.empty()) continue;
        // A compound the verb's subject goes on with ("Fornost and Gondor welcomed") is the
        // source from this actor on; not past words after the actor ("Ithilen's awful and").
        uint32_t tb = found.front().tb;
        for (const Actor& a : subject)
          if (a.tb == tb && NamedPhraseEndsAt(p.e)) {
            found.clear();
            for (const Actor& b : subject)
              if (b.tb >= tb && usable(b)) found.push_back(b);
            break;
          }
        return found;
      }
      if (start == 0) break;
    }
    return {};
  }

  std::vector<Match> SelectMatches() {
    std::vector<Match> candidates;
    for (size_t gi = 0; gi < groups_.size(); ++gi) {
      const Group& g = groups_[gi];
      const Token& h = toks_[g.head];
      const Dictionary::TokenWords& hw = token_words_[g.head];
      Dictionary::HeadPatterns pats = dict_.VerbPatternsFor(hw.lemma);
      if (pats.empty() && h.lemma != h.lower) pats = dict_.VerbPatternsFor(hw.lower);
      if (pats.empty()) continue;
      // TABARI reads "donate's" as one word, and "'s" is a noun's ending, never a verb's.
      if (opts_.written_verb_heads && g.head + 1 < n_ &&
          toks_[g.head + 1].tag == Tag::kPossessive && toks_[g.head + 1].begin == h.end)
        continue;
      uint32_t shared_object = 0;
      {
        uint32_t a = g.head + 1;
        while (a < n_ && toks_[a].tag == Tag::kAdverb) ++a;
        const std::string_view w = a + 1 < n_ ? toks_[a].lower : std::string_view();
        if (Is(w, "and") || Is(w, "or")) {
          uint32_t v = a + 1;
          while (v < n_ && toks_[v].tag == Tag::kAdverb) ++v;
          if (v < n_ && toks_[v].tag == Tag::kVerb) shared_object = v + 1;
        }
      }
      dict_.PatternsThatMayMatch(pats, pattern_words_, &may_match_);
      // Peer patterns whose verb was written as the text's word ("left": TABARI's LEFT_)
      // go before those that reach it through the lemma only (LEAVE): asked of all of the
      // head's patterns, once one may match.
      bool written_head = false;
      if (written_heads_ && !may_match_.empty() && !opts_.written_verb_heads)
        for (uint32_t pi : pats) written_head |= HeadWrittenAs(dict_.patterns[pi], h);
      Match best;
      // A verb none of whose patterns matches with its actors is matched again with its
      // target slot allowed to stay empty, where a rule says so (EmptyTarget).
      const EmptyTarget second_pass = !opts_.default_target.empty() ? EmptyTarget::kAnySlot
                                      : rules_.missing_target       ? EmptyTarget::kFinalSlot
                                                                    : EmptyTarget::kNever;
      for (int pass = 0; pass < (second_pass != EmptyTarget::kNever ? 2 : 1) && !best.pattern;
           ++pass) {
        empty_target_ = pass == 1 ? second_pass : EmptyTarget::kNever;
        for (uint32_t pi : may_match_) {
          const Pattern& p = dict_.patterns[pi];
          if (best.pattern && dict_.Weight(pi) <= best.weight) continue;  // cannot win
          if ((written_head || opts_.written_verb_heads) && !HeadWrittenAs(p, h)) continue;
          std::vector<Actor> before_slot;
          if (!MatchBefore(p.before, p.before.size(), g.head, &before_slot)) continue;
          MatchState st;
          // "condemns and rejects these comments": coordinated verbs share the object.
          if (!MatchFrom(p, 1, g.head + 1, g.passive, &st) &&
              !(shared_object > 0 && MatchFrom(p, 1, shared_object, g.passive, &st)))
            continue;
          std::vector<Actor> compound;
          if (p.compound_subject) {
            // A compound filling the pattern's slot ("- HAS * WITH %") acts on itself; else
            // the verb's subject does, or with TABARI's `%` the sentence's compound.
            std::vector<Actor> slot = std::move(st.targets);
            if (EachOther(slot, &st.targets)) {
              compound = st.targets;
            } else if (!EachOther(g.subject, &st.targets)) {
              if (!opts_.compound_anywhere || !EachOther(SentenceCompound(), &st.targets))
                continue;
              compound = st.targets;
            }
          }
          int w = dict_.Weight(pi);
          if (best.pattern && w <= best.weight) continue;
          best = Match();
          best.group = static_cast<int>(gi);
          best.head = g.head;
          best.end = st.end;
          best.missing_target = empty_target_ != EmptyTarget::kNever && rules_.missing_target;
          best.pattern = &p;
          best.weight = w;
          best.target_from_subject =
              (g.passive && st.target_bound && st.targets.empty() && st.implied_role.empty()) ||
              (st.source_bound && !st.target_bound);
          best.targets = std::move(st.targets);
          best.sources = compound.empty() ? std::move(st.sources) : std::move(compound);
          best.implied_role = std::move(st.implied_role);
          // TABARI's source is its default one unless the pattern says `$`; the coder's
          // subject stands in for it, except where words before the verb ("- SUGGESTED *")
          // show the verb's subject is not the clause's ("Arnor suggested Gondor should").
          best.default_source =
              SlotBefore(p) || (rules_.before_words_default_source && !p.before.empty() &&
                                !p.compound_subject && !g.passive && !st.source_bound);
          if (SlotBefore(p)) best.targets = std::move(before_slot);
          best.clause_source = rules_.clause_first_actor_source && !best.default_source &&
                               !p.compound_subject && !g.passive && !st.source_bound &&
                               !best.target_from_subject;
        }
        if (pass == 0 && !best.pattern) ReciprocalMatch(static_cast<int>(gi), pats, &best);
      }
      empty_target_ = EmptyTarget::kNever;
      if (best.pattern) candidates.push_back(std::move(best));
    }
    // Event nouns. BetweenMatch needs a "between": most sentences have none (PatternWordsIn's
    // bit set has every token's word ids), and it would read each noun's patterns for nothing.
    const uint32_t between = dict_.WordId("between");
    const bool may_be_between = between == Dictionary::kNoWord || token_words_.size() < n_ ||
                                (between >> 5) >= pattern_words_.size() ||
                                Dictionary::WordIsIn(pattern_words_.data(), between);
    for (uint32_t i = 0; i < n_; ++i) {
      const Token& t = toks_[i];
      if (t.tag != Tag::kNoun && t.tag != Tag::kProperNoun) continue;
      Dictionary::HeadPatterns pats = dict_.NounPatternsFor(token_words_[i].lemma);
      if (pats.empty()) pats = dict_.NounPatternsFor(token_words_[i].lower);
      if (pats.empty()) continue;
      dict_.PatternsThatMayMatch(pats, pattern_words_, &may_match_);
      Match best;
      for (uint32_t pi : may_match_) {
        const Pattern& p = dict_.patterns[pi];
        if (best.pattern && dict_.Weight(pi) <= best.weight) continue;  // cannot win
        if (!MatchBefore(p.before, p.before.size(), i)) continue;
        if (IsReciprocalCode(p.code) && WishedFor(i)) continue;
        MatchState st;
        if (!MatchFrom(p, 1, i + 1, false, &st)) continue;
        int w = dict_.Weight(pi);
        if (best.pattern && w <= best.weight) continue;
        best = Match();
        best.head = i;
        best.end = st.end;
        best.pattern = &p;
        best.weight = w;
        best.targets = std::move(st.targets);
        best.sources = std::move(st.sources);
        best.implied_role = std::move(st.implied_role);
        best.target_from_subject = st.source_bound && !st.target_bound;
      }
      if (!best.pattern && may_be_between) BetweenMatch(i, pats, &best);
      if (best.pattern) candidates.push_back(std::move(best));
    }
    // Heaviest first; a match may not contain another accepted match's head, nor be
    // contained in one, except that a reaction takes an event noun as its object: "condemned
    // Russia's invasion of Ukraine" is both events.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Match& a, const Match& b) {
      if (a.weight != b.weight) return a.weight > b.weight;
      return a.head < b.head;
    });
    std::vector<Match> accepted;
    for (Match& m : candidates) {
      bool clash = false;
      auto reaction_to = [](const Match& verb, const Match& noun) {
        return verb.group >= 0 && noun.group < 0 && ReactsToActs(verb.pattern->code) &&
               noun.head > verb.head;
      };
      for (const Match& a : accepted) {
        if (reaction_to(m, a) || reaction_to(a, m)) continue;
        if ((m.head >= a.head && m.head < a.end) || (a.head >= m.head && a.head < m.end))
          clash = true;
      }
      if (!clash) accepted.push_back(std::move(m));
    }
    std::sort(accepted.begin(), accepted.end(),
              [](const Match& a, const Match& b) { return a.head < b.head; });
    if (rules_.first_verb_per_clause) KeepFirstVerbPerClause(&accepted);
    // Sources.
    for (Match& m : accepted) {
      if (m.default_source) {
        // Left empty: TABARI's default source search fills it when the event is written.
      } else if (m.clause_source) {
        m.sources =
            ClauseFirstActor(m.head, m.targets, groups_[static_cast<size_t>(m.group)].subject);
      } else if (m.group >= 0) {
        const Group& g = groups_[static_cast<size_t>(m.group)];
        if (g.passive && m.targets.empty()) {
          m.targets = g.subject;
          if (m.sources.empty()) m.sources = ByAgent(m.end);
        } else if (m.target_from_subject) {
          m.targets = g.subject;
        } else if (m.sources.empty()) {
          m.sources = g.subject;
        }
      } else if (m.sources.empty()) {
        m.sources = NounSource(m.head);
      }
      // "Thousands of people took to the streets to protest against": a protest whose makers
      // no dictionary names is made by protesters.
      std::string_view lemma = toks_[m.head].lemma;
      if (m.sources.empty() && m.pattern->code.substr(0, 2) == "14"sv &&
          (m.group < 0 || (!groups_[static_cast<size_t>(m.group)].passive && IsProtestVerb(lemma))))
        m.sources = ImpliedProtesters(m);
      if (!m.implied_role.empty() && m.targets.empty()) m.targets = ImpliedTargets(m);
    }
    return accepted;
  }

  // `+GOV` patterns ("demanded fresh elections"): a society's demand goes to its own
  // government; a state's or an organization's to the government of the article's country.
  std::vector<Actor> ImpliedTargets(const Match& m) const {
    static const WordSet kSociety = {"OPP", "CVL", "EDU", "LAB", "REL", "PTY", "REB",
                                     "INS", "NGO", "MED", "BUS", "AGR", "HLH", "REF"};
    std::string country, role = m.implied_role;
    if (role == "CTY"sv) {
      // `+CTY`: a country, the one the article sets against the source's.
      role.clear();
      for (const Actor& s : m.sources)
        if (IsCountry(s.code)) {
          country = disc_.OtherCountry(s.code.substr(0, 3));
          break;
        }
      if (country.empty()) return {};
    }
    for (const Actor& s : m.sources) {
      if (!country.empty()) break;
      if (!IsCountry(s.code) || s.code.size() < 6) continue;
      // A society's demand goes to its own state; a state's act on a part of society ("police
      // wielded batons" `+OPP`) is on its own people.
      if (kSociety.Has(std::string_view(s.code).substr(3, 3)) || kSociety.Has(role)) {
        country = s.code.substr(0, 3);
        break;
      }
    }
    if (country.empty()) {
      std::string salient = disc_.SalientCountry();
      bool own = false;
      for (const Actor& s : m.sources) own |= IsCountry(s.code) && s.code.substr(0, 3) == salient;
      if (salient.empty() || own) return {};
      country = salient;
    }
    Actor a;
    a.code = disc_.Code(country + role);
    a.tb = m.head;
    a.te = m.head + 1;
    a.via =
        disc_.Keep("implied by the pattern: " + (role.empty() ? country : country + "'s " + role));
    return {a};
  }

  // "demonstrations against President Dina Boluarte": a protest noun whose makers are not
  // named is made by protesters (OPP) of the target's country, else of the article's country.
  std::vector<Actor> ImpliedProtesters(const Match& m) const {
    std::string country;
    for (const Actor& t : m.targets)
      if (IsCountry(t.code)) {
        country = t.code.substr(0, 3);
        break;
      }
    if (country.empty()) country = disc_.SalientCountry();
    if (country.empty()) return {};
    Actor a;
    a.code = disc_.Code(country + "OPP");
    a.tb = m.head;
    a.te = m.head + 1;
    a.via = disc_.Keep("protesters implied by '" + std::string(toks_[m.head].text) + "', country " +
                       country);
    return {a};
  }

  // The source of an event noun: its possessor ("his visit to"), or, when the noun is in
  // an adjunct ("Following the meeting with X, Lavrov told..."), the clause's subject.
  std::vector<Actor> NounSource(uint32_t noun) const {
    int k = np_at_[noun];
    if (k < 0) return {};
    const Np& np = nps_[static_cast<size_t>(k)];
    for (uint32_t i = np.b; i < noun; ++i) {
      if (toks_[i].tag == Tag::kPossessivePronoun) {
        if (auto a = disc_.Pronoun(toks_[i].lower, dict_)) return {*a};
        return {};
      }
      if (toks_[i].tag == Tag::kPossessive) {
        std::vector<Actor> out;
        for (const Actor& a : np.actors)
          if (a.possessor_only) {
            Actor c = a;
            c.possessor_only = false;
            out.push_back(c);
          }
        return out;
      }
    }
    // The object of a light verb: "slapped asset freezes on", "announced sanctions against",
    // 'announced the "suspension of"' (a quotation may open after the determiner).
    // Also past an amount: 'announced a new $500 million aid package'.
    uint32_t v = np.b;
    while (v > 0 && np.b - v < 6 &&
           (toks_[v - 1].tag == Tag::kQuote || toks_[v - 1].tag == Tag::kDeterminer ||
            toks_[v - 1].tag == Tag::kNumber || toks_[v - 1].tag == Tag::kAdjective ||
            toks_[v - 1].text == "$"sv))
      --v;
    if (v > 0 && toks_[v - 1].tag == Tag::kVerb && IsLightVerb(toks_[v - 1].lemma)) {
      for (const Group& g : groups_)
        if (g.head == v - 1) return g.subject;
      return {};
    }
    if (np.b == 0 || toks_[np.b - 1].tag != Tag::kPreposition) return {};
    std::string_view prep = toks_[np.b - 1].lower;
    if (prep != "during"sv && prep != "after"sv && prep != "following"sv && prep != "before"sv &&
        prep != "at"sv && prep != "in"sv)
      return {};
    // Nearest verb group with a subject, preferring one after the noun in the same clause.
    const Group* best = nullptr;
    uint32_t best_dist = 1u << 30;
    for (const Group& g : groups_) {
      if (!g.subject_found) continue;
      uint32_t d = g.head > noun ? g.head - noun : noun - g.head;
      if (d < best_dist) {
        best = &g;
        best_dist = d;
      }
    }
    return best ? best->subject : std::vector<Actor>{};
  }

  void Trace(const std::vector<Match>& accepted) const {
    std::ostringstream& os = *trace_;
    os << "  tokens:";
    for (const Token& t : toks_) os << " " << t.text << "/" << TagName(t.tag);
    os << "\n";
    for (const PhraseMatch& m : matches_) {
      os << "  phrase '" << JoinTokens(m.begin, m.end) << "':";
      for (uint32_t p : m.phrases) {
        const Phrase& ph = dict_.phrases[p];
        static const char* kKinds[] = {"actor", "modifier", "demonym", "agent", "person", "alias"};
        os << " " << kKinds[static_cast<int>(ph.kind)] << " "
           << (ph.person >= 0 ? dict_.people[static_cast<size_t>(ph.person)].name : ph.code) << " ("
           << dict_.Where(ph.ref) << ")";
      }
      os << "\n";
    }
    for (const Np& np : nps_) {
      os << "  NP [" << JoinTokens(np.b, np.e) << "]";
      for (const Actor& a : np.actors) os << " -> " << a.code << " via " << a.via;
      if (np.actors.empty() && !np.open_role.empty()) os << " -> (description, fits no one named)";
      os << "\n";
    }
    for (const Group& g : groups_) {
      os << "  VERB [" << JoinTokens(g.b, g.e) << "] lemma=" << toks_[g.head].lemma
         << (g.negated ? " negated" : "") << (g.passive ? " passive" : "")
         << (g.future ? " future" : "") << (g.nonfinite ? " non-finite" : "") << "; " << g.why;
      for (const Actor& a : g.subject) os << " [" << a.code << "]";
      bool matched = false;
      for (const Match& m : accepted)
        if (m.group >= 0 && groups_[static_cast<size_t>(m.group)].head == g.head) matched = true;
      if (!matched) {
        const bool pats = !dict_.VerbPatternsFor(toks_[g.head].lemma).empty();
        os << (pats ? "; no pattern of '" + std::string(toks_[g.head].lemma) +
                          "' matched what follows"
                    : "; no pattern for '" + std::string(toks_[g.head].lemma) + "'");
      }
      os << "\n";
    }
    for (const Match& m : accepted) {
      os << "  MATCH " << m.pattern->code << " '" << m.pattern->text << "' ("
         << dict_.Where(m.pattern->ref) << ") at '" << toks_[m.head].text << "'";
      os << " sources:";
      for (const Actor& a : m.sources) os << " " << a.code;
      os << " targets:";
      for (const Actor& a : m.targets) os << " " << a.code;
      os << "\n";
    }
  }

  const Dictionary& dict_;
  const WordLists& lists_;
  const PhraseMatcher& matcher_;
  std::vector<Token>& toks_;
  Date date_;
  Discourse& disc_;
  const std::vector<bool>& quoted_;
  bool first_sentence_;
  const CoderOptions& opts_;
  std::ostringstream* trace_;
  uint32_t n_ = 0;
  // In the thread's SentenceScratch; Run() refills them.
  std::vector<PhraseMatch>& matches_;
  std::vector<int>& phrase_at_;
  std::vector<Np>& nps_;
  std::vector<int>& np_at_;
  std::vector<Dictionary::TokenWords>& token_words_;  // by token
  std::vector<uint32_t>& pattern_words_;  // for Dictionary::PatternsThatMayMatch
  std::vector<uint32_t>& may_match_;
  std::vector<Group>& groups_;
  mutable bool compound_cut_ = false;  // set by FillSlot (const) and ResolveOf
  PeerRules rules_;
  bool written_heads_ = true;
  // Whether a target slot may match no actor, in SelectMatches's second pass for a verb
  // none of whose patterns found its actors: PETRARCH's require_dyad = false lets the final
  // target slot stay empty where a noun phrase no actor codes stands (NounPhraseFollows; the
  // event is written with its target missing, PeerRules::missing_target); TABARI's DEFAULT
  // target lets any target slot stay empty (TABARI's patterns match words; the default code
  // fills the target).
  enum class EmptyTarget { kNever, kFinalSlot, kAnySlot };
  EmptyTarget empty_target_ = EmptyTarget::kNever;
  bool TargetMayStayEmpty(bool final_slot, uint32_t at) const {
    return empty_target_ == EmptyTarget::kAnySlot ||
           (empty_target_ == EmptyTarget::kFinalSlot && final_slot && NounPhraseFollows(at));
  }
};

// What a consultation, cooperation or coercion becomes when it is announced, not done:
// "will meet" is an intent to meet (036), "would break off ties" a threat to (1313).
// An empty result drops the event ("wish to attack" is neither an attack nor a threat).
std::string FutureShift(const std::string& code, Tense tense) {
  if (tense == Tense::kActual) return code;
  static const std::map<std::string, std::string> kIntent = {
      {"040", "036"},   {"041", "036"},   {"042", "036"},   {"043", "036"},   {"044", "036"},
      {"045", "039"},   {"046", "036"},   {"050", "032"},   {"054", "032"},   {"057", "030"},
      {"060", "031"},   {"061", "0311"},  {"062", "0312"},  {"063", "0313"},  {"064", "0314"},
      {"070", "033"},   {"071", "0331"},  {"072", "0332"},  {"073", "0333"},  {"074", "0334"},
      {"075", "033"},   {"080", "035"},   {"081", "0351"},  {"082", "0352"},  {"083", "034"},
      {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"084", "0353"},
      {"0841", "0353"}, {"0842", "0353"}, {"085", "0354"},  {"086", "0355"},  {"087", "0356"},
      {"0871", "0356"}, {"0872", "0356"}, {"0873", "0356"}, {"0874", "0356"}};
  static const std::map<std::string, std::string> kThreat = {
      {"160", "131"},   {"161", "1313"}, {"162", "1311"}, {"1621", "1311"}, {"1622", "1311"},
      {"1623", "1311"}, {"163", "1312"}, {"164", "134"},  {"165", "135"},   {"166", "136"}};
  if (auto it = kIntent.find(code); it != kIntent.end()) return it->second;
  if (auto it = kThreat.find(code); it != kThreat.end()) return it->second;
  std::string root = code.substr(0, 2);
  if (tense == Tense::kFuture) {
    // A stated future coercion or attack is a threat.
    if (root == "14"sv) return "133";
    if (root == "17"sv) return "137";
    if (root == "18"sv || root == "19"sv || root == "20"sv) return "138";
    return code;
  }
  // Wished-for or planned (non-finite under an intent verb): no event of force.
  if (root == "14"sv || root == "15"sv || root == "17"sv || root == "18"sv || root == "19"sv ||
      root == "20"sv)
    return "";
  return code;
}

// Whether a match of `p` discards its sentence: TABARI's discard [###] and complex [+++]
// codes on a pattern (peer dictionaries).
bool DiscardsSentence(const Pattern& p) { return p.code == "###"sv || p.code == "+++"sv; }

// Whether the pattern itself asks for a negation or a refusal before its verb (TABARI's
// "- NOT_* [...]", "- REFUSED TO *"):
// then a negated verb is what it codes, not a reason to drop the event.
bool SaysNegation(const Pattern& p) {
  for (const PatternElement& e : p.before)
    for (std::string_view w : e.words)
      if (w == "not"sv || w == "n't"sv || w == "never"sv || w == "refuse"sv || w == "refused"sv ||
          w == "decline"sv || w == "declined"sv)
        return true;
  return false;
}

// Whether an event with `code` is written: the CAMEO table has it, or `keep_outside` and it
// is a code of the dictionary's own (a digit first: not the null code "---").
bool Writable(const CameoTable& cameo, const std::string& code, bool keep_outside) {
  if (cameo.Find(code)) return true;
  return keep_outside && !code.empty() && std::isdigit(static_cast<unsigned char>(code[0]));
}

// TABARI's default source: the actors of the first phrase before `head` that names an
// actor whose code no target has (null-coded actors are not actors here).
// The actors of the first phrase starting in [from, to) whose codes are not the targets'
// and which ends by `end`.
std::vector<Actor> FirstActorIn(const SentenceCoder& sc, uint32_t from, uint32_t to, uint32_t end,
                                const std::vector<Actor>& targets) {
  for (uint32_t k = from; k < to; ++k) {
    std::vector<Actor> found;
    for (const Actor& a : sc.ActorsAt(k)) {
      bool is_target = false;
      for (const Actor& t : targets) is_target |= t.code == a.code;
      if (!a.code.empty() && !is_target && a.te <= end) found.push_back(a);
    }
    if (!found.empty()) return found;
  }
  return {};
}

std::vector<Actor> FirstActorBefore(const SentenceCoder& sc, uint32_t head,
                                    const std::vector<Actor>& targets) {
  return FirstActorIn(sc, 0, head, head, targets);
}

// TABARI's DEFAULT (manual 8.5), for a match at `head` whose searches left a side empty.
// Without PRIOR, a missing source is the first actor after the verb (TABARI looks there
// next); without AFTER, a missing target is an actor before the verb other than the
// source. What is still missing takes the default code.
void ApplyTabariDefaults(const CoderOptions& o, const SentenceCoder& sc, uint32_t head,
                         std::vector<Actor>* sources, std::vector<Actor>* targets) {
  auto stand_in = [head, &sc](const std::string& code) {
    Actor a;
    a.code = ActorCode(code);  // the options' text, which the Coder keeps
    a.tb = head;
    a.te = head + 1;
    a.via = sc.Keep("TABARI default " + code);
    return a;
  };
  if (!o.default_source.empty() && sources->empty()) {
    if (!o.default_source_prior && !targets->empty()) {
      sources->push_back(targets->front());
      targets->erase(targets->begin());
    } else {
      sources->push_back(stand_in(o.default_source));
    }
  }
  if (!o.default_target.empty() && targets->empty()) {
    if (!o.default_target_after && !sources->empty())
      *targets = FirstActorBefore(sc, head, {sources->front()});
    if (targets->empty()) targets->push_back(stand_in(o.default_target));
  }
}

// TABARI's sentence length (SET: MINIMUM WORDS): words and commas; not other
// punctuation, nor the split-off possessive ("Gondor's" is one word).
int TabariWordCount(const std::vector<Token>& toks) {
  int n = 0;
  for (const Token& t : toks)
    n += t.text == "," ||
         (t.tag != Tag::kPunct && t.tag != Tag::kQuote && t.tag != Tag::kPossessive);
  return n;
}

// TABARI's elimination of comma-delimited clauses (COMMA; manual 7.8). Segments are
// read left to right from comma to comma (the first from the sentence's start, the last
// to its end); one of more than `min` and at most `max` words (the `b` limits for the
// first, the `e` limits for the last) is dropped with the comma that opens it, and the
// comma that closes it then opens nothing: "Elrond, suspicious as ever of Mordor, brushed
// aside reports" reads "Elrond, brushed aside reports". A comma in a list of actors or
// agents ("Evil Mordor, the awful Fornost, and good Gondor") cuts nothing.
void DropCommaClauses(const TabariOptions::Comma& limits, const PhraseMatcher& matcher,
                      const Dictionary& dict, std::vector<Token>* toks) {
  std::vector<Token>& t = *toks;
  std::vector<bool> phrase_end(t.size() + 1, false), phrase_begin(t.size() + 1, false);
  for (const PhraseMatch& pm : matcher.Match(t)) {
    bool named = false;
    for (uint32_t p : pm.phrases) {
      PhraseKind k = dict.phrases[p].kind;
      named |= k == PhraseKind::kActor || k == PhraseKind::kAgent;
    }
    if (!named) continue;
    phrase_begin[pm.begin] = true;
    phrase_end[pm.end] = true;
  }
  auto in_list = [&](size_t comma) {
    if (!phrase_end[comma]) return false;
    for (size_t i = comma + 1; i < t.size() && i < comma + 5; ++i) {
      if (phrase_begin[i]) return true;
      // Modifiers only ("the awful", "and good"): no verb, preposition or punctuation.
      Tag g = t[i].tag;
      if (g == Tag::kVerb || g == Tag::kAuxiliary || g == Tag::kModal || g == Tag::kPreposition ||
          g == Tag::kPunct || g == Tag::kQuote || g == Tag::kWh || g == Tag::kSubordConj)
        return false;
    }
    return false;
  };
  std::vector<size_t> commas;
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].text == "," && !in_list(i)) commas.push_back(i);
  if (commas.empty()) return;
  size_t end = t.size();
  while (end > 0 && t[end - 1].tag == Tag::kPunct && t[end - 1].text != ",") --end;
  auto words = [&](size_t b, size_t e) {
    int n = 0;
    for (size_t i = b; i < e; ++i) n += t[i].tag != Tag::kPunct && t[i].tag != Tag::kQuote;
    return n;
  };
  auto within = [](int n, int lo, int hi) { return n > lo && n <= hi; };
  std::vector<bool> drop(t.size(), false);
  size_t a = 0;  // the comma that opens the next segment
  if (within(words(0, commas[0]), limits.bmin, limits.bmax)) {
    for (size_t i = 0; i <= commas[0]; ++i) drop[i] = true;
    a = 1;
  }
  while (a < commas.size()) {
    bool last = a + 1 == commas.size();
    size_t e = last ? end : commas[a + 1];
    if (!within(words(commas[a] + 1, e), last ? limits.emin : limits.min,
                last ? limits.emax : limits.max)) {
      ++a;
      continue;
    }
    for (size_t i = commas[a]; i < e; ++i) drop[i] = true;
    a += 2;
  }
  size_t w = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (drop[i]) continue;
    if (w != i) t[w] = std::move(t[i]);
    ++w;
  }
  t.resize(w);
}

}  // namespace

// "Iraq warned Sweden that it would break off ties": the warning is the threat (1313) it
// announces, made by the warner to the one warned, not a bare warning (130) beside a threat.
void MergeWarnings(std::vector<Event>* events, size_t first) {
  std::vector<Event>& evs = *events;
  size_t w = first;
  while (w < evs.size()) {
    if (evs[w].code != "130"sv) {
      ++w;
      continue;
    }
    bool merged = false;
    for (size_t t = first; t < evs.size(); ++t) {
      Event& threat = evs[t];
      if (t == w || threat.code.substr(0, 2) != "13"sv || threat.code == "130"sv ||
          threat.verb_begin <= evs[w].verb_begin ||
          threat.target.code.substr(0, 3) != evs[w].target.code.substr(0, 3) ||
          threat.source.code.substr(0, 3) != evs[w].source.code.substr(0, 3))
        continue;
      threat.source = evs[w].source;
      threat.target = evs[w].target;
      merged = true;
      break;
    }
    // A merged warning goes; the event that takes its place is looked at next.
    if (merged)
      evs.erase(evs.begin() + static_cast<std::ptrdiff_t>(w));
    else
      ++w;
  }
}

namespace {

// A dictionary's word ids as the tagger's numbering: asked once per distinct word a thread
// meets, then kept in its word cache.
class DictionaryNumbering : public WordNumbering {
 public:
  explicit DictionaryNumbering(const Dictionary& dict) : dict_(dict) {}
  uint32_t Number(std::string_view lower_word) const override { return dict_.WordId(lower_word); }

 private:
  const Dictionary& dict_;
};

}  // namespace

Coder::Coder(const Dictionary& dict, const Lexicon& lexicon, CoderOptions options)
    : dict_(dict),
      lexicon_(lexicon),
      options_(options),
      matcher_(std::make_unique<PhraseMatcher>(dict)),
      numbering_(std::make_unique<DictionaryNumbering>(dict)),
      lists_(dict),
      dated_discards_(dict.HasDatedDiscards()),
      written_heads_(dict.HasWrittenHeads()) {}

Coder::~Coder() = default;

ArticleResult Coder::Code(std::string_view text, Date published) const {
  return Run(text, published, nullptr);
}

ArticleResult Coder::Explain(std::string_view text, Date published, std::string* trace) const {
  return Run(text, published, trace);
}

ArticleResult Coder::Run(std::string_view input, Date published, std::string* trace) const {
  ArticleResult result;
  std::string_view text = input;
  if (text.size() > options_.max_article_bytes) {
    result.warnings.push_back("article longer than " + std::to_string(options_.max_article_bytes) +
                              " bytes: coded only its first " +
                              std::to_string(options_.max_article_bytes) + " bytes");
    text = text.substr(0, options_.max_article_bytes);
  }
  NormalizedText norm = Normalize(text);
  if (norm.invalid_bytes)
    result.warnings.push_back(std::to_string(norm.invalid_bytes) +
                              " invalid UTF-8 byte(s) replaced");
  std::vector<SentenceSpan> spans = SplitSentences(norm.text, options_.max_sentence_bytes);
  result.sentences = static_cast<int>(spans.size());
  Discourse discourse;
  // The trace, made only when asked for: a stream costs about 1,900 instructions an article.
  std::optional<std::ostringstream> trace_stream;
  if (trace) trace_stream.emplace();
  std::ostringstream* const os = trace ? &*trace_stream : nullptr;
  bool in_quote = false;
  uint32_t quote_open_at = 0;
  // For a quotation that runs on from the last sentence: the speaker and the span of the
  // mention in the article (its token indices belong to that earlier sentence).
  std::optional<Actor> last_speaker;
  uint32_t last_speaker_begin = 0, last_speaker_end = 0;
  const CameoTable& cameo = CameoTable::BuiltIn();
  thread_local SentenceScratch scratch;
  int cut = 0, token_cut = 0, compound_cut = 0;
  for (size_t si = 0; si < spans.size(); ++si) {
    const SentenceSpan& sp = spans[si];
    if (sp.cut) ++cut;
    std::vector<Token> toks = Tokenize(norm, sp.begin, sp.end);
    if (toks.size() > kMaxTokensPerSentence) {
      toks.resize(kMaxTokensPerSentence);
      ++token_cut;
    }
    TagSentence(lexicon_, &toks, numbering_.get());
    TagPeerVerbs(dict_, &toks);  // peer dictionaries only
    if (options_.text_underscores_are_blanks) {
      // "Dol_Amroth" is the words "Dol Amroth", as PETRARCH reads it.
      for (size_t k = toks.size(); k-- > 0;)
        if (k > 0 && k + 1 < toks.size() && toks[k].text == "_"sv) toks.erase(toks.begin() + k);
    }
    if (trace)
      *os << "sentence " << si << ": " << norm.text.substr(sp.begin, sp.end - sp.begin) << "\n";
    // Discards: the sentence is about sports, markets...
    bool discarded = false;
    for (const auto& d : dict_.discards) {
      for (size_t i = 0; i + d.size() <= toks.size() && !discarded; ++i) {
        bool all = true;
        for (size_t k = 0; k < d.size() && all; ++k) all = toks[i + k].lower == d[k];
        discarded = all;
      }
    }
    if (discarded) {
      if (trace) *os << "  discarded by a discard phrase\n";
      continue;
    }
    // TABARI's .options: too short a sentence is not coded; comma-delimited clauses are not
    // read.
    if (options_.minimum_words > 0 && TabariWordCount(toks) < options_.minimum_words) {
      if (trace) *os << "  fewer than " << options_.minimum_words << " words: not coded\n";
      discourse.SetForwarded(std::nullopt);
      continue;
    }
    if (options_.comma_clauses.on)
      DropCommaClauses(options_.comma_clauses, *matcher_, dict_, &toks);
    std::vector<DateMention> dates = FindDates(toks, published);
    // Quotation state per token, carried across sentences within a paragraph.
    // A new paragraph: a line break in the whitespace just before the sentence (scanning
    // only that whitespace keeps the whole pass linear in the article's length).
    bool new_paragraph = sp.begin == 0;
    for (size_t k = sp.begin; k > 0 && std::isspace(static_cast<unsigned char>(norm.text[k - 1]));
         --k)
      if (norm.text[k - 1] == '\n') {
        new_paragraph = true;
        break;
      }
    if (new_paragraph) in_quote = false;
    bool quote_open_at_start = in_quote;
    uint32_t sentence_quote_open_at = quote_open_at;
    // The sentence's '"' marks, which open and close quotations, found in one pass over
    // the tags (most sentences have none); a token is quoted if it is a mark or lies
    // between an opening mark and the next.
    thread_local std::vector<uint32_t> marks;
    marks.clear();
    bool has_quote = false;  // a quotation mark of any kind
    for (uint32_t i = 0; i < toks.size(); ++i) {
      if (toks[i].tag != Tag::kQuote) continue;
      has_quote = true;
      if (toks[i].text == "\""sv) marks.push_back(i);
    }
    std::vector<bool>& quoted = scratch.quoted;
    quoted.assign(toks.size(), false);
    uint32_t quoted_from = 0;  // the token after the last mark
    for (uint32_t m : marks) {
      if (in_quote) std::fill(quoted.begin() + quoted_from, quoted.begin() + m, true);
      quoted[m] = true;
      in_quote = !in_quote;
      if (in_quote) quote_open_at = toks[m].begin;
      quoted_from = m + 1;
    }
    if (in_quote) std::fill(quoted.begin() + quoted_from, quoted.end(), true);
    // People are coded by their role on the event's date; use the sentence's first date
    // expression for the whole sentence (close enough for roles, which change rarely).
    Date role_date = dates.empty() ? published : dates.front().date;
    discourse.SetSentence(static_cast<int>(si));
    SentenceCoder sc(dict_, lists_, *matcher_, toks, role_date, discourse, quoted, si == 0,
                     options_, os, scratch);
    sc.set_peer_rules({options_.first_verb_per_clause, options_.before_words_default_source,
                       options_.unknown_country_agents, options_.write_missing_actors,
                       options_.clause_first_actor_source});
    sc.set_written_heads(written_heads_);
    std::vector<Match> matches = sc.Run();
    if (sc.compound_cut()) ++compound_cut;
    if (const Person* who = dated_discards_ ? sc.DatedDiscard() : nullptr) {
      if (trace) *os << "  discarded: '" << who->name << "' is a discard on this date\n";
      continue;
    }
    if (options_.forward_pronouns) discourse.SetForwarded(sc.FirstNamedActor());
    if (std::string why; sc.TooComplex(options_.complexity, &why)) {
      if (trace) *os << "  too complex (" << why << "): not coded\n";
      continue;
    }
    // TABARI's discard [###] and complex [+++] codes on a pattern ("- * IN ACCIDENT [###]"):
    // where such a pattern is a verb's match, the sentence codes nothing.
    if (auto it = std::find_if(matches.begin(), matches.end(),
                               [](const Match& m) { return DiscardsSentence(*m.pattern); });
        it != matches.end()) {
      if (trace)
        *os << "  discarded by the pattern '" << it->pattern->text << "' [" << it->pattern->code
            << "] on '" << toks[it->head].text << "'\n";
      continue;
    }
    // Quotation frames: '"...," SPEAKER said', '"...," said SPEAKER', 'SPEAKER said: "..."'.
    std::optional<Actor> speaker;
    const Group* speaker_group = nullptr;
    // The groups that may frame a quotation: none in a sentence without a quotation mark.
    const std::span<const Group> framing =
        has_quote ? std::span<const Group>(sc.groups()) : std::span<const Group>();
    for (const Group& g : framing) {
      if (!IsSpeechVerb(toks[g.head].lemma) || quoted[g.head]) continue;
      uint32_t sb = sc.SubjectBegin(g);
      bool after_quote = false;
      for (uint32_t k = sb; k > 0 && k + 3 > sb; --k) {
        const Token& x = toks[k - 1];
        if (x.tag == Tag::kQuote) {
          after_quote = true;
          break;
        }
        if (x.text != ","sv) break;
      }
      bool before_quote = false;
      for (uint32_t k = g.e; k < toks.size() && k < g.e + 3; ++k) {
        if (toks[k].tag == Tag::kQuote) {
          before_quote = true;
          break;
        }
        if (toks[k].text != ":"sv && toks[k].text != ","sv && toks[k].lower != "that"sv) break;
      }
      if (!after_quote && !before_quote) continue;
      std::vector<Actor> who = g.subject;
      if (who.empty()) who = sc.ActorsAt(g.e);  // "said Lavrov"
      if (who.empty()) continue;
      speaker = who.front();
      speaker_group = &g;
      break;
    }
    // A quotation inside reported speech: 'Choe said her meeting "will become ..."'.
    if (!speaker) {
      for (const Group& g : framing) {
        if (!IsSpeechVerb(toks[g.head].lemma) || quoted[g.head] || g.subject.empty()) continue;
        bool quote_after = false;
        for (uint32_t k = g.e; k < toks.size(); ++k)
          if (toks[k].tag == Tag::kQuote) {
            quote_after = true;
            break;
          }
        if (!quote_after) continue;
        speaker = g.subject.front();
        speaker_group = &g;
        break;
      }
    }
    uint32_t speaker_begin = 0, speaker_end = 0;
    if (speaker) {
      speaker_begin = norm.OriginalBegin(toks[speaker->tb].begin);
      speaker_end = norm.OriginalEnd(toks[speaker->te - 1].end);
    } else if (quote_open_at_start && last_speaker) {
      speaker = last_speaker;
      speaker_begin = last_speaker_begin;
      speaker_end = last_speaker_end;
      speaker_group = nullptr;
    }
    if (speaker) {
      last_speaker = speaker;
      last_speaker_begin = speaker_begin;
      last_speaker_end = speaker_end;
    }
    // First-person placeholders take the speaker, or the event is dropped.
    for (Match& m : matches) {
      for (auto* side : {&m.sources, &m.targets})
        for (Actor& a : *side)
          if (a.code == kSpeaker) {
            if (speaker) {
              std::string_view via =
                  discourse.Keep(std::string(a.via) + " = " + std::string(speaker->via));
              uint32_t tb = a.tb, te = a.te;
              a = *speaker;
              a.tb = tb;
              a.te = te;
              a.via = via;
            } else {
              a.code.clear();
            }
          }
    }
    // "according to Russia's Foreign Ministry", "according to North Korean media": the
    // source of the report, kept with the sentence's events.
    // Only events carry it: a sentence without matches is not searched.
    EventActor attribution;
    for (size_t i = 0; !matches.empty() && i + 2 < toks.size(); ++i) {
      // The length first: most words are not "according".
      if (toks[i].lower.size() != 9 || toks[i].lower != "according"sv ||
          toks[i + 1].lower != "to"sv)
        continue;
      uint32_t b = static_cast<uint32_t>(i + 2);
      uint32_t e = b;
      while (e < toks.size() && toks[e].tag != Tag::kPunct && toks[e].tag != Tag::kQuote &&
             toks[e].tag != Tag::kVerb && toks[e].tag != Tag::kAuxiliary && e < b + 12)
        ++e;
      if (e == b) break;
      attribution.begin = norm.OriginalBegin(toks[b].begin);
      attribution.end = norm.OriginalEnd(toks[e - 1].end);
      attribution.text =
          std::string(text.substr(attribution.begin, attribution.end - attribution.begin));
      std::vector<Actor> who = sc.ActorsAt(b);
      if (!who.empty()) {
        attribution.code = who.front().code;
        attribution.via = who.front().via;
      }
      break;
    }
    size_t sentence_first_event = result.events.size();
    auto span_text = [&](uint32_t b, uint32_t e) {
      uint32_t ob = norm.OriginalBegin(b), oe = norm.OriginalEnd(e);
      return std::string(text.substr(ob, oe - ob));
    };
    // TABARI's CODE BY SENTENCE: the sentence's first event only.
    bool sentence_coded = false;
    for (Match& m : matches) {
      if (sentence_coded && options_.first_event_per_sentence) break;
      const size_t events_before = result.events.size();
      const Group* g = m.group >= 0 ? &sc.groups()[static_cast<size_t>(m.group)] : nullptr;
      bool negated = g && !options_.ignore_negation && (g->negated || g->governor_negated) &&
                     !SaysNegation(*m.pattern);
      Tense tense = !g          ? Tense::kActual
                    : g->intent ? Tense::kIntent
                    : g->future ? Tense::kFuture
                                : Tense::kActual;
      std::string code =
          options_.shift_tense ? FutureShift(m.pattern->code, tense) : m.pattern->code;
      // "will not hold talks with", "did not want to meet": a refusal to meet (125). Other
      // negated events did not happen.
      bool refusal = negated && options_.shift_tense && tense != Tense::kActual &&
                     (code.substr(0, 2) == "04"sv || code == "036"sv || code == "046"sv);
      if (refusal) {
        code = "125";
        negated = false;
      }
      if (negated && !options_.keep_negated) {
        if (trace) *os << "  negated: '" << toks[m.head].text << "' codes nothing\n";
        continue;
      }
      if (code.empty()) {
        if (trace)
          *os << "  not realized: '" << toks[m.head].text << "' is wished for or planned\n";
        continue;
      }
      if (!Writable(cameo, code, options_.keep_codes_outside_cameo)) continue;
      // Event date: the date expression nearest the verb.
      Date when = published;
      uint32_t best = 1u << 30;
      for (const DateMention& d : dates) {
        uint32_t dist = d.begin > m.head ? d.begin - m.head : m.head - d.end;
        if (dist < best) {
          best = dist;
          when = d.date;
        }
      }
      // A request to free someone is addressed to whoever holds them, and a release without
      // a named releaser is by them: the article's earlier arrest of that person says who.
      // The match's sides are not read again: take them.
      std::vector<Actor> sources = std::move(m.sources), targets = std::move(m.targets);
      if (sources.empty() && options_.default_source_before_verb) {
        sources = FirstActorBefore(sc, m.head, targets);
        // The first actor opens the verb's compound subject: the compound is the source
        // ("Eriador's death and injury toll has risen": ERI and "INJURY TOLL").
        if (g && g->subject.size() > 1 && !sources.empty() &&
            g->subject.front().tb == sources.front().tb) {
          sources.clear();
          for (const Actor& a : g->subject)
            if (std::none_of(targets.begin(), targets.end(),
                             [&](const Actor& t) { return t.code == a.code; }))
              sources.push_back(a);
        }
      }
      if (options_.write_missing_actors) {
        // PETRARCH's require_dyad = false: a side with no actor is written with an empty code.
        Actor missing;
        missing.tb = m.head;
        missing.te = m.head + 1;
        missing.via = "no actor";
        if (sources.empty()) sources.push_back(missing);
        if (targets.empty()) targets.push_back(missing);
      }
      // TABARI: with the target named before the verb and no other actor before it ("An
      // Eriadorian was shot dead in Osgiliath"), the source is the first actor after it.
      if (sources.empty() && m.default_source) {
        uint32_t n = static_cast<uint32_t>(toks.size());
        sources = FirstActorIn(sc, m.head + 1, n, n, targets);
      }
      ApplyTabariDefaults(options_, sc, m.head, &sources, &targets);
      bool release_request = IsReleaseRequest(code);
      // Not "to be freed", "will be freed", nor the subjunctive "ask that he be freed".
      bool done_release = code == "0841"sv && sources.empty() && g && !g->nonfinite && !g->future &&
                          !g->intent && toks[g->b].lower != "be"sv;
      if (release_request || done_release) {
        for (Actor& t : targets) {
          std::optional<Actor> holder = discourse.HolderOf(t.code);
          if (!holder) continue;
          Actor h = *holder;
          h.tb = t.tb;
          h.te = t.te;
          h.person = -1;
          h.via =
              discourse.Keep("holder of " + t.code + ": " + holder->code + " (an earlier arrest)");
          if (release_request)
            t = h;
          else
            sources = {h};
        }
      }
      // Writes the event src -> t with `pair_code`, once per sentence and triple.
      auto write = [&](const Actor& src, const Actor& t, std::string_view pair_code) {
        // An actor does not act on itself; a missing one (empty code) only where asked for.
        if (src.code == t.code ||
            ((src.code.empty() || t.code.empty()) && !options_.write_missing_actors))
          return;
        // The sentence's events so far are the triples it wrote (MergeWarnings runs after).
        for (size_t k = sentence_first_event; k < result.events.size(); ++k) {
          const Event& done = result.events[k];
          if (done.code == pair_code && done.source.code == src.code && done.target.code == t.code)
            return;
        }
        // Built in place; room for a few, as most articles have few events.
        if (result.events.empty()) result.events.reserve(8);
        Event& ev = result.events.emplace_back();
        ev.sentence = static_cast<int>(si);
        ev.date = when.ToString();
        auto fill = [&](const Actor& a, EventActor* out) {
          out->code = a.code;
          if (a.code.empty()) return;  // a missing actor: no mention
          out->begin = norm.OriginalBegin(toks[a.tb].begin);
          out->end = norm.OriginalEnd(toks[a.te - 1].end);
          out->text.assign(text.substr(out->begin, out->end - out->begin));
          out->via = a.via;
          out->entry = a.entry ? dict_.Where(*a.entry) : std::string();
        };
        fill(src, &ev.source);
        fill(t, &ev.target);
        ev.code = pair_code;
        ev.verb_begin = norm.OriginalBegin(toks[m.head].begin);
        ev.verb_end = norm.OriginalEnd(toks[m.head].end);
        ev.verb_text.assign(text.substr(ev.verb_begin, ev.verb_end - ev.verb_begin));
        ev.sentence_begin = norm.OriginalBegin(sp.begin);
        ev.sentence_end = norm.OriginalEnd(sp.end);
        ev.evidence = span_text(sp.begin, sp.end);
        ev.pattern.reserve(8 + m.pattern->code.size() + m.pattern->text.size());
        ev.pattern.append(m.pattern->noun ? "noun " : "verb ")
            .append(m.pattern->code)
            .append(" | ")
            .append(m.pattern->text);
        ev.rule_where = dict_.Where(m.pattern->ref);
        ev.negated = negated;
        ev.attribution = attribution;
        if (m.head < quoted.size() && quoted[m.head]) {
          // The quotation around the verb.
          uint32_t qb = m.head, qe = m.head;
          while (qb > 0 && !(toks[qb].tag == Tag::kQuote && toks[qb].text == "\""sv)) --qb;
          while (qe + 1 < toks.size() &&
                 !(toks[qe].tag == Tag::kQuote && toks[qe].text == "\""sv && qe > m.head))
            ++qe;
          ev.quote = span_text(toks[qb].begin, toks[qe].end);
        }
        if (trace)
          *os << "  EVENT " << ev.source.code << " " << ev.target.code << " " << ev.code << " ("
              << ev.rule_where << ") date " << ev.date << "\n";
        discourse.NoteEvent(pair_code, src, t.code, static_cast<int>(si));
        // "Xi hosted Macron. The two leaders signed": the event's two sides are a pair.
        discourse.NoteEventPair(src, t);
      };
      for (const Actor& s : sources) {
        // "Israeli air strikes killed": force by aerial weapons (195) or artillery (194).
        std::string force;
        if (code == "190"sv && s.te > s.tb && s.te <= toks.size())
          force = WeaponForceCode(lists_, toks[s.te - 1].lemma);
        const std::string_view event_code = force.empty() ? code : force;
        for (const Actor& target : targets) {
          // This pair's code: the event's, or repression (175) of protesters by police. The
          // pair's sides are the actors named, or a changed copy of one (`protesters`).
          std::string_view pair_code = event_code;
          const Actor* src = &s;
          const Actor* t = &target;
          // Violent repression (175) is of protesters: "fired tear gas to break up crowds".
          Actor protesters;
          if (pair_code == "175"sv && t->code.size() == 6 && t->code.substr(3) == "CVL"sv) {
            protesters = *t;
            protesters.code = discourse.Code(std::string(t->code.substr(0, 3)) + "OPP");
            t = &protesters;
          }
          // Fighting between a country's police and its protesters is repression (175) of the
          // protesters, whichever is named first: "clashes between police and demonstrators".
          if (pair_code == "190"sv && IsCountry(src->code) && IsCountry(t->code) &&
              src->code.substr(0, 3) == t->code.substr(0, 3)) {
            std::string_view rs = src->code.substr(3), rt = t->code.substr(3);
            if (rs == "OPP"sv && rt == "COP"sv) std::swap(src, t);
            if (src->code.substr(3) == "COP"sv && t->code.substr(3) == "OPP"sv) pair_code = "175"sv;
          }
          write(*src, *t, pair_code);
          // A paired code's mirror: the target acts on the source ("met" both ways).
          if (!m.pattern->paired_code.empty() &&
              Writable(cameo, m.pattern->paired_code, options_.keep_codes_outside_cameo))
            write(*t, *src, m.pattern->paired_code);
        }
      }
      sentence_coded |= result.events.size() > events_before;
    }
    MergeWarnings(&result.events, sentence_first_event);
    // Quotation records: every quotation that closes in this sentence (it may have opened
    // in an earlier sentence of the paragraph).
    {
      bool open = quote_open_at_start;
      uint32_t open_at = quote_open_at_start ? sentence_quote_open_at : 0;
      for (uint32_t i : marks) {
        if (!open) {
          open = true;
          open_at = toks[i].begin;
          continue;
        }
        open = false;
        Quote q;
        q.sentence = static_cast<int>(si);
        q.begin = norm.OriginalBegin(open_at);
        q.end = norm.OriginalEnd(toks[i].end);
        q.text = std::string(text.substr(q.begin, q.end - q.begin));
        // Scare quotes around a word or two ("unfriendly") are not statements.
        if (std::count(q.text.begin(), q.text.end(), ' ') < 2) continue;
        if (speaker) {
          q.speaker.code = speaker->code;
          q.speaker.begin = speaker_begin;
          q.speaker.end = speaker_end;
          q.speaker.text =
              std::string(text.substr(q.speaker.begin, q.speaker.end - q.speaker.begin));
          q.speaker.via = speaker->via;
          q.speaker.entry = speaker->entry ? dict_.Where(*speaker->entry) : std::string();
        }
        if (speaker_group) {
          q.verb_begin = norm.OriginalBegin(toks[speaker_group->b].begin);
          q.verb_end = norm.OriginalEnd(toks[speaker_group->e - 1].end);
          q.verb_text = std::string(text.substr(q.verb_begin, q.verb_end - q.verb_begin));
        }
        result.quotes.push_back(std::move(q));
      }
    }
  }
  if (cut)
    result.warnings.push_back(std::to_string(cut) + " sentence(s) longer than " +
                              std::to_string(options_.max_sentence_bytes) + " bytes were cut");
  if (token_cut)
    result.warnings.push_back(std::to_string(token_cut) + " sentence(s) longer than " +
                              std::to_string(kMaxTokensPerSentence) +
                              " tokens: coded only their first " +
                              std::to_string(kMaxTokensPerSentence) + " tokens");
  if (compound_cut)
    result.warnings.push_back(
        std::to_string(compound_cut) + " sentence(s) with a compound of more than " +
        std::to_string(kMaxActorsPerCompound) + " actors: coded only its first " +
        std::to_string(kMaxActorsPerCompound) + " actors");
  if (trace) *trace = os->str();
  return result;
}

}  // namespace tacitus
