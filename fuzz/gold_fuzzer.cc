// Fuzzes the gold-standard reader: ParseGold() on any bytes.
//
// Checks: a failure is a Status whose message starts with the file name; a success has at
// least one article, unique non-empty ids and events whose codes passed the reader's checks.
#include <cstddef>
#include <cstdint>
#include <set>
#include <sstream>
#include <string>

#include "base/status.h"
#include "eval/gold_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  StatusOr<std::vector<GoldArticle>> gold = ParseGold(in, "fuzz.jsonl");
  if (!gold.ok()) {
    TACITUS_CHECK(gold.status().message().rfind("fuzz.jsonl:", 0) == 0);
    return 0;
  }
  TACITUS_CHECK(!gold->empty());
  std::set<std::string> ids;
  for (const GoldArticle& a : *gold) {
    TACITUS_CHECK(!a.id.empty());
    TACITUS_CHECK(ids.insert(a.id).second);
    for (const GoldEvent& e : a.events) {
      TACITUS_CHECK(e.source.size() >= 3 && e.target.size() >= 3);
      TACITUS_CHECK(e.code.size() == 3 || e.code.size() == 4);
    }
  }
  return 0;
}
