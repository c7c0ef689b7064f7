#include "cli/output_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>

namespace tacitus {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("tacitus_output_file_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

// Writes of every size around the buffer's (empty, a byte, just under, exactly, just over,
// several buffers) arrive whole and in order.
TEST(OutputFileTest, WhatIsWrittenArrivesWholeAndInOrder) {
  const size_t kBuf = OutputFile::kBufferBytes;
  const size_t sizes[] = {0, 1, 17, kBuf - 1, kBuf, kBuf + 1, 3 * kBuf + 5, 1000, kBuf - 18};
  std::mt19937 rng(5);
  for (int round = 0; round < 20; ++round) {
    const std::string path = TempPath("whole");
    std::string expected;
    {
      OutputFile out;
      ASSERT_TRUE(out.Open(path).ok());
      for (int k = 0; k < 40; ++k) {
        // The fixed sizes in turn, or a random one, filled with bytes that tell pieces apart.
        size_t size = round == 0 ? sizes[static_cast<size_t>(k) % std::size(sizes)]
                                 : std::uniform_int_distribution<size_t>(0, 2 * kBuf)(rng);
        std::string piece(size, static_cast<char>('a' + k % 26));
        if (!piece.empty()) piece.back() = '\n';
        ASSERT_TRUE(out.Write(piece));
        expected += piece;
      }
      ASSERT_TRUE(out.Commit().ok());
    }
    EXPECT_EQ(Slurp(path), expected) << "round " << round;
    std::filesystem::remove(path);
  }
}

TEST(OutputFileTest, NothingIsLeftBehindWithoutCommit) {
  const std::string path = TempPath("uncommitted");
  {
    OutputFile out;
    ASSERT_TRUE(out.Open(path).ok());
    ASSERT_TRUE(out.Write(std::string(OutputFile::kBufferBytes * 2, 'x')));
  }
  EXPECT_FALSE(std::filesystem::exists(path));
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
    EXPECT_NE(e.path().string().rfind(path + ".tmp.", 0), 0u) << e.path();
}

// A FIFO (like /dev/null or any device) cannot be replaced by a renamed regular file without
// breaking whoever reads it: it is written in place and is still a FIFO afterwards.
TEST(OutputFileTest, AFifoIsWrittenInPlaceNotReplaced) {
  const std::string path = TempPath("fifo");
  std::filesystem::remove(path);
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  // The reading end is opened first and without blocking, so that the test ends (and fails)
  // rather than waits if the output does not go into the FIFO.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(fd, 0);
  {
    OutputFile out;
    ASSERT_TRUE(out.Open(path).ok());
    ASSERT_TRUE(out.Write("first line\n"));
    ASSERT_TRUE(out.Write("second line\n"));
    ASSERT_TRUE(out.Commit().ok());
  }
  std::string received;
  char buf[256];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
    received.append(buf, static_cast<size_t>(n));
  ::close(fd);
  EXPECT_EQ(received, "first line\nsecond line\n");
  EXPECT_TRUE(std::filesystem::is_fifo(std::filesystem::symlink_status(path)));
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
    EXPECT_EQ(entry.path().string().rfind(path + ".tmp", 0), std::string::npos) << entry.path();
  std::filesystem::remove(path);
}

// A symbolic link to the output stays a link; the file it leads to gets the output.
TEST(OutputFileTest, ASymbolicLinkStaysALink) {
  const std::string target = TempPath("link_target"), link = TempPath("link");
  std::filesystem::remove(link);
  { std::ofstream(target) << "old\n"; }
  std::filesystem::create_symlink(target, link);
  {
    OutputFile out;
    ASSERT_TRUE(out.Open(link).ok());
    ASSERT_TRUE(out.Write("new\n"));
    ASSERT_TRUE(out.Commit().ok());
  }
  EXPECT_TRUE(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
  EXPECT_EQ(Slurp(target), "new\n");
  EXPECT_EQ(Slurp(link), "new\n");
  std::filesystem::remove(link);
  std::filesystem::remove(target);
}

TEST(OutputFileTest, ADirectoryIsRefused) {
  const std::string dir = TempPath("dir");
  std::filesystem::create_directory(dir);
  OutputFile out;
  Status s = out.Open(dir);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("is a directory"), std::string::npos) << s.message();
  EXPECT_TRUE(std::filesystem::is_directory(dir));
  std::filesystem::remove(dir);
}

// The code command writes from whichever thread finished a batch and commits from the main
// one: the failure's cause must survive the change of thread (errno is per thread).
TEST(OutputFileTest, AWriteFailureOnAnotherThreadIsReportedWithItsCause) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  OutputFile out;
  ASSERT_TRUE(out.Open("/dev/full").ok());
  bool wrote = true;
  std::thread([&] {
    const std::string block(OutputFile::kBufferBytes * 2, 'x');  // past the buffer: written now
    wrote = out.Write(block);
  }).join();
  EXPECT_FALSE(wrote);
  errno = 0;
  Status s = out.Commit();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), std::string("/dev/full: write failed: ") + std::strerror(ENOSPC));
}

}  // namespace
}  // namespace tacitus
