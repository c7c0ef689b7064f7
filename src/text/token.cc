#include "text/token.h"

namespace tacitus {

std::string_view TagName(Tag tag) {
  switch (tag) {
    case Tag::kUnknown: return "X";
    case Tag::kNoun: return "NOUN";
    case Tag::kProperNoun: return "PROPN";
    case Tag::kVerb: return "VERB";
    case Tag::kAdjective: return "ADJ";
    case Tag::kAdverb: return "ADV";
    case Tag::kDeterminer: return "DET";
    case Tag::kPronoun: return "PRON";
    case Tag::kPossessivePronoun: return "PRON$";
    case Tag::kPossessive: return "POS";
    case Tag::kPreposition: return "ADP";
    case Tag::kCoordConj: return "CCONJ";
    case Tag::kSubordConj: return "SCONJ";
    case Tag::kAuxiliary: return "AUX";
    case Tag::kModal: return "MODAL";
    case Tag::kNegation: return "NEG";
    case Tag::kWh: return "WH";
    case Tag::kTo: return "TO";
    case Tag::kNumber: return "NUM";
    case Tag::kPunct: return "PUNCT";
    case Tag::kQuote: return "QUOTE";
  }
  return "X";
}

}  // namespace tacitus
