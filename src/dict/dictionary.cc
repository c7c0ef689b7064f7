#include "dict/dictionary.h"

#include <algorithm>
#include <charconv>

namespace tacitus {

bool HeadWrittenAs(std::string_view written, std::string_view word) {
  if (written.empty()) return false;
  const char mark = written.back();
  if (mark != '=' && mark != '_') return word.substr(0, written.size()) == written;
  written.remove_suffix(1);
  if (mark == '=') return word == written;
  if (word == written) return true;
  // An ending after the word, or after it without its final "e" ("deplored", "deploring").
  for (std::string_view ending : kTabariVerbEndings) {
    if (word.size() == written.size() + ending.size() && word.substr(0, written.size()) == written &&
        word.substr(written.size()) == ending)
      return true;
    if (!written.empty() && written.back() == 'e' &&
        word.size() + 1 == written.size() + ending.size() &&
        word.substr(0, written.size() - 1) == written.substr(0, written.size() - 1) &&
        word.substr(written.size() - 1) == ending)
      return true;
  }
  return false;
}

namespace {

// FNV-1a, with the high bits folded in: pattern words are short, so a byte loop is cheaper
// than std::hash's.
uint64_t WordHash(std::string_view w) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}

}  // namespace

const DatedRole* Person::RoleAt(Date date) const {
  const DatedRole* best = nullptr;
  for (const DatedRole& r : roles) {
    if (r.from && date < *r.from) continue;
    if (r.to && date > *r.to) continue;
    // Prefer the role that started last (the current office), GOV over others.
    if (!best || (r.from && (!best->from || *r.from > *best->from))) best = &r;
  }
  return best;
}

std::string Person::CodeAt(Date date, const DatedRole** role) const {
  if (const DatedRole* r = RoleAt(date)) {
    if (role) *role = r;
    return r->code;
  }
  const DatedRole* last = nullptr;
  for (const DatedRole& r : roles)
    if (r.to && *r.to < date && (!last || *r.to > *last->to)) last = &r;
  if (role) *role = last;
  if (!last || last->code.size() < 3) return "";
  // International codes (IGO...) have no country to fall back on.
  if (last->code.compare(0, 3, "IGO") == 0 || last->code.compare(0, 3, "NGO") == 0) return "";
  return last->code.substr(0, 3) + "ELI";
}

int Pattern::Weight() const {
  int w = 0;
  for (const PatternElement& e : elements)
    if (e.kind == PatternElement::kWord)
      w += e.optional ? 0 : 2;
    else if (e.kind == PatternElement::kTarget || e.kind == PatternElement::kSource)
      w += 1;
  for (const PatternElement& e : before)
    if (e.kind == PatternElement::kWord) w += 2;
  return w;
}

uint32_t Dictionary::AddFile(std::string name) {
  files.push_back(std::move(name));
  return static_cast<uint32_t>(files.size() - 1);
}

std::string Dictionary::Where(const SourceRef& ref) const {
  std::string_view f = ref.file < files.size() ? std::string_view(files[ref.file]) : "?";
  char line[12];
  char* end = std::to_chars(line, line + sizeof line, ref.line).ptr;
  std::string out;
  out.reserve(f.size() + 1 + static_cast<size_t>(end - line));
  out.append(f).append(1, ':').append(line, end);
  return out;
}

const WordEntry* Dictionary::FindWord(WordClass c, std::string_view word) const {
  const StringMap<uint32_t>& index = word_index_[static_cast<size_t>(c)];
  auto it = index.find(word);
  return it == index.end() ? nullptr : &words[it->second];
}

