// The lexicon is one flat byte table, built from WordNet by LoadWordNet() (at build time by
// tools/lexicon_gen, which embeds it) and read in place: a lookup hashes the word into an
// open-addressing table of offsets into a pool of keys, so nothing is parsed or allocated
// at load time. Morphy runs at lookup time over that table: exception list, the word
// itself (unless the builder marked it as deferring to its base, see kDefersFlag), then
// the detachment rules, each candidate accepted only if the key carries the part of
// speech (see lexicon.h).
//
// Table format (version 1, all integers little-endian):
//   header, 32 bytes: "TCLX", u32 version, u32 bucket_count (a power of two),
//                     u32 pool_size, u32 word_count, 12 zero bytes
//   buckets, bucket_count x u32: 0 = empty, else (pool offset of a key, 24 bits) |
//                     (top 8 bits of the key's FNV-1a hash) << 24; linear probing
//   pool, pool_size bytes (byte 0 unused, so no key is at offset 0). Each key:
//                     u8 length, u8 flags (bits 0-3: the PosBits of the index files that
//                     list it; bit 4: has exceptions; bits 5, 6: its noun, adjective
//                     reading defers to its rule base, see kDefersFlag), the key's bytes,
//                     and if bit 4:
//                     u8 n, n x u32 (pool offset of a base | pos index 0-3 << 24), in
//                     the exception file's order.
// Keys are the lemmas of index.{noun,verb,adj,adv} ('_' becomes ' '), the inflected forms
// of the .exc files and their bases, laid out in byte order so the table is reproducible.
#include "parse/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <utility>
#include <vector>

// The embedded table (see src/parse/CMakeLists.txt and cmake/embed.cmake). Its end is
// taken from the `_end` label, not `_size`: `_size` is set by a dynamic initializer, which
// may not have run yet if BuiltIn() is first called during static initialization.
extern "C" const char tacitus_lexicon_table[];
extern "C" const char tacitus_lexicon_table_end[];

