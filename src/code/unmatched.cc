// Per sentence: tokenize and tag as the coder does, find the dictionary phrases, then
// (1) collect runs of proper nouns outside every phrase, trimmed of calendar words and
// honorifics (runs that open a sentence with a word the lexicon knows are held apart
// until the same run is seen as a name elsewhere), and (2) if the sentence names an actor but
// produced no event, take its main verb. Counts go into ordered maps so that reports are
// deterministic.
#include "code/unmatched.h"

#include <algorithm>
#include <set>

#include "parse/tagger.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace tacitus {
namespace {

constexpr size_t kMaxExampleBytes = 300;

// Capitalized words that are not names of actors: calendar and clock words, honorifics
// and military ranks (with and without their period).
bool IsNotAName(std::string_view lower) {
  static const std::set<std::string, std::less<>> kWords = {
      "monday",   "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march",    "april",     "may",      "june",   "july",     "august", "september",
      "october",  "november", "december",  "jan.",     "feb",    "feb.",     "mar.",   "apr",
      "apr.",     "jun.",     "jul.",      "aug",      "aug.",   "sep.",     "sept",   "sept.",
      "oct",      "oct.",     "nov",       "nov.",     "dec",    "dec.",     "gmt",    "utc",
      "mr",       "mr.",      "mrs",       "mrs.",     "ms",     "ms.",      "dr",     "dr.",
      "sir",      "gen",      "gen.",      "lt",       "lt.",    "col",      "col.",   "maj",
      "maj.",     "capt",     "capt.",     "sgt",      "sgt."};
  return kWords.count(lower) > 0;
}

// Verbs that only report speech; they never name an action between actors.
bool IsBareSayingVerb(std::string_view lemma) {
  return lemma == "say" || lemma == "tell" || lemma == "add";
}

bool NamesActor(PhraseKind kind) {
  return kind == PhraseKind::kActor || kind == PhraseKind::kDemonym || kind == PhraseKind::kAgent ||
         kind == PhraseKind::kPerson || kind == PhraseKind::kAlias;
}

bool Discarded(const Dictionary& dict, const std::vector<Token>& toks) {
  auto same = [](const Token& t, const std::string& w) { return t.lower == w; };
  return std::any_of(dict.discards.begin(), dict.discards.end(), [&](const auto& d) {
    return !d.empty() &&
           std::search(toks.begin(), toks.end(), d.begin(), d.end(), same) != toks.end();
  });
}

std::string Example(std::string_view sentence) {
  if (sentence.size() <= kMaxExampleBytes) return std::string(sentence);
  size_t cut = kMaxExampleBytes;
  while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
  return std::string(sentence.substr(0, cut)) + "...";
}

}  // namespace

UnmatchedCounter::UnmatchedCounter(const Dictionary& dict, const Lexicon& lexicon,
                                   size_t max_sentence_bytes)
    : dict_(dict),
      lexicon_(lexicon),
      max_sentence_bytes_(max_sentence_bytes),
      matcher_(std::make_unique<PhraseMatcher>(dict)) {}

UnmatchedCounter::~UnmatchedCounter() = default;