void Dictionary::IndexWords() {
  for (StringMap<uint32_t>& index : word_index_) index.clear();
  for (uint32_t i = 0; i < words.size(); ++i)
    word_index_[static_cast<size_t>(words[i].word_class)].emplace(words[i].word, i);
  verb_word_exact_.clear();
  verb_word_stem_.clear();
  longest_verb_stem_ = 0;
  for (uint32_t i = 0; i < verb_words.size(); ++i) {
    const VerbWord& v = verb_words[i];
    (v.stem ? verb_word_stem_ : verb_word_exact_).try_emplace(v.form, i);
    if (v.stem) longest_verb_stem_ = std::max(longest_verb_stem_, v.form.size());
  }
}

void Dictionary::Finish() {
  IndexWords();
  // Word ids are given in the order words are first seen, straight into the open-addressing
  // table WordId probes; it doubles when half full, so it ends as small as a table built
  // from the final count.
  pattern_words_.clear();
  word_slots_.assign(64, kNoWord);
  auto intern = [&](const std::string& w) {
    size_t mask = word_slots_.size() - 1;
    size_t slot = WordHash(w) & mask;
    for (; word_slots_[slot] != kNoWord; slot = (slot + 1) & mask)
      if (pattern_words_[word_slots_[slot]] == w) return word_slots_[slot];
    const uint32_t id = static_cast<uint32_t>(pattern_words_.size());
    pattern_words_.push_back(w);
    if (2 * pattern_words_.size() <= word_slots_.size()) {
      word_slots_[slot] = id;
      return id;
    }
    word_slots_.assign(2 * word_slots_.size(), kNoWord);
    mask = word_slots_.size() - 1;
    for (uint32_t k = 0; k < pattern_words_.size(); ++k) {
      size_t s = WordHash(pattern_words_[k]) & mask;
      while (word_slots_[s] != kNoWord) s = (s + 1) & mask;
      word_slots_[s] = k;
    }
    return id;
  };
  weights_.clear();
  weights_.reserve(patterns.size());
  for (Pattern& p : patterns) {
    for (PatternElement& e : p.elements) {
      e.target_preposition = e.kind == PatternElement::kWord && !e.words.empty();
      for (std::string_view w : e.words)
        if (w != "with" && w != "to" && w != "against" && w != "on" && w != "between" &&
            w != "from" && w != "into" && w != "toward" && w != "towards" && w != "by")
          e.target_preposition = false;
    }
    for (std::vector<PatternElement>* elements : {&p.elements, &p.before})
      for (PatternElement& e : *elements) {
        e.word_ids.clear();
        e.word_ids.reserve(e.words.size());
        for (const std::string& w : e.words) e.word_ids.push_back(intern(w));
      }
    weights_.push_back(p.Weight());
  }
  // Phrase words written in lowercase share the ids: a token's forms are then looked up once
  // per sentence for both the phrase matcher and the patterns.
  for (const Phrase& ph : phrases)
    for (const std::string& w : ph.words)
      if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) intern(w);
  // By head word id, the patterns in file order.
  verb_by_word_.assign(pattern_words_.size(), {});
  noun_by_word_.assign(pattern_words_.size(), {});
  for (uint32_t i = 0; i < patterns.size(); ++i) {
    const Pattern& p = patterns[i];
    if (p.elements.empty() || p.elements[0].kind != PatternElement::kWord) continue;
    auto& index = p.noun ? noun_by_word_ : verb_by_word_;
    for (uint32_t id : p.elements[0].word_ids) index[id].push_back(i);
  }
  need_begin_.assign(1, 0);
  needs_.clear();
  need_ids_.clear();
  need_summary_.clear();
  need_begin_.reserve(patterns.size() + 1);
  need_summary_.reserve(patterns.size());
  for (const Pattern& p : patterns) {
    uint64_t summary = 0;
    for (size_t k = 1; k < p.elements.size(); ++k) {
      const PatternElement& e = p.elements[k];
      // A stem may match words no id lists: not a need.
      if (e.kind != PatternElement::kWord || e.optional || !e.prefixes.empty()) continue;
      uint32_t begin = static_cast<uint32_t>(need_ids_.size());
      need_ids_.insert(need_ids_.end(), e.word_ids.begin(), e.word_ids.end());
      needs_.emplace_back(begin, static_cast<uint32_t>(need_ids_.size()));
      if (e.word_ids.size() == 1) summary |= SummaryBit(e.word_ids[0]);
    }
    need_begin_.push_back(static_cast<uint32_t>(needs_.size()));
    need_summary_.push_back(summary);
  }
}

