// Peer dictionaries are read line by line into a PeerBuilder. The one hard part is the
// pattern language. A pattern is parsed into a sequence of items (words with their
// stem flag, `*`, `$`, `+`, `%`, `^`/`@`, and groups for `{ | }` and `&` synsets), each
// remembering whether it must follow the previous one immediately (`_`, `~`) or may
// have words in between (a blank). Groups are then expanded: alternatives that are all
// single words become one Tacitus `{a|b}` element, longer ones a pattern each (capped).
// Each flat sequence becomes Tacitus patterns: items before `*` must be slots (words
// there cannot be expressed and the pattern is skipped); after `*`, a blank becomes
// `...`; a pattern with no target gets TABARI's default one, "the first actor after the
// verb", as two patterns: the target right after the verb, and after the pattern's words.
// Verbs become lemmas through the caller's lexicon (PeerLemmatizer), so that the
// coder's index by lemma finds them; TABARI's stems become the verbs they can begin.
#include "dict/tabari_reader.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <filesystem>
#include <fstream>
#include <set>

#include "dict/dict_text.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace tacitus {
namespace {

constexpr size_t kMaxExpansions = 256;  // patterns from one line's alternatives and synsets
constexpr size_t kMaxPhraseOptions = 4;  // multi-word options expanded one pattern each
constexpr int kMaxNesting = 16;          // `{ | }` and `( )` inside each other

// Endings tried after a TABARI verb stem ("CRITICI" + "ze"); each candidate counts only
// if the lexicon knows it as a verb form.
constexpr std::string_view kVerbStemEndings[] = {"",    "e",   "s",   "es",  "ed", "d",
                                                 "ing", "ize", "ise", "ze",  "se", "te",
                                                 "ate", "y",   "ied", "ies", "ion"};
// Endings tried after a stemmed pattern word ("PEACEKEEP" + "ing"), kept if known.
constexpr std::string_view kWordStemEndings[] = {"s",   "es",  "e",    "ed",  "ing",  "er",
                                                 "ers", "ion", "ions", "ment", "ments", "y",
                                                 "ies", "al",  "ation", "ations"};
// Endings added to the last word of a stemmed TABARI actor name ("ERIADOR" ->
// "Eriadori", "Eriadorian"): names are rarely in a lexicon, so these are not checked.
constexpr std::string_view kActorStemEndings[] = {"s",  "a",   "an",  "ans", "e",   "i",
                                                  "ia", "ian", "ians", "is", "ine", "ish",
                                                  "ese", "n",  "ns",  "es",  "ic",  "on"};

bool IsAlnumCode(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

// Removes a `;` comment (TABARI).
std::string_view StripSemicolon(std::string_view s) {
  size_t c = s.find(';');
  return c == std::string_view::npos ? s : s.substr(0, c);
}

}  // namespace

// ---------------------------------------------------------------------------------
// PeerReport

void PeerReport::Note(std::string note) {
  if (notes.size() < kMaxNotes) notes.push_back(std::move(note));
  else ++notes_dropped;
}

std::string PeerReport::Summary() const {
  std::string out;
  for (const auto& [what, n] : counts) out += "  " + what + ": " + std::to_string(n) + "\n";
  return out;
}

// ---------------------------------------------------------------------------------
// PeerBuilder

struct PeerBuilder::Item {
  enum Kind : uint8_t { kWord, kVerb, kSource, kTarget, kCompound, kSkipActor, kGroup };
  Kind kind = kWord;
  std::string word;  // kWord: lowercase
  bool stem = false;
  bool adjacent = false;     // must follow the previous item immediately
  std::shared_ptr<const std::vector<Seq>> options;  // kGroup: the alternatives (shared with synsets_)
};

namespace {
size_t TabariLength(std::string_view text);
}  // namespace

struct PeerBuilder::Flat {
  Item::Kind kind = Item::kWord;
  std::vector<std::pair<std::string, bool>> words;  // kWord: alternatives (word, stem)
  bool adjacent = false;
};

PeerBuilder::PeerBuilder(PeerOptions options)
    : options_(std::move(options)), report_(options_.report ? options_.report : &own_report_) {}

PeerBuilder::~PeerBuilder() = default;

void PeerBuilder::BeginFile(std::string_view name) {
  file_name_ = std::string(name);
  file_ = dict_.AddFile(file_name_);
  Count("files read");
}

void PeerBuilder::Error(uint32_t line_no, std::string_view line, std::string_view at,
                        const std::string& message) {
  errors_.push_back({file_, line_no, LineError(file_name_, line_no, line, at, message)});
}

void PeerBuilder::Skip(uint32_t line_no, const std::string& what, std::string_view detail) {
  report_->Count(what);
  std::string note = file_name_ + ":" + std::to_string(line_no) + ": " + what;
  if (!detail.empty()) note += ": " + std::string(detail);
  report_->Note(std::move(note));
}

void PeerBuilder::Count(const std::string& what, long n) { report_->Count(what, n); }

bool PeerBuilder::ParseDate(std::string_view s, std::optional<Date>* out) const {
  if (s.size() != 6 && s.size() != 8) return false;
  int v[8];
  for (size_t i = 0; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v[i] = s[i] - '0';
  }
  int year, k;
  if (s.size() == 6) {
    int yy = v[0] * 10 + v[1];
    year = yy <= 30 ? 2000 + yy : 1900 + yy;  // TABARI's pivot
    k = 2;
  } else {
    year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    k = 4;
  }
  int month = v[k] * 10 + v[k + 1], day = v[k + 2] * 10 + v[k + 3];
  if (month < 1 || month > 12 || day < 1 || day > Date::DaysInMonth(year, static_cast<unsigned>(month)))
    return false;
  *out = Date::FromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  return true;
}

bool PeerBuilder::ParseCode(std::string_view block, uint32_t line_no, std::string_view line,
                            Code* out) {
  std::string_view s = Trim(block);
  *out = Code();
  // The special codes, also written with blanks ("- - -").
  std::string squeezed;
  for (char c : s.substr(0, std::min<size_t>(s.size(), 5)))
    if (c != ' ') squeezed += c;
  size_t used = 0;
  for (std::string_view special : {"---", "###", "+++"}) {
    if (StartsWith(squeezed, special)) {
      out->code = std::string(special);
      // Consume the special code and any blanks inside it.
      size_t seen = 0;
      while (used < s.size() && seen < 3) {
        if (s[used] != ' ') ++seen;
        ++used;
      }
      break;
    }
  }
  if (out->code.empty()) {
    while (used < s.size() && (std::isalnum(static_cast<unsigned char>(s[used])) || s[used] == '/'))
      ++used;
    out->code = Upper(s.substr(0, used));
  }
  if (out->code.empty()) {
    Error(line_no, line, block.empty() ? line : block, "no code in '[" + std::string(block) + "]'");
    return false;
  }
  std::string rest;
  for (char c : s.substr(used))
    if (!std::isspace(static_cast<unsigned char>(c))) rest += c;
  if (rest.empty()) return true;
  out->restricted = true;
  bool ok = false;
  if (rest[0] == '<') {
    ok = ParseDate(std::string_view(rest).substr(1), &out->to);
  } else if (rest[0] == '>') {
    ok = ParseDate(std::string_view(rest).substr(1), &out->from);
  } else if (size_t dash = rest.find('-'); dash != std::string::npos) {
    ok = ParseDate(std::string_view(rest).substr(0, dash), &out->from) &&
         ParseDate(std::string_view(rest).substr(dash + 1), &out->to);
  }
  if (!ok) {
    Skip(line_no, "skipped: date restrictions that do not read as <D, >D or D-D (YYMMDD or YYYYMMDD)",
         "[" + std::string(Trim(block)) + "]");
    return false;
  }
  return true;
}

std::vector<std::string> PeerBuilder::PhraseWords(std::string_view phrase) const {
  std::string s;
  s.reserve(phrase.size());
  bool ascii = true;
  for (char c : phrase) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80) ascii = false;
    s += c == '_' ? ' ' : static_cast<char>(std::tolower(u));
  }
  while (!s.empty() && (s.back() == '=' || s.back() == ' ')) s.pop_back();
  std::vector<std::string> out;
  if (std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
      })) {
    // Plain words: what the tokenizer would make of them, without building tokens.
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && s[i] == ' ') ++i;
      size_t e = s.find(' ', i);
      if (e == std::string::npos) e = s.size();
      if (e > i) out.emplace_back(s, i, e - i);
      i = e;
    }
    return out;
  }
  std::vector<Token> toks;
  if (ascii) {
    toks = Tokenize(s, s, 0, static_cast<uint32_t>(s.size()));  // `s` is lowercase already
    for (const Token& t : toks) out.emplace_back(t.text);
  } else {
    NormalizedText n = Normalize(s);
    toks = Tokenize(n, 0, static_cast<uint32_t>(n.text.size()));
    for (const Token& t : toks) out.emplace_back(t.lower);
  }
  return out;
}

