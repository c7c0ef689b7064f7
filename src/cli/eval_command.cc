// tacitus eval --gold G [--predictions P]: scores the coder (or saved events) against a
// gold file, as ../shared/gold/FORMAT.md defines: precision, recall and F1 at the exact
// and root levels, per root code and per country; --errors lists every miss and false
// positive with its sentence and the rule that fired.
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "eval/gold_reader.h"
#include "eval/scorer.h"
#include "pipeline/pipeline.h"

namespace tacitus {
namespace {

struct EvalFlags {
  std::string gold, predictions, dict = "tacitus";
  bool json = false, errors = false;
};

// Saved events (tacitus code's JSONL) grouped by article; identical triples of one
// sentence once.
StatusOr<std::map<std::string, std::vector<Triple>>> ReadPredictions(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::map<std::string, std::vector<Triple>> out;
  std::set<std::tuple<std::string, long, std::string, std::string, std::string>> seen;
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("article") || !j.contains("code") ||
        !j.contains("source") || !j.contains("target"))
      return Status::InvalidArgument(path + ":" + std::to_string(n) +
                                     ": not an event record (needs article, source, target, code)");
    try {
      auto code_of = [](const nlohmann::json& a) {
        return a.is_object() ? a.at("code").get<std::string>() : a.get<std::string>();
      };
      std::string article = j.at("article").get<std::string>();
      long sentence = j.value("sentence", 0L);
      Triple t{code_of(j.at("source")), code_of(j.at("target")), j.at("code").get<std::string>()};
      if (seen.insert({article, sentence, t.source, t.target, t.code}).second) out[article].push_back(t);
    } catch (const nlohmann::json::exception& e) {
      return Status::InvalidArgument(path + ":" + std::to_string(n) + ": " + e.what());
    }
  }
  return out;
}

int RunEval(const EvalFlags& flags) {
  StatusOr<std::vector<GoldArticle>> gold = ReadGold(flags.gold);
  if (!gold.ok()) {
    std::cerr << gold.status().message() << "\n";
    return kExitBadInput;
  }
  std::map<std::string, std::vector<Triple>> saved;
  std::unique_ptr<Pipeline> pipeline;
  if (!flags.predictions.empty()) {
    auto p = ReadPredictions(flags.predictions);
    if (!p.ok()) {
      std::cerr << p.status().message() << "\n";
      return kExitBadInput;
    }
    saved = std::move(p).value();
  } else {
    PipelineOptions popts;
    popts.dict = flags.dict;
    auto p = Pipeline::Create(popts);
    if (!p.ok()) {
      std::cerr << p.status().message() << "\n";
      return kExitDictionary;
    }
    pipeline = std::move(p).value();
  }
  Evaluation evaluation;
  std::ostringstream errors;
  for (const GoldArticle& g : *gold) {
    std::vector<Triple> predicted;
    std::vector<Event> events;
    if (pipeline) {
      Article a;
      a.id = g.id;
      a.date = g.date;
      a.text = g.text;
      events = pipeline->CodeArticle(a).events;
      for (const Event& e : events) predicted.push_back({e.source.code, e.target.code, e.code});
    } else {
      predicted = saved[g.id];
    }
    Evaluation::ArticleResult r = evaluation.Add(g.events, predicted);
    if (!flags.errors) continue;
    const ArticleScore& s = r.exact;
    if (s.missed.empty() && s.false_positives.empty()) continue;
    errors << "== " << g.id << " (exact: tp " << s.counts.tp << ", fp " << s.counts.fp << ", fn "
           << s.counts.fn << ")\n";
    for (const Triple& t : s.missed) {
      errors << "  MISSED " << ToString(t);
      for (const GoldEvent& ge : g.events)
        if (ge.source == t.source && ge.target == t.target && ge.code == t.code && !ge.optional) {
          errors << "\n      gold evidence: " << ge.evidence;
          break;
        }
      errors << "\n";
    }
    for (const Triple& t : s.false_positives) {
      errors << "  FALSE POSITIVE " << ToString(t);
      for (const Event& e : events)
        if (e.source.code == t.source && e.target.code == t.target && e.code == t.code) {
          errors << "\n      sentence " << e.sentence << ": " << e.evidence << "\n      rule "
                 << e.rule_where << " [" << e.pattern << "], source '" << e.source.text << "' via "
                 << e.source.via << ", target '" << e.target.text << "' via " << e.target.via;
          break;
        }
      errors << "\n";
    }
  }
  if (flags.json) {
    std::cout << evaluation.ToJson().dump(2) << "\n";
  } else {
    std::cout << evaluation.ToText();
  }
  if (flags.errors) std::cout << "\n" << errors.str();
  return kExitOk;
}

}  // namespace

std::function<int()> RegisterEval(CLI::App& app) {
  auto flags = std::make_shared<EvalFlags>();
  app.add_option("--gold", flags->gold, "Gold file (JSONL, see ../shared/gold/FORMAT.md)")->required();
  app.add_option("--predictions", flags->predictions,
                 "Score saved events (tacitus code's JSONL) instead of coding the gold texts");
  app.add_option("--dict", flags->dict, kDictHelp);
  app.add_flag("--json", flags->json, "Print the scores as JSON");
  app.add_flag("--errors", flags->errors, "List every miss and false positive with its evidence and rule");
  return [flags] { return RunEval(*flags); };
}

}  // namespace tacitus
