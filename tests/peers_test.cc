// The peers' validation suites, coded by Tacitus with the peers' own dictionaries
// (translated by dict/tabari_reader.h and dict/petrarch_reader.h): a measure of how far
// Tacitus is a drop-in replacement, labelled `peers` (doc/compatibility.md).
//
// - TABARI: ../shared/peers/tabari/Validate.text with Validate.project's dictionaries,
//   the records before FINAL-01.
// - PETRARCH: ../shared/peers/petrarch2/PETR.UnitTest.records.xml with the
//   PETR.Validate.* dictionaries its <Environment> names, coded from each <Text> (the
//   Treebank parse is ignored), the records of the categories its <Include> lists.
//
// A record passes when the set of (source, target, code) triples Tacitus codes equals
// the expected set. Records expecting no event ({---}, noevents), a discard ({###},
// sentence and story discards), a complex sentence ({+++}) or a PETRARCH input error
// pass when nothing is coded: all of these mean "no events" in the peer's output.
// TABARI records that only change options, or whose expectations are all commented out
// with `-{`, are not counted; their `{ OPTION: ... }` lines change the settings (the
// dictionary's .options, dict/tabari_options.h) for the records after them, as in TABARI's
// validation, and while FORWARD is on a story's consecutive records are one article. Each test prints `N passed, N failed` and the pass rate,
// writes every failing record with its reason to BUILD/peers/*.failures.txt, and fails
// below kBar. Skipped (with a message) when ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "dict/petrarch_options.h"
#include "dict/petrarch_reader.h"
#include "dict/tabari_options.h"
#include "dict/tabari_reader.h"
#include "io/article_reader.h"
#include "parse/lexicon.h"
#include "pipeline/pipeline.h"