std::vector<std::vector<std::string>> PeerBuilder::TabariNameWords(std::string_view name) const {
  std::vector<std::string> words, underscored;
  bool underscore = false;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t e = name.find(' ', i);
    if (e == std::string_view::npos) e = name.size();
    std::string_view part = name.substr(i, e - i);
    i = e;
    std::vector<std::string> part_words = PhraseWords(part);
    if (part_words.empty()) continue;
    if (!words.empty()) {
      words.emplace_back(kPhraseGap);
      underscored.emplace_back(kPhraseGap);
    }
    words.insert(words.end(), part_words.begin(), part_words.end());
    // "DOL_AMROTH": the text may keep the underscore, a token of its own.
    size_t from = 0;
    bool first = true;
    while (part.size() > 0 && part.back() == '_') part.remove_suffix(1);
    for (size_t u; from <= part.size(); from = u + 1) {
      u = part.find('_', from);
      if (u == std::string_view::npos) u = part.size();
      std::vector<std::string> piece = PhraseWords(part.substr(from, u - from));
      if (!first && !piece.empty()) {
        underscored.emplace_back("_");
        underscore = true;
      }
      first = first && piece.empty();
      underscored.insert(underscored.end(), piece.begin(), piece.end());
    }
  }
  std::vector<std::vector<std::string>> out;
  if (words.empty()) return out;
  out.push_back(std::move(words));
  if (underscore) out.push_back(std::move(underscored));
  return out;
}

void PeerBuilder::AddActor(const Actor& actor, bool stem) {
  SourceRef ref{file_, actor.line};
  if (actor.codes.empty()) {
    Skip(actor.line, "skipped: actors without a code (null)", actor.names.empty() ? "" : actor.names[0]);
    return;
  }
  bool dated = false;
  for (const Code& c : actor.codes) dated |= c.restricted;
  // Phrase words per name, plus regular endings of a stemmed last word.
  std::vector<std::vector<std::string>> phrases;
  phrases.reserve(actor.names.size());
  for (const std::string& name : actor.names) {
    std::vector<std::vector<std::string>> variants;
    if (stem) {
      variants = TabariNameWords(name);
      if (variants.size() > 1) Count("actor names with '_', also matched as written in the text");
    } else {
      variants.push_back(PhraseWords(name));
    }
    if (variants.empty() || variants[0].empty()) continue;
    std::vector<std::string> words = variants[0];
    if (std::find(words.begin(), words.end(), kPhraseGap) != words.end())
      Count("actor names with a blank between words (words may stand there)");
    phrases.insert(phrases.end(), variants.begin(), variants.end());
    bool exact = !name.empty() && (name.back() == '_' || name.back() == '=');
    const std::string& last = words.back();
    bool alpha = last.size() >= 3 && std::all_of(last.begin(), last.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c));
    });
    if (stem && !exact && alpha) {
      for (std::string_view ending : kActorStemEndings) {
        std::vector<std::string> v = words;
        v.back() += ending;
        phrases.push_back(std::move(v));
      }
      Count("approximated: stemmed actor names, expanded with regular endings");
    }
    if (stem && exact && name.back() == '_' && alpha && last.back() != 's') {
      // TABARI's regular plural on a whole word (manual 5.2.3): LIBYA_ is also "Libyas"; the
      // possessive 's is a token of its own. A name ending in '=' takes no ending.
      std::vector<std::string> v = words;
      v.back() += 's';
      phrases.push_back(std::move(v));
      Count("actor names ending in '_', also matched with a plural s");
    }
    if (stem && words.size() > 1 && words.size() <= 4) {
      // TABARI reads a hyphen in the text as a blank: "Al-Gore" is AL_GORE. The
      // tokenizer keeps "Al-Gore" whole, so the hyphenated name is a phrase too.
      std::string joined;
      for (const std::string& w : words)
        if (w != kPhraseGap) joined += (joined.empty() ? "" : "-") + w;
      phrases.push_back({joined});
    }
  }
  if (phrases.empty()) return;
  // A coded compound "[FRO/BIL/SAM]" stays whole: the coder reads each code as an actor.
  auto compound_code = [&](const std::string& code) {
    if (code.find('/') != std::string::npos) Count("coded compound actors (A/B), an actor per code");
    return code;
  };
  if (!dated) {
    if (actor.codes.size() > 1) Count("approximated: several undated codes, first one used");
    const std::string& code = actor.codes[0].code;
    if (code == "---") {
      Count("null-coded actor phrases (not actors)");
      return;
    }
    if (code == "###" || code == "+++") {
      // Discards match consecutive words: a blank is read as one.
      for (auto words : phrases) {
        words.erase(std::remove(words.begin(), words.end(), kPhraseGap), words.end());
        dict_.discards.push_back(std::move(words));
      }
      Count(code == "###" ? "discard phrases"
                          : "approximated: complex [+++] actor phrases, read as discards");
      return;
    }
    std::string c = compound_code(code);
    for (auto& words : phrases) {
      Phrase p;
      p.kind = PhraseKind::kActor;
      p.code = c;
      p.words = std::move(words);
      p.ref = ref;
      dict_.phrases.push_back(std::move(p));
    }
    Count("actor phrases");
    return;
  }
  // Date-restricted codes: a person-like entry coded by its role on the event's date.
  Person person;
  std::string name = actor.names.empty() ? "" : actor.names[0];
  while (!name.empty() && (name.back() == '_' || name.back() == '=' || name.back() == ' ')) name.pop_back();
  std::replace(name.begin(), name.end(), '_', ' ');
  person.name = name;
  for (std::string n : actor.names) {
    std::replace(n.begin(), n.end(), '_', ' ');
    person.names.push_back(Trim(n));
  }
  person.ref = ref;
  std::optional<std::string> fallback;
  bool fallback_discard = false;
  // Restrictions apply in the order written, the first satisfied one winning, so each
  // role keeps only the days no earlier restriction covers (Person::RoleAt would
  // otherwise prefer the latest start where they overlap).
  constexpr int64_t kMin = INT32_MIN, kMax = INT32_MAX;
  std::vector<std::pair<int64_t, int64_t>> covered;
  for (const Code& c : actor.codes) {
    std::string code = c.code;
    bool discard = code == "###" || code == "+++";
    if (discard) {
      Count(code == "###" ? "dated discard codes (a sentence naming it on those dates codes nothing)"
                          : "approximated: dated complex [+++] codes, read as dated discards");
      code = "";
    } else if (code == "---") {
      code = "";
    } else {
      code = compound_code(code);
    }
    if (!c.restricted) {
      if (!fallback) {
        fallback = code;
        fallback_discard = discard;
      }
      continue;
    }
    std::pair<int64_t, int64_t> range{c.from ? c.from->days() : kMin, c.to ? c.to->days() : kMax};
    std::vector<std::pair<int64_t, int64_t>> parts{range};
    for (const auto& [cf, ct] : covered) {
      std::vector<std::pair<int64_t, int64_t>> rest;
      for (const auto& [pf, pt] : parts) {
        if (pt < cf || pf > ct) {
          rest.push_back({pf, pt});
          continue;
        }
        if (pf < cf) rest.push_back({pf, cf - 1});
        if (pt > ct) rest.push_back({ct + 1, pt});
      }
      parts = std::move(rest);
    }
    covered.push_back(range);
    for (const auto& [pf, pt] : parts) {
      DatedRole role;
      role.code = code;
      role.discard = discard;
      if (pf != kMin) role.from = Date::FromDays(static_cast<int32_t>(pf));
      if (pt != kMax) role.to = Date::FromDays(static_cast<int32_t>(pt));
      role.ref = ref;
      person.roles.push_back(std::move(role));
    }
  }
  // Outside every restriction the undated code applies, else the null code: TABARI's
  // rule, not Tacitus's "former office-holder" ELI (Phoenix writes [XXXELI] itself).
  DatedRole otherwise;
  otherwise.code = fallback.value_or("");
  otherwise.discard = fallback_discard;
  otherwise.ref = ref;
  person.roles.push_back(std::move(otherwise));
  dict_.people.push_back(std::move(person));
  int32_t index = static_cast<int32_t>(dict_.people.size() - 1);
  for (auto& words : phrases) {
    Phrase p;
    p.kind = PhraseKind::kPerson;
    p.person = index;
    p.words = std::move(words);
    p.ref = ref;
    dict_.phrases.push_back(std::move(p));
  }
  Count("actors with dated codes (people)");
}

void PeerBuilder::AddAgent(std::string_view phrase, std::string_view code, uint32_t line_no,
                           std::string_view line) {
  std::string c;
  for (char ch : code)
    if (!std::isspace(static_cast<unsigned char>(ch))) c += ch;
  if (c.empty() || (c.front() != '~' && c.back() != '~')) {
    Error(line_no, line, code.empty() ? line : code,
          "agent code needs a '~' (~GOV or NGO~), got '" + c + "'");
    return;
  }
  // "~GOV" goes after the actor's code (ARNGOV), "NGO~" before it (NGOARN); the model
  // keeps the peers' notation for the second (Phrase::code "NGO~").
  bool prefix = c.front() != '~';
  std::string role = Upper(prefix ? std::string_view(c).substr(0, c.size() - 1)
                                  : std::string_view(c).substr(1));
  if (!IsAlnumCode(role)) {
    Error(line_no, line, code, "bad agent code '" + c + "'");
    return;
  }
  Phrase p;
  p.kind = PhraseKind::kAgent;
  p.code = prefix ? role + "~" : role;
  p.words = PhraseWords(phrase);
  p.ref = SourceRef{file_, line_no};
  if (p.words.empty()) {
    Error(line_no, line, line, "agent without a phrase");
    return;
  }
  dict_.phrases.push_back(std::move(p));
  Count("agent phrases");
  if (prefix) Count("agents whose code goes before the actor's (CODE~)");
}

