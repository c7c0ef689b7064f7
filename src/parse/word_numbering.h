// WordNumbering: numbers that a stage above the tagger gives words (the coder: its
// dictionary's word ids, Dictionary::WordId), which the tagger's word cache asks once per
// distinct word and keeps with the lexicon's answers, so that each token comes out of the
// tagger with the numbers of its lowercase form and its lemma (Token::lower_id, lemma_id)
// and the coder looks no word up again.
//
//   class DictionaryNumbering : public WordNumbering { ... Number("talk") -> 4711 ... };
//   TagSentence(lexicon, &tokens, &numbering);  // tokens[i].lemma_id == Number(lemma)
//
// The parse module knows nothing of dictionaries; this interface is how the coder lends
// the tagger its numbers. Contract: Number() is a pure function of the word for the life
// of the object (kNoWordId for a word that has no number) and is safe to call from several
// threads at once. Each object has a serial of its own, so a word cache that meets a new
// numbering (another dictionary) asks again instead of keeping another one's numbers.
#ifndef TACITUS_PARSE_WORD_NUMBERING_H_
#define TACITUS_PARSE_WORD_NUMBERING_H_

#include <cstdint>
#include <string_view>

namespace tacitus {

class WordNumbering {
 public:
  WordNumbering();  // takes a serial no other numbering of this process has
  WordNumbering(const WordNumbering&) = default;  // the same numbers: the same serial
  WordNumbering& operator=(const WordNumbering&) = default;
  virtual ~WordNumbering() = default;

  // The number of `lower_word` (lowercase, as Token::lower and Token::lemma are), or
  // kNoWordId (text/token.h).
  virtual uint32_t Number(std::string_view lower_word) const = 0;

  // Never 0, which a word cache uses for "no numbering".
  uint32_t serial() const { return serial_; }

 private:
  uint32_t serial_;
};

}  // namespace tacitus

#endif  // TACITUS_PARSE_WORD_NUMBERING_H_