namespace tacitus {
namespace {

constexpr char kMagic[4] = {'T', 'C', 'L', 'X'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderSize = 32;
constexpr size_t kMaxKeyBytes = 255;         // lengths are one byte
constexpr uint32_t kMaxPoolBytes = 1 << 24;  // offsets are 24 bits
constexpr uint8_t kHasExceptions = 0x10;

constexpr int kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3;
// Analyze() fills Analysis::lemma by these indexes.
static_assert(kNounLemma == kNoun && kVerbLemma == kVerb && kAdjLemma == kAdj);
constexpr const char* kPosNames[4] = {"noun", "verb", "adj", "adv"};
constexpr char kPosLetters[4] = {'n', 'v', 'a', 'r'};

uint32_t Hash(std::string_view s) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

uint32_t Load32(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

void Append32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void Store32(std::string* out, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*out)[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// ---------------------------------------------------------------------------------------
// Morphy's detachment rules (WordNet's morph.c), tried in this order.

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};
// clang-format off
constexpr Rule kNounRules[] = {{"s", ""},    {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
// clang-format on

std::span<const Rule> RulesFor(int pos_index) {
  switch (pos_index) {
    case kNoun:
      return kNounRules;
    case kVerb:
      return kVerbRules;
    case kAdj:
      return kAdjRules;
    default:
      return {};
  }
}

// The first base the rules of `pos_index` derive from `word` that `is_lemma(base)`
// accepts, built in `buffer` (kMaxKeyBytes + 8 bytes). Shared by the table builder and
// the lookups, so both read morphy the same way.
template <typename IsLemma>
bool RuleBase(std::string_view word, int pos_index, IsLemma is_lemma, char* buffer,
              std::string_view* base, std::string_view* suffix) {
  std::span<const Rule> rules = RulesFor(pos_index);
  if (rules.empty() || word.size() > kMaxKeyBytes) return false;
  // Nouns: "spoonsful" is "spoons" + "ful"; words ending in "ss" and words of two
  // letters or fewer are not plurals (morph.c).
  std::string_view stem = word, tail;
  if (pos_index == kNoun) {
    if (word.ends_with("ful")) {
      stem.remove_suffix(3);
      tail = "ful";
    } else if (word.ends_with("ss") || word.size() <= 2) {
      return false;
    }
  }
  for (const Rule& rule : rules) {
    if (stem.size() <= rule.suffix.size() || !stem.ends_with(rule.suffix)) continue;
    const size_t keep = stem.size() - rule.suffix.size();
    char* end = std::copy_n(stem.data(), keep, buffer);
    end = std::copy(rule.ending.begin(), rule.ending.end(), end);
    end = std::copy(tail.begin(), tail.end(), end);
    std::string_view candidate(buffer, static_cast<size_t>(end - buffer));
    if (candidate != word && is_lemma(candidate)) {
      *base = candidate;
      *suffix = rule.suffix;
      return true;
    }
  }
  return false;
}

// WordNet lists many plurals and comparatives as lemmas of their own ("talks" the
// negotiation, "larger"), yet a reader of news wants "talks" -> "talk". A noun or
// adjective lemma defers to the base its rules derive when that base has at least as
// many senses ("talks" 1 < "talk" 5, "larger" 1 < "large" 7) and keeps itself otherwise
// ("gas" 6 > "ga" 3, "species" 2 > "specie" 1, "modest" 7 > "mod" 1). Verb lemmas never
// defer: "seed" and "bed" are not "see" and "be" + -ed.
constexpr uint8_t kDefersFlag[4] = {0x20, 0, 0x40, 0};

// ---------------------------------------------------------------------------------------
// Building the table from WordNet's files.

struct RawKey {
  uint8_t pos = 0;
  uint8_t defers = 0;                                   // kDefersFlag bits
  uint32_t senses[4] = {0, 0, 0, 0};                    // synset_cnt per part of speech
  std::vector<std::pair<int, std::string>> exceptions;  // (pos index, base)
  uint32_t offset = 0;
};

Status LineError(const std::string& path, int line_no, std::string_view line, size_t column,
                 std::string_view what) {
  std::string msg = path + ":" + std::to_string(line_no) + ": " + std::string(what) + "\n";
  msg.append(line);
  msg += "\n" + std::string(column, ' ') + "^";
  return Status::Corruption(std::move(msg));
}

Status ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  *contents = std::move(buffer).str();
  return Status::Ok();
}

// WordNet writes collocations with '_'; keys use spaces. Index files are lowercase
// already; folding ASCII keeps that promise for other WordNet versions.
std::string NormalizeKey(std::string_view field) {
  std::string key(field);
  for (char& c : key) {
    if (c == '_') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

// Calls fn(line_no, line) for each line of `contents`, without the newline or a '\r'.
template <typename Fn>
Status ForEachLine(std::string_view contents, Fn fn) {
  int line_no = 0;
  while (!contents.empty()) {
    size_t end = contents.find('\n');
    std::string_view line = contents.substr(0, end);
    contents.remove_prefix(end == std::string_view::npos ? contents.size() : end + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    Status s = fn(line_no, line);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// Splits off the next space-separated field of `line` at or after *pos.
std::string_view NextField(std::string_view line, size_t* pos) {
  size_t begin = line.find_first_not_of(' ', *pos);
  if (begin == std::string_view::npos) {
    *pos = line.size();
    return {};
  }
  size_t end = std::min(line.find(' ', begin), line.size());
  *pos = end;
  return line.substr(begin, end - begin);
}

Status CheckKey(const std::string& path, int line_no, std::string_view line, size_t column,
                std::string_view field) {
  if (field.size() > kMaxKeyBytes) {
    return LineError(path, line_no, line, column,
                     "word longer than " + std::to_string(kMaxKeyBytes) + " bytes");
  }
  return Status::Ok();
}

// index.POS: "lemma pos synset_cnt ..."; lines starting with a space are the license.
Status ReadIndex(const std::string& path, int pos_index, std::map<std::string, RawKey>* keys) {
  std::string contents;
  Status s = ReadFile(path, &contents);
  if (!s.ok()) return s;
  size_t entries = 0;
  s = ForEachLine(contents, [&](int line_no, std::string_view line) -> Status {
    if (line.empty() || line[0] == ' ') return Status::Ok();
    size_t at = 0;
    std::string_view lemma = NextField(line, &at);
    size_t pos_column = line.find_first_not_of(' ', at);
    std::string_view pos = NextField(line, &at);
    if (pos.empty()) {
      return LineError(path, line_no, line, line.size(),
                       "expected 'lemma pos synset_cnt ...', found no part of speech");
    }
    if (pos.size() != 1 || pos[0] != kPosLetters[pos_index]) {
      return LineError(path, line_no, line, pos_column,
                       std::string("part of speech '") + std::string(pos) + "' in the " +
                           kPosNames[pos_index] + " index, expected '" + kPosLetters[pos_index] +
                           "'");
    }
    Status k = CheckKey(path, line_no, line, 0, lemma);
    if (!k.ok()) return k;
    size_t count_column = line.find_first_not_of(' ', at);
    std::string_view count = NextField(line, &at);
    uint32_t senses = 0;
    if (count.empty() || count.size() > 6 ||
        count.find_first_not_of("0123456789") != std::string_view::npos) {
      return LineError(path, line_no, line, count.empty() ? line.size() : count_column,
                       "expected a synset count");
    }
    for (char c : count) senses = senses * 10 + static_cast<uint32_t>(c - '0');
    RawKey& key = (*keys)[NormalizeKey(lemma)];
    key.pos |= static_cast<uint8_t>(1 << pos_index);
    key.senses[pos_index] = senses;
    ++entries;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (entries == 0) return Status::Corruption(path + ": no entries");
  return Status::Ok();
}

// POS.exc: "inflected base [base ...]".
Status ReadExceptions(const std::string& path, int pos_index, std::map<std::string, RawKey>* keys) {
  std::string contents;
  Status s = ReadFile(path, &contents);
  if (!s.ok()) return s;
  return ForEachLine(contents, [&](int line_no, std::string_view line) -> Status {
    if (line.find_first_not_of(' ') == std::string_view::npos) return Status::Ok();
    size_t at = 0;
    std::string_view form = NextField(line, &at);
    Status k = CheckKey(path, line_no, line, line.find(form), form);
    if (!k.ok()) return k;
    RawKey& key = (*keys)[NormalizeKey(form)];
    size_t bases = 0;
    while (true) {
      size_t column = line.find_first_not_of(' ', at);
      std::string_view base = NextField(line, &at);
      if (base.empty()) break;
      k = CheckKey(path, line_no, line, column, base);
      if (!k.ok()) return k;
      key.exceptions.emplace_back(pos_index, NormalizeKey(base));
      ++bases;
    }
    if (bases == 0) {
      return LineError(path, line_no, line, line.size(),
                       "expected 'inflected-form base ...', found no base form");
    }
    if (key.exceptions.size() > 255) {
      return LineError(path, line_no, line, 0, "more than 255 base forms for one word");
    }
    return Status::Ok();
  });
}

StatusOr<std::string> BuildTable(std::map<std::string, RawKey>& keys) {
  // Every base an exception names must be a key, so Lemma() can point at it.
  std::vector<std::string> missing;
  for (const auto& [word, key] : keys) {
    for (const auto& [pos_index, base] : key.exceptions) {
      if (!keys.contains(base)) missing.push_back(base);
    }
  }
  for (std::string& base : missing) keys.try_emplace(std::move(base));

  char buffer[kMaxKeyBytes + 8];
  for (auto& [word, key] : keys) {
    for (int p : {kNoun, kAdj}) {
      if (!(key.pos & (1 << p))) continue;
      const RawKey* base_key = nullptr;
      auto is_lemma = [&](std::string_view candidate) {
        auto it = keys.find(std::string(candidate));
        if (it == keys.end() || !(it->second.pos & (1 << p))) return false;
        base_key = &it->second;
        return true;
      };
      std::string_view base, suffix;
      if (RuleBase(word, p, is_lemma, buffer, &base, &suffix) &&
          base_key->senses[p] >= key.senses[p]) {
        key.defers |= kDefersFlag[p];
      }
    }
  }

  uint32_t pool_size = 1;
  for (auto& [word, key] : keys) {
    key.offset = pool_size;
    size_t bytes = 2 + word.size() + (key.exceptions.empty() ? 0 : 1 + 4 * key.exceptions.size());
    if (pool_size + bytes >= kMaxPoolBytes) {
      return Status::InvalidArgument("WordNet is too large for a lexicon table (16 MB of keys)");
    }
    pool_size += static_cast<uint32_t>(bytes);
  }
  uint32_t bucket_count = 1;
  while (bucket_count < keys.size() + keys.size() / 3 + 1) bucket_count <<= 1;

  std::string table;
  table.reserve(kHeaderSize + 4 * size_t{bucket_count} + pool_size);
  table.append(kMagic, sizeof(kMagic));
  Append32(&table, kVersion);
  Append32(&table, bucket_count);
  Append32(&table, pool_size);
  Append32(&table, static_cast<uint32_t>(keys.size()));
  table.resize(kHeaderSize, '\0');

  const size_t buckets_at = table.size();
  table.resize(buckets_at + 4 * size_t{bucket_count}, '\0');
  table.push_back('\0');  // pool byte 0
  for (const auto& [word, key] : keys) {
    uint8_t flags = key.pos | key.defers | (key.exceptions.empty() ? 0 : kHasExceptions);
    table.push_back(static_cast<char>(word.size()));
    table.push_back(static_cast<char>(flags));
    table.append(word);
    if (!key.exceptions.empty()) {
      table.push_back(static_cast<char>(key.exceptions.size()));
      for (const auto& [pos_index, base] : key.exceptions) {
        Append32(&table, keys.at(base).offset | static_cast<uint32_t>(pos_index) << 24);
      }
    }
    uint32_t h = Hash(word);
    uint32_t i = h & (bucket_count - 1);
    while (Load32(reinterpret_cast<const unsigned char*>(table.data()) + buckets_at + 4 * i)) {
      i = (i + 1) & (bucket_count - 1);
    }
    Store32(&table, buckets_at + 4 * i, key.offset | (h >> 24) << 24);
  }
  TACITUS_CHECK(table.size() == kHeaderSize + 4 * size_t{bucket_count} + pool_size);
  return table;
}

// ---------------------------------------------------------------------------------------
// Irregular verb forms whose inflection the suffix cannot tell: forms of be, have and do,
// and participles that are not also the past (gone, taken). Other exception-list forms
// are read by their ending (-ing gerund, -s third person, anything else past).

struct IrregularForm {
  std::string_view form;
  std::string_view base;
  VerbForm inflection;
};

// clang-format off
constexpr IrregularForm kIrregularForms[] = {
    {"am", "be", VerbForm::kBase},
    {"are", "be", VerbForm::kBase},
    {"is", "be", VerbForm::kThirdSingular},
    {"was", "be", VerbForm::kPast},
    {"were", "be", VerbForm::kPast},
    {"been", "be", VerbForm::kPastParticiple},
    {"has", "have", VerbForm::kThirdSingular},
    {"had", "have", VerbForm::kPast},
    {"does", "do", VerbForm::kThirdSingular},
    {"did", "do", VerbForm::kPast},
    {"done", "do", VerbForm::kPastParticiple},
    {"arisen", "arise", VerbForm::kPastParticiple},
    {"awoken", "awake", VerbForm::kPastParticiple},
    {"beaten", "beat", VerbForm::kPastParticiple},
    {"begotten", "beget", VerbForm::kPastParticiple},
    {"begun", "begin", VerbForm::kPastParticiple},
    {"bidden", "bid", VerbForm::kPastParticiple},
    {"bitten", "bite", VerbForm::kPastParticiple},
    {"blown", "blow", VerbForm::kPastParticiple},
    {"born", "bear", VerbForm::kPastParticiple},
    {"borne", "bear", VerbForm::kPastParticiple},
    {"broken", "break", VerbForm::kPastParticiple},
    {"chosen", "choose", VerbForm::kPastParticiple},
    {"drawn", "draw", VerbForm::kPastParticiple},
    {"driven", "drive", VerbForm::kPastParticiple},
    {"drunk", "drink", VerbForm::kPastParticiple},
    {"eaten", "eat", VerbForm::kPastParticiple},
    {"fallen", "fall", VerbForm::kPastParticiple},
    {"flown", "fly", VerbForm::kPastParticiple},
    {"forbidden", "forbid", VerbForm::kPastParticiple},
    {"forgiven", "forgive", VerbForm::kPastParticiple},
    {"forgotten", "forget", VerbForm::kPastParticiple},
    {"forsaken", "forsake", VerbForm::kPastParticiple},
    {"frozen", "freeze", VerbForm::kPastParticiple},
    {"given", "give", VerbForm::kPastParticiple},
    {"gone", "go", VerbForm::kPastParticiple},
    {"gotten", "get", VerbForm::kPastParticiple},
    {"grown", "grow", VerbForm::kPastParticiple},
    {"hewn", "hew", VerbForm::kPastParticiple},
    {"hidden", "hide", VerbForm::kPastParticiple},
    {"known", "know", VerbForm::kPastParticiple},
    {"lain", "lie", VerbForm::kPastParticiple},
    {"mown", "mow", VerbForm::kPastParticiple},
    {"proven", "prove", VerbForm::kPastParticiple},
    {"ridden", "ride", VerbForm::kPastParticiple},
    {"risen", "rise", VerbForm::kPastParticiple},
    {"rung", "ring", VerbForm::kPastParticiple},
    {"sawn", "saw", VerbForm::kPastParticiple},
    {"seen", "see", VerbForm::kPastParticiple},
    {"sewn", "sew", VerbForm::kPastParticiple},
    {"shaken", "shake", VerbForm::kPastParticiple},
    {"shaven", "shave", VerbForm::kPastParticiple},
    {"shorn", "shear", VerbForm::kPastParticiple},
    {"shown", "show", VerbForm::kPastParticiple},
    {"shrunk", "shrink", VerbForm::kPastParticiple},
    {"slain", "slay", VerbForm::kPastParticiple},
    {"smitten", "smite", VerbForm::kPastParticiple},
    {"sown", "sow", VerbForm::kPastParticiple},
    {"spoken", "speak", VerbForm::kPastParticiple},
    {"sprung", "spring", VerbForm::kPastParticiple},
    {"stolen", "steal", VerbForm::kPastParticiple},
    {"strewn", "strew", VerbForm::kPastParticiple},
    {"stricken", "strike", VerbForm::kPastParticiple},
    {"stridden", "stride", VerbForm::kPastParticiple},
    {"striven", "strive", VerbForm::kPastParticiple},
    {"stunk", "stink", VerbForm::kPastParticiple},
    {"sung", "sing", VerbForm::kPastParticiple},
    {"sunk", "sink", VerbForm::kPastParticiple},
    {"sworn", "swear", VerbForm::kPastParticiple},
    {"swollen", "swell", VerbForm::kPastParticiple},
    {"swum", "swim", VerbForm::kPastParticiple},
    {"taken", "take", VerbForm::kPastParticiple},
    {"thriven", "thrive", VerbForm::kPastParticiple},
    {"thrown", "throw", VerbForm::kPastParticiple},
    {"torn", "tear", VerbForm::kPastParticiple},
    {"trodden", "tread", VerbForm::kPastParticiple},
    {"woken", "wake", VerbForm::kPastParticiple},
    {"worn", "wear", VerbForm::kPastParticiple},
    {"woven", "weave", VerbForm::kPastParticiple},
    {"written", "write", VerbForm::kPastParticiple},
};
// clang-format on

const std::unordered_map<std::string_view, const IrregularForm*>& IrregularForms() {
  static const auto* const kMap = [] {
    auto* map = new std::unordered_map<std::string_view, const IrregularForm*>;
    for (const IrregularForm& f : kIrregularForms) map->emplace(f.form, &f);
    return map;
  }();
  return *kMap;
}

// The inflection of `form`, an exception-list form of verb `lemma`. A prefixed verb
// inherits its root's: withdrawn = with + drawn, and draw + with = withdraw.
VerbForm ClassifyIrregular(std::string_view form, std::string_view lemma) {
  const auto& forms = IrregularForms();
  for (size_t i = 0; i + 1 < form.size(); ++i) {
    auto it = forms.find(form.substr(i));
    if (it == forms.end()) continue;
    std::string_view prefix = form.substr(0, i);
    const IrregularForm& f = *it->second;
    if (lemma.size() == prefix.size() + f.base.size() && lemma.starts_with(prefix) &&
        lemma.ends_with(f.base)) {
      return f.inflection;
    }
  }
  if (form.ends_with("ing")) return VerbForm::kGerund;
  if (form.ends_with("ed")) return VerbForm::kPast;
  if (form.ends_with("s")) return VerbForm::kThirdSingular;
  return VerbForm::kPast;
}

// ---------------------------------------------------------------------------------------
// Closed-class words. Each word lists its classes, the most common in news text first.

using CC = ClosedClass;
struct ClosedWord {
  std::string_view word;
  CC classes[4];
};

constexpr CC kDet = CC::kDeterminer, kPro = CC::kPronoun, kPoss = CC::kPossessivePronoun,
             kPrep = CC::kPreposition, kCoord = CC::kCoordConj, kSub = CC::kSubordConj,
             kAux = CC::kAuxiliary, kMod = CC::kModal, kNeg = CC::kNegation, kWh = CC::kWh,
             kPart = CC::kParticle, kNum = CC::kNumeral;

// clang-format off
constexpr ClosedWord kClosedWords[] = {
    // Determiners and quantifiers.
    {"the", {kDet}}, {"a", {kDet}}, {"an", {kDet}},
    {"this", {kDet, kPro}}, {"these", {kDet, kPro}}, {"those", {kDet, kPro}},
    {"each", {kDet, kPro}}, {"every", {kDet}}, {"either", {kDet, kCoord, kPro}},
    {"neither", {kDet, kCoord, kNeg, kPro}}, {"some", {kDet, kPro}}, {"any", {kDet, kPro}},
    {"all", {kDet, kPro}}, {"both", {kDet, kCoord, kPro}}, {"half", {kDet, kPro}},
    {"many", {kDet, kPro}}, {"much", {kDet, kPro}}, {"more", {kDet, kPro}},
    {"most", {kDet, kPro}}, {"few", {kDet, kPro}}, {"fewer", {kDet, kPro}},
    {"fewest", {kDet}}, {"less", {kDet}}, {"least", {kDet}}, {"several", {kDet, kPro}},
    {"enough", {kDet, kPro}}, {"such", {kDet}}, {"another", {kDet, kPro}},
    {"a few", {kDet}}, {"a little", {kDet}}, {"a lot of", {kDet}}, {"lots of", {kDet}},
    {"a number of", {kDet}}, {"a couple of", {kDet}}, {"plenty of", {kDet}},
    {"a great deal of", {kDet}},
    // Personal, reflexive and indefinite pronouns.
    {"i", {kPro}}, {"me", {kPro}}, {"you", {kPro}}, {"he", {kPro}}, {"him", {kPro}},
    {"she", {kPro}}, {"it", {kPro}}, {"we", {kPro}}, {"us", {kPro}}, {"they", {kPro}},
    {"them", {kPro}}, {"'em", {kPro}}, {"myself", {kPro}}, {"yourself", {kPro}},
    {"yourselves", {kPro}}, {"himself", {kPro}}, {"herself", {kPro}}, {"itself", {kPro}},
    {"ourselves", {kPro}}, {"themselves", {kPro}}, {"themself", {kPro}},
    {"oneself", {kPro}}, {"someone", {kPro}}, {"somebody", {kPro}}, {"something", {kPro}},
    {"anyone", {kPro}}, {"anybody", {kPro}}, {"anything", {kPro}}, {"everyone", {kPro}},
    {"everybody", {kPro}}, {"everything", {kPro}}, {"nobody", {kPro, kNeg}},
    {"nothing", {kPro, kNeg}}, {"none", {kPro, kNeg}}, {"no one", {kPro, kNeg}},
    {"ones", {kPro}}, {"each other", {kPro}}, {"one another", {kPro}},
    // Possessives.
    {"my", {kPoss}}, {"your", {kPoss}}, {"his", {kPoss}}, {"her", {kPoss, kPro}},
    {"its", {kPoss}}, {"our", {kPoss}}, {"their", {kPoss}}, {"mine", {kPoss}},
    {"yours", {kPoss}}, {"hers", {kPoss}}, {"ours", {kPoss}}, {"theirs", {kPoss}},
    {"one's", {kPoss}},
    // Prepositions ("as", "before", ... also introduce clauses).
    {"aboard", {kPrep}}, {"about", {kPrep}}, {"above", {kPrep}}, {"across", {kPrep}},
    {"after", {kPrep, kSub}}, {"against", {kPrep}}, {"along", {kPrep}},
    {"alongside", {kPrep}}, {"amid", {kPrep}}, {"amidst", {kPrep}}, {"among", {kPrep}},
    {"amongst", {kPrep}}, {"around", {kPrep}}, {"as", {kPrep, kSub}}, {"astride", {kPrep}},
    {"at", {kPrep}}, {"atop", {kPrep}}, {"barring", {kPrep}}, {"before", {kPrep, kSub}},
    {"behind", {kPrep}}, {"below", {kPrep}}, {"beneath", {kPrep}}, {"beside", {kPrep}},
    {"besides", {kPrep}}, {"between", {kPrep}}, {"beyond", {kPrep}}, {"by", {kPrep}},
    {"circa", {kPrep}}, {"concerning", {kPrep}}, {"considering", {kPrep, kSub}},
    {"despite", {kPrep}}, {"down", {kPrep}}, {"during", {kPrep}}, {"except", {kPrep, kSub}},
    {"excepting", {kPrep}}, {"excluding", {kPrep}}, {"following", {kPrep}},
    {"for", {kPrep, kCoord}}, {"from", {kPrep}}, {"in", {kPrep}}, {"including", {kPrep}},
    {"inside", {kPrep}}, {"into", {kPrep}}, {"like", {kPrep, kSub}}, {"minus", {kPrep}},
    {"near", {kPrep}}, {"notwithstanding", {kPrep}}, {"of", {kPrep}}, {"off", {kPrep}},
    {"on", {kPrep}}, {"onto", {kPrep}}, {"opposite", {kPrep}}, {"out", {kPrep}},
    {"outside", {kPrep}}, {"over", {kPrep}}, {"past", {kPrep}}, {"pending", {kPrep}},
    {"per", {kPrep}}, {"plus", {kPrep, kCoord}}, {"regarding", {kPrep}},
    {"round", {kPrep}}, {"since", {kPrep, kSub}}, {"than", {kPrep, kSub}},
    {"through", {kPrep}}, {"throughout", {kPrep}}, {"thru", {kPrep}},
    {"till", {kPrep, kSub}}, {"til", {kPrep, kSub}}, {"toward", {kPrep}},
    {"towards", {kPrep}}, {"under", {kPrep}}, {"underneath", {kPrep}}, {"unlike", {kPrep}},
    {"until", {kPrep, kSub}}, {"unto", {kPrep}}, {"up", {kPrep}}, {"upon", {kPrep}},
    {"versus", {kPrep}}, {"vs", {kPrep}}, {"vs.", {kPrep}}, {"via", {kPrep}},
    {"vis-a-vis", {kPrep}}, {"with", {kPrep}}, {"within", {kPrep}}, {"without", {kPrep}},
    // Multi-word prepositions.
    {"according to", {kPrep}}, {"ahead of", {kPrep}}, {"along with", {kPrep}},
    {"apart from", {kPrep}}, {"as for", {kPrep}}, {"as of", {kPrep}}, {"as to", {kPrep}},
    {"aside from", {kPrep}}, {"away from", {kPrep}}, {"because of", {kPrep}},
    {"by means of", {kPrep}}, {"by way of", {kPrep}}, {"by virtue of", {kPrep}},
    {"close to", {kPrep}}, {"contrary to", {kPrep}}, {"due to", {kPrep}},
    {"except for", {kPrep}}, {"far from", {kPrep}}, {"in accordance with", {kPrep}},
    {"in addition to", {kPrep}}, {"in case of", {kPrep}}, {"in connection with", {kPrep}},
    {"in exchange for", {kPrep}}, {"in excess of", {kPrep}}, {"in favor of", {kPrep}},
    {"in favour of", {kPrep}}, {"in front of", {kPrep}}, {"in lieu of", {kPrep}},
    {"in light of", {kPrep}}, {"in line with", {kPrep}}, {"in place of", {kPrep}},
    {"in response to", {kPrep}}, {"in spite of", {kPrep}}, {"in support of", {kPrep}},
    {"in terms of", {kPrep}}, {"in view of", {kPrep}}, {"in the wake of", {kPrep}},
    {"in the face of", {kPrep}}, {"in the event of", {kPrep}},
    {"in the absence of", {kPrep}}, {"in the run-up to", {kPrep}},
    {"inside of", {kPrep}}, {"instead of", {kPrep}}, {"irrespective of", {kPrep}},
    {"near to", {kPrep}}, {"next to", {kPrep}}, {"on account of", {kPrep}},
    {"on behalf of", {kPrep}}, {"on top of", {kPrep}}, {"on the eve of", {kPrep}},
    {"out of", {kPrep}}, {"outside of", {kPrep}}, {"owing to", {kPrep}},
    {"prior to", {kPrep}}, {"pursuant to", {kPrep}}, {"regardless of", {kPrep}},
    {"subsequent to", {kPrep}}, {"such as", {kPrep}}, {"thanks to", {kPrep}},
    {"together with", {kPrep}}, {"up to", {kPrep}}, {"upwards of", {kPrep}},
    {"with regard to", {kPrep}}, {"with respect to", {kPrep}},
    {"with the exception of", {kPrep}}, {"as a result of", {kPrep}},
    {"at the request of", {kPrep}}, {"at the invitation of", {kPrep}},
    // Coordinating conjunctions.
    {"and", {kCoord}}, {"or", {kCoord}}, {"but", {kCoord, kPrep}}, {"nor", {kCoord, kNeg}},
    {"yet", {kCoord}}, {"so", {kCoord, kSub}}, {"&", {kCoord}}, {"and/or", {kCoord}},
    {"as well as", {kCoord}}, {"rather than", {kCoord}}, {"let alone", {kCoord}},
    // Subordinating conjunctions.
    {"although", {kSub}}, {"though", {kSub}}, {"because", {kSub}}, {"if", {kSub}},
    {"unless", {kSub}}, {"whereas", {kSub}}, {"whether", {kSub}}, {"while", {kSub}},
    {"whilst", {kSub}}, {"once", {kSub}}, {"lest", {kSub}}, {"albeit", {kSub}},
    {"whereupon", {kSub}}, {"so that", {kSub}}, {"such that", {kSub}},
    {"even if", {kSub}}, {"even though", {kSub}}, {"even as", {kSub}}, {"as if", {kSub}},
    {"as though", {kSub}}, {"as long as", {kSub}}, {"so long as", {kSub}},
    {"as soon as", {kSub}}, {"in order that", {kSub}}, {"in order to", {kSub}},
    {"so as to", {kSub}}, {"now that", {kSub}}, {"provided that", {kSub}},
    {"providing that", {kSub}}, {"given that", {kSub}}, {"except that", {kSub}},
    {"in case", {kSub}}, {"only if", {kSub}}, {"whether or not", {kSub}},
    {"by the time", {kSub}}, {"inasmuch as", {kSub}}, {"insofar as", {kSub}},
    // Auxiliaries: be, have, do (also main verbs; WordNet knows them as such).
    {"be", {kAux}}, {"am", {kAux}}, {"is", {kAux}}, {"are", {kAux}}, {"was", {kAux}},
    {"were", {kAux}}, {"been", {kAux}}, {"being", {kAux}}, {"have", {kAux}},
    {"has", {kAux}}, {"had", {kAux}}, {"having", {kAux}}, {"do", {kAux}}, {"does", {kAux}},
    {"did", {kAux}}, {"doing", {kAux}}, {"done", {kAux}}, {"'m", {kAux}}, {"'re", {kAux}},
    {"'ve", {kAux}}, {"isn't", {kAux, kNeg}}, {"aren't", {kAux, kNeg}},
    {"wasn't", {kAux, kNeg}}, {"weren't", {kAux, kNeg}}, {"hasn't", {kAux, kNeg}},
    {"haven't", {kAux, kNeg}}, {"hadn't", {kAux, kNeg}}, {"don't", {kAux, kNeg}},
    {"doesn't", {kAux, kNeg}}, {"didn't", {kAux, kNeg}}, {"ain't", {kAux, kNeg}},
    // Modals; "wo" and "ca" are the Penn Treebank halves of "won't" and "can't".
    {"will", {kMod}}, {"would", {kMod}}, {"can", {kMod}}, {"could", {kMod}},
    {"shall", {kMod}}, {"should", {kMod}}, {"may", {kMod}}, {"might", {kMod}},
    {"must", {kMod}}, {"ought", {kMod}}, {"'ll", {kMod}}, {"'d", {kMod, kAux}},
    {"wo", {kMod}}, {"ca", {kMod}}, {"cannot", {kMod, kNeg}}, {"can't", {kMod, kNeg}},
    {"won't", {kMod, kNeg}}, {"wouldn't", {kMod, kNeg}}, {"couldn't", {kMod, kNeg}},
    {"shouldn't", {kMod, kNeg}}, {"mustn't", {kMod, kNeg}}, {"mightn't", {kMod, kNeg}},
    {"shan't", {kMod, kNeg}}, {"needn't", {kMod, kNeg}},
    // Negation.
    {"not", {kNeg}}, {"n't", {kNeg}}, {"never", {kNeg}}, {"no", {kNeg, kDet}},
    {"nowhere", {kNeg}}, {"no longer", {kNeg}},
    // Wh-words and relatives.
    {"who", {kWh, kPro}}, {"whom", {kWh, kPro}}, {"whose", {kWh, kPoss}},
    {"which", {kWh, kDet, kPro}}, {"that", {kWh, kDet, kPro, kSub}},
    {"what", {kWh, kDet, kPro}}, {"where", {kWh, kSub}}, {"when", {kWh, kSub}},
    {"why", {kWh}}, {"how", {kWh}}, {"whoever", {kWh, kPro}}, {"whomever", {kWh, kPro}},
    {"whatever", {kWh, kDet, kPro}}, {"whichever", {kWh, kDet, kPro}},
    {"wherever", {kWh, kSub}}, {"whenever", {kWh, kSub}}, {"whereby", {kWh}},
    {"wherein", {kWh}},
    // The infinitive marker.
    {"to", {kPart, kPrep}},
    // Number words.
    {"zero", {kNum}}, {"one", {kNum, kPro}}, {"two", {kNum}}, {"three", {kNum}},
    {"four", {kNum}}, {"five", {kNum}}, {"six", {kNum}}, {"seven", {kNum}},
    {"eight", {kNum}}, {"nine", {kNum}}, {"ten", {kNum}}, {"eleven", {kNum}},
    {"twelve", {kNum}}, {"thirteen", {kNum}}, {"fourteen", {kNum}}, {"fifteen", {kNum}},
    {"sixteen", {kNum}}, {"seventeen", {kNum}}, {"eighteen", {kNum}},
    {"nineteen", {kNum}}, {"twenty", {kNum}}, {"thirty", {kNum}}, {"forty", {kNum}},
    {"fifty", {kNum}}, {"sixty", {kNum}}, {"seventy", {kNum}}, {"eighty", {kNum}},
    {"ninety", {kNum}}, {"hundred", {kNum}}, {"thousand", {kNum}}, {"million", {kNum}},
    {"billion", {kNum}}, {"trillion", {kNum}}, {"dozen", {kNum}}, {"dozens", {kNum}},
    {"tens", {kNum}}, {"hundreds", {kNum}}, {"thousands", {kNum}}, {"millions", {kNum}},
    {"billions", {kNum}}, {"trillions", {kNum}}, {"lakh", {kNum}}, {"lakhs", {kNum}},
    {"crore", {kNum}}, {"crores", {kNum}}, {"bn", {kNum}}, {"bln", {kNum}}, {"mln", {kNum}},
};
// clang-format on

constexpr size_t kMaxPhraseWords = 4;
constexpr size_t kMaxPhraseBytes = 64;

struct ClosedInfo {
  ClosedClass primary;
  uint16_t classes;  // bit (1 << ClosedClass)
};

uint16_t ClassBit(ClosedClass c) { return static_cast<uint16_t>(1u << static_cast<int>(c)); }

const std::unordered_map<std::string_view, ClosedInfo>& ClosedWords() {
  static const auto* const kMap = [] {
    auto* map = new std::unordered_map<std::string_view, ClosedInfo>;
    for (const ClosedWord& w : kClosedWords) {
      ClosedInfo info{w.classes[0], 0};
      for (ClosedClass c : w.classes) {
        if (c != ClosedClass::kNone) info.classes |= ClassBit(c);
      }
      TACITUS_CHECK(map->emplace(w.word, info).second);  // each word once
      TACITUS_CHECK(static_cast<size_t>(std::count(w.word.begin(), w.word.end(), ' ')) <
                    kMaxPhraseWords);
      TACITUS_CHECK(w.word.size() <= kMaxPhraseBytes);
    }
    return map;
  }();
  return *kMap;
}

bool IsDigits(std::string_view word) {
  if (word.empty() || !std::isdigit(static_cast<unsigned char>(word.front())) ||
      !std::isdigit(static_cast<unsigned char>(word.back()))) {
    return false;
  }
  for (char c : word) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '.') return false;
  }
  return true;
}

// Digit strings and hyphenated number words count as numerals.
bool IsNumeral(std::string_view word) {
  if (IsDigits(word)) return true;
  if (word.find('-') == std::string_view::npos) return false;
  const auto& words = ClosedWords();
  while (true) {
    size_t dash = word.find('-');
    auto it = words.find(word.substr(0, dash));
    if (it == words.end() || !(it->second.classes & ClassBit(ClosedClass::kNumeral))) {
      return false;
    }
    if (dash == std::string_view::npos) return true;
    word.remove_prefix(dash + 1);
  }
}

bool LookUpClosed(std::string_view word, ClosedInfo* info) {
  const auto& words = ClosedWords();
  auto it = words.find(word);
  if (it != words.end()) {
    *info = it->second;
    return true;
  }
  if (IsNumeral(word)) {
    *info = {ClosedClass::kNumeral, ClassBit(ClosedClass::kNumeral)};
    return true;
  }
  return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Lexicon

struct Lexicon::Entry {
  std::string_view word;
  uint8_t pos = 0;                            // PosBits of the index files that list it
  uint8_t flags = 0;                          // the flags byte (kDefersFlag, kHasExceptions)
  const unsigned char* exceptions = nullptr;  // exception_count x u32
  uint8_t exception_count = 0;
};

struct Lexicon::Morph {
  enum How { kException, kSelf, kRule };
  std::string_view lemma;
  How how = kSelf;
  std::string_view suffix;  // the rule's, for kRule
};

Lexicon::Lexicon(std::shared_ptr<const std::string> owned, std::string_view table,
                 size_t word_count)
    : owned_(std::move(owned)), table_(table), word_count_(word_count) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(table_.data());
  bucket_mask_ = Load32(bytes + 8) - 1;
  buckets_ = bytes + kHeaderSize;
  pool_ = buckets_ + 4 * (size_t{bucket_mask_} + 1);
}

const Lexicon& Lexicon::BuiltIn() {
  static const Lexicon* const kBuiltIn = [] {
    // lexicon_gen wrote the table through LoadWordNet(), which checked every key
    // (FromTable); checking the header is enough here and keeps start-up instant.
    StatusOr<Lexicon> lexicon = FromView(
        nullptr,
        std::string_view(tacitus_lexicon_table,
                         static_cast<size_t>(tacitus_lexicon_table_end - tacitus_lexicon_table)),
        /*check_keys=*/false);
    if (!lexicon.ok()) std::cerr << lexicon.status().message() << "\n";
    TACITUS_CHECK(lexicon.ok());
    return new Lexicon(std::move(lexicon).value());
  }();
  return *kBuiltIn;
}

StatusOr<Lexicon> Lexicon::LoadWordNet(const std::string& dir) {
  std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::map<std::string, RawKey> keys;
  for (int p = kNoun; p <= kAdv; ++p) {
    Status s = ReadIndex(prefix + "index." + kPosNames[p], p, &keys);
    if (!s.ok()) return s;
  }
  for (int p = kNoun; p <= kAdv; ++p) {
    Status s = ReadExceptions(prefix + kPosNames[p] + ".exc", p, &keys);
    if (!s.ok()) return s;
  }
  StatusOr<std::string> table = BuildTable(keys);
  if (!table.ok()) return table.status();
  return FromTable(std::move(table).value());
}

StatusOr<Lexicon> Lexicon::FromTable(std::string table) {
  auto owned = std::make_shared<const std::string>(std::move(table));
  std::string_view view = *owned;
  return FromView(std::move(owned), view, /*check_keys=*/true);
}

StatusOr<Lexicon> Lexicon::FromView(std::shared_ptr<const std::string> owned,
                                    std::string_view table, bool check_keys) {
  auto corrupt = [](const std::string& what) {
    return Status::Corruption("lexicon table: " + what);
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(table.data());
  if (table.size() < kHeaderSize) {
    return corrupt("truncated header (" + std::to_string(table.size()) + " bytes)");
  }
  if (std::memcmp(bytes, kMagic, sizeof(kMagic)) != 0) return corrupt("bad magic");
  if (uint32_t version = Load32(bytes + 4); version != kVersion) {
    return corrupt("version " + std::to_string(version) + ", expected " + std::to_string(kVersion));
  }
  const uint32_t bucket_count = Load32(bytes + 8);
  const uint32_t pool_size = Load32(bytes + 12);
  const uint32_t word_count = Load32(bytes + 16);
  if (bucket_count == 0 || (bucket_count & (bucket_count - 1)) != 0 || word_count >= bucket_count) {
    return corrupt("bad bucket count " + std::to_string(bucket_count) + " for " +
                   std::to_string(word_count) + " words");
  }
  if (pool_size == 0 || pool_size > kMaxPoolBytes) {
    return corrupt("bad pool size " + std::to_string(pool_size));
  }
  const size_t expected = kHeaderSize + 4 * size_t{bucket_count} + pool_size;
  if (table.size() != expected) {
    return corrupt("size " + std::to_string(table.size()) + " bytes, header says " +
                   std::to_string(expected));
  }
  if (!check_keys) return Lexicon(std::move(owned), table, word_count);
  // Every offset a lookup can follow must stay inside the pool.
  const unsigned char* pool = bytes + kHeaderSize + 4 * size_t{bucket_count};
  auto key_fits = [&](uint32_t offset) {
    return offset != 0 && size_t{offset} + 2 <= pool_size &&
           size_t{offset} + 2 + pool[offset] <= pool_size;
  };
  // A key whose exception list, if its flags say it has one, fits too: EntryAt() reads the
  // list's count for every key it decodes, bases of exceptions included.
  auto entry_fits = [&](uint32_t offset) {
    if (!key_fits(offset)) return false;
    if (!(pool[offset + 1] & kHasExceptions)) return true;
    const size_t list = size_t{offset} + 2 + pool[offset];
    return list + 1 <= pool_size && list + 1 + 4 * size_t{pool[list]} <= pool_size;
  };
  uint32_t used = 0;
  for (uint32_t i = 0; i < bucket_count; ++i) {
    const uint32_t bucket = Load32(bytes + kHeaderSize + 4 * size_t{i});
    if (bucket == 0) continue;
    ++used;
    const uint32_t offset = bucket & 0xFFFFFF;
    if (!key_fits(offset)) return corrupt("bucket " + std::to_string(i) + " is out of range");
    if (!(pool[offset + 1] & kHasExceptions)) continue;
    const size_t list = size_t{offset} + 2 + pool[offset];
    if (list + 1 > pool_size || list + 1 + 4 * size_t{pool[list]} > pool_size) {
      return corrupt("exceptions of bucket " + std::to_string(i) + " are out of range");
    }
    for (size_t k = 0; k < pool[list]; ++k) {
      const uint32_t ref = Load32(pool + list + 1 + 4 * k);
      if (!entry_fits(ref & 0xFFFFFF) || (ref >> 24) > kAdv) {
        return corrupt("exception " + std::to_string(k) + " of bucket " + std::to_string(i) +
                       " is out of range");
      }
    }
  }
  if (used != word_count) {
    return corrupt(std::to_string(used) + " keys, header says " + std::to_string(word_count));
  }
  return Lexicon(std::move(owned), table, word_count);
}

Lexicon::Entry Lexicon::EntryAt(uint32_t offset) const {
  Entry e;
  const unsigned char* p = pool_ + offset;
  e.word = std::string_view(reinterpret_cast<const char*>(p + 2), p[0]);
  e.pos = p[1] & 0x0F;
  e.flags = p[1];
  if (p[1] & kHasExceptions) {
    e.exception_count = p[2 + p[0]];
    e.exceptions = p + 3 + p[0];
  }
  return e;
}

bool Lexicon::Find(std::string_view key, Entry* entry) const {
  if (key.empty() || key.size() > kMaxKeyBytes) return false;
  const uint32_t h = Hash(key);
  for (uint32_t i = h & bucket_mask_;; i = (i + 1) & bucket_mask_) {
    const uint32_t bucket = Load32(buckets_ + 4 * size_t{i});
    if (bucket == 0) return false;
    if ((bucket >> 24) != (h >> 24)) continue;
    const unsigned char* p = pool_ + (bucket & 0xFFFFFF);
    if (p[0] == key.size() && std::memcmp(p + 2, key.data(), key.size()) == 0) {
      *entry = EntryAt(bucket & 0xFFFFFF);
      return true;
    }
  }
}

// Morphy for one part of speech; `self` is the word's own entry, if it has one.
bool Lexicon::MorphOne(std::string_view word, const Entry* self, int pos_index, Morph* out) const {
  const uint8_t bit = static_cast<uint8_t>(1 << pos_index);
  if (self != nullptr) {
    for (size_t k = 0; k < self->exception_count; ++k) {
      const uint32_t ref = Load32(self->exceptions + 4 * k);
      if (static_cast<int>(ref >> 24) != pos_index) continue;
      Entry base = EntryAt(ref & 0xFFFFFF);
      if (base.pos & bit) {
        *out = {base.word, Morph::kException, {}};
        return true;
      }
    }
    if ((self->pos & bit) && !(self->flags & kDefersFlag[pos_index])) {
      *out = {self->word, Morph::kSelf, {}};
      return true;
    }
  }
  char buffer[kMaxKeyBytes + 8];
  Entry e;
  auto is_lemma = [&](std::string_view candidate) { return Find(candidate, &e) && (e.pos & bit); };
  std::string_view base, suffix;
  if (RuleBase(word, pos_index, is_lemma, buffer, &base, &suffix)) {
    *out = {e.word, Morph::kRule, suffix};
    return true;
  }
  if (self != nullptr && (self->pos & bit)) {  // deferred, but to nothing: a bad table
    *out = {self->word, Morph::kSelf, {}};
    return true;
  }
  return false;
}

uint8_t Lexicon::Pos(std::string_view lower_word) const { return Analyze(lower_word).pos; }

std::string_view Lexicon::Lemma(std::string_view lower_word, PosBits pos) const {
  Entry self;
  const Entry* found = Find(lower_word, &self) ? &self : nullptr;
  Morph m;
  for (int p = kNoun; p <= kAdv; ++p) {
    if ((pos & (1 << p)) && MorphOne(lower_word, found, p, &m)) return m.lemma;
  }
  return lower_word;
}

Lexicon::Analysis Lexicon::Analyze(std::string_view lower_word) const {
  Entry self;
  const Entry* found = Find(lower_word, &self) ? &self : nullptr;
  Analysis a;
  Morph m;
  for (int p = kNoun; p <= kAdv; ++p) {
    const bool known = MorphOne(lower_word, found, p, &m);
    if (known) a.pos |= static_cast<uint8_t>(1 << p);
    if (p <= kAdj) a.lemma[p] = known ? m.lemma : lower_word;
  }
  return a;
}

bool Lexicon::IsVerbForm(std::string_view lower_word, VerbForm* form) const {
  Entry self;
  const Entry* found = Find(lower_word, &self) ? &self : nullptr;
  Morph m;
  if (!MorphOne(lower_word, found, kVerb, &m)) return false;
  VerbForm f = VerbForm::kBase;
  // verb.exc maps some bases to themselves ("bed bed", "seed seed") to keep the rules
  // from reading them as see + -ed.
  if (m.lemma == lower_word) m.how = Morph::kSelf;
  switch (m.how) {
    case Morph::kSelf:
      f = VerbForm::kBase;
      break;
    case Morph::kRule:
      f = m.suffix == "ing"  ? VerbForm::kGerund
          : m.suffix == "ed" ? VerbForm::kPast
                             : VerbForm::kThirdSingular;
      break;
    case Morph::kException:
      f = ClassifyIrregular(lower_word, m.lemma);
      break;
  }
  if (form != nullptr) *form = f;
  return true;
}

ClosedClass Lexicon::Closed(std::string_view lower_word) const {
  ClosedInfo info;
  return LookUpClosed(lower_word, &info) ? info.primary : ClosedClass::kNone;
}

bool Lexicon::HasClosedClass(std::string_view lower_word, ClosedClass cls) const {
  ClosedInfo info;
  if (!LookUpClosed(lower_word, &info)) return cls == ClosedClass::kNone;
  return (info.classes & ClassBit(cls)) != 0;
}

size_t Lexicon::MatchClosedPhrase(std::span<const std::string_view> lower_words,
                                  ClosedClass* cls) const {
  const auto& words = ClosedWords();
  char phrase[kMaxPhraseBytes];
  for (size_t n = std::min(lower_words.size(), kMaxPhraseWords); n >= 2; --n) {
    size_t length = n - 1;  // the spaces
    for (size_t i = 0; i < n; ++i) length += lower_words[i].size();
    if (length > kMaxPhraseBytes) continue;
    char* out = phrase;
    for (size_t i = 0; i < n; ++i) {
      if (i > 0) *out++ = ' ';
      out = std::copy(lower_words[i].begin(), lower_words[i].end(), out);
    }
    auto it = words.find(std::string_view(phrase, length));
    if (it != words.end()) {
      if (cls != nullptr) *cls = it->second.primary;
      return n;
    }
  }
  ClosedInfo info;
  if (lower_words.empty() || !LookUpClosed(lower_words[0], &info)) return 0;
  if (cls != nullptr) *cls = info.primary;
  return 1;
}

}  // namespace tacitus
