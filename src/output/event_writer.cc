#include "output/event_writer.h"

#include "dict/cameo.h"

namespace tacitus {
namespace {

nlohmann::json ActorJson(const EventActor& a) {
  nlohmann::json j;
  j["code"] = a.code;
  j["country"] = a.Country();
  j["role"] = a.Role();
  j["text"] = a.text;
  j["span"] = {a.begin, a.end};
  if (!a.via.empty()) j["via"] = a.via;
  if (!a.entry.empty()) j["entry"] = a.entry;
  return j;
}

}  // namespace

nlohmann::json EventToJson(const Event& e, const ArticleMeta& article) {
  nlohmann::json j;
  j["article"] = article.id;
  j["sentence"] = e.sentence;
  j["date"] = e.date;
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["code"] = e.code;
  const CameoCode* c = CameoTable::BuiltIn().Find(e.code);
  j["root"] = c ? c->root : e.code.substr(0, 2);
  j["quad_class"] = c ? c->quad_class : 0;
  j["goldstein"] = c ? c->goldstein : 0.0;
  if (c && !c->plover_event.empty()) {
    nlohmann::json p;
    p["event"] = c->plover_event;
    if (!c->plover_mode.empty()) p["mode"] = c->plover_mode;
    if (!c->plover_context.empty()) p["context"] = c->plover_context;
    j["plover"] = p;
  }
  j["verb"] = {{"text", e.verb_text}, {"span", {e.verb_begin, e.verb_end}}};
  j["evidence"] = e.evidence;
  j["evidence_span"] = {e.sentence_begin, e.sentence_end};
  j["rule"] = {{"entry", e.pattern}, {"where", e.rule_where}};
  if (e.negated) j["negated"] = true;
  if (!e.quote.empty()) j["quote"] = e.quote;
  if (!e.attribution.text.empty()) j["attribution"] = ActorJson(e.attribution);
  return j;
}

std::string EventToJsonLine(const Event& e, const ArticleMeta& article) {
  return EventToJson(e, article).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json QuoteToJson(const Quote& q, const ArticleMeta& article) {
  nlohmann::json j;
  j["article"] = article.id;
  j["sentence"] = q.sentence;
  j["text"] = q.text;
  j["span"] = {q.begin, q.end};
  if (!q.speaker.text.empty()) j["speaker"] = ActorJson(q.speaker);
  else j["speaker"] = nullptr;
  if (!q.verb_text.empty()) j["verb"] = {{"text", q.verb_text}, {"span", {q.verb_begin, q.verb_end}}};
  return j;
}

std::string QuoteToJsonLine(const Quote& q, const ArticleMeta& article) {
  return QuoteToJson(q, article).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string TsvHeader() { return "date\tsource\ttarget\tcode\tids\tsource_name\turl"; }

std::string EventToTsvLine(const Event& e, const ArticleMeta& article) {
  std::string date = e.date;
  date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
  };
  return date + "\t" + e.source.code + "\t" + e.target.code + "\t" + e.code + "\t" +
         clean(article.id) + "-" + std::to_string(e.sentence) + "\t" + clean(article.source) +
         "\t" + clean(article.url);
}

}  // namespace tacitus
