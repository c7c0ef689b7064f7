// Line by line: strip the comment, split off the keyword, then the `|` fields. Person
// blocks are the one multi-line construct: indented lines attach to the last `person`.
// Patterns are parsed into elements here so that a malformed pattern is a load error,
// never a surprise at coding time.
#include "dict/loader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "dict/cameo.h"
#include "dict/dict_text.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

extern "C" const char tacitus_dict_bundle[];
extern "C" const std::size_t tacitus_dict_bundle_size;

namespace tacitus {
namespace {

std::vector<std::string_view> SplitFields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  int depth = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] == '{') ++depth;
    if (i < s.size() && s[i] == '}') --depth;
    if (i == s.size() || (s[i] == '|' && depth <= 0)) {
      out.push_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

bool IsRole(std::string_view r) {
  static const char* kRoles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY",
                                 "REB", "INS", "MED", "BUS", "CVL", "REF", "EDU", "HLH",
                                 "NGO", "LAB", "CRM", "ELI", "IGO", "MOD", "RAD", "UAF",
                                 "AGR", "ENV", "REL", "SEP", "IMG", "MNC", "HRI", "SET"};
  for (const char* k : kRoles)
    if (r == k) return true;
  return false;
}

// Words of a phrase, tokenized as text is, so "U.S." and "Russia-backed" agree.
std::vector<std::string> PhraseWords(std::string_view phrase) {
  NormalizedText n = Normalize(phrase);
  std::vector<Token> toks = Tokenize(n, 0, static_cast<uint32_t>(n.text.size()));
  std::vector<std::string> out;
  for (const Token& t : toks) out.emplace_back(t.text);
  return out;
}

class FileParser {
 public:
  FileParser(std::string_view file_name, Dictionary* dict, std::vector<std::string>* errors)
      : file_name_(file_name), dict_(dict), errors_(errors) {
    file_ = dict->AddFile(std::string(file_name));
  }

  void Parse(std::string_view text) {
    ForEachLine(text,
                [this](std::string_view line, uint32_t line_no) { ParseLine(line, line_no); });
  }

 private:
  void Error(uint32_t line_no, std::string_view line, std::string_view at,
             const std::string& message) {
    errors_->push_back(LineError(file_name_, line_no, line, at, message));
  }

  void ParseLine(std::string_view line, uint32_t line_no) {
    size_t hash = line.find('#');
    std::string_view body = hash == std::string_view::npos ? line : line.substr(0, hash);
    bool indented = !body.empty() && (body[0] == ' ' || body[0] == '\t');
    body = Trim(body);
    if (body.empty()) return;
    size_t bad;
    if (!IsValidUtf8(body, &bad)) {
      Error(line_no, line, body.substr(bad), "invalid UTF-8");
      return;
    }
    size_t sp = body.find_first_of(" \t|");
    std::string_view keyword = body.substr(0, sp);
    std::string_view rest = sp == std::string_view::npos ? "" : Trim(body.substr(sp));
    SourceRef ref{file_, line_no};

    if (indented && person_ >= 0) {
      ParsePersonLine(keyword, rest, line, line_no, ref);
      return;
    }
    if (indented) {
      Error(line_no, line, keyword, "indented line outside a person block");
      return;
    }
    person_ = -1;
    if (keyword == "actor" || keyword == "modifier" || keyword == "demonym" || keyword == "agent") {
      ParsePhrases(keyword, rest, line, line_no, ref);
    } else if (keyword == "person") {
      ParsePerson(rest, line, line_no, ref);
    } else if (keyword == "verb" || keyword == "noun") {
      ParsePattern(keyword == "noun", rest, line, line_no, ref);
    } else if (keyword == "word") {
      ParseWords(rest, line, line_no, ref);
    } else if (keyword == "discard") {
      std::vector<std::string_view> fields = SplitFields(rest);
      for (std::string_view f : fields) {
        if (f.empty()) continue;
        std::vector<std::string> words = PhraseWords(f);
        for (auto& w : words)
          std::transform(w.begin(), w.end(), w.begin(),
                         [](unsigned char c) { return std::tolower(c); });
        dict_->discards.push_back(std::move(words));
      }
    } else {
      Error(line_no, line, keyword, "unknown keyword '" + std::string(keyword) + "'");
    }
  }

