#include "cli/article_input.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace tacitus {

void AddInputOptions(CLI::App& app, InputFlags* flags) {
  app.add_option("files", flags->files,
                 "Input files: plain text (one article) or JSONL; stdin if none");
  app.add_option("--date", flags->date, "Publication date of plain-text input (YYYY-MM-DD)");
  app.add_option("--id", flags->id, "Article id of plain-text input (default: the file name)");
  app.add_option("--input-format", flags->input_format,
                 "Input format: auto (by extension, then first byte), jsonl or text")
      ->check(CLI::IsMember({"auto", "jsonl", "text"}));
  app.add_option("--max-article-bytes", flags->max_article_bytes,
                 "Longest article (JSONL line or text file) read, in bytes");
}

ArticleReaderOptions ReaderOptionsFor(const std::string& name, const InputFlags& flags) {
  ArticleReaderOptions ropts;
  auto ends_with = [&](std::string_view sfx) {
    return name.size() >= sfx.size() &&
           name.compare(name.size() - sfx.size(), sfx.size(), sfx) == 0;
  };
  if (ends_with(".jsonl") || ends_with(".ndjson") || flags.input_format == "jsonl")
    ropts.format = InputFormat::kJsonl;
  else if (ends_with(".txt") || flags.input_format == "text")
    ropts.format = InputFormat::kText;
  if (flags.input_format == "auto" && name == "<stdin>") ropts.format = InputFormat::kAuto;
  ropts.date = flags.date;
  ropts.text_id = flags.id;
  ropts.max_line_bytes = flags.max_article_bytes;
  ropts.max_text_bytes = flags.max_article_bytes;
  return ropts;
}

void UnsyncStandardStreams() { std::ios::sync_with_stdio(false); }

size_t ForEachInputFile(
    const std::vector<std::string>& files, bool stop_on_error,
    const std::function<bool(std::istream& in, const std::string& name)>& read) {
  if (files.empty()) {
    read(std::cin, "<stdin>");
    return 0;
  }
  size_t failed = 0;
  for (const std::string& f : files) {
    if (f == "-") {
      if (!read(std::cin, "<stdin>")) break;
      continue;
    }
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::cerr << f << ": cannot open: " << std::strerror(errno) << "\n";
      ++failed;
      if (stop_on_error) break;
      continue;
    }
    if (!read(in, f)) break;
  }
  return failed;
}

}  // namespace tacitus
