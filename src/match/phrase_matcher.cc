#include "match/phrase_matcher.h"

#include <cctype>

namespace tacitus {
namespace {

bool HasUpper(std::string_view w) {
  for (char c : w)
    if (std::isupper(static_cast<unsigned char>(c))) return true;
  return false;
}

bool IsAllCaps(std::string_view s) {
  for (char c : s)
    if (std::islower(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    } else {
      start = c == '-' || c == ' ';
    }
  }
  return out;
}

}  // namespace

uint32_t PhraseMatcher::Child(uint32_t node, const std::string& word) {
  bool exact = HasUpper(word);
  auto& map = exact ? nodes_[node].exact : nodes_[node].folded;
  auto it = map.find(word);
  if (it != map.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(nodes_.size());
  map.emplace(word, id);
  nodes_.emplace_back();
  return id;
}

PhraseMatcher::PhraseMatcher(const Dictionary& dict) {
  size_t words = 0;
  for (const Phrase& p : dict.phrases) words += p.words.size();
  nodes_.reserve(words + 1);  // growing would move every node's two hash maps
  nodes_.emplace_back();
  for (uint32_t i = 0; i < dict.phrases.size(); ++i) {
    const Phrase& p = dict.phrases[i];
    uint32_t node = 0;
    for (const std::string& w : p.words) node = Child(node, w);
    nodes_[node].phrases.push_back(i);
  }
}

std::vector<PhraseMatch> PhraseMatcher::Match(const std::vector<Token>& tokens) const {
  std::vector<PhraseMatch> out;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t i = 0;
  while (i < n) {
    if (tokens[i].no_actor) {
      ++i;
      continue;
    }
    // Walk every path from i (exact, lowercase and lemma edges), keeping the longest
    // accepting end.
    uint32_t best_end = 0, best_node = 0;
    std::vector<std::pair<uint32_t, uint32_t>> frontier = {{0, i}};  // (node, next token)
    while (!frontier.empty()) {
      auto [node, pos] = frontier.back();
      frontier.pop_back();
      if (pos > i && !nodes_[node].phrases.empty() && pos > best_end) {
        best_end = pos;
        best_node = node;
      }
      if (pos >= n) continue;
      const Token& t = tokens[pos];
      const Node& nd = nodes_[node];
      if (auto it = nd.exact.find(std::string(t.text)); it != nd.exact.end())
        frontier.emplace_back(it->second, pos + 1);
      // A capital that only opens a sentence or a title on a name that starts with a
      // lowercase particle: "Al-Shabab" is the entry "al-Shabab" (words written all in
      // lowercase are matched through `lower` below).
      if (t.capitalized && HasUpper(t.text.substr(1))) {
        std::string lowered(t.text);
        lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
        if (auto it = nd.exact.find(lowered); it != nd.exact.end())
          frontier.emplace_back(it->second, pos + 1);
      }
      // Datelines and headlines in capitals: "BAGHDAD" is "Baghdad".
      if (t.text.size() >= 4 && IsAllCaps(t.text)) {
        std::string title = TitleCase(t.text);
        if (auto it = nd.exact.find(title); it != nd.exact.end()) frontier.emplace_back(it->second, pos + 1);
      }
      if (auto it = nd.folded.find(t.lower); it != nd.folded.end())
        frontier.emplace_back(it->second, pos + 1);
      if (!t.lemma.empty() && t.lemma != t.lower && t.tag != Tag::kProperNoun)
        if (auto it = nd.folded.find(t.lemma); it != nd.folded.end())
          frontier.emplace_back(it->second, pos + 1);
    }
    if (best_end > i) {
      out.push_back({i, best_end, nodes_[best_node].phrases});
      i = best_end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace tacitus
