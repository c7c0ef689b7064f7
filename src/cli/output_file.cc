#include "cli/output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace tacitus {

namespace fs = std::filesystem;

OutputFile::~OutputFile() {
  if (!is_stdout_ && f_) {
    std::fclose(f_);
    if (!in_place_) std::remove(tmp_.c_str());
  }
}

Status OutputFile::Open(const std::string& path) {
  if (path.empty() || path == "-") {
    static char stdout_buffer[kBufferBytes];
    f_ = stdout;
    is_stdout_ = true;
    std::setvbuf(f_, stdout_buffer, _IOFBF, kBufferBytes);
    return Status::Ok();
  }
  is_stdout_ = false;
  path_ = path;
  std::error_code ec;
  const fs::file_status target = fs::status(path, ec);  // follows symbolic links
  if (fs::exists(target) && !fs::is_regular_file(target)) {
    if (fs::is_directory(target)) return Status::IoError(path + ": is a directory");
    in_place_ = true;
    f_ = std::fopen(path.c_str(), "wb");
    if (!f_) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  } else {
    // A symbolic link stays a link: the temporary is made beside, and renamed over, the
    // file it leads to.
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
      fs::path resolved = fs::weakly_canonical(path, ec);
      if (!ec) path_ = resolved.string();
    }
    tmp_ = path_ + ".tmp." + std::to_string(::getpid());
    f_ = std::fopen(tmp_.c_str(), "wb");
    if (!f_) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  }
  buffer_ = std::make_unique_for_overwrite<char[]>(kBufferBytes);
  std::setvbuf(f_, buffer_.get(), _IOFBF, kBufferBytes);
  return Status::Ok();
}

void OutputFile::Fail() {
  if (!failed_) error_ = errno;
  failed_ = true;
}

bool OutputFile::Write(std::string_view data) {
  if (failed_ || !f_) return false;
  if (std::fwrite(data.data(), 1, data.size(), f_) != data.size()) Fail();
  return !failed_;
}

bool OutputFile::Flush() {
  if (f_ && !failed_ && std::fflush(f_) != 0) Fail();
  return !failed_;
}

Status OutputFile::Commit() {
  if (!f_) return Status::IoError("output not open");
  const bool renames = !is_stdout_ && !in_place_;  // written to tmp_, renamed to path_
  if (std::fflush(f_) != 0) Fail();
  if (renames && !failed_ && ::fsync(::fileno(f_)) != 0) Fail();
  if (!is_stdout_) {
    if (std::fclose(f_) != 0) Fail();
    f_ = nullptr;
  }
  if (failed_) {
    if (renames) std::remove(tmp_.c_str());
    return Status::IoError((is_stdout_ ? "<stdout>" : path_) +
                           ": write failed: " + std::strerror(error_));
  }
  if (renames && std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    const int e = errno;
    std::remove(tmp_.c_str());
    return Status::IoError(path_ + ": cannot rename into place: " + std::strerror(e));
  }
  return Status::Ok();
}

}  // namespace tacitus