void PeerBuilder::AddDiscard(std::string_view phrase) {
  std::vector<std::string> words = PhraseWords(phrase);
  if (words.empty()) return;
  dict_.discards.push_back(std::move(words));
  Count("discard phrases");
}

bool PeerBuilder::SplitCodes(std::string_view body, uint32_t line_no, std::string_view line,
                             std::string* phrase, std::vector<std::string_view>* blocks) {
  size_t first = body.find('[');
  std::string_view head = Trim(body.substr(0, first));
  phrase->assign(head.data(), head.size());
  if (head.find(']') != std::string_view::npos) {
    Repair(line_no, "repaired: stray ']' in a phrase, dropped", body);
    phrase->erase(std::remove(phrase->begin(), phrase->end(), ']'), phrase->end());
    std::string_view trimmed = Trim(*phrase);
    *phrase = std::string(trimmed);
  }
  size_t pos = first;
  size_t end = first;
  while (pos != std::string_view::npos && pos < body.size()) {
    size_t close = body.find(']', pos);
    size_t next = body.find('[', pos + 1);
    if (close == std::string_view::npos || (next != std::string_view::npos && next < close)) {
      // "[~ENV}": a brace for the bracket.
      size_t brace = body.find('}', pos);
      if (brace != std::string_view::npos && (next == std::string_view::npos || brace < next)) {
        Repair(line_no, "repaired: code block closed with '}'", body);
        close = brace;
      } else {
        Error(line_no, line, body.substr(pos, 1), "missing ']'");
        return false;
      }
    }
    blocks->push_back(body.substr(pos + 1, close - pos - 1));
    end = close + 1;
    pos = next;
  }
  if (first != std::string_view::npos && !Trim(body.substr(end)).empty())
    Repair(line_no, "repaired: text after the code block, ignored", Trim(body.substr(end)));
  return true;
}

void PeerBuilder::Repair(uint32_t line_no, const std::string& what, std::string_view detail) {
  Skip(line_no, what, detail);
}

// ---- words ------------------------------------------------------------------------

const std::vector<std::string>& PeerBuilder::VerbLemmas(std::string_view word, bool stem) {
  std::string lw = Lower(word);
  std::string key = lw + (stem ? "*" : "");
  if (auto it = verb_cache_.find(key); it != verb_cache_.end()) return it->second;
  std::vector<std::string> out;
  auto add = [&](std::string s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  if (options_.lemmatizer.verb) {
    if (stem) {
      for (std::string_view ending : kVerbStemEndings) add(options_.lemmatizer.verb(lw + std::string(ending)));
    } else {
      add(options_.lemmatizer.verb(lw));
    }
  }
  if (out.empty()) add(lw);
  return verb_cache_[key] = std::move(out);
}

void PeerBuilder::AddVerbWord(std::string_view written, bool stem, const std::string& lemma) {
  std::string form = Lower(written);
  if (form.empty() || lemma.empty()) return;
  dict_.verb_words.push_back(VerbWord{std::move(form), stem, lemma});
}

const std::vector<std::string>& PeerBuilder::WordForms(std::string_view word, bool stem) {
  std::string lw = Lower(word);
  std::string key = lw + (stem ? "*" : "");
  if (auto it = word_cache_.find(key); it != word_cache_.end()) return it->second;
  std::vector<std::string> out{lw};
  auto add = [&](std::string s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  if (options_.lemmatizer.word) {
    add(options_.lemmatizer.word(lw));
    // Short stems ("TO", "OF", "ARM") would reach unrelated words: matched whole.
    if (stem && lw.size() >= 4) {
      for (std::string_view ending : kWordStemEndings) {
        // The coder compares lemmas, so the lemma is enough: "peacekeeping".
        add(options_.lemmatizer.word(lw + std::string(ending)));
      }
    }
  }
  return word_cache_[key] = std::move(out);
}

// ---- synsets and patterns -----------------------------------------------------------

void PeerBuilder::DefineSynset(std::string_view name, const std::vector<std::string>& members,
                               uint32_t line_no, std::string_view line, bool stem) {
  std::string key = Upper(name);
  if (key.empty()) {
    Error(line_no, line, line, "synset without a name");
    return;
  }
  std::vector<Seq> options;
  for (const std::string& m : members) {
    Seq seq;
    size_t pos = 0;
    std::string error;
    std::string_view at;
    if (!ParseSeq(m, &pos, 0, stem, &seq, &error, &at)) {
      Skip(line_no, "skipped: synset members that do not parse", "&" + key + " +" + m + ": " + error);
      continue;
    }
    if (!seq.empty()) options.push_back(std::move(seq));
  }
  auto shared = std::make_shared<const std::vector<Seq>>(std::move(options));
  synsets_[key] = shared;
  // PETRARCH marks "no plurals" with a final `_` on the name; patterns may omit it.
  if (key.size() > 1 && key.back() == '_') synsets_.emplace(key.substr(0, key.size() - 1), shared);
  Count("synsets");
}

bool PeerBuilder::HasSynset(std::string_view name) const {
  return synsets_.count(Upper(name)) > 0;
}

// Parses items until the end of `text` or, at depth 0, a character of `close`
// ('|' and '}' for alternatives, ')' for a PETRARCH prepositional phrase).
bool PeerBuilder::ParseSeq(std::string_view text, size_t* pos, char close, bool stem, Seq* out,
                           std::string* error, std::string_view* at) {
  bool adjacent = false;  // the next item follows the previous immediately
  auto special = [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '_' || c == '~' || c == '=' ||
           c == '{' || c == '}' || c == '(' || c == ')' || c == '|' || c == '[' || c == ']' ||
           c == '*' || c == '$' || c == '+' || c == '%' || c == '^' || c == '@' || c == '&';
  };
  auto push = [&](Item item) {
    item.adjacent = adjacent;
    adjacent = false;
    out->push_back(std::move(item));
  };
  while (*pos < text.size()) {
    char c = text[*pos];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++*pos;
      continue;
    }
    if (close == '}' && c == ']') {
      // "{ WAS | WERE ]": a bracket for the brace.
      repairs_.push_back("repaired: alternatives closed with ']'");
      return true;
    }
    if (close && (c == close || (close == '}' && c == '|'))) return true;
    size_t start = *pos;
    Item item;
    if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^' || c == '@') {
      item.kind = c == '*'   ? Item::kVerb
                  : c == '$' ? Item::kSource
                  : c == '+' ? Item::kTarget
                  : c == '%' ? Item::kCompound
                             : Item::kSkipActor;
      ++*pos;
      push(std::move(item));
    } else if (c == '&') {
      size_t e = *pos + 1;
      while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_')) ++e;
      std::string name = Upper(text.substr(*pos + 1, e - *pos - 1));
      // The longest defined name: "&TIETYPES_MEMOS" is &TIETYPES then "_MEMOS".
      while (!name.empty() && !synsets_.count(name)) {
        size_t u = name.rfind('_');
        name = u == std::string::npos ? "" : name.substr(0, u);
      }
      if (name.empty()) {
        *error = "unknown synset '" + std::string(text.substr(*pos, e - *pos)) + "'";
        *at = text.substr(*pos, e - *pos);
        return false;
      }
      *pos += 1 + name.size();
      if (synsets_[name]->empty()) {
        *error = "synset '&" + name + "' has no usable members";
        *at = text.substr(start, *pos - start);
        return false;
      }
      item.kind = Item::kGroup;
      item.options = synsets_[name];
      push(std::move(item));
    } else if (c == '{' || c == '(') {
      char my_close = c == '{' ? '}' : ')';
      if (depth_ >= kMaxNesting) {
        *error = "groups nested more than " + std::to_string(kMaxNesting) + " deep";
        *at = text.substr(*pos, 1);
        return false;
      }
      ++*pos;
      std::vector<Seq> options;
      while (true) {
        Seq option;
        ++depth_;
        bool ok = ParseSeq(text, pos, my_close, stem, &option, error, at);
        --depth_;
        if (!ok) return false;
        if (*pos >= text.size()) {
          *error = std::string("missing '") + my_close + "'";
          *at = text.substr(start, 1);
          return false;
        }
        options.push_back(std::move(option));
        if (text[*pos] == my_close || (my_close == '}' && text[*pos] == ']')) {
          ++*pos;
          break;
        }
        ++*pos;  // '|'
      }
      if (options.size() == 1) {
        // PETRARCH's {NOUN PHRASE} and (PREPOSITION OBJECT): their words, in order,
        // with the group's own connector before the first.
        bool first = true;
        for (Item& inner : options[0]) {
          bool adj = first ? adjacent : inner.adjacent;
          first = false;
          inner.adjacent = adj;
          out->push_back(std::move(inner));
        }
        adjacent = false;
      } else {
        item.kind = Item::kGroup;
        item.options = std::make_shared<const std::vector<Seq>>(std::move(options));
        push(std::move(item));
      }
    } else if ((c == '}' || c == ')') && !close) {
      repairs_.push_back(std::string("repaired: stray '") + c + "' in a pattern, dropped");
      ++*pos;
      continue;
    } else if (c == '}' || c == ')' || c == '|' || c == ']' || c == '[') {
      *error = std::string("unexpected '") + c + "'";
      *at = text.substr(*pos, 1);
      return false;
    } else if (c == '_' || c == '~' || c == '=') {
      // A connector with nothing before it ("IN_ *" has one after): adjacency only.
      ++*pos;
      adjacent = c != '=';
      continue;
    } else {
      size_t e = *pos;
      while (e < text.size() && !special(text[e])) ++e;
      item.kind = Item::kWord;
      item.word = Lower(text.substr(*pos, e - *pos));
      item.stem = stem;
      *pos = e;
      push(std::move(item));
    }
    // The connector after an item.
    if (*pos < text.size()) {
      char n = text[*pos];
      Item* last = out->empty() ? nullptr : &out->back();
      if (n == '~') {
        ++*pos;
        if (*pos < text.size() && text[*pos] == '_') ++*pos;
        adjacent = true;
      } else if (n == '_') {
        ++*pos;
        if (last && last->kind == Item::kWord) last->stem = false;
        adjacent = *pos < text.size() && !std::isspace(static_cast<unsigned char>(text[*pos])) &&
                   text[*pos] != '|' && text[*pos] != '}' && text[*pos] != ')';
      } else if (n == '=') {
        ++*pos;
        if (last && last->kind == Item::kWord) last->stem = false;
      }
    }
  }
  return true;
}

