// ScoreArticle counts each distinct triple's multiplicity among predictions (P), required
// gold (R) and optional gold (O) in one sorted map, then applies FORMAT.md's formulas per
// triple. The reciprocal rule looks up the reverse triple's R + O in the same map: that is the
// number of gold events able to excuse surplus predictions of this triple, and since a reverse
// is unique to its triple, no gold event excuses twice.
#include "eval/scorer.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <utility>

namespace tacitus {
namespace {

struct Multiplicity {
  long predicted = 0;
  long required = 0;
  long optional = 0;
};

void Append(std::vector<Triple>* list, const Triple& triple, long times) {
  for (long i = 0; i < times; ++i) list->push_back(triple);
}

bool Defined(long numerator_part, long other_part) { return numerator_part + other_part > 0; }

std::string Ratio(double value, bool defined) {
  if (!defined) return "-";
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.3f", value);
  return buf;
}

// One row of the text table: a label, then TP FP FN P R F1 at exact and at root level.
std::string Row(const std::string& label, const Counts& exact, const Counts& root) {
  std::string row;
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%-12s", label.c_str());
  row += buf;
  for (const Counts* c : {&exact, &root}) {
    const bool p = Defined(c->tp, c->fp), r = Defined(c->tp, c->fn);
    std::snprintf(buf, sizeof(buf), "  %5ld %5ld %5ld %6s %6s %6s", c->tp, c->fp, c->fn,
                  Ratio(c->precision(), p).c_str(), Ratio(c->recall(), r).c_str(),
                  Ratio(c->f1(), p && r).c_str());
    row += buf;
  }
  // No trailing spaces, so the table diffs cleanly.
  row.erase(row.find_last_not_of(' ') + 1);
  return row + "\n";
}

nlohmann::json CountsJson(const Counts& c) {
  return {{"tp", c.tp},           {"fp", c.fp},  {"fn", c.fn}, {"precision", c.precision()},
          {"recall", c.recall()}, {"f1", c.f1()}};
}

nlohmann::json LevelJson(const LevelTotals& t) {
  nlohmann::json j = CountsJson(t.counts);
  j["optional_matched"] = t.optional_matched;
  j["excused"] = t.excused;
  j["by_root"] = nlohmann::json::object();
  for (const auto& [root, c] : t.by_root) j["by_root"][root] = CountsJson(c);
  j["by_country"] = nlohmann::json::object();
  for (const auto& [country, c] : t.by_country) j["by_country"][country] = CountsJson(c);
  return j;
}

// Rows for every key of either level's breakdown, in key order.
std::string Section(const std::map<std::string, Counts>& exact,
                    const std::map<std::string, Counts>& root) {
  std::set<std::string> keys;
  for (const auto& [k, c] : exact) keys.insert(k);
  for (const auto& [k, c] : root) keys.insert(k);
  std::string out;
  for (const std::string& k : keys) {
    const auto e = exact.find(k);
    const auto r = root.find(k);
    out += Row(k.empty() ? "(none)" : k, e == exact.end() ? Counts{} : e->second,
               r == root.end() ? Counts{} : r->second);
  }
  return out;
}

}  // namespace

std::string ToString(const Triple& triple) {
  return triple.source + "->" + triple.target + " " + triple.code;
}

std::string_view LevelName(Level level) { return level == Level::kExact ? "exact" : "root"; }

double Counts::precision() const {
  return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
}

double Counts::recall() const {
  return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
}

double Counts::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

Counts& Counts::operator+=(const Counts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

std::string CountryOf(std::string_view actor) { return std::string(actor.substr(0, 3)); }

std::string RootOf(std::string_view code) { return std::string(code.substr(0, 2)); }

Triple AtLevel(const Triple& triple, Level level) {
  if (level == Level::kExact) return triple;
  return Triple{CountryOf(triple.source), CountryOf(triple.target), RootOf(triple.code)};
}

bool IsReciprocal(std::string_view code, Level level) {
  if (level == Level::kRoot) {
    const std::string root = RootOf(code);
    return root == "04" || root == "06";
  }
  static constexpr std::array<std::string_view, 11> kCodes = {
      "040", "041", "044", "046", "019", "057", "060", "061", "062", "063", "064"};
  return std::find(kCodes.begin(), kCodes.end(), code) != kCodes.end();
}

std::vector<Triple> GoldTriples(const std::vector<GoldEvent>& gold, bool include_optional) {
  std::vector<Triple> triples;
  for (const GoldEvent& e : gold) {
    if (include_optional || !e.optional) triples.push_back(Triple{e.source, e.target, e.code});
  }
  return triples;
}

ArticleScore ScoreArticle(const std::vector<GoldEvent>& gold, const std::vector<Triple>& predicted,
                          Level level) {
  std::map<Triple, Multiplicity> m;
  for (const GoldEvent& e : gold) {
    Multiplicity& k = m[AtLevel(Triple{e.source, e.target, e.code}, level)];
    ++(e.optional ? k.optional : k.required);
  }
  for (const Triple& t : predicted) ++m[AtLevel(t, level)].predicted;

  ArticleScore score;
  for (const auto& [triple, k] : m) {
    const long tp = std::min(k.predicted, k.required);
    const long fn = std::max(0L, k.required - k.predicted);
    const long surplus = std::max(0L, k.predicted - k.required);
    const long optional = std::min(surplus, k.optional);
    long fp = surplus - optional;  // = max(0, P - R - O)
    long excused = 0;
    if (fp > 0 && IsReciprocal(triple.code, level)) {
      const auto reverse = m.find(Triple{triple.target, triple.source, triple.code});
      if (reverse != m.end()) {
        excused = std::min(fp, reverse->second.required + reverse->second.optional);
        fp -= excused;
      }
    }
    Append(&score.matched, triple, tp);
    Append(&score.missed, triple, fn);
    Append(&score.false_positives, triple, fp);
    Append(&score.optional_matched, triple, optional);
    Append(&score.excused, triple, excused);

    const Counts counts{tp, fp, fn};
    score.counts += counts;
    if (tp + fp + fn == 0) continue;
    score.by_root[RootOf(triple.code)] += counts;
    const std::string source_country = CountryOf(triple.source);
    const std::string target_country = CountryOf(triple.target);
    score.by_country[source_country] += counts;
    if (target_country != source_country) score.by_country[target_country] += counts;
  }
  return score;
}

void LevelTotals::Add(const ArticleScore& score) {
  counts += score.counts;
  optional_matched += static_cast<long>(score.optional_matched.size());
  excused += static_cast<long>(score.excused.size());
  for (const auto& [root, c] : score.by_root) by_root[root] += c;
  for (const auto& [country, c] : score.by_country) by_country[country] += c;
}

Evaluation::ArticleResult Evaluation::Add(const std::vector<GoldEvent>& gold,
                                          const std::vector<Triple>& predicted) {
  ArticleResult result{ScoreArticle(gold, predicted, Level::kExact),
                       ScoreArticle(gold, predicted, Level::kRoot)};
  ++articles_;
  exact_.Add(result.exact);
  root_.Add(result.root);
  return result;
}

nlohmann::json Evaluation::ToJson() const {
  return {{"articles", articles_}, {"exact", LevelJson(exact_)}, {"root", LevelJson(root_)}};
}

std::string Evaluation::ToText() const {
  std::string out = "Evaluation of " + std::to_string(articles_) + " article" +
                    (articles_ == 1 ? "" : "s") + "\n\n";
  const std::string header =
      "              --------------- exact ----------------"
      "  ---------------- root ----------------\n"
      "                 TP    FP    FN      P      R     F1"
      "     TP    FP    FN      P      R     F1\n";
  out += header;
  out += Row("all", exact_.counts, root_.counts);
  out += "\nNot counted (neither TP nor FP):\n";
  out += "  predictions matching optional events           exact " +
         std::to_string(exact_.optional_matched) + ", root " +
         std::to_string(root_.optional_matched) + "\n";
  out += "  reverse predictions excused (reciprocal rule)  exact " +
         std::to_string(exact_.excused) + ", root " + std::to_string(root_.excused) + "\n";
  out += "\nBy root code\n" + header + Section(exact_.by_root, root_.by_root);
  out += "\nBy country (a triple counts under its source's and its target's country)\n" + header +
         Section(exact_.by_country, root_.by_country);
  return out;
}

}  // namespace tacitus
