#include "cli/output_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

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

}  // namespace
}  // namespace tacitus
