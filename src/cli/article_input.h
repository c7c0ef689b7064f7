// Article input shared by the commands that read articles (`code`, `dict unmatched`):
// the flags that say how to read them, and the choice of format per file.
//
//   ReaderOptionsFor("news.jsonl", flags).format == InputFormat::kJsonl
//   ReaderOptionsFor("story.txt", flags).format  == InputFormat::kText
#ifndef TACITUS_CLI_ARTICLE_INPUT_H_
#define TACITUS_CLI_ARTICLE_INPUT_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "io/article_reader.h"

namespace tacitus {

struct InputFlags {
  std::vector<std::string> files;  // "-" or none: stdin
  std::string date;                // plain text: publication date
  std::string id;                  // plain text: article id
  std::string input_format = "auto";
  size_t max_article_bytes = 16u << 20;
};

// Registers files, --date, --id, --input-format and --max-article-bytes on `app`.
void AddInputOptions(CLI::App& app, InputFlags* flags);

// The extension decides the format where it is unambiguous (.jsonl/.ndjson, .txt), then
// --input-format; stdin with "auto" looks at the first byte.
ArticleReaderOptions ReaderOptionsFor(const std::string& name, const InputFlags& flags);

// Makes std::cin, std::cout and std::cerr independent of C stdio
// (std::ios::sync_with_stdio(false)), so that std::cin reads through a buffer: synchronized,
// its streambuf hands the ArticleReader one byte per call, which made coding from a pipe
// about 40% slower than from a file. Call first in main, before any input or output. Output
// must then go through either C stdio or the C++ streams, not both (the code command writes
// events to stdout's FILE and messages to std::cerr, the other commands std::cout).
void UnsyncStandardStreams();

// Calls read(stream, name) for each file in order ("-", or no file at all: stdin, named
// "<stdin>"), reporting a file that cannot be opened on stderr as "FILE: cannot open: why".
// Stops when read returns false, or at the first such file if `stop_on_error`. Returns the
// number of files that could not be opened.
size_t ForEachInputFile(const std::vector<std::string>& files, bool stop_on_error,
                        const std::function<bool(std::istream& in, const std::string& name)>& read);

}  // namespace tacitus

#endif  // TACITUS_CLI_ARTICLE_INPUT_H_
