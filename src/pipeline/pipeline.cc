#include "pipeline/pipeline.h"

#include <chrono>

#include "dict/loader.h"
#include "parse/lexicon.h"

namespace tacitus {

StatusOr<Dictionary> LoadDictionary(const std::string& spec) {
  if (spec.empty() || spec == "tacitus") return LoadBuiltInDictionary();
  if (spec.rfind("tacitus:", 0) == 0) return LoadTacitusDirectory(spec.substr(8));
  return Status::InvalidArgument("unknown dictionary '" + spec +
                                 "' (expected tacitus or tacitus:DIR)");
}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  StatusOr<Dictionary> dict = LoadDictionary(options.dict);
  if (!dict.ok()) return dict.status();
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->dict_ = std::make_unique<Dictionary>(std::move(dict).value());
  p->coder_ = std::make_unique<Coder>(*p->dict_, Lexicon::BuiltIn(), options.coder);
  return p;
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
