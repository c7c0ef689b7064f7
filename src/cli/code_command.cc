// tacitus code [FILE...]: articles in (plain text or JSONL; stdin when no file), events
// out (JSONL or TSV). Every article is either coded or reported on stderr as
// `file:line: message`; the exit status says which happened.
#include <atomic>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/article_input.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "output/event_writer.h"
#include "pipeline/ordered_run.h"
#include "pipeline/pipeline.h"

namespace tacitus {
namespace {

struct CodeFlags {
  InputFlags input;
  std::string format = "jsonl";
  std::string output;
  std::string dict = "tacitus";
  bool fail_fast = false;
  bool keep_negated = false;
  bool stats = false;
  bool quotes = false;
  int threads = 1;
};

// The pipeline (dictionary, indexes, coder: some 15 MiB in many small blocks) is never
// destroyed: freeing it block by block at exit costs about as much as coding a hundred
// sentences, and the process ends right after. A global pointer keeps it reachable, so
// leak checkers do not count it as a leak; it is volatile because the compiler otherwise
// drops the store to a pointer nothing reads again (a function-local static was dropped at
// -O1 and -O2, and LeakSanitizer then reported the whole pipeline).
Pipeline* volatile g_kept_pipeline = nullptr;

const Pipeline& KeepUntilExit(std::unique_ptr<Pipeline> pipeline) {
  g_kept_pipeline = pipeline.release();
  return *g_kept_pipeline;
}

int RunCode(const CodeFlags& flags) {
  if (!flags.input.date.empty() && !IsValidDate(flags.input.date)) {
    std::cerr << "tacitus code: --date must be YYYY-MM-DD, got '" << flags.input.date << "'\n";
    return kExitUsage;
  }
  PipelineOptions popts;
  popts.dict = flags.dict;
  popts.coder.keep_negated = flags.keep_negated;
  popts.coder.max_article_bytes = flags.input.max_article_bytes;
  auto created = Pipeline::Create(popts);
  if (!created.ok()) {
    std::cerr << created.status().message() << "\n";
    return kExitDictionary;
  }
  const Pipeline& pipeline = KeepUntilExit(std::move(created).value());
  OutputFile out;
  if (Status s = out.Open(flags.output); !s.ok()) {
    std::cerr << "tacitus code: " << s.message() << "\n";
    return kExitOutput;
  }
  bool tsv = flags.format == "tsv";
  if (tsv) out.Write(TsvHeader() + "\n");
  size_t articles = 0, events = 0, sentences = 0, errors = 0;
  bool stop = false, write_failed = false;
  int threads = flags.threads > 0 ? flags.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (threads < 1) threads = 1;
  auto code_stream = [&](std::istream& in, const std::string& name) {
    ArticleReaderOptions reader_options = ReaderOptionsFor(name, flags.input);
    // Events written are handed on before the reader waits for more input, so that a
    // caller who sends an article and waits for its events gets them. With several
    // threads, events written while the reading thread waits are handed on at once.
    std::mutex out_mu;  // the output, written by one thread and flushed by another
    // Set (under out_mu) when the reading thread is about to wait; cleared once it has read.
    std::atomic<bool> reader_waits{false};
    reader_options.before_wait = [&out, &out_mu, &reader_waits] {
      std::lock_guard<std::mutex> lock(out_mu);
      reader_waits.store(true, std::memory_order_relaxed);
      out.Flush();
    };
    ArticleReader reader(in, name, std::move(reader_options));
    struct Item {
      bool is_error = false;
      Article article;
      InputError error;
      std::string output;
      std::vector<std::string> warnings;
      size_t events = 0, sentences = 0;
    };
    // One thread reads an article, codes it and writes its events before reading the
    // next, so that a caller feeding a pipe one article at a time gets each article's
    // events before sending the next (the output is flushed before the reader waits).
    // N threads each read a batch of articles in turn, code it, and write the batches in
    // input order (RunInOrder): the output is the same whatever the thread count, and
    // memory is bounded by the batches in flight. Why no thread only reads and writes:
    // doc/benchmarks.md, "Twelfth round". A co-process is answered with N threads too:
    // batches end where the input pauses, and what is written while the reading thread
    // waits is flushed.
    const size_t batch_size = threads > 1 ? 16 : 1;
    const size_t max_in_flight = 4 * static_cast<size_t>(threads);
    bool ended = false;
    // A batch is read into the Items of a batch already written: their output strings
    // keep their capacity, so that coding an article seldom grows its output, except after
    // an article whose output was unusually large.
    constexpr size_t kKeptOutputBytes = size_t{1} << 20;
    auto read_batch = [&](std::vector<Item>* batch) {
      size_t n = 0;
      // A batch ends early where the input pauses, so that a co-process gets the events of
      // what it sent while it waits (a file or a busy pipe never pauses).
      while (!ended && n < batch_size && !(n > 0 && reader.WouldWait())) {
        if (n == batch->size()) batch->emplace_back();
        Item& item = (*batch)[n];
        item.output.clear();
        if (item.output.capacity() > kKeptOutputBytes) item.output.shrink_to_fit();
        ReadResult r = reader.Next(&item.article, &item.error);
        reader_waits.store(false, std::memory_order_relaxed);
        if (r == ReadResult::kEnd) {
          ended = true;
          break;
        }
        item.is_error = r == ReadResult::kError;
        if (item.is_error && flags.fail_fast) ended = true;  // read no further
        ++n;
      }
      batch->resize(n);
    };
    auto code_item = [&](Item& item) {
      if (item.is_error) return;
      ArticleResult result = pipeline.CodeArticle(item.article);
      item.sentences = static_cast<size_t>(result.sentences);
      item.warnings = std::move(result.warnings);
      ArticleMeta meta{item.article.id, item.article.source, item.article.url};
      if (flags.quotes) {
        for (const Quote& q : result.quotes) item.output += QuoteToJsonLine(q, meta) + "\n";
      } else {
        for (const Event& e : result.events) {
          if (tsv)
            item.output += EventToTsvLine(e, meta);
          else
            AppendEventJsonLine(e, meta, &item.output);
          item.output += '\n';
        }
      }
      item.events = result.events.size();
    };
    auto write_batch = [&](std::vector<Item>& batch) {
      std::lock_guard<std::mutex> lock(out_mu);
      for (Item& item : batch) {
        if (item.is_error) {
          std::cerr << item.error.ToString() << "\n";
          ++errors;
          if (flags.fail_fast) {
            stop = true;
            return;
          }
          continue;
        }
        ++articles;
        sentences += item.sentences;
        events += item.events;
        for (const std::string& w : item.warnings)
          std::cerr << item.article.origin << ": warning: " << w << "\n";
        if (!item.output.empty() && !out.Write(item.output)) {
          write_failed = true;
          stop = true;
          return;
        }
      }
      if (reader_waits.load(std::memory_order_relaxed)) out.Flush();
    };
    if (threads <= 1) {  // the same as RunInOrder with one thread, without its locks
      std::vector<Item> batch;
      for (read_batch(&batch); !stop && !batch.empty(); read_batch(&batch)) {
        for (Item& item : batch) code_item(item);
        write_batch(batch);
      }
      return;
    }
    RunInOrder<std::vector<Item>>(
        threads, max_in_flight,
        [&](std::vector<Item>* batch) {
          read_batch(batch);
          return !batch->empty();
        },
        [&](std::vector<Item>& batch) {
          for (Item& item : batch) code_item(item);
        },
        [&](std::vector<Item>& batch) {
          write_batch(batch);
          return !stop;
        });
  };
  errors += ForEachInputFile(flags.input.files, flags.fail_fast, [&](std::istream& in, const std::string& name) {
    code_stream(in, name);
    return !stop;
  });
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
  AddInputOptions(app, &flags->input);
  app.add_option("--format", flags->format, "Output format: jsonl or tsv (PETRARCH-2 columns)")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  app.add_option("-o,--output", flags->output, "Write events to FILE (atomically) instead of stdout");
  app.add_option("--dict", flags->dict, kDictHelp);
  app.add_flag("--fail-fast", flags->fail_fast, "Stop at the first bad input");
  app.add_flag("--negated", flags->keep_negated, "Also write negated events, with negated: true");
  app.add_option("--threads", flags->threads, "Coding threads (0: one per core); output order is the input order")
      ->check(CLI::Range(0, 256));
  app.add_flag("--quotes", flags->quotes, "Write quotation records (speaker, verb, text, spans) instead of events");
  app.add_flag("--stats", flags->stats, "Print counts of articles, sentences and events to stderr");
  return [flags] { return RunCode(*flags); };
}

}  // namespace tacitus
