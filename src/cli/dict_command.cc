// tacitus dict check|stats|lookup: the dictionary maintainer's tools.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "cli/commands.h"
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
    for (const std::string& w : p.words) joined += (joined.empty() ? "" : " ") + w;
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

}  // namespace

std::function<int()> RegisterDict(CLI::App& app) {
  struct Flags {
    std::string dict = "tacitus", name, date, dir;
  };
  auto flags = std::make_shared<Flags>();
  app.require_subcommand(1);
  app.add_option("--dict", flags->dict, "Dictionaries: tacitus (built in) or tacitus:DIR");
  CLI::App* check = app.add_subcommand("check", "Load the dictionaries; list every error as file:line");
  check->add_option("dir", flags->dir, "A directory of Tacitus dictionary files (default: built in)");
  CLI::App* stats = app.add_subcommand("stats", "Entries per kind and CAMEO codes covered");
  CLI::App* lookup = app.add_subcommand("lookup", "What a name codes as on a date");
  lookup->add_option("name", flags->name, "The name or phrase")->required();
  lookup->add_option("--date", flags->date, "Date (YYYY-MM-DD); default today");
  return [flags, check, stats, lookup]() -> int {
    if (check->parsed()) return Check(flags->dir.empty() ? flags->dict : "tacitus:" + flags->dir);
    if (stats->parsed()) return Stats(flags->dict);
    if (lookup->parsed()) return Lookup(flags->dict, flags->name, flags->date);
    return kExitUsage;
  };
}

}  // namespace tacitus