  // `word CLASS [CODE] | word | word ...`; a CODE only for weapons.
  void ParseWords(std::string_view rest, std::string_view line, uint32_t line_no, SourceRef ref) {
    std::vector<std::string_view> fields = SplitFields(rest);
    std::string_view head = fields.empty() ? "" : fields[0];
    const size_t sp = head.find_first_of(" \t");
    std::string_view class_name = head.substr(0, sp);
    std::string_view code = sp == std::string_view::npos ? "" : Trim(head.substr(sp));
    std::optional<WordClass> word_class = WordClassNamed(class_name);
    if (!word_class) {
      Error(line_no, line, class_name.empty() ? rest : class_name,
            "expected a word class (collective, weapon, group, speech-act, intent-verb, "
            "intent-noun, directive-verb), got '" +
                std::string(class_name) + "'");
      return;
    }
    if (!code.empty() && *word_class != WordClass::kWeapon) {
      Error(line_no, line, code, "only weapons take an event code");
      return;
    }
    if (!code.empty() && (!CameoTable::BuiltIn().Find(code) || code.size() < 3)) {
      Error(line_no, line, code, "unknown CAMEO event code '" + std::string(code) + "'");
      return;
    }
    if (fields.size() < 2) {
      Error(line_no, line, rest, "expected '| word' after the class");
      return;
    }
    for (size_t i = 1; i < fields.size(); ++i) {
      std::string joined;
      for (const std::string& w : PhraseWords(fields[i]))
        joined += (joined.empty() ? "" : " ") + Lower(w);
      if (joined.empty()) {
        Error(line_no, line, fields[i], "empty word");
        continue;
      }
      dict_->words.push_back({*word_class, std::move(joined), std::string(code), ref});
    }
  }

  static std::optional<WordClass> WordClassNamed(std::string_view name) {
    static constexpr std::pair<std::string_view, WordClass> kNames[] = {
        {"collective", WordClass::kCollective},
        {"weapon", WordClass::kWeapon},
        {"group", WordClass::kGroup},
        {"speech-act", WordClass::kSpeechAct},
        {"intent-verb", WordClass::kIntentVerb},
        {"intent-noun", WordClass::kIntentNoun},
        {"directive-verb", WordClass::kDirectiveVerb}};
    for (const auto& [n, c] : kNames)
      if (n == name) return c;
    return std::nullopt;
  }

  void ParsePhrases(std::string_view keyword, std::string_view rest, std::string_view line,
                    uint32_t line_no, SourceRef ref) {
    std::vector<std::string_view> fields = SplitFields(rest);
    std::string_view code = fields.empty() ? "" : fields[0];
    if (keyword == "agent") {
      if (!IsRole(code)) {
        Error(line_no, line, code.empty() ? rest : code,
              "expected a role code (GOV, MIL, ...), got '" + std::string(code) + "'");
        return;
      }
    } else if (!IsActorCode(code)) {
      Error(line_no, line, code.empty() ? rest : code,
            "expected an actor code (RUS, RUSGOV, IGOUNO, ...), got '" + std::string(code) + "'");
      return;
    }
    if (fields.size() < 2) {
      Error(line_no, line, rest, "expected '| phrase' after the code");
      return;
    }
    PhraseKind kind = keyword == "actor"      ? PhraseKind::kActor
                      : keyword == "modifier" ? PhraseKind::kModifier
                      : keyword == "demonym"  ? PhraseKind::kDemonym
                                              : PhraseKind::kAgent;
    for (size_t i = 1; i < fields.size(); ++i) {
      if (fields[i].empty()) {
        Error(line_no, line, fields[i], "empty phrase");
        continue;
      }
      Phrase p;
      p.kind = kind;
      p.code = std::string(code);
      p.words = PhraseWords(fields[i]);
      p.ref = ref;
      if (p.words.empty()) {
        Error(line_no, line, fields[i], "phrase has no words");
        continue;
      }
      dict_->phrases.push_back(std::move(p));
    }
  }

