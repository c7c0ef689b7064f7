// OutputFile: where a command writes its results: stdout, or a file written atomically
// (a temporary beside it, renamed over it on Commit, removed if never committed), so that
// no partial or corrupt output file is ever left behind.
#ifndef TACITUS_CLI_OUTPUT_FILE_H_
#define TACITUS_CLI_OUTPUT_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "base/status.h"

namespace tacitus {

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Empty path or "-" is stdout.
  Status Open(const std::string& path);
  // Buffered; returns false once a write has failed (disk full, closed pipe).
  bool Write(std::string_view data);
  // Flushes; for a file, fsyncs and renames the temporary into place.
  Status Commit();

 private:
  std::FILE* f_ = nullptr;
  bool is_stdout_ = true;
  bool failed_ = false;
  std::string path_, tmp_;
};

}  // namespace tacitus

#endif  // TACITUS_CLI_OUTPUT_FILE_H_
