#include "dict/dictionary.h"

#include <algorithm>
#include <charconv>

#include "base/status.h"
#include "base/unaligned.h"
#include "base/word_key.h"

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

// A word's key in the word table, read with fixed-size loads (no byte loop): with the size,
// the word itself for up to 8 bytes (its WordKey<8>), else a hash of its 8-byte blocks.
// (Kept in the start-up cache, as are the slots WordSlotOf gives.)
inline uint64_t WordTableKey(std::string_view w) {
  const char* p = w.data();
  const size_t n = w.size();
  if (n <= 8) return WordKey<8>::Of(p, n).part[0];
  uint64_t h = n;
  for (size_t i = 0; i + 8 < n; i += 8) h = (h ^ Load64(p + i)) * 0x9e3779b97f4a7c15ull;
  h = (h ^ Load64(p + n - 8)) * 0x9e3779b97f4a7c15ull;  // the last block, overlapping
  return h ^ (h >> 32);
}

// The first slot to probe for a key in a table of 2^k slots (mask = 2^k - 1).
inline size_t WordSlotOf(uint64_t key, size_t size, size_t mask) {
  return static_cast<size_t>(((key ^ size) * 0x9e3779b97f4a7c15ull) >> 32) & mask;
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

void PatternElement::set_implied_role(std::string_view role) {
  TACITUS_CHECK(role.size() <= kMaxImpliedRole);
  std::copy(role.begin(), role.end(), implied_role_.begin());
  std::fill(implied_role_.begin() + role.size(), implied_role_.end(), '\0');
  implied_role_size_ = static_cast<uint8_t>(role.size());
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
  word_slots_.assign(64, WordSlot());
  auto intern = [&](std::string_view w) {
    const uint64_t key = WordTableKey(w);
    const uint32_t size = static_cast<uint32_t>(w.size());
    size_t mask = word_slots_.size() - 1;
    size_t slot = WordSlotOf(key, size, mask);
    for (; word_slots_[slot].id != kNoWord; slot = (slot + 1) & mask)
      if (word_slots_[slot].key == key && pattern_words_[word_slots_[slot].id] == w)
        return word_slots_[slot].id;
    const uint32_t id = static_cast<uint32_t>(pattern_words_.size());
    pattern_words_.emplace_back(w);
    word_slots_[slot] = {key, size, id};
    if (2 * pattern_words_.size() <= word_slots_.size()) return id;
    // Rehashed from the slots' keys and sizes.
    std::vector<WordSlot> old(2 * word_slots_.size());
    old.swap(word_slots_);
    mask = word_slots_.size() - 1;
    for (const WordSlot& o : old) {
      if (o.id == kNoWord) continue;
      size_t s = WordSlotOf(o.key, o.size, mask);
      while (word_slots_[s].id != kNoWord) s = (s + 1) & mask;
      word_slots_[s] = o;
    }
    return id;
  };
  weights_.clear();
  weights_.reserve(patterns.size());
  written_heads_ = false;
  std::vector<uint32_t> ids;
  for (Pattern& p : patterns) {
    written_heads_ |= p.HasWrittenHead();
    for (PatternElement& e : p.elements) {
      e.target_preposition = e.kind == PatternElement::kWord && !e.words.empty();
      for (std::string_view w : e.words)
        if (w != "with" && w != "to" && w != "against" && w != "on" && w != "between" &&
            w != "from" && w != "into" && w != "toward" && w != "towards" && w != "by")
          e.target_preposition = false;
    }
    for (std::vector<PatternElement>* elements : {&p.elements, &p.before})
      for (PatternElement& e : *elements) {
        ids.clear();
        for (std::string_view w : e.words) ids.push_back(intern(w));
        e.words.SetIds(ids);
      }
    weights_.push_back(p.Weight());
  }
  // Phrase words written in lowercase share the ids: a token's forms are then looked up once
  // per sentence for both the phrase matcher and the patterns.
  for (const Phrase& ph : phrases)
    for (std::string_view w : ph.words)
      if (std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) intern(w);
  // A pattern's needs: its word elements after the head that are not optional (a stem may
  // match words no id lists: not a need). They are tested in the order of how many patterns
  // need their words, fewest first: a word many patterns need ("to", "with", "against") is
  // one most sentences have, and a missing word is found sooner among the others. The order
  // changes no answer.
  auto for_each_need = [](const Pattern& p, auto&& f) {
    for (size_t k = 1; k < p.elements.size(); ++k) {
      const PatternElement& e = p.elements[k];
      if (e.kind == PatternElement::kWord && !e.optional && e.prefixes.empty()) f(k, e.word_ids());
    }
  };
  const size_t words = pattern_words_.size();
  std::vector<uint32_t> needed_by(words, 0);
  for (const Pattern& p : patterns)
    for_each_need(p, [&](size_t, std::span<const uint32_t> need) {
      for (uint32_t id : need) ++needed_by[id];
    });
  // Each pattern's need record and other needs (as a block holds them), made once.
  struct Needs {
    uint32_t one = kNoWord, two = kNoWord;
    uint32_t rest_begin = 0, rest_end = 0;  // in rest: m, then m times a count and the ids
  };
  std::vector<Needs> needs(patterns.size());
  std::vector<uint32_t> rest;
  std::vector<std::pair<uint64_t, size_t>> order;  // (patterns needing its words, element)
  for (size_t i = 0; i < patterns.size(); ++i) {
    const Pattern& p = patterns[i];
    order.clear();
    for_each_need(p, [&](size_t k, std::span<const uint32_t> need) {
      uint64_t common = 0;
      for (uint32_t id : need) common += needed_by[id];
      order.emplace_back(common, k);
    });
    std::sort(order.begin(), order.end());
    Needs& n = needs[i];
    n.rest_begin = static_cast<uint32_t>(rest.size());
    rest.push_back(0);
    for (const auto& [common, k] : order) {
      const std::span<const uint32_t> need = p.elements[k].word_ids();
      if (need.size() == 1 && n.two == kNoWord) {
        (n.one == kNoWord ? n.one : n.two) = need[0];
        continue;
      }
      ++rest[n.rest_begin];
      rest.push_back(static_cast<uint32_t>(need.size()));
      rest.insert(rest.end(), need.begin(), need.end());
    }
    if (rest[n.rest_begin] == 0) rest.pop_back();
    n.rest_end = static_cast<uint32_t>(rest.size());
  }
  dated_discards_ = std::any_of(people.begin(), people.end(), [](const Person& person) {
    return std::any_of(person.roles.begin(), person.roles.end(),
                       [](const DatedRole& r) { return r.discard; });
  });
  finished_people_ = people.size();
  // By head word id and kind, the patterns in file order, then their blocks.
  std::vector<std::vector<uint32_t>> by_slot(2 * words);
  for (uint32_t i = 0; i < patterns.size(); ++i) {
    const Pattern& p = patterns[i];
    if (p.elements.empty() || p.elements[0].kind != PatternElement::kWord) continue;
    for (uint32_t id : p.elements[0].word_ids()) by_slot[2 * size_t{id} + p.noun].push_back(i);
  }
  head_bits_.assign((2 * words + 31) / 32, 0);
  head_offsets_.assign(2 * words + 1, 0);
  heads_.clear();
  for (size_t s = 0; s < by_slot.size(); ++s) {
    head_offsets_[s] = static_cast<uint32_t>(heads_.size());
    const std::vector<uint32_t>& pats = by_slot[s];
    if (pats.empty()) continue;
    head_bits_[s >> 5] |= 1u << (s & 31);
    const size_t block = heads_.size();
    heads_.push_back(static_cast<uint32_t>(pats.size()));
    heads_.insert(heads_.end(), pats.begin(), pats.end());
    const size_t records = heads_.size();
    heads_.resize(records + 3 * pats.size());
    for (size_t j = 0; j < pats.size(); ++j) {
      const Needs& n = needs[pats[j]];
      uint32_t* record = &heads_[records + 3 * j];
      record[0] = n.one;
      record[1] = n.two;
      record[2] = 0;
      if (n.rest_begin == n.rest_end) continue;
      record[2] = static_cast<uint32_t>(heads_.size() - block);
      heads_.insert(heads_.end(), rest.begin() + n.rest_begin, rest.begin() + n.rest_end);
    }
  }
  head_offsets_[by_slot.size()] = static_cast<uint32_t>(heads_.size());
  // Last: the trie takes the phrase words' ids made above.
  phrase_trie_ = PhraseTrie::Build(*this);
}

inline uint32_t Dictionary::IdOf(std::string_view w, uint64_t key) const {
  const size_t mask = word_slots_.size() - 1;
  const WordSlot* slots = word_slots_.data();
  for (size_t slot = WordSlotOf(key, w.size(), mask);; slot = (slot + 1) & mask) {
    const WordSlot& s = slots[slot];
    if (s.id == kNoWord) return kNoWord;
    if (s.key == key && s.size == w.size() && (w.size() <= 8 || LongWordIs(s.id, w))) return s.id;
  }
}

uint32_t Dictionary::WordId(std::string_view w) const {
  return word_slots_.empty() ? kNoWord : IdOf(w, WordTableKey(w));
}

bool Dictionary::LongWordIs(uint32_t id, std::string_view w) const {
  return pattern_words_[id] == w;
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
  ids->assign(IdBitWords(), 0);
  if (token_words) token_words->assign(toks.size(), TokenWords());
  if (word_slots_.empty()) return;
  // Raw pointers: the bit stores could alias the vectors' own members, which the compiler
  // would then reload for every token.
  uint32_t* bits = ids->data();
  TokenWords* words = token_words ? token_words->data() : nullptr;
  auto note = [bits](uint32_t id) {
    if (id != kNoWord) bits[id >> 5] |= 1u << (id & 31);
  };
  const Token* const end = toks.data() + toks.size();
  for (const Token* tok = toks.data(); tok != end; ++tok) {
    const Token& t = *tok;
    // Most tokens come from the tagger with their numbers (parse/word_numbering.h).
    uint32_t lower = t.lower_id, lemma = t.lemma_id;
    if (lower == kWordIdUnknown) lower = IdOf(t.lower, WordTableKey(t.lower));
    if (lemma == kWordIdUnknown) {
      // The lemma is mostly the form itself.
      const bool same = t.lemma.size() == t.lower.size() &&
                        (t.lemma.data() == t.lower.data() || t.lemma == t.lower);
      lemma = same ? lower : IdOf(t.lemma, WordTableKey(t.lemma));
    }
    note(lower);
    if (lemma != lower) note(lemma);
    if (words) *words++ = {lower, lemma};
  }
}

void Dictionary::PatternsThatMayMatch(HeadPatterns pats, const std::vector<uint32_t>& ids,
                                      std::vector<uint32_t>* out) const {
  out->clear();
  if (ids.size() < IdBitWords()) {  // no PatternWordsIn's: no test
    out->assign(pats.begin(), pats.end());
    return;
  }
  const uint32_t* bits = ids.data();
  auto absent = [bits](uint32_t id) { return id != kNoWord && !WordIsIn(bits, id); };
  // The needs after the first two, each a count and its alternatives: one must be there.
  auto others_in = [bits](const uint32_t* rest) {
    const uint32_t* need = rest + 1;
    for (uint32_t m = rest[0]; m > 0; --m) {
      const uint32_t* a = need + 1;
      const uint32_t* end = a + need[0];
      while (a != end && !WordIsIn(bits, *a)) ++a;
      if (a == end) return false;
      need = end;
    }
    return true;
  };
  const uint32_t* block = pats.begin() - 1;
  const uint32_t* record = pats.end();
  for (uint32_t j = 0; j < pats.size(); ++j, record += 3) {
    if (absent(record[0]) || absent(record[1]) || (record[2] != 0 && !others_in(block + record[2])))
      continue;
    out->push_back(pats[j]);
  }
}

Dictionary::HeadPatterns Dictionary::VerbPatternsFor(std::string_view lemma) const {
  return VerbPatternsFor(WordId(lemma));
}

Dictionary::HeadPatterns Dictionary::NounPatternsFor(std::string_view lemma) const {
  return NounPatternsFor(WordId(lemma));
}

}  // namespace tacitus