  void ParsePerson(std::string_view rest, std::string_view line, uint32_t line_no, SourceRef ref) {
    std::vector<std::string_view> fields = SplitFields(rest);
    Person person;
    person.ref = ref;
    for (std::string_view f : fields) {
      if (f.empty()) continue;
      person.names.push_back(f);
    }
    if (person.names.empty()) {
      Error(line_no, line, rest, "person without a name");
      return;
    }
    person.name = person.names.front();
    dict_->people.push_back(std::move(person));
    person_ = static_cast<int32_t>(dict_->people.size() - 1);
    for (std::string_view n : dict_->people.back().names)
      AddPersonPhrase(n, PhraseKind::kPerson, ref);
  }

  void AddPersonPhrase(std::string_view name, PhraseKind kind, SourceRef ref) {
    Phrase p;
    p.kind = kind;
    p.person = person_;
    p.words = PhraseWords(name);
    p.ref = ref;
    if (!p.words.empty()) dict_->phrases.push_back(std::move(p));
  }

  void ParsePersonLine(std::string_view keyword, std::string_view rest, std::string_view line,
                       uint32_t line_no, SourceRef ref) {
    Person& person = dict_->people[static_cast<size_t>(person_)];
    if (keyword == "alias") {
      for (std::string_view f : SplitFields(rest)) {
        if (f.empty()) continue;
        person.aliases.push_back(f);
        AddPersonPhrase(f, PhraseKind::kAlias, ref);
      }
    } else if (keyword == "gender") {
      if (rest == "m" || rest == "f") {
        person.gender = rest[0];
      } else {
        Error(line_no, line, rest, "gender must be 'm' or 'f'");
      }
    } else if (keyword == "role") {
      std::vector<std::string_view> fields = SplitFields(rest);
      std::string_view head = fields.empty() ? "" : fields[0];
      size_t sp = head.find_first_of(" \t");
      std::string_view code = head.substr(0, sp);
      std::string_view range = sp == std::string_view::npos ? "" : Trim(head.substr(sp));
      if (!IsActorCode(code)) {
        Error(line_no, line, code, "expected an actor code, got '" + std::string(code) + "'");
        return;
      }
      DatedRole role;
      role.code = std::string(code);
      role.ref = ref;
      if (fields.size() > 1) {
        role.title = std::string(fields[1]);
        std::transform(role.title.begin(), role.title.end(), role.title.begin(),
                       [](unsigned char c) { return std::tolower(c); });
      }
      if (!range.empty()) {
        size_t dots = range.find("..");
        std::string_view from = dots == std::string_view::npos ? range : range.substr(0, dots);
        std::string_view to = dots == std::string_view::npos ? range : range.substr(dots + 2);
        if (!from.empty()) {
          role.from = Date::Parse(from);
          if (!role.from) {
            Error(line_no, line, from,
                  "bad date '" + std::string(from) + "' (YYYY-MM-DD, YYYY-MM or YYYY)");
            return;
          }
        }
        if (!to.empty()) {
          std::optional<Date> t = Date::Parse(to);
          if (!t) {
            Error(line_no, line, to,
                  "bad date '" + std::string(to) + "' (YYYY-MM-DD, YYYY-MM or YYYY)");
            return;
          }
          // An end given as a month or year covers the whole of it.
          if (to.size() == 4)
            t = Date::FromCivil(t->year(), 12, 31);
          else if (to.size() == 7)
            t = t->AddDays(Date::DaysInMonth(t->year(), t->month()) - 1);
          role.to = t;
        }
        if (role.from && role.to && *role.to < *role.from) {
          Error(line_no, line, range, "role ends before it starts");
          return;
        }
      }
      person.roles.push_back(std::move(role));
    } else {
      Error(line_no, line, keyword,
            "unknown person attribute '" + std::string(keyword) + "' (alias, gender, role)");
    }
  }

