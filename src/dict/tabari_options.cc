#include "dict/tabari_options.h"

#include <cctype>
#include <charconv>
#include <string>
#include <vector>

#include "dict/dict_text.h"

namespace tacitus {
namespace {

// "A = 1 B=2 [X] C" -> words "A", "=", "1", "B", "=", "2", "[X]", "C" (uppercase).
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&]() {
    if (!w.empty()) out.push_back(Upper(w));
    w.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[') {
      flush();
      size_t close = s.find(']', i);
      if (close == std::string_view::npos) close = s.size();
      out.push_back(Upper(s.substr(i, close + 1 - i)));
      i = close;
    } else if (c == '=') {
      flush();
      out.push_back("=");
    } else if (std::isspace(static_cast<unsigned char>(c)) || c == ':') {
      flush();
    } else {
      w += c;
    }
  }
  flush();
  return out;
}

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// The value after `key =` in `words`, or "" when the key is absent.
std::string ValueOf(const std::vector<std::string>& words, std::string_view key) {
  for (size_t i = 0; i + 2 < words.size(); ++i)
    if (words[i] == key && words[i + 1] == "=") return words[i + 2];
  return "";
}

bool Truth(std::string_view v) { return v == "TRUE" || v == "T"; }

Status Malformed(std::string_view line, std::string_view why) {
  return Status::InvalidArgument("malformed option '" + std::string(Trim(line)) +
                                 "': " + std::string(why));
}

}  // namespace

Status ApplyTabariOption(std::string_view line, TabariOptions* options) {
  std::string_view t = Trim(line);
  size_t colon = t.find(':');
  if (colon == std::string_view::npos)
    return Status::InvalidArgument("expected 'COMMAND: arguments'");
  std::string command = Upper(Trim(t.substr(0, colon)));
  std::string key = command.substr(0, 4);
  std::vector<std::string> words = Words(t.substr(colon + 1));
  TabariOptions o = *options;
  if (key == "DEFA") {
    if (!words.empty() && words[0] == "OFF") {
      o.default_source.clear();
      o.default_target.clear();
      o.default_source_prior = o.default_target_after = false;
    }
    std::string* last = nullptr;
    for (const std::string& w : words) {
      if (w == "SOURCE")
        last = &o.default_source;
      else if (w == "TARGET")
        last = &o.default_target;
      else if (w == "PRIOR")
        o.default_source_prior = true;
      else if (w == "AFTER")
        o.default_target_after = true;
      else if (w.size() > 2 && w.front() == '[' && w.back() == ']' && last)
        *last = w.substr(1, w.size() - 2);
    }
  } else if (key == "SET") {
    std::string joined;
    for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
    if (joined.rfind("CODE BY SENTENCE", 0) == 0) {
      o.code_by = TabariOptions::CodeBy::kSentence;
    } else if (joined.rfind("CODE BY CLAUSE", 0) == 0) {
      o.code_by = TabariOptions::CodeBy::kClause;
    } else if (joined.rfind("CODE ALL", 0) == 0) {
      o.code_by = TabariOptions::CodeBy::kAll;
    } else if (joined.rfind("CONVERT AGENT", 0) == 0) {
      size_t eq = joined.find("= ");
      o.convert_agents = eq != std::string::npos && Truth(joined.substr(eq + 2));
    } else if (joined.rfind("MINIMUM WORDS", 0) == 0) {
      size_t eq = joined.find("= ");
      if (eq == std::string::npos || !ParseInt(joined.substr(eq + 2), &o.minimum_words))
        return Malformed(line, "MINIMUM WORDS needs a number");
    }
    // Other switches (LABEL, YYYY, TIME SHIFTING, USAGE files...) do not change coding here.
  } else if (key == "COMM") {
    if (!words.empty() && words[0] == "OFF") {
      o.comma.on = false;
    } else {
      o.comma.on = true;
      TabariOptions::Comma& c = o.comma;
      for (auto [name, field] : {std::pair<const char*, int*>{"MIN", &c.min},
                                 {"MAX", &c.max},
                                 {"EMIN", &c.emin},
                                 {"EMAX", &c.emax},
                                 {"BMIN", &c.bmin},
                                 {"BMAX", &c.bmax}}) {
        std::string v = ValueOf(words, name);
        if (!v.empty() && !ParseInt(v, field))
          return Malformed(line, std::string(name) + " needs a number");
      }
    }
  } else if (key == "COMP") {
    o.complex = TabariOptions::Complex();
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string& name = words[i];
      int n = 0;
      if (i + 1 < words.size() && words[i + 1].front() == '[') {
        const std::string& b = words[++i];
        if (!ParseInt(std::string_view(b).substr(1, b.size() - 2), &n))
          return Malformed(line, name + " needs a number in brackets");
      }
      if (name == "VERBS")
        o.complex.verbs = n;
      else if (name == "ACTORS")
        o.complex.actors = n;
      else if (name == "CONJ")
        o.complex.conj = n;
      else if (name == "NOACTPRIOR")
        o.complex.no_actor_prior = true;
      else if (name == "NOACTAFTER")
        o.complex.no_actor_after = true;
      else if (name == "NOVERB")
        o.complex.no_verb = true;
      // PRONOUNS, COMMA, LATEVERB, NOSOURCE, NOTARGET, NOEVENT: not emulated; EXPLAIN,
      // NOSAVE: TABARI's output.
    }
  } else if (key == "FORW") {
    o.forward = true;
    o.forward_format.clear();
    std::string_view args = Trim(t.substr(colon + 1));
    size_t sp = args.find_first_of(" \t");
    o.forward_format = std::string(args.substr(0, sp));
    for (const std::string& w : words)
      if (w == "OFF") o.forward = false;
  } else if (key != "OUTP" && key != "LABE" && key != "NONE" && key != "ISSU" && key != "FREQ" &&
             key != "MATC") {
    return Status::InvalidArgument("unknown option command '" + command + "'");
  }
  *options = o;
  return Status::Ok();
}

void ForwardSequence(std::string_view format, std::string_view info, long* story, long* sentence) {
  std::string n, s;
  bool n_ok = true, s_ok = true;
  for (size_t i = 0; i < format.size() && i < info.size(); ++i) {
    char c = info[i];
    bool digit = std::isdigit(static_cast<unsigned char>(c));
    if (format[i] == 'N') {
      n += c;
      n_ok &= digit;
    } else if (format[i] == 'S') {
      s += c;
      s_ok &= digit;
    }
  }
  *story = n_ok && !n.empty() ? std::stol(n) : 0;
  *sentence = s_ok && !s.empty() ? std::stol(s) : 0;
}

}  // namespace tacitus