uint32_t Dictionary::WordId(std::string_view w) const {
  if (word_slots_.empty()) return kNoWord;
  const size_t mask = word_slots_.size() - 1;
  for (size_t slot = WordHash(w) & mask;; slot = (slot + 1) & mask) {
    const uint32_t id = word_slots_[slot];
    if (id == kNoWord || pattern_words_[id] == w) return id;
  }
}

const VerbWord* Dictionary::VerbWordFor(std::string_view lower) const {
  if (auto it = verb_word_exact_.find(lower); it != verb_word_exact_.end())
    return &verb_words[it->second];
  for (size_t n = std::min(lower.size(), longest_verb_stem_); n > 0; --n)
    if (auto it = verb_word_stem_.find(lower.substr(0, n)); it != verb_word_stem_.end())
      return &verb_words[it->second];
  return nullptr;
}

void Dictionary::PatternWordsIn(const std::vector<Token>& toks, std::vector<uint32_t>* ids,
                                std::vector<TokenWords>* token_words) const {
  const size_t words = (pattern_words_.size() + 31) / 32;
  ids->assign(words + 2, 0);
  if (token_words) token_words->assign(toks.size(), TokenWords());
  uint64_t summary = 0;
  auto note = [&](const std::string& w) {
    const uint32_t id = WordId(w);
    if (id != kNoWord) {
      (*ids)[id >> 5] |= 1u << (id & 31);
      summary |= SummaryBit(id);
    }
    return id;
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    uint32_t lower = note(t.lower);
    uint32_t lemma = t.lemma != t.lower ? note(t.lemma) : lower;
    if (token_words) (*token_words)[i] = {lower, lemma};
  }
  (*ids)[words] = static_cast<uint32_t>(summary);
  (*ids)[words + 1] = static_cast<uint32_t>(summary >> 32);
}

const std::vector<uint32_t>* Dictionary::VerbPatternsFor(uint32_t word) const {
  return word < verb_by_word_.size() && !verb_by_word_[word].empty() ? &verb_by_word_[word]
                                                                     : nullptr;
}

const std::vector<uint32_t>* Dictionary::NounPatternsFor(uint32_t word) const {
  return word < noun_by_word_.size() && !noun_by_word_[word].empty() ? &noun_by_word_[word]
                                                                     : nullptr;
}

bool Dictionary::MayMatch(uint32_t pattern, const std::vector<uint32_t>& ids) const {
  if (pattern + 1 >= need_begin_.size()) return true;  // added after Finish()
  // Most patterns tried lack a word they need; the summary finds most of those at once.
  if (ids.size() >= 2) {
    const uint64_t summary = ids[ids.size() - 2] | uint64_t{ids.back()} << 32;
    if (need_summary_[pattern] & ~summary) return false;
  }
  for (uint32_t n = need_begin_[pattern]; n < need_begin_[pattern + 1]; ++n) {
    bool present = false;
    for (uint32_t a = needs_[n].first; a < needs_[n].second && !present; ++a) {
      const uint32_t id = need_ids_[a];
      present = (id >> 5) < ids.size() && (ids[id >> 5] >> (id & 31)) & 1u;
    }
    if (!present) return false;
  }
  return true;
}

const std::vector<uint32_t>* Dictionary::VerbPatternsFor(std::string_view lemma) const {
  return VerbPatternsFor(WordId(lemma));
}

const std::vector<uint32_t>* Dictionary::NounPatternsFor(std::string_view lemma) const {
  return NounPatternsFor(WordId(lemma));
}

}  // namespace tacitus
