// tacitus dict check|stats|lookup|unmatched: the dictionary maintainer's tools.
#include <algorithm>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/article_input.h"
#include "cli/commands.h"
#include "code/unmatched.h"
#include "dict/cameo.h"
#include "pipeline/pipeline.h"

namespace tacitus {
namespace {

int Check(const std::string& spec) {
  StatusOr<Dictionary> d = LoadDictionary(spec);
  if (!d.ok()) {
    std::cerr << d.status().message() << "\n";
    return kExitDictionary;
  }
  std::cout << "ok: " << d->phrases.size() << " phrases, " << d->people.size() << " people, "
            << d->patterns.size() << " patterns in " << d->files.size() << " files\n";
  return kExitOk;
}

int Stats(const std::string& spec) {
  StatusOr<Dictionary> d = LoadDictionary(spec);
  if (!d.ok()) {
    std::cerr << d.status().message() << "\n";
    return kExitDictionary;
  }
  std::map<std::string, size_t> kinds;
  std::set<std::string> countries, actor_codes;
  for (const Phrase& p : d->phrases) {
    static const char* kNames[] = {"actor phrases", "modifier phrases", "demonym phrases",
                                   "agent phrases", "person names", "person aliases"};
    ++kinds[kNames[static_cast<int>(p.kind)]];
    if (p.kind == PhraseKind::kActor || p.kind == PhraseKind::kModifier) {
      actor_codes.insert(p.code);
      if (p.code.size() >= 3 && p.code.compare(0, 3, "IGO") != 0 && p.code.compare(0, 3, "NGO") != 0)
        countries.insert(p.code.substr(0, 3));
    }
  }
  size_t roles = 0;
  std::set<std::string> people_countries;
  for (const Person& p : d->people) {
    roles += p.roles.size();
    for (const DatedRole& r : p.roles) people_countries.insert(r.code.substr(0, 3));
  }
  std::set<std::string> codes, roots;
  size_t verbs = 0, nouns = 0;
  for (const Pattern& p : d->patterns) {
    codes.insert(p.code);
    roots.insert(p.code.substr(0, 2));
    (p.noun ? nouns : verbs)++;
  }
  std::cout << "files: " << d->files.size() << "\n";
  for (const auto& [k, v] : kinds) std::cout << k << ": " << v << "\n";
  std::cout << "actor codes: " << actor_codes.size() << " (" << countries.size() << " countries and territories)\n";
  std::cout << "people: " << d->people.size() << " with " << roles << " dated roles in "
            << people_countries.size() << " countries/organizations\n";
  std::cout << "patterns: " << d->patterns.size() << " (" << verbs << " verb, " << nouns << " noun)\n";
  std::cout << "event codes covered: " << codes.size() << " of " << CameoTable::BuiltIn().size()
            << " in " << roots.size() << " roots\n";
  std::cout << "discards: " << d->discards.size() << "\n";
  std::cout << "words in word classes: " << d->words.size() << "\n";
  return kExitOk;
}

int Lookup(const std::string& spec, const std::string& name, const std::string& date_text) {
  StatusOr<Dictionary> d = LoadDictionary(spec);
  if (!d.ok()) {
    std::cerr << d.status().message() << "\n";
    return kExitDictionary;
  }
  Article a;
  a.date = date_text;
  Date date = ArticleDate(a);
  std::string lname = name;
  std::transform(lname.begin(), lname.end(), lname.begin(), [](unsigned char c) { return std::tolower(c); });
  int found = 0;
  for (const Phrase& p : d->phrases) {
    std::string joined;
    for (std::string_view w : p.words) {
      if (!joined.empty()) joined += ' ';
      joined += w;
    }
    std::string lj = joined;
    std::transform(lj.begin(), lj.end(), lj.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lj != lname) continue;
    ++found;
    static const char* kNames[] = {"actor", "modifier", "demonym", "agent", "person", "alias"};
    std::cout << kNames[static_cast<int>(p.kind)] << " '" << joined << "'";
    if (p.person >= 0) {
      const Person& person = d->people[static_cast<size_t>(p.person)];
      const DatedRole* role = nullptr;
      std::string code = person.CodeAt(date, &role);
      std::cout << " = " << person.name << ": " << (code.empty() ? "(no role on that date)" : code);
      if (role) std::cout << " (" << role->title << ", " << d->Where(role->ref) << ")";
      std::cout << " on " << date.ToString();
    } else {
      std::cout << " = " << p.code;
    }
    std::cout << "  [" << d->Where(p.ref) << "]\n";
  }
  if (!found) {
    std::cout << "'" << name << "': not in the dictionary\n";
    return kExitBadInput;
  }
  return kExitOk;
}

void PrintItems(const char* title, const std::vector<UnmatchedItem>& items, size_t distinct,
                bool with_patterns) {
  std::cout << "# " << title << ": " << items.size() << " of " << distinct << "\n";
  std::cout << (with_patterns ? "count\tverb\tpatterns\texample\n" : "count\tword\texample\n");
  for (const UnmatchedItem& it : items) {
    std::cout << it.count << "\t" << it.word << "\t";
    if (with_patterns) std::cout << it.patterns << "\t";
    std::cout << it.example << "\n";
  }
}

nlohmann::json ItemsToJson(const std::vector<UnmatchedItem>& items, bool with_patterns) {
  nlohmann::json out = nlohmann::json::array();
  for (const UnmatchedItem& it : items) {
    nlohmann::json j = {{"word", it.word}, {"count", it.count}, {"example", it.example}};
    if (with_patterns) j["patterns"] = it.patterns;
    out.push_back(std::move(j));
  }
  return out;
}

// Codes every article and counts what no dictionary entry matched (code/unmatched.h).
int Unmatched(const std::string& spec, const InputFlags& input, size_t top, bool json) {
  if (!input.date.empty() && !IsValidDate(input.date)) {
    std::cerr << "tacitus dict unmatched: --date must be YYYY-MM-DD, got '" << input.date << "'\n";
    return kExitUsage;
  }
  PipelineOptions popts;
  popts.dict = spec;
  popts.coder.max_article_bytes = input.max_article_bytes;
  auto pipeline = Pipeline::Create(popts);
  if (!pipeline.ok()) {
    std::cerr << pipeline.status().message() << "\n";
    return kExitDictionary;
  }
  UnmatchedCounter counter((*pipeline)->dictionary(), Lexicon::BuiltIn());
  size_t errors = 0;
  auto read = [&](std::istream& in, const std::string& name) {
    errors += ReadArticles(
        in, name, ReaderOptionsFor(name, input),
        [&](Article&& a) {
          counter.Add(a.text, (*pipeline)->CodeArticle(a));
          return true;
        },
        [](const InputError& e) {
          std::cerr << e.ToString() << "\n";
          return true;
        });
  };
  errors += ForEachInputFile(input.files, false, [&](std::istream& in, const std::string& name) {
    read(in, name);
    return true;
  });
  UnmatchedReport r = counter.Report(top);
  if (json) {
    nlohmann::json j = {{"articles", r.articles},
                        {"sentences", r.sentences},
                        {"sentences_with_actors_no_event", r.sentences_with_actors_no_event},
                        {"distinct_names", r.distinct_names},
                        {"distinct_verbs", r.distinct_verbs},
                        {"distinct_failed_verbs", r.distinct_failed_verbs},
                        {"names", ItemsToJson(r.names, false)},
                        {"verbs", ItemsToJson(r.verbs, true)},
                        {"failed_verbs", ItemsToJson(r.failed_verbs, true)}};
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << "# " << r.articles << " articles, " << r.sentences << " sentences, "
              << r.sentences_with_actors_no_event << " of them name an actor but gave no event\n";
    PrintItems("names no dictionary phrase covers", r.names, r.distinct_names, false);
    PrintItems("main verbs of sentences with actors and no event, no pattern for the verb", r.verbs,
               r.distinct_verbs, true);
    PrintItems("main verbs of sentences with actors and no event, patterns exist but none matched",
               r.failed_verbs, r.distinct_failed_verbs, true);
  }
  return errors ? kExitBadInput : kExitOk;
}

}  // namespace

std::function<int()> RegisterDict(CLI::App& app) {
  struct Flags {
    std::string dict = "tacitus", name, date, dir;
    InputFlags input;
    size_t top = 30;
    bool json = false;
  };
  auto flags = std::make_shared<Flags>();
  app.require_subcommand(1);
  app.add_option("--dict", flags->dict, kDictHelp);
  CLI::App* check = app.add_subcommand("check", "Load the dictionaries; list every error as file:line");
  check->add_option("dir", flags->dir, "A directory of Tacitus dictionary files (default: built in)");
  CLI::App* stats = app.add_subcommand("stats", "Entries per kind and CAMEO codes covered");
  CLI::App* lookup = app.add_subcommand("lookup", "What a name codes as on a date");
  lookup->add_option("name", flags->name, "The name or phrase")->required();
  lookup->add_option("--date", flags->date, "Date (YYYY-MM-DD); default today");
  CLI::App* unmatched = app.add_subcommand(
      "unmatched", "The most frequent names and verbs in articles that no dictionary entry matched");
  AddInputOptions(*unmatched, &flags->input);
  unmatched->add_option("--dict", flags->dict, kDictHelp);
  unmatched->add_option("--top", flags->top, "Length of each list (0: all)");
  unmatched->add_flag("--json", flags->json, "Write one JSON object instead of tab-separated lists");
  return [flags, check, stats, lookup, unmatched]() -> int {
    if (check->parsed()) return Check(flags->dir.empty() ? flags->dict : "tacitus:" + flags->dir);
    if (stats->parsed()) return Stats(flags->dict);
    if (lookup->parsed()) return Lookup(flags->dict, flags->name, flags->date);
    if (unmatched->parsed()) return Unmatched(flags->dict, flags->input, flags->top, flags->json);
    return kExitUsage;
  };
}

}  // namespace tacitus
