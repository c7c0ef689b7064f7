// tacitus: news text in, CAMEO political events out. See README.md.
#include <csignal>
#include <iostream>
#include <vector>

#include "cli/article_input.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  tacitus::UnsyncStandardStreams();
  // A closed pipe ("tacitus code ... | head") is a write error we report, not a signal.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"Tacitus: codes news text into CAMEO political events"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "tacitus 0.1.0");
  std::vector<std::pair<CLI::App*, std::function<int()>>> commands;
  auto add = [&](const char* name, const char* help, auto reg) {
    CLI::App* sub = app.add_subcommand(name, help);
    commands.emplace_back(sub, reg(*sub));
  };
  add("code", "Code articles (plain text or JSONL) into events", tacitus::RegisterCode);
  add("explain", "Show, for a person, how a sentence is coded", tacitus::RegisterExplain);
  add("eval", "Score the coder against a gold file", tacitus::RegisterEval);
  add("dict", "Check, summarize and query dictionaries", tacitus::RegisterDict);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : tacitus::kExitUsage;
  }
  for (auto& [sub, run] : commands)
    if (sub->parsed()) return run();
  return tacitus::kExitUsage;
}