bool PeerBuilder::SplitsInText(const std::string& word) const {
  bool plain = std::all_of(word.begin(), word.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
  return !plain && PhraseWords(word).size() > 1;
}

bool PeerBuilder::Flatten(const Seq& seq, std::vector<std::vector<Flat>>* out) {
  std::vector<std::vector<Flat>> results(1);
  bool truncated = false;
  for (const Item& item : seq) {
    if (item.kind != Item::kGroup) {
      Flat f;
      f.kind = item.kind;
      f.adjacent = item.adjacent;
      if (item.kind == Item::kWord) f.words.push_back({item.word, item.stem});
      for (auto& r : results) r.push_back(f);
      continue;
    }
    Flat single;
    single.kind = Item::kWord;
    single.adjacent = item.adjacent;
    std::vector<std::vector<Flat>> longer;
    // Many phrases of only words ("FIGHTER_JET", "STEALTH_BOMBER"... in &AIRCRAFT) are
    // merged by length, word by word, rather than expanded one pattern each: a few
    // cross combinations ("stealth jet") are the price of a dictionary that loads fast.
    std::map<size_t, std::vector<Flat>> by_length;
    size_t word_phrases = 0;
    for (const Seq& option : *item.options) {
      bool words_only = std::all_of(option.begin(), option.end(),
                                    [](const Item& i) { return i.kind == Item::kWord; });
      if (option.size() > 1 && words_only) ++word_phrases;
    }
    bool merge = word_phrases > kMaxPhraseOptions;
    if (merge) Count("approximated: synsets with many multi-word members, merged word by word");
    for (const Seq& option : *item.options) {
      // A word the tokenizer splits ("DIDN'T" is "did n't" in the text) is a longer option.
      if (option.size() == 1 && option[0].kind == Item::kWord && !SplitsInText(option[0].word)) {
        std::pair<std::string, bool> w{option[0].word, option[0].stem};
        if (std::find(single.words.begin(), single.words.end(), w) == single.words.end())
          single.words.push_back(w);
        continue;
      }
      bool words_only = std::all_of(option.begin(), option.end(),
                                    [](const Item& i) { return i.kind == Item::kWord; });
      if (merge && words_only && option.size() > 1) {
        std::vector<Flat>& m = by_length[option.size()];
        if (m.empty()) {
          m.resize(option.size());
          for (size_t k = 0; k < option.size(); ++k) {
            m[k].kind = Item::kWord;
            m[k].adjacent = k == 0 ? item.adjacent : option[k].adjacent;
          }
        }
        for (size_t k = 0; k < option.size(); ++k) {
          std::pair<std::string, bool> w{option[k].word, option[k].stem};
          if (std::find(m[k].words.begin(), m[k].words.end(), w) == m[k].words.end())
            m[k].words.push_back(w);
          if (k > 0 && !option[k].adjacent) m[k].adjacent = false;
        }
        continue;
      }
      std::vector<std::vector<Flat>> sub;
      if (!Flatten(option, &sub)) truncated = true;
      for (auto& s : sub) {
        if (s.empty()) continue;
        s[0].adjacent = item.adjacent;
        longer.push_back(std::move(s));
      }
    }
    for (auto& [length, m] : by_length) longer.push_back(std::move(m));
    std::vector<std::vector<Flat>> next;
    for (const auto& r : results) {
      if (!single.words.empty()) {
        next.push_back(r);
        next.back().push_back(single);
      }
      for (const auto& l : longer) {
        if (next.size() >= kMaxExpansions) {
          truncated = true;
          break;
        }
        next.push_back(r);
        next.back().insert(next.back().end(), l.begin(), l.end());
      }
      if (next.size() >= kMaxExpansions) {
        truncated = true;
        break;
      }
    }
    results = std::move(next);
  }
  *out = std::move(results);
  return !truncated;
}


namespace {

std::string Render(const std::vector<PatternElement>& elements) {
  std::string out;
  for (const PatternElement& e : elements) {
    if (!out.empty()) out += ' ';
    std::string s;
    switch (e.kind) {
      case PatternElement::kSkip: s = e.skip_actor ? "^" : "..."; break;
      case PatternElement::kTarget: s = "+"; break;
      case PatternElement::kSource: s = "$"; break;
      case PatternElement::kWord:
        if (e.words.size() == 1) {
          s = e.words[0];
        } else {
          s = "{";
          for (size_t i = 0; i < e.words.size(); ++i) {
            if (i) s += '|';
            s += e.words[i];
          }
          s += "}";
        }
        break;
    }
    out += e.optional ? "(" + s + ")" : s;
  }
  return out;
}

PatternElement SkipElement() {
  PatternElement e;
  e.kind = PatternElement::kSkip;
  e.open = true;  // the peers' skips run to the end of the sentence
  return e;
}

PatternElement SlotElement(PatternElement::Kind kind) {
  PatternElement e;
  e.kind = kind;
  return e;
}

}  // namespace

void PeerBuilder::Emit(const std::vector<VerbForm>& forms,
                       const std::vector<PatternElement>& before,
                       std::vector<PatternElement> post, const std::string& code,
                       uint32_t line_no) {
  // Forms with the same particles share one pattern whose head lists all their lemmas.
  std::vector<VerbForm> verbs;
  for (const VerbForm& f : forms) {
    auto same = std::find_if(verbs.begin(), verbs.end(), [&](const VerbForm& m) {
      return m.particles == f.particles && m.particles_adjacent == f.particles_adjacent;
    });
    if (same == verbs.end()) {
      verbs.push_back(f);
      continue;
    }
    for (const std::string& l : f.lemmas)
      if (std::find(same->lemmas.begin(), same->lemmas.end(), l) == same->lemmas.end())
        same->lemmas.push_back(l);
    for (const std::string& w : f.written)
      if (std::find(same->written.begin(), same->written.end(), w) == same->written.end())
        same->written.push_back(w);
  }
  for (const VerbForm& vf : verbs) {
    if (vf.lemmas.empty()) continue;
    Pattern p;
    p.code = code;
    p.ref = SourceRef{file_, line_no};
    PatternElement head;
    head.words = vf.lemmas;
    head.prefixes = vf.written;  // PatternElement::prefixes on a head: the peer's own words
    p.elements.push_back(std::move(head));
    for (const std::string& particle : vf.particles) {
      if (!vf.particles_adjacent) p.elements.push_back(SkipElement());
      PatternElement w;
      w.words = WordForms(particle, false);
      p.elements.push_back(std::move(w));
    }
    for (const PatternElement& e : post) {
      PatternElement& last = p.elements.back();
      if (e.kind == PatternElement::kSkip && last.kind == PatternElement::kSkip &&
          !last.skip_actor) {
        if (e.skip_actor) last = e;  // a `^` already skips the words before its actor
        continue;
      }
      p.elements.push_back(e);
    }
    while (p.elements.back().kind == PatternElement::kSkip) p.elements.pop_back();
    p.before = before;
    p.text = before.empty() ? Render(p.elements) : Render(before) + " " + Render(p.elements);
    dict_.patterns.push_back(std::move(p));
  }
}

std::string PeerBuilder::EmitPatterns(const std::vector<VerbForm>& verbs,
                                      const std::vector<Flat>& flat, const std::string& code,
                                      bool reversed, uint32_t line_no,
                                      std::set<std::string>* approximations) {
  size_t v = 0;
  while (v < flat.size() && flat[v].kind != Item::kVerb) ++v;
  if (v == flat.size()) return "skipped: patterns without '*'";
  bool subject_target = false, words_before = false, compound_subject = false;
  for (size_t i = 0; i < v; ++i) {
    switch (flat[i].kind) {
      case Item::kWord:
        words_before = true;
        break;
      case Item::kTarget:
        subject_target = true;
        break;
      case Item::kCompound:
        compound_subject = true;
        break;
      case Item::kSkipActor:
        approximations->insert("approximated: '^' and '@' before the verb, ignored");
        break;
      default:
        break;
    }
  }
  std::vector<Flat> post(flat.begin() + static_cast<long>(v) + 1, flat.end());
  bool has_source = false, has_target = false, compound_after = false;
  for (const Flat& f : post) {
    if (f.kind == Item::kVerb) return "skipped: patterns with more than one '*'";
    if (f.kind == Item::kSource) {
      if (has_source) return "skipped: patterns with two sources";
      has_source = true;
    }
    if (f.kind == Item::kTarget || f.kind == Item::kCompound) {
      if (has_target) return "skipped: patterns with two targets";
      has_target = true;
    }
    compound_after |= f.kind == Item::kCompound;
    if (f.kind == Item::kSkipActor) Count("'^' and '@' after the verb: skip the next actor");
  }
  if (subject_target && has_target) return "skipped: patterns with two targets";
  // "- NOTED + *", "- + WAS * DEAD": the target is the actor standing there and the source
  // TABARI's default one (the coder's Pattern::before slot). A reversed copy ("[:B]") would
  // need a source there, which the coder does not look for (a paired "[A:B]" is the mirror
  // of each event instead).
  bool target_before = subject_target && !has_source;
  if (target_before && reversed) {
    approximations->insert(
        "approximated: paired codes on patterns with the target before the verb, the second "
        "dropped");
    return "";
  }

  auto append_word = [&](const Flat& f, std::vector<PatternElement>* els) {
    // A word the tokenizer splits ("DIDN'T" -> did n't) becomes consecutive elements.
    if (f.words.size() == 1 && SplitsInText(f.words[0].first)) {
      for (const std::string& t : PhraseWords(f.words[0].first)) {
        PatternElement e;
        e.words = tabari_words_ ? std::vector<std::string>{Lower(t)} : WordForms(t, false);
        e.surface = tabari_words_;
        els->push_back(std::move(e));
      }
      return;
    }
    PatternElement e;
    auto add = [](std::vector<std::string>* list, std::string form) {
      if (std::find(list->begin(), list->end(), form) == list->end()) list->push_back(std::move(form));
    };
    std::vector<std::string> words, prefixes;  // e's, gathered before it takes them
    for (const auto& [w, stem] : f.words) {
      if (tabari_words_) {
        // TABARI compares text words: a stem begins the word, a word with `_` is it.
        add(&words, Lower(w));
        if (stem) add(&prefixes, Lower(w));
        continue;
      }
      for (const std::string& form : WordForms(w, stem)) add(&words, form);
    }
    e.words = words;
    e.prefixes = prefixes;
    e.surface = tabari_words_;
    els->push_back(std::move(e));
  };
  auto build = [&](size_t insert_at, PatternElement::Kind slot) {
    std::vector<PatternElement> els;
    for (size_t i = 0; i <= post.size(); ++i) {
      if (i == insert_at) {
        els.push_back(SkipElement());
        els.push_back(SlotElement(slot));
      }
      if (i == post.size()) break;
      const Flat& f = post[i];
      // `^` takes the words before its actor itself.
      if ((!f.adjacent || i == insert_at) && f.kind != Item::kSkipActor)
        els.push_back(SkipElement());
      switch (f.kind) {
        case Item::kWord: append_word(f, &els); break;
        case Item::kSource: els.push_back(SlotElement(reversed ? PatternElement::kTarget : PatternElement::kSource)); break;
        case Item::kTarget:
        case Item::kCompound:
          els.push_back(SlotElement(reversed ? PatternElement::kSource : PatternElement::kTarget));
          break;
        case Item::kSkipActor: {
          PatternElement e = SkipElement();
          e.skip_actor = true;
          els.push_back(std::move(e));
          break;
        }
        default: els.push_back(SkipElement()); break;
      }
    }
    return els;
  };
  // Words before the verb ("- REFUSED TO *", "- NOT_*"): kept in order, a skip wherever the
  // next item is not joined to them (an actor slot before the verb is a skip too).
  std::vector<PatternElement> before;
  if (words_before || target_before) {
    for (size_t i = 0; i <= v; ++i) {
      if (target_before && i < v && flat[i].kind == Item::kTarget) {
        if (!flat[i].adjacent && !before.empty() && before.back().kind != PatternElement::kSkip)
          before.push_back(SkipElement());
        before.push_back(SlotElement(PatternElement::kTarget));
        continue;
      }
      if (i == v || flat[i].kind != Item::kWord) {
        bool joined = i == v && flat[v].adjacent && v > 0 &&
                      (flat[v - 1].kind == Item::kWord ||
                       (target_before && flat[v - 1].kind == Item::kTarget));
        if (!before.empty() && !joined && before.back().kind != PatternElement::kSkip)
          before.push_back(SkipElement());
        continue;
      }
      if (!flat[i].adjacent && !before.empty() && before.back().kind != PatternElement::kSkip)
        before.push_back(SkipElement());
      append_word(flat[i], &before);
    }
  }
  if (compound_subject && (has_target || has_source || subject_target))
    approximations->insert("approximated: '%' compound actors, read as an ordinary source or target");
  if (compound_subject && !has_target && !has_source && !subject_target) {
    // "- % * DIPLOMATIC": the compound subject's members are each other's targets.
    size_t first = dict_.patterns.size();
    Emit(verbs, before, build(post.size() + 1, PatternElement::kTarget), code, line_no);
    for (size_t i = first; i < dict_.patterns.size(); ++i) {
      dict_.patterns[i].compound_subject = true;
      dict_.patterns[i].text = "% " + dict_.patterns[i].text;
    }
    Count("compound subjects acting on each other ('%' before the verb)");
  } else if (!has_target && !has_source && !subject_target) {
    // TABARI's default target is the first actor after the verb. It stands right after
    // the verb ("condemned Gondor's attack") or after the pattern's words ("restored
    // ties with Gondor"); the places between are rare and would multiply patterns.
    PatternElement::Kind slot = reversed ? PatternElement::kSource : PatternElement::kTarget;
    if (!post.empty() && !post[0].adjacent) Emit(verbs, before, build(0, slot), code, line_no);
    Emit(verbs, before, build(post.size(), slot), code, line_no);
  } else {
    size_t first = dict_.patterns.size();
    Emit(verbs, before, build(post.size() + 1, PatternElement::kTarget), code, line_no);
    if (tabari_words_ && compound_after && !compound_subject && !has_source && !subject_target) {
      // TABARI's "- HAS * WITH %": the compound at the slot acts on itself (PETRARCH's
      // `%` there is an ordinary target).
      for (size_t i = first; i < dict_.patterns.size(); ++i)
        dict_.patterns[i].compound_subject = true;
      Count("compounds after the verb acting on each other ('%' as the slot)");
    } else if (compound_after) {
      approximations->insert(
          "approximated: '%' compound actors, read as an ordinary source or target");
    }
  }
  return "";
}

std::string PeerBuilder::Described(std::string_view text, const std::string& code) const {
  return verb_label_ + " - " + std::string(Trim(text)) + " [" + code + "]";
}

bool PeerBuilder::Translate(const std::vector<VerbForm>& verbs, std::string_view text,
                            std::string_view code_block, bool stem, uint32_t line_no,
                            std::string_view line) {
  std::string squeezed;
  for (char c : code_block)
    if (!std::isspace(static_cast<unsigned char>(c))) squeezed += c;
  if (squeezed == "###" || squeezed == "+++") {
    // TABARI drops the sentence where such a pattern matches; PETRARCH has no such codes.
    if (!stem) {
      Skip(line_no,
           squeezed == "###" ? "skipped: patterns with the discard code [###]"
                             : "skipped: patterns with the complex code [+++]",
           Described(text, squeezed));
      return false;
    }
    Count("discard [###] and complex [+++] patterns (the sentence codes nothing where one matches)");
  }
  std::set<std::string> approximations;
  std::vector<std::pair<std::string, bool>> codes;  // (code, reversed)
  size_t colon = squeezed.find(':');
  std::vector<std::string> parts{squeezed.substr(0, colon)};
  if (colon != std::string::npos) parts.push_back(squeezed.substr(colon + 1));
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string part = parts[i];
    if (part.empty()) continue;
    if (part.back() == '?') {
      Skip(line_no, "skipped: subordinate codes (CODE?)", Described(text, squeezed));
      return false;
    }
    if (part.back() == '!') {
      part.pop_back();
      approximations.insert("approximated: dominant codes (CODE!), read as ordinary codes");
    }
    if (part != "---" && part != "###" && part != "+++" && !IsAlnumCode(part)) {
      Error(line_no, line, code_block, "bad event code '" + squeezed + "'");
      return false;
    }
    codes.push_back({part, i == 1});
  }
  // "[A:B]": each event comes with its mirror (TABARI 6.6.3), kept on the pattern as its
  // paired code. "[:B]" alone, or a null A, is the pattern reversed with code B.
  std::string paired;
  if (codes.size() == 2 && codes[0].first != "---") {
    paired = codes[1].first;
    codes.pop_back();
    Count("paired codes (A:B): each event with its mirror");
  } else if (codes.size() == 2 || (codes.size() == 1 && codes[0].second)) {
    approximations.insert("paired codes (A:B), the second as a reversed pattern");
  }
  if (codes.empty()) {
    Error(line_no, line, code_block, "no event code in '[" + std::string(code_block) + "]'");
    return false;
  }
  Seq seq;
  size_t pos = 0;
  std::string error;
  std::string_view at;
  repairs_.clear();
  bool parsed = ParseSeq(text, &pos, 0, stem, &seq, &error, &at);
  for (const std::string& r : repairs_) Repair(line_no, r, Trim(text));
  repairs_.clear();
  if (!parsed) {
    if (StartsWith(error, "unknown synset") || StartsWith(error, "synset")) {
      Skip(line_no, "skipped: patterns using an undefined synset", error);
      return false;
    }
    Error(line_no, line, at, error);
    return false;
  }
  int stars = 0;
  std::function<void(const Seq&)> count_stars = [&](const Seq& s) {
    for (const Item& i : s) {
      if (i.kind == Item::kVerb) ++stars;
      if (i.kind == Item::kGroup && !i.options->empty()) count_stars((*i.options)[0]);
    }
  };
  count_stars(seq);
  if (stars == 0) {
    Error(line_no, line, Trim(text).empty() ? line : Trim(text), "pattern has no '*' (where the verb stands)");
    return false;
  }
  if (stars > 1) {
    Skip(line_no, "skipped: patterns with more than one '*'", Described(text, squeezed));
    return false;
  }
  std::vector<std::vector<Flat>> flats;
  if (!Flatten(seq, &flats))
    approximations.insert("approximated: alternatives and synsets expanding past 256 patterns, truncated");
  if (flats.size() > 1) Count("patterns expanded from alternatives and synsets", static_cast<long>(flats.size()));
  size_t first = dict_.patterns.size();
  // TABARI's length of each expansion (manual 5.7.1): a match with an alternative counts that
  // alternative's letters, not the longest one's, and longer patterns are tried before it
  // is accepted ("RESIST { TO THE END | UNTIL HELL FREEZES OVER }" on "resistance to the
  // end" gives way to "RESISTANCE TO THE INVADING").
  auto letters = [](const std::vector<Flat>& flat) {
    size_t n = 0;
    for (const Flat& f : flat) {
      size_t longest = 0;
      for (const auto& w : f.words)
        longest = std::max<size_t>(longest, std::count_if(w.first.begin(), w.first.end(), [](char c) {
                                     return std::isalnum(static_cast<unsigned char>(c));
                                   }));
      n += longest;
    }
    return n;
  };
  size_t most = 0;
  for (const std::vector<Flat>& flat : flats) most = std::max(most, letters(flat));
  const size_t length = TabariLength(text);
  for (const auto& [code, reversed] : codes) {
    for (const std::vector<Flat>& flat : flats) {
      tabari_words_ = stem;
      std::string reason = EmitPatterns(verbs, flat, code, reversed, line_no, &approximations);
      if (!reason.empty()) {
        Skip(line_no, reason, Described(text, squeezed));
        return false;
      }
      size_t shorter = most - letters(flat);
      verb_pattern_lengths_.resize(dict_.patterns.size() - verb_first_pattern_,
                                   length > shorter ? length - shorter : 0);
    }
  }
  for (size_t i = first; i < dict_.patterns.size(); ++i) dict_.patterns[i].paired_code = paired;
  for (const std::string& a : approximations) Count(a);
  if (codes[0].first == "---") Count("null-coded patterns (match and code nothing)");
  return true;
}