  void ParsePattern(bool noun, std::string_view rest, std::string_view line, uint32_t line_no,
                    SourceRef ref) {
    size_t bar = rest.find('|');
    if (bar == std::string_view::npos) {
      Error(line_no, line, rest, "expected 'CODE | pattern'");
      return;
    }
    std::string_view code = Trim(rest.substr(0, bar));
    std::string_view text = Trim(rest.substr(bar + 1));
    if (!CameoTable::BuiltIn().Find(code) || code.size() < 3) {
      Error(line_no, line, code, "unknown CAMEO event code '" + std::string(code) + "'");
      return;
    }
    Pattern p;
    p.noun = noun;
    p.code = std::string(code);
    p.text = std::string(text);
    p.ref = ref;
    int targets = 0, sources = 0;
    size_t i = 0;
    while (i < text.size()) {
      if (std::isspace(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      size_t j = i;
      int depth = 0;
      while (j < text.size() && (depth > 0 || !std::isspace(static_cast<unsigned char>(text[j])))) {
        if (text[j] == '{' || text[j] == '(') ++depth;
        if (text[j] == '}' || text[j] == ')') --depth;
        ++j;
      }
      std::string_view el = text.substr(i, j - i);
      std::string_view at = el;
      i = j;
      PatternElement e;
      if (el.size() >= 2 && el.front() == '(' && el.back() == ')') {
        e.optional = true;
        el = el.substr(1, el.size() - 2);
      }
      if (el == "+") {
        e.kind = PatternElement::kTarget;
        ++targets;
      } else if (el.size() == 4 && el[0] == '+' &&
                 std::isupper(static_cast<unsigned char>(el[1])) &&
                 std::isupper(static_cast<unsigned char>(el[2])) &&
                 std::isupper(static_cast<unsigned char>(el[3]))) {
        e.kind = PatternElement::kTarget;
        e.set_implied_role(el.substr(1));
        ++targets;
      } else if (el == "$") {
        e.kind = PatternElement::kSource;
        ++sources;
      } else if (el == "...") {
        e.kind = PatternElement::kSkip;
      } else if (el.size() >= 2 && el.front() == '{' && el.back() == '}') {
        for (std::string_view w : SplitFields(el.substr(1, el.size() - 2))) {
          if (!ValidWord(w)) {
            Error(line_no, line, at, "bad word '" + std::string(w) + "' in alternatives");
            return;
          }
          e.words.push_back(Lowered(w));
        }
      } else if (ValidWord(el)) {
        e.words.push_back(Lowered(el));
      } else {
        Error(line_no, line, at, "bad pattern element '" + std::string(el) + "'");
        return;
      }
      p.elements.push_back(std::move(e));
    }
    // `not rule out ... force +GOV`: the pattern codes only a negated verb ("did not rule out
    // the use of force"), and the negation does not cancel it.
    if (p.elements.size() >= 2 && p.elements[0].kind == PatternElement::kWord &&
        !p.elements[0].optional && p.elements[0].words == WordList{"not"}) {
      PatternElement negation = std::move(p.elements[0]);
      negation.words = {"not", "n't", "never"};
      p.before.push_back(std::move(negation));
      p.elements.erase(p.elements.begin());
    }
    if (p.elements.empty() || p.elements[0].kind != PatternElement::kWord ||
        p.elements[0].optional) {
      Error(line_no, line, text,
            noun ? "a noun pattern must start with its event noun"
                 : "a verb pattern must start with its verb");
      return;
    }
    if (targets > 1 || sources > 1) {
      Error(line_no, line, text, "a pattern has at most one '+' and one '$'");
      return;
    }
    if (targets == 0 && sources == 0) {
      Error(line_no, line, text, "a pattern needs a '+' (target) or '$' (source)");
      return;
    }
    dict_->patterns.push_back(std::move(p));
  }

  static bool ValidWord(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w) {
      unsigned char u = static_cast<unsigned char>(c);
      if (!(std::isalnum(u) || c == '\'' || c == '-' || c == '.' || u >= 0x80)) return false;
    }
    return true;
  }
  static std::string Lowered(std::string_view w) {
    std::string s(w);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  }

  std::string_view file_name_;
  Dictionary* dict_;
  std::vector<std::string>* errors_;
  uint32_t file_ = 0;
  int32_t person_ = -1;
};

Status Finish(Dictionary* dict, const std::vector<std::string>& errors) {
  if (!errors.empty()) {
    std::string all;
    for (const std::string& e : errors) all += e + "\n";
    all += std::to_string(errors.size()) + " error" + (errors.size() == 1 ? "" : "s") +
           " in the dictionary";
    return Status::Corruption(all);
  }
  dict->Finish();
  return Status::Ok();
}

}  // namespace

