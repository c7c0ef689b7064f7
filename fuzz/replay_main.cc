// A main() for fuzz targets without libFuzzer: feeds every file under the paths on the command
// line (files, or directories walked recursively in sorted order) to LLVMFuzzerTestOneInput,
// once each. This is how the corpora and the regression inputs run as ordinary tests in every
// build, gcc included, and under the sanitizers in build-asan.
//
//   text_replay fuzz/corpus/text fuzz/regressions/text
//   => replayed 23 inputs (fuzz/corpus/text: 17, fuzz/regressions/text: 6)
//
// A path that does not exist counts zero inputs (a target may have no regressions yet), but
// a run that finds no input at all fails: a misspelled corpus must not pass silently.
// A crash is the target's own: an abort, a CHECK or a sanitizer report ends the process.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

std::vector<std::filesystem::path> InputsUnder(const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_regular_file(root, ec)) {
    files.push_back(root);
  } else if (fs::is_directory(root, ec)) {
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      if (it->is_regular_file() && it->path().filename().string()[0] != '.') {
        files.push_back(it->path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize != nullptr) LLVMFuzzerInitialize(&argc, &argv);
  size_t total = 0;
  std::string summary;
  for (int i = 1; i < argc; ++i) {
    size_t count = 0;
    for (const std::filesystem::path& file : InputsUnder(argv[i])) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "%s: cannot read\n", file.c_str());
        return 1;
      }
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      std::fprintf(stderr, "running %s (%zu bytes)\n", file.c_str(), bytes.size());
      // A copy of exactly the input's size, so ASan sees a read past its end, as in libFuzzer.
      std::vector<uint8_t> data(bytes.begin(), bytes.end());
      LLVMFuzzerTestOneInput(data.data(), data.size());
      ++count;
    }
    summary += std::string(summary.empty() ? "" : ", ") + argv[i] + ": " + std::to_string(count);
    total += count;
  }
  std::printf("replayed %zu inputs (%s)\n", total, summary.c_str());
  if (total == 0) {
    std::fprintf(stderr, "no inputs found: is the corpus path right?\n");
    return 1;
  }
  return 0;
}
