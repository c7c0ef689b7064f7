#include "dict/cameo.h"

#include <cstdlib>
#include <vector>

#include "dict/dict_text.h"

extern "C" const char tacitus_cameo_codes[];
extern "C" const std::size_t tacitus_cameo_codes_size;
extern "C" const char tacitus_cameo_plover[];
extern "C" const std::size_t tacitus_cameo_plover_size;

namespace tacitus {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t t = line.find('\t', start);
    out.push_back(line.substr(start, t == std::string_view::npos ? t : t - start));
    if (t == std::string_view::npos) break;
    start = t + 1;
  }
  return out;
}

// Calls f(fields) for each non-empty line after the header line.
template <typename F>
void ForEachDataLine(std::string_view tsv, F f) {
  ForEachLine(tsv, [&f](std::string_view line, uint32_t line_no) {
    if (line_no > 1 && !line.empty()) f(SplitTabs(line));
  });
}

}  // namespace

CameoTable CameoTable::Parse(std::string_view codes_tsv, std::string_view plover_tsv) {
  CameoTable t;
  ForEachDataLine(codes_tsv, [&t](const std::vector<std::string_view>& f) {
    if (f.size() < 5) return;
    CameoCode c;
    c.code = std::string(f[0]);
    c.root = std::string(f[1]);
    c.quad_class = std::atoi(std::string(f[2]).c_str());
    c.goldstein = std::atof(std::string(f[3]).c_str());
    c.name = std::string(f[4]);
    t.codes_[c.code] = c;
  });
  ForEachDataLine(plover_tsv, [&t](const std::vector<std::string_view>& f) {
    if (f.size() < 4) return;
    auto it = t.codes_.find(std::string(f[0]));
    if (it == t.codes_.end()) return;
    it->second.plover_event = std::string(f[1]);
    it->second.plover_mode = std::string(f[2]);
    it->second.plover_context = std::string(f[3]);
  });
  return t;
}

const CameoTable& CameoTable::BuiltIn() {
  static const CameoTable* table = new CameoTable(
      Parse(std::string_view(tacitus_cameo_codes, tacitus_cameo_codes_size),
            std::string_view(tacitus_cameo_plover, tacitus_cameo_plover_size)));
  return *table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace tacitus
