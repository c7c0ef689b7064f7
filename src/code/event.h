// Event: one coded CAMEO event with its evidence. Spans are byte offsets [begin, end)
// into the article text as given (not the normalized text).
#ifndef TACITUS_CODE_EVENT_H_
#define TACITUS_CODE_EVENT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tacitus {

struct EventActor {
  std::string code;     // RUSGOV, PRK, IGOUNO
  std::string text;     // the words of the mention, as in the article
  uint32_t begin = 0;   // span in the article text
  uint32_t end = 0;
  std::string via;      // how it was found: "name", "dictionary", "coreference: Sergei Lavrov", ...
  std::string entry;    // the dictionary entry behind the code (file:line)

  // Views into `code`: its first three letters for country codes, else ""; the role after a
  // country code, else "".
  std::string_view Country() const;
  std::string_view Role() const;
};

struct Event {
  int sentence = 0;     // 0-based index in the article
  std::string date;     // ISO event date
  EventActor source, target;
  std::string code;     // CAMEO event code
  std::string verb_text;
  uint32_t verb_begin = 0, verb_end = 0;
  uint32_t sentence_begin = 0, sentence_end = 0;  // evidence span
  std::string evidence;                           // the sentence text
  std::string pattern;                            // the rule as written
  std::string rule_where;                         // file:line of the rule
  bool negated = false;
  std::string quote;  // the quotation the event was coded from, if any
  // "according to Russia's Foreign Ministry": who reports the event (not an actor of it).
  EventActor attribution;
};

// A quotation and who said it, GDELT GKG-like: the quoted text with its span, the speaker
// (after coreference) and the verb that introduced it ("said", "was quoted as saying").
struct Quote {
  int sentence = 0;  // the sentence where the quotation closes
  std::string text;  // with its quotation marks
  uint32_t begin = 0, end = 0;
  EventActor speaker;  // code empty when the speaker is named but is not a known actor
  std::string verb_text;
  uint32_t verb_begin = 0, verb_end = 0;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_EVENT_H_