void PeerBuilder::BeginVerbPatterns() {
  verb_first_pattern_ = dict_.patterns.size();
  verb_pattern_lengths_.clear();
}

void PeerBuilder::OrderVerbPatterns() {
  verb_pattern_lengths_.resize(dict_.patterns.size() - verb_first_pattern_, 0);
  std::vector<size_t> order(verb_pattern_lengths_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return verb_pattern_lengths_[a] > verb_pattern_lengths_[b];
  });
  std::vector<Pattern> sorted;
  sorted.reserve(order.size());
  for (size_t i : order) sorted.push_back(std::move(dict_.patterns[verb_first_pattern_ + i]));
  std::move(sorted.begin(), sorted.end(), dict_.patterns.begin() + static_cast<long>(verb_first_pattern_));
  BeginVerbPatterns();
}

void PeerBuilder::AddPattern(const std::vector<VerbForm>& verbs, std::string_view text,
                             std::string_view code_block, bool stem, uint32_t line_no,
                             std::string_view line) {
  Count("peer patterns read");
  if (Translate(verbs, text, code_block, stem, line_no, line)) Count("peer patterns translated");
}

void PeerBuilder::AddBareVerb(const std::vector<VerbForm>& verbs, std::string_view code_block,
                              uint32_t line_no, std::string_view line) {
  std::string squeezed;
  for (char c : code_block)
    if (!std::isspace(static_cast<unsigned char>(c))) squeezed += c;
  if (squeezed == "---") return;  // the verb alone codes nothing: no pattern needed
  Count("verbs with their own code");
  Translate(verbs, "*", code_block, false, line_no, line);
}

