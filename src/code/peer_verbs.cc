#include "code/peer_verbs.h"

namespace tacitus {

namespace {

bool IsContentTag(Tag tag) {
  switch (tag) {
    case Tag::kUnknown:
    case Tag::kNoun:
    case Tag::kVerb:
    case Tag::kAdjective:
    case Tag::kAdverb:
    case Tag::kModal:  // TABARI's SHOULD is a verb like any other
      return true;
    default:
      return false;
  }
}

// Whether a verb codes wherever it stands: one of its patterns is the verb alone (with
// slots and skips only) and has a code. A verb with only longer patterns, or a null code,
// may match nothing, and TABARI then goes on to the next verb.
bool AlwaysCodes(const Dictionary& dict, std::string_view lemma) {
  for (uint32_t id : dict.VerbPatternsFor(lemma)) {
    const Pattern& p = dict.patterns[id];
    if (!p.before.empty() || p.code == "---" || p.compound_subject) continue;
    bool bare = true;
    for (size_t k = 1; k < p.elements.size(); ++k)
      bare &= p.elements[k].kind != PatternElement::kWord;
    if (bare) return true;
  }
  return false;
}

bool IsArticle(const Token& t) {
  return t.tag == Tag::kDeterminer && (t.lower == "a" || t.lower == "an" || t.lower == "the");
}

}  // namespace

int TagPeerVerbs(const Dictionary& dict, std::vector<Token>* toks) {
  if (dict.verb_words.empty()) return 0;
  int retagged = 0;
  // TABARI codes the first verb of its dictionary whose patterns match: a word is made
  // a verb only when no verb that always codes stands before it ("welcomed a resumption
  // of ties": the verb is "welcomed", and "resumption" stays a noun; "raised its voice":
  // RAISE has only `* HOPE`, so VOICE is the verb).
  bool verb_before = false;
  for (size_t i = 0; i < toks->size(); ++i) {
    Token& t = (*toks)[i];
    // TABARI reads no verb right after an article: "in an accord", "a resumption".
    if (i > 0 && IsArticle((*toks)[i - 1])) {
      if (t.tag == Tag::kVerb) {
        t.tag = Tag::kNoun;
        ++retagged;
      }
      continue;
    }
    if (t.tag == Tag::kVerb && !dict.VerbPatternsFor(t.lemma).empty()) {
      verb_before |= AlwaysCodes(dict, t.lemma);
      continue;
    }
    if (verb_before || !IsContentTag(t.tag) || t.lower.empty()) continue;
    const VerbWord* v = dict.VerbWordFor(t.lower);
    if (!v || dict.VerbPatternsFor(v->lemma).empty()) continue;
    t.tag = Tag::kVerb;
    t.lemma = v->lemma;
    t.lemma_id = kWordIdUnknown;  // the tagger's number was the old lemma's
    verb_before |= AlwaysCodes(dict, t.lemma);
    ++retagged;
  }
  return retagged;
}

}  // namespace tacitus
