// Scoring predicted events against the gold standard, exactly as ../shared/gold/FORMAT.md
// defines it: per article, multiset matching of (source, target, code) triples against the
// required (R) and optional (O) gold events, at two levels.
//
//   gold:      RUSGOV->PRKGOV 040 (required), RUSGOV->CHN 036 (optional)
//   predicted: RUSGOV->PRKGOV 040, PRKGOV->RUSGOV 040, RUSGOV->CHN 036, CHN->PRK 111
//   exact:     TP 1, FN 0, FP 1 (CHN->PRK 111): precision 0.5, recall 1. The reverse 040 is
//              excused (reciprocal rule) and the 036 matches an optional event: neither counts.
//
// For each distinct triple k: TP += min(P[k], R[k]); FN += max(0, R[k] - P[k]);
// FP += max(0, P[k] - R[k] - O[k]). Reciprocal codes (exact: 040 041 044 046 019 057 060-064;
// root: 04 and 06) are often coded both ways: a predicted (B, A, c) that would be a false
// positive is "excused" (neither FP nor TP) when the gold has (A, B, c), required or optional,
// each such gold event excusing at most one. A gold event excuses whether or not it was itself
// matched, and the rule is applied literally at each level, so 019 and 057 are reciprocal at
// exact level only (their roots 01 and 05 are not in the root list), while a reversed 042 for a
// gold 043 is excused at root level (both are root 04) but is a false positive at exact level.
// The reverse of a triple whose source equals its target is itself, so there a gold event
// excuses one surplus identical prediction.
// Level kRoot first cuts actor codes to their first three letters (RUSGOV -> RUS, IGOUNO -> IGO)
// and event codes to their first two digits (0312 -> 03), then computes the same way.
//
// Breakdowns attribute each TP, FP and FN triple to the root of its event code and to the
// countries (first three letters) of its source and of its target; a triple whose source and
// target share a country counts once under it. So per-country rows do not sum to the total.
// Excused and optional-matched predictions are listed but counted in no breakdown.
//
// Pure functions and value types; no I/O; thread-compatible.
#ifndef TACITUS_EVAL_SCORER_H_
#define TACITUS_EVAL_SCORER_H_

#include <compare>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "eval/gold_reader.h"

namespace tacitus {

struct Triple {
  std::string source;
  std::string target;
  std::string code;

  auto operator<=>(const Triple&) const = default;
};

// "RUSGOV->PRKGOV 040".
std::string ToString(const Triple& triple);

enum class Level { kExact, kRoot };

// "exact" or "root".
std::string_view LevelName(Level level);

struct Counts {
  long tp = 0;
  long fp = 0;
  long fn = 0;

  // TP / (TP + FP); 0 when there is no prediction.
  double precision() const;
  // TP / (TP + FN); 0 when there is no required gold event.
  double recall() const;
  // Harmonic mean of precision and recall; 0 when both are 0.
  double f1() const;

  Counts& operator+=(const Counts& other);
  bool operator==(const Counts&) const = default;
};

// The first three letters of an actor code (the whole code if shorter): "RUSGOV" -> "RUS",
// "IGOUNO" -> "IGO". Used for root-level matching and for the per-country breakdown.
std::string CountryOf(std::string_view actor);

// The first two digits of an event code (the whole code if shorter): "0312" -> "03".
std::string RootOf(std::string_view code);

// The triple as compared at `level`: unchanged for kExact, cut for kRoot.
Triple AtLevel(const Triple& triple, Level level);

// Whether FORMAT.md's reciprocal rule applies to `code` at `level`. kExact: the code is one
// of 040 041 044 046 019 057 060 061 062 063 064. kRoot: RootOf(code) is 04 or 06.
bool IsReciprocal(std::string_view code, Level level);

// The (source, target, code) triples of the gold events, optional ones included or not.
std::vector<Triple> GoldTriples(const std::vector<GoldEvent>& gold, bool include_optional);

// One article at one level. Triples in the lists are at that level, sorted, repeated as often
// as they count.
struct ArticleScore {
  Counts counts;
  std::vector<Triple> matched;               // true positives
  std::vector<Triple> missed;                // false negatives: required gold not predicted
  std::vector<Triple> false_positives;       // predictions matching no gold event
  std::vector<Triple> optional_matched;      // predictions absorbed by optional events
  std::vector<Triple> excused;               // reverse predictions excused by the reciprocal rule
  std::map<std::string, Counts> by_root;     // root code ("04") -> counts
  std::map<std::string, Counts> by_country;  // country ("RUS", "IGO") -> counts
};

// Scores one article. `predicted` are the article's predicted triples, with identical
// triples from one sentence already written once (the event writer's contract).
ArticleScore ScoreArticle(const std::vector<GoldEvent>& gold, const std::vector<Triple>& predicted,
                          Level level);

// Sums of ArticleScores at one level.
struct LevelTotals {
  Counts counts;
  long optional_matched = 0;
  long excused = 0;
  std::map<std::string, Counts> by_root;
  std::map<std::string, Counts> by_country;

  void Add(const ArticleScore& score);
};

// Accumulates articles at both levels and reports the result.
//
//   Evaluation eval;
//   for (const GoldArticle& a : gold) eval.Add(a.events, predictions[a.id]);
//   std::cout << eval.ToText();
//
// An article the coder produced nothing for must still be added, with no predictions, or its
// gold events are never counted as missed.
class Evaluation {
 public:
  struct ArticleResult {
    ArticleScore exact;
    ArticleScore root;
  };

  // Scores one article at both levels, adds it to the totals and returns its scores (for an
  // error report).
  ArticleResult Add(const std::vector<GoldEvent>& gold, const std::vector<Triple>& predicted);

  long articles() const { return articles_; }
  const LevelTotals& totals(Level level) const { return level == Level::kExact ? exact_ : root_; }

  // {"articles": N, "exact": {"tp","fp","fn","precision","recall","f1","optional_matched",
  //  "excused","by_root": {"04": {"tp","fp","fn","precision","recall","f1"}, ...},
  //  "by_country": {...}}, "root": {...}}; undefined ratios are 0, as in Counts.
  nlohmann::json ToJson() const;

  // A fixed-width table for people: precision, recall and F1 at both levels, then per root
  // code, then per country, each row with exact and root columns; "-" marks an undefined ratio.
  std::string ToText() const;

 private:
  long articles_ = 0;
  LevelTotals exact_;
  LevelTotals root_;
};

}  // namespace tacitus

#endif  // TACITUS_EVAL_SCORER_H_
