// OutputFile: where a command writes its results: stdout, or a file written atomically
// (a temporary beside it, renamed over it on Commit, removed if never committed), so that
// no partial or corrupt output file is ever left behind. A path that names something other
// than a regular file or nothing (a device such as /dev/null, a FIFO, a socket) is written
// in place, as a shell redirect would: a rename would put a regular file in its stead. A
// symbolic link to a regular file stays a link: the temporary is made beside its target.
//
// Writes are buffered by stdio, in a kBufferBytes buffer set when the output is opened, so
// a write failure is seen up to kBufferBytes later, and at the latest by Commit. stdio's
// own buffer is the destination's block size, 4 KiB for files, pipes and /dev/null: one
// write() system call every 4 KiB (5,363 for the events of the 57,486-sentence bench
// corpus; 15 for the 950 KB of a 260-article slice with 64 KiB). setvbuf is given the
// buffer, not only its size: glibc ignores the size when left to allocate the buffer. Open
// on stdout makes it fully buffered for the rest of the process, and must come before
// anything else writes to it. Not thread-safe: callers on several threads take turns.
#ifndef TACITUS_CLI_OUTPUT_FILE_H_
#define TACITUS_CLI_OUTPUT_FILE_H_

#include <cstdio>
#include <memory>
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

  // stdio's buffer for the output.
  static constexpr size_t kBufferBytes = size_t{64} << 10;

  // Empty path or "-" is stdout.
  Status Open(const std::string& path);
  // Buffered; returns false once a write has failed (disk full, closed pipe).
  bool Write(std::string_view data);
  // Hands what is buffered to the destination now; false once a write has failed.
  bool Flush();
  // Flushes; for a file, fsyncs and renames the temporary into place.
  Status Commit();

 private:
  // The file's stdio buffer, freed after the file is closed (stdout's is static: stdout
  // outlives this object).
  std::unique_ptr<char[]> buffer_;
  std::FILE* f_ = nullptr;
  bool is_stdout_ = true;
  bool in_place_ = false;  // a device, FIFO or socket: written directly, never renamed
  // Records the first failure and its errno, read by Commit: the write that failed may
  // have been made on another thread, whose errno Commit's thread cannot see.
  void Fail();
  bool failed_ = false;
  int error_ = 0;  // errno of the first failure
  std::string path_, tmp_;
};

}  // namespace tacitus

#endif  // TACITUS_CLI_OUTPUT_FILE_H_
