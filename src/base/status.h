// Status and StatusOr: how Tacitus reports a failure that the caller must handle.
//
//   StatusOr<Dictionary> d = LoadDictionary("dict/");
//   if (!d.ok()) { std::cerr << d.status().message() << "\n"; return 3; }
//
// Bad text is data and never produces a Status; bad files, dictionaries, queries and
// requests do. Messages follow `file:line: what is wrong`. A Status is cheap to copy
// when ok (no allocation). Not thread-safe to mutate; safe to share const.
#ifndef TACITUS_BASE_STATUS_H_
#define TACITUS_BASE_STATUS_H_

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <utility>

namespace tacitus {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input: a malformed line, an unknown flag value
  kNotFound,         // a missing file or entry
  kCorruption,       // a dictionary or store that does not parse
  kIoError,          // a read or write that failed
  kUnavailable,      // a service (database) that cannot be reached
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(StatusCode::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(StatusCode::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) {
    return Status(StatusCode::kCorruption, std::move(msg));
  }
  static Status IoError(std::string msg) { return Status(StatusCode::kIoError, std::move(msg)); }
  static Status Unavailable(std::string msg) {
    return Status(StatusCode::kUnavailable, std::move(msg));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    if (status_.ok()) status_ = Status::InvalidArgument("StatusOr built from an ok Status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

// Aborts on a broken invariant: a bug, never bad input.
#define TACITUS_CHECK(cond)                                                       \
  do {                                                                            \
    if (!(cond)) {                                                                \
      std::cerr << __FILE__ << ":" << __LINE__ << ": CHECK failed: " #cond "\n"; \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

}  // namespace tacitus

#endif  // TACITUS_BASE_STATUS_H_
