#include "cli/article_input.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>

namespace tacitus {
namespace {

// Synchronized with C stdio, std::cin's streambuf is not a filebuf and has no buffer of its
// own: the article reader would get one byte per call.
TEST(UnsyncStandardStreamsTest, StdinReadsThroughABuffer) {
  UnsyncStandardStreams();
  EXPECT_NE(dynamic_cast<std::filebuf*>(std::cin.rdbuf()), nullptr)
      << "std::cin is still synchronized with C stdio";
}

}  // namespace
}  // namespace tacitus
