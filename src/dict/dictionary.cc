#include "dict/dictionary.h"

namespace tacitus {

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
    if (e.kind == PatternElement::kWord) w += e.optional ? 0 : 2;
    else if (e.kind == PatternElement::kTarget || e.kind == PatternElement::kSource) w += 1;
  for (const PatternElement& e : before)
    if (e.kind == PatternElement::kWord) w += 2;
  return w;
}

uint32_t Dictionary::AddFile(std::string name) {
  files.push_back(std::move(name));
  return static_cast<uint32_t>(files.size() - 1);
}

std::string Dictionary::Where(const SourceRef& ref) const {
  std::string f = ref.file < files.size() ? files[ref.file] : "?";
  return f + ":" + std::to_string(ref.line);
}

void Dictionary::Finish() {
  verb_index_.clear();
  noun_index_.clear();
  for (Pattern& p : patterns) {
    for (PatternElement& e : p.elements) {
      e.target_preposition = e.kind == PatternElement::kWord && !e.words.empty();
      for (const std::string& w : e.words)
        if (w != "with" && w != "to" && w != "against" && w != "on" && w != "between" && w != "from" &&
            w != "into" && w != "toward" && w != "towards" && w != "by")
          e.target_preposition = false;
    }
  }
  for (uint32_t i = 0; i < patterns.size(); ++i) {
    const Pattern& p = patterns[i];
    if (p.elements.empty() || p.elements[0].kind != PatternElement::kWord) continue;
    auto& index = p.noun ? noun_index_ : verb_index_;
    for (const std::string& w : p.elements[0].words) index[w].push_back(i);
  }
}

const std::vector<uint32_t>* Dictionary::VerbPatternsFor(std::string_view lemma) const {
  auto it = verb_index_.find(std::string(lemma));
  return it == verb_index_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* Dictionary::NounPatternsFor(std::string_view lemma) const {
  auto it = noun_index_.find(std::string(lemma));
  return it == noun_index_.end() ? nullptr : &it->second;
}

}  // namespace tacitus