bool IsActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() % 3 != 0 || code.size() > 15) return false;
  for (char c : code)
    if (!(c >= 'A' && c <= 'Z')) return false;
  std::string_view head = code.substr(0, 3);
  if (head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC" || head == "NGM")
    return true;
  // A country code: every later three letters must be a role ("RUSSIA" is not a code).
  for (size_t i = 3; i < code.size(); i += 3)
    if (!IsRole(code.substr(i, 3))) return false;
  return true;
}

void ParseTacitusFile(std::string_view file_name, std::string_view text, Dictionary* dict,
                      std::vector<std::string>* errors) {
  FileParser(file_name, dict, errors).Parse(text);
}

namespace {

// Calls f(name, text) for each file of a bundle ("\x01<path>" lines between files).
template <typename F>
Status ForEachBundleFile(std::string_view bundle, F f) {
  size_t pos = 0;
  while (pos < bundle.size()) {
    if (bundle[pos] != '\x01') return Status::Corruption("dictionary bundle: bad file header");
    size_t nl = bundle.find('\n', pos);
    if (nl == std::string_view::npos) break;
    std::string_view name = bundle.substr(pos + 1, nl - pos - 1);
    size_t next = bundle.find('\x01', nl + 1);
    if (next == std::string_view::npos) next = bundle.size();
    f(name, bundle.substr(nl + 1, next - nl - 1));
    pos = next;
  }
  return Status::Ok();
}

}  // namespace

StatusOr<Dictionary> LoadTacitusBundle(std::string_view bundle) {
  Dictionary dict;
  std::vector<std::string> errors;
  Status read = ForEachBundleFile(bundle, [&](std::string_view name, std::string_view text) {
    ParseTacitusFile(name, text, &dict, &errors);
  });
  if (!read.ok()) return read;
  Status s = Finish(&dict, errors);
  if (!s.ok()) return s;
  return dict;
}

const Dictionary& BuiltInWordClasses() {
  static const Dictionary* const words = [] {
    auto* d = new Dictionary();
    std::vector<std::string> errors;
    Status read = ForEachBundleFile(std::string_view(tacitus_dict_bundle, tacitus_dict_bundle_size),
                                    [&](std::string_view name, std::string_view text) {
                                      if (name == kBuiltInWordsFile)
                                        ParseTacitusFile(name, text, d, &errors);
                                    });
    TACITUS_CHECK(read.ok() && errors.empty());
    d->Finish();
    return d;
  }();
  return *words;
}

StatusOr<Dictionary> LoadBuiltInDictionary() {
  return LoadTacitusBundle(std::string_view(tacitus_dict_bundle, tacitus_dict_bundle_size));
}

StatusOr<Dictionary> LoadTacitusDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": dictionary directory not found");
  std::vector<fs::path> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") paths.push_back(it->path());
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  Dictionary dict;
  std::vector<std::string> errors;
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return Status::IoError(p.string() + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    ParseTacitusFile(p.string(), ss.str(), &dict, &errors);
  }
  Status s = Finish(&dict, errors);
  if (!s.ok()) return s;
  return dict;
}

}  // namespace tacitus
