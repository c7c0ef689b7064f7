// Reads the benchmark text from ../shared at run time. The GigaWord sample is XML whose
// <Text> elements hold one sentence each, wrapped over several lines: the wrapping is
// collapsed to single spaces (a line break would end a sentence for the splitter), and
// ten sentences of one date make an article, joined by spaces like prose, as a news feed
// would deliver them. (scripts/bench.sh puts one record a line instead, so that a record
// without final punctuation still ends there.)
#include "bench/bench_corpus.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string_view>

#include "dict/loader.h"
#include "parse/lexicon.h"
#include "parse/tagger.h"
#include "text/tokenizer.h"

namespace tacitus::bench {
namespace {

constexpr size_t kSentencesPerArticle = 10;

// Written for these benchmarks: plausible wire-style sentences with actors, agents,
// people, dates and the common event verbs, so that every stage has work to do.
constexpr std::string_view kSyntheticSentences[] = {
    "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart in Beijing on Tuesday.",
    "The two ministers discussed trade and security, a spokesman said.",
    "Israeli troops fired on protesters near the border, killing two people, Palestinian "
    "officials said.",
    "The United Nations Security Council condemned the attack and called for restraint.",
    "Germany's chancellor promised more aid to Ukraine during a visit to Kyiv.",
    "Police arrested dozens of opposition supporters in the capital after the election.",
    "The European Union imposed new sanctions on Iran over its nuclear programme.",
    "North Korea test-fired two ballistic missiles into the sea, Japan's defence ministry said.",
    "Indian and Pakistani officials agreed to resume talks next month.",
    "The president did not meet the rebel leaders, who accused the government of lying.",
    "Rebels seized the town of Goma on Monday after days of fighting with the army.",
    "Turkey's parliament approved Sweden's bid to join NATO on Jan. 23.",
};

// The directory holding the shared material: $TACITUS_SHARED_DIR, else the build's default.
std::string SharedDir() {
  if (const char* env = std::getenv("TACITUS_SHARED_DIR"); env && *env) return env;
  return TACITUS_SHARED_DIR;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string DecodeXmlEntities(std::string_view s) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    if (s[i] == '&') {
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[i];
  }
  return out;
}

// "20080804" -> 2008-08-04; anything else -> `fallback`.
Date CompactDate(std::string_view s, Date fallback) {
  if (s.size() != 8) return fallback;
  std::string iso = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                    std::string(s.substr(6, 2));
  return Date::Parse(iso).value_or(fallback);
}

// The GigaWord sample's sentences as articles of up to kSentencesPerArticle sentences of
// one date. Returns the number of sentences read.
size_t AddGigaWord(const std::string& xml, std::vector<BenchArticle>* articles) {
  const Date kFallback = Date::FromCivil(2008, 8, 6);
  size_t count = 0, in_article = 0;
  Date current = kFallback;
  for (size_t pos = xml.find("<Sentence "); pos != std::string::npos;
       pos = xml.find("<Sentence ", pos + 1)) {
    size_t tag_end = xml.find('>', pos);
    size_t text_begin = xml.find("<Text>", pos);
    size_t text_end = xml.find("</Text>", text_begin);
    if (tag_end == std::string::npos || text_begin == std::string::npos ||
        text_end == std::string::npos)
      break;
    std::string_view tag(xml.data() + pos, tag_end - pos);
    Date date = kFallback;
    if (size_t d = tag.find("date"); d != std::string_view::npos) {
      size_t q1 = tag.find('"', d), q2 = q1 == std::string_view::npos ? q1 : tag.find('"', q1 + 1);
      if (q2 != std::string_view::npos) date = CompactDate(tag.substr(q1 + 1, q2 - q1 - 1), kFallback);
    }
    std::string text = DecodeXmlEntities(CollapseSpaces(
        std::string_view(xml).substr(text_begin + 6, text_end - text_begin - 6)));
    if (text.empty()) continue;
    if (articles->empty() || in_article == kSentencesPerArticle || date != current) {
      articles->push_back({"gigaword-" + std::to_string(articles->size()), "", date});
      in_article = 0;
      current = date;
    }
    std::string& body = articles->back().text;
    if (!body.empty()) body += ' ';
    body += text;
    ++in_article;
    ++count;
  }
  return count;
}

// The `text` of every gold article, dated as the gold says. Returns the articles read.
size_t AddGold(const std::string& jsonl, std::vector<BenchArticle>* articles) {
  size_t count = 0;
  std::istringstream in(jsonl);
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    Date date = Date::FromCivil(2024, 1, 1);
    if (j.contains("date") && j["date"].is_string())
      date = Date::Parse(j["date"].get<std::string>()).value_or(date);
    std::string id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                                                             : "gold-" + std::to_string(count);
    articles->push_back({id, j["text"].get<std::string>(), date});
    ++count;
  }
  return count;
}

BenchCorpus LoadCorpus() {
  BenchCorpus c;
  const std::string shared = SharedDir();
  const std::string gigaword_path = shared + "/peers/petrarch2/GigaWord.sample.PETR.xml";
  const std::string gold_path = shared + "/gold/dev.jsonl";
  std::string data, parts;
  if (ReadFile(gigaword_path, &data)) {
    size_t n = AddGigaWord(data, &c.articles);
    parts = "GigaWord sample (" + std::to_string(n) + " sentences)";
  } else {
    std::cerr << "bench: skipping the GigaWord sample: cannot read " << gigaword_path
              << " (set TACITUS_SHARED_DIR to the shared folder)\n";
  }
  if (ReadFile(gold_path, &data)) {
    size_t n = AddGold(data, &c.articles);
    if (!parts.empty()) parts += " + ";
    parts += "gold dev texts (" + std::to_string(n) + " articles)";
  } else {
    std::cerr << "bench: skipping the gold texts: cannot read " << gold_path
              << " (set TACITUS_SHARED_DIR to the shared folder)\n";
  }
  if (c.articles.empty()) {
    std::cerr << "bench: no shared text found; using the built-in synthetic text, whose "
                 "figures are not comparable with those in doc/benchmarks.md\n";
    for (int copy = 0; copy < 4; ++copy) {
      BenchArticle a{"synthetic-" + std::to_string(copy), "", Date::FromCivil(2024, 1, 23)};
      for (std::string_view s : kSyntheticSentences) {
        if (!a.text.empty()) a.text += ' ';
        a.text += s;
      }
      c.articles.push_back(std::move(a));
    }
    parts = "built-in synthetic text";
  }
  c.description = parts;
  for (const BenchArticle& a : c.articles) {
    c.bytes += a.text.size();
    c.sentences += SplitSentences(Normalize(a.text).text).size();
  }
  return c;
}

PreparedCorpus Prepare() {
  const BenchCorpus& c = GetCorpus();
  const Lexicon& lexicon = Lexicon::BuiltIn();
  PreparedCorpus p;
  p.normalized.reserve(c.articles.size());
  for (const BenchArticle& a : c.articles) {
    p.normalized.push_back(Normalize(a.text));
    p.spans.push_back(SplitSentences(p.normalized.back().text));
  }
  // Tokens view into p.normalized, which no longer changes.
  for (size_t i = 0; i < p.normalized.size(); ++i) {
    for (const SentenceSpan& sp : p.spans[i]) {
      p.tokens.push_back(Tokenize(p.normalized[i], sp.begin, sp.end));
      p.sentence_bytes += sp.end - sp.begin;
      p.token_count += p.tokens.back().size();
    }
  }
  p.tagged = p.tokens;
  for (std::vector<Token>& t : p.tagged) TagSentence(lexicon, &t);
  const Coder& coder = CoderForBench();
  for (const BenchArticle& a : c.articles) {
    ArticleResult r = coder.Code(a.text, a.date);
    for (Event& e : r.events) {
      p.events.push_back(std::move(e));
      p.event_articles.push_back({a.id, "bench", ""});
    }
  }
  return p;
}

}  // namespace

const BenchCorpus& GetCorpus() {
  static const BenchCorpus corpus = LoadCorpus();
  return corpus;
}

const PreparedCorpus& GetPrepared() {
  static const PreparedCorpus prepared = Prepare();
  return prepared;
}

const Dictionary& BuiltInDictionaryForBench() {
  static const Dictionary dict = [] {
    StatusOr<Dictionary> d = LoadBuiltInDictionary();
    if (!d.ok()) {
      std::cerr << "bench: the built-in dictionary does not load:\n" << d.status().message() << "\n";
      std::abort();
    }
    return std::move(d).value();
  }();
  return dict;
}

const Coder& CoderForBench() {
  static const Coder coder(BuiltInDictionaryForBench(), Lexicon::BuiltIn());
  return coder;
}

}  // namespace tacitus::bench
