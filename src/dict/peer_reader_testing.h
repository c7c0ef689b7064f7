// Test helpers shared by tabari_reader_test.cc and petrarch_reader_test.cc: a lexicon
// stand-in from small tables, a reader run that keeps its report, and patterns as lines.
//
//   PeerRead r = ReadWith<TabariReader>(lemmatizer, [](TabariReader& t) {
//     t.ReadVerbs("t.verbs", "MEET [040]\n");
//   });
//   PatternLines(*r.dict) == {"040 | meet ... +"}
#ifndef TACITUS_DICT_PEER_READER_TESTING_H_
#define TACITUS_DICT_PEER_READER_TESTING_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "dict/dictionary.h"
#include "dict/tabari_reader.h"

namespace tacitus {
namespace peer_testing {

using LemmaTable = std::map<std::string, std::string, std::less<>>;

// A stand-in for the lexicon: verb forms and other words looked up in tables, which must
// outlive it. With `words_include_verbs`, a word not in `words` is looked up in `verbs`.
inline PeerLemmatizer TableLemmatizer(const LemmaTable& verbs, const LemmaTable& words,
                                      bool words_include_verbs) {
  auto find = [](const LemmaTable& table, std::string_view w) -> std::string {
    auto it = table.find(w);
    return it == table.end() ? "" : it->second;
  };
  PeerLemmatizer l;
  l.verb = [&verbs, find](std::string_view w) { return find(verbs, w); };
  l.word = [&verbs, &words, words_include_verbs, find](std::string_view w) {
    std::string lemma = find(words, w);
    return lemma.empty() && words_include_verbs ? find(verbs, w) : lemma;
  };
  return l;
}

struct PeerRead {
  StatusOr<Dictionary> dict = Status::NotFound("not read");
  PeerReport report;
};

// Makes a Reader with `lemmatizer` and a report, lets `read` feed it files, and finishes.
template <typename Reader, typename F>
PeerRead ReadWith(PeerLemmatizer lemmatizer, F read) {
  PeerRead r;
  PeerOptions o;
  o.lemmatizer = std::move(lemmatizer);
  o.report = &r.report;
  Reader reader(o);
  read(reader);
  r.dict = reader.Finish();
  return r;
}

// "code | pattern" for every pattern, in order.
inline std::vector<std::string> PatternLines(const Dictionary& d) {
  std::vector<std::string> out;
  for (const Pattern& p : d.patterns)
    out.push_back(p.code + (p.paired_code.empty() ? "" : ":" + p.paired_code) + " | " + p.text);
  return out;
}

}  // namespace peer_testing
}  // namespace tacitus

#endif  // TACITUS_DICT_PEER_READER_TESTING_H_