namespace tacitus {
namespace {

constexpr double kBar = 0.90;

namespace fs = std::filesystem;

using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, code

struct Record {
  std::string id;
  std::string category;
  std::string date;  // YYYY-MM-DD
  std::string text;
  std::set<Triple> expected;
  std::string expect_none;  // why no event is expected ("{---}", "{###}", "noevents"...)
  int line = 0;             // where the record starts in the suite file
  // PETRARCH's settings (require_dyad, comma_*), set by the <Config> elements before the
  // record: with require_dyad false, events with a missing actor ("---") are expected too.
  PetrarchOptions petrarch;
  // TABARI: `.options` lines the record's `{ OPTION: ... }` entries apply after it, what
  // follows the date on its first line (FORWARD reads story and sentence numbers there),
  // and whether it is scored (records that only change options are not).
  std::vector<std::string> options;
  std::string info;
  bool counted = true;
};

struct Outcome {
  int passed = 0, failed = 0;
  std::map<std::string, int> reasons;  // reason -> failing records
};

std::string SharedDir() { return TACITUS_SHARED_DIR; }

std::string Trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::string Squeezed(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::string FormatTriples(const std::set<Triple>& triples) {
  if (triples.empty()) return "(none)";
  std::string out;
  for (const auto& [s, t, c] : triples) out += (out.empty() ? "" : " ") + s + "/" + t + "/" + c;
  return out;
}

// ---- TABARI's Validate.text ------------------------------------------------------

// "950101" (YYMMDD, 00-30 are 2000-2030) or "19950101".
std::string TabariDate(const std::string& d) {
  if (d.size() == 6) {
    int yy = std::stoi(d.substr(0, 2));
    return std::to_string(yy <= 30 ? 2000 + yy : 1900 + yy) + "-" + d.substr(2, 2) + "-" + d.substr(4, 2);
  }
  if (d.size() == 8) return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
  if (d.size() == 7) return TabariDate(d.substr(0, 6));  // ACTORSYN-01's "9501201"
  return "";
}

// Records are `DATE ID` lines (the first character a digit), the text, and a `/* ... */`
// comment holding the expectations in braces.
std::vector<Record> ReadTabariSuite(const std::string& text, int* option_records, int* unchecked) {
  std::vector<Record> records;
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    lines.push_back(l);
  }
  size_t i = 0;
  while (i < lines.size()) {
    const std::string& head = lines[i];
    if (head.empty() || !std::isdigit(static_cast<unsigned char>(head[0]))) {
      ++i;
      continue;
    }
    Record r;
    r.line = static_cast<int>(i + 1);
    std::istringstream hs(head);
    std::string date;
    hs >> date >> r.id;
    r.info = head.substr(std::min(head.size(), date.size()));
    if (r.id == "FINAL-01") break;
    r.date = TabariDate(date);
    ++i;
    std::string body, comment;
    bool in_comment = false;
    for (; i < lines.size(); ++i) {
      std::string l = lines[i];
      if (!in_comment) {
        size_t open = l.find("/*");
        if (open == std::string::npos) {
          if (Trimmed(l).empty() && !body.empty()) break;  // a record without expectations
          body += " " + l;
          continue;
        }
        body += " " + l.substr(0, open);
        l = l.substr(open + 2);
        in_comment = true;
      }
      size_t close = l.find("*/");
      comment += " " + l.substr(0, close);
      if (close != std::string::npos) {
        ++i;
        break;
      }
    }
    r.text = Trimmed(body);
    bool options = false, checks = false;
    for (size_t p = comment.find('{'); p != std::string::npos; p = comment.find('{', p + 1)) {
      size_t q = comment.find('}', p);
      // `{ OPTION: SET: MINIMUM WORDS = 4  */`: TABARI reads an option to the comment's end.
      bool option = Trimmed(comment.substr(p + 1)).rfind("OPTION", 0) == 0;
      if (q == std::string::npos && !option) break;
      if (q == std::string::npos) q = comment.size();
      std::string inside = Trimmed(std::string_view(comment).substr(p + 1, q - p - 1));
      bool commented_out = p > 0 && comment[p - 1] == '-';
      if (commented_out) continue;
      if (option) {
        options = true;
        r.options.push_back(Trimmed(inside.substr(inside.find(':') + 1)));
        continue;
      }
      std::string sq = Squeezed(inside);
      if (sq == "---" || sq == "###" || sq == "+++") {
        r.expect_none = "{" + sq + "}";
        checks = true;
        continue;
      }
      size_t a = inside.find('/'), b = a == std::string::npos ? a : inside.find('/', a + 1);
      if (b == std::string::npos) continue;
      r.expected.insert({Trimmed(inside.substr(0, a)), Trimmed(inside.substr(a + 1, b - a - 1)),
                         Trimmed(inside.substr(b + 1))});
      checks = true;
    }
    // Special codes are checked first; a record that has one expects no events.
    if (!r.expect_none.empty()) r.expected.clear();
    if (!checks) {
      ++*(options ? option_records : unchecked);
      if (!options) continue;
      r.counted = false;  // kept for its options
    }
    records.push_back(std::move(r));
  }
  return records;
}

// ---- PETRARCH's unit-test XML ------------------------------------------------------

std::string XmlUnescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    static const std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    for (const auto& [name, c] : kEntities) {
      if (s.substr(i, name.size()) == name) {
        out += c;
        i += name.size() - 1;
        done = true;
        break;
      }
    }
    if (!done) out += '&';
  }
  return out;
}

// The value of attribute `name` in a tag's text, quoted with " or '.
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string_view::npos) {
    size_t q = p + name.size();
    bool starts = p == 0 || std::isspace(static_cast<unsigned char>(tag[p - 1]));
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (!starts || q >= tag.size() || tag[q] != '=') {
      p = q;
      continue;
    }
    ++q;
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q >= tag.size()) return "";
    char quote = tag[q];
    size_t e = tag.find(quote, q + 1);
    return XmlUnescape(tag.substr(q + 1, e - q - 1));
  }
  return "";
}

std::string Element(std::string_view xml, std::string_view name) {
  std::string open = "<" + std::string(name) + ">", close = "</" + std::string(name) + ">";
  size_t a = xml.find(open);
  if (a == std::string_view::npos) return "";
  size_t b = xml.find(close, a);
  return XmlUnescape(xml.substr(a + open.size(), b - a - open.size()));
}

struct PetrarchSuite {
  std::string verbs, actors, agents, discards;
  std::set<std::string> include;
  std::vector<Record> records;
  int excluded = 0;  // records of categories <Include> does not list
};