TabariOptions& PeerBuilder::tabari_options() {
  if (!dict_.tabari_options) dict_.tabari_options.emplace();
  return *dict_.tabari_options;
}

PetrarchOptions& PeerBuilder::petrarch_options() {
  if (!dict_.petrarch_options) dict_.petrarch_options.emplace();
  return *dict_.petrarch_options;
}

StatusOr<Dictionary> PeerBuilder::Finish() {
  if (!errors_.empty()) {
    // Patterns are translated when their verb's block ends: put every error in file order.
    std::stable_sort(errors_.begin(), errors_.end(), [](const ErrorAt& a, const ErrorAt& b) {
      return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    std::string all;
    for (const ErrorAt& e : errors_) all += e.message + "\n";
    all += std::to_string(errors_.size()) + " error" + (errors_.size() == 1 ? "" : "s") +
           " in the dictionary";
    return Status::Corruption(all);
  }
  Count("verb patterns written (Tacitus)", static_cast<long>(dict_.patterns.size()));
  dict_.Finish();
  return std::move(dict_);
}

// ---------------------------------------------------------------------------------
// TabariReader

namespace {

// TABARI's length of a pattern, which orders a verb's patterns: its letters and digits,
// not counting `$ + % * ^` or synset names, and for `{ | }` its longest alternative.
size_t TabariLength(std::string_view text) {
  size_t n = 0, i = 0;
  std::function<size_t(size_t*)> group = [&](size_t* pos) {
    size_t best = 0, cur = 0;
    while (*pos < text.size()) {
      char c = text[(*pos)++];
      if (c == '}') break;
      if (c == '|') {
        best = std::max(best, cur);
        cur = 0;
      } else if (c == '{') {
        cur += group(pos);
      } else if (c == '&') {
        while (*pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[*pos])) || text[*pos] == '_')) ++*pos;
      } else if (std::isalnum(static_cast<unsigned char>(c))) {
        ++cur;
      }
    }
    return std::max(best, cur);
  };
  while (i < text.size()) {
    char c = text[i++];
    if (c == '{') {
      n += group(&i);
    } else if (c == '&') {
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
    } else if (std::isalnum(static_cast<unsigned char>(c))) {
      ++n;
    }
  }
  return n;
}

// A verb root or irregular form as written ("BREAK_", "CALLED_ON", "BURN DOWN", "BAN=").
PeerBuilder::VerbForm ParseVerbForm(PeerBuilder* b, std::string_view written) {
  PeerBuilder::VerbForm vf;
  written = Trim(written);
  size_t e = 0;
  while (e < written.size() && written[e] != '_' && written[e] != '=' && written[e] != ' ' &&
         written[e] != '\t')
    ++e;
  std::string_view verb = written.substr(0, e);
  bool stem = e == written.size() || (written[e] != '_' && written[e] != '=');
  vf.lemmas = b->VerbLemmas(verb, stem);
  // TABARI's word marks (manual 5.2.3): "BAN=" is the word alone; "DEPART_" the word or it
  // with a regular verb ending ("departen"); without a mark, a stem.
  const std::string mark = stem ? "" : std::string(1, written[e]);
  if (!vf.lemmas.empty()) {
    b->AddVerbWord(verb, stem, vf.lemmas.front());
    if (mark == "_") {
      std::string_view without_e = !verb.empty() && (verb.back() == 'e' || verb.back() == 'E')
                                       ? verb.substr(0, verb.size() - 1)
                                       : std::string_view();
      for (std::string_view ending : kTabariVerbEndings) {
        b->AddVerbWord(std::string(verb) + std::string(ending), false, vf.lemmas.front());
        if (!without_e.empty())
          b->AddVerbWord(std::string(without_e) + std::string(ending), false, vf.lemmas.front());
      }
    }
  }
  vf.written = {Lower(verb) + mark};
  std::string_view rest = written.substr(e);
  std::string word;
  bool blank_seen = false;
  auto flush = [&]() {
    if (!word.empty()) vf.particles.push_back(Lower(word));
    word.clear();
  };
  for (char c : rest) {
    if (c == '_' || c == '=' || c == ' ' || c == '\t') {
      if ((c == ' ' || c == '\t') && !word.empty()) blank_seen = true;
      if ((c == ' ' || c == '\t') && word.empty() && vf.particles.empty()) blank_seen = true;
      flush();
      continue;
    }
    word += c;
  }
  flush();
  vf.particles_adjacent = !blank_seen;
  return vf;
}

}  // namespace

