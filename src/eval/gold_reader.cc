// Reads the gold JSONL line by line, checks it is UTF-8, parses it with nlohmann::json and
// checks every field FORMAT.md defines. The first problem
// ends the read: a gold file is either right or fixed by hand.
#include "eval/gold_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>
#include <vector>

#include "base/json_message.h"
#include "text/normalizer.h"

namespace tacitus {
namespace {

using nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kMaxMessage = 200;  // bytes of a JSON library message kept

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool IsValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int year = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
  const int month = (d[5] - '0') * 10 + (d[6] - '0');
  const int day = (d[8] - '0') * 10 + (d[9] - '0');
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
}

bool IsActorCode(std::string_view s) {
  return s.size() >= 3 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

bool IsEventCode(std::string_view s) {
  return (s.size() == 3 || s.size() == 4) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Field readers: return an empty string when fine, else what is wrong. `context` prefixes
// the message ("events[2]: ").
std::string GetString(const json& object, const char* key, bool required,
                      const std::string& context, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    return required ? context + "missing required field \"" + key + "\"" : "";
  }
  if (!it->is_string()) {
    return context + "field \"" + key + "\" must be a string, got " + it->type_name() + " " +
           QuoteJson(*it);
  }
  *out = it->get<std::string>();
  return "";
}

std::string ParseEvent(const json& value, const std::string& context, GoldEvent* event) {
  if (!value.is_object()) {
    return context + "expected a JSON object, got " + value.type_name();
  }
  std::string problem;
  if (!(problem = GetString(value, "source", true, context, &event->source)).empty() ||
      !(problem = GetString(value, "target", true, context, &event->target)).empty() ||
      !(problem = GetString(value, "code", true, context, &event->code)).empty() ||
      !(problem = GetString(value, "when", false, context, &event->when)).empty() ||
      !(problem = GetString(value, "evidence", false, context, &event->evidence)).empty()) {
    return problem;
  }
  for (const auto& [key, code] :
       {std::pair<const char*, const std::string*>{"source", &event->source},
        {"target", &event->target}}) {
    if (!IsActorCode(*code)) {
      return context + "field \"" + key +
             "\" must be a CAMEO actor code (at least 3 of A-Z, 0-9), got " + QuoteJson(*code);
    }
  }
  if (!IsEventCode(event->code)) {
    return context + "field \"code\" must be a CAMEO event code of 3 or 4 digits, got " +
           QuoteJson(event->code);
  }
  if (!event->when.empty() && !IsValidDate(event->when)) {
    return context + "field \"when\" must be a date YYYY-MM-DD, got " + QuoteJson(event->when);
  }
  const auto opt = value.find("optional");
  if (opt != value.end() && !opt->is_null()) {
    if (!opt->is_boolean()) {
      return context + "field \"optional\" must be a boolean, got " + opt->type_name() + " " +
             QuoteJson(*opt);
    }
    event->optional = opt->get<bool>();
  }
  return "";
}

std::string ParseArticle(const json& value, GoldArticle* article) {
  if (!value.is_object()) return std::string("expected a JSON object, got ") + value.type_name();
  std::string problem;
  if (!(problem = GetString(value, "id", true, "", &article->id)).empty() ||
      !(problem = GetString(value, "text", true, "", &article->text)).empty() ||
      !(problem = GetString(value, "date", false, "", &article->date)).empty() ||
      !(problem = GetString(value, "title", false, "", &article->title)).empty() ||
      !(problem = GetString(value, "source", false, "", &article->source)).empty() ||
      !(problem = GetString(value, "url", false, "", &article->url)).empty()) {
    return problem;
  }
  if (article->id.empty()) return "field \"id\" is empty";
  if (!article->date.empty() && !IsValidDate(article->date)) {
    return "field \"date\" must be a date YYYY-MM-DD, got " + QuoteJson(article->date);
  }
  const auto events = value.find("events");
  if (events == value.end()) return "missing required field \"events\"";
  if (!events->is_array()) {
    return std::string("field \"events\" must be an array, got ") + events->type_name();
  }
  for (size_t i = 0; i < events->size(); ++i) {
    GoldEvent event;
    problem = ParseEvent((*events)[i], "events[" + std::to_string(i) + "]: ", &event);
    if (!problem.empty()) return problem;
    article->events.push_back(std::move(event));
  }
  return "";
}

}  // namespace

StatusOr<std::vector<GoldArticle>> ParseGold(std::istream& in, const std::string& name) {
  std::vector<GoldArticle> articles;
  std::map<std::string, size_t> first_line;  // article id -> line
  std::string line;
  size_t number = 0;
  auto error = [&](const std::string& message) {
    return Status::InvalidArgument(name + ":" + std::to_string(number) + ": " + message);
  };
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && std::string_view(line).substr(0, kBom.size()) == kBom) {
      line.erase(0, kBom.size());
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (std::all_of(line.begin(), line.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\r'; })) {
      continue;
    }
    // nlohmann reads a NUL byte as the end of input, which would mislead.
    if (const size_t nul = line.find('\0'); nul != std::string::npos) {
      return error("binary input: NUL byte at byte offset " + std::to_string(nul));
    }
    if (size_t bad; !IsValidUtf8(line, &bad)) {
      return error("invalid UTF-8 at byte offset " + std::to_string(bad));
    }
    json value;
    try {
      value = json::parse(line);
    } catch (const json::exception& e) {
      return error(ShortenJsonError(e.what(), kMaxMessage));
    }
    GoldArticle article;
    const std::string problem = ParseArticle(value, &article);
    if (!problem.empty()) return error(problem);
    const auto [it, inserted] = first_line.emplace(article.id, number);
    if (!inserted) {
      return error("duplicate article id \"" + article.id + "\" (first on line " +
                   std::to_string(it->second) + ")");
    }
    articles.push_back(std::move(article));
  }
  if (in.bad()) return Status::IoError(name + ":" + std::to_string(number + 1) + ": read error");
  if (articles.empty()) return Status::InvalidArgument(name + ": no articles");
  return articles;
}

StatusOr<std::vector<GoldArticle>> ReadGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open: " + std::strerror(errno));
  return ParseGold(in, path);
}

}  // namespace tacitus
