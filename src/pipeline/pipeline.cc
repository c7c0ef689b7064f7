#include "pipeline/pipeline.h"

#include <chrono>

#include "dict/dict_cache.h"
#include "dict/loader.h"
#include "dict/petrarch_reader.h"
#include "dict/tabari_reader.h"
#include "parse/lexicon.h"

namespace tacitus {

bool IsPeerSpec(const std::string& spec) {
  return spec.rfind("tabari:", 0) == 0 || spec.rfind("petrarch2:", 0) == 0;
}

PeerOptions PeerOptionsFromLexicon(const Lexicon& lexicon) {
  PeerOptions options;
  options.lemmatizer.verb = [&lexicon](std::string_view w) -> std::string {
    if (!(lexicon.Pos(w) & kPosVerb)) return "";
    return std::string(lexicon.Lemma(w, kPosVerb));
  };
  options.lemmatizer.word = [&lexicon](std::string_view w) -> std::string {
    uint8_t pos = lexicon.Pos(w);
    if (!pos) return "";
    return std::string(lexicon.Lemma(w, static_cast<PosBits>(pos)));
  };
  return options;
}

StatusOr<Dictionary> LoadDictionary(const std::string& spec) {
  // The built-in dictionaries through the start-up cache (dict/dict_cache.h).
  if (spec.empty() || spec == "tacitus") return LoadBuiltInDictionaryCached(DefaultDictionaryCacheDir());
  if (spec.rfind("tacitus:", 0) == 0) return LoadTacitusDirectory(spec.substr(8));
  bool tabari = spec.rfind("tabari:", 0) == 0;
  if (IsPeerSpec(spec)) {
    const PeerOptions options = PeerOptionsFromLexicon(Lexicon::BuiltIn());
    std::string path = spec.substr(tabari ? 7 : 10);
    if (path.empty())
      return Status::InvalidArgument("dictionary '" + spec + "' needs a path after the colon");
    return tabari ? LoadTabariDictionary(path, options) : LoadPetrarchDictionary(path, options);
  }
  return Status::InvalidArgument(
      "unknown dictionary '" + spec +
      "' (expected tacitus, tacitus:DIR, tabari:PATH or petrarch2:PATH)");
}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  StatusOr<Dictionary> dict = LoadDictionary(options.dict);
  if (!dict.ok()) return dict.status();
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->dict_ = std::make_unique<Dictionary>(std::move(dict).value());
  const CoderOptions coder = PeerCoderOptions(*p->dict_, options.coder);
  p->coder_ = std::make_unique<Coder>(*p->dict_, Lexicon::BuiltIn(), coder);
  return p;
}

CoderOptions PeerCoderOptions(const Dictionary& dict, CoderOptions base) {
  if (!dict.tabari_options && !dict.petrarch_options) return base;
  // The peers' patterns carry their own codes (WEIS-era, made-up) and encode modality
  // themselves ("SAID WOULD *"), so their codes are written as the pattern gives them.
  base.keep_codes_outside_cameo = true;
  base.shift_tense = false;
  base.default_source_before_verb = true;
  base.first_verb_per_clause = true;
  base.peer_agent_codes = true;
  base.passive_needs_by = true;
  base.compound_before_verb = true;
  if (dict.tabari_options) {
    // An agent before an of-compound codes with its first member only.
    base.agent_first_compound_member = true;
    // TABARI matches the words it was given and has no notion of negation.
    base.ignore_negation = true;
    base.written_verb_heads = true;
    base.clause_first_actor_source = true;
    base.compound_anywhere = true;
    base.adjacent_agents = true;
    base.before_words_default_source = true;
    base = WithTabariOptions(base, *dict.tabari_options);
  }
  if (dict.petrarch_options) {
    // PETRARCH codes an agent named without a country as the unknown country ("---GOV").
    base.unknown_country_agents = true;
    // ...and gives an agent before an in-compound to every member.
    base.agent_in_compound = true;
    base.joined_adjectives = true;
    base.possessor_actor_first = true;
    base.skip_noun_phrase = true;
    base.text_underscores_are_blanks = true;
    base = WithPetrarchOptions(base, *dict.petrarch_options);
  }
  return base;
}

CoderOptions WithPetrarchOptions(CoderOptions base, const PetrarchOptions& petrarch) {
  base.write_missing_actors = !petrarch.require_dyad;
  base.comma_clauses = petrarch.comma;
  base.new_actor_length = petrarch.new_actor_length;
  return base;
}

CoderOptions WithTabariOptions(CoderOptions base, const TabariOptions& tabari) {
  CoderOptions& o = base;
  o.default_source = tabari.default_source;
  o.default_target = tabari.default_target;
  o.default_source_prior = tabari.default_source_prior;
  o.default_target_after = tabari.default_target_after;
  o.convert_agents = tabari.convert_agents;
  o.first_verb_per_clause = tabari.code_by != TabariOptions::CodeBy::kAll;
  o.first_event_per_sentence = tabari.code_by == TabariOptions::CodeBy::kSentence;
  o.minimum_words = tabari.minimum_words;
  o.comma_clauses = tabari.comma;
  o.complexity = tabari.complex;
  o.forward_pronouns = tabari.forward;
  return base;
}

Date ArticleDate(const Article& article) {
  if (auto d = Date::Parse(article.date); d && article.date.size() == 10) return *d;
  auto now = std::chrono::system_clock::now();
  auto days = std::chrono::duration_cast<std::chrono::days>(now.time_since_epoch()).count();
  return Date::FromDays(static_cast<int32_t>(days));
}

ArticleResult Pipeline::CodeArticle(const Article& article) const {
  return coder_->Code(article.text, ArticleDate(article));
}

std::string Pipeline::ExplainText(const std::string& text, Date date, ArticleResult* result) const {
  std::string trace;
  *result = coder_->Explain(text, date, &trace);
  return trace;
}

}  // namespace tacitus