PeerReader::PeerReader(PeerOptions options)
    : builder_(std::make_unique<PeerBuilder>(std::move(options))) {}

PeerReader::~PeerReader() = default;

StatusOr<Dictionary> PeerReader::Finish() { return builder_->Finish(); }

void TabariReader::ReadActors(std::string_view file_name, std::string_view text) {
  builder_->BeginFile(file_name);
  builder_->ReadActorRecords(text, true);
}

void PeerBuilder::ReadActorRecords(std::string_view text, bool tabari) {
  PeerBuilder& b = *this;
  size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  dict_.phrases.reserve(dict_.phrases.size() + lines);
  PeerBuilder::Actor cur;
  bool have = false;
  std::string section;
  // Reused from line to line: the big Phoenix files make allocation the main cost.
  std::vector<std::string_view> blocks;
  std::string phrase_text;
  std::vector<PeerBuilder::Code> codes;
  auto flush = [&]() {
    if (have) b.AddActor(cur, tabari);
    have = false;
    cur = PeerBuilder::Actor();
  };
  ForEachLine(text, [&](std::string_view line, uint32_t line_no) {
    std::string_view t = Trim(line);
    if (!section.empty()) {
      std::string word = Lower(Trim(StripSemicolon(t)));
      if (StartsWith(t, "</")) {
        section.clear();
      } else if (!word.empty() && tabari) {
        // TABARI's compound noun and adjective phrases (manual 7.5.1) read these words.
        (StartsWith(section, "<NOUN") ? dict_.tabari_nouns : dict_.tabari_adjectives)
            .Add(std::move(word));
        b.Count(
            "read: <NOUN> and <ADJECTIVE> words (where a conjunction joins two, no clause ends)");
      } else if (!word.empty()) {
        b.Count("skipped: <NOUN> and <ADJECTIVE> words (parsing hints)");
      }
      return true;
    }
    if (t.empty() || t[0] == '#' || t[0] == '/') return true;
    if (StartsWith(t, "~~") || StartsWith(t, "~FINISH")) {
      if (t.find("FINISH") != std::string_view::npos) return false;
      return true;
    }
    if (t[0] == '<') {
      flush();
      if (StartsWith(t, "<NOUN") || StartsWith(t, "<ADJ")) section = std::string(t);
      else b.Skip(line_no, "skipped: unknown <sections> in actors files", t);
      return true;
    }
    std::string_view body = Trim(tabari ? StripSemicolon(line) : line);
    if (body.empty()) return true;
    bool indented = line[0] == ' ' || line[0] == '\t';
    blocks.clear();
    codes.clear();
    if (!b.SplitCodes(body, line_no, line, &phrase_text, &blocks)) return true;
    std::string_view phrase = phrase_text;
    for (std::string_view block : blocks) {
      PeerBuilder::Code c;
      if (b.ParseCode(block, line_no, line, &c)) codes.push_back(c);
    }
    if (phrase.empty() && indented) {
      // A date restriction line of the record above.
      if (!have) {
        b.Error(line_no, line, body, "code line without an actor above it");
        return true;
      }
      cur.codes.insert(cur.codes.end(), codes.begin(), codes.end());
      return true;
    }
    if (phrase.empty()) {
      b.Error(line_no, line, body, "missing phrase before the code");
      return true;
    }
    if (phrase[0] == '+') {
      if (!have) {
        b.Error(line_no, line, phrase, "synonym '" + std::string(phrase) + "' without an actor above it");
        return true;
      }
      std::string_view name = Trim(phrase.substr(1));
      if (name.empty()) {
        b.Error(line_no, line, phrase, "empty synonym");
        return true;
      }
      cur.names.emplace_back(name);
      cur.codes.insert(cur.codes.end(), codes.begin(), codes.end());
      return true;
    }
    flush();
    have = true;
    cur.names.emplace_back(phrase);
    cur.codes.assign(codes.begin(), codes.end());
    cur.line = line_no;
    return true;
  });
  flush();
}

void TabariReader::ReadAgents(std::string_view file_name, std::string_view text) {
  PeerBuilder& b = *builder_;
  b.BeginFile(file_name);
  bool section = false;
  ForEachLine(text, [&](std::string_view line, uint32_t line_no) {
    std::string_view t = Trim(line);
    if (section) {
      if (StartsWith(t, "</")) section = false;
      else if (!t.empty()) b.Count("skipped: <NOUN> and <ADJECTIVE> words (parsing hints)");
      return true;
    }
    if (t.empty() || t[0] == '#' || t[0] == '/') return true;
    if (StartsWith(t, "~")) return t.find("FINISH") == std::string_view::npos;
    if (t[0] == '<') {
      if (StartsWith(t, "<NOUN") || StartsWith(t, "<ADJ")) section = true;
      else b.Skip(line_no, "skipped: unknown <sections> in agents files", t);
      return true;
    }
    std::string_view body = Trim(StripSemicolon(line));
    if (body.empty()) return true;
    std::vector<std::string_view> blocks;
    std::string phrase;
    if (!b.SplitCodes(body, line_no, line, &phrase, &blocks)) return true;
    if (blocks.empty()) {
      b.Error(line_no, line, Last(body), "missing [~ROLE] after the agent");
      return true;
    }
    if (phrase.empty()) {
      b.Error(line_no, line, body, "missing phrase before the code");
      return true;
    }
    // `PHRASE {PLURAL ...} [~ROLE]`: irregular plurals are phrases too; regular ones
    // need nothing (agents match on their lemma).
    size_t brace = phrase.find('{');
    if (brace == std::string::npos) {
      b.AddAgent(phrase, blocks[0], line_no, line);
      return true;
    }
    size_t end = phrase.find('}', brace);
    if (end == std::string::npos) {
      b.Error(line_no, line, body.substr(body.find('{'), 1), "missing '}'");
      return true;
    }
    std::string head(Trim(std::string_view(phrase).substr(0, brace)));
    b.AddAgent(head, blocks[0], line_no, line);
    std::string_view plurals = std::string_view(phrase).substr(brace + 1, end - brace - 1);
    size_t pos = 0;
    while (pos < plurals.size()) {
      while (pos < plurals.size() && std::isspace(static_cast<unsigned char>(plurals[pos]))) ++pos;
      size_t e = pos;
      while (e < plurals.size() && !std::isspace(static_cast<unsigned char>(plurals[e]))) ++e;
      if (e > pos) b.AddAgent(plurals.substr(pos, e - pos), blocks[0], line_no, line);
      pos = e;
    }
    return true;
  });
}

