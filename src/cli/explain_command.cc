// tacitus explain "sentence" [--date D]: the tokens, phrases, noun phrases, verbs,
// subjects, matched rules and events of a text, and why nothing was coded where nothing
// was.
#include <iostream>

#include "cli/commands.h"
#include "output/event_writer.h"
#include "pipeline/pipeline.h"

namespace tacitus {

std::function<int()> RegisterExplain(CLI::App& app) {
  struct Flags {
    std::string text, date, dict = "tacitus";
    bool json = false;
  };
  auto flags = std::make_shared<Flags>();
  app.add_option("text", flags->text, "The text to explain")->required();
  app.add_option("--date", flags->date, "Publication date (YYYY-MM-DD); default today");
  app.add_option("--dict", flags->dict, kDictHelp);
  app.add_flag("--json", flags->json, "Also print the events as JSONL");
  return [flags]() -> int {
    PipelineOptions popts;
    popts.dict = flags->dict;
    auto pipeline = Pipeline::Create(popts);
    if (!pipeline.ok()) {
      std::cerr << pipeline.status().message() << "\n";
      return kExitDictionary;
    }
    Article a;
    a.date = flags->date;
    if (!flags->date.empty() && !IsValidDate(flags->date)) {
      std::cerr << "tacitus explain: --date must be YYYY-MM-DD\n";
      return kExitUsage;
    }
    ArticleResult result;
    std::cout << (*pipeline)->ExplainText(flags->text, ArticleDate(a), &result);
    std::cout << result.events.size() << " event(s)\n";
    for (const Event& e : result.events) {
      std::cout << "  " << e.source.code << " " << e.target.code << " " << e.code << "  verb '"
                << e.verb_text << "'  rule " << e.rule_where << " [" << e.pattern << "]\n"
                << "    source '" << e.source.text << "' via " << e.source.via << "\n"
                << "    target '" << e.target.text << "' via " << e.target.via << "\n";
      if (flags->json) std::cout << EventToJsonLine(e, ArticleMeta{"explain", "", ""}) << "\n";
    }
    return kExitOk;
  };
}

}  // namespace tacitus
