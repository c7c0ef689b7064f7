#include "parse/word_cache.h"

#include <bit>
#include <cstring>
#include <utility>

namespace tacitus {
namespace {

int LemmaIndex(PosBits pos) {
  switch (pos) {
    case kPosNoun:
      return 0;
    case kPosVerb:
      return 1;
    case kPosAdj:
      return 2;
    default:
      return -1;
  }
}

}  // namespace

WordCache::WordCache(const Lexicon& lexicon, size_t slots)
    : lexicon_(lexicon), slots_(std::bit_ceil(slots < 1 ? size_t{1} : slots)) {
  table_ = lexicon.table().data();
  ways_ = slots_.size() >= 2 ? 2 : 1;
  set_mask_ = slots_.size() / ways_ - 1;
}

WordCache::LemmaRef WordCache::RefOf(std::string_view lemma, std::string_view word) const {
  std::string_view table = lexicon_.table();
  auto inside = [](std::string_view part, std::string_view whole) {
    return !whole.empty() && std::less_equal<const char*>()(whole.data(), part.data()) &&
           std::less_equal<const char*>()(part.data() + part.size(), whole.data() + whole.size());
  };
  LemmaRef ref;
  if (lemma.empty()) {
    ref.length = 0;  // the empty word
  } else if (inside(lemma, table) && lemma.size() <= 255) {
    ref.in_word = false;
    ref.offset = static_cast<uint32_t>(lemma.data() - table.data());
  } else if (inside(lemma, word)) {
    ref.offset = static_cast<uint32_t>(lemma.data() - word.data());
  } else {
    ref.length = 0;  // the lexicon broke its contract: the caller does not keep the slot
    ref.offset = UINT32_MAX;
    return ref;
  }
  ref.length = static_cast<uint8_t>(lemma.size());
  return ref;
}

WordCache::Slot* WordCache::Find(std::string_view w) {
  if (w.size() > kMaxWordBytes) {
    ++misses_;
    return nullptr;
  }
  const Key key = Key::Of(w.data(), w.size());
  Slot* set = &slots_[(key.Hash(w.size()) & set_mask_) * ways_];
  if (set[0].Holds(key, w.size())) {
    ++hits_;
    return &set[0];
  }
  return FindInSet(set, w, key);
}

WordCache::Slot* WordCache::FindInSet(Slot* set, std::string_view w, const Key& key) {
  if (ways_ == 2 && set[1].Holds(key, w.size())) {
    ++hits_;
    std::swap(set[0], set[1]);  // most recently used first
    return &set[0];
  }
  ++misses_;
  if (ways_ == 2) set[1] = set[0];  // the older word goes; the newer moves to the second way
  Slot& s = set[0];
  s.used = false;
  s.closed = lexicon_.Closed(w);
  const Lexicon::Analysis analysis = lexicon_.Analyze(w);
  s.pos = analysis.pos;
  for (int k = 0; k < kLemmaSlots; ++k) {
    s.lemma[k] = RefOf(analysis.lemma[k], w);
    if (s.lemma[k].offset == UINT32_MAX) return nullptr;
  }
  s.key = key;
  s.length = static_cast<uint8_t>(w.size());
  s.used = true;
  Renumber(s, w);
  return &s;
}

void WordCache::Renumber(Slot& s, std::string_view lower_word) const {
  s.numbered_by = serial_;
  if (!numbering_) {
    s.lower_id = kWordIdUnknown;
    for (uint32_t& id : s.lemma_id) id = kWordIdUnknown;
    return;
  }
  s.lower_id = numbering_->Number(lower_word);
  for (int k = 0; k < kLemmaSlots; ++k) {
    const LemmaRef& ref = s.lemma[k];
    // Most lemmas are the word itself, whose number is known by now.
    const bool is_word = ref.in_word && ref.offset == 0 && ref.length == lower_word.size();
    s.lemma_id[k] = is_word ? s.lower_id : numbering_->Number(LemmaOf(s, k, lower_word));
  }
}

void WordCache::InfoInSet(Slot* set, std::string_view lower_word, WordInfo* info) {
  if (Slot* s = FindInSet(set, lower_word, Key::Of(lower_word))) {
    if (s->numbered_by != serial_) Renumber(*s, lower_word);
    FillInfo(*s, lower_word, info);
    return;
  }
  InfoSlow(lower_word, info);  // the lexicon broke its contract: its own answers, unkept
}

void WordCache::InfoSlow(std::string_view lower_word, WordInfo* info) {
  if (lower_word.size() > kMaxWordBytes) ++misses_;
  info->closed = lexicon_.Closed(lower_word);
  const Lexicon::Analysis analysis = lexicon_.Analyze(lower_word);
  info->pos = analysis.pos;
  for (int k = 0; k < kLemmaSlots; ++k) info->lemma[k] = analysis.lemma[k];
  info->lower_id = kWordIdUnknown;  // too long to keep: left to the numbering's owner
  for (uint32_t& id : info->lemma_id) id = kWordIdUnknown;
}

ClosedClass WordCache::Closed(std::string_view lower_word) {
  const Slot* s = Find(lower_word);
  return s ? s->closed : lexicon_.Closed(lower_word);
}

uint8_t WordCache::Pos(std::string_view lower_word) {
  const Slot* s = Find(lower_word);
  return s ? s->pos : lexicon_.Pos(lower_word);
}

std::string_view WordCache::Lemma(std::string_view lower_word, PosBits pos) {
  int k = LemmaIndex(pos);
  const Slot* s = k < 0 ? nullptr : Find(lower_word);
  if (!s) return lexicon_.Lemma(lower_word, pos);
  return LemmaOf(*s, k, lower_word);
}

}  // namespace tacitus