void TabariReader::ReadVerbs(std::string_view file_name, std::string_view text) {
  PeerBuilder& b = *builder_;
  b.BeginFile(file_name);
  enum class Section { kNone, kSynsets, kTime, kAttrib };
  Section section = Section::kNone;
  std::string synset;
  uint32_t synset_line = 0;
  std::string synset_text;
  std::vector<std::string> members;
  struct Pending {  // a pattern line, translated when its verb's forms are all known
    std::string line;
    size_t text_pos, text_len, code_pos, code_len;
    uint32_t line_no;
  };
  std::vector<PeerBuilder::VerbForm> verbs;
  std::vector<Pending> pending;
  std::string root_code, root_line;
  size_t root_code_pos = 0;
  uint32_t root_line_no = 0;
  bool have_verb = false;
  auto flush_synset = [&]() {
    if (!synset.empty()) b.DefineSynset(synset, members, synset_line, synset_text, /*stem=*/true);
    synset.clear();
    members.clear();
  };
  auto flush_verb = [&]() {
    if (!have_verb) return;
    // TABARI tries a verb's longer patterns first, and its root's own code only when none
    // matches; the coder takes the first of equally heavy matches, so the translations
    // follow TABARI's order ("CALLED_ON [094]" with "- $ * [095]" codes 095).
    std::stable_sort(pending.begin(), pending.end(), [](const Pending& x, const Pending& y) {
      return TabariLength(std::string_view(x.line).substr(x.text_pos, x.text_len)) >
             TabariLength(std::string_view(y.line).substr(y.text_pos, y.text_len));
    });
    b.BeginVerbPatterns();
    for (const Pending& p : pending) {
      std::string_view l = p.line;
      b.AddPattern(verbs, l.substr(p.text_pos, p.text_len), l.substr(p.code_pos, p.code_len), true,
                   p.line_no, l);
    }
    b.OrderVerbPatterns();
    if (!root_code.empty()) {
      std::string_view rl = root_line;
      b.AddBareVerb(verbs, rl.substr(root_code_pos, root_code.size()), root_line_no, rl);
    }
    verbs.clear();
    pending.clear();
    root_code.clear();
    have_verb = false;
  };
  ForEachLine(text, [&](std::string_view line, uint32_t line_no) {
    std::string_view t = Trim(line);
    if (t.empty()) return true;
    if (StartsWith(t, "~")) {
      if (t.find("FINISH") != std::string_view::npos) return false;
      return true;
    }
    if (t[0] == '<') {
      std::string tag = Upper(t);
      flush_synset();
      if (StartsWith(tag, "<SYNSET")) section = Section::kSynsets;
      else if (StartsWith(tag, "<TIME")) section = Section::kTime;
      else if (StartsWith(tag, "<ATTRIB")) section = Section::kAttrib;
      else if (StartsWith(tag, "</")) section = Section::kNone;
      else b.Skip(line_no, "skipped: unknown <sections> in verbs files", t);
      if (section == Section::kTime || section == Section::kAttrib) flush_verb();
      return true;
    }
    if (section == Section::kTime) {
      // A time phrase coded [###] or [+++] ("KAN_WA_MA_KAN [###]", "WHEN_PEACE_COMES [+++]")
      // discards its sentence as any discard phrase does; the shifts themselves are not read.
      std::string_view body = Trim(StripSemicolon(line));
      std::string phrase;
      std::vector<std::string_view> blocks;
      if (body[0] != '-' && body[0] != '#' &&
          b.SplitCodes(body, line_no, line, &phrase, &blocks) && blocks.size() == 1 &&
          !phrase.empty()) {
        std::string squeezed;
        for (char c : blocks[0])
          if (!std::isspace(static_cast<unsigned char>(c))) squeezed += c;
        if (squeezed == "###" || squeezed == "+++") {
          b.AddDiscard(phrase);
          b.Count("<TIME> phrases coded [###] or [+++], read as discards");
          return true;
        }
      }
      b.Count("skipped: <TIME> time-shift lines (Tacitus resolves dates itself)");
      return true;
    }
    if (section == Section::kAttrib) {
      b.Count("skipped: <ATTRIB> attribution lines");
      return true;
    }
    if (t[0] == '#' || t[0] == '/') return true;
    std::string_view body = Trim(StripSemicolon(line));
    if (body.empty()) return true;
    if (section == Section::kSynsets) {
      if (body[0] == '&') {
        flush_synset();
        synset = std::string(Trim(body.substr(1)));
        synset_line = line_no;
        synset_text = std::string(line);
      } else if (body[0] == '+' && !synset.empty()) {
        members.emplace_back(Trim(body.substr(1)));
      } else {
        b.Error(line_no, line, body, "expected '&NAME' or '+member' in <SYNSETS>");
      }
      return true;
    }
    if (body[0] == '-') {
      if (!have_verb) {
        b.Error(line_no, line, body, "pattern before any verb");
        return true;
      }
      size_t open = body.rfind('[');
      size_t close = body.rfind(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        b.Error(line_no, line, Last(body), "missing [code] after the pattern");
        return true;
      }
      size_t at = static_cast<size_t>(body.data() - line.data());
      pending.push_back({std::string(line), at + 1, open - 1, at + open + 1, close - open - 1, line_no});
      return true;
    }
    if (body[0] == '{') {
      if (!have_verb) {
        b.Error(line_no, line, body, "verb forms before any verb");
        return true;
      }
      size_t close = body.find('}');
      if (close == std::string_view::npos) {
        b.Error(line_no, line, body.substr(0, 1), "missing '}'");
        return true;
      }
      std::string_view forms = body.substr(1, close - 1);
      size_t pos = 0;
      while (pos < forms.size()) {
        while (pos < forms.size() && std::isspace(static_cast<unsigned char>(forms[pos]))) ++pos;
        size_t e = pos;
        while (e < forms.size() && !std::isspace(static_cast<unsigned char>(forms[e]))) ++e;
        if (e > pos) verbs.push_back(ParseVerbForm(&b, forms.substr(pos, e - pos)));
        pos = e;
      }
      b.Count("irregular verb forms lines");
      return true;
    }
    // A verb root: "ROOT [CODE]".
    flush_verb();
    std::vector<std::string_view> blocks;
    std::string root_text;
    if (!b.SplitCodes(body, line_no, line, &root_text, &blocks)) return true;
    if (blocks.empty()) {
      b.Error(line_no, line, Last(body), "missing [code] after the verb");
      return true;
    }
    std::string_view root = root_text;
    if (root.empty()) {
      b.Error(line_no, line, body, "missing verb before the code");
      return true;
    }
    std::string squeezed;
    for (char c : blocks[0])
      if (!std::isspace(static_cast<unsigned char>(c))) squeezed += c;
    b.Count("verb roots");
    if (squeezed == "###") {
      b.AddDiscard(root);
      return true;
    }
    have_verb = true;
    b.SetVerbLabel(root);
    verbs.push_back(ParseVerbForm(&b, root));
    if (squeezed == "+++") {
      b.Skip(line_no, "skipped: verbs with the complex code [+++] (their patterns are kept)", root);
    } else {
      root_code = std::string(blocks[0]);
      root_code_pos = static_cast<size_t>(blocks[0].data() - line.data());
    }
    root_line = std::string(line);
    root_line_no = line_no;
    return true;
  });
  flush_synset();
  flush_verb();
}

void TabariReader::ReadOptions(std::string_view file_name, std::string_view text) {
  PeerBuilder& b = *builder_;
  b.BeginFile(file_name);
  TabariOptions& options = b.tabari_options();
  ForEachLine(text, [&](std::string_view line, uint32_t line_no) {
    std::string_view t = Trim(line);
    if (t.empty() || StartsWith(t, "//") || t[0] == '#') return true;
    if (t[0] == '~') return t.find("FINISH") == std::string_view::npos;
    if (Status s = ApplyTabariOption(t, &options); !s.ok()) {
      b.Error(line_no, line, t, s.message());
      return true;
    }
    b.Count("options read (" + Upper(Trim(t.substr(0, t.find(':')))) + ")");
    return true;
  });
}

// ---------------------------------------------------------------------------------
// Files

StatusOr<std::string> ReadPeerFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Status::NotFound(path + ": file not found");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read");
  std::string text;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    text.resize(static_cast<size_t>(size));
    in.read(text.data(), size);
  }
  if (in.bad() || (size > 0 && in.gcount() != size)) return Status::IoError(path + ": read error");
  return text;
}

StatusOr<Dictionary> LoadTabariDictionary(const std::string& path, const PeerOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p(path);
  std::vector<std::pair<std::string, std::string>> files;  // (kind, path)
  fs::path project;
  if (fs::is_directory(p, ec)) {
    std::vector<fs::path> projects, dicts;
    for (const auto& entry : fs::directory_iterator(p, ec)) {
      if (!entry.is_regular_file()) continue;
      std::string ext = entry.path().extension().string();
      if (ext == ".project") projects.push_back(entry.path());
      if (ext == ".actors" || ext == ".agents" || ext == ".verbs" || ext == ".options")
        dicts.push_back(entry.path());
    }
    if (ec) return Status::IoError(path + ": " + ec.message());
    std::sort(projects.begin(), projects.end());
    std::sort(dicts.begin(), dicts.end());
    if (projects.size() > 1) {
      std::string names;
      for (const fs::path& q : projects) names += (names.empty() ? "" : ", ") + q.filename().string();
      return Status::InvalidArgument(path + ": several .project files (" + names +
                                     "): name the one to load");
    }
    if (projects.size() == 1) {
      project = projects[0];
    } else {
      for (const fs::path& q : dicts) files.push_back({q.extension().string().substr(1), q.string()});
      if (files.empty())
        return Status::NotFound(path + ": no .project, .actors, .agents or .verbs files");
    }
  } else if (fs::is_regular_file(p, ec)) {
    project = p;
  } else {
    return Status::NotFound(path + ": TABARI project or directory not found");
  }
  if (!project.empty()) {
    StatusOr<std::string> text = ReadPeerFile(project.string());
    if (!text.ok()) return text.status();
    fs::path dir = project.parent_path();
    Status missing;
    ForEachLine(*text, [&](std::string_view line, uint32_t line_no) {
      std::string_view t = Trim(line);
      if (t.size() < 3 || t[0] != '<') return true;
      size_t gt = t.find('>');
      if (gt == std::string_view::npos) return true;
      std::string tag = Lower(t.substr(1, 2));
      std::string kind = tag == "ac" ? "actors" : tag == "ve" ? "verbs" : tag == "ag" ? "agents"
                         : tag == "op" ? "options" : "";
      if (kind.empty()) return true;
      std::string name(Trim(t.substr(gt + 1)));
      fs::path f = fs::path(name).is_absolute() ? fs::path(name) : dir / name;
      if (!fs::is_regular_file(f, ec)) {
        missing = Status::NotFound(project.string() + ":" + std::to_string(line_no) + ": " + kind +
                                   " file '" + name + "' not found");
        return false;
      }
      files.push_back({kind, f.string()});
      return true;
    });
    if (!missing.ok()) return missing;
    if (files.empty()) return Status::NotFound(project.string() + ": names no dictionary files");
  }
  TabariReader reader(options);
  // Synsets and verbs do not depend on actors; options first, as TABARI reads them.
  for (const char* kind : {"options", "actors", "agents", "verbs"}) {
    for (const auto& [k, f] : files) {
      if (k != kind) continue;
      StatusOr<std::string> text = ReadPeerFile(f);
      if (!text.ok()) return text.status();
      if (k == "options") reader.ReadOptions(f, *text);
      else if (k == "actors") reader.ReadActors(f, *text);
      else if (k == "agents") reader.ReadAgents(f, *text);
      else reader.ReadVerbs(f, *text);
    }
  }
  return reader.Finish();
}

}  // namespace tacitus