void UnmatchedCounter::Add(std::string_view text, const ArticleResult& coded) {
  ++articles_;
  std::set<int> with_events;
  for (const Event& e : coded.events) with_events.insert(e.sentence);
  NormalizedText norm = Normalize(text);
  std::vector<SentenceSpan> spans = SplitSentences(norm.text, max_sentence_bytes_);
  for (size_t si = 0; si < spans.size(); ++si) {
    ++sentences_;
    std::string_view sentence =
        std::string_view(norm.text).substr(spans[si].begin, spans[si].end - spans[si].begin);
    std::vector<Token> toks = Tokenize(norm, spans[si].begin, spans[si].end);
    TagSentence(lexicon_, &toks);
    if (Discarded(dict_, toks)) continue;
    std::vector<bool> covered(toks.size(), false);
    bool has_actor = false;
    for (const PhraseMatch& m : matcher_->Match(toks)) {
      for (uint32_t k = m.begin; k < m.end; ++k) covered[k] = true;
      for (uint32_t p : m.phrases) has_actor = has_actor || NamesActor(dict_.phrases[p].kind);
    }
    // Names: maximal runs of uncovered proper nouns, trimmed of calendar words and titles.
    // A capitalized noun opening the sentence may start one ("Nairobi", but "Officials"
    // too): such runs count only if the corpus also has them where a capital means a name.
    size_t first_word = 0;
    while (first_word < toks.size() &&
           (toks[first_word].tag == Tag::kPunct || toks[first_word].tag == Tag::kQuote))
      ++first_word;
    auto in_name = [&](size_t k) {
      if (covered[k]) return false;
      return toks[k].tag == Tag::kProperNoun ||
             (k == first_word && toks[k].capitalized && toks[k].tag == Tag::kNoun);
    };
    for (size_t i = 0; i < toks.size();) {
      if (!in_name(i)) {
        ++i;
        continue;
      }
      size_t b = i, e = i;
      while (e < toks.size() && in_name(e)) ++e;
      i = e;
      while (b < e && IsNotAName(toks[b].lower)) ++b;
      while (e > b && IsNotAName(toks[e - 1].lower)) --e;
      if (b == e) continue;
      auto& tallies = toks[b].tag == Tag::kProperNoun ? names_ : initial_names_;
      Tally& t = tallies[std::string(norm.text, toks[b].begin, toks[e - 1].end - toks[b].begin)];
      if (t.count++ == 0) t.example = Example(sentence);
    }
    // The main verb of a sentence that names an actor but gave no event.
    if (!has_actor || with_events.count(static_cast<int>(si))) continue;
    ++silent_sentences_;
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].tag != Tag::kVerb || IsBareSayingVerb(toks[i].lemma)) continue;
      // "According to" is a preposition, whatever the tagger made of its first word.
      if (toks[i].lower == "according" && i + 1 < toks.size() && toks[i + 1].lower == "to")
        continue;
      if (i > 0 && toks[i - 1].tag == Tag::kTo) continue;
      // "did not meet" codes nothing on purpose.
      bool negated = false;
      for (size_t k = i; k > 0 && !negated; --k) {
        Tag tag = toks[k - 1].tag;
        if (tag != Tag::kAuxiliary && tag != Tag::kModal && tag != Tag::kAdverb &&
            tag != Tag::kNegation)
          break;
        negated = tag == Tag::kNegation;
      }
      if (negated) break;
      Tally& t = verbs_[std::string(toks[i].lemma)];
      if (t.count++ == 0) t.example = Example(sentence);
      break;
    }
  }
}

UnmatchedReport UnmatchedCounter::Report(size_t top) const {
  UnmatchedReport r;
  r.articles = articles_;
  r.sentences = sentences_;
  r.sentences_with_actors_no_event = silent_sentences_;
  auto ranked = [top](std::vector<UnmatchedItem>* items) {
    std::stable_sort(
        items->begin(), items->end(),
        [](const UnmatchedItem& a, const UnmatchedItem& b) { return a.count > b.count; });
    if (top && items->size() > top) items->resize(top);
  };
  for (const auto& [name, t] : names_) {
    auto initial = initial_names_.find(name);
    size_t n = t.count + (initial == initial_names_.end() ? 0 : initial->second.count);
    r.names.push_back({name, n, 0, t.example});
  }
  for (const auto& [lemma, t] : verbs_) {
    size_t n = dict_.VerbPatternsFor(lemma).size();
    (n ? r.failed_verbs : r.verbs).push_back({lemma, t.count, n, t.example});
  }
  r.distinct_names = r.names.size();
  r.distinct_verbs = r.verbs.size();
  r.distinct_failed_verbs = r.failed_verbs.size();
  ranked(&r.names);
  ranked(&r.verbs);
  ranked(&r.failed_verbs);
  return r;
}

}  // namespace tacitus
