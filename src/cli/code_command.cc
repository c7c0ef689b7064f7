// tacitus code [FILE...]: articles in (plain text or JSONL; stdin when no file), events
// out (JSONL or TSV). Every article is either coded or reported on stderr as
// `file:line: message`; the exit status says which happened.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "output/event_writer.h"
#include "pipeline/pipeline.h"

namespace tacitus {
namespace {

struct CodeFlags {
  std::vector<std::string> files;
  std::string date;
  std::string id;
  std::string format = "jsonl";
  std::string input_format = "auto";
  std::string output;
  std::string dict = "tacitus";
  bool fail_fast = false;
  bool keep_negated = false;
  bool stats = false;
  size_t max_article_bytes = 16u << 20;
};

int RunCode(const CodeFlags& flags) {
  if (!flags.date.empty() && !IsValidDate(flags.date)) {
    std::cerr << "tacitus code: --date must be YYYY-MM-DD, got '" << flags.date << "'\n";
    return kExitUsage;
  }
  PipelineOptions popts;
  popts.dict = flags.dict;
  popts.coder.keep_negated = flags.keep_negated;
  popts.coder.max_article_bytes = flags.max_article_bytes;
  auto pipeline = Pipeline::Create(popts);
  if (!pipeline.ok()) {
    std::cerr << pipeline.status().message() << "\n";
    return kExitDictionary;
  }
  OutputFile out;
  if (Status s = out.Open(flags.output); !s.ok()) {
    std::cerr << "tacitus code: " << s.message() << "\n";
    return kExitOutput;
  }
  bool tsv = flags.format == "tsv";
  if (tsv) out.Write(TsvHeader() + "\n");
  size_t articles = 0, events = 0, sentences = 0, errors = 0;
  bool stop = false, write_failed = false;
  auto code_stream = [&](std::istream& in, const std::string& name) {
    ArticleReaderOptions ropts;
    // The extension decides where it is unambiguous; otherwise the first byte does.
    auto ends_with = [&](const char* suffix) {
      std::string sfx(suffix);
      return name.size() >= sfx.size() && name.compare(name.size() - sfx.size(), sfx.size(), sfx) == 0;
    };
    if (ends_with(".jsonl") || ends_with(".ndjson") || flags.input_format == "jsonl") ropts.format = InputFormat::kJsonl;
    else if (ends_with(".txt") || flags.input_format == "text") ropts.format = InputFormat::kText;
    if (flags.input_format == "auto" && name == "<stdin>") ropts.format = InputFormat::kAuto;
    ropts.date = flags.date;
    ropts.text_id = flags.id;
    ropts.max_line_bytes = flags.max_article_bytes;
    ropts.max_text_bytes = flags.max_article_bytes;
    ArticleReader reader(in, name, ropts);
    Article article;
    InputError error;
    std::string buffer;
    while (!stop) {
      ReadResult r = reader.Next(&article, &error);
      if (r == ReadResult::kEnd) break;
      if (r == ReadResult::kError) {
        std::cerr << error.ToString() << "\n";
        ++errors;
        if (flags.fail_fast) stop = true;
        continue;
      }
      ++articles;
      ArticleResult result = (*pipeline)->CodeArticle(article);
      sentences += static_cast<size_t>(result.sentences);
      for (const std::string& w : result.warnings) std::cerr << article.origin << ": warning: " << w << "\n";
      ArticleMeta meta{article.id, article.source, article.url};
      buffer.clear();
      for (const Event& e : result.events) {
        buffer += tsv ? EventToTsvLine(e, meta) : EventToJsonLine(e, meta);
        buffer += '\n';
        ++events;
      }
      if (!buffer.empty() && !out.Write(buffer)) {
        write_failed = true;
        stop = true;
      }
    }
  };
  if (flags.files.empty()) {
    code_stream(std::cin, "<stdin>");
  } else {
    for (const std::string& f : flags.files) {
      if (stop) break;
      if (f == "-") {
        code_stream(std::cin, "<stdin>");
        continue;
      }
      std::ifstream in(f, std::ios::binary);
      if (!in) {
        std::cerr << f << ": cannot open: " << std::strerror(errno) << "\n";
        ++errors;
        if (flags.fail_fast) stop = true;
        continue;
      }
      code_stream(in, f);
    }
  }
  Status committed = out.Commit();
  if (write_failed || !committed.ok()) {
    std::cerr << "tacitus code: " << (committed.ok() ? "output write failed" : committed.message()) << "\n";
    return kExitOutput;
  }
  if (flags.stats)
    std::cerr << "tacitus code: " << articles << " articles, " << sentences << " sentences, " << events
              << " events, " << errors << " bad inputs\n";
  return errors ? kExitBadInput : kExitOk;
}

}  // namespace

std::function<int()> RegisterCode(CLI::App& app) {
  auto flags = std::make_shared<CodeFlags>();
  app.add_option("files", flags->files, "Input files: plain text (one article) or JSONL; stdin if none");
  app.add_option("--date", flags->date, "Publication date of plain-text input (YYYY-MM-DD)");
  app.add_option("--id", flags->id, "Article id of plain-text input (default: the file name)");
  app.add_option("--format", flags->format, "Output format: jsonl or tsv (PETRARCH-2 columns)")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  app.add_option("--input-format", flags->input_format, "Input format: auto (by extension, then first byte), jsonl or text")
      ->check(CLI::IsMember({"auto", "jsonl", "text"}));
  app.add_option("-o,--output", flags->output, "Write events to FILE (atomically) instead of stdout");
  app.add_option("--dict", flags->dict, "Dictionaries: tacitus (built in) or tacitus:DIR");
  app.add_flag("--fail-fast", flags->fail_fast, "Stop at the first bad input");
  app.add_flag("--negated", flags->keep_negated, "Also write negated events, with negated: true");
  app.add_flag("--stats", flags->stats, "Print counts of articles, sentences and events to stderr");
  app.add_option("--max-article-bytes", flags->max_article_bytes,
                 "Longest article (JSONL line or text file) read, in bytes");
  return [flags] { return RunCode(*flags); };
}

}  // namespace tacitus