PetrarchSuite ReadPetrarchSuite(const std::string& xml) {
  PetrarchSuite suite;
  std::string env = Element(xml, "Environment");
  suite.verbs = Trimmed(Element(env, "Verbfile"));
  suite.actors = Trimmed(Element(env, "Actorfile"));
  suite.agents = Trimmed(Element(env, "Agentfile"));
  suite.discards = Trimmed(Element(env, "Discardfile"));
  std::istringstream inc(Element(env, "Include"));
  for (std::string w; inc >> w;) suite.include.insert(w);
  size_t pos = 0;
  PetrarchOptions settings;
  size_t cfg = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    // <Config option="require_dyad" value="false"> holds for the records after it; the
    // names and values are PETR_config.ini's [Options] (dict/petrarch_options.h).
    while ((cfg = xml.find("<Config ", cfg)) != std::string::npos && cfg < pos) {
      std::string_view tag = std::string_view(xml).substr(cfg, xml.find('>', cfg) - cfg);
      Status st = ApplyPetrarchOption(Attribute(tag, "option"), Attribute(tag, "value"), &settings);
      EXPECT_TRUE(st.ok()) << st.message();
      ++cfg;
    }
    cfg = pos;
    size_t tag_end = xml.find('>', pos);
    size_t end = xml.find("</Sentence>", pos);
    std::string_view tag = std::string_view(xml).substr(pos, tag_end - pos);
    std::string_view body = std::string_view(xml).substr(tag_end, end - tag_end);
    Record r;
    r.line = static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<long>(pos), '\n') + 1);
    r.id = Attribute(tag, "id");
    r.category = Attribute(tag, "category");
    r.petrarch = settings;
    std::string d = Attribute(tag, "date");
    r.date = d.size() == 8 ? d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) : "";
    r.text = Trimmed(Element(body, "Text"));
    for (std::string& c : std::vector<std::string>{"\n", "\t"})
      for (size_t k; (k = r.text.find(c)) != std::string::npos;) r.text.replace(k, 1, " ");
    size_t e = 0;
    while ((e = body.find("<EventCoding", e)) != std::string_view::npos) {
      size_t ee = body.find('>', e);
      std::string_view ev = body.substr(e, ee - e);
      if (!Attribute(ev, "noevents").empty()) r.expect_none = "noevents";
      else if (std::string err = Attribute(ev, "error"); !err.empty()) r.expect_none = "error=" + err;
      else r.expected.insert({Attribute(ev, "sourcecode"), Attribute(ev, "targetcode"), Attribute(ev, "eventcode")});
      e = ee;
    }
    pos = end;
    if (!suite.include.count(r.category)) {
      ++suite.excluded;
      continue;
    }
    suite.records.push_back(std::move(r));
  }
  return suite;
}

// ---- coding and scoring ------------------------------------------------------------

// A peer pattern the reader could not translate, from the reader's report note
// "file:line: skipped: <why>: <VERB> - <pattern>", as the words it needs.
struct Untranslated {
  std::string why, pattern;
  std::vector<std::string> words;  // uppercase stems
  std::vector<std::string> codes;  // its event codes ("032:033" -> 032, 033)
};

