#include "cli/output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tacitus {

OutputFile::~OutputFile() {
  if (!is_stdout_ && f_) {
    std::fclose(f_);
    std::remove(tmp_.c_str());
  }
}

Status OutputFile::Open(const std::string& path) {
  buffer_.reserve(kBufferBytes);
  if (path.empty() || path == "-") {
    f_ = stdout;
    is_stdout_ = true;
    return Status::Ok();
  }
  path_ = path;
  tmp_ = path + ".tmp." + std::to_string(::getpid());
  f_ = std::fopen(tmp_.c_str(), "wb");
  if (!f_) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  is_stdout_ = false;
  return Status::Ok();
}

bool OutputFile::Write(std::string_view data) {
  if (failed_ || !f_) return false;
  if (buffer_.size() + data.size() < kBufferBytes) {
    buffer_.append(data);
    return true;
  }
  // The buffer is handed on whole, and a write as large as the buffer is not copied.
  if (!WriteThrough(buffer_)) return false;
  buffer_.clear();
  if (data.size() >= kBufferBytes) return WriteThrough(data);
  buffer_.append(data);
  return true;
}

bool OutputFile::WriteThrough(std::string_view data) {
  if (std::fwrite(data.data(), 1, data.size(), f_) != data.size()) failed_ = true;
  return !failed_;
}

Status OutputFile::Commit() {
  if (!f_) return Status::IoError("output not open");
  if (!failed_) WriteThrough(buffer_);
  buffer_.clear();
  if (std::fflush(f_) != 0) failed_ = true;
  if (is_stdout_) {
    if (failed_) return Status::IoError("<stdout>: write failed: " + std::string(std::strerror(errno)));
    return Status::Ok();
  }
  if (!failed_ && ::fsync(::fileno(f_)) != 0) failed_ = true;
  int saved = errno;
  std::fclose(f_);
  f_ = nullptr;
  if (failed_) {
    std::remove(tmp_.c_str());
    return Status::IoError(path_ + ": write failed: " + std::strerror(saved));
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::remove(tmp_.c_str());
    return Status::IoError(path_ + ": cannot rename into place: " + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace tacitus