std::vector<Untranslated> UntranslatedPatterns(const PeerReport& report) {
  std::vector<Untranslated> out;
  for (const std::string& note : report.notes) {
    size_t s = note.find(": skipped: ");
    if (s == std::string::npos) continue;
    size_t colon = note.find(": ", s + 11);
    size_t dash = note.find(" - ", colon == std::string::npos ? s : colon);
    if (colon == std::string::npos || dash == std::string::npos) continue;
    Untranslated u;
    u.why = note.substr(s + 2, colon - s - 2);
    std::string verb = note.substr(colon + 2, dash - colon - 2);
    std::string rest = note.substr(dash + 3);
    size_t bracket = rest.rfind(" [");
    if (bracket == std::string::npos) continue;
    std::string codes = rest.substr(bracket + 2, rest.size() - bracket - 3);
    rest = rest.substr(0, bracket);
    for (size_t a = 0; a <= codes.size();) {
      size_t b = codes.find(':', a);
      if (b == std::string::npos) b = codes.size();
      std::string c = codes.substr(a, b - a);
      while (!c.empty() && (c.back() == '?' || c.back() == '!')) c.pop_back();
      if (!c.empty()) u.codes.push_back(c);
      a = b + 1;
    }
    u.pattern = verb + " - " + rest + " [" + codes + "]";
    // Plain words only: alternatives, synsets and slots say nothing certain.
    std::string text = verb + " " + rest;
    int depth = 0;
    std::string word;
    auto flush = [&]() {
      if (!word.empty() && depth == 0 && word[0] != '&' && std::isalpha(static_cast<unsigned char>(word[0])))
        u.words.push_back(word);
      word.clear();
    };
    for (char c : text) {
      if (c == '{' || c == '(') { flush(); ++depth; continue; }
      if (c == '}' || c == ')') { flush(); --depth; continue; }
      if (c == ' ' || c == '_' || c == '~' || c == '*' || c == '$' || c == '+' || c == '%' ||
          c == '^' || c == '@' || c == '|' || c == '=') {
        flush();
        continue;
      }
      word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    flush();
    if (!u.words.empty()) out.push_back(std::move(u));
  }
  return out;
}

// The first untranslated pattern that would have given one of the record's expected
// codes (or its discard, complex or null code) and whose every word begins some word of
// the record's text.
const Untranslated* Applies(const std::vector<Untranslated>& patterns, const Record& r) {
  std::set<std::string> wanted;
  for (const auto& [s, t, c] : r.expected) wanted.insert(c);
  if (r.expect_none == "{###}") wanted.insert("###");
  if (r.expect_none == "{+++}") wanted.insert("+++");
  if (!r.expect_none.empty()) wanted.insert("---");
  const std::string& text = r.text;
  std::vector<std::string> words;
  std::string w;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
      w += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  for (const Untranslated& u : patterns) {
    bool gives = false;
    for (const std::string& c : u.codes) gives |= wanted.count(c) > 0;
    if (!gives) continue;
    bool all = true;
    for (const std::string& need : u.words) {
      bool found = false;
      for (const std::string& have : words) found |= have.compare(0, need.size(), need) == 0;
      all &= found;
    }
    if (all) return &u;
  }
  return nullptr;
}

// Why a failing record failed, in a few words that group well.
std::string Reason(const Record& r, const std::set<Triple>& coded,
                   const std::vector<Untranslated>& untranslated, std::string* detail) {
  for (const auto& [s, t, c] : r.expected) {
    if (s.find(' ') != std::string::npos || t.find(' ') != std::string::npos)
      return "expects an uncoded actor's text (new_actor_length)";
  }
  if (const Untranslated* u = Applies(untranslated, r)) {
    *detail = u->pattern;
    return "a peer pattern the reader could not translate applies (" + u->why + ")";
  }
  if (!r.expect_none.empty() || r.expected.empty())
    return "codes events where the peer codes none (" + (r.expect_none.empty() ? "no events" : r.expect_none) + ")";
  if (coded.empty()) return "codes nothing";
  std::set<std::pair<std::string, std::string>> dyads_coded, dyads_expected;
  std::set<std::string> codes_coded, codes_expected;
  for (const auto& [s, t, c] : coded) {
    dyads_coded.insert({s, t});
    codes_coded.insert(c);
  }
  for (const auto& [s, t, c] : r.expected) {
    dyads_expected.insert({s, t});
    codes_expected.insert(c);
  }
  if (dyads_coded == dyads_expected) return "right actors, different event code";
  if (codes_coded == codes_expected) return "right event code, different actors";
  bool subset = std::includes(coded.begin(), coded.end(), r.expected.begin(), r.expected.end());
  if (subset) return "codes the expected events and more";
  bool some = false;
  for (const Triple& t : r.expected) some |= coded.count(t) > 0;
  return some ? "codes some of the expected events" : "codes other events";
}

// Each record coded alone, with the PETRARCH settings its <Config> elements give it.
std::vector<std::vector<Event>> CodePetrarch(const Pipeline& pipeline,
                                             const std::vector<Record>& records) {
  std::vector<std::vector<Event>> out;
  std::unique_ptr<Coder> coder;
  const PetrarchOptions* settings = nullptr;
  for (const Record& r : records) {
    if (!settings || !(*settings == r.petrarch)) {
      settings = &r.petrarch;
      CoderOptions co = WithPetrarchOptions(pipeline.coder().options(), r.petrarch);
      coder = std::make_unique<Coder>(pipeline.dictionary(), Lexicon::BuiltIn(), co);
    }
    Article a;
    a.date = r.date;
    out.push_back(coder->Code(r.text, ArticleDate(a)).events);
  }
  return out;
}

// TABARI's validation run: records in order, each record's `{ OPTION: ... }` lines changing
// the settings for the records after it (TABARI's V)alidation does this), and, while
// FORWARD is on, the records of one story with consecutive sentence numbers coded as one
// article, so that a pronoun can take the previous record's actor; each event goes back
// to the record its sentence came from.
std::vector<std::vector<Event>> CodeTabari(const Pipeline& pipeline,
                                           const std::vector<Record>& records) {
  std::vector<std::vector<Event>> out(records.size());
  TabariOptions settings = pipeline.dictionary().tabari_options.value_or(TabariOptions());
  auto make_coder = [&]() {
    CoderOptions co = WithTabariOptions(pipeline.coder().options(), settings);
    return std::make_unique<Coder>(pipeline.dictionary(), Lexicon::BuiltIn(), co);
  };
  std::unique_ptr<Coder> coder = make_coder();
  for (size_t i = 0; i < records.size();) {
    // The story: records i..j-1.
    size_t j = i + 1;
    if (settings.forward && records[i].counted && records[i].options.empty()) {
      long story = 0, sentence = 0;
      ForwardSequence(settings.forward_format, records[i].info, &story, &sentence);
      while (j < records.size() && records[j].counted && records[j - 1].options.empty()) {
        long next_story = 0, next_sentence = 0;
        ForwardSequence(settings.forward_format, records[j].info, &next_story, &next_sentence);
        if (next_story != story || next_sentence != sentence + 1) break;
        sentence = next_sentence;
        ++j;
      }
    }
    std::string text;
    std::vector<size_t> begins;
    for (size_t k = i; k < j; ++k) {
      if (k > i) text += "\n\n";
      begins.push_back(text.size());
      text += records[k].text;
    }
    if (records[i].counted) {
      Article a;
      a.date = records[i].date;
      ArticleResult result = coder->Code(text, ArticleDate(a));
      for (Event& e : result.events) {
        auto after = std::upper_bound(begins.begin(), begins.end(), e.sentence_begin);
        size_t k = static_cast<size_t>(after - begins.begin());
        out[i + k - 1].push_back(std::move(e));
      }
    }
    for (size_t k = i; k < j; ++k) {
      for (const std::string& line : records[k].options) {
        Status st = ApplyTabariOption(line, &settings);
        EXPECT_TRUE(st.ok()) << records[k].id << ": " << st.message();
      }
      if (!records[k].options.empty()) coder = make_coder();
    }
    i = j;
  }
  return out;
}

Outcome ScoreSuite(const std::vector<Record>& records,
                   const std::vector<std::vector<Event>>& events,
                   const std::vector<Untranslated>& untranslated, const std::string& report_path,
                   const std::string& title) {
  Outcome out;
  std::ostringstream failures;
  for (size_t ri = 0; ri < records.size(); ++ri) {
    const Record& r = records[ri];
    if (!r.counted) continue;
    std::set<Triple> coded;
    std::map<Triple, std::string> rules;
    // A missing actor, written with an empty code, is PETRARCH's "---".
    auto peer_code = [](const std::string& code) {
      return code.empty() ? std::string("---") : code;
    };
    for (const Event& e : events[ri]) {
      Triple t{peer_code(e.source.code), peer_code(e.target.code), e.code};
      coded.insert(t);
      rules[t] = e.rule_where + " '" + e.pattern + "' verb '" + e.verb_text + "'";
    }
    bool pass = coded == r.expected;
    if (pass) {
      ++out.passed;
      continue;
    }
    ++out.failed;
    std::string detail;
    std::string reason = Reason(r, coded, untranslated, &detail);
    ++out.reasons[reason];
    failures << r.id << " (line " << r.line << (r.category.empty() ? "" : ", " + r.category) << "): " << reason
             << (detail.empty() ? "" : "\n  pattern:  " + detail) << "\n  text:     " << r.text << "\n  expected: "
             << (r.expect_none.empty() ? FormatTriples(r.expected) : "none, " + r.expect_none)
             << "\n  coded:    " << FormatTriples(coded) << "\n";
    for (const auto& [t, rule] : rules) failures << "    " << std::get<0>(t) << "/" << std::get<1>(t) << "/" << std::get<2>(t) << " from " << rule << "\n";
  }
  fs::create_directories(fs::path(report_path).parent_path());
  std::ofstream f(report_path);
  f << title << "\n" << out.passed << " passed, " << out.failed << " failed\n\nFailures by reason:\n";
  for (const auto& [reason, n] : out.reasons) f << "  " << n << "  " << reason << "\n";
  f << "\n" << failures.str();
  return out;
}

void Print(const char* suite, const Outcome& o, const std::string& report_path) {
  int total = o.passed + o.failed;
  double rate = total ? static_cast<double>(o.passed) / total : 0;
  std::cout << suite << ": " << o.passed << " passed, " << o.failed << " failed\n"
            << suite << ": pass rate " << std::fixed << std::setprecision(1) << 100 * rate
            << "% (bar " << 100 * kBar << "%)\n";
  for (const auto& [reason, n] : o.reasons) std::cout << "  " << n << "  " << reason << "\n";
  std::cout << "failing records: " << report_path << "\n";
}

std::string ReadAll(const std::string& path) {
  StatusOr<std::string> text = ReadPeerFile(path);
  return text.ok() ? *text : std::string();
}

TEST(PeersTest, TabariValidationSuite) {
  std::string dir = SharedDir() + "/peers/tabari";
  if (!fs::exists(dir + "/Validate.text") || !fs::exists(dir + "/Validate.project"))
    GTEST_SKIP() << dir << " is absent: the peers' suites live in ../shared, not in the project";
  PipelineOptions options;
  options.dict = "tabari:" + dir + "/Validate.project";
  StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  int option_records = 0, unchecked = 0;
  std::vector<Record> records = ReadTabariSuite(ReadAll(dir + "/Validate.text"), &option_records, &unchecked);
  size_t triples = 0, counted = 0;
  for (const Record& r : records) {
    triples += r.expected.size();
    counted += r.counted;
  }
  std::cout << "TABARI Validate.text: " << counted << " records before FINAL-01 (" << triples
            << " expected triples; " << option_records << " option-only and " << unchecked
            << " unchecked records not counted)\n";
  PeerReport notes;
  PeerOptions read;
  read.report = &notes;
  ASSERT_TRUE(LoadTabariDictionary(dir + "/Validate.project", read).ok());
  std::string report = std::string(TACITUS_BUILD_DIR) + "/peers/tabari.failures.txt";
  Outcome o = ScoreSuite(records, CodeTabari(**pipeline, records), UntranslatedPatterns(notes),
                         report, "TABARI Validate.text with Validate.project");
  Print("TABARI", o, report);
  EXPECT_GE(o.passed, kBar * (o.passed + o.failed)) << "below the bar; see " << report;
}

TEST(PeersTest, PetrarchUnitTests) {
  std::string dir = SharedDir() + "/peers/petrarch2";
  if (!fs::exists(dir + "/PETR.UnitTest.records.xml"))
    GTEST_SKIP() << dir << " is absent: the peers' suites live in ../shared, not in the project";
  PetrarchSuite suite = ReadPetrarchSuite(ReadAll(dir + "/PETR.UnitTest.records.xml"));
  ASSERT_FALSE(suite.verbs.empty());
  // The suite's own dictionaries, named in its <Environment>, through a PETR_config.ini.
  fs::path ini = fs::path(TACITUS_BUILD_DIR) / "peers" / "PETR.UnitTest.config.ini";
  fs::create_directories(ini.parent_path());
  {
    std::ofstream f(ini);
    f << "# Written by peers_test: the dictionaries PETR.UnitTest.records.xml names.\n"
      << "[Dictionaries]\n"
      << "verbfile_name = " << dir << "/" << suite.verbs << "\n"
      << "actorfile_list = " << dir << "/" << suite.actors << "\n"
      << "agentfile_name = " << dir << "/" << suite.agents << "\n"
      << "discardfile_name = " << dir << "/" << suite.discards << "\n";
  }
  PipelineOptions options;
  options.dict = "petrarch2:" + ini.string();
  StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  size_t triples = 0;
  for (const Record& r : suite.records) triples += r.expected.size();
  std::cout << "PETRARCH PETR.UnitTest.records.xml: " << suite.records.size() << " records ("
            << triples << " expected triples; " << suite.excluded
            << " records of categories outside <Include> not counted)\n";
  PeerReport notes;
  PeerOptions read;
  read.report = &notes;
  ASSERT_TRUE(LoadPetrarchDictionary(ini.string(), read).ok());
  std::string report = std::string(TACITUS_BUILD_DIR) + "/peers/petrarch.failures.txt";
  Outcome o = ScoreSuite(suite.records, CodePetrarch(**pipeline, suite.records),
                         UntranslatedPatterns(notes), report,
                         "PETRARCH PETR.UnitTest.records.xml with PETR.Validate.*");
  Print("PETRARCH", o, report);
  EXPECT_GE(o.passed, kBar * (o.passed + o.failed)) << "below the bar; see " << report;
}

}  // namespace
}  // namespace tacitus
